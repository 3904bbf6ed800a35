// The outputs of `policy-lens check`: text for people, JSON for scripts, SARIF 2.1.0 for code-scanning
// tools, and GitHub workflow commands (annotations on the pull request). All are built from one
// CheckReport, so every format says the same things.

import { Finding, RULE_METAS, ruleDocUrl, Severity } from '../engine';
import { lineOf, lineStarts } from '../engine/text/lines';
import type { ConfigProblem } from '../config/types';

export interface Position {
  line: number;
  column: number;
}

export interface ReportedFinding {
  rule: string;
  severity: Severity;
  message: string;
  start: Position;
  end: Position;
  offset: number;
  length: number;
  flagged: string;
  fixes: { title: string; preferred: boolean; edits: { offset: number; length: number; newText: string }[] }[];
}

export interface ReportedFile {
  /** Relative to the working folder, with forward slashes. */
  file: string;
  findings: ReportedFinding[];
  notices: string[];
}

/** A note about the team configuration (a problem in a team file, an expired or orphaned waiver). */
export interface ConfigNote {
  kind: 'problem' | 'waiver-expired' | 'waiver-orphaned';
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning';
  message: string;
  /** What the note is about, as a rule-like id: team-file, policy-lens/waiver-expired, … */
  code: string;
}

export interface CheckReport {
  version: string;
  files: ReportedFile[];
  config: ConfigNote[];
  skipped: string[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

export const NOTE_CODES = { problem: 'team-file', 'waiver-expired': 'policy-lens/waiver-expired', 'waiver-orphaned': 'policy-lens/waiver-orphaned' } as const;

/** 1-based line and column (UTF-16 code units, as editors and SARIF's default count). */
export function position(starts: number[], offset: number): Position {
  const line = lineOf(starts, offset);
  return { line: line + 1, column: offset - starts[line] + 1 };
}

export function reportFinding(f: Finding, text: string, starts: number[]): ReportedFinding {
  return {
    rule: f.ruleId,
    severity: f.severity,
    message: f.message,
    start: position(starts, f.range.start),
    end: position(starts, f.range.end),
    offset: f.range.start,
    length: f.range.end - f.range.start,
    flagged: text.slice(f.range.start, f.range.end),
    fixes: f.fixes.map((x) => ({ title: x.title, preferred: x.isPreferred, edits: x.edits.map((e) => ({ offset: e.range.start, length: e.range.end - e.range.start, newText: e.newText })) })),
  };
}

export function configNote(kind: ConfigNote['kind'], p: ConfigProblem, text: string | undefined, rel: string): ConfigNote {
  const starts = lineStarts(text ?? '', true);
  const end = position(starts, p.offset + Math.max(p.length, 0));
  return { kind, file: rel, line: p.line + 1, column: p.column + 1, endLine: end.line, endColumn: end.column, severity: p.severity, message: p.message, code: NOTE_CODES[kind] };
}

// --- text ---------------------------------------------------------------------------------------

export function formatText(r: CheckReport): { out: string; err: string } {
  let out = '';
  let err = '';
  for (const n of r.config) err += `${n.file}:${n.line}:${n.column}  ${n.severity}  ${n.code}  ${n.message}\n`;
  for (const s of r.skipped) err += `policy-lens: ${s}\n`;
  for (const f of r.files) {
    for (const n of f.notices) err += `${f.file}: ${n}\n`;
    for (const x of f.findings) {
      out += `${f.file}:${x.start.line}:${x.start.column}  ${x.severity}  ${x.rule}  ${x.message}\n`;
      const fix = x.fixes.find((y) => y.preferred);
      if (fix) out += `    fix: ${fix.title}\n`;
    }
  }
  const s = r.summary;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  out += `${r.files.some((f) => f.findings.length) ? '\n' : ''}${plural(s.files, 'file')} checked: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}${s.infos ? `, ${s.infos} info` : ''}.\n`;
  return { out, err };
}

// --- JSON ---------------------------------------------------------------------------------------

export function formatJson(r: CheckReport): string {
  return JSON.stringify(r, null, 2) + '\n';
}

// --- GitHub workflow commands -------------------------------------------------------------------

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function annotation(level: string, file: string, start: Position, end: Position, title: string, message: string): string {
  return `::${level} file=${escapeProperty(file)},line=${start.line},col=${start.column},endLine=${end.line},endColumn=${end.column},title=${escapeProperty(title)}::${escapeData(message)}\n`;
}

const githubLevel = (s: string) => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'notice');

export function formatGithub(r: CheckReport): string {
  let out = '';
  for (const n of r.config) out += annotation(githubLevel(n.severity), n.file, { line: n.line, column: n.column }, { line: n.endLine, column: n.endColumn }, n.code, n.message);
  for (const f of r.files) for (const x of f.findings) out += annotation(githubLevel(x.severity), f.file, x.start, x.end, x.rule, x.message);
  const s = r.summary;
  out += `Policy Lens: ${s.files} file${s.files === 1 ? '' : 's'} checked: ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}.\n`;
  return out;
}

// --- SARIF 2.1.0 --------------------------------------------------------------------------------

const sarifLevel = (s: string) => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : s === 'off' ? 'none' : 'note');

/** A stable fingerprint of a finding that survives edits elsewhere in the file (FNV-1a of rule + text). */
function fingerprint(rule: string, flagged: string): string {
  let h = 0x811c9dc5;
  const s = `${rule}\0${flagged.replace(/\s+/g, ' ').trim()}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function formatSarif(r: CheckReport, srcRoot?: string): string {
  const rules = [
    ...RULE_METAS.map((m) => ({
      id: m.id,
      name: m.id
        .split(/[/-]/)
        .map((w, i) => (i ? w[0].toUpperCase() + w.slice(1) : w))
        .join(''),
      shortDescription: { text: m.title.en },
      fullDescription: { text: m.rationale.en },
      helpUri: ruleDocUrl(m.id),
      help: { text: m.rationale.en },
      defaultConfiguration: { level: sarifLevel(m.defaultSeverity), enabled: m.defaultSeverity !== 'off' },
      properties: { fixable: m.fixable, 'title.sv': m.title.sv },
    })),
    { id: NOTE_CODES['waiver-orphaned'], name: 'waiverOrphaned', shortDescription: { text: 'A waiver in the team file matches no text' }, fullDescription: { text: 'The quoted passage of this waiver was found in none of the checked documents: the text changed or the waiver is no longer needed.' }, defaultConfiguration: { level: 'warning' } },
  ];
  const index = new Map(rules.map((x, i) => [x.id, i]));
  const loc = (file: string, start: Position, end: Position) => ({ physicalLocation: { artifactLocation: { uri: encodeURI(file), uriBaseId: '%SRCROOT%' }, region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column } } });
  const results: unknown[] = [];
  for (const f of r.files)
    for (const x of f.findings)
      results.push({
        ruleId: x.rule,
        ...(index.has(x.rule) ? { ruleIndex: index.get(x.rule) } : {}),
        level: sarifLevel(x.severity),
        message: { text: x.message },
        locations: [loc(f.file, x.start, x.end)],
        partialFingerprints: { 'policyLensFinding/v1': fingerprint(x.rule, x.flagged) },
        ...(x.fixes.length
          ? {
              fixes: x.fixes.map((fix) => ({
                description: { text: fix.title },
                artifactChanges: [{ artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' }, replacements: fix.edits.map((e) => ({ deletedRegion: { charOffset: e.offset, charLength: e.length }, insertedContent: { text: e.newText } })) }],
              })),
            }
          : {}),
      });
  for (const n of r.config.filter((c) => c.kind === 'waiver-orphaned'))
    results.push({ ruleId: n.code, ruleIndex: index.get(n.code), level: 'warning', message: { text: n.message }, locations: [loc(n.file, { line: n.line, column: n.column }, { line: n.endLine, column: n.endColumn })] });
  const notifications = r.config
    .filter((c) => c.kind !== 'waiver-orphaned')
    .map((n) => ({ level: n.severity, message: { text: n.message }, descriptor: { id: n.code }, locations: [loc(n.file, { line: n.line, column: n.column }, { line: n.endLine, column: n.endColumn })] }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Policy Lens', semanticVersion: r.version, version: r.version, informationUri: 'https://github.com/policy-lens/policy-lens', rules } },
        ...(srcRoot ? { originalUriBaseIds: { '%SRCROOT%': { uri: srcRoot } } } : {}),
        invocations: [{ executionSuccessful: !r.config.some((c) => c.kind === 'problem' && c.severity === 'error'), toolConfigurationNotifications: notifications }],
        artifacts: r.files.map((f) => ({ location: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' } })),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
