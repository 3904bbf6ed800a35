// Finds, reads, validates and merges team files, and resolves the engine configuration for one
// document. Used alike by the language server and the CLI, so both obey the same files the same way.
//
// Merge order (later wins; docs/team-settings.md says the same to users):
//   1. built-in defaults (each rule's default severity and options)
//   2. presets named in any "extends" ("policy-lens:recommended", "policy-lens:strict")
//   3. team files, farther from the document first; a file's relative "extends" come just before it
//   4. the nearest team file
//   5. personal editor settings, only where "allowPersonalOverrides" allows (and the UI-only ones:
//      enable, locale, maxFileSizeMb, maxProblems)
// Presets sit below every team file on purpose: a preset is a baseline, and what any team file states
// explicitly should win over it, wherever that file is.

import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { Node, ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { defaultConfig, EngineConfig, RULE_IDS, RuleSetting } from '../engine';
import { lineOf, lineStarts } from '../engine/text/lines';
import type { Waiver } from './engineTypes';
import { PRESETS } from './presets';
import type { ConfigProblem, EditorSettings, TeamFile, TeamRuleEntry } from './types';
import { Place, validateTeamFile } from './validate';

export const TEAM_FILE = '.policylens.json';
export const PRESET_PREFIX = 'policy-lens:';
export const MAX_EXTENDS_DEPTH = 10;
export const MAX_FILE_BYTES = 1024 * 1024;
/** Folders walked up at most when looking for team files. */
const MAX_WALK = 64;

/** Reads a file's text, or undefined when it is not a readable regular file. Open buffers may shadow disk. */
export type ReadFile = (file: string) => string | undefined;

/** Reads a regular file from disk, at most MAX_FILE_BYTES + 1 bytes (enough to say it is too large). */
export function readTeamFileFromDisk(file: string): string | undefined {
  let fd: number | undefined;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return undefined;
    fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(Math.min(st.size, MAX_FILE_BYTES + 1));
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export interface ParsedTeamFile {
  file: string;
  text: string;
  content: TeamFile;
  problems: ConfigProblem[];
  hasErrors: boolean;
  extendsPlaces: Place[];
  waiverPlaces: Place[];
  expiresPlaces: (Place | undefined)[];
  lineStarts: number[];
}

export function parseTeamFile(file: string, text: string): ParsedTeamFile {
  const parsed: ParsedTeamFile = { file, text, content: {}, problems: [], hasErrors: false, extendsPlaces: [], waiverPlaces: [], expiresPlaces: [], lineStarts: lineStarts(text, true) };
  const at = (offset: number, length: number, message: string, severity: 'error' | 'warning' = 'error') => parsed.problems.push(problemAt(parsed, { offset, length }, message, severity));
  if (text.length > MAX_FILE_BYTES) {
    at(0, 0, `The team file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; it is not read.`);
  } else {
    const errors: ParseError[] = [];
    const root: Node | undefined = text.trim() ? parseTree(text, errors, { allowTrailingComma: true, disallowComments: false }) : undefined;
    for (const e of errors) at(e.offset, e.length, `JSON syntax: ${describeParseError(printParseErrorCode(e.error))}.`);
    if (!text.trim()) at(0, 0, 'The team file is empty: write { } at least.');
    else if (!errors.length && root) {
      const v = validateTeamFile(root, (node, message, severity = 'error') => at(node?.offset ?? 0, node?.length ?? 0, message, severity), text);
      parsed.content = v.content;
      parsed.extendsPlaces = v.extendsPlaces;
      parsed.waiverPlaces = v.waiverPlaces;
      parsed.expiresPlaces = v.expiresPlaces;
    }
  }
  parsed.hasErrors = parsed.problems.some((p) => p.severity === 'error');
  return parsed;
}

export function problemAt(parsed: Pick<ParsedTeamFile, 'file' | 'lineStarts'>, place: Place, message: string, severity: 'error' | 'warning' = 'error'): ConfigProblem {
  const line = lineOf(parsed.lineStarts, place.offset);
  return { file: parsed.file, offset: place.offset, length: place.length, line, column: place.offset - parsed.lineStarts[line], message, severity };
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

/** What applies of one team file: the file itself, or its last good version when it has errors. */
export interface LoadedTeamFile {
  parsed: ParsedTeamFile;
  used: ParsedTeamFile;
  keptLastGood: boolean;
}

/**
 * Team files by path: each parsed once per text, and the last version without errors remembered, so
 * that a file broken while it is being edited keeps its last good configuration in force. A file
 * with errors and no good version yet applies with what is valid in it (a wrong entry never
 * silences the linter).
 */
export class TeamFileStore {
  private parsed = new Map<string, ParsedTeamFile>();
  private lastGood = new Map<string, ParsedTeamFile>();

  constructor(readonly read: ReadFile = readTeamFileFromDisk) {}

  load(file: string): LoadedTeamFile | undefined {
    const text = this.read(file);
    if (text === undefined) {
      this.parsed.delete(file);
      return undefined;
    }
    let parsed = this.parsed.get(file);
    if (!parsed || parsed.text !== text) {
      parsed = parseTeamFile(file, text);
      this.parsed.set(file, parsed);
    }
    if (!parsed.hasErrors) {
      this.lastGood.set(file, parsed);
      return { parsed, used: parsed, keptLastGood: false };
    }
    const good = this.lastGood.get(file);
    return good ? { parsed, used: good, keptLastGood: true } : { parsed, used: parsed, keptLastGood: false };
  }
}

/** Team files that apply to a document, nearest first, up to `stopAt` (or a file with "root": true). */
export function findTeamFiles(documentPath: string, store: TeamFileStore, stopAt?: string): string[] {
  const out: string[] = [];
  let dir = path.dirname(path.resolve(documentPath));
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (let i = 0; i < MAX_WALK; i++) {
    const candidate = path.join(dir, TEAM_FILE);
    const loaded = store.load(candidate);
    if (loaded) {
      out.push(candidate);
      if (loaded.used.content.root === true) break;
    }
    if (stop && dir === stop) break;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return out;
}

/** One source of settings in the merge: a preset or a team file. */
export interface Layer {
  /** The team file's path, or the preset's name. */
  source: string;
  content: TeamFile;
  parsed?: ParsedTeamFile;
}

/** The team's configuration for a folder, before personal settings. Cached by the server per folder. */
export interface TeamConfig {
  /** In merge order: presets, then team files farther first (each after the files it extends). */
  layers: Layer[];
  /** Every team file read, nearest first, extended files included: watch these. */
  files: string[];
  /** The nearest team file, if any. */
  teamFile?: string;
  problems: ConfigProblem[];
  /** True when some file has an error (the last good or the valid part of it applies). */
  broken: boolean;
  /** Files whose last good version is in force because the current one has errors. */
  keptLastGood: string[];
}

export interface TeamOptions {
  /** The document (or any path in the folder) the configuration is for. */
  documentPath: string;
  /** The workspace folder: team files are looked for up to it, not farther. */
  stopAt?: string;
  store: TeamFileStore;
  /** An explicit team file (CLI --config): used instead of searching. */
  configFile?: string;
}

export function resolveTeam(opts: TeamOptions): TeamConfig {
  const { store } = opts;
  const team: TeamConfig = { layers: [], files: [], problems: [], broken: false, keptLastGood: [] };
  const teamFiles = opts.configFile ? [path.resolve(opts.configFile)] : findTeamFiles(opts.documentPath, store, opts.stopAt);
  team.teamFile = teamFiles[0];
  const presets: Layer[] = [];
  const fileLayers: Layer[] = [];
  const seenProblems = new Set<ParsedTeamFile>();

  const visit = (file: string, chain: string[], from?: { parsed: ParsedTeamFile; place: Place }) => {
    const complain = (message: string) => {
      if (from) team.problems.push(problemAt(from.parsed, from.place, message));
      else team.problems.push({ file, offset: 0, length: 0, line: 0, column: 0, message, severity: 'error' });
    };
    if (chain.includes(file)) return complain(`"extends" makes a cycle: ${[...chain, file].map((f) => path.basename(path.dirname(f)) + '/' + path.basename(f)).join(' → ')}.`);
    if (chain.length > MAX_EXTENDS_DEPTH) return complain(`"extends" is nested more than ${MAX_EXTENDS_DEPTH} deep; the chain stops here.`);
    const loaded = store.load(file);
    if (!loaded) return complain(from ? `Cannot read "${path.relative(path.dirname(from.parsed.file), file) || file}": no such file.` : `Cannot read the team file ${file}.`);
    if (!team.files.includes(file)) team.files.push(file);
    if (!seenProblems.has(loaded.parsed)) {
      seenProblems.add(loaded.parsed);
      team.problems.push(...loaded.parsed.problems);
      if (loaded.keptLastGood) team.keptLastGood.push(file);
    }
    const { used } = loaded;
    const ext = used.content.extends ?? [];
    const exts = typeof ext === 'string' ? [ext] : ext;
    exts.forEach((e, i) => {
      const place = used.extendsPlaces[i] ?? { offset: 0, length: 0 };
      if (e.startsWith(PRESET_PREFIX)) {
        const preset = PRESETS[e];
        if (!preset) team.problems.push(problemAt(used, place, `Unknown preset "${e}". Presets: ${Object.keys(PRESETS).join(', ')}.`));
        else if (!presets.some((p) => p.source === e)) presets.push({ source: e, content: preset });
      } else visit(path.resolve(path.dirname(file), e), [...chain, file], { parsed: used, place });
    });
    // A file reached twice (found by the walk and extended too) applies once, where first reached.
    if (!fileLayers.some((l) => l.source === file)) fileLayers.push({ source: file, content: used.content, parsed: used });
  };
  for (const f of [...teamFiles].reverse()) visit(f, []);

  team.layers = [...presets, ...fileLayers];
  team.files = [...teamFiles.filter((f) => team.files.includes(f)), ...team.files.filter((f) => !teamFiles.includes(f))];
  team.broken = team.problems.some((p) => p.severity === 'error');
  return team;
}

/** A waiver in force, with the file and place it came from (to report it expired or orphaned). */
export interface WaiverSource {
  waiver: Waiver;
  file: string;
  place: Place;
  expiresPlace?: Place;
  parsed?: ParsedTeamFile;
}

export interface IgnoreGlob {
  /** The folder of the team file that lists the glob: the glob is relative to it. */
  base: string;
  glob: string;
}

export interface ResolvedConfig {
  engine: EngineConfig;
  glossary: Record<string, string>;
  ignore: IgnoreGlob[];
  /** Every team file read, nearest first, extended files included: watch these. */
  files: string[];
  teamFile?: string;
  problems: ConfigProblem[];
  broken: boolean;
  keptLastGood: string[];
  /** Parallel to engine.waivers. */
  waivers: WaiverSource[];
  /** Personal settings that the team file does not allow to change anything (to say so once). */
  ignoredPersonal: string[];
}

export interface PersonalOptions {
  settings?: Partial<EditorSettings>;
  /** The editor's UI language, used when settings.locale is "auto". */
  uiLocale?: string;
}

/** The team's layers merged over the defaults, then the personal settings the team allows. */
export function applyConfig(team: TeamConfig, opts: PersonalOptions = {}): ResolvedConfig {
  const settings = opts.settings ?? {};
  const locale = settings.locale && settings.locale !== 'auto' ? settings.locale : (opts.uiLocale ?? 'en').toLowerCase().startsWith('sv') ? 'sv' : 'en';
  const engine = defaultConfig({ locale });
  const out: ResolvedConfig = { engine, glossary: {}, ignore: [], files: team.files, teamFile: team.teamFile, problems: team.problems, broken: team.broken, keptLastGood: team.keptLastGood, waivers: [], ignoredPersonal: [] };
  let allow: boolean | string[] | undefined;
  let teamLanguage: EngineConfig['language'] | undefined;

  for (const { source, content, parsed } of team.layers) {
    for (const [id, entry] of Object.entries(content.rules ?? {})) applyRule(engine, id, entry);
    if (content.language) teamLanguage = content.language;
    if (content.lexicon) {
      const lex = (engine.lexicon ??= {}) as Record<string, Record<string, unknown[]>>;
      for (const [lang, cats] of Object.entries(content.lexicon)) {
        const target = (lex[lang] ??= {});
        for (const [cat, items] of Object.entries(cats ?? {})) if (Array.isArray(items)) (target[cat] ??= []).push(...items);
      }
    }
    if (content.templates) {
      const tpl = (engine.templates ??= {}) as Record<string, Record<string, unknown>>;
      for (const [lang, t] of Object.entries(content.templates)) {
        const cur = (tpl[lang] ??= {});
        for (const [k, v] of Object.entries(t ?? {})) cur[k] = k === 'requirement' ? { ...(cur[k] as object), ...(v as object) } : v;
      }
    }
    Object.assign(out.glossary, content.glossary ?? {});
    (content.waivers ?? []).forEach((waiver, i) => {
      (engine.waivers ??= []).push(waiver);
      out.waivers.push({ waiver, file: source, place: parsed?.waiverPlaces[i] ?? { offset: 0, length: 0 }, expiresPlace: parsed?.expiresPlaces[i], parsed });
    });
    for (const glob of content.ignore ?? []) out.ignore.push({ base: path.dirname(source), glob });
    if (content.allowPersonalOverrides !== undefined) allow = content.allowPersonalOverrides;
  }

  // Personal settings. Without a team file, they are all the user's; with one, the team decides.
  if (allow === undefined) allow = team.layers.every((l) => !l.parsed);
  const allowed = (key: string) => allow === true || (Array.isArray(allow) && allow.includes(key));
  if (settings.maxFileSizeMb !== undefined) engine.maxFileSizeMb = settings.maxFileSizeMb;
  if (settings.maxProblems !== undefined) engine.maxProblems = settings.maxProblems;
  engine.language = teamLanguage ?? 'auto';
  if (settings.language && settings.language !== 'auto') {
    if (teamLanguage === undefined || allowed('language')) engine.language = settings.language;
    else if (settings.language !== teamLanguage) out.ignoredPersonal.push('language');
  }
  for (const [id, sev] of Object.entries(settings.rules ?? {})) {
    if (!RULE_IDS.includes(id)) continue;
    if (allowed(id)) applyRule(engine, id, sev);
    else out.ignoredPersonal.push(`rules.${id}`);
  }
  return out;
}

export interface ResolveOptions extends TeamOptions, PersonalOptions {}

export function resolveConfig(opts: ResolveOptions): ResolvedConfig {
  return applyConfig(resolveTeam(opts), opts);
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

/** True when the team's "ignore" globs exclude the document ("!glob" takes a document back in). */
export function isIgnored(config: Pick<ResolvedConfig, 'ignore'>, documentPath: string): boolean {
  let ignored = false;
  for (const { base, glob } of config.ignore) {
    const negated = glob.startsWith('!');
    const pattern = negated ? glob.slice(1) : glob;
    const rel = path.relative(base, documentPath).split(path.sep).join('/');
    if (!rel || rel.startsWith('../') || path.isAbsolute(rel)) continue;
    if (matcher(pattern)(rel)) ignored = !negated;
  }
  return ignored;
}

const matchers = new Map<string, (p: string) => boolean>();
function matcher(glob: string): (p: string) => boolean {
  let m = matchers.get(glob);
  if (!m) {
    // A glob without a slash matches at any depth, as in .gitignore ("drafts/**" vs "*.draft.md").
    const g = glob.replace(/^\.\//, '').replace(/\/$/, '/**');
    m = picomatch(g, { dot: true, matchBase: !g.includes('/') });
    if (matchers.size > 1000) matchers.clear();
    matchers.set(glob, m);
  }
  return m;
}

/**
 * Waivers past their expiry date, as warnings at their "expires" in the team file. `today` (a date or
 * what gives it) is only read when some waiver has an expiry date: the first Date costs milliseconds.
 */
export function expiredWaivers(config: Pick<ResolvedConfig, 'waivers'>, today: string | (() => string) = () => new Date().toISOString().slice(0, 10)): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  let date: string | undefined;
  for (const w of config.waivers) {
    if (!w.waiver.expires || !w.parsed) continue;
    date ??= typeof today === 'string' ? today : today();
    if (w.waiver.expires >= date) continue;
    out.push(problemAt(w.parsed, w.expiresPlace ?? w.place, `This waiver for ${w.waiver.rule} expired on ${w.waiver.expires}: the finding it waived is reported again. Renew "expires" or remove the waiver.`, 'warning'));
  }
  return out;
}

