import type { Language } from '../types';
import { classAt, Cls, lastWidth } from './chars';

// Language by counting very common function words: reliable on a sentence or more of policy prose,
// cheap, and with no data to load. Letters å, ä, ö tip the balance for Swedish.

const SV = new Set(['och', 'att', 'det', 'som', 'en', 'är', 'på', 'för', 'med', 'av', 'till', 'den', 'inte', 'har', 'de', 'ett', 'om', 'eller', 'vill', 'när', 'från', 'ska', 'kan', 'sig', 'hem', 'också', 'stöd', 'vid', 'man', 'samt', 'bör', 'efter']);
const EN = new Set(['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'are', 'or', 'who', 'from', 'by', 'on', 'be', 'this', 'it', 'as', 'an', 'in', 'their', 'they', 'which', 'will', 'should', 'support', 'people', 'have', 'has', 'not', 'a', 'all', 'no', 'any', 'into', 'its', 'at']);

export interface LanguageScore {
  sv: number;
  en: number;
}

export function scoreLanguage(words: Iterable<string>): LanguageScore {
  let sv = 0;
  let en = 0;
  for (const w of words) {
    if (SV.has(w)) sv++;
    if (EN.has(w)) en++;
    if (w.includes('å') || w.includes('ä') || w.includes('ö')) sv += 0.5;
  }
  return { sv, en };
}

const LONGEST = Math.max(...[...SV, ...EN].map((w) => w.length));
/** Length and first letter (lower case) of every function word: most words are ruled out by these. */
const SHAPES = new Set([...SV, ...EN].map((w) => shape(w.length, w.charCodeAt(0))));
function shape(length: number, first: number): number {
  return length * 0x10000 + first;
}
/** The lower case of an upper-case letter in ASCII or Latin-1; anything else as it is. */
function lowerLatin1(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}
/** How many code units the letter (\p{L}) at i takes (1, or 2 for a surrogate pair), or 0 if it is no letter. */
function letterAt(text: string, i: number): number {
  return classAt(text, i) === Cls.Letter ? lastWidth() : 0;
}

/** å, ä, ö in either case (and the Ångström sign, which lower-cases to å). */
function isSwedishLetter(c: number): boolean {
  return c === 0xe5 || c === 0xe4 || c === 0xf6 || c === 0xc5 || c === 0xc4 || c === 0xd6 || c === 0x212b;
}

/**
 * scoreLanguage over the first `maxWords` words (runs of letters) of a text, in one pass: only words
 * short enough to be function words are cut out and lower-cased. Equal to
 * scoreLanguage(first maxWords of text.match(/\p{L}+/gu), lower-cased).
 */
export function scoreText(text: string, maxWords = 100): LanguageScore {
  let sv = 0;
  let en = 0;
  let words = 0;
  const len = text.length;
  let i = 0;
  while (i < len && words < maxWords) {
    let w = letterAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    let swedish = false;
    while (w > 0) {
      if (isSwedishLetter(text.charCodeAt(i))) swedish = true;
      i += w;
      w = i < len ? letterAt(text, i) : 0;
    }
    words++;
    // A word that starts outside Latin-1 is looked up as it is (its lower case may be longer).
    const first = text.charCodeAt(start);
    if (i - start <= LONGEST && (first > 0xff || SHAPES.has(shape(i - start, lowerLatin1(first))))) {
      const word = text.slice(start, i).toLowerCase();
      if (SV.has(word)) sv++;
      if (EN.has(word)) en++;
    }
    if (swedish) sv += 0.5;
  }
  return { sv, en };
}

/**
 * For text whose function words do not decide (terse lines: "Peer mentoring (ex-/active OCG members)",
 * "Vocational training, prisoners convicted under …"): spellings that one language has and the other
 * hardly has, a twentieth of a function word each, so that they only ever break a tie.
 */
export function tieBreak(text: string, score: LanguageScore, maxWords = 60): LanguageScore {
  if (score.sv !== score.en) return score;
  let sv = 0;
  let en = 0;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const w of words.slice(0, maxWords)) {
    if (EN_SPELLING.test(w)) en += 0.05;
    if (SV_SPELLING.test(w)) sv += 0.05;
  }
  return { sv: score.sv + sv, en: score.en + en };
}
const EN_SPELLING = /w|th|sh|ch|ou|ea|ee|oo|ph|ck|(?:[^n]ing|ed|ly|ies|ness|ship|ity|ous|ment)$/;
const SV_SPELLING = /kv|sj|tj|dj|gj|(?:ningen|ningar|heten|heter|arna|erna|orna|liga|iska|ande|ende)$/;

export function decideLanguage(score: LanguageScore, fallback: Language): Language {
  if (score.sv === score.en) return fallback;
  return score.sv > score.en ? 'sv' : 'en';
}

export function normalizeLanguage(value: string | undefined): Language | undefined {
  if (!value) return undefined;
  const v = value.toLowerCase();
  if (v === 'sv' || v.startsWith('sv-') || v === 'swedish' || v === 'svenska') return 'sv';
  if (v === 'en' || v.startsWith('en-') || v === 'english' || v === 'engelska') return 'en';
  return undefined;
}
