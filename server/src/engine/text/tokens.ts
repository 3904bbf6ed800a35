// Tokens over masked prose. Words are runs of letters (any script), with inner hyphens and
// apostrophes kept ("IS-återvändare", "they're"); `\w` and `\b` are ASCII-only in JavaScript, so the
// classes here are written with Unicode properties.

import { classAt, Cls, lastWidth } from './chars';

export const enum TokenKind {
  Word = 0,
  Number = 1,
  Comma = 2,
  /** ; : ( ) and dashes: phrase boundaries inside a sentence. */
  Boundary = 3,
  /** . ! ? — only seen inside a sentence when an abbreviation kept it there. */
  Stop = 4,
  Other = 5,
}

export interface Token {
  /** Offset in the text the tokenizer was given. */
  start: number;
  end: number;
  /** Lower-cased text, for matching. */
  norm: string;
  kind: TokenKind;
}

// What the tokenizer reads, as the regular expression it replaces would (and the tests compare the two):
//   [\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*  a word
//   \p{N}+(?:[.,:]\p{N}+)*                                  a number
//   [^\s\p{L}\p{M}\p{N}]                                    any other single code point
// scanned by hand with the character classes of chars.ts: about three times faster, and nothing is
// allocated for the characters between tokens.

/** Letters and marks start and continue words (\p{L}, \p{M}). */
function wordChar(k: Cls): boolean {
  return k === Cls.Letter || k === Cls.Mark;
}

/** ' ’ - ‐ : joins the parts of a word ("IS-återvändare", "they're"). */
function wordJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 0x2010;
}

/** . , : inside a number ("1.5", "10,000", "9:00"). */
function numberJoiner(c: number): boolean {
  return c === 46 || c === 44 || c === 58;
}

function symbolKind(raw: string): TokenKind {
  // A slash joins alternatives ("avhoppare/aktiva", "ex-/active members") as a comma joins a list.
  if (raw === ',' || raw === '/') return TokenKind.Comma;
  if (raw === '.' || raw === '!' || raw === '?' || raw === '…') return TokenKind.Stop;
  if (';:()[]–—'.includes(raw)) return TokenKind.Boundary;
  return TokenKind.Other;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const len = text.length;
  let i = from;
  while (i < to) {
    const cls = classAt(text, i);
    if (cls === Cls.Space) {
      i += lastWidth();
      continue;
    }
    const start = i;
    i += lastWidth();
    let kind: TokenKind;
    if (wordChar(cls)) {
      for (;;) {
        while (i < len) {
          const k = classAt(text, i);
          if (!wordChar(k) && k !== Cls.Num) break;
          i += lastWidth();
        }
        if (i + 1 < len && wordJoiner(text.charCodeAt(i))) {
          const k = classAt(text, i + 1);
          if (wordChar(k) || k === Cls.Num) {
            i += 1 + lastWidth();
            continue;
          }
        }
        break;
      }
      kind = TokenKind.Word;
    } else if (cls === Cls.Num) {
      for (;;) {
        while (i < len && classAt(text, i) === Cls.Num) i += lastWidth();
        if (i + 1 < len && numberJoiner(text.charCodeAt(i)) && classAt(text, i + 1) === Cls.Num) {
          i += 1 + lastWidth();
          continue;
        }
        break;
      }
      // Only numbers in ASCII digits count; others carry no meaning for the clause model.
      kind = isDigit(text.charCodeAt(start)) ? TokenKind.Number : TokenKind.Other;
    } else {
      kind = symbolKind(text.slice(start, i));
    }
    // Quotes and other symbols carry no meaning for the clause model; keep them out of the stream.
    if (kind === TokenKind.Other) continue;
    const raw = text.slice(start, i);
    let norm = raw;
    if (kind === TokenKind.Word) {
      norm = raw.toLowerCase();
      if (norm.includes('’')) norm = norm.replace(/’/g, "'");
    }
    tokens.push({ start, end: i < to ? i : to, norm, kind });
  }
  return tokens;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
