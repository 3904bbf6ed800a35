// A small LSP client for protocol tests: starts the real bundled server over stdio and speaks JSON-RPC
// to it, the way an editor does. Waits on events (messages from the server), never on sleeps.

import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = path.resolve(__dirname, '../../..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
  data?: Json;
  relatedInformation?: Json[];
  codeDescription?: { href: string };
}

export interface ClientOptions {
  workspaceFolders?: string[];
  locale?: string;
  /** Answer for workspace/configuration requests (per item); null as some clients do. */
  settings?: (scopeUri: string | undefined) => unknown;
  initializationOptions?: unknown;
}

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  private buf = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, { res: (v: Json) => void; rej: (e: Error) => void }>();
  private listeners: ((msg: Json) => void)[] = [];
  /** Latest diagnostics per uri, with the version they were published for. */
  readonly diagnostics = new Map<string, { version?: number; items: Diagnostic[] }>();
  readonly logs: string[] = [];
  stderr = '';
  capabilities: Json;
  readonly exited: Promise<number | null>;
  appliedEdits: Json[] = [];

  constructor(private readonly options: ClientOptions = {}) {
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout.on('data', (d: Buffer) => this.onData(d));
    this.proc.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.exited = new Promise((res) => this.proc.on('exit', (code) => res(code)));
  }

  private onData(d: Buffer): void {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const sep = this.buf.indexOf('\r\n\r\n');
      if (sep < 0) return;
      const m = /Content-Length: *(\d+)/i.exec(this.buf.subarray(0, sep).toString('ascii'));
      if (!m) throw new Error('bad header from server: ' + this.buf.subarray(0, sep).toString());
      const len = Number(m[1]);
      if (this.buf.length < sep + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(sep + 4, sep + 4 + len).toString('utf8'));
      this.buf = this.buf.subarray(sep + 4 + len);
      this.dispatch(msg);
    }
  }

  private dispatch(msg: Json): void {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (p) msg.error ? p.rej(new Error(msg.error.message)) : p.res(msg.result);
      return;
    }
    if (msg.method === 'textDocument/publishDiagnostics') this.diagnostics.set(msg.params.uri, { version: msg.params.version, items: msg.params.diagnostics });
    if (msg.method === 'window/logMessage') this.logs.push(msg.params.message);
    if (msg.id !== undefined) this.answer(msg);
    for (const l of [...this.listeners]) l(msg);
  }

  private answer(msg: Json): void {
    let result: Json = null;
    if (msg.method === 'workspace/configuration') result = (msg.params.items ?? []).map((i: Json) => (this.options.settings ? this.options.settings(i.scopeUri) : null));
    else if (msg.method === 'workspace/workspaceFolders') result = (this.options.workspaceFolders ?? [ROOT]).map((f) => ({ uri: pathToFileURL(f).href, name: path.basename(f) }));
    else if (msg.method === 'workspace/applyEdit') {
      this.appliedEdits.push(msg.params.edit);
      result = { applied: true };
    }
    this.write({ jsonrpc: '2.0', id: msg.id, result });
  }

  private write(obj: Json): void {
    const body = Buffer.from(JSON.stringify(obj), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request<T = Json>(method: string, params: Json, timeoutMs = 10000): Promise<T> {
    const id = this.nextId++;
    this.write({ jsonrpc: '2.0', id, method, params });
    return new Promise((res, rej) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        rej(new Error(`${method}: no answer in ${timeoutMs} ms\n${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      this.pending.set(id, {
        res: (v) => {
          clearTimeout(timer);
          res(v);
        },
        rej: (e) => {
          clearTimeout(timer);
          rej(e);
        },
      });
    });
  }

  notify(method: string, params: Json): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first message matching pred (or rejects after timeoutMs). */
  waitFor(pred: (msg: Json) => boolean, timeoutMs = 10000, what = 'message'): Promise<Json> {
    return new Promise((res, rej) => {
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        rej(new Error(`no ${what} in ${timeoutMs} ms\n${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      const listener = (msg: Json) => {
        if (!pred(msg)) return;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
        res(msg);
      };
      this.listeners.push(listener);
    });
  }

  /** The diagnostics published for this uri and version (waiting for them if they have not come yet). */
  async diagnosticsFor(uri: string, version: number, timeoutMs = 10000): Promise<Diagnostic[]> {
    const have = this.diagnostics.get(uri);
    if (have && have.version === version) return have.items;
    const msg = await this.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === version, timeoutMs, `diagnostics for ${uri}@${version}`);
    return msg.params.diagnostics;
  }

  async start(): Promise<Json> {
    const folders = this.options.workspaceFolders ?? [ROOT];
    const init = await this.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folders[0]).href,
      workspaceFolders: folders.map((f) => ({ uri: pathToFileURL(f).href, name: path.basename(f) })),
      locale: this.options.locale ?? 'en',
      initializationOptions: this.options.initializationOptions,
      capabilities: {
        general: { positionEncodings: ['utf-16'] },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { dataSupport: true, isPreferredSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll'] } } },
        },
        workspace: { configuration: true, workspaceFolders: true, applyEdit: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
      },
    });
    this.capabilities = init.capabilities;
    this.notify('initialized', {});
    return init;
  }

  open(uri: string, text: string, version = 1, languageId = 'markdown'): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: Json[]): void {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): void {
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode !== null) return;
    try {
      await this.request('shutdown', null, 3000);
      this.notify('exit', null);
    } catch {
      this.proc.kill();
    }
    const t = setTimeout(() => this.proc.kill('SIGKILL'), 3000);
    await this.exited;
    clearTimeout(t);
  }
}

export function uriOf(name: string, dir = path.join(ROOT, '.probe')): string {
  return pathToFileURL(path.join(dir, name)).href;
}

/** LSP positions (UTF-16) to offsets; line breaks as LSP counts them. */
export function offsetAt(text: string, pos: { line: number; character: number }): number {
  let line = 0;
  let i = 0;
  while (line < pos.line && i < text.length) {
    const c = text.charCodeAt(i++);
    if (c === 13) {
      if (text.charCodeAt(i) === 10) i++;
      line++;
    } else if (c === 10) line++;
  }
  return Math.min(text.length, i + pos.character);
}

export function applyTextEdits(text: string, edits: { range: Diagnostic['range']; newText: string }[]): string {
  const abs = edits.map((e) => ({ s: offsetAt(text, e.range.start), e: offsetAt(text, e.range.end), t: e.newText })).sort((a, b) => b.s - a.s);
  let out = text;
  for (const x of abs) out = out.slice(0, x.s) + x.t + out.slice(x.e);
  return out;
}
