// Shared plumbing for the editor scripts: tool paths, a scratch area, code-server and headless
// Chromium, and a cleanup that ends every process this script started (also on errors, timeouts and
// signals). Plain Node ESM, no dependencies beyond the tool cache (.cache/editor-tools).

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE = process.env.EDITOR_TOOLS_CACHE ?? path.join(ROOT, '.cache/editor-tools');
export const NODE24 = path.join(CACHE, 'node24/node_modules/node/bin/node');
export const CODE_SERVER = path.join(CACHE, 'node_modules/code-server/out/node/entry.js');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const RESULTS = path.join(ROOT, 'test-results/editor');

const t0 = Date.now();
export function log(tag, ...msg) {
  console.log(`[${tag} +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...msg);
}
export const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

export function requireTools(tag) {
  const missing = [[NODE24, 'Node 24'], [CODE_SERVER, 'code-server'], [CHROMIUM, 'chromium'], [path.join(CACHE, 'node_modules/playwright-core/package.json'), 'playwright-core']]
    .filter(([p]) => !fs.existsSync(p)).map(([, what]) => what);
  if (missing.length) {
    console.error(`[${tag}] missing ${missing.join(', ')}: run scripts/editor/setup.sh first`);
    process.exit(2);
  }
}

export function playwright() {
  return createRequire(path.join(CACHE, 'package.json'))('playwright-core');
}

/** A scratch folder with its own HOME, XDG dirs and TMPDIR, so nothing touches the user's. */
export function makeScratch(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  const sub = (n) => { const p = path.join(dir, n); fs.mkdirSync(p, { recursive: true }); return p; };
  return {
    dir, sub,
    env: {
      HOME: sub('home'), XDG_CONFIG_HOME: sub('xdg/config'), XDG_DATA_HOME: sub('xdg/data'),
      XDG_CACHE_HOME: sub('xdg/cache'), XDG_STATE_HOME: sub('xdg/state'), XDG_RUNTIME_DIR: sub('xdg/runtime'), TMPDIR: sub('tmp'),
    },
  };
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

// ---------------------------------------------------------------- processes

const started = new Set(); // ChildProcess objects we spawned
let cleanupHooks = [];
export function onCleanup(fn) { cleanupHooks.push(fn); }

/** All descendants of pid, from /proc (children first in the list order does not matter here). */
export function descendants(pid) {
  const children = new Map();
  for (const e of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${e}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(e));
    } catch { /* gone */ }
  }
  const out = [];
  const walk = (p) => { for (const c of children.get(p) ?? []) { out.push(c); walk(c); } };
  walk(pid);
  return out;
}
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };

/** Spawns in its own process group; output goes to logFile. Remembered for cleanup. */
export function startProcess(cmd, args, { env, logFile, cwd } = {}) {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(cmd, args, { env, cwd, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  started.add(child);
  child.on('exit', () => started.delete(child));
  return child;
}

/** Ends one started process, its group and everything below it (SIGKILL after graceMs). */
export async function stopProcess(child, graceMs = 3000) {
  if (!child.pid) return;
  const pids = [child.pid, ...descendants(child.pid)];
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* group gone */ }
  for (const p of pids) { try { process.kill(p, 'SIGTERM'); } catch { /* gone */ } }
  const until = Date.now() + graceMs;
  while (pids.some(alive) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  for (const p of pids.filter(alive)) { try { process.kill(p, 'SIGKILL'); } catch { /* gone */ } }
}

/** SIGTERM every process we started and everything below them; SIGKILL what is left after graceMs. */
export async function killAll(graceMs = 3000) {
  const pids = new Set(descendants(process.pid));
  for (const c of started) if (c.pid) { pids.add(c.pid); for (const d of descendants(c.pid)) pids.add(d); }
  for (const c of started) if (c.pid) { try { process.kill(-c.pid, 'SIGTERM'); } catch { /* group gone */ } }
  for (const p of pids) { try { process.kill(p, 'SIGTERM'); } catch { /* gone */ } }
  const until = Date.now() + graceMs;
  while ([...pids].some(alive) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  const stubborn = [...pids].filter(alive);
  for (const p of stubborn) { try { process.kill(p, 'SIGKILL'); } catch { /* gone */ } }
  return { ended: pids.size, killed: stubborn.length };
}

let cleaningUp;
export function cleanup() {
  if (!cleaningUp) {
    cleaningUp = (async () => {
      for (const fn of cleanupHooks.reverse()) {
        try { await Promise.race([fn(), new Promise((r) => setTimeout(r, 5000))]); } catch { /* best effort */ }
      }
      cleanupHooks = [];
      return killAll();
    })();
  }
  return cleaningUp;
}

/**
 * Runs main() with a hard deadline and signal handlers; always cleans up; exits with main's code.
 * main returns the exit code.
 */
export function runMain(tag, main, { deadlineMs, tally }) {
  let done = false;
  const finish = async (code, why) => {
    if (done) return;
    done = true;
    if (why) {
      console.error(`[${tag}] ${why}`);
      // Abnormal end: still close with the counts so far, the abort counted as a failure.
      if (tally) console.log(`${tally.passed} passed, ${tally.failed + 1} failed`);
    }
    const { ended, killed } = await cleanup();
    log(tag, `cleanup: ended ${ended} process(es)${killed ? `, ${killed} needed SIGKILL` : ''}`);
    process.exit(code);
  };
  const deadline = setTimeout(() => finish(1, `deadline of ${deadlineMs / 1000} s passed: giving up`), deadlineMs);
  deadline.unref();
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => finish(130, `got ${sig}`));
  process.on('uncaughtException', (e) => finish(1, `uncaught: ${e?.stack ?? e}`));
  main().then((code) => finish(code), (e) => finish(1, e?.stack ?? String(e)));
}

/** Like `timeout(ms)`: rejects with a message saying what we were waiting for. */
export function within(ms, what, promise) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s: ${what}`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------- code-server

export async function startCodeServer(scratch, { extensionsDir, userDataDir, extraArgs = [], env = {}, tag = 'code-server', name = 'code-server' } = {}) {
  const port = await freePort();
  const logFile = path.join(scratch.dir, `${name}.log`);
  const args = [
    CODE_SERVER, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir ?? scratch.sub('user-data'), '--extensions-dir', extensionsDir ?? scratch.sub('extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--reconnection-grace-time', '5', ...extraArgs,
  ];
  const since = Date.now();
  const child = startProcess(NODE24, args, { env: { ...process.env, ...scratch.env, ...env }, logFile });
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise((_, reject) => child.once('exit', (c) => reject(new Error(`code-server exited (${c}) before it was healthy; see ${logFile}`))));
  await within(30_000, `code-server /healthz on ${base}`, Promise.race([exited, (async () => {
    for (;;) {
      try { if ((await fetch(`${base}/healthz`)).ok) return; } catch { /* not yet */ }
      await new Promise((r) => setTimeout(r, 100)); // polling a port that is not open yet: no event to wait on
    }
  })()]));
  log(tag, `code-server healthy on ${base} in ${seconds(since)} s (log: ${logFile})`);
  return { port, base, host: `127.0.0.1:${port}`, child, logFile };
}

/** Installs a .vsix into extensionsDir with the code-server CLI (no server needed). */
export function installVsix(scratch, vsix, extensionsDir) {
  const r = spawnSync(NODE24, [CODE_SERVER, '--user-data-dir', scratch.sub('user-data'), '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'],
    { env: { ...process.env, ...scratch.env }, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`--install-extension ${vsix} failed (${r.status ?? r.signal}): ${r.stdout}\n${r.stderr}`);
  return r.stdout.trim();
}

// ---------------------------------------------------------------- Chromium

export async function launchChromium(scratch) {
  const { chromium } = playwright();
  const browser = await within(30_000, 'headless Chromium to start', chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    env: { ...process.env, ...scratch.env },
    timeout: 30_000,
    // Our own signal handlers end everything (code-server too); Playwright's would exit first.
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  }));
  onCleanup(() => browser.close());
  return browser;
}

/**
 * `after` must be `before` with one run of text (no line break) inserted at `at`, every other byte the
 * same. Returns the inserted text; throws with the first difference otherwise.
 */
export function insertionAfter(before, after, at) {
  const prefix = before.slice(0, at);
  const suffix = before.slice(at);
  if (after.length <= before.length || !after.startsWith(prefix) || !after.endsWith(suffix)) {
    let i = 0;
    while (i < before.length && before[i] === after[i]) i++;
    throw new Error(`the file is not the original plus one insertion at ${at}; first difference at ${i}: ${JSON.stringify(after.slice(Math.max(0, i - 30), i + 60))}`);
  }
  const inserted = after.slice(prefix.length, after.length - suffix.length);
  if (/[\r\n]/.test(inserted)) throw new Error(`the insertion spans lines: ${JSON.stringify(inserted)}`);
  return inserted;
}
