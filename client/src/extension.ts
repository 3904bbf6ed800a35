// The VS Code client: starts the language server, and gives the user commands and a status bar item.
// It knows VS Code and the language client, nothing of the rules (it imports only shared/protocol).

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, RevealOutputChannelOn, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { Commands, SERVER_NAME, StatusNotification, type StatusParams } from '../../server/src/shared/protocol';

const TEAM_FILE = '.policylens.json';
const MAX_RESTARTS = 4;
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel(SERVER_NAME, { log: true });
  const status = vscode.window.createStatusBarItem('policyLens.status', vscode.StatusBarAlignment.Right, 100);
  status.name = SERVER_NAME;
  context.subscriptions.push(output, status);
  const statusByUri = new Map<string, StatusParams>();

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  let restarts = 0;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'policy' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'untitled', language: 'policy' },
      { scheme: 'file', pattern: `**/${TEAM_FILE}` },
    ],
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationOptions: { clientRecordsWaivers: true },
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(`**/${TEAM_FILE}`) },
    errorHandler: {
      error: () => ({ action: 1 /* Continue */ }),
      closed: () => {
        // Restart a crashed server a bounded number of times, and say so.
        restarts++;
        if (restarts <= MAX_RESTARTS) {
          output.appendLine(vscode.l10n.t('The Policy Lens server stopped; restarting ({0} of {1}).', restarts, MAX_RESTARTS));
          return { action: 2 /* Restart */ };
        }
        void vscode.window.showErrorMessage(vscode.l10n.t('The Policy Lens server stopped {0} times and will not be restarted. See the "Policy Lens" output for details.', MAX_RESTARTS));
        return { action: 1 /* DoNotRestart */ };
      },
    },
  };
  client = new LanguageClient('policyLens', SERVER_NAME, serverOptions, clientOptions);

  const updateStatus = () => {
    const editor = vscode.window.activeTextEditor;
    const s = editor ? statusByUri.get(editor.document.uri.toString()) : undefined;
    if (!s) {
      status.hide();
      return;
    }
    if (s.config === 'error') {
      status.text = `$(warning) ${SERVER_NAME}`;
      status.tooltip = vscode.l10n.t('Team file has errors; the last good configuration is in force. Click for details.');
      status.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      status.command = { title: 'Explain', command: Commands.showConfigError, arguments: [s] };
    } else {
      status.text = s.findings ? `$(law) ${s.findings}` : '$(law) ✓';
      status.tooltip = s.findings ? vscode.l10n.t('Policy Lens: {0} findings in this file', s.findings) : vscode.l10n.t('Policy Lens: no findings in this file');
      status.backgroundColor = undefined;
      status.command = 'workbench.actions.view.problems';
    }
    status.show();
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.commands.registerCommand(Commands.recordWaiver, async (args: { uri: string; version: number; rule: string; quote: string }) => {
      const reason = await vscode.window.showInputBox({
        title: vscode.l10n.t('Record a waiver for {0}', args.rule),
        prompt: vscode.l10n.t('Why is this wording intended? The reason is stored in the team file for the next reviewer.'),
        validateInput: (v) => (v.trim().length < 5 ? vscode.l10n.t('Please give a reason of a few words.') : undefined),
      });
      if (!reason || !client) return;
      await client.sendRequest('workspace/executeCommand', { command: 'policyLens.applyWaiver', arguments: [{ ...args, reason, by: process.env.USER }] });
    }),
    vscode.commands.registerCommand(Commands.restartServer, async () => {
      restarts = 0;
      await client?.restart();
    }),
    vscode.commands.registerCommand(Commands.showConfigError, async (s?: StatusParams) => {
      const msg = s?.configMessage ?? vscode.l10n.t('No configuration problem.');
      const open = vscode.l10n.t('Open team file');
      const pick = await vscode.window.showWarningMessage(msg, open);
      if (pick === open && s?.configFile) await vscode.window.showTextDocument(vscode.Uri.file(s.configFile));
    }),
    vscode.commands.registerCommand(Commands.openTeamFile, async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!folder) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: the team file lives in the repository.'));
        return;
      }
      const uri = vscode.Uri.joinPath(folder.uri, TEAM_FILE);
      try {
        await vscode.workspace.fs.stat(uri);
      } catch {
        await vscode.workspace.fs.writeFile(uri, Buffer.from(STARTER, 'utf8'));
      }
      await vscode.window.showTextDocument(uri);
    }),
  );

  client.onDidChangeState((e) => output.appendLine(`[state] ${e.oldState} → ${e.newState}`));
  await client.start();
  context.subscriptions.push(
    client.onNotification(StatusNotification, (s: StatusParams) => {
      statusByUri.set(s.uri, s);
      updateStatus();
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

const STARTER = `// Policy Lens team settings: every member's editor and the CI check follow this file.
// Documentation: see the README's "Team settings" section.
{
  "$schema": "https://policy-lens.dev/schema/policylens.schema.json",
  // Start from the built-in recommendation ("policy-lens:strict" turns findings into errors).
  "extends": "policy-lens:recommended",
  "rules": {
    // "off" | "info" | "warning" | "error", or { "severity": …, "scope": "sentence" | "paragraph" | "section" | "document" }
    "eligibility/disjunction": "warning"
  },
  // Terms shown on hover.
  "glossary": {},
  // Decisions to accept wording on purpose: { "rule", "quote", "reason", "by", "date", "expires" }.
  "waivers": []
}
`;
