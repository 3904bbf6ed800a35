// Masks Markdown markup inside one block, keeping every offset: each character of markup becomes a
// space (line breaks stay), so a finding's offsets in the masked text are its offsets in the document.

export interface MaskedBlock {
  /** Same length as the raw block. */
  text: string;
  /** Offsets (in the block) where a list item's text begins: a sentence boundary unless the line before
   * ends in ":" "," or a coordinator. */
  itemStarts: number[];
}

const LIST_OR_QUOTE = /^([ \t]*(?:>[ \t]?)*)([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?/;

export function maskBlock(raw: string, markdown: boolean): MaskedBlock {
  const itemStarts: number[] = [];
  if (!markdown) return { text: raw, itemStarts };
  const out: string[] = [];
  let lineStart = 0;
  const n = raw.length;
  while (lineStart <= n) {
    let eol = raw.indexOf('\n', lineStart);
    if (eol < 0) eol = n;
    const line = raw.slice(lineStart, eol);
    // Block markers at the start of the line: blockquote ">", list bullets, heading "#".
    let prefixLen = 0;
    const m = LIST_OR_QUOTE.exec(line);
    if (m && m[0].length > 0) {
      prefixLen = m[0].length;
      if (m[2]) itemStarts.push(lineStart + prefixLen);
    }
    const h = /^ {0,3}#{1,6}(?:[ \t]|$)/.exec(line.slice(prefixLen));
    if (h) prefixLen += h[0].length;
    out.push(' '.repeat(prefixLen));
    out.push(maskInline(line.slice(prefixLen)));
    if (eol < n) out.push('\n');
    lineStart = eol + 1;
  }
  return { text: out.join(''), itemStarts };
}

const INLINE = /<!--[\s\S]*?-->|`+[^`]*`+|!?\[|\]\([^)\s]*(?:\s+"[^"]*")?\)|\]\[[^\]]*\]|\]|<\/?[A-Za-z][^>]*>|<https?:[^>]*>|https?:\/\/[^\s)>\]]+|[*_~]{1,3}(?=\S)|(?<=\S)[*_~]{1,3}|\||\\(?=[\\`*_{}[\]()#+\-.!|])|&[a-z]+;|&#\d+;/g;

/** Masks inline markup of one line. Link text stays (it is prose); link targets, code, HTML go. */
function maskInline(line: string): string {
  if (!/[<`[\]*_~|\\&h]/.test(line)) return line;
  return line.replace(INLINE, (s) => (s.includes('\n') ? s.replace(/[^\n]/g, ' ') : ' '.repeat(s.length)));
}
