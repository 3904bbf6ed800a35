#!/usr/bin/env node
// Runs the in-editor mocha suite (test/editor/suite, compiled to out/test/editor) inside a real
// VS Code: code-server 4.139.1 (VS Code 1.139) from the tool cache, driven by headless Chromium.
//
// How: code-server is started with `--vscode-option enable-smoke-test-driver`, and the page is opened at
// /?folder=<ws>&payload=[["extensionDevelopmentPath",…],["extensionTestsPath",…]] — the same contract
// @vscode/test-electron uses on a desktop. The suite ends by calling the page function
// codeAutomationExit(code), which we expose with Playwright. Mocha's output reaches us on the page
// console and is printed here. Each workspace (single folder, multi-root) gets its own page.
//
//   node scripts/editor/run-code-server.mjs [--only single|multi] [--keep]
//
// Prerequisites: scripts/editor/setup.sh, `npm run build` (dist/extension.js, dist/server.js).
// Prints `N passed, N failed` last; exits 1 on any failure; ends every process it started.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  RESULTS, ROOT, launchChromium, log, makeScratch, requireTools, runMain, seconds, startCodeServer, stopProcess, within,
} from './lib.mjs';

const TAG = 'run-code-server';
const LINE_PREFIX = '[policy-lens-editor] '; // as in test/editor/index.ts
const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const keep = argv.includes('--keep');
const RUN_TIMEOUT_MS = Number(process.env.POLICY_LENS_EDITOR_RUN_TIMEOUT_MS ?? 180_000);
const tally = { passed: 0, failed: 0 };
const EXT_PATH = path.resolve(process.env.POLICY_LENS_EXTENSION_PATH ?? ROOT);

async function main() {
  const since = Date.now();
  requireTools(TAG);
  const manifest = JSON.parse(fs.readFileSync(path.join(EXT_PATH, 'package.json'), 'utf8'));
  const entry = manifest.main ? path.join(EXT_PATH, manifest.main) : undefined;
  if (!entry || !(fs.existsSync(entry) || fs.existsSync(entry + '.js'))) {
    console.error(`[${TAG}] the extension is not built: package.json main=${manifest.main ?? '(none)'} not found under ${EXT_PATH}; run npm run build`);
    tally.failed++;
    console.log('0 passed, 1 failed');
    return 1;
  }

  log(TAG, 'compiling the suite: tsc -p test/editor → out/test/editor');
  const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'test/editor')], { stdio: 'inherit', timeout: 120_000 });
  if (tsc.status !== 0) { tally.failed++; console.log('0 passed, 1 failed'); return 1; }
  const testsIndex = path.join(ROOT, 'out/test/editor/index.js');

  const scratch = makeScratch('policy-lens-cs');
  log(TAG, `scratch: ${scratch.dir}`);
  if (!keep) process.on('exit', () => fs.rmSync(scratch.dir, { recursive: true, force: true }));
  // The suite edits files: give it a copy of the fixtures.
  const ws = scratch.sub('ws');
  fs.cpSync(path.join(ROOT, 'test/editor/fixtures'), ws, { recursive: true });
  fs.mkdirSync(RESULTS, { recursive: true });
  for (const f of fs.readdirSync(RESULTS)) if (f.startsWith('in-host-')) fs.rmSync(path.join(RESULTS, f), { recursive: true, force: true });

  // Run against a snapshot of the built extension: in a shared work tree a rebuild during the run would
  // otherwise swap dist/ under the extension host.
  const extension = snapshotExtension(EXT_PATH, scratch.sub('extension'));
  log(TAG, `extension: ${manifest.publisher}.${manifest.name} ${manifest.version} from ${EXT_PATH} (snapshot ${extension})`);

  const browser = await launchChromium(scratch);
  const runs = [
    { name: 'single-folder', query: `folder=${encodeURIComponent(path.join(ws, 'ws-single'))}` },
    { name: 'multi-root', query: `workspace=${encodeURIComponent(path.join(ws, 'ws-multi/multi.code-workspace'))}` },
  ].filter((r) => !only || r.name.startsWith(only));

  for (const run of runs) {
    const runSince = Date.now();
    log(TAG, `── ${run.name} workspace ──`);
    // A code-server of its own per workspace (fresh user data): a second window in the same server
    // sometimes got a .code-workspace with no folders.
    const userDataDir = scratch.sub(`user-data-${run.name}`);
    // Quiet defaults; POLICY_LENS_TRACE_SERVER=1 logs every LSP message into the kept "Policy Lens" log.
    const settings = { 'workbench.startupEditor': 'none', 'extensions.autoCheckUpdates': false, 'telemetry.telemetryLevel': 'off', 'git.enabled': false };
    if (process.env.POLICY_LENS_TRACE_SERVER) settings['policyLens.trace.server'] = 'verbose';
    fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
    const server = await startCodeServer(scratch, {
      name: `code-server-${run.name}`,
      userDataDir,
      extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
      env: { POLICY_LENS_EDITOR_RESULT_FILE: path.join(scratch.dir, 'result-{workspace}.json') },
      tag: TAG,
    });
    const remote = (p) => `vscode-remote://${server.host}${p}`;
    const payload = JSON.stringify([['extensionDevelopmentPath', remote(extension)], ['extensionTestsPath', remote(testsIndex)]]);
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const consoleLines = [];
    let resultLine;
    // Extension host output arrives as console.log('%c[Extension Host] %c<text>', css, css, …): the
    // text is in the arguments, so read them (in order, one message after the other).
    let consoleChain = Promise.resolve();
    page.on('console', (msg) => {
      consoleChain = consoleChain.then(async () => {
        const text = await consoleText(msg);
        consoleLines.push(`[${msg.type()}] ${text}`);
        if (process.env.POLICY_LENS_DEBUG_CONSOLE) consoleLines.push(`   raw: ${JSON.stringify(await Promise.all(msg.args().map((a) => a.jsonValue().catch(() => "?"))))} text(): ${msg.text()}`);
        const m = /POLICY_LENS_EDITOR_RESULT (\{.*\})/.exec(text);
        if (m) resultLine = JSON.parse(m[1]);
        // The suite marks each of its lines (test/editor/index.ts); everything else is VS Code's own log.
        for (const line of text.split('\n')) {
          const at = line.indexOf(LINE_PREFIX);
          if (at >= 0) console.log(`  │ ${line.slice(at + LINE_PREFIX.length)}`);
        }
      });
    });
    page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
    const exitCode = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => { resolve(code); return Promise.resolve(); }));
    await page.goto(`${server.base}/?${run.query}&payload=${encodeURIComponent(payload)}`, { timeout: 60_000 });
    let code;
    try {
      code = await within(RUN_TIMEOUT_MS, `the ${run.name} suite to call codeAutomationExit`, exitCode);
    } catch (e) {
      console.error(`[${TAG}] ${e.message}`);
      await page.screenshot({ path: path.join(RESULTS, `in-host-${run.name}-timeout.png`) }).catch(() => {});
      code = 'timeout';
    }
    await within(5000, 'page console to drain', consoleChain).catch(() => {});
    const resultFile = path.join(scratch.dir, `result-${run.name}.json`);
    const result = fs.existsSync(resultFile) ? JSON.parse(fs.readFileSync(resultFile, 'utf8')) : resultLine;
    fs.writeFileSync(path.join(RESULTS, `in-host-${run.name}.console.log`), consoleLines.join('\n') + '\n');
    if (result) {
      tally.passed += result.passed;
      tally.failed += result.failed;
      for (const f of result.failures) console.log(`  ✗ ${f.title}: ${f.error.split('\n')[0]}`);
    } else {
      tally.failed += 1;
      console.error(`[${TAG}] ${run.name}: the suite reported no result (exit ${code}); page console in ${path.join(RESULTS, `in-host-${run.name}.console.log`)}`);
    }
    if (result && code !== 0 && result.failed === 0) { tally.failed += 1; console.error(`[${TAG}] ${run.name}: exit code ${code} with no failed test`); }
    log(TAG, `${run.name}: ${result ? `${result.passed} passed, ${result.failed} failed` : 'no result'} (exit ${code}) in ${seconds(runSince)} s`);
    await context.close();
    if (!result || result.failed || code !== 0) {
      // Keep what explains a failure: code-server's log and the window's logs (extension host, the
      // "Policy Lens" output channel with the server's own messages).
      fs.copyFileSync(server.logFile, path.join(RESULTS, `in-host-${run.name}.code-server.log`));
      const logs = path.join(scratch.dir, `user-data-${run.name}`, 'logs');
      const dest = path.join(RESULTS, `in-host-${run.name}-logs`);
      fs.rmSync(dest, { recursive: true, force: true });
      if (fs.existsSync(logs)) fs.cpSync(logs, dest, { recursive: true });
      log(TAG, `logs kept in ${path.relative(ROOT, dest)}/`);
    }
    await stopProcess(server.child);
  }
  log(TAG, `done in ${seconds(since)} s`);
  console.log(`${tally.passed} passed, ${tally.failed} failed`);
  return tally.failed === 0 && tally.passed > 0 ? 0 : 1;
}

/** Copies the extension folder minus what a running extension never reads (dependencies are bundled). */
function snapshotExtension(from, to) {
  const skip = new Set(['node_modules', '.git', '.cache', 'out', 'test', 'test-results', '.vscode-test', 'bench-results', '.probe', 'docs']);
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    if (skip.has(e.name) || e.name.endsWith('.vsix')) continue;
    fs.cpSync(path.join(from, e.name), path.join(to, e.name), { recursive: true });
  }
  return to;
}

/** The console message as printed: %s/%d/%o substituted, %c (CSS) dropped. */
async function consoleText(msg) {
  const args = await Promise.all(msg.args().map((a) => a.jsonValue().catch(() => String(a))));
  if (args.length === 0) return msg.text();
  let [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(String).join(' ');
  first = first.replace(/%[csdifoO]/g, (spec) => {
    if (rest.length === 0) return spec;
    const v = rest.shift();
    return spec === '%c' ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  });
  return [first, ...rest.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)))].join(' ');
}

runMain(TAG, main, { tally, deadlineMs: Number(process.env.POLICY_LENS_EDITOR_DEADLINE_MS ?? 8 * 60_000) });
