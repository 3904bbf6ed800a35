// The hand-written tokenizer must cut exactly what the regular expression it replaced cut.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Token, TokenKind, tokenize } from '../../server/src/engine/text/tokens';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

// The previous implementation, kept here as the definition.
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const LETTER = /[\p{L}\p{M}]/u;
function reference(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const start = m.index;
    if (start >= to) break;
    const raw = m[0];
    const end = Math.min(start + raw.length, to);
    const c = raw.charCodeAt(0);
    let kind: TokenKind;
    if (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(String.fromCodePoint(raw.codePointAt(0)!))) kind = TokenKind.Word;
    else if (c >= 48 && c <= 57) kind = TokenKind.Number;
    else if (raw === ',') kind = TokenKind.Comma;
    else if (raw === '.' || raw === '!' || raw === '?' || raw === '…') kind = TokenKind.Stop;
    else if (';:()[]–—'.includes(raw)) kind = TokenKind.Boundary;
    else kind = TokenKind.Other;
    if (kind === TokenKind.Other) continue;
    let norm = raw;
    if (kind === TokenKind.Word) {
      norm = raw.toLowerCase();
      if (norm.includes('’')) norm = norm.replace(/’/g, "'");
    }
    tokens.push({ start, end, norm, kind });
  }
  return tokens;
}

const PIECES = [
  'stöd', 'IS', 'återvändare', 'they', "'", '’', '-', '‐', 're', 'x', 'Å', 'e\u0301', '\u0301', '1', '12', '.', ',', ':', '5', '٣', '²', '½', '𝟏', '𝐀', '😀', '\ud800', '\udc00',
  ' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', '!', '?', '…', ';', '(', ')', '[', ']', '–', '—', '"', '”', '«', '#', '*', 'İ', 'ß', 'ǅ', 'א', 'ﷺ',
];

describe('tokenizer', () => {
  it('cuts what the regular expression cut, on random text and ranges', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.nat(200), fc.nat(200), (parts, a, b) => {
        const text = parts.join('');
        let from = Math.min(a, b, text.length);
        // Sentences start at code point boundaries (never between the halves of a surrogate pair).
        if (from > 0 && /[\ud800-\udbff]/.test(text[from - 1]) && /[\udc00-\udfff]/.test(text[from] ?? '')) from--;
        const to = Math.min(Math.max(a, b), text.length);
        assert.deepEqual(tokenize(text, from, to), reference(text, from, to));
        assert.deepEqual(tokenize(text), reference(text));
      }),
      { numRuns: RUNS * 4, seed: SEED },
    );
  });

  it('keeps inner hyphens and apostrophes, numbers with separators, and phrase boundaries', () => {
    const t = tokenize("IS-återvändare, they’re 10,5 (ca) – ok.");
    assert.deepEqual(t.map((x) => x.norm), ['is-återvändare', ',', "they're", '10,5', '(', 'ca', ')', '–', 'ok', '.']);
    assert.deepEqual(t.map((x) => x.kind), [TokenKind.Word, TokenKind.Comma, TokenKind.Word, TokenKind.Number, TokenKind.Boundary, TokenKind.Word, TokenKind.Boundary, TokenKind.Boundary, TokenKind.Word, TokenKind.Stop]);
  });
});
