// Team settings over the protocol, against the real bundled server: a team file per workspace folder
// (multi-root), hot reload from the open buffer and from an extended file on disk, a broken file that
// keeps the last good configuration in force and says so, ignored documents, expired waivers.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Diagnostic, LspClient } from '../helpers/lspClient';

const PLAN = 'När en person vill lämna en våldsbejakande extremistisk gruppering eller kommer hem från strider\nutomlands är det avgörande med anpassade inkluderande insatser.\n';
const uri = (p: string) => pathToFileURL(p).href;
const disjunction = (ds: Diagnostic[]) => ds.find((d) => d.code === 'eligibility/disjunction');

describe('team settings over the protocol', function () {
  let base: string;
  let a: string;
  let b: string;
  let client: LspClient;
  let baseWatched: Promise<unknown>;

  const write = (p: string, text: string) => {
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  };

  /** Waits for diagnostics on `u` that satisfy `pred` (register before causing them). */
  const published = (u: string, pred: (ds: Diagnostic[]) => boolean, what: string) =>
    client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === u && pred(m.params.diagnostics), 5000, what).then((m) => m.params.diagnostics as Diagnostic[]);

  before(async () => {
    base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pl-team-')));
    a = path.join(base, 'team-a');
    b = path.join(base, 'team-b');
    // Above both workspace folders: must never apply.
    write(path.join(base, '.policylens.json'), '{ "rules": { "eligibility/disjunction": "hint" } }');
    write(path.join(a, '.policylens.json'), '{\n  "extends": "./shared/base.json",\n  "ignore": ["drafts/**"]\n}\n');
    write(path.join(a, 'shared', 'base.json'), '{ "rules": { "eligibility/disjunction": "error" } }');
    write(path.join(b, '.policylens.json'), '{ "rules": { "eligibility/disjunction": "off" }, "glossary": { "insatser": "Stöd som kommunen ger." } }');
    client = new LspClient({ workspaceFolders: [a, b] });
    await client.start();
    // The server registers a watcher for base.json when it first resolves team-a's configuration.
    baseWatched = client.waitFor((m) => m.method === 'client/registerCapability' && JSON.stringify(m.params).includes('"pattern":"base.json"'), 20000, 'a watcher for base.json');
    baseWatched.catch(() => undefined);
  });

  after(async () => {
    await client.stop();
    fs.rmSync(base, { recursive: true, force: true });
  });

  it('each workspace folder follows its own team file, and nothing above it', async () => {
    const docA = uri(path.join(a, 'plan.md'));
    const docB = uri(path.join(b, 'plan.md'));
    client.open(docA, PLAN, 1);
    client.open(docB, PLAN, 1);
    const da = await client.diagnosticsFor(docA, 1);
    const db = await client.diagnosticsFor(docB, 1);
    assert.equal(disjunction(da)?.severity, 1, 'error, from the file team-a extends');
    assert.equal(disjunction(db), undefined, 'off in team-b');
    const hover = await client.request('textDocument/hover', { textDocument: { uri: docB }, position: { line: 1, character: 56 } });
    assert.match(hover.contents.value, /Stöd som kommunen ger/, 'the glossary of team-b on hover');
  });

  it('documents the team file ignores get no findings', async () => {
    const draft = uri(path.join(a, 'drafts', 'draft.md'));
    client.open(draft, PLAN, 1);
    assert.deepEqual(await client.diagnosticsFor(draft, 1), []);
    client.close(draft);
  });

  it('editing the open team file re-lints open documents within a second, no restart', async () => {
    const teamFile = path.join(a, '.policylens.json');
    const docA = uri(path.join(a, 'plan.md'));
    client.open(uri(teamFile), fs.readFileSync(teamFile, 'utf8'), 1, 'jsonc');
    const relinted = published(docA, (ds) => disjunction(ds)?.severity === 3, 'disjunction as info');
    const t0 = Date.now();
    client.change(uri(teamFile), 2, [{ text: '{\n  "extends": "./shared/base.json",\n  "rules": { "eligibility/disjunction": "info" }\n}\n' }]);
    await relinted;
    const ms = Date.now() - t0;
    assert.ok(ms < 1000, `${ms} ms`);
  });

  it('a broken team file keeps the last good configuration, shows the error at its place, and says so', async () => {
    const teamFile = path.join(a, '.policylens.json');
    const teamUri = uri(teamFile);
    const docA = uri(path.join(a, 'plan.md'));
    const problems = published(teamUri, (ds) => ds.length > 0, 'problems on the team file');
    const status = client.waitFor((m) => m.method === 'policyLens/status' && m.params.uri === docA && m.params.config === 'error', 5000, 'error status');
    const relinted = published(docA, () => true, 'the document re-linted');
    client.change(teamUri, 3, [{ text: '{\n  "extends": "./shared/base.json",\n  "rules": { "eligibility/disjunction": "off", "eligibility/nope": "error" }\n}\n' }]);
    const ds = await problems;
    const col = '  "rules": { "eligibility/disjunction": "off", "eligibility/nope": "error" }'.indexOf('"eligibility/nope"');
    assert.deepEqual(
      ds.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character, d.severity, d.code, d.message]),
      [[2, col, col + '"eligibility/nope"'.length, 1, 'team-file', 'Unknown rule "eligibility/nope".']],
    );
    const st = (await status).params;
    assert.ok(st.configMessage.includes(`.policylens.json:3:${col + 1}: Unknown rule "eligibility/nope"`), st.configMessage);
    assert.equal(st.configFile, teamFile);
    // The last good configuration (disjunction as info) is still in force, not the broken file's "off".
    assert.equal(disjunction(await relinted)?.severity, 3);
    assert.ok(client.logs.some((l) => /Team file error at .*\.policylens\.json:3:\d+: Unknown rule "eligibility\/nope"\. .*last good version of \.policylens\.json stays in force/.test(l)), client.logs.join('\n'));

    // A syntax error too: the place is exact, and the linter still runs.
    // Both listeners before the change: the two publishes may arrive in one read, before either await returns.
    const syntax = published(teamUri, (x) => x.some((d) => /JSON syntax/.test(d.message)), 'syntax error');
    const relintedAgain = published(docA, () => true, 're-lint');
    client.change(teamUri, 4, [{ text: '{\n  "rules": { "eligibility/disjunction": "off" \n' }]);
    const [d] = await syntax;
    assert.equal(d.range.start.line, 2);
    assert.equal(disjunction(await relintedAgain)?.severity, 3);

    // Fixed: problems cleared, status ok, the new configuration applies.
    const cleared = published(teamUri, (x) => x.length === 0, 'problems cleared');
    const ok = client.waitFor((m) => m.method === 'policyLens/status' && m.params.uri === docA && m.params.config === 'ok', 5000, 'ok status');
    const off = published(docA, (x) => !disjunction(x), 'disjunction off');
    client.change(teamUri, 5, [{ text: '{ "extends": "./shared/base.json", "rules": { "eligibility/disjunction": "off" } }' }]);
    await Promise.all([cleared, ok, off]);
  });

  it('saving a file the team file extends (any name) re-lints, through the watcher the server registers', async () => {
    const teamFile = path.join(a, '.policylens.json');
    const baseFile = path.join(a, 'shared', 'base.json');
    const docA = uri(path.join(a, 'plan.md'));
    // Back to a team file that takes the severity from base.json.
    const fromBase = published(docA, (ds) => disjunction(ds)?.severity === 1, 'error from base.json');
    client.change(uri(teamFile), 6, [{ text: '{ "extends": "./shared/base.json" }' }]);
    await fromBase;
    await baseWatched;
    client.close(uri(teamFile));
    const warn = published(docA, (ds) => disjunction(ds)?.severity === 2, 'warning from the edited base.json');
    write(baseFile, '{ "rules": { "eligibility/disjunction": "warning" } }');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(baseFile), type: 2 }] });
    await warn;
  });

  it('shows an expired waiver at its "expires" on the team file', async () => {
    const teamFile = path.join(b, '.policylens.json');
    const teamUri = uri(teamFile);
    const text = '{\n  "waivers": [\n    { "rule": "eligibility/disjunction", "quote": "kommer hem från strider", "reason": "Beslut i nämnden.", "expires": "2020-01-31" }\n  ]\n}\n';
    const expired = published(teamUri, (ds) => ds.some((d) => /expired on 2020-01-31/.test(d.message)), 'expired waiver');
    client.open(teamUri, text, 1, 'jsonc');
    const [d] = await expired;
    assert.equal(d.severity, 2);
    assert.equal(d.range.start.line, 2);
    assert.equal(d.range.start.character, text.split('\n')[2].indexOf('"2020-01-31"'));
    client.close(teamUri);
  });
});
