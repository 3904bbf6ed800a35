// The VS Code client: starts the language server, and gives the user commands and a status bar item.
// It knows VS Code and the language client, nothing of the rules (it imports only shared/protocol).
// Every string the user reads goes through vscode.l10n.t (bundles in l10n/); what the server says
// (findings, hovers, explanations) comes localized from the server.

import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import {
  APPLY_WAIVER_COMMAND,
  Commands,
  ExplainRequest,
  type ExplainResult,
  LintWorkspaceRequest,
  type LintWorkspaceResult,
  RequirementClauseRequest,
  type RequirementClauseResult,
  type RequirementClauseVariant,
  SERVER_NAME,
  StatusNotification,
  type StatusParams,
  type SuppressCommentArgs,
} from '../../server/src/shared/protocol';
import { TEAM_FILE_NAME, teamFileTemplate } from '../../server/src/shared/teamFileTemplate';

const TEAM_FILE = TEAM_FILE_NAME;
const MAX_RESTARTS = 4;
const EXPLAIN_SCHEME = 'policy-lens-explain';
const POLICY_LANGUAGES = ['markdown', 'plaintext', 'policy'];
let client: LanguageClient | undefined;

type ClientLibrary = typeof import('./languageClient');

/** vscode-languageclient, from its own bundle (a literal require would put it back into this one). */
function loadClientLibrary(): ClientLibrary {
  const file = './languageClient.js';
  return require(file) as ClientLibrary;
}

/** What activate() returns: `ready` settles once the language server has answered `initialize`. */
export interface PolicyLensApi {
  ready: Promise<void>;
}

/** Arguments of the waiver quick fix (see server/src/features/codeActions.ts). */
interface WaiverArgs {
  uri: string;
  version: number;
  rule: string;
  quote: string;
}


export function activate(context: vscode.ExtensionContext): PolicyLensApi {
  const output = vscode.window.createOutputChannel(SERVER_NAME, { log: true });
  const status = vscode.window.createStatusBarItem('policyLens.status', vscode.StatusBarAlignment.Right, 100);
  status.name = SERVER_NAME;
  context.subscriptions.push(output, status);
  const statusByUri = new Map<string, StatusParams>();
  const explanations = new ExplanationProvider();
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(EXPLAIN_SCHEME, explanations));

  let restarts = 0;
  let serverStopped = false;
  const createClient = (lib: ClientLibrary): LanguageClient => {
    const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: lib.TransportKind.ipc },
      debug: { module: serverModule, transport: lib.TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        ...POLICY_LANGUAGES.map((language) => ({ scheme: 'file', language })),
        ...POLICY_LANGUAGES.map((language) => ({ scheme: 'untitled', language })),
        { scheme: 'file', pattern: `**/${TEAM_FILE}` },
      ],
      outputChannel: output,
      revealOutputChannelOn: lib.RevealOutputChannelOn.Never,
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
    return new lib.LanguageClient('policyLens', SERVER_NAME, serverOptions, clientOptions);
  };

  const updateStatus = () => {
    const editor = vscode.window.activeTextEditor;
    if (serverStopped) {
      status.text = `$(circle-slash) ${SERVER_NAME}`;
      status.tooltip = vscode.l10n.t('The Policy Lens server is not running. Click to restart it.');
      status.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      status.command = Commands.restartServer;
      status.accessibilityInformation = { label: vscode.l10n.t('The Policy Lens server is not running. Click to restart it.') };
      status.show();
      return;
    }
    // The palette offers "explain the configuration problem" only while there is one.
    void vscode.commands.executeCommand('setContext', 'policyLens.configError', [...statusByUri.values()].some((x) => x.config === 'error'));
    const s = editor ? statusByUri.get(editor.document.uri.toString()) : undefined;
    if (!s) {
      status.hide();
      return;
    }
    if (s.config === 'error') {
      const problem = parseConfigMessage(s.configMessage);
      status.text = `$(warning) ${SERVER_NAME}${s.findings ? ` · ${s.findings}` : ''}`;
      const tip = new vscode.MarkdownString();
      tip.appendMarkdown(`**${vscode.l10n.t('Team file has errors; the last good configuration is in force. Click for details.')}**\n\n`);
      if (problem) tip.appendText(`${path.basename(problem.file)}:${problem.line}:${problem.column} — ${problem.message}`);
      status.tooltip = tip;
      status.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      status.command = { title: vscode.l10n.t('Explain the configuration problem'), command: Commands.showConfigError, arguments: [s] };
      status.accessibilityInformation = { label: vscode.l10n.t('Team file has errors; the last good configuration is in force. Click for details.') };
    } else {
      status.text = s.findings ? `$(law) ${s.findings}` : '$(law) ✓';
      const summary = s.findings === 1 ? vscode.l10n.t('Policy Lens: 1 finding in this file') : s.findings ? vscode.l10n.t('Policy Lens: {0} findings in this file', s.findings) : vscode.l10n.t('Policy Lens: no findings in this file');
      const tip = new vscode.MarkdownString();
      tip.appendMarkdown(`**${summary}**\n\n`);
      tip.appendText(s.configFile ? vscode.l10n.t('Team settings: {0}', s.configFile) : vscode.l10n.t('No team file: built-in settings are in force.'));
      tip.appendMarkdown('\n\n');
      tip.appendText(vscode.l10n.t('Click to show the Problems panel.'));
      status.tooltip = tip;
      status.backgroundColor = undefined;
      status.command = { title: vscode.l10n.t('Show Problems'), command: 'workbench.actions.view.problems' };
      status.accessibilityInformation = { label: summary };
    }
    status.show();
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.workspace.onDidCloseTextDocument((d) => statusByUri.delete(d.uri.toString())),

    vscode.commands.registerCommand(Commands.recordWaiver, async (args: WaiverArgs) => {
      const reason = await askReason(vscode.l10n.t('Record a waiver for {0}', args.rule), vscode.l10n.t('Why is this wording intended? The reason is stored in the team file for the next reviewer.'));
      const c = await clientOrNothing();
      if (!reason || !c) return;
      try {
        const applied = await c.sendRequest('workspace/executeCommand', { command: APPLY_WAIVER_COMMAND, arguments: [{ ...args, reason, by: process.env.USER ?? process.env.USERNAME }] });
        if (applied === false) void vscode.window.showWarningMessage(vscode.l10n.t('The waiver was not recorded: the team file could not be changed.'));
        else void vscode.window.setStatusBarMessage(vscode.l10n.t('Waiver recorded in the team file.'), 4000);
      } catch (err) {
        void vscode.window.showErrorMessage(vscode.l10n.t('The waiver was not recorded: {0}', errorText(err)));
      }
    }),

    vscode.commands.registerCommand(Commands.suppressWithComment, async (args: SuppressCommentArgs) => {
      const reason = await askReason(vscode.l10n.t('Suppress {0} with a comment', args.rule), vscode.l10n.t('Why is this wording intended? The reason is written in the comment for the next reviewer.'));
      if (!reason) return;
      const uri = vscode.Uri.parse(args.uri);
      const doc = await vscode.workspace.openTextDocument(uri);
      if (doc.version !== args.version) {
        void vscode.window.showWarningMessage(vscode.l10n.t('The document changed since the quick fix was offered. Try the quick fix again.'));
        return;
      }
      const clean = reason.replace(/-->/g, '—>').replace(/\s+/g, ' ').trim();
      const edit = new vscode.WorkspaceEdit();
      const line = doc.lineAt(args.line);
      if (args.mode === 'next-line') {
        const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
        edit.insert(uri, line.range.start, `${args.indent}<!-- policy-lens-disable-next-line ${args.rule} -- ${clean} -->${eol}`);
      } else {
        edit.insert(uri, line.range.end, ` <!-- policy-lens-disable-line ${args.rule} -- ${clean} -->`);
      }
      await vscode.workspace.applyEdit(edit);
    }),

    vscode.commands.registerCommand(Commands.explainAtCursor, async () => {
      const editor = vscode.window.activeTextEditor;
      const c = await clientOrNothing();
      if (!editor || !c) return;
      const result: ExplainResult = await c.sendRequest(ExplainRequest, { textDocument: { uri: editor.document.uri.toString() }, position: editor.selection.active });
      if (!result.markdown) {
        void vscode.window.showInformationMessage(result.nothing ?? vscode.l10n.t('There is no Policy Lens finding at the cursor.'));
        return;
      }
      const uri = explanations.show(result.markdown);
      try {
        await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
      } catch {
        // Without the Markdown preview (extension disabled), the Markdown source still reads well.
        await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
      }
    }),

    vscode.commands.registerCommand(Commands.insertRequirement, async () => {
      const editor = vscode.window.activeTextEditor;
      const c = await clientOrNothing();
      if (!editor || !c) return;
      const result: RequirementClauseResult = await c.sendRequest(RequirementClauseRequest, { textDocument: { uri: editor.document.uri.toString() }, position: editor.selection.active });
      const items = requirementItems(result);
      const pick = await vscode.window.showQuickPick(items, {
        title: vscode.l10n.t('Insert a requirement clause ({0})', result.language === 'sv' ? vscode.l10n.t('Swedish') : vscode.l10n.t('English')),
        placeHolder: vscode.l10n.t('The wording comes from the team file\'s templates, in the document\'s language.'),
        matchOnDescription: true,
      });
      if (!pick || !('variant' in pick)) return;
      await insertClause(editor, pick.variant);
    }),

    vscode.commands.registerCommand(Commands.lintWorkspace, async () => {
      const c = await clientOrNothing();
      if (!c) return;
      if (!vscode.workspace.workspaceFolders?.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: the workspace check reads the documents in it.'));
        return;
      }
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Policy Lens: checking the policy documents in the workspace…'), cancellable: true },
        (_progress, token) => c.sendRequest(LintWorkspaceRequest, {}, token) as Promise<LintWorkspaceResult>,
      );
      const show = vscode.l10n.t('Show Problems');
      const pick = await vscode.window.showInformationMessage(result.summary, show);
      if (pick === show) await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),

    vscode.commands.registerCommand(Commands.restartServer, async () => {
      restarts = 0;
      const c = await clientOrNothing();
      if (!c) return;
      if (serverStopped) await c.start();
      else await c.restart();
    }),

    vscode.commands.registerCommand(Commands.showConfigError, async (s?: StatusParams) => {
      const current = s ?? [...statusByUri.values()].find((x) => x.config === 'error');
      if (!current || current.config !== 'error') {
        void vscode.window.showInformationMessage(vscode.l10n.t('No configuration problem.'));
        return;
      }
      const problem = parseConfigMessage(current.configMessage);
      const open = vscode.l10n.t('Open team file');
      const log = vscode.l10n.t('Show log');
      const detail = vscode.l10n.t('Until the team file is fixed, Policy Lens keeps checking with the last good configuration.');
      const msg = problem ? vscode.l10n.t('Team file problem in {0}, line {1}: {2}', path.basename(problem.file), problem.line, problem.message) : (current.configMessage ?? '');
      const pick = await vscode.window.showWarningMessage(msg, { modal: false, detail }, open, log);
      const file = problem?.file ?? current.configFile;
      if (pick === open && file) {
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
        const at = problem ? new vscode.Position(Math.max(0, problem.line - 1), Math.max(0, problem.column - 1)) : new vscode.Position(0, 0);
        await vscode.window.showTextDocument(doc, { selection: new vscode.Range(at, at) });
      } else if (pick === log) output.show(true);
    }),

    vscode.commands.registerCommand(Commands.openTeamFile, async () => {
      const uri = await teamFileFor(vscode.window.activeTextEditor?.document.uri);
      if (!uri) return;
      try {
        await vscode.workspace.fs.stat(uri);
      } catch {
        // The commented starter (the same text `policy-lens init` writes), in the UI language.
        await vscode.workspace.fs.writeFile(uri, Buffer.from(teamFileTemplate(vscode.env.language), 'utf8'));
      }
      await vscode.window.showTextDocument(uri);
    }),
  );

  // The language client is loaded and started after activate() returns: activation stays a few
  // milliseconds, and the server starts as soon as the extension host has finished activating.
  const ready = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
    const lib = loadClientLibrary();
    const c = createClient(lib);
    client = c;
    c.onDidChangeState((e) => {
      serverStopped = e.newState === lib.State.Stopped;
      output.appendLine(`[state] ${lib.State[e.oldState]} → ${lib.State[e.newState]}`);
      updateStatus();
    });
    await c.start();
    context.subscriptions.push(
      c.onNotification(StatusNotification, (s: StatusParams) => {
        statusByUri.set(s.uri, s);
        updateStatus();
      }),
    );
  });
  ready.catch((err) => output.appendLine(`[error] ${errorText(err)}`));
  const clientOrNothing = async (): Promise<LanguageClient | undefined> => {
    try {
      await ready;
    } catch {
      // Started, then failed: the client still exists and can be restarted.
    }
    return client;
  };
  return { ready };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

async function askReason(title: string, prompt: string): Promise<string | undefined> {
  const reason = await vscode.window.showInputBox({
    title,
    prompt,
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim().length < 5 ? vscode.l10n.t('Please give a reason of a few words.') : undefined),
  });
  return reason?.trim() || undefined;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** "…/.policylens.json:3:5: message" → its parts (line and column 1-based). */
function parseConfigMessage(msg: string | undefined): { file: string; line: number; column: number; message: string } | undefined {
  const m = msg ? /^(.*?):(\d+):(\d+):\s*([^]*)$/.exec(msg) : null;
  return m ? { file: m[1], line: Number(m[2]), column: Number(m[3]), message: m[4] } : undefined;
}

type ClauseItem = vscode.QuickPickItem & { variant: RequirementClauseVariant };

function requirementItems(result: RequirementClauseResult): (ClauseItem | vscode.QuickPickItem)[] {
  const formLabel = { afterNoun: vscode.l10n.t('after a noun'), afterVerb: vscode.l10n.t('after a verb phrase'), sentence: vscode.l10n.t('as a sentence of its own') };
  const envLabel = { extremist: vscode.l10n.t('violent extremist environment'), criminal: vscode.l10n.t('criminal environment') };
  const sorted = [...result.variants].sort((a, b) => Number(b.recommended) - Number(a.recommended));
  const items: (ClauseItem | vscode.QuickPickItem)[] = [];
  let lastContext: string | undefined;
  for (const v of sorted) {
    if (!v.recommended && v.context !== lastContext) items.push({ label: envLabel[v.context], kind: vscode.QuickPickItemKind.Separator });
    lastContext = v.recommended ? undefined : v.context;
    items.push({ label: `${v.recommended ? '$(star-full) ' : ''}${v.text.trim()}`, description: `${formLabel[v.form]} · ${envLabel[v.context]}`, variant: v });
  }
  return items;
}

/** Inserts the clause at every cursor, with one space between it and the text before. */
async function insertClause(editor: vscode.TextEditor, v: RequirementClauseVariant): Promise<void> {
  const doc = editor.document;
  await editor.edit((b) => {
    for (const sel of editor.selections) {
      const pos = sel.active;
      const before = pos.character > 0 ? doc.getText(new vscode.Range(pos.translate(0, -1), pos)) : '\n';
      let text = v.text;
      if (/\s/.test(before)) text = text.replace(/^\s+/, '');
      else if (!/^\s/.test(text)) text = ' ' + text;
      if (sel.isEmpty) b.insert(pos, text);
      else b.replace(sel, text.trimStart());
    }
  });
}

/** The team file for a document: the nearest one up to its workspace folder, else a new one in the folder. */
async function teamFileFor(docUri: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  let folder = docUri ? vscode.workspace.getWorkspaceFolder(docUri) : undefined;
  if (!folder && folders.length === 1) folder = folders[0];
  if (!folder && folders.length > 1) folder = await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Which folder\'s team file?') });
  if (!folder) {
    if (!folders.length) void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: the team file lives in the repository.'));
    return undefined;
  }
  if (docUri && docUri.scheme === 'file') {
    let dir = vscode.Uri.joinPath(docUri, '..');
    for (let i = 0; i < 32 && dir.path.startsWith(folder.uri.path); i++) {
      const candidate = vscode.Uri.joinPath(dir, TEAM_FILE);
      try {
        await vscode.workspace.fs.stat(candidate);
        return candidate;
      } catch {
        /* not here: look in the folder above */
      }
      if (dir.path === folder.uri.path) break;
      dir = vscode.Uri.joinPath(dir, '..');
    }
  }
  return vscode.Uri.joinPath(folder.uri, TEAM_FILE);
}

/** A read-only Markdown document with the latest explanation, shown in the Markdown preview. */
class ExplanationProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private content = '';
  private readonly uri = vscode.Uri.from({ scheme: EXPLAIN_SCHEME, path: `/${vscode.l10n.t('Policy Lens explanation')}.md` });

  show(markdown: string): vscode.Uri {
    this.content = markdown;
    this.changed.fire(this.uri);
    return this.uri;
  }

  provideTextDocumentContent(): string {
    return this.content;
  }
}
