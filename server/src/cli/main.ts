// policy-lens: the command line over the same engine and the same configuration loader as the server.
// Exit codes: 0 clean, 1 findings at or above the threshold, 2 usage or configuration error.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentAnalyzer, RULE_METAS } from '../engine';
import { expiredWaivers, isIgnored, problemAt, ResolvedConfig, resolveTeam, applyConfig, TeamConfig, TeamFileStore, TEAM_FILE } from '../config/loader';
import type { ConfigProblem } from '../config/types';
import { teamFileTemplate } from '../shared/teamFileTemplate';
import { collectDocuments } from './files';
import { lineStarts } from '../engine/text/lines';
import { CheckReport, ConfigNote, configNote, formatGithub, formatJson, formatSarif, formatText, reportFinding, ReportedFile } from './report';

const VERSION = process.env.POLICY_LENS_VERSION ?? '0.1.0';
const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Policy Lens ${VERSION} — finds wording that makes eligibility ambiguous in policy documents.

Usage:
  policy-lens check [paths or globs…] [options]
  policy-lens init [folder] [--locale en|sv] [--force]
                                        write a commented starter ${TEAM_FILE}
  policy-lens rules                     list the rules
  policy-lens --version

check reads Markdown (.md, .markdown) and plain text (.txt); folders are searched and globs such as
"docs/**/*.md" matched (quote them). Without paths it checks the current folder. Configuration comes
from the nearest ${TEAM_FILE} (looked for up to the current folder), exactly as in the editor.

Options for check:
  --config FILE        use this team file instead of looking for one
  --format FORMAT      text (default), json, sarif (SARIF 2.1.0) or github (workflow annotations)
  --max-warnings N     also fail when there are more than N warnings
  --locale en|sv       the language of messages (default en)
  --follow-symlinks    follow links that lead outside the folders being checked

Exit codes: 0 nothing at or above the threshold, 1 errors (or more warnings than --max-warnings),
2 usage or configuration error.`;

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
}

interface CheckOptions {
  paths: string[];
  config?: string;
  format: Format;
  maxWarnings: number;
  locale: 'en' | 'sv';
  followSymlinks: boolean;
}

export function main(argv: string[], io: Partial<CliIO> = {}): number {
  const o: CliIO = { out: io.out ?? ((s) => process.stdout.write(s)), err: io.err ?? ((s) => process.stderr.write(s)), cwd: io.cwd ?? process.cwd() };
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    (cmd ? o.out : o.err)(HELP + '\n');
    return cmd ? 0 : 2;
  }
  if (cmd === '--version' || cmd === '-v') {
    o.out(VERSION + '\n');
    return 0;
  }
  if (cmd === 'rules') {
    for (const m of RULE_METAS) o.out(`${m.id.padEnd(42)} ${String(m.defaultSeverity).padEnd(8)} ${m.title.en}\n`);
    return 0;
  }
  if (cmd === 'init') return init(rest, o);
  if (cmd !== 'check') {
    o.err(`policy-lens: unknown command "${cmd}". Run policy-lens --help.\n`);
    return 2;
  }
  const parsed = parseCheckArgs(rest);
  if (typeof parsed === 'string') {
    o.err(`policy-lens: ${parsed}. Run policy-lens --help.\n`);
    return 2;
  }
  return check(parsed, o);
}

function parseCheckArgs(args: string[]): CheckOptions | string {
  const o: CheckOptions = { paths: [], format: 'text', maxWarnings: -1, locale: 'en', followSymlinks: false };
  for (let i = 0; i < args.length; i++) {
    let a = args[i];
    let inline: string | undefined;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) [a, inline] = [a.slice(0, eq), a.slice(eq + 1)];
    const value = (): string | undefined => inline ?? args[++i];
    if (a === '--config' || a === '-c') {
      const v = value();
      if (!v) return `${a} needs a file`;
      o.config = v;
    } else if (a === '--format' || a === '-f') {
      const v = value();
      if (!v || !(FORMATS as readonly string[]).includes(v)) return `--format is one of ${FORMATS.join(', ')}${v ? `, not "${v}"` : ''}`;
      o.format = v as Format;
    } else if (a === '--max-warnings') {
      const v = value();
      const n = Number(v);
      if (!v || !Number.isInteger(n) || n < -1) return `--max-warnings takes a whole number${v ? `, not "${v}"` : ''}`;
      o.maxWarnings = n;
    } else if (a === '--locale') {
      const v = value();
      if (v !== 'en' && v !== 'sv') return `--locale is en or sv${v ? `, not "${v}"` : ''}`;
      o.locale = v;
    } else if (a === '--follow-symlinks') o.followSymlinks = true;
    else if (a === '--') o.paths.push(...args.slice(i + 1)), (i = args.length);
    else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else o.paths.push(a);
  }
  if (!o.paths.length) o.paths.push('.');
  return o;
}

function readDocument(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

const toRel = (cwd: string, file: string) => (path.relative(cwd, file) || path.basename(file)).split(path.sep).join('/');

function check(o: CheckOptions, io: CliIO): number {
  const rel = (f: string) => toRel(io.cwd, f);
  const store = new TeamFileStore();
  let configFile: string | undefined;
  if (o.config) {
    configFile = path.resolve(io.cwd, o.config);
    if (store.read(configFile) === undefined) {
      io.err(`policy-lens: cannot read the team file ${o.config} (--config): no such file.\n`);
      return 2;
    }
  }
  const collected = collectDocuments(o.paths, { cwd: io.cwd, followSymlinks: o.followSymlinks });
  if (collected.missing.length) {
    for (const m of collected.missing) io.err(`policy-lens: ${/[*?[{]/.test(m) ? `no documents match ${m}` : `no such file or folder: ${m}`}\n`);
    return 2;
  }
  const skipped = collected.refused.map((r) => `skipped ${rel(r.path)}: it is a symbolic link to ${r.target}, outside the folders being checked (--follow-symlinks follows it)`);

  // Resolve every document's configuration first (once per folder), so that a broken team file stops
  // the run before anything is reported as checked.
  const teams = new Map<string, TeamConfig>();
  const work: { file: string; cfg: ResolvedConfig }[] = [];
  const problems = new Map<string, ConfigProblem>();
  const cwdReal = fs.realpathSync(io.cwd);
  for (const file of collected.files) {
    const dir = path.dirname(file);
    let team = teams.get(dir);
    if (!team) {
      // Team files are looked for up to the current folder, as the editor looks up to the workspace folder.
      const stopAt = inside(file, io.cwd) ? io.cwd : inside(file, cwdReal) ? cwdReal : undefined;
      team = resolveTeam({ documentPath: file, stopAt, store, configFile });
      teams.set(dir, team);
      for (const p of team.problems) problems.set(`${p.file}:${p.offset}:${p.message}`, p);
    }
    const cfg = applyConfig(team, { settings: { locale: o.locale } });
    if (isIgnored(cfg, file)) {
      if (o.paths.some((p) => path.resolve(io.cwd, p) === file)) skipped.push(`skipped ${rel(file)}: the team file ignores it ("ignore")`);
      continue;
    }
    work.push({ file, cfg });
  }
  const notes: ConfigNote[] = [...problems.values()]
    .sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.offset - y.offset))
    .map((p) => configNote('problem', p, store.read(p.file), rel(p.file)));
  if (notes.some((n) => n.severity === 'error')) {
    const report: CheckReport = { version: VERSION, files: [], config: notes, skipped, summary: { files: 0, errors: 0, warnings: 0, infos: 0 } };
    if (o.format === 'text') io.err(formatText(report).err);
    else emit(report, o, io);
    io.err(`policy-lens: the team configuration has errors (above); nothing was checked. Fix ${[...new Set(notes.filter((n) => n.severity === 'error').map((n) => n.file))].join(', ')} first.\n`);
    return 2;
  }

  // Waivers: in force where some checked document's configuration lists them; used when one matched.
  const waiverKey = (w: ResolvedConfig['waivers'][number]) => `${w.file}#${w.place.offset}`;
  const inForce = new Map<string, ResolvedConfig['waivers'][number]>();
  const used = new Set<string>();
  const files: ReportedFile[] = [];
  const summary = { files: 0, errors: 0, warnings: 0, infos: 0 };
  for (const { file, cfg } of work) {
    const text = readDocument(file);
    if (text === undefined) {
      skipped.push(`skipped ${rel(file)}: it cannot be read`);
      continue;
    }
    const result = new DocumentAnalyzer().analyze(text, cfg.engine, /\.txt$/i.test(file) ? 'plaintext' : 'markdown');
    cfg.waivers.forEach((w) => inForce.set(waiverKey(w), w));
    for (const i of result.waiversUsed) if (cfg.waivers[i]) used.add(waiverKey(cfg.waivers[i]));
    const starts = lineStarts(text, true);
    const findings = result.findings.map((f) => reportFinding(f, text, starts));
    for (const f of findings) {
      if (f.severity === 'error') summary.errors++;
      else if (f.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
    summary.files++;
    files.push({ file: rel(file), findings, notices: result.notices.filter((n) => n.kind !== 'waiver-expired').map((n) => n.message) });
  }

  const seenExpired = new Set<string>();
  for (const team of teams.values())
    for (const p of expiredWaivers(applyConfig(team))) {
      const k = `${p.file}:${p.offset}`;
      if (seenExpired.has(k)) continue;
      seenExpired.add(k);
      notes.push(configNote('waiver-expired', p, store.read(p.file), rel(p.file)));
    }
  // A waiver is orphaned when it matched nothing in a run that checked the whole folder of its team file.
  for (const [key, w] of inForce) {
    if (used.has(key) || !w.parsed || (w.waiver.expires && seenExpired.has(`${w.file}:${w.expiresPlace?.offset ?? w.place.offset}`))) continue;
    if (!collected.folders.some((f) => inside(path.dirname(w.file), f) || path.dirname(w.file) === f)) continue;
    const message = `This waiver for ${w.waiver.rule} matches no finding in the checked documents: its quote (“${w.waiver.quote.slice(0, 60)}”) is gone or no longer flagged. Remove it, or update the quote.`;
    const p = problemAt(w.parsed, w.place, message, 'warning');
    notes.push(configNote('waiver-orphaned', p, w.parsed.text, rel(w.file)));
    summary.warnings++;
  }

  const report: CheckReport = { version: VERSION, files, config: notes, skipped, summary };
  emit(report, o, io);
  if (summary.errors > 0) return 1;
  if (o.maxWarnings >= 0 && summary.warnings > o.maxWarnings) {
    if (o.format === 'text') io.err(`policy-lens: ${summary.warnings} warnings, more than --max-warnings ${o.maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

function emit(report: CheckReport, o: CheckOptions, io: CliIO): void {
  switch (o.format) {
    case 'text': {
      const t = formatText(report);
      if (t.err) io.err(t.err);
      io.out(t.out);
      break;
    }
    case 'json':
      for (const s of report.skipped) io.err(`policy-lens: ${s}\n`);
      io.out(formatJson(report));
      break;
    case 'sarif':
      for (const s of report.skipped) io.err(`policy-lens: ${s}\n`);
      io.out(formatSarif(report, pathToFileURL(io.cwd).href.replace(/\/?$/, '/')));
      break;
    case 'github':
      for (const s of report.skipped) io.err(`policy-lens: ${s}\n`);
      io.out(formatGithub(report));
      break;
  }
}

function init(args: string[], io: CliIO): number {
  let force = false;
  let locale = 'en';
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--force') force = true;
    else if (a === '--locale' || a.startsWith('--locale=')) {
      const v = a.includes('=') ? a.slice(9) : args[++i];
      if (v !== 'en' && v !== 'sv') {
        io.err(`policy-lens: --locale is en or sv${v ? `, not "${v}"` : ''}.\n`);
        return 2;
      }
      locale = v;
    } else if (a.startsWith('-')) {
      io.err(`policy-lens: init takes a folder, --locale en|sv and --force, not ${a}.\n`);
      return 2;
    } else rest.push(a);
  }
  if (rest.length > 1) {
    io.err('policy-lens: init takes one folder.\n');
    return 2;
  }
  const dir = path.resolve(io.cwd, rest[0] ?? '.');
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    io.err(`policy-lens: no such folder: ${rest[0]}\n`);
    return 2;
  }
  const file = path.join(dir, TEAM_FILE);
  if (fs.existsSync(file) && !force) {
    io.err(`policy-lens: ${toRel(io.cwd, file)} exists already; --force overwrites it.\n`);
    return 2;
  }
  fs.writeFileSync(file, teamFileTemplate(locale));
  io.out(`Wrote ${toRel(io.cwd, file)}. Commit it: every editor and CI run in this repository follows it.\n`);
  return 0;
}

function inside(file: string, folder: string): boolean {
  const r = path.relative(folder, file);
  return !!r && !r.startsWith('..') && !path.isAbsolute(r);
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
