// In a single-folder workspace (fixtures/ws-single): diagnostics, hover, quick fix and the team file,
// through VS Code's own API against the real extension and language server.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  DISJUNCTION, INSERT_AFTER, REQUIREMENT, RETURNEE, SENTENCE, SOURCE,
  closeAllEditors, codeOf, folderUri, nextDiagnosticsOrTimeout, recentTrace, warn, startTrace, hasCode, hoverText, lacksCode, only, openDoc, ours, readDisk,
  replaceAndSave, save, waitForDiagnostics,
} from './helpers';

const disjunctions = (ds: vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) === DISJUNCTION);

suite('single folder: finding, hover, quick fix', () => {
  let uri: vscode.Uri;
  let doc: vscode.TextDocument;
  let finding: vscode.Diagnostic;
  let originalBytes: Buffer;

  suiteSetup(async () => {
    startTrace();
    uri = vscode.Uri.joinPath(folderUri(), 'strategi.md');
    originalBytes = readDisk(uri);
    ({ doc } = await openDoc(uri));
  });
  suiteTeardown(closeAllEditors);

  test('the extension is active for Markdown', async () => {
    assert.equal(doc.languageId, 'markdown');
    const ds = await waitForDiagnostics(uri, hasCode(DISJUNCTION), `a ${DISJUNCTION} finding`);
    finding = only(disjunctions(ds), `${DISJUNCTION} finding`);
  });

  test(`reports ${DISJUNCTION} on the "eller" clause, as a warning from ${SOURCE}`, () => {
    assert.equal(finding.source, SOURCE);
    assert.equal(finding.severity, vscode.DiagnosticSeverity.Warning);
    const flagged = doc.getText(finding.range);
    assert.match(flagged, /eller kommer hem från strider utomlands$/u, `flagged text: ${JSON.stringify(flagged)}`);
    assert.ok(doc.lineAt(finding.range.start.line).text.includes(SENTENCE), 'the finding sits on the sentence line');
    assert.ok(finding.message.length > 20, `a real message, got ${JSON.stringify(finding.message)}`);
  });

  test('hover over the finding explains it', async () => {
    const inside = finding.range.start.translate(0, 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, inside);
    const text = hoverText(hovers ?? []);
    assert.ok(text.length > 0, `no hover at all; recent events:\n${recentTrace()}`);
    // The hover names the rule and the group that gets support without a requirement.
    assert.ok(text.includes(DISJUNCTION), `hover should name ${DISJUNCTION}:\n${text}`);
    assert.ok(text.includes('kommer hem från strider utomlands'), `hover should quote the open alternative:\n${text}`);
  });

  let preferred: vscode.CodeAction;
  let insertion: vscode.TextEdit;
  test('code actions offer a preferred quick fix for the finding', async () => {
    const request = async () =>
      (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, finding.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    // VS Code's executeCodeActionProvider does not hand back `diagnostics` on the actions, and other
    // extensions (chat's "Fix"/"Explain") add theirs: ours are the quick fixes that edit this document.
    const fixesIn = (as: vscode.CodeAction[]) => as.filter((a) => a.edit?.has(uri));
    const listOf = (as: vscode.CodeAction[]) => as.map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`).join(' | ');
    let all = await request();
    // Seen in about 1 run in 8 (code-server 1.139): the first request comes back with only chat's
    // Fix/Explain although the server answered it with all five actions within a millisecond (checked
    // with a logging build of the server: same document version, the diagnostic's data matched). The
    // loss is between the extension host and the workbench, not in Policy Lens; say so, ask again.
    for (let attempt = 1; fixesIn(all).length === 0 && attempt <= 3; attempt++) {
      const hover = hoverText((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, finding.range.start.translate(0, 3))) ?? []);
      warn(`request ${attempt}: no Policy Lens code action (got: ${listOf(all) || 'nothing'}); document v${doc.version}; hover ${hover ? 'answers' : 'is empty too'}; recent events:\n${recentTrace(8)}`);
      await nextDiagnosticsOrTimeout(uri, 2000);
      all = await request();
    }
    const list = listOf(all);
    const fixes = fixesIn(all);
    assert.ok(fixes.length >= 2, `expected several fixes that edit the document, got: ${list}; document v${doc.version}, diagnostics now: ${ours(uri).map(codeOf).join(', ') || 'none'}; recent events:\n${recentTrace()}`);
    preferred = only(all.filter((a) => a.isPreferred), `preferred fix among: ${list}`);
    assert.ok(fixes.includes(preferred), 'the preferred action is one of the edits');
    const edits = preferred.edit!.get(uri);
    insertion = only(edits, 'text edit in the preferred fix');
    assert.ok(insertion.range.isEmpty, `the preferred fix inserts, it does not replace: ${JSON.stringify(insertion)}`);
    const at = doc.offsetAt(insertion.range.start);
    assert.ok(doc.getText().slice(0, at).endsWith(INSERT_AFTER), `inserted after ${JSON.stringify(doc.getText().slice(at - 40, at))}`);
    assert.ok(insertion.newText.includes(REQUIREMENT) && !/[\r\n]/.test(insertion.newText), `inserted text ${JSON.stringify(insertion.newText)}`);
    assert.ok(preferred.kind && vscode.CodeActionKind.QuickFix.contains(preferred.kind), `kind ${preferred.kind?.value}`);
  });

  test('applying the preferred fix clears the finding and keeps every other byte', async () => {
    if (preferred.edit) assert.ok(await vscode.workspace.applyEdit(preferred.edit), 'applyEdit refused');
    if (preferred.command) await vscode.commands.executeCommand(preferred.command.command, ...(preferred.command.arguments ?? []));
    const original = originalBytes.toString('utf8');
    const at = original.indexOf(SENTENCE) + SENTENCE.indexOf(INSERT_AFTER) + INSERT_AFTER.length;
    const expected = original.slice(0, at) + insertion.newText + original.slice(at);
    assert.equal(doc.getText(), expected, 'the document after the fix');
    await waitForDiagnostics(uri, lacksCode(DISJUNCTION), `the ${DISJUNCTION} finding to clear`);
    await save(doc);
    const onDisk = readDisk(uri);
    assert.ok(onDisk.equals(Buffer.from(expected, 'utf8')), `file on disk differs from the original plus ${JSON.stringify(insertion.newText)}`);
  });
});

suite('single folder: the team file', () => {
  let plan: vscode.Uri;
  let team: vscode.Uri;
  let teamDoc: vscode.TextDocument;
  let planDoc: vscode.TextDocument;
  let goodTeamText: string;

  suiteSetup(async () => {
    plan = vscode.Uri.joinPath(folderUri(), 'handlingsplan.md');
    team = vscode.Uri.joinPath(folderUri(), '.policylens.json');
    goodTeamText = readDisk(team).toString('utf8');
    ({ doc: planDoc } = await openDoc(plan));
    await waitForDiagnostics(plan, (ds) => hasCode(DISJUNCTION)(ds) && hasCode(RETURNEE)(ds), `${DISJUNCTION} and ${RETURNEE}`);
    ({ doc: teamDoc } = await openDoc(team));
  });
  suiteTeardown(async () => {
    // Leave the workspace as found, whatever failed.
    if (teamDoc && teamDoc.getText() !== goodTeamText) await replaceAndSave(teamDoc, goodTeamText);
    await closeAllEditors();
  });

  test('a broken team file is reported on the file itself, and the linter keeps linting', async () => {
    await replaceAndSave(teamDoc, '{\n  "rules": {\n    "eligibility/disjunction": \n');
    const problems = await waitForDiagnostics(team, (ds) => ds.length > 0, 'a problem reported on the broken team file');
    assert.ok(problems.some((d) => d.severity === vscode.DiagnosticSeverity.Error), `an error on the team file:\n${problems.map((d) => d.message).join('\n')}`);

    // Not silenced: an edit to the document is linted with the last good configuration.
    const before = planDoc.getText();
    const edit = new vscode.WorkspaceEdit();
    edit.insert(plan, planDoc.positionAt(before.length), `\n${SENTENCE}\n`);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(plan, (ds) => disjunctions(ds).length === 2 && hasCode(RETURNEE)(ds), `two ${DISJUNCTION} findings after adding the sentence again`);
    await replaceAndSave(planDoc, before);
    await waitForDiagnostics(plan, (ds) => disjunctions(ds).length === 1, `one ${DISJUNCTION} finding again`);

    await replaceAndSave(teamDoc, goodTeamText);
    await waitForDiagnostics(team, (ds) => ds.length === 0, 'the team file problem to clear once it is fixed');
  });

  test('setting the rule "off" in the team file re-lints the open document', async () => {
    const config = JSON.parse(goodTeamText);
    config.rules = { ...(config.rules ?? {}), [DISJUNCTION]: 'off' };
    await replaceAndSave(teamDoc, JSON.stringify(config, null, 2) + '\n');
    await waitForDiagnostics(plan, (ds) => lacksCode(DISJUNCTION)(ds) && hasCode(RETURNEE)(ds), `${DISJUNCTION} gone, ${RETURNEE} kept`);

    await replaceAndSave(teamDoc, goodTeamText);
    await waitForDiagnostics(plan, hasCode(DISJUNCTION), `${DISJUNCTION} back after restoring the team file`);
  });

  test('the team file itself is not linted as prose', () => {
    assert.deepEqual(ours(team).filter((d) => codeOf(d)?.startsWith('eligibility/')), []);
  });
});
