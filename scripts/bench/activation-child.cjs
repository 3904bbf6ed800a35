// Activation cost of the shipped bundle (dist/extension.js) outside VS Code, in a fresh Node process:
//   node activation-child.cjs EXT_ROOT stub|real [REPO_ROOT]
// EXT_ROOT holds dist/ (the bench passes its snapshot); REPO_ROOT (default EXT_ROOT) the package.json
// and node_modules/@types/vscode.
// A stand-in `vscode` module answers every API the extension and vscode-languageclient touch (a
// recursive Proxy: any property is callable and constructible, events return disposables), so this
// measures our code, not VS Code's extension host. The language client is bundled into
// dist/extension.js and cannot be replaced from outside, so "start stubbed" is done one level down:
//   stub: child_process.fork returns an in-process fake server that answers `initialize` at once
//         with the real server's capabilities (the client's own start-up work still runs);
//   real: the real dist/server.js is forked over IPC, as VS Code does, and activate() resolves after
//         the initialize handshake, which is what "activation" means to a user waiting for squiggles.
// activate() returns at once and loads vscode-languageclient right after (its `ready` promise settles
// when the server has answered `initialize`): activation (what VS Code times: load + activate) and
// ready (until the client is up) are measured apart.
// Prints one JSON line: { loadMs, activateSyncMs, activateMs, totalMs, readyMs, rssMb }.
'use strict';
const Module = require('node:module');
const path = require('node:path');
const cp = require('node:child_process');
const { EventEmitter } = require('node:events');
const { PassThrough } = require('node:stream');

const [root, mode = 'stub', repoRoot = root] = process.argv.slice(2);

function auto(name, overrides = {}) {
  const target = function () {};
  const cache = new Map(Object.entries(overrides));
  return new Proxy(target, {
    get(t, k) {
      if (cache.has(k)) return cache.get(k);
      if (k === 'then') return undefined; // not a promise
      if (k === Symbol.toPrimitive) return () => name;
      if (k === Symbol.iterator) return function* () {};
      if (k === 'toJSON') return () => undefined;
      if (k === 'prototype') return target.prototype;
      if (typeof k === 'symbol') return undefined;
      const v = auto(`${name}.${k}`);
      cache.set(k, v);
      return v;
    },
    set(t, k, v) { cache.set(k, v); return true; },
    has(t, k) { return true; },
    apply() { return auto(`${name}()`); },
    construct() { return auto(`new ${name}`); },
  });
}

const disposable = () => ({ dispose() {} });
const event = () => () => disposable();
class Disposable {
  constructor(fn) { this.fn = fn; }
  static from(...ds) { return new Disposable(() => ds.forEach((d) => d && d.dispose && d.dispose())); }
  dispose() { this.fn && this.fn(); }
}
class EventEmitter2 {
  constructor() { this.listeners = []; this.event = (l) => { this.listeners.push(l); return disposable(); }; }
  fire(e) { for (const l of this.listeners) l(e); }
  dispose() {}
}
const uri = (fsPath) => ({ scheme: 'file', fsPath, path: fsPath, toString: () => 'file://' + fsPath, with: () => uri(fsPath) });
const configuration = { get: (k, d) => d, has: () => false, inspect: () => undefined, update: async () => {} };

// esbuild's import-* interop copies the module's own property names, so the top level is a plain object
// with every name the API declares (read from @types/vscode), each a recursive stand-in unless given here.
const API_NAMES = (() => {
  try {
    const dts = require('node:fs').readFileSync(require.resolve('@types/vscode/index.d.ts', { paths: [repoRoot] }), 'utf8');
    return [...new Set([...dts.matchAll(/^\texport (?:namespace|class|enum|const|let|function) (\w+)/gm)].map((m) => m[1]))];
  } catch {
    return ['window', 'workspace', 'commands', 'languages', 'env', 'l10n', 'extensions', 'Uri', 'Disposable', 'EventEmitter', 'ThemeColor', 'MarkdownString',
      'StatusBarAlignment', 'ProgressLocation', 'ViewColumn', 'EndOfLine', 'Position', 'Range', 'Selection', 'WorkspaceEdit', 'TextEdit', 'Diagnostic',
      'DiagnosticSeverity', 'CodeAction', 'CodeActionKind', 'version'];
  }
})();
const api = {
  version: '1.91.0',
  env: auto('vscode.env', { language: 'en', appName: 'Visual Studio Code', appRoot: root, uiKind: 1, machineId: 'bench', sessionId: 'bench', uriScheme: 'vscode', remoteName: undefined }),
  Disposable,
  EventEmitter: EventEmitter2,
  Uri: auto('vscode.Uri', { file: uri, parse: (s) => uri(String(s).replace(/^file:\/\//, '')), joinPath: (u, ...p) => uri(path.join(u.fsPath, ...p)) }),
  l10n: auto('vscode.l10n', { t: (s, ...a) => String(typeof s === 'object' ? s.message : s).replace(/\{(\d+)\}/g, (_, i) => String(a[i])), bundle: undefined, uri: undefined }),
  workspace: auto('vscode.workspace', {
    workspaceFolders: undefined,
    textDocuments: [],
    notebookDocuments: [],
    getConfiguration: () => configuration,
    getWorkspaceFolder: () => undefined,
    onDidChangeConfiguration: event(), onDidOpenTextDocument: event(), onDidCloseTextDocument: event(), onDidChangeTextDocument: event(),
    onDidSaveTextDocument: event(), onWillSaveTextDocument: event(), onDidChangeWorkspaceFolders: event(),
    onDidCreateFiles: event(), onDidRenameFiles: event(), onDidDeleteFiles: event(), onWillCreateFiles: event(), onWillRenameFiles: event(), onWillDeleteFiles: event(),
  }),
  window: auto('vscode.window', {
    activeTextEditor: undefined,
    visibleTextEditors: [],
    tabGroups: auto('vscode.window.tabGroups', { all: [], onDidChangeTabs: event(), onDidChangeTabGroups: event() }),
    onDidChangeActiveTextEditor: event(), onDidChangeVisibleTextEditors: event(),
  }),
};
const vscode = {};
for (const n of API_NAMES) vscode[n] = n in api ? api[n] : auto(`vscode.${n}`);
Object.assign(vscode, api);

const originalLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return vscode;
  return originalLoad.call(this, request, parent, isMain);
};

// The capabilities server.ts declares, so the client sets up the same features as with the real server.
const CAPABILITIES = {
  textDocumentSync: { openClose: true, change: 2, save: { includeText: false } },
  hoverProvider: true,
  codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.policyLens'] },
  executeCommandProvider: { commands: ['policyLens.applyWaiver'] },
  workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};

function fakeServer() {
  const p = new EventEmitter();
  p.pid = 999999;
  p.connected = true;
  p.stdin = new PassThrough();
  p.stdout = new PassThrough();
  p.stderr = new PassThrough();
  p.send = (msg, _h, _o, cb) => {
    if (typeof _h === 'function') cb = _h;
    setImmediate(() => {
      cb && cb(null);
      if (msg.id !== undefined && msg.method) p.emit('message', { jsonrpc: '2.0', id: msg.id, result: msg.method === 'initialize' ? { capabilities: CAPABILITIES, serverInfo: { name: 'stub' } } : null });
      if (msg.method === 'exit') { p.connected = false; p.emit('exit', 0, null); p.emit('close', 0, null); }
    });
    return true;
  };
  p.kill = () => { p.connected = false; p.emit('exit', null, 'SIGTERM'); return true; };
  p.disconnect = () => {};
  p.ref = p.unref = () => {};
  return p;
}
if (mode === 'stub') cp.fork = () => fakeServer();

const context = {
  subscriptions: [],
  extensionPath: root,
  extensionUri: uri(root),
  asAbsolutePath: (p) => path.join(root, p),
  storageUri: undefined,
  globalStorageUri: uri(path.join(root, '.cache/bench-work/global')),
  logUri: uri(path.join(root, '.cache/bench-work/log')),
  globalState: { get: (k, d) => d, update: async () => {}, keys: () => [], setKeysForSync() {} },
  workspaceState: { get: (k, d) => d, update: async () => {}, keys: () => [] },
  secrets: { get: async () => undefined, store: async () => {}, delete: async () => {}, onDidChange: event() },
  environmentVariableCollection: auto('context.environmentVariableCollection'),
  extensionMode: 1,
  extension: { id: 'policy-lens.policy-lens', extensionPath: root, packageJSON: require(path.join(repoRoot, 'package.json')) },
};

(async () => {
  const t0 = performance.now();
  const ext = require(path.join(root, 'dist/extension.js'));
  const t1 = performance.now();
  const api = await ext.activate(context);
  const t2 = performance.now();
  await api.ready;
  const t3 = performance.now();
  const rss = process.memoryUsage().rss / 1048576;
  process.stdout.write(JSON.stringify({ mode, loadMs: t1 - t0, activateSyncMs: t2 - t1, activateMs: t2 - t1, totalMs: t2 - t0, readyMs: t3 - t0, sinceProcessStartMs: t3, rssMb: rss }) + '\n');
  const stop = ext.deactivate ? ext.deactivate() : undefined;
  await Promise.race([stop, new Promise((r) => setTimeout(r, 3000))]);
  process.exit(0);
})().catch((err) => {
  process.stderr.write(`activation failed: ${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
