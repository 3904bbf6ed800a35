// Validates a parsed team file, says exactly where each problem is, and returns the parts that can be
// used. The file is data only: nothing in it is executed, and lexicon patterns are compiled by the
// engine's linear token-pattern language (never by RegExp), so no pattern can hang the server.

import { Node, getNodeValue } from 'jsonc-parser';
import { BUILT_IN_LEXICON, compilePattern, PatternError, RULE_IDS, ruleMeta, WORDING_KEYS } from '../engine';
import type { Category, InContextEntryLike, Waiver } from './engineTypes';
import type { TeamFile, TeamRuleEntry } from './types';

export const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'] as const;
export const LANGUAGES = ['sv', 'en'] as const;
/** The engine's lexicon categories, as its built-in lexicon has them. */
export const CATEGORIES = Object.keys(BUILT_IN_LEXICON.sv) as Category[];
/** What each lexicon category holds (for the schema and the documentation). */
export const CATEGORY_DESCRIPTIONS: Partial<Record<Category, string>> = {
  support: 'An offer of support: "stöd", "insatser", "housing", "counselling".',
  inContext: 'People in, or returning from, the violent or criminal environment ("hemvändare", "returnees"). Entries may be objects with "form" and "context".',
  leaving: 'Leaving, or a disengagement requirement: "lämna", "ta avstånd", "renounce".',
  atRisk: 'At risk of being drawn in (prevention, not membership).',
  former: 'Having been in the environment (former membership, not a requirement).',
  relativesOf: 'Relatives of …: the support goes to the family, not the person.',
  receiver: 'An organisation receiving the group ("kommuner som tar emot återvändare").',
  migration: 'The migration or refugee sense of "return".',
  waivedRequirement: 'A requirement said not to apply: "oavsett om", "regardless of whether".',
  negation: 'A negation that takes back an offer: "inte", "not".',
  prevention: 'Prevention before a group: "förhindra att", "prevent … from" (prevention, not membership).',
  strongCondition: 'A binding condition: "villkor", "förutsätter", "endast", "only", "provided".',
  definition: 'Introduces a definition: "avses", "refers to".',
  voluntariness: 'Voluntariness: "frivillighet", "voluntary".',
  weakModal: 'A non-binding modal: "bör", "kan", "should", "may", "where possible".',
  targetGroup: 'The target group: "målgruppen", "the target group".',
  targetGroupDefinition: 'A definition of the target group: "målgruppen är", "the target group consists of".',
  obligationNoActor: 'An obligation without an actor: "det är viktigt med".',
  hedge: 'A hedge: "med största sannolikhet", "probably".',
};
export const TOP_KEYS = ['$schema', 'extends', 'root', 'rules', 'language', 'lexicon', 'templates', 'glossary', 'waivers', 'ignore', 'allowPersonalOverrides'] as const;
/** Template names: the engine's wording keys. */
export const TEMPLATE_KEYS = WORDING_KEYS;
export const CONTEXTS = ['extremist', 'criminal'] as const;
export const PERSONAL_OVERRIDE_KEYS = ['language'] as const;
/** Longest array read from a team file (lexicon lists, waivers, ignore globs, extends). */
export const MAX_ITEMS = 2000;
/** Longest string read from a team file (a definition, a template, a quote). */
export const MAX_STRING = 4000;
export const MIN_QUOTE = 8;

export type Report = (node: Node | undefined, message: string, severity?: 'error' | 'warning') => void;

/** Where something stands in the file (offset and length of its JSON value). */
export interface Place {
  offset: number;
  length: number;
}

export interface Validated {
  /** The parts of the file that can be used (what is wrong is left out, and reported). */
  content: TeamFile;
  /** The place of each entry of `extends`, in order (index matches content.extends). */
  extendsPlaces: Place[];
  /** The place of each waiver kept, in order (index matches content.waivers). */
  waiverPlaces: Place[];
  /** The place of `expires` in each waiver kept, if it has one. */
  expiresPlaces: (Place | undefined)[];
}

const place = (n: Node): Place => ({ offset: n.offset, length: n.length });
const a = (t: string) => (t === 'array' || t === 'object' ? `an ${t}` : `a ${t}`);

function typeName(node: Node): string {
  return node.type === 'null' ? 'null' : node.type;
}

function expect(node: Node | undefined, type: Node['type'], what: string, report: Report): node is Node {
  if (!node) return false;
  if (node.type !== type) {
    report(node, `${what} must be ${a(type)}, not ${a(typeName(node))}.`);
    return false;
  }
  if (node.type === 'array' && (node.children?.length ?? 0) > MAX_ITEMS) {
    report(node, `${what} has ${node.children!.length} entries; at most ${MAX_ITEMS} are allowed.`);
    return false;
  }
  if (node.type === 'string' && String(node.value).length > MAX_STRING) {
    report(node, `${what} is ${String(node.value).length} characters long; at most ${MAX_STRING} are allowed.`);
    return false;
  }
  return true;
}

function props(node: Node): { key: Node; value: Node | undefined; name: string }[] {
  return (node.children ?? []).flatMap((p) => {
    const key = p.children?.[0];
    return key ? [{ key, value: p.children?.[1], name: String(key.value) }] : [];
  });
}

function child(node: Node, name: string): Node | undefined {
  return props(node).find((p) => p.name === name)?.value;
}

/** The closest known name, for "did you mean" (edit distance ≤ 3, or the same last part). */
export function suggest(name: string, known: readonly string[]): string | undefined {
  const last = name.split('/').pop()!;
  const byTail = known.find((k) => k.split('/').pop() === last);
  if (byTail) return byTail;
  let best: string | undefined;
  // A suggestion must be close: at most a third of the name's letters differ.
  let bestD = Math.min(3, Math.floor(name.length / 3)) + 1;
  for (const k of known) {
    const d = distance(name.toLowerCase(), k.toLowerCase());
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best;
}

function distance(s: string, t: string): number {
  if (Math.abs(s.length - t.length) > 3) return 99;
  const prev = Array.from({ length: t.length + 1 }, (_, i) => i);
  for (let i = 1; i <= s.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (s[i - 1] === t[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[t.length];
}

const didYouMean = (name: string, known: readonly string[]) => {
  const s = suggest(name, known);
  return s ? ` Did you mean "${s}"?` : '';
};

export function validateTeamFile(root: Node, report: Report, text?: string): Validated {
  rawText = text;
  try {
    return validateRoot(root, report);
  } finally {
    rawText = undefined;
  }
}

function validateRoot(root: Node, report: Report): Validated {
  const out: Validated = { content: {}, extendsPlaces: [], waiverPlaces: [], expiresPlaces: [] };
  if (root.type !== 'object') {
    report(root, 'A team file is a JSON object: { "rules": { … } }.');
    return out;
  }
  const c = out.content;
  for (const { key, value, name } of props(root)) {
    if (!(TOP_KEYS as readonly string[]).includes(name)) {
      report(key, `Unknown setting "${name}".${didYouMean(name, TOP_KEYS)} Known: ${TOP_KEYS.filter((k) => k !== '$schema').join(', ')}.`);
      continue;
    }
    if (!value) continue;
    switch (name) {
      case '$schema':
        expect(value, 'string', '"$schema"', report);
        break;
      case 'extends': {
        const entries = value.type === 'array' ? (expect(value, 'array', '"extends"', report) ? value.children ?? [] : []) : [value];
        const kept: string[] = [];
        for (const e of entries) {
          if (!expect(e, 'string', value.type === 'array' ? 'An entry of "extends"' : '"extends"', report)) continue;
          if (!String(e.value).trim()) {
            report(e, '"extends" names a file (relative to this one) or a preset such as "policy-lens:recommended".');
            continue;
          }
          kept.push(String(e.value));
          out.extendsPlaces.push(place(e));
        }
        c.extends = kept;
        break;
      }
      case 'root':
        if (expect(value, 'boolean', '"root"', report)) c.root = value.value;
        break;
      case 'rules':
        c.rules = validateRules(value, report);
        break;
      case 'language':
        if (value.type !== 'string' || !['auto', ...LANGUAGES].includes(value.value)) report(value, '"language" is "auto", "sv" or "en".');
        else c.language = value.value;
        break;
      case 'lexicon':
        c.lexicon = validateLexicon(value, report);
        break;
      case 'templates':
        c.templates = validateTemplates(value, report);
        break;
      case 'glossary':
        if (expect(value, 'object', '"glossary"', report)) {
          c.glossary = {};
          if ((value.children?.length ?? 0) > MAX_ITEMS) report(value, `"glossary" has ${value.children!.length} terms; at most ${MAX_ITEMS} are read.`);
          for (const p of props(value).slice(0, MAX_ITEMS)) if (p.value && expect(p.value, 'string', `The definition of "${p.name}"`, report)) c.glossary[p.name] = p.value.value;
        }
        break;
      case 'waivers':
        c.waivers = validateWaivers(value, report, out);
        break;
      case 'ignore':
        if (expect(value, 'array', '"ignore"', report)) {
          c.ignore = [];
          for (const g of value.children ?? []) {
            if (!expect(g, 'string', 'A glob in "ignore"', report)) continue;
            if (!String(g.value).trim()) report(g, 'An empty glob matches nothing.', 'warning');
            else c.ignore.push(g.value);
          }
        }
        break;
      case 'allowPersonalOverrides':
        if (value.type === 'array') {
          if (!expect(value, 'array', '"allowPersonalOverrides"', report)) break;
          const kept: string[] = [];
          for (const item of value.children ?? []) {
            if (!expect(item, 'string', 'An entry of "allowPersonalOverrides"', report)) continue;
            const id = String(item.value);
            if (RULE_IDS.includes(id) || (PERSONAL_OVERRIDE_KEYS as readonly string[]).includes(id)) kept.push(id);
            else report(item, `"${id}" is neither a rule nor "language".${didYouMean(id, [...RULE_IDS, ...PERSONAL_OVERRIDE_KEYS])}`);
          }
          c.allowPersonalOverrides = kept;
        } else if (value.type === 'boolean') c.allowPersonalOverrides = value.value;
        else report(value, `"allowPersonalOverrides" is true, false, or a list of rule ids (and "language"), not ${a(typeName(value))}.`);
        break;
    }
  }
  return out;
}

function validateRules(value: Node, report: Report): Record<string, TeamRuleEntry> | undefined {
  if (!expect(value, 'object', '"rules"', report)) return undefined;
  const rules: Record<string, TeamRuleEntry> = {};
  const sevMsg = `A severity is one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')}.`;
  for (const { key, value: v, name: id } of props(value)) {
    if (!RULE_IDS.includes(id)) {
      report(key, `Unknown rule "${id}".${didYouMean(id, RULE_IDS)}`);
      continue;
    }
    if (!v) continue;
    if (v.type === 'string') {
      if ((SEVERITIES as readonly string[]).includes(v.value)) rules[id] = v.value;
      else report(v, `${sevMsg}${didYouMean(v.value, SEVERITIES)}`);
    } else if (v.type === 'object') {
      const meta = ruleMeta(id)!;
      const opts = meta.options ?? {};
      const entry: Record<string, unknown> = {};
      for (const p of props(v)) {
        if (!p.value) continue;
        if (p.name === 'severity') {
          if (p.value.type === 'string' && (SEVERITIES as readonly string[]).includes(p.value.value)) entry.severity = p.value.value;
          else report(p.value, sevMsg);
          continue;
        }
        const o = opts[p.name];
        if (!o) {
          const names = Object.keys(opts);
          report(p.key, `Rule "${id}" has no option "${p.name}". ${names.length ? `Its options: severity, ${names.join(', ')}.` : 'It takes only "severity".'}`);
          continue;
        }
        const val = getNodeValue(p.value);
        if (o.type !== (p.value.type === 'null' ? 'null' : p.value.type)) report(p.value, `"${p.name}" of "${id}" must be ${a(o.type)}.`);
        else if (o.enum && !o.enum.includes(val)) report(p.value, `"${p.name}" of "${id}" is one of ${o.enum.map((e) => `"${e}"`).join(', ')}.`);
        else entry[p.name] = val;
      }
      rules[id] = entry as TeamRuleEntry;
    } else report(v, `A rule is set with a severity (${SEVERITIES.map((s) => `"${s}"`).join(', ')}) or an object { "severity": …, options }.`);
  }
  return rules;
}

/** Characters a word alternative in a token pattern may hold (what the tokenizer puts in a word). */
const WORD_CHARS = /^[\p{L}\p{M}\p{N}'’\-‐.:]+$/u;

/**
 * Checks a lexicon pattern: the engine's compiler first, then that every alternative could match a
 * token at all (a pattern like "(a+)+$" compiles as a literal word that never matches, which is
 * surely not what was meant). Returns the column of the problem and its message, or undefined.
 */
export function checkPattern(source: string): { column: number; message: string } | undefined {
  const t = source.trim();
  if (t.length > 1 && t.startsWith('/') && t.lastIndexOf('/') > 0) return { column: 0, message: 'regular expressions are not supported in lexicon patterns: write a token pattern (words, "word*" or "*word" for prefixes and suffixes, "a|b", "?optional", "!not", "{0,3}" gaps)' };
  try {
    compilePattern(source, null);
  } catch (e) {
    if (e instanceof PatternError) return { column: e.column, message: e.message };
    throw e;
  }
  let from = 0;
  for (const part of source.split(/\s+/)) {
    if (!part) continue;
    const col = source.indexOf(part, from);
    from = col + part.length;
    if (part === ',' || /^\{\d+,\d+\}$/.test(part)) continue;
    const body = part.replace(/^[?!]/, '');
    let altCol = col + (part.length - body.length);
    for (const alt of body.split('|')) {
      const core = alt.replace(/^\*/, '').replace(/\*$/, '');
      if (core && !WORD_CHARS.test(core)) {
        const bad = [...core].findIndex((ch) => !WORD_CHARS.test(ch));
        const at = altCol + (alt.startsWith('*') ? 1 : 0) + Math.max(0, bad);
        return { column: at, message: `"${[...core][bad] ?? core}" cannot stand in a word: token patterns match whole words, so write words, "word*", "*word", "a|b", "?word", "!word", "{0,3}" or ","` };
      }
      altCol += alt.length + 1;
    }
  }
  return undefined;
}

/** The place of a column of a string value in the file (exact when the string has no escapes). */
function columnNode(node: Node, column: number, raw: string | undefined): Node {
  if (raw === undefined || raw.includes('\\')) return node;
  return { ...node, offset: node.offset + 1 + column, length: 1 };
}

/** The file's text while it is validated, so that pattern columns can be placed exactly. */
let rawText: string | undefined;

function validateLexicon(value: Node, report: Report): TeamFile['lexicon'] {
  if (!expect(value, 'object', '"lexicon"', report)) return undefined;
  const out: NonNullable<TeamFile['lexicon']> = {};
  for (const { key: lk, value: lv, name: lang } of props(value)) {
    if (!(LANGUAGES as readonly string[]).includes(lang)) {
      report(lk, `Lexicon languages are "sv" and "en", not "${lang}".`);
      continue;
    }
    if (!lv || !expect(lv, 'object', `"lexicon.${lang}"`, report)) continue;
    const cats: Partial<Record<Category, (string | InContextEntryLike)[]>> = {};
    for (const { key: ck, value: cv, name: cat } of props(lv)) {
      if (!(CATEGORIES as readonly string[]).includes(cat)) {
        report(ck, `Unknown lexicon category "${cat}".${didYouMean(cat, CATEGORIES)} Known: ${CATEGORIES.join(', ')}.`);
        continue;
      }
      if (!cv || !expect(cv, 'array', `"lexicon.${lang}.${cat}"`, report)) continue;
      const items: (string | InContextEntryLike)[] = [];
      for (const item of cv.children ?? []) {
        let patternNode: Node | undefined = item;
        let entry: InContextEntryLike | undefined;
        if (item.type === 'object') {
          if (cat !== 'inContext') {
            report(item, `Entries of "${cat}" are patterns (strings); only "inContext" takes objects { "pattern", "form", "returnee", "context" }.`);
            continue;
          }
          patternNode = child(item, 'pattern');
          if (!patternNode) {
            report(item, 'A lexicon entry object needs a "pattern".');
            continue;
          }
          entry = { pattern: '', form: 'np' };
          let ok = true;
          for (const p of props(item)) {
            if (!p.value) continue;
            if (p.name === 'pattern') continue;
            if (p.name === 'form') {
              if (p.value.type === 'string' && ['np', 'vp', 'clause'].includes(p.value.value)) entry.form = p.value.value;
              else (report(p.value, '"form" is "np" (a noun phrase), "vp" (a verb phrase) or "clause".'), (ok = false));
            } else if (p.name === 'returnee') {
              if (expect(p.value, 'boolean', '"returnee"', report)) entry.returnee = p.value.value;
              else ok = false;
            } else if (p.name === 'context') {
              if (p.value.type === 'string' && (CONTEXTS as readonly string[]).includes(p.value.value)) entry.context = p.value.value;
              else (report(p.value, '"context" is "extremist" or "criminal".'), (ok = false));
            } else report(p.key, `Unknown key "${p.name}" in a lexicon entry: use "pattern", "form", "returnee", "context".`);
          }
          if (!ok) continue;
        }
        if (!expect(patternNode, 'string', 'A lexicon pattern', report)) continue;
        const source = String(patternNode.value);
        const raw = rawText?.slice(patternNode.offset + 1, patternNode.offset + patternNode.length - 1);
        const problem = checkPattern(source);
        if (problem) {
          report(columnNode(patternNode, problem.column, raw), `Pattern rejected at column ${problem.column + 1}: ${problem.message}.`);
          continue;
        }
        items.push(entry ? { ...entry, pattern: source } : source);
      }
      cats[cat as Category] = items;
    }
    (out as Record<string, unknown>)[lang] = cats;
  }
  return out;
}

function validateTemplates(value: Node, report: Report): TeamFile['templates'] {
  if (!expect(value, 'object', '"templates"', report)) return undefined;
  const out: Record<string, Record<string, unknown>> = {};
  for (const { key: lk, value: lv, name: lang } of props(value)) {
    if (!(LANGUAGES as readonly string[]).includes(lang)) {
      report(lk, `Template languages are "sv" and "en", not "${lang}".`);
      continue;
    }
    if (!lv || !expect(lv, 'object', `"templates.${lang}"`, report)) continue;
    const t: Record<string, unknown> = {};
    for (const { key: k, value: v, name } of props(lv)) {
      if (!v) continue;
      if (!(TEMPLATE_KEYS as readonly string[]).includes(name)) {
        report(k, `Unknown template "${name}".${didYouMean(name, TEMPLATE_KEYS)} Known: ${TEMPLATE_KEYS.join(', ')}.`);
        continue;
      }
      if (name === 'requirement') {
        if (!expect(v, 'object', '"requirement"', report)) continue;
        const req: Record<string, string> = {};
        for (const r of props(v)) {
          if (!(CONTEXTS as readonly string[]).includes(r.name)) {
            report(r.key, `Requirement wording is given for "extremist" and "criminal", not "${r.name}".`);
            continue;
          }
          if (r.value && expect(r.value, 'string', 'Requirement wording', report)) {
            if (!String(r.value.value).trim()) report(r.value, 'Requirement wording must not be empty.');
            else req[r.name] = r.value.value;
          }
        }
        t.requirement = req;
      } else if (expect(v, 'string', `Template "${name}"`, report)) {
        if (!String(v.value).includes('{requirement}')) report(v, `Template "${name}" must contain {requirement}, where the requirement wording goes.`);
        else t[name] = v.value;
      }
    }
    out[lang] = t;
  }
  return out as TeamFile['templates'];
}

function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function validateWaivers(value: Node, report: Report, out: Validated): Waiver[] | undefined {
  if (!expect(value, 'array', '"waivers"', report)) return undefined;
  const waivers: Waiver[] = [];
  for (const w of value.children ?? []) {
    if (!expect(w, 'object', 'A waiver', report)) continue;
    let ok = true;
    const waiver: Partial<Waiver> = {};
    for (const p of props(w)) {
      if (!p.value) continue;
      if (!['rule', 'quote', 'reason', 'by', 'date', 'expires'].includes(p.name)) {
        report(p.key, `Unknown key "${p.name}" in a waiver: use "rule", "quote", "reason", "by", "date", "expires".`);
        continue;
      }
      if (!expect(p.value, 'string', `"${p.name}"`, report)) {
        ok = false;
        continue;
      }
      const s = String(p.value.value);
      if (p.name === 'rule' && !RULE_IDS.includes(s)) {
        report(p.value, `Unknown rule "${s}".${didYouMean(s, RULE_IDS)}`);
        ok = false;
      } else if (p.name === 'quote' && s.trim().length < MIN_QUOTE) {
        report(p.value, '"quote" is too short to find the text again: quote the passage with a few words of context before and after.');
        ok = false;
      } else if (p.name === 'reason' && !s.trim()) {
        report(p.value, 'A waiver needs a "reason": why the wording is intended, for the next reviewer.');
        ok = false;
      } else if ((p.name === 'date' || p.name === 'expires') && !isDate(s)) {
        report(p.value, `"${p.name}" is a date written YYYY-MM-DD.`);
        ok = false;
      }
      (waiver as Record<string, string>)[p.name] = s;
    }
    for (const need of ['rule', 'quote', 'reason'] as const)
      if (waiver[need] === undefined) {
        report(w, `A waiver needs "${need}"${need === 'quote' ? ': the waived text with a few words of context' : need === 'reason' ? ': why the wording is intended' : ''}.`);
        ok = false;
      }
    if (!ok) continue;
    waivers.push(waiver as Waiver);
    out.waiverPlaces.push(place(w));
    const exp = child(w, 'expires');
    out.expiresPlaces.push(exp ? place(exp) : undefined);
  }
  return waivers;
}
