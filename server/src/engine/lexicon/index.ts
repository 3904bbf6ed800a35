import type { ContextKind, Language } from '../types';
import { compilePattern, PatternError, PatternSet } from './pattern';
import { en } from './en';
import { sv } from './sv';
import type { Category, InContextEntry, LexiconData } from './types';

export type { Category, InContextEntry, LexiconData } from './types';

export interface LexiconValue {
  category: Category;
  entry?: InContextEntry;
}

/** Team additions to the lexicon: per language, per category, more patterns in the same language. */
export type LexiconExtension = Partial<Record<Language, Partial<Record<Category, (string | InContextEntry)[]>>>>;

export interface CompiledLexicon {
  language: Language;
  patterns: PatternSet<LexiconValue>;
  errors: PatternError[];
}

export const BUILT_IN: Record<Language, LexiconData> = { sv, en };

/** Compiled lexicons, shared by every analyzer (each document, each CLI file) with the same extension. */
const compiled = new Map<string, CompiledLexicon>();

export function compileLexicon(language: Language, extension?: LexiconExtension): CompiledLexicon {
  const key = language + JSON.stringify(extension?.[language] ?? null);
  let c = compiled.get(key);
  if (!c) {
    if (compiled.size > 32) compiled.clear();
    compiled.set(key, (c = buildLexicon(language, extension)));
  }
  return c;
}

function buildLexicon(language: Language, extension?: LexiconExtension): CompiledLexicon {
  const set = new PatternSet<LexiconValue>();
  const errors: PatternError[] = [];
  const add = (category: Category, item: string | InContextEntry) => {
    const entry = typeof item === 'string' ? undefined : item;
    const source = typeof item === 'string' ? item : item.pattern;
    try {
      set.add(compilePattern(source, { category, entry: category === 'inContext' ? entry ?? { pattern: source, form: 'np' } : undefined }));
    } catch (e) {
      if (e instanceof PatternError) errors.push(e);
      else throw e;
    }
  };
  const data = BUILT_IN[language];
  for (const category of Object.keys(data) as Category[]) for (const item of data[category]) add(category, item);
  const ext = extension?.[language];
  if (ext) for (const category of Object.keys(ext) as Category[]) if (category in data) for (const item of ext[category] ?? []) add(category, item);
  return { language, patterns: set, errors };
}

const CRIMINAL = /krimin|\bocg|county lines|gäng(?!lig|se)|brott|fängelse|anstalt|straff|lagöverträd|criminal|gang|offend|crime|prison|jail|custody|detention|cartel|kartell|mafia|maffia|crews/;
const EXTREMIST = /\bvbe|extremis|högerextrem|vänsterextrem|extrema miljö|extrema rörelse|extrema grupp|extreme (?:right|left)|terror|vit makt|vitmakt|white[ -]power|jihad|våldsbejak|radikal|radical|strid|krig|konflikt|fighter|fight|\bwar\b|syri|irak|iraq|isis|nazi|salafi|militan|ideolog|far-right|far-left|right-wing|left-wing|supremac|shabaab|qaeda|qaida|boko|taliban|paramilitar|proscribed|daesh|isil/;

/** Whether a text names a violent or criminal environment at all (for phrases that refer back to one: "i en sådan miljö"). */
export function mentionsContext(text: string): boolean {
  const t = text.toLowerCase();
  return CRIMINAL.test(t) || EXTREMIST.test(t) || /violen|våld|armed|väpna|milit|avhopp|defect|exit/.test(t) || /\bIS\b/.test(text);
}

/** Which environment a phrase speaks of: its own words first, then the fallback (its sentence). */
export function contextOf(text: string, fallback: ContextKind = 'extremist'): ContextKind {
  const t = text.toLowerCase();
  const criminal = CRIMINAL.test(t);
  // "IS" (the Islamic State) in capitals: lower-cased it is the English verb.
  const extremist = EXTREMIST.test(t) || /\bIS\b/.test(text);
  if (criminal && !extremist) return 'criminal';
  if (extremist && !criminal) return 'extremist';
  return fallback;
}
