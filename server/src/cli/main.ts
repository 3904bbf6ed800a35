// policy-lens: the command line over the same engine and the same configuration loader as the server.
// Exit codes: 0 clean, 1 findings at or above the threshold, 2 usage or configuration error.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { DocumentAnalyzer, Finding, RULE_METAS } from '../engine';
import { resolveConfig, ParsedTeamFile } from '../config/loader';
import { collectDocuments } from './files';

const VERSION = process.env.POLICY_LENS_VERSION ?? '0.1.0';

const HELP = `Policy Lens ${VERSION} — finds wording that makes eligibility ambiguous in policy documents.

Usage:
  policy-lens check [paths…] [--config FILE] [--format text|json] [--max-warnings N]
  policy-lens rules            list the rules
  policy-lens --version

check reads Markdown (.md) and plain text (.txt) files; folders are searched. Without paths it checks
the current folder. Configuration comes from the nearest .policylens.json, exactly as in the editor.
Exit codes: 0 no findings at or above the threshold, 1 findings, 2 usage or configuration error.`;

interface CheckOptions {
  paths: string[];
  config?: string;
  format: 'text' | 'json';
  maxWarnings: number;
}

export function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): number {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    out(HELP + '\n');
    return cmd ? 0 : 2;
  }
  if (cmd === '--version' || cmd === '-v') {
    out(VERSION + '\n');
    return 0;
  }
  if (cmd === 'rules') {
    for (const m of RULE_METAS) out(`${m.id.padEnd(42)} ${String(m.defaultSeverity).padEnd(8)} ${m.title.en}\n`);
    return 0;
  }
  if (cmd !== 'check') {
    err(`policy-lens: unknown command "${cmd}"\n\n${HELP}\n`);
    return 2;
  }
  const parsed = parseCheckArgs(rest);
  if (typeof parsed === 'string') {
    err(`policy-lens: ${parsed}\n`);
    return 2;
  }
  return check(parsed, out, err);
}

function parseCheckArgs(args: string[]): CheckOptions | string {
  const o: CheckOptions = { paths: [], format: 'text', maxWarnings: -1 };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '--config' || a === '-c') o.config = value();
      else if (a === '--format' || a === '-f') {
        const f = value();
        if (f !== 'text' && f !== 'json') return `--format is text or json, not "${f}"`;
        o.format = f;
      } else if (a === '--max-warnings') {
        const n = Number(value());
        if (!Number.isInteger(n) || n < -1) return '--max-warnings takes a whole number';
        o.maxWarnings = n;
      } else if (a.startsWith('-')) return `unknown option ${a}`;
      else o.paths.push(a);
    } catch (e) {
      return (e as Error).message;
    }
  }
  if (!o.paths.length) o.paths.push('.');
  return o;
}

function read(file: string): string | undefined {
  try {
    return fs.statSync(file).isFile() ? fs.readFileSync(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

function check(o: CheckOptions, out: (s: string) => void, err: (s: string) => void): number {
  if (o.config && read(o.config) === undefined) {
    err(`policy-lens: cannot read the configuration file ${o.config}\n`);
    return 2;
  }
  const { files, missing } = collectDocuments(o.paths);
  for (const m of missing) err(`policy-lens: no such file or folder: ${m}\n`);
  if (missing.length && !files.length) return 2;
  const cache = new Map<string, ParsedTeamFile>();
  const reported = new Set<string>();
  let configError = false;
  let errors = 0;
  let warnings = 0;
  const json: { file: string; findings: ReturnType<typeof toJson>[] }[] = [];
  for (const file of files) {
    const cfg = resolveConfig({ documentPath: path.resolve(file), read, configFile: o.config, cache, stopAt: undefined });
    for (const p of cfg.problems) {
      const key = `${p.file}:${p.offset}:${p.message}`;
      if (reported.has(key)) continue;
      reported.add(key);
      err(`${path.relative(process.cwd(), p.file) || p.file}:${p.line + 1}:${p.column + 1}  ${p.severity}  team-file  ${p.message}\n`);
      if (p.severity === 'error') configError = true;
    }
    const text = read(file) ?? '';
    const format = /\.txt$/i.test(file) ? 'plaintext' : 'markdown';
    const result = new DocumentAnalyzer().analyze(text, cfg.engine, format);
    for (const n of result.notices) err(`${file}: ${n.message}\n`);
    const lines = lineStarts(text);
    const rel = path.relative(process.cwd(), file) || file;
    for (const f of result.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      if (o.format === 'text') {
        const { line, column } = position(lines, f.range.start);
        out(`${rel}:${line}:${column}  ${f.severity}  ${f.ruleId}  ${f.message}\n`);
        const fix = f.fixes.find((x) => x.isPreferred);
        if (fix) out(`    fix: ${fix.title}\n`);
      }
    }
    if (o.format === 'json') json.push({ file: rel, findings: result.findings.map((f) => toJson(f, lines)) });
  }
  if (o.format === 'json') out(JSON.stringify({ version: VERSION, files: json }, null, 2) + '\n');
  else out(`\n${files.length} file${files.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.\n`);
  if (configError) return 2;
  if (errors > 0) return 1;
  if (o.maxWarnings >= 0 && warnings > o.maxWarnings) return 1;
  return 0;
}

function toJson(f: Finding, lines: number[]) {
  const s = position(lines, f.range.start);
  const e = position(lines, f.range.end);
  return { rule: f.ruleId, severity: f.severity, message: f.message, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, offset: f.range.start, length: f.range.end - f.range.start, fixes: f.fixes.map((x) => ({ title: x.title, preferred: x.isPreferred, edits: x.edits })) };
}

function lineStarts(text: string): number[] {
  const s = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) s.push(i + 1);
  }
  return s;
}

/** 1-based line and column (UTF-16 code units, as editors count). */
function position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
