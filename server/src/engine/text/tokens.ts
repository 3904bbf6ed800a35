// Tokens over masked prose. Words are runs of letters (any script), with inner hyphens and
// apostrophes kept ("IS-återvändare", "they're"); `\w` and `\b` are ASCII-only in JavaScript, so the
// classes here are written with Unicode properties.

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

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
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
    if (isLetterStart(c, raw)) kind = TokenKind.Word;
    else if (isDigit(c)) kind = TokenKind.Number;
    else if (raw === ',') kind = TokenKind.Comma;
    else if (raw === '.' || raw === '!' || raw === '?' || raw === '…') kind = TokenKind.Stop;
    else if (';:()[]–—'.includes(raw)) kind = TokenKind.Boundary;
    else kind = TokenKind.Other;
    // Quotes and other symbols carry no meaning for the clause model; keep them out of the stream.
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

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
const LETTER = /[\p{L}\p{M}]/u;
function isLetterStart(c: number, raw: string): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(String.fromCodePoint(raw.codePointAt(0)!));
}
