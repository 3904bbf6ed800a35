// The language server: declares capabilities and wires features to LSP requests. Speaks LSP on stdio
// with --stdio (any editor), or over Node IPC when VS Code starts it.

import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ChangeTracker } from './features/changeTracker';
import { ConfigService, uriToPath } from './features/configService';
import { FIX_ALL_KIND, provideCodeActions, reanalyzerFor, resolveCodeAction } from './features/codeActions';
import { registerEditorRequests } from './features/editorRequests';
import { WorkspaceLint } from './features/workspaceLint';
import { provideHover } from './features/hover';
import { Linter } from './features/linter';
import { Logger } from './features/logger';
import { TeamFileDiagnostics } from './features/teamFileDiagnostics';
import { warmUp } from './features/warmUp';
import { recordWaiver, WaiverRequest } from './features/waivers';
import { LintWorkspaceRequest, SERVER_NAME } from './shared/protocol';

export const APPLY_WAIVER_COMMAND = 'policyLens.applyWaiver';

export function startServer(): void {
  const connection = createConnection();
  // stdout is the LSP channel when speaking stdio: route stray console output to the log instead.
  console.log = (...a: unknown[]) => connection.console.log(a.map(String).join(' '));
  console.info = console.log;
  console.warn = (...a: unknown[]) => connection.console.warn(a.map(String).join(' '));
  console.error = (...a: unknown[]) => connection.console.error(a.map(String).join(' '));

  const changes = new ChangeTracker();
  const documents = new TextDocuments(changes.documentsConfiguration());
  const log = new Logger(connection);
  const config = new ConfigService(connection);
  const linter = new Linter(connection, documents, config, log, changes);
  const teamFiles = new TeamFileDiagnostics(connection, config);
  // Team files: their problems are published when a folder's team configuration is (re)computed.
  config.log = log;
  config.onTeamResolved = (team) => {
    teamFiles.refresh(team);
    watchExtendedFiles(team.files);
  };
  let clientRecordsWaivers = false;
  let resolveEdits = false;
  let watchedFilesDynamic = false;

  process.on('uncaughtException', (err) => log.error(`Unexpected error (the server keeps running): ${err.stack ?? err.message}`));
  process.on('unhandledRejection', (err) => log.error(`Unexpected rejection (the server keeps running): ${String(err)}`));

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    config.configurationCapability = !!caps.workspace?.configuration;
    config.uiLocale = params.locale ?? 'en';
    config.workspaceFolders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (!config.workspaceFolders.length && params.rootUri) {
      const p = uriToPath(params.rootUri);
      if (p) config.workspaceFolders = [p];
    }
    linter.relatedInformation = caps.textDocument?.publishDiagnostics?.relatedInformation !== false;
    linter.versionSupport = caps.textDocument?.publishDiagnostics?.versionSupport !== false;
    watchedFilesDynamic = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    const init = (params.initializationOptions ?? {}) as { clientRecordsWaivers?: boolean };
    clientRecordsWaivers = !!init.clientRecordsWaivers;
    resolveEdits = !!caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit');
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: resolveEdits },
        executeCommandProvider: { commands: [APPLY_WAIVER_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: SERVER_NAME, version: process.env.POLICY_LENS_VERSION ?? '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (config.configurationCapability) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'policyLens' });
    if (watchedFilesDynamic) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.policylens.json' }, { globPattern: '**/*.policylens.json' }] });
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
      config.workspaceFolders = [...config.workspaceFolders.filter((f) => !removed.has(f)), ...e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p)];
      config.invalidate();
      linter.resetAll();
    });
  });

  connection.onDidChangeConfiguration(() => {
    config.invalidate();
    linter.resetAll();
  });
  connection.onDidChangeWatchedFiles(() => {
    config.invalidate();
    linter.resetAll();
  });

  documents.onDidOpen((e) => {
    if (isTeamFile(e.document.uri)) return teamFileChanged(e.document);
    linter.schedule(e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    if (isTeamFile(e.document.uri)) return teamFileChanged(e.document);
    linter.schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    if (isTeamFile(e.document.uri)) {
      const p = uriToPath(e.document.uri);
      if (p) config.overlay.delete(p);
      config.invalidate();
      linter.resetAll();
      return;
    }
    linter.close(e.document.uri);
    void workspaceLint.documentClosed(e.document.uri);
  });

  function teamFileChanged(doc: TextDocument): void {
    // An open team file is read from the editor buffer, so documents re-lint as it is typed.
    const p = uriToPath(doc.uri);
    if (p) config.overlay.set(p, doc.getText());
    config.invalidateTeams();
    if (p) teamFiles.refreshFile(p);
    linter.resetAll();
  }

  // Files that team files extend, under any name, are watched too, so saving one re-lints.
  const watched = new Set<string>();
  function watchExtendedFiles(files: string[]): void {
    if (!watchedFilesDynamic) return;
    const fresh = files.filter((f) => !f.endsWith('.policylens.json') && !watched.has(f));
    if (!fresh.length) return;
    for (const f of fresh) watched.add(f);
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: fresh.map((f) => ({ globPattern: { baseUri: pathToFileURL(path.dirname(f)).href, pattern: path.basename(f) } })),
    });
  }

  connection.onHover((p) => provideHover(p, documents, linter));
  const workspaceLint = new WorkspaceLint(connection, documents, config, log);
  workspaceLint.openFindings = (uri) => {
    const d = documents.get(uri);
    return d ? linter.state(uri, d.version)?.result.findings.length : undefined;
  };
  connection.onRequest(LintWorkspaceRequest, (_params: unknown, token) => workspaceLint.run(token));
  registerEditorRequests(connection, documents, linter, config);
  const reanalyze = reanalyzerFor(config, documents);
  connection.onCodeAction(async (p) => {
    const actions = await provideCodeActions(p, documents, linter, { clientPrompts: clientRecordsWaivers, reanalyze, resolveEdits });
    if (clientRecordsWaivers) return actions;
    // Clients other than ours run the server's command directly.
    for (const a of actions) if ('command' in a && a.command && typeof a.command === 'object' && a.command.command === 'policyLens.recordWaiver') a.command.command = APPLY_WAIVER_COMMAND;
    return actions;
  });
  connection.onCodeActionResolve((a) => resolveCodeAction(a, documents, linter, { reanalyze }));
  connection.onExecuteCommand(async (p) => {
    if (p.command === APPLY_WAIVER_COMMAND && p.arguments?.[0]) return recordWaiver(p.arguments[0] as WaiverRequest, config, connection);
    return undefined;
  });

  documents.listen(connection);
  connection.listen();
  // Nothing is read from the client before this returns: the warm-up only delays the first answer.
  try {
    warmUp();
  } catch (err) {
    log.error(`Warm-up failed (analysis goes on as usual): ${err instanceof Error ? err.message : String(err)}`);
  }
}

function isTeamFile(uri: string): boolean {
  return uri.endsWith('.policylens.json');
}

if (require.main === module) startServer();
