// What kind of character stands at an offset, as the Unicode classes of JavaScript's regular
// expressions see it (\s, \p{L}, \p{M}, \p{N}), looked up once per UTF-16 code unit and kept in a
// table, so the scanners over a document's text (tokens, language score) need no regular expression
// per character. A surrogate pair is one code point; a lone surrogate is Other.

export const enum Cls {
  /** \s */
  Space = 1,
  /** \p{L} */
  Letter = 2,
  /** \p{M} */
  Mark = 3,
  /** \p{N} */
  Num = 4,
  Other = 5,
}

const RE_SPACE = /^\s$/u;
const RE_LETTER = /^\p{L}$/u;
const RE_MARK = /^\p{M}$/u;
const RE_NUM = /^\p{N}$/u;
function classify(ch: string): Cls {
  return RE_SPACE.test(ch) ? Cls.Space : RE_LETTER.test(ch) ? Cls.Letter : RE_MARK.test(ch) ? Cls.Mark : RE_NUM.test(ch) ? Cls.Num : Cls.Other;
}
/** Classes of BMP code units (0: not looked up yet). */
const classes = new Uint8Array(65536);
/** Width in code units of the code point classAt last read (2 for a surrogate pair). */
let width = 1;

/** The class of the code point at i; its width in code units is then lastWidth(). */
export function classAt(text: string, i: number): Cls {
  const c = text.charCodeAt(i);
  width = 1;
  if (c >= 0xd800 && c <= 0xdfff) {
    const d = text.charCodeAt(i + 1);
    if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
      width = 2;
      return classify(text.slice(i, i + 2));
    }
    return Cls.Other; // a lone surrogate
  }
  let k = classes[c];
  if (k === 0) classes[c] = k = classify(String.fromCharCode(c));
  return k;
}

/** How many code units the code point read by the last classAt takes. */
export function lastWidth(): number {
  return width;
}
