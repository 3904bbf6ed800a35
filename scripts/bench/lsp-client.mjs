// A minimal LSP client over stdio that measures the way ../shared/tools/lsp-probe.mjs does, so the
// bench and the probe give comparable numbers: the same initialize capabilities, `workspace/configuration`
// answered with null (no settings), incremental didChange, and for each version the time from sending
// the notification to the publishDiagnostics of that version. Like the probe, it waits `settleMs` after
// a publish in case the server publishes that version again, and reports the last one (the settle time
// is not counted); unlike the probe it also counts such repeats, so a double publish shows up.

import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { procMemory } from './util.mjs';

export class LspClient {
  constructor({ command, args, cwd, settleMs = 200 }) {
    this.proc = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.cwd = cwd;
    this.settleMs = settleMs;
    this.buf = Buffer.alloc(0);
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = [];
    this.stderr = '';
    this.proc.stderr.on('data', (d) => { this.stderr = (this.stderr + d).slice(-4000); });
    this.proc.stdout.on('data', (d) => this.onData(d));
    this.proc.stdin.on('error', () => {});
    this.exited = new Promise((res) => this.proc.on('exit', (code, sig) => res({ code, sig })));
  }

  onData(d) {
    this.buf = this.buf.length ? Buffer.concat([this.buf, d]) : d;
    for (;;) {
      const sep = this.buf.indexOf('\r\n\r\n');
      if (sep < 0) return;
      const m = /Content-Length: *(\d+)/i.exec(this.buf.subarray(0, sep).toString('ascii'));
      if (!m) throw new Error('bad header from server');
      const len = Number(m[1]);
      if (this.buf.length < sep + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(sep + 4, sep + 4 + len).toString('utf8'));
      this.buf = this.buf.subarray(sep + 4 + len);
      this.dispatch(msg);
    }
  }

  dispatch(msg) {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (p) msg.error ? p.rej(new Error(msg.error.message)) : p.res(msg.result);
      return;
    }
    if (msg.id !== undefined) return this.answer(msg);
    const t = performance.now();
    for (const l of this.listeners) l(msg, t);
  }

  answer(msg) {
    let result = null;
    if (msg.method === 'workspace/configuration') result = (msg.params.items || []).map(() => null);
    else if (msg.method === 'workspace/workspaceFolders') result = [{ uri: pathToFileURL(this.cwd).href, name: 'root' }];
    this.write({ jsonrpc: '2.0', id: msg.id, result });
  }

  write(obj) {
    const body = Buffer.from(JSON.stringify(obj), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request(method, params, timeoutMs = 30000) {
    const id = this.nextId++;
    this.write({ jsonrpc: '2.0', id, method, params });
    return new Promise((res, rej) => {
      const timer = setTimeout(() => { this.pending.delete(id); rej(new Error(`${method}: no answer in ${timeoutMs} ms`)); }, timeoutMs);
      this.pending.set(id, { res: (v) => { clearTimeout(timer); res(v); }, rej: (e) => { clearTimeout(timer); rej(e); } });
    });
  }

  notify(method, params) { this.write({ jsonrpc: '2.0', method, params }); }
  on(fn) { this.listeners.push(fn); return () => { this.listeners = this.listeners.filter((x) => x !== fn); }; }

  async start() {
    const rootUri = pathToFileURL(this.cwd).href;
    this.caps = (await this.request('initialize', {
      processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'root' }], locale: 'en',
      capabilities: {
        general: { positionEncodings: ['utf-16'] },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          diagnostic: { dynamicRegistration: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { dataSupport: true, isPreferredSupport: true, resolveSupport: { properties: ['edit'] },
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'refactor.rewrite', 'source', 'source.fixAll'] } } },
        },
        workspace: { configuration: true, workspaceFolders: true, applyEdit: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        window: { workDoneProgress: true },
      },
    })).capabilities;
    this.notify('initialized', {});
    const sync = this.caps.textDocumentSync;
    this.syncKind = typeof sync === 'number' ? sync : (sync && sync.change) || 0;
    this.pull = !!this.caps.diagnosticProvider;
  }

  /**
   * The diagnostics of `version` of `uri`, published after `since`: resolves settleMs after the last
   * such publish with { items, at (time of the last publish), first (time of the first), publishes }.
   */
  diagnostics(uri, version, since, timeoutMs = 60000) {
    if (this.pull) {
      return this.request('textDocument/diagnostic', { textDocument: { uri } }).then((r) => {
        const at = performance.now();
        return { items: r.items || [], at, first: at, publishes: 1 };
      });
    }
    return new Promise((res, rej) => {
      let last = null;
      let first = null;
      let publishes = 0;
      let timer = null;
      const giveUp = setTimeout(() => { off(); last ? res(last) : rej(new Error(`no diagnostics for version ${version} in ${timeoutMs / 1000} s`)); }, timeoutMs);
      const off = this.on((msg, t) => {
        if (msg.method !== 'textDocument/publishDiagnostics' || msg.params.uri !== uri || t < since) return;
        if (version !== undefined && msg.params.version !== undefined && msg.params.version !== version) return;
        publishes++;
        first ??= t;
        last = { items: msg.params.diagnostics, at: t, first, publishes };
        clearTimeout(timer);
        timer = setTimeout(() => { off(); clearTimeout(giveUp); res(last); }, this.settleMs);
      });
    });
  }

  memory() { return procMemory(this.proc.pid); }

  async stop() {
    try { await this.request('shutdown', null, 5000); this.notify('exit', null); } catch { this.proc.kill(); }
    const t = setTimeout(() => this.proc.kill('SIGKILL'), 5000);
    await this.exited;
    clearTimeout(t);
  }
}
