// The sentence splitter must cut exactly where its previous version (kept here as the definition,
// with regular expressions per character) cut.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitSentences } from '../../server/src/engine/text/sentences';
import type { Span } from '../../server/src/engine/types';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

const ABBREVIATIONS = new Set([
  't.ex', 'bl.a', 'm.fl', 'm.m', 's.k', 'd.v.s', 'dvs', 'o.s.v', 'osv', 'kap', 'kl', 'nr', 'ca', 'resp', 'jfr', 'fr.o.m', 't.o.m', 'o.d',
  'p.g.a', 'pga', 'enl', 'f.d', 'st', 'prop', 'sou', 'ds', 'skr', 'bet', 'sfs', 'avd', 'proc', 'tel', 'e.d', 'm.a.o', 'i.o.m', 'el', 'fig',
  'e.g', 'i.e', 'etc', 'mr', 'mrs', 'ms', 'dr', 'no', 'vs', 'art', 'para', 'cf', 'approx', 'vol', 'ed', 'eds', 'sec', 'ch', 'p', 'pp', 'u.s', 'u.k', 'inc', 'ltd', 'jr', 'sr', 'prof',
]);

/** Longer "sentences" (tables, pasted data, a 10 MB line) are cut so analysis stays linear. */
const MAX_SENTENCE = 2000;

function reference(text: string, itemStarts: number[] = []): Span[] {
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
      while (j < n && /[.!?…"”’»)\]]/.test(text[j])) j++;
      if (j < n && !/\s/.test(text[j])) continue;
      const k = skipSpace(text, j);
      if (k < n && c === '.' && !startsSentence(text[k])) continue;
      if (c === '.' && isAbbreviation(text, i)) continue;
      push(out, text, start, j);
      start = k;
      i = k - 1;
    } else if (i - start >= MAX_SENTENCE && /\s/.test(text[i])) {
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
  while (e > start && /\s/.test(text[e - 1])) e--;
  if (e > start) out.push({ start, end: e });
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

function startsSentence(ch: string): boolean {
  return /[\p{Lu}\p{N}"“”'‘’«»(\[–—-]/u.test(ch);
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1])) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Initials ("A. Svensson") and single letters.
  return word.length === 1;
}

const LEAD_IN = /(?::|,|;|\b(?:eller|och|samt|or|and)|–|—)\s*$/u;

function leadsIn(text: string, start: number, itemStart: number): boolean {
  const before = text.slice(Math.max(start, itemStart - 40), itemStart);
  return LEAD_IN.test(before.replace(/\s+$/u, ''));
}

const PIECES = ['.] A', '.) Nästa', '!” B', '?» C', '…" D', '.’ 5', '.. E', '. ', '.\u00a0F', '.\u2028G', '.\u3000H', '.\ufeffI', '.\u000bJ', 'Stödet ges', 't.ex', 'bl.a', 'kap', 'A', 'Svensson', 'e.g', 'ca', '5', '.', '!', '?', '…', '"', '”', '’', '»', ')', ']', ':', ',', ';', 'eller', 'och', 'or', '–', '—', '-', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', '\u000b', 'Ö', 'é', '😀', '«', '(', '['];

describe('sentence splitter', () => {
  it('cuts where the previous version cut, on random text and list items', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), fc.array(fc.nat(400), { maxLength: 6 }), (parts, items) => {
        const text = parts.join('');
        const starts = items.map((i) => i % (text.length + 1));
        assert.deepEqual(splitSentences(text, starts), reference(text, starts));
      }),
      { numRuns: RUNS * 4, seed: SEED },
    );
  });

  it('keeps abbreviations and section references inside a sentence', () => {
    const t = 'Stöd ges t.ex. till unga enl. 5 kap. 3 § SoL. Nästa mening.';
    assert.deepEqual(splitSentences(t).map((s) => t.slice(s.start, s.end)), ['Stöd ges t.ex. till unga enl. 5 kap. 3 § SoL.', 'Nästa mening.']);
  });
});
