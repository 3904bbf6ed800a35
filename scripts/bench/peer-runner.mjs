// One linter on one file in a fresh process, the same harness for Policy Lens and its peers:
//   node peer-runner.mjs TOOL FILE LANG ROOT TOOLS_DIR WORK_DIR
// Loads the tool, checks the text once (first run: cold JIT, dictionaries and parsers being built),
// then again up to three times (warm runs: what an editor or watch mode pays per check; the best is
// reported, as the run least disturbed by other work on the machine, and no more runs are started
// after 10 s), and prints one JSON line: { loadMs, firstMs, warmMs, warmCpuMs, warmRuns, findings,
// peakMb }. The parent times the whole process (node start-up included) as the cold figure.

import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [tool, file, lang, root, toolsDir, workDir] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const fromTools = createRequire(join(toolsDir, 'package.json'));
// Several peers are ESM-only with no require entry: import them from a module inside the tool folder so
// that bare names resolve against its node_modules.
const shim = join(toolsDir, 'import-from-here.mjs');
writeFileSync(shim, 'export const load = (name) => import(name);\n');
const { load: importTool } = await import(pathToFileURL(shim).href);

async function policyLens() {
  const engine = createRequire(join(root, 'package.json'))(join(root, 'out/server/src/engine/index.js'));
  const cfg = engine.defaultConfig();
  // A fresh analyzer per run: its block cache would otherwise make the second run a lookup.
  return async () => new engine.DocumentAnalyzer().analyze(text, cfg, 'markdown').findings.length;
}

async function cspell() {
  const lib = await importTool('cspell-lib');
  const config = join(workDir, `cspell-${lang}.json`);
  // No cap on reported problems: by default cspell stops after 100 problems, which would end the check
  // early on a long document and make it look faster than it is.
  const limits = { maxNumberOfProblems: 1e9, maxDuplicateProblems: 1e9 };
  const settings = lang === 'sv'
    ? { version: '0.2', language: 'sv', import: [fromTools.resolve('@cspell/dict-sv/cspell-ext.json')], ...limits }
    : { version: '0.2', language: 'en', ...limits };
  writeFileSync(config, JSON.stringify(settings));
  const resolved = await lib.readSettings(config);
  const doc = { uri: pathToFileURL(file).href, text, languageId: 'markdown', locale: lang };
  return async () => {
    const r = await lib.spellCheckDocument(doc, { generateSuggestions: false, noConfigSearch: true }, resolved);
    if (r.errors?.length) throw new Error(r.errors.map((e) => e.message).join('; '));
    return r.issues.length;
  };
}

async function textlint() {
  const { createLinter, loadTextlintrc } = await importTool('textlint');
  const config = join(workDir, '.textlintrc.json');
  writeFileSync(config, JSON.stringify({ rules: { 'no-todo': true } }));
  const descriptor = await loadTextlintrc({ configFilePath: config, node_modulesDir: join(toolsDir, 'node_modules') });
  if (!descriptor.rule.lintableDescriptors.length) throw new Error('textlint: rule no-todo not loaded');
  return async () => {
    const linter = createLinter({ descriptor });
    const r = await linter.lintText(text, file);
    return r.messages.length;
  };
}

async function harper() {
  const { LocalLinter } = await importTool('harper.js');
  const { binary } = await importTool('harper.js/binary');
  // One linter for both runs, as an editor keeps it (a new LocalLinter would rebuild its dictionary).
  const linter = new LocalLinter({ binary });
  await linter.setup();
  return async () => (await linter.lint(text, { language: 'markdown' })).length;
}

const TOOLS = { 'policy-lens': policyLens, cspell, textlint, harper };

const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const t0 = performance.now();
const run = await TOOLS[tool]();
const t1 = performance.now();
const findings = await run();
const t2 = performance.now();
let warmMs = Infinity;
let warmCpuMs = Infinity;
let warmRuns = 0;
while (warmRuns < 3 && (warmRuns === 0 || performance.now() - t2 < 10000)) {
  const c = cpu();
  const t = performance.now();
  await run();
  warmMs = Math.min(warmMs, performance.now() - t);
  warmCpuMs = Math.min(warmCpuMs, cpu() - c);
  warmRuns++;
}
const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'));
process.stdout.write(JSON.stringify({ tool, loadMs: t1 - t0, firstMs: t2 - t1, warmMs, warmCpuMs, warmRuns, findings, peakMb: hwm ? Number(hwm[1]) / 1024 : null }) + '\n');
process.exit(0);
