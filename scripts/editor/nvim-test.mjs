#!/usr/bin/env node
// Neovim 0.7 (Debian) as an LSP client of `node dist/server.js --stdio`, headless. The buffer has å, ä, ö
// and an emoji before the finding on the same line, so UTF-16 columns (LSP's default), UTF-8 bytes
// (Neovim's internal columns) and code points all differ: 47, 57 and 46 at the finding's start.
//
//   node scripts/editor/nvim-test.mjs [--keep]
//
// test/editor/nvim/lsp-test.lua drives Neovim and records what it saw; this script asserts on it.
// Prints `N passed, N failed` last; exits 1 on failure; ends every process it started.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, insertionAfter, log, makeScratch, runMain, seconds, startProcess, within } from './lib.mjs';

const TAG = 'nvim-test';
const keep = process.argv.includes('--keep');
const tally = { passed: 0, failed: 0 };
const RULE = 'eligibility/disjunction';
const FLAGGED_END = 'eller kommer hem från strider utomlands';
const REQUIREMENT = 'har lämnat den våldsbejakande miljön'; // exact wording is the engine's business
const TIMEOUT_MS = Number(process.env.POLICY_LENS_EVENT_TIMEOUT_MS ?? 20_000);

async function main() {
  const since = Date.now();
  const nvimVersion = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (nvimVersion.status !== 0) throw new Error('nvim not found: run scripts/editor/setup.sh');
  const server = path.join(ROOT, 'dist/server.js');
  if (!fs.existsSync(server)) throw new Error(`${server} missing: run npm run build`);
  log(TAG, `${nvimVersion.stdout.split('\n')[0]}; server: node ${path.relative(ROOT, server)} --stdio`);

  const scratch = makeScratch('policy-lens-nvim');
  if (!keep) process.on('exit', () => fs.rmSync(scratch.dir, { recursive: true, force: true }));
  const ws = scratch.sub('ws');
  fs.cpSync(path.join(ROOT, 'test/editor/fixtures/nvim'), ws, { recursive: true });
  const file = path.join(ws, 'atgarder.md');
  const original = fs.readFileSync(file, 'utf8');
  const resultFile = path.join(scratch.dir, 'result.json');

  const nvim = startProcess('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${path.join(ROOT, 'test/editor/nvim/lsp-test.lua')}`], {
    cwd: ws,
    logFile: path.join(scratch.dir, 'nvim.log'),
    env: {
      ...process.env, ...scratch.env,
      POLICY_LENS_NVIM_FILE: file, POLICY_LENS_NVIM_ROOT: ws, POLICY_LENS_NVIM_RESULT: resultFile,
      POLICY_LENS_NVIM_CMD: JSON.stringify([process.execPath, server, '--stdio']),
      POLICY_LENS_NVIM_TIMEOUT_MS: String(TIMEOUT_MS),
    },
  });
  const code = await within(TIMEOUT_MS * 3 + 10_000, 'nvim to finish', new Promise((r) => nvim.once('exit', r)));
  const nvimLog = fs.readFileSync(path.join(scratch.dir, 'nvim.log'), 'utf8').trim();
  if (nvimLog) log(TAG, `nvim output: ${nvimLog}`);
  if (!fs.existsSync(resultFile)) throw new Error(`nvim exited (${code}) without writing a result`);
  const r = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  log(TAG, `nvim ${r.nvim} finished (exit ${code}) after steps: ${r.steps.join(' → ')}`);

  const checks = [];
  const check = (name, fn) => checks.push([name, fn]);
  check('Neovim ran every step without error', () => { if (r.error) throw new Error(r.error); });

  // The expected UTF-16 column, computed the way JavaScript (and LSP's default encoding) counts.
  const lines = original.split('\n');
  const lineNo = lines.findIndex((l) => l.includes(FLAGGED_END));
  const line = lines[lineNo];
  const endCol = line.indexOf(FLAGGED_END) + FLAGGED_END.length;
  check(`the ${RULE} diagnostic arrives, on the line with å, ä, ö and 📌 before it`, () => {
    const d = r.raw_diagnostic;
    if (!d) throw new Error('no raw diagnostic recorded');
    if (d.source !== 'policy-lens') throw new Error(`source ${d.source}`);
    if (d.range.start.line !== lineNo) throw new Error(`line ${d.range.start.line}, expected ${lineNo}`);
  });
  check('its columns are UTF-16 code units, exactly', () => {
    const d = r.raw_diagnostic;
    const flagged = line.slice(d.range.start.character, d.range.end.character);
    if (d.range.end.character !== endCol || !flagged.endsWith(FLAGGED_END) || !/^en person vill/.test(flagged)) {
      throw new Error(`range ${d.range.start.character}–${d.range.end.character} selects ${JSON.stringify(flagged)}; the clause ends at UTF-16 column ${endCol}`);
    }
    const start = d.range.start.character;
    const bytes = Buffer.byteLength(line.slice(0, start));
    const codePoints = [...line.slice(0, start)].length;
    log(TAG, `  start column: UTF-16 ${start}, UTF-8 bytes ${bytes}, code points ${codePoints}`);
    if (new Set([start, bytes, codePoints]).size !== 3) throw new Error('fixture no longer separates the encodings');
  });
  check("Neovim's own converter (vim.str_byteindex) maps those columns onto the same text", () => {
    if (r.flagged_by_utf16 !== line.slice(r.raw_diagnostic.range.start.character, r.raw_diagnostic.range.end.character)) {
      throw new Error(`Neovim selects ${JSON.stringify(r.flagged_by_utf16)}`);
    }
    const mine = r.nvim_diagnostics.find((d) => d.lnum === lineNo);
    const bytes = Buffer.byteLength(line.slice(0, r.raw_diagnostic.range.start.character));
    if (!mine || mine.col !== bytes) throw new Error(`vim.diagnostic.get() col ${mine?.col}, expected byte column ${bytes}`);
  });
  check('hover arrives and explains the finding', () => {
    if (!r.hover || !r.hover.includes(RULE) || !r.hover.includes('kommer hem från strider utomlands')) throw new Error(`hover: ${JSON.stringify(r.hover)}`);
  });
  check('code actions include one preferred quick fix', () => {
    const preferred = (r.actions ?? []).filter((a) => a.isPreferred);
    if (preferred.length !== 1) throw new Error(`actions: ${JSON.stringify(r.actions)}`);
    log(TAG, `  actions: ${r.actions.map((a) => a.title + (a.isPreferred ? ' (preferred)' : '')).join(' | ')}`);
  });
  check('applying it with offset encoding utf-16 inserts the requirement and changes nothing else', () => {
    // Neovim's buffer text has no final newline; compare like with like.
    const before = original.replace(/\n$/, '');
    const at = original.indexOf(FLAGGED_END) + FLAGGED_END.length;
    const inserted = insertionAfter(before, r.after ?? '', at);
    if (!inserted.includes(REQUIREMENT)) throw new Error(`the inserted text lacks the requirement: ${JSON.stringify(inserted)}`);
    if (r.before !== before) throw new Error('the buffer before the fix differs from the file');
    log(TAG, `  inserted after "${FLAGGED_END.split(' ').slice(-2).join(' ')}": ${JSON.stringify(inserted)}`);
  });
  check('the finding clears after the edit', () => { if (!r.cleared) throw new Error(`still: ${JSON.stringify(r.after_diagnostics)}`); });
  check('the server exits cleanly on shutdown', () => { if (!r.exit || r.exit.code !== 0) throw new Error(`exit ${JSON.stringify(r.exit)}`); });

  for (const [name, fn] of checks) {
    try { fn(); tally.passed++; log(TAG, `✔ ${name}`); } catch (e) { tally.failed++; log(TAG, `✗ ${name}: ${e.message}`); }
  }
  log(TAG, `done in ${seconds(since)} s`);
  console.log(`${tally.passed} passed, ${tally.failed} failed`);
  return tally.failed === 0 ? 0 : 1;
}


runMain(TAG, main, { tally, deadlineMs: 3 * 60_000 });
