// Masks Markdown markup inside one block, keeping every offset: each character of markup becomes a
// space (line breaks stay), so a finding's offsets in the masked text are its offsets in the document.

export interface MaskedBlock {
  /** Same length as the raw block. */
  text: string;
  /** Offsets (in the block) where a list item's text begins: a sentence boundary unless the line before
   * ends in ":" "," or a coordinator. */
  itemStarts: number[];
}

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;

/**
 * Length of a line's block markers: blockquote ">" (any depth) and one list bullet. Read with a loop,
 * not a regular expression: "> > > …" fifty thousand deep must stay linear.
 */
function blockPrefix(line: string): { length: number; item: boolean } {
  let i = 0;
  for (;;) {
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
    if (line[i] !== '>') break;
    i++;
  }
  const m = LIST_MARKER.exec(line.slice(i, i + 24));
  return m ? { length: i + m[0].length, item: true } : { length: i, item: false };
}

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
    const { length: prefixLen0, item } = blockPrefix(line);
    let prefixLen = prefixLen0;
    if (item) itemStarts.push(lineStart + prefixLen);
    const h = /^ {0,3}#{1,6}(?:[ \t]|$)/.exec(line.slice(prefixLen));
    if (h) prefixLen += h[0].length;
    out.push(' '.repeat(prefixLen));
    const rest = line.slice(prefixLen);
    out.push(rest.trimStart().startsWith('|') ? maskTableRow(rest) : maskInline(rest));
    if (eol < n) out.push('\n');
    lineStart = eol + 1;
  }
  return { text: out.join(''), itemStarts };
}

const INLINE = /<!--[\s\S]*?-->|`+[^`]*`+|!?\[|\]\([^)\s]*(?:\s+"[^"]*")?\)|\]\[[^\]]*\]|\]|<\/?[A-Za-z][^>]*>|<https?:[^>]*>|https?:\/\/[^\s)>\]]+|[*_~]{1,3}(?=\S)|(?<=\S)[*_~]{1,3}|\||\\(?=[\\`*_{}[\]()#+\-.!|])|&[a-z]+;|&#\d+;/g;

/**
 * A table row is a unit of its own: its closing "|" ends it as a full stop would (rows are not one
 * long sentence), and the pipes between cells are phrase boundaries ("| Gängkriminella som avtjänar
 * straff | 1 100 000 |": the phrase ends with its cell).
 */
function maskTableRow(line: string): string {
  const close = line.trimEnd().length - 1;
  return maskInline(line.replace(/(?<!\\)\|/g, (_, i: number) => (i === close ? '.' : '–')));
}

/** Masks inline markup of one line. Link text stays (it is prose); link targets, code, HTML go. */
function maskInline(line: string): string {
  if (!/[<`[\]*_~|\\&h]/.test(line)) return line;
  return line.replace(INLINE, (s) => (s.includes('\n') ? s.replace(/[^\n]/g, ' ') : ' '.repeat(s.length)));
}
