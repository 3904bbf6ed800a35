// Peer prose linters, installed only for the bench into a git-ignored folder with its own package.json
// (the repository's package.json and lock file are not touched), each run on the same files as Policy
// Lens through the same harness (peer-runner.mjs), bounded by a timeout.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTimed } from './cli.mjs';

// Versions as measured in FIELD-NOTES ("Peer prose linters on 1 MB"); textlint gets one simple, linear
// rule (no-todo), so its number is mostly its Markdown parser and rule machinery.
export const PEER_PACKAGE = {
  name: 'policy-lens-bench-tools',
  private: true,
  description: 'Peer prose linters installed only for `npm run bench` (scripts/bench/peers.mjs). Not part of Policy Lens.',
  dependencies: {
    cspell: '~9.8.0',
    '@cspell/dict-sv': '^2.3.2',
    textlint: '~15.8.0',
    'textlint-rule-no-todo': '^2.0.1',
    'harper.js': '~2.10.0',
  },
};

export const PEERS = [
  { tool: 'cspell', label: 'cspell 9.8 (spelling; @cspell/dict-sv for Swedish)', langs: ['sv', 'en'] },
  { tool: 'textlint', label: 'textlint 15.8 + no-todo (one linear rule)', langs: ['sv', 'en'] },
  { tool: 'harper', label: 'harper.js 2.10 (WASM; English only)', langs: ['en'] },
];

/** Installs the peers if the folder lacks them or its package.json changed. Returns an error text or null. */
export function ensurePeers(dir, log) {
  mkdirSync(dir, { recursive: true });
  const pkgPath = join(dir, 'package.json');
  const wanted = JSON.stringify(PEER_PACKAGE, null, 2) + '\n';
  const current = existsSync(pkgPath) ? readFileSync(pkgPath, 'utf8') : '';
  const installed = ['cspell-lib', 'textlint', 'harper.js', '@cspell/dict-sv'].every((p) => existsSync(join(dir, 'node_modules', p, 'package.json')));
  if (current === wanted && installed) return null;
  writeFileSync(pkgPath, wanted);
  log(`installing peer linters into ${dir} (npm install, once) …`);
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, encoding: 'utf8', timeout: 600000 });
  if (r.status !== 0) return `npm install failed (${r.error?.message ?? `exit ${r.status}`}): ${(r.stderr || '').trim().split('\n').slice(-3).join(' ')}`;
  return null;
}

export function peerVersions(dir) {
  const v = (p) => { try { return JSON.parse(readFileSync(join(dir, 'node_modules', p, 'package.json'), 'utf8')).version; } catch { return null; } };
  return { cspell: v('cspell'), 'cspell-lib': v('cspell-lib'), '@cspell/dict-sv': v('@cspell/dict-sv'), textlint: v('textlint'), 'textlint-rule-no-todo': v('textlint-rule-no-todo'), 'harper.js': v('harper.js') };
}

/** Runs one tool on one file in a fresh process; { coldMs, coldCpuMs, loadMs, firstMs, warmMs, warmCpuMs, findings, peakMb } or { error | timeout }. */
export async function runPeer({ root, pkg, toolsDir, workDir, tool, file, lang, timeoutMs }) {
  const r = await runTimed(process.execPath, [join(root, 'scripts/bench/peer-runner.mjs'), tool, file, lang, pkg, toolsDir, workDir], { cwd: workDir, timeoutMs, stdoutToNull: false });
  if (r.timedOut) return { timeout: true, coldMs: r.ms };
  const line = r.stdout.trim().split('\n').pop();
  if (r.code !== 0 || !line) return { error: (r.stderr || `exit ${r.code}`).trim().split('\n').slice(0, 3).join(' ') };
  return { coldMs: r.ms, coldCpuMs: r.cpuMs, ...JSON.parse(line) };
}
