// Sentence boundaries inside one masked block. Written for policy prose: abbreviations such as
// "t.ex.", "bl.a.", "5 kap. 3 §", "kl. 9.00", "e.g." do not end a sentence, line breaks inside a
// paragraph do not either, and a list item starts a new sentence unless the line before it leads in
// (ends in ":" or "," or a coordinator), so a tight list reads as the sentence it is.

import type { Span } from '../types';
import { classAt, Cls } from './chars';

const ABBREVIATIONS = new Set([
  't.ex', 'bl.a', 'm.fl', 'm.m', 's.k', 'd.v.s', 'dvs', 'o.s.v', 'osv', 'kap', 'kl', 'nr', 'ca', 'resp', 'jfr', 'fr.o.m', 't.o.m', 'o.d',
  'p.g.a', 'pga', 'enl', 'f.d', 'st', 'prop', 'sou', 'ds', 'skr', 'bet', 'sfs', 'avd', 'proc', 'tel', 'e.d', 'm.a.o', 'i.o.m', 'el', 'fig',
  'e.g', 'i.e', 'etc', 'mr', 'mrs', 'ms', 'dr', 'no', 'vs', 'art', 'para', 'cf', 'approx', 'vol', 'ed', 'eds', 'sec', 'ch', 'p', 'pp', 'u.s', 'u.k', 'inc', 'ltd', 'jr', 'sr', 'prof',
]);

/** Longer "sentences" (tables, pasted data, a 10 MB line) are cut so analysis stays linear. */
export const MAX_SENTENCE = 2000;

export function splitSentences(text: string, itemStarts: number[] = []): Span[] {
  const out: Span[] = [];
  let start = skipSpace(text, 0);
  // List item starts in order, passed with a pointer as the scan moves forward.
  const items = itemStarts.length > 1 ? [...new Set(itemStarts)].sort((a, b) => a - b) : itemStarts;
  let next = 0;
  const n = text.length;
  for (let i = start; i < n; i++) {
    while (next < items.length && items[next] < i) next++;
    if (next < items.length && items[next] === i && i > start && !leadsIn(text, start, i)) {
      push(out, text, start, i);
      start = i;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code === 46 || code === 33 || code === 63 || code === 0x2026) {
      const c = text[i];
      let j = i + 1;
      while (j < n && isCloser(text.charCodeAt(j))) j++;
      if (j < n && !isSpaceAt(text, j)) continue;
      const k = skipSpace(text, j);
      if (k < n && c === '.' && !startsSentence(text[k])) continue;
      if (c === '.' && isAbbreviation(text, i)) continue;
      push(out, text, start, j);
      start = k;
      i = k - 1;
    } else if (i - start >= MAX_SENTENCE && isSpaceAt(text, i)) {
      push(out, text, start, i);
      start = skipSpace(text, i);
      i = start - 1;
    }
  }
  if (start < n) push(out, text, start, n);
  return out;
}

function push(out: Span[], text: string, start: number, end: number): void {
  let e = end;
  while (e > start && isSpaceAt(text, e - 1)) e--;
  if (e > start) out.push({ start, end: e });
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpaceAt(text, i)) i++;
  return i;
}

/** White space (`\s`) at offset i. */
function isSpaceAt(text: string, i: number): boolean {
  return classAt(text, i) === Cls.Space;
}

/** . ! ? … and closing quotes and brackets, which may follow a sentence's end: . ! ? … " ” ’ » ) ] */
function isCloser(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 34 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93;
}

/** Exported for the splitter's reference test, as are isAbbreviation and leadsIn. */
export function startsSentence(ch: string): boolean {
  return /[\p{Lu}\p{N}"“”'‘’«»(\[–—-]/u.test(ch);
}

export function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1])) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Initials ("A. Svensson") and single letters.
  return word.length === 1;
}

const LEAD_IN = /(?::|,|;|\b(?:eller|och|samt|or|and)|–|—)\s*$/u;

export function leadsIn(text: string, start: number, itemStart: number): boolean {
  const before = text.slice(Math.max(start, itemStart - 40), itemStart);
  return LEAD_IN.test(before.replace(/\s+$/u, ''));
}
