// What writers and reviewers meet in the editor, over the real server (stdio), as an editor drives it:
// the hover in the user's language, the quick fixes in order and applied, the waiver written into the
// team file, fix-all, suppression comments, the glossary, and the requests behind the commands
// (explain, insert a requirement clause, check the whole workspace).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { applyTextEdits, Diagnostic, LspClient, offsetAt, uriOf } from '../helpers/lspClient';

const STOCKHOLM = '# Efterperspektiv\n\nNär en person vill lämna en våldsbejakande extremistisk gruppering eller kommer hem från strider\nutomlands är det avgörande med anpassade inkluderande insatser.\n';
const ENGLISH = '# Exit and reintegration\n\nThe city offers housing and counselling to people who want to leave a violent extremist group or who return from fighting abroad.\n';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function tempWorkspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-ux-'));
  for (const [name, text] of Object.entries(files)) {
    const p = path.join(dir, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
  return fs.realpathSync(dir);
}

async function hoverAt(client: LspClient, uri: string, position: { line: number; character: number }): Promise<string> {
  const h = await client.request('textDocument/hover', { textDocument: { uri }, position });
  return h?.contents?.value ?? '';
}

async function quickFixes(client: LspClient, uri: string, d: Diagnostic): Promise<Json[]> {
  return client.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
}

/** Applies a workspace edit the way an editor does: text edits per document, file creation. */
function applyWorkspaceEdit(edit: Json, read: (uri: string) => string, write: (uri: string, text: string) => void): void {
  for (const change of edit.documentChanges ?? []) {
    if (change.kind === 'create') {
      write(change.uri, '');
      continue;
    }
    write(change.textDocument.uri, applyTextEdits(read(change.textDocument.uri), change.edits));
  }
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) write(uri, applyTextEdits(read(uri), edits as Json[]));
}

const readUri = (uri: string) => (fs.existsSync(fileURLToPath(uri)) ? fs.readFileSync(fileURLToPath(uri), 'utf8') : '');
const writeUri = (uri: string, text: string) => fs.writeFileSync(fileURLToPath(uri), text);

describe('writers and reviewers in the editor (protocol)', function () {
  describe('hover', () => {
    let en: LspClient;
    let sv: LspClient;
    before(async () => {
      en = new LspClient({ locale: 'en' });
      sv = new LspClient({ locale: 'sv-SE' });
      await Promise.all([en.start(), sv.start()]);
    });
    after(async () => {
      await Promise.all([en.stop(), sv.stop()]);
    });

    it('English: groups and how they are joined, which lacks the requirement, why, the fix before and after, the link', async () => {
      const uri = uriOf('ux-hover-en.md');
      en.open(uri, STOCKHOLM, 1);
      const [d] = await en.diagnosticsFor(uri, 1);
      const md = await hoverAt(en, uri, d.range.start);
      assert.match(md, /\*\*Policy Lens\*\* · `eligibility\/disjunction` — Disjunction admits a group without a requirement/);
      assert.match(md, /\*\*Who the clause admits\*\* \(joined by “eller”\):/);
      assert.match(md, /“en person vill lämna en våldsbejakande extremistisk gruppering” \*\*eller\*\* “kommer hem från strider utomlands”/);
      assert.match(md, /- “kommer hem från strider utomlands” — in, or returning from, the environment · \*\*no requirement to leave\*\* ✗/);
      assert.match(md, /- “en person vill lämna en våldsbejakande extremistisk gruppering” — leaving it · requirement in place ✓/);
      assert.match(md, /\*\*What is missing:\*\* A requirement to leave the violent extremist environment for the alternative “kommer hem från strider utomlands”\./);
      assert.match(md, /\*\*Why it matters:\*\* .*Support then reaches people still inside the movement\. Established exit work \(Exit, KRIS, Hayat, Wegweiser\) requires leaving the environment and renouncing the ideology\./);
      assert.match(md, /> Now: När en person .*kommer hem från strider utomlands är det avgörande med anpassade…/);
      assert.match(md, /> With the fix: När en person .*kommer hem från strider utomlands \*\*och har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi,\*\* är det avgörande/);
      assert.match(md, /\*\*Quick fixes \(Ctrl\+\. \/ Cmd\+\.\):\*\*\n- Add the requirement to “kommer hem från strider utomlands”: .* ★\n- Add a requirement sentence after it: .*\n- Narrow the target group to those who leave: remove “eller kommer hem från strider utomlands”/);
      assert.match(md, /policy-lens-disable-next-line eligibility\/disjunction -- reason/);
      assert.match(md, /\[Rule documentation\]\(https:\/\/\S+eligibility-disjunction\.md\)$/);
      en.close(uri);
    });

    it('Swedish UI (initialize locale "sv-SE"): the same hover in Swedish', async () => {
      const uri = uriOf('ux-hover-sv.md');
      sv.open(uri, STOCKHOLM, 1);
      const [d] = await sv.diagnosticsFor(uri, 1);
      assert.equal(d.message, '”eller” gör grupperna lika berättigade: ”kommer hem från strider utomlands” får stöd utan krav på att lämna den våldsbejakande miljön.');
      const md = await hoverAt(sv, uri, { line: 3, character: 2 });
      assert.match(md, /Eller-led släpper in en grupp utan krav/);
      assert.match(md, /\*\*Vilka satsen släpper in\*\* \(förenade med ”eller”\):/);
      assert.match(md, /- ”kommer hem från strider utomlands” — i, eller på väg hem från, miljön · \*\*inget krav på att lämna\*\* ✗/);
      assert.match(md, /\*\*Det här saknas:\*\* Ett krav på att lämna den våldsbejakande miljön för ledet ”kommer hem från strider utomlands”\./);
      assert.match(md, /\*\*Varför det spelar roll:\*\* .*\(Exit, KRIS, Hayat, Wegweiser\)/);
      assert.match(md, /> Nu: När en person/);
      assert.match(md, /> Med åtgärden: När en person/);
      assert.match(md, /\*\*Snabbåtgärder/);
      assert.match(md, /- Lägg till kravet för ”kommer hem från strider utomlands”/);
      assert.match(md, /\[Regelns dokumentation\]\(/);
      assert.doesNotMatch(md, /\b(Why|Missing|Suggested|Quick fixes)\b/);
      sv.close(uri);
    });

    it('the setting policyLens.locale overrides the UI language', async () => {
      const c = new LspClient({ locale: 'en', settings: () => ({ locale: 'sv' }) });
      await c.start();
      const uri = uriOf('ux-hover-override.md');
      c.open(uri, ENGLISH, 1);
      const [d] = await c.diagnosticsFor(uri, 1);
      assert.match(d.message, /^”or” gör grupperna lika berättigade/);
      const md = await hoverAt(c, uri, d.range.start);
      assert.match(md, /Vilka satsen släpper in/);
      // The fix's wording follows the document (English); its title follows the UI (Swedish).
      assert.match(md, /\*\*and have left the violent extremist environment and renounced its ideology\*\*/);
      assert.match(md, /- Lägg till kravet för ”return from fighting abroad”/);
      await c.stop();
    });

    it('hover range is the finding; no hover outside findings and glossary terms', async () => {
      const uri = uriOf('ux-hover-range.md');
      en.open(uri, STOCKHOLM, 1);
      const [d] = await en.diagnosticsFor(uri, 1);
      const h = await en.request('textDocument/hover', { textDocument: { uri }, position: d.range.start });
      assert.deepEqual(h.range, d.range);
      assert.equal(await en.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } }), null);
      en.close(uri);
    });
  });

  describe('team glossary on hover', () => {
    let dir: string;
    let client: LspClient;
    before(async () => {
      dir = tempWorkspace({
        '.policylens.json': JSON.stringify({ glossary: { hemvändare: 'En person som har rest till ett konflikt­område för att strida och sedan kommit tillbaka.', 'foreign fighter': 'A person who travels abroad to join an armed group.', IS: 'Islamiska staten.' } }),
      });
      client = new LspClient({ workspaceFolders: [dir], locale: 'sv' });
      await client.start();
    });
    after(async () => {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('hovering a target-group term shows its definition, also inflected', async () => {
      const uri = pathToFileURL(path.join(dir, 'plan.md')).href;
      const text = '# Plan\n\nSkolan har kontakt med hemvändarna och deras familjer.\n\nA foreign fighter may return. Isolering är ett problem för IS-anhängare.\n';
      client.open(uri, text, 1);
      await client.diagnosticsFor(uri, 1);
      const md = await hoverAt(client, uri, { line: 2, character: 30 });
      assert.equal(md, '**Teamets ordlista** · **hemvändare** — En person som har rest till ett konflikt­område för att strida och sedan kommit tillbaka.');
      assert.match(await hoverAt(client, uri, { line: 4, character: 5 }), /\*\*foreign fighter\*\* — A person who travels abroad/);
      // A short term matches whole words only: "Isolering" is not "IS".
      assert.equal(await hoverAt(client, uri, { line: 4, character: 31 }), '');
      client.close(uri);
    });

    it('a finding\'s hover lists the glossary definitions of the groups it names', async () => {
      const uri = pathToFileURL(path.join(dir, 'stod.md')).href;
      client.open(uri, 'Kommunen erbjuder hemvändare samtalsstöd och hjälp att hitta bostad.\n', 1);
      const [d] = await client.diagnosticsFor(uri, 1);
      const md = await hoverAt(client, uri, d.range.start);
      assert.match(md, /\*\*Teamets ordlista:\*\*\n- \*\*hemvändare\*\* — En person som har rest/);
      client.close(uri);
    });
  });

  describe('quick fixes', () => {
    let client: LspClient;
    before(async () => {
      client = new LspClient({ locale: 'en', initializationOptions: { clientRecordsWaivers: true } });
      await client.start();
    });
    after(async () => {
      await client.stop();
    });

    it('offers, in order: attach (preferred), requirement sentence, narrow, waiver, suppression comment', async () => {
      const uri = uriOf('ux-fixes.md');
      client.open(uri, STOCKHOLM, 1);
      const ds = await client.diagnosticsFor(uri, 1);
      const actions = await quickFixes(client, uri, ds[0]);
      assert.deepEqual(
        actions.map((a: Json) => a.title),
        [
          'Add the requirement to “kommer hem från strider utomlands”: “och har lämnat den våldsbejakande miljön och tagit avstånd…”',
          'Add a requirement sentence after it: “Stödet förutsätter att personen har lämnat den våldsbejakan…”',
          'Narrow the target group to those who leave: remove “eller kommer hem från strider utomlands”',
          'Record a waiver with a reason in the team file…',
          'Suppress here with a comment and a reason…',
        ],
      );
      assert.deepEqual(actions.map((a: Json) => !!a.isPreferred), [true, false, false, false, false]);
      for (const a of actions) assert.deepEqual(a.diagnostics?.map((x: Diagnostic) => x.code), ['eligibility/disjunction']);
      assert.equal(actions[3].command.command, 'policyLens.recordWaiver');
      assert.deepEqual(actions[3].command.arguments[0], { uri, version: 1, rule: 'eligibility/disjunction', quote: 'När en person vill lämna en våldsbejakande extremistisk gruppering eller kommer hem från strider utomlands är det avgörande' });
      assert.deepEqual(actions[4].command.arguments[0], { uri, version: 1, rule: 'eligibility/disjunction', line: 2, mode: 'next-line', indent: '' });
      client.close(uri);
    });

    it('each fix, applied, removes the finding there and publishes for the new version', async () => {
      for (const [i, expected] of [
        [0, 'utomlands och har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi, är det avgörande'],
        [1, 'insatser. Stödet förutsätter att personen har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi.\n'],
        [2, 'När en person vill lämna en våldsbejakande extremistisk gruppering är det avgörande'],
      ] as const) {
        const uri = uriOf(`ux-apply-${i}.md`);
        client.open(uri, STOCKHOLM, 1);
        const ds = await client.diagnosticsFor(uri, 1);
        const actions = await quickFixes(client, uri, ds[0]);
        const change = actions[i].edit.documentChanges[0];
        assert.deepEqual(change.textDocument, { uri, version: 1 });
        const fixed = applyTextEdits(STOCKHOLM, change.edits);
        assert.ok(fixed.includes(expected), fixed);
        client.change(uri, 2, [{ text: fixed }]);
        assert.deepEqual(await client.diagnosticsFor(uri, 2), [], fixed);
        client.close(uri);
      }
    });

    it('a plain-text document gets no suppression-comment fix (comments are Markdown)', async () => {
      const uri = uriOf('ux-fixes.txt');
      client.open(uri, STOCKHOLM.replace('# ', ''), 1, 'plaintext');
      const ds = await client.diagnosticsFor(uri, 1);
      const actions = await quickFixes(client, uri, ds[0]);
      assert.ok(!actions.some((a: Json) => a.command?.command === 'policyLens.suppressWithComment'));
      client.close(uri);
    });

    it('the suppression comment goes at the end of the line when the finding starts inside a paragraph', async () => {
      const uri = uriOf('ux-suppress-line.md');
      client.open(uri, 'Kommunen har en plan för arbetet.\nDessutom erbjuder kommunen hemvändare bostad.\n', 1);
      const ds = await client.diagnosticsFor(uri, 1);
      const actions = await quickFixes(client, uri, ds[0]);
      const suppress = actions.find((a: Json) => a.command?.command === 'policyLens.suppressWithComment');
      assert.deepEqual(suppress.command.arguments[0], { uri, version: 1, rule: 'eligibility/returnee-as-target-group', line: 1, mode: 'line', indent: '' });
      // What our client then writes suppresses the finding, and nothing else is reported.
      const written = 'Kommunen har en plan för arbetet.\nDessutom erbjuder kommunen hemvändare bostad. <!-- policy-lens-disable-line eligibility/returnee-as-target-group -- definieras i bilaga 2 -->\n';
      client.change(uri, 2, [{ text: written }]);
      assert.deepEqual(await client.diagnosticsFor(uri, 2), []);
      client.close(uri);
    });
  });

  describe('waivers, end to end', () => {
    let dir: string;
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    for (const ours of [true, false]) {
      it(`${ours ? 'our client asks for the reason, then' : 'another client:'} the server writes the waiver into the team file, and the finding goes`, async () => {
        dir = tempWorkspace({ '.policylens.json': '// Team settings\n{\n  "rules": { "eligibility/disjunction": "warning" }\n}\n', 'plan.md': STOCKHOLM });
        const client = new LspClient({ workspaceFolders: [dir], locale: 'en', initializationOptions: { clientRecordsWaivers: ours } });
        await client.start();
        const uri = pathToFileURL(path.join(dir, 'plan.md')).href;
        client.open(uri, STOCKHOLM, 1);
        const ds = await client.diagnosticsFor(uri, 1);
        const waiver = (await quickFixes(client, uri, ds[0])).find((a: Json) => a.title.startsWith('Record a waiver'));
        assert.equal(waiver.command.command, ours ? 'policyLens.recordWaiver' : 'policyLens.applyWaiver');
        // Our client runs the server's command with the reason it asked for; others run it directly.
        const args = ours ? { ...waiver.command.arguments[0], reason: 'Quoted from the council decision of 12 March 2026.', by: 'reviewer' } : waiver.command.arguments[0];
        const applied = client.waitFor((m) => m.method === 'workspace/applyEdit', 10000, 'workspace/applyEdit');
        const result = await client.request('workspace/executeCommand', { command: 'policyLens.applyWaiver', arguments: [args] });
        assert.equal(result, true);
        const edit = (await applied).params.edit;
        applyWorkspaceEdit(edit, readUri, writeUri);
        const team = fs.readFileSync(path.join(dir, '.policylens.json'), 'utf8');
        assert.match(team, /^\/\/ Team settings\n/, 'the comment in the team file survives');
        assert.match(team, /"rule": "eligibility\/disjunction"/);
        assert.match(team, /"quote": "När en person vill lämna/);
        if (ours) assert.match(team, /"reason": "Quoted from the council decision of 12 March 2026\."/);
        client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, '.policylens.json')).href, type: 2 }] });
        const after = await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && !m.params.diagnostics.some((x: Diagnostic) => x.code === 'eligibility/disjunction'), 10000, 'diagnostics without the waived finding');
        assert.ok(after);
        await client.stop();
      });
    }
  });

  describe('fix all', () => {
    let client: LspClient;
    before(async () => {
      client = new LspClient({ locale: 'sv' });
      await client.start();
    });
    after(async () => {
      await client.stop();
    });

    const DOC = [
      '# Stöd',
      '',
      'Kommunen erbjuder hemvändare samtalsstöd. Personer som fortfarande är aktiva i kriminella nätverk eller vill lämna dem erbjuds stöd av socialtjänsten.',
      '',
      'Stöd ges till den som är involverad i våldsbejakande extremism eller som har lämnat den.',
      '',
      '<!-- policy-lens-disable-next-line eligibility/disjunction -- beslutat -->',
      'Skolan erbjuder läxhjälp.',
      '',
    ].join('\n');

    for (const only of [['source.fixAll.policyLens'], ['source.fixAll'], ['source']]) {
      it(`source.fixAll.policyLens (asked as ${only[0]}): one edit, every finding fixed, no requirement sentence twice`, async () => {
        const uri = uriOf(`ux-fixall-${only[0]}.md`);
        client.open(uri, DOC, 1);
        const ds = await client.diagnosticsFor(uri, 1);
        assert.ok(ds.length >= 3, JSON.stringify(ds.map((d) => d.code)));
        const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only } });
        const all = actions.find((a: Json) => a.kind === 'source.fixAll.policyLens');
        assert.ok(all, JSON.stringify(actions));
        assert.equal(all.title, 'Åtgärda alla Policy Lens-fynd');
        const change = all.edit.documentChanges[0];
        assert.deepEqual(change.textDocument, { uri, version: 1 });
        assert.equal(change.edits.length, 1);
        const fixed = applyTextEdits(DOC, change.edits);
        assert.equal((fixed.match(/Stödet förutsätter/g) ?? []).length <= 1, true, fixed);
        assert.ok(!fixed.includes('policy-lens-disable-next-line'), 'the unused suppression comment is removed');
        assert.ok(fixed.includes('Skolan erbjuder läxhjälp.'));
        client.change(uri, 2, [{ text: fixed }]);
        assert.deepEqual((await client.diagnosticsFor(uri, 2)).map((d) => d.code), [], fixed);
        client.close(uri);
      });
    }

    it('is not offered in the lightbulb\'s quick-fix list unless asked for, but a "fix all" quick fix is', async () => {
      const uri = uriOf('ux-fixall-quickfix.md');
      client.open(uri, DOC, 1);
      const ds = await client.diagnosticsFor(uri, 1);
      const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: ds[0].range, context: { diagnostics: [ds[0]], only: ['quickfix'] } });
      assert.ok(!actions.some((a: Json) => a.kind === 'source.fixAll.policyLens'));
      assert.equal(actions.filter((a: Json) => a.title === 'Åtgärda alla Policy Lens-fynd' && a.kind === 'quickfix').length, 1);
      client.close(uri);
    });
  });

  describe('fix all, resolved when chosen (clients with codeAction/resolve)', () => {
    let client: LspClient;
    before(async () => {
      client = new LspClient({ locale: 'en' });
      // Initialize by hand: this client resolves code actions lazily, as VS Code does.
      const init = await client.request('initialize', {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: null,
        locale: 'en',
        capabilities: {
          textDocument: {
            publishDiagnostics: { relatedInformation: true, versionSupport: true, dataSupport: true },
            codeAction: { dataSupport: true, isPreferredSupport: true, resolveSupport: { properties: ['edit'] }, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
          },
          workspace: { workspaceEdit: { documentChanges: true } },
        },
      });
      assert.equal(init.capabilities.codeActionProvider.resolveProvider, true);
      client.notify('initialized', {});
    });
    after(async () => {
      await client.stop();
    });

    it('the lightbulb gets "fix all" without an edit; resolving it computes the edit for that version', async () => {
      const text = 'Kommunen erbjuder hemvändare samtalsstöd.\n\nStöd erbjuds personer involverade i kriminella nätverk.\n';
      const uri = uriOf('ux-resolve.md');
      client.open(uri, text, 1);
      const ds = await client.diagnosticsFor(uri, 1);
      assert.equal(ds.length, 2);
      const actions = await quickFixes(client, uri, ds[0]);
      const all = actions.find((a: Json) => a.title === 'Fix all Policy Lens findings');
      assert.ok(all && !all.edit, JSON.stringify(actions.map((a: Json) => a.title)));
      const resolved = await client.request('codeAction/resolve', all);
      const change = resolved.edit.documentChanges[0];
      assert.deepEqual(change.textDocument, { uri, version: 1 });
      const fixed = applyTextEdits(text, change.edits);
      client.change(uri, 2, [{ text: fixed }]);
      assert.deepEqual(await client.diagnosticsFor(uri, 2), [], fixed);
      // Resolving the old action now (version 1) gives no edit: it would not fit the text.
      const stale = await client.request('codeAction/resolve', all);
      assert.equal(stale.edit, undefined);
      client.close(uri);
    });
  });

  describe('suppression comments in the editor', () => {
    let client: LspClient;
    before(async () => {
      client = new LspClient({ locale: 'en' });
      await client.start();
    });
    after(async () => {
      await client.stop();
    });

    it('an unused one is marked unnecessary, and its fix removes the line', async () => {
      const text = '# Plan\n\n<!-- policy-lens-disable-next-line eligibility/disjunction -- beslutat av nämnden -->\nSkolan erbjuder läxhjälp.\n';
      const uri = uriOf('ux-unused.md');
      client.open(uri, text, 1);
      const [d] = await client.diagnosticsFor(uri, 1);
      assert.equal(d.code, 'policy-lens/unused-suppression');
      assert.deepEqual((d as Json).tags, [1]);
      const [fix] = await quickFixes(client, uri, d);
      assert.equal(fix.title, 'Remove the unused suppression comment');
      assert.equal(applyTextEdits(text, fix.edit.documentChanges[0].edits), '# Plan\n\nSkolan erbjuder läxhjälp.\n');
      const md = await hoverAt(client, uri, d.range.start);
      assert.match(md, /Unused suppression comment/);
      assert.match(md, /A suppression comment that suppresses nothing/);
      client.close(uri);
    });

    it('one without a reason is reported; adding the reason clears it', async () => {
      const uri = uriOf('ux-reason.md');
      const text = '<!-- policy-lens-disable-next-line eligibility/returnee-as-target-group -->\nKommunen erbjuder hemvändare bostad.\n';
      client.open(uri, text, 1);
      const ds = await client.diagnosticsFor(uri, 1);
      assert.deepEqual(ds.map((d) => [d.code, d.message]), [['policy-lens/suppression-without-reason', 'A suppression comment needs a reason after “--”.']]);
      const at = text.indexOf(' -->');
      client.change(uri, 2, [{ range: { start: { line: 0, character: at }, end: { line: 0, character: at } }, text: ' -- defined in annex 2' }]);
      assert.deepEqual(await client.diagnosticsFor(uri, 2), []);
      client.close(uri);
    });
  });

  describe('requests behind the commands', () => {
    let client: LspClient;
    let dir: string;
    before(async () => {
      dir = tempWorkspace({
        '.policylens.json': JSON.stringify({ templates: { sv: { sentence: 'Insatsen ges endast till den som {requirement}.' } }, ignore: ['drafts/**'] }),
        'plan.md': STOCKHOLM,
        'action-plan.md': ENGLISH,
        'notes/clean.txt': 'Skolan erbjuder läxhjälp.\n',
        'notes/returnees.txt': 'Returnees receive income support and help to find accommodation.\n',
        'drafts/draft.md': 'Kommunen erbjuder hemvändare bostad.\n',
        'node_modules/pkg/README.md': 'Kommunen erbjuder hemvändare bostad.\n',
        'image.png': 'not a document',
      });
      client = new LspClient({ workspaceFolders: [dir], locale: 'sv' });
      await client.start();
    });
    after(async () => {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('policyLens/explain: the hover\'s content at the cursor, or a sentence saying there is nothing', async () => {
      const uri = pathToFileURL(path.join(dir, 'plan.md')).href;
      client.open(uri, STOCKHOLM, 1);
      const [d] = await client.diagnosticsFor(uri, 1);
      const explained = await client.request('policyLens/explain', { textDocument: { uri }, position: d.range.start });
      assert.equal(explained.findings, 1);
      assert.equal(explained.markdown, await hoverAt(client, uri, d.range.start));
      const nothing = await client.request('policyLens/explain', { textDocument: { uri }, position: { line: 0, character: 0 } });
      assert.deepEqual(nothing, { markdown: '', findings: 0, nothing: 'Det finns inget Policy Lens-fynd vid markören.' });
      client.close(uri);
    });

    it('policyLens/requirementClause: the team\'s wording, in the document\'s language, the best form first', async () => {
      const uri = pathToFileURL(path.join(dir, 'plan.md')).href;
      client.open(uri, STOCKHOLM, 1);
      await client.diagnosticsFor(uri, 1);
      // After "insatser." a sentence fits; the paragraph is about violent extremism.
      const atEnd = await client.request('policyLens/requirementClause', { textDocument: { uri }, position: { line: 3, character: 63 } });
      assert.equal(atEnd.language, 'sv');
      const best = atEnd.variants.find((v: Json) => v.recommended);
      assert.deepEqual(best, { form: 'sentence', context: 'extremist', text: 'Insatsen ges endast till den som har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi.', recommended: true });
      assert.equal(atEnd.variants.length, 6);
      // After a word, a relative clause.
      const mid = await client.request('policyLens/requirementClause', { textDocument: { uri }, position: { line: 2, character: 12 } });
      assert.equal(mid.variants.find((v: Json) => v.recommended).text, ' som har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi');
      client.close(uri);

      const enUri = pathToFileURL(path.join(dir, 'action-plan.md')).href;
      client.open(enUri, ENGLISH, 1);
      await client.diagnosticsFor(enUri, 1);
      const en = await client.request('policyLens/requirementClause', { textDocument: { uri: enUri }, position: { line: 2, character: 0 } });
      assert.equal(en.language, 'en');
      assert.deepEqual(
        en.variants.filter((v: Json) => v.context === 'extremist').map((v: Json) => v.text),
        [' who have left the violent extremist environment and renounced its ideology', ' and have left the violent extremist environment and renounced its ideology', 'Support requires that the person has left the violent extremist environment and renounced its ideology.'],
      );
      client.close(enUri);
    });

    it('policyLens/lintWorkspace: publishes findings for every document on disk, skipping node_modules and ignored files', async () => {
      const published = new Map<string, Diagnostic[]>();
      const result = await client.request('policyLens/lintWorkspace', {}, 30000);
      for (const [u, v] of client.diagnostics) published.set(u, v.items);
      const rel = (u: string) => path.relative(dir, fileURLToPath(u));
      const withFindings = [...published].filter(([, ds]) => ds.length).map(([u]) => rel(u)).sort();
      assert.deepEqual(withFindings, ['action-plan.md', path.join('notes', 'returnees.txt'), 'plan.md']);
      assert.ok(![...published.keys()].some((u) => /node_modules|drafts/.test(u)), 'node_modules and ignored drafts are not checked');
      assert.equal(result.files, 4);
      assert.equal(result.withFindings, 3);
      assert.equal(result.skipped, 1, 'the ignored draft');
      assert.match(result.summary, /^4 dokument granskade i arbetsytan: \d+ fynd i 3 dokument\. 1 dokument hoppades över/);
      // Findings from disk carry the rule, the link and the message like live ones.
      const plan = published.get(pathToFileURL(path.join(dir, 'plan.md')).href)!;
      assert.equal(plan[0].code, 'eligibility/disjunction');
      assert.match(plan[0].codeDescription!.href, /eligibility-disjunction/);
    });

    it('a checked document that is opened shows live findings, and its findings from disk come back when it closes', async () => {
      const uri = pathToFileURL(path.join(dir, 'notes', 'returnees.txt')).href;
      await client.request('policyLens/lintWorkspace', {}, 30000);
      client.open(uri, 'Skolan erbjuder läxhjälp.\n', 7, 'plaintext');
      assert.deepEqual(await client.diagnosticsFor(uri, 7), []);
      const back = client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.diagnostics.length > 0, 10000, 'findings from disk after close');
      client.close(uri);
      const msg = await back;
      assert.equal(msg.params.diagnostics[0].code, 'eligibility/returnee-as-target-group');
    });
  });

  describe('positions', () => {
    it('offsets and positions agree for the fixtures used here', () => {
      assert.equal(offsetAt(STOCKHOLM, { line: 2, character: 0 }), STOCKHOLM.indexOf('När'));
    });
  });
});
