// The server's own text document must agree with vscode-languageserver-textdocument on every text,
// position and incremental change (it only counts lines faster).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lineStarts } from '../../server/src/engine/text/lines';
import { PolicyTextDocument } from '../../server/src/features/document';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const text = fc.array(fc.constantFrom('a', 'bc', 'ö', '😀', '\n', '\r\n', '\r', ' ', '\n\n', '\ud800'), { maxLength: 40 }).map((a) => a.join(''));

function same(ours: PolicyTextDocument, ref: TextDocument): void {
  assert.equal(ours.getText(), ref.getText());
  assert.equal(ours.lineCount, ref.lineCount);
  assert.equal(ours.version, ref.version);
  const n = ref.getText().length;
  for (let o = -1; o <= n + 1; o++) assert.deepEqual(ours.positionAt(o), ref.positionAt(o), `positionAt(${o})`);
  for (let line = -1; line <= ref.lineCount; line++) {
    assert.deepEqual(ours.getLineRange(line), ref.getLineRange(line), `getLineRange(${line})`);
    assert.equal(ours.getEOLCharacters(line), ref.getEOLCharacters(line), `getEOLCharacters(${line})`);
    for (const character of [-1, 0, 1, 2, 5, 100]) assert.equal(ours.offsetAt({ line, character }), ref.offsetAt({ line, character }), `offsetAt(${line}:${character})`);
  }
}

describe('server text document', () => {
  it('counts \\n, \\r\\n and a lone \\r as line breaks', () => {
    assert.deepEqual(lineStarts('a\nb\r\nc\rd', true), [0, 2, 5, 7]);
    assert.deepEqual(lineStarts('a\nb', false, 10), [12]);
    const doc = PolicyTextDocument.create('file:///a.md', 'markdown', 1, 'ett\r\ntvå\rtre\n');
    assert.equal(doc.lineCount, 4);
    assert.deepEqual(doc.positionAt(6), { line: 1, character: 1 });
    assert.equal(doc.getText({ start: { line: 1, character: 0 }, end: { line: 2, character: 3 } }), 'två\rtre');
  });

  it('agrees with vscode-languageserver-textdocument on positions and after random incremental changes', () => {
    const change = fc.record({ a: fc.nat(60), b: fc.nat(60), text, full: fc.nat(9) });
    fc.assert(
      fc.property(text, fc.array(change, { maxLength: 8 }), (initial, changes) => {
        const ours = PolicyTextDocument.create('file:///a.md', 'markdown', 1, initial);
        const ref = TextDocument.create('file:///a.md', 'markdown', 1, initial);
        same(ours, ref);
        let version = 1;
        for (const c of changes) {
          version++;
          const n = ref.getText().length;
          const ev = c.full === 0 ? { text: c.text } : { range: { start: ref.positionAt(c.a % (n + 1)), end: ref.positionAt(c.b % (n + 1)) }, text: c.text };
          PolicyTextDocument.update(ours, [ev], version);
          TextDocument.update(ref, [ev], version);
          same(ours, ref);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('applies several changes of one notification in order', () => {
    const ours = PolicyTextDocument.create('file:///a.md', 'markdown', 1, 'ett\ntvå\n');
    const changes = [
      { range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, text: ' och\nfyra' },
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } }, text: 'TVÅ' },
    ];
    PolicyTextDocument.update(ours, changes, 2);
    assert.equal(ours.getText(), 'ett och\nfyra\nTVÅ\n');
    assert.equal(ours.version, 2);
  });
});
