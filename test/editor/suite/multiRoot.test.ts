// In a multi-root workspace (fixtures/ws-multi/multi.code-workspace): each folder has its own team
// file, and each document is linted with the team file of its own folder.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DISJUNCTION, closeAllEditors, startTrace, waitForWorkspaceFolders, codeOf, folderUri, openDoc, readDisk, replaceAndSave, waitForDiagnostics } from './helpers';

const severityOf = (ds: vscode.Diagnostic[]) => ds.find((d) => codeOf(d) === DISJUNCTION)?.severity;
const withSeverity = (s: vscode.DiagnosticSeverity) => (ds: vscode.Diagnostic[]) => severityOf(ds) === s;

suite('multi-root: a team file per folder', () => {
  let a: vscode.Uri;
  let b: vscode.Uri;
  let teamA: vscode.Uri;
  let goodA: string;
  let teamADoc: vscode.TextDocument | undefined;

  suiteSetup(async () => {
    startTrace();
    assert.ok(vscode.workspace.workspaceFile, 'opened as a .code-workspace');
    // In code-server the folders of a .code-workspace can arrive just after the test host starts.
    await waitForWorkspaceFolders(2);
    a = vscode.Uri.joinPath(folderUri('team-a'), 'plan.md');
    b = vscode.Uri.joinPath(folderUri('team-b'), 'plan.txt');
    teamA = vscode.Uri.joinPath(folderUri('team-a'), '.policylens.json');
    goodA = readDisk(teamA).toString('utf8');
  });
  suiteTeardown(async () => {
    if (teamADoc && teamADoc.getText() !== goodA) await replaceAndSave(teamADoc, goodA);
    await closeAllEditors();
  });

  test('team-a (Markdown) reports the finding as an error, per its team file', async () => {
    const { doc } = await openDoc(a);
    assert.equal(doc.languageId, 'markdown');
    await waitForDiagnostics(a, withSeverity(vscode.DiagnosticSeverity.Error), `${DISJUNCTION} as an error`);
  });

  test('team-b (plain text) reports the same finding as information, per its own team file', async () => {
    const { doc } = await openDoc(b);
    assert.equal(doc.languageId, 'plaintext');
    await waitForDiagnostics(b, withSeverity(vscode.DiagnosticSeverity.Information), `${DISJUNCTION} as information`);
  });

  test("changing team-a's file changes team-a only", async () => {
    ({ doc: teamADoc } = await openDoc(teamA));
    const config = JSON.parse(goodA);
    config.rules = { ...(config.rules ?? {}), [DISJUNCTION]: 'hint' };
    await replaceAndSave(teamADoc, JSON.stringify(config, null, 2) + '\n');
    await waitForDiagnostics(a, withSeverity(vscode.DiagnosticSeverity.Hint), `${DISJUNCTION} as a hint in team-a`);
    await waitForDiagnostics(b, withSeverity(vscode.DiagnosticSeverity.Information), `${DISJUNCTION} still information in team-b`);
    await replaceAndSave(teamADoc, goodA);
    await waitForDiagnostics(a, withSeverity(vscode.DiagnosticSeverity.Error), `${DISJUNCTION} an error again in team-a`);
  });
});
