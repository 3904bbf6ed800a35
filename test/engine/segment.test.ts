// Re-segmenting after an edit (restart before the change, stop where the old blocks resume) must give
// exactly what segmenting the whole new text gives, whatever the Markdown around the edit.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { resegmentMarkdown, segmentMarkdown } from '../../server/src/engine/text/segment';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

const PIECES = [
  'Stöd ges till hemvändare.', 'Text', 'mer text', '# Rubrik', '## Avsnitt', '### Under', 'Titel', '===', '---', '- punkt', '1. punkt', '> citat',
  '```', '~~~', '````', '<!-- kommentar -->', '<!--', '-->', '<!-- policy-lens-disable-next-line eligibility/disjunction -- skäl -->', 'x <!-- a --> y',
  '    kod', '| a | b |', '\n', '\n', '\n', '\n\n', '\r\n', '\r', ' ', '\t', '\ufeff', 'lang: sv', '...', 'é', '😀',
];
// Documents start with a few ordinary blocks half of the time, so that most edits have a block before
// them to restart from (the rest exercise the fall-back to a whole scan).
const PREFIX = '# Titel\n\nStycke ett.\n\nStycke två\nfortsätter.\n\n';
const doc = fc.tuple(fc.boolean(), fc.array(fc.constantFrom(...PIECES), { maxLength: 60 })).map(([p, a]) => (p ? PREFIX : '') + a.join(''));
const insert = fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((a) => a.join(''));

describe('incremental segmentation', () => {
  it('equals segmenting the whole text after random edits', () => {
    let incremental = 0;
    fc.assert(
      fc.property(doc, fc.nat(2000), fc.nat(40), insert, (before, at, removeLen, inserted) => {
        const s = Math.min(before.length, (before.startsWith(PREFIX) ? PREFIX.length - 2 : 0) + (at % (before.length + 1)));
        const e = Math.min(before.length, s + (removeLen % 10));
        const after = before.slice(0, s) + inserted + before.slice(e);
        const change = { start: s, end: s + inserted.length, delta: inserted.length - (e - s) };
        const fresh = segmentMarkdown(after);
        const again = resegmentMarkdown(after, segmentMarkdown(before), change);
        if (again) {
          incremental++;
          assert.deepEqual(again, fresh);
        }
      }),
      { numRuns: RUNS * 10, seed: SEED },
    );
    assert.ok(incremental > RUNS * 2, `only ${incremental} of ${RUNS * 10} edits were re-segmented incrementally`);
  });

  it('restarts before the line that ended the previous block, when that line is edited', () => {
    // "##" alone is a heading and ends the paragraph before it; "##x" is not, and the paragraph goes on.
    const before = 'Först.\n\nStycke\n##\n\nSist.';
    const at = before.indexOf('##') + 2;
    const after = before.slice(0, at) + 'x' + before.slice(at);
    const again = resegmentMarkdown(after, segmentMarkdown(before), { start: at, end: at + 1, delta: 1 });
    assert.deepEqual(again ?? segmentMarkdown(after), segmentMarkdown(after));
    assert.deepEqual(segmentMarkdown(after).levels, [0, 0, 0], 'the heading became part of the paragraph');
  });

  it('re-scans only near the edit in a long document', () => {
    const paras = Array.from({ length: 2000 }, (_, i) => (i % 10 === 0 ? `## Avsnitt ${i}` : `Stycke ${i} om stöd och uppföljning.`));
    const before = paras.join('\n\n');
    const at = before.indexOf('Stycke 1001');
    const after = before.slice(0, at) + 'x' + before.slice(at);
    const again = resegmentMarkdown(after, segmentMarkdown(before), { start: at, end: at + 1, delta: 1 });
    assert.deepEqual(again, segmentMarkdown(after));
  });
});
