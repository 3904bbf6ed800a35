// Finds, reads, validates and merges team files, and resolves the engine configuration for one
// document. Used alike by the language server and the CLI, so both obey the same file the same way.
//
// Merge order (later wins): built-in defaults < presets < team files farther up < the nearest team
// file < personal editor settings, where the team file allows them.

import * as path from 'node:path';
import { Node, ParseError, parseTree, getNodeValue, printParseErrorCode } from 'jsonc-parser';
import { defaultConfig, EngineConfig, RULE_IDS, RuleSetting } from '../engine';
import { PRESETS } from './presets';
import type { ConfigProblem, EditorSettings, TeamFile, TeamRuleEntry } from './types';
import { validateTeamFile } from './validate';

export const TEAM_FILE = '.policylens.json';
const MAX_EXTENDS_DEPTH = 10;
const MAX_FILE_BYTES = 1024 * 1024;

/** Reads a file's text, or undefined when it does not exist. Open editor buffers may shadow disk. */
export type ReadFile = (file: string) => string | undefined;

export interface ResolvedConfig {
  engine: EngineConfig;
  glossary: Record<string, string>;
  /** Globs (relative to the nearest team file's folder) of documents not to check. */
  ignore: { base: string; globs: string[] };
  /** Every team file read, nearest first, extended files included: watch these. */
  files: string[];
  /** The nearest team file, if any. */
  teamFile?: string;
  problems: ConfigProblem[];
  /** The waivers in force, with the file each came from (to record and to report orphans). */
  waiverSources: string[];
}

export interface ParsedTeamFile {
  file: string;
  content: TeamFile;
  problems: ConfigProblem[];
}

/** Team files that apply to a document, nearest first, stopping at `stopAt` (or a `"root": true`). */
export function findTeamFiles(documentPath: string, read: ReadFile, stopAt?: string): string[] {
  const out: string[] = [];
  let dir = path.dirname(documentPath);
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (let i = 0; i < 64; i++) {
    const candidate = path.join(dir, TEAM_FILE);
    const text = read(candidate);
    if (text !== undefined) {
      out.push(candidate);
      if (/"root"\s*:\s*true/.test(text)) break;
    }
    if (stop && path.resolve(dir) === stop) break;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return out;
}

export function parseTeamFile(file: string, text: string): ParsedTeamFile {
  const problems: ConfigProblem[] = [];
  const lines = lineStarts(text);
  const at = (offset: number, length: number, message: string, severity: 'error' | 'warning' = 'error') => {
    const line = lineOf(lines, offset);
    problems.push({ file, offset, length, line, column: offset - lines[line], message, severity });
  };
  if (text.length > MAX_FILE_BYTES) {
    at(0, 0, `The team file is ${(text.length / 1024 / 1024).toFixed(1)} MB; at most 1 MB is read.`);
    return { file, content: {}, problems };
  }
  const errors: ParseError[] = [];
  const root: Node | undefined = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const e of errors) at(e.offset, e.length, `JSON syntax: ${describeParseError(printParseErrorCode(e.error))}.`);
  if (errors.length || !root) return { file, content: {}, problems };
  validateTeamFile(root, (node, message, severity = 'error') => at(node?.offset ?? 0, node?.length ?? 0, message, severity));
  const content = getNodeValue(root) as TeamFile;
  return { file, content: problems.some((p) => p.severity === 'error') ? sanitize(content) : content, problems };
}

/**
 * Drops what cannot be used from a file with errors, so that its valid parts still apply. (A wrong
 * entry never silences the linter.)
 */
function sanitize(c: TeamFile): TeamFile {
  const out: TeamFile = {};
  if (c && typeof c === 'object' && !Array.isArray(c)) {
    if (typeof c.extends === 'string' || Array.isArray(c.extends)) out.extends = c.extends;
    if (c.rules && typeof c.rules === 'object') {
      out.rules = {};
      for (const [k, v] of Object.entries(c.rules)) if (RULE_IDS.includes(k) && (typeof v === 'string' || (v && typeof v === 'object'))) out.rules[k] = v;
    }
    if (c.language === 'sv' || c.language === 'en' || c.language === 'auto') out.language = c.language;
    if (c.glossary && typeof c.glossary === 'object') out.glossary = Object.fromEntries(Object.entries(c.glossary).filter(([, v]) => typeof v === 'string'));
    if (Array.isArray(c.ignore)) out.ignore = c.ignore.filter((g) => typeof g === 'string');
    if (Array.isArray(c.waivers)) out.waivers = c.waivers.filter((w) => w && typeof w.rule === 'string' && typeof w.quote === 'string' && typeof w.reason === 'string' && w.reason.trim());
  }
  return out;
}

function describeParseError(code: string): string {
  const names: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'a property name in double quotes is expected',
    ValueExpected: 'a value is expected',
    ColonExpected: '":" is expected',
    CommaExpected: '"," is expected',
    CloseBraceExpected: '"}" is expected',
    CloseBracketExpected: '"]" is expected',
    EndOfFileExpected: 'nothing more is expected after the closing "}"',
    InvalidCommentToken: 'invalid comment',
    UnexpectedEndOfComment: 'a comment is not closed',
    UnexpectedEndOfString: 'a string is not closed',
    UnexpectedEndOfNumber: 'a number ends unexpectedly',
    InvalidUnicode: 'invalid \\u escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character',
  };
  return names[code] ?? code;
}

interface Layer {
  file: string;
  content: TeamFile;
}

/** A file with its `extends` chain flattened: presets and extended files first, the file last. */
function expand(file: string, read: ReadFile, problems: ConfigProblem[], files: string[], cache: Map<string, ParsedTeamFile>, chain: string[] = []): Layer[] {
  if (chain.includes(file)) {
    problems.push({ file: chain[chain.length - 1], offset: 0, length: 0, line: 0, column: 0, message: `"extends" makes a cycle: ${[...chain, file].map((f) => path.basename(f)).join(' → ')}.`, severity: 'error' });
    return [];
  }
  if (chain.length >= MAX_EXTENDS_DEPTH) {
    problems.push({ file: chain[chain.length - 1], offset: 0, length: 0, line: 0, column: 0, message: `"extends" is nested more than ${MAX_EXTENDS_DEPTH} deep.`, severity: 'error' });
    return [];
  }
  let parsed = cache.get(file);
  if (!parsed) {
    const text = read(file);
    if (text === undefined) {
      problems.push({ file: chain[chain.length - 1] ?? file, offset: 0, length: 0, line: 0, column: 0, message: `Cannot read ${file}.`, severity: 'error' });
      return [];
    }
    parsed = parseTeamFile(file, text);
    cache.set(file, parsed);
  }
  if (!files.includes(file)) files.push(file);
  problems.push(...parsed.problems);
  const layers: Layer[] = [];
  const ext = parsed.content.extends;
  for (const e of typeof ext === 'string' ? [ext] : Array.isArray(ext) ? ext : []) {
    if (typeof e !== 'string') continue;
    if (e.startsWith('policy-lens:')) {
      const preset = PRESETS[e];
      if (preset) layers.push({ file: e, content: preset });
      else problems.push({ file, offset: 0, length: 0, line: 0, column: 0, message: `Unknown preset "${e}". Presets: ${Object.keys(PRESETS).join(', ')}.`, severity: 'error' });
    } else {
      layers.push(...expand(path.resolve(path.dirname(file), e), read, problems, files, cache, [...chain, file]));
    }
  }
  layers.push({ file, content: parsed.content });
  return layers;
}

export interface ResolveOptions {
  documentPath: string;
  /** The workspace folder (team files are looked for up to it). */
  stopAt?: string;
  read: ReadFile;
  /** An explicit team file (CLI --config): used instead of searching. */
  configFile?: string;
  settings?: Partial<EditorSettings>;
  /** The editor's UI language, used when settings.locale is "auto". */
  uiLocale?: string;
  cache?: Map<string, ParsedTeamFile>;
}

export function resolveConfig(opts: ResolveOptions): ResolvedConfig {
  const problems: ConfigProblem[] = [];
  const files: string[] = [];
  const cache = opts.cache ?? new Map();
  const teamFiles = opts.configFile ? [path.resolve(opts.configFile)] : findTeamFiles(opts.documentPath, opts.read, opts.stopAt);
  // Farther files first, so nearer files override them.
  const layers: Layer[] = [];
  for (const f of [...teamFiles].reverse()) layers.push(...expand(f, opts.read, problems, files, cache));

  const settings = opts.settings ?? {};
  const locale = settings.locale && settings.locale !== 'auto' ? settings.locale : (opts.uiLocale ?? 'en').toLowerCase().startsWith('sv') ? 'sv' : 'en';
  const engine = defaultConfig({ locale });
  const glossary: Record<string, string> = {};
  const ignore = { base: teamFiles[0] ? path.dirname(teamFiles[0]) : path.dirname(opts.documentPath), globs: [] as string[] };
  const waiverSources: string[] = [];
  let allow: boolean | string[] = teamFiles.length === 0;
  let teamLanguage: EngineConfig['language'] | undefined;

  for (const { file, content } of layers) {
    for (const [id, entry] of Object.entries(content.rules ?? {})) applyRule(engine, id, entry);
    if (content.language) teamLanguage = content.language;
    if (content.lexicon) {
      engine.lexicon ??= {};
      for (const [lang, cats] of Object.entries(content.lexicon)) {
        const target = ((engine.lexicon as Record<string, Record<string, unknown[]>>)[lang] ??= {});
        for (const [cat, items] of Object.entries(cats ?? {})) if (Array.isArray(items)) (target[cat] ??= []).push(...items);
      }
    }
    if (content.templates) {
      engine.templates ??= {};
      for (const [lang, t] of Object.entries(content.templates)) {
        const cur = ((engine.templates as Record<string, Record<string, unknown>>)[lang] ??= {});
        for (const [k, v] of Object.entries(t ?? {})) cur[k] = k === 'requirement' ? { ...(cur[k] as object), ...(v as object) } : v;
      }
    }
    Object.assign(glossary, content.glossary ?? {});
    if (Array.isArray(content.waivers)) {
      engine.waivers ??= [];
      for (const w of content.waivers) {
        engine.waivers.push(w);
        waiverSources.push(file);
      }
    }
    if (Array.isArray(content.ignore)) {
      ignore.base = path.dirname(file);
      ignore.globs.push(...content.ignore);
    }
    if (content.allowPersonalOverrides !== undefined) allow = content.allowPersonalOverrides;
  }

  // Personal settings: UI and limits are personal; rules only where the team allows.
  if (settings.maxFileSizeMb !== undefined) engine.maxFileSizeMb = settings.maxFileSizeMb;
  if (settings.maxProblems !== undefined) engine.maxProblems = settings.maxProblems;
  engine.language = teamLanguage ?? settings.language ?? 'auto';
  for (const [id, sev] of Object.entries(settings.rules ?? {})) {
    if (!RULE_IDS.includes(id)) continue;
    if (allow === true || (Array.isArray(allow) && allow.includes(id))) applyRule(engine, id, sev);
  }
  return { engine, glossary, ignore, files, teamFile: teamFiles[0], problems, waiverSources };
}

function applyRule(engine: EngineConfig, id: string, entry: TeamRuleEntry | RuleSetting): void {
  const cur = engine.rules[id];
  if (!cur) return;
  if (typeof entry === 'string') cur.severity = entry as RuleSetting;
  else if (entry && typeof entry === 'object') {
    const { severity, ...options } = entry;
    if (typeof severity === 'string') cur.severity = severity as RuleSetting;
    cur.options = { ...cur.options, ...options };
  }
}

function lineStarts(text: string): number[] {
  const s = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) s.push(i + 1);
  return s;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
