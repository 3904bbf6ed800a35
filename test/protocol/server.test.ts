// Protocol tests: the real bundled server over stdio, as an editor drives it.
import * as assert from 'node:assert/strict';
import { applyTextEdits, LspClient, uriOf } from '../helpers/lspClient';

const STOCKHOLM = '# Efterperspektiv\n\nNär en person vill lämna en våldsbejakande extremistisk gruppering eller kommer hem från strider\nutomlands är det avgörande med anpassade inkluderande insatser.\n';

describe('language server over stdio', function () {
  let client: LspClient;
  before(async () => {
    client = new LspClient();
    await client.start();
  });
  after(async () => {
    await client.stop();
  });

  it('declares incremental sync, hover and quick fixes', () => {
    assert.equal(client.capabilities.textDocumentSync.change, 2);
    assert.equal(client.capabilities.hoverProvider, true);
    assert.ok(client.capabilities.codeActionProvider.codeActionKinds.includes('quickfix'));
  });

  it('publishes the disjunction on open, with code, source, link, version and related support', async () => {
    const uri = uriOf('open.md');
    client.open(uri, STOCKHOLM, 1);
    const ds = await client.diagnosticsFor(uri, 1);
    const d = ds.find((x) => x.code === 'eligibility/disjunction');
    assert.ok(d, JSON.stringify(ds));
    assert.equal(d.source, 'policy-lens');
    assert.equal(d.severity, 2);
    assert.match(d.codeDescription!.href, /eligibility-disjunction/);
    // The clause wraps over two lines: the range covers both alternatives.
    assert.deepEqual(d.range.start, { line: 2, character: 4 });
    assert.equal(d.range.end.line, 3);
    assert.equal(d.data.version, 1);
    assert.equal(d.relatedInformation?.[0].message, '“insatser”');
    client.close(uri);
  });

  it('re-publishes after an incremental change, for the new version', async () => {
    const uri = uriOf('change.md');
    client.open(uri, '# Plan\n\nSkolan erbjuder läxhjälp.\n', 1);
    assert.deepEqual(await client.diagnosticsFor(uri, 1), []);
    client.change(uri, 2, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 25 } }, text: 'Kommunen erbjuder hemvändare bostad och samtalsstöd.' }]);
    const ds = await client.diagnosticsFor(uri, 2);
    assert.deepEqual(ds.map((d) => d.code), ['eligibility/returnee-as-target-group']);
    client.close(uri);
  });

  it('explains the finding on hover', async () => {
    const uri = uriOf('hover.md');
    client.open(uri, STOCKHOLM, 1);
    const [d] = await client.diagnosticsFor(uri, 1);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: d.range.start });
    const md: string = hover.contents.value;
    assert.match(md, /eligibility\/disjunction/);
    assert.match(md, /kommer hem från strider/);
    assert.match(md, /no requirement/);
    assert.match(md, /Exit, KRIS, Hayat, Wegweiser/);
    client.close(uri);
  });

  it('offers a preferred fix that inserts a requirement, deletes nothing, and clears the finding', async () => {
    const uri = uriOf('fix.md');
    client.open(uri, STOCKHOLM, 1);
    const ds = await client.diagnosticsFor(uri, 1);
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: ds[0].range, context: { diagnostics: ds, only: ['quickfix'] } });
    const preferred = actions.find((a: { isPreferred?: boolean }) => a.isPreferred);
    assert.ok(preferred, JSON.stringify(actions));
    const change = preferred.edit.documentChanges[0];
    assert.deepEqual(change.textDocument, { uri, version: 1 }, 'the edit is pinned to the version it was computed for');
    const fixed = applyTextEdits(STOCKHOLM, change.edits);
    assert.ok(fixed.startsWith(STOCKHOLM.slice(0, 100)));
    assert.equal(fixed.length - STOCKHOLM.length, change.edits.map((e: { newText: string }) => e.newText.length).reduce((a: number, b: number) => a + b, 0));
    assert.match(fixed, /har lämnat den våldsbejakande miljön/);
    client.change(uri, 2, [{ text: fixed }]);
    assert.deepEqual(await client.diagnosticsFor(uri, 2), []);
    client.close(uri);
  });

  it('gives no code actions for a version it has not analysed', async () => {
    const uri = uriOf('stale.md');
    client.open(uri, STOCKHOLM, 1);
    const ds = await client.diagnosticsFor(uri, 1);
    client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    // The old diagnostic names version 1: the server must not answer with edits for it.
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: ds[0].range, context: { diagnostics: ds, only: ['quickfix'] } });
    for (const a of actions) if (a.edit) assert.equal(a.edit.documentChanges[0].textDocument.version, 2);
    client.close(uri);
  });

  it('survives bad input: empty, binary, 5 MB, unknown document, close right after change', async () => {
    const empty = uriOf('empty.md');
    client.open(empty, '', 1);
    assert.deepEqual(await client.diagnosticsFor(empty, 1), []);

    const binary = uriOf('binary.md');
    let junk = '';
    for (let i = 0; i < 20000; i++) junk += String.fromCharCode((i * 7919) % 65536);
    client.open(binary, junk, 1);
    const bd = await client.diagnosticsFor(binary, 1);
    assert.ok(bd.every((d) => d.range.start.line >= 0));

    const big = uriOf('big.md');
    const para = 'När en person vill lämna en våldsbejakande extremistisk gruppering eller kommer hem från strider utomlands är det avgörande med anpassade inkluderande insatser.\n\n';
    client.open(big, para.repeat(Math.ceil((5 * 1024 * 1024) / para.length)), 1);
    const bigDs = await client.diagnosticsFor(big, 1, 30000);
    assert.ok(bigDs.length > 0);

    client.change(uriOf('never-opened.md'), 3, [{ text: 'x' }]);
    const closing = uriOf('closing.md');
    client.open(closing, STOCKHOLM, 1);
    client.change(closing, 2, [{ text: STOCKHOLM + STOCKHOLM }]);
    client.close(closing);
    // Still alive and answering.
    const hover = await client.request('textDocument/hover', { textDocument: { uri: empty }, position: { line: 0, character: 0 } });
    assert.equal(hover, null);
    assert.equal(client.proc.exitCode, null);
    for (const u of [empty, binary, big]) client.close(u);
  });

  it('keeps memory bounded over hundreds of documents opened and closed (caches freed on close)', async () => {
    const para = 'När en person vill lämna en våldsbejakande extremistisk gruppering eller kommer hem från strider utomlands är det avgörande med anpassade inkluderande insatser.\n\n';
    const rss = () => Number(/VmRSS:\s+(\d+)/.exec(require('node:fs').readFileSync(`/proc/${client.proc.pid}/status`, 'utf8'))![1]) / 1024;
    const round = async (k: number) => {
      for (let i = 0; i < 100; i++) {
        const uri = uriOf(`many-${k}-${i}.md`);
        // Distinct text per document, so nothing is shared between their caches.
        client.open(uri, `# Plan ${k}-${i}\n\n` + para.repeat(60).replace(/insatser/g, `insatser ${k}-${i}`), 1);
        await client.diagnosticsFor(uri, 1);
        client.close(uri);
      }
    };
    await round(0);
    const after100 = rss();
    await round(1);
    await round(2);
    const after300 = rss();
    // Closed documents leave nothing behind: 200 more documents must not add their ~6 MB of text and
    // analysis (allow for the garbage collector's own growth).
    assert.ok(after300 < after100 + 60, `RSS ${after100.toFixed(0)} MB after 100 documents, ${after300.toFixed(0)} MB after 300`);
  });

  it('says so when a document is above the size limit (policyLens.maxFileSizeMb)', async () => {
    const small = new LspClient({ settings: () => ({ maxFileSizeMb: 1 }) });
    await small.start();
    const uri = uriOf('too-big.md');
    small.open(uri, 'Kommunen erbjuder hemvändare bostad.\n\n'.repeat(40000), 1);
    const ds = await small.diagnosticsFor(uri, 1);
    assert.equal(ds.length, 1);
    assert.equal(ds[0].severity, 3);
    assert.match(ds[0].message, /skipped this document/);
    await small.stop();
  });

  it('applies a change at a position between \\r and \\n where the client means it', async () => {
    // Editors never do this, but a client that counts offsets itself may: its text and ours must agree.
    const before = '# R\r\n\r\nKommunen erbjuder hemvändare bostad.\r\n';
    const uri = uriOf('crlf-inside.md');
    client.open(uri, before, 1);
    await client.diagnosticsFor(uri, 1);
    client.change(uri, 2, [{ range: { start: { line: 0, character: 4 }, end: { line: 0, character: 4 } }, text: 'x' }]);
    const incremental = await client.diagnosticsFor(uri, 2);
    const after = '# R\rx\n\r\nKommunen erbjuder hemvändare bostad.\r\n';
    const fresh = uriOf('crlf-fresh.md');
    client.open(fresh, after, 1);
    const expected = await client.diagnosticsFor(fresh, 1);
    assert.deepEqual(incremental.map((d) => [d.code, d.range]), expected.map((d) => [d.code, d.range]));
    assert.equal(expected[0].range.start.line, 3);
    client.close(uri);
    client.close(fresh);
  });

  it('treats a null workspace/configuration answer as "no settings"', async () => {
    const other = new LspClient({ settings: () => null });
    await other.start();
    const uri = uriOf('null-settings.md');
    other.open(uri, STOCKHOLM, 1);
    const ds = await other.diagnosticsFor(uri, 1);
    assert.equal(ds[0].code, 'eligibility/disjunction');
    await other.stop();
  });
});
