// Splits a document into blocks of prose (paragraphs, tight lists, headings) with one linear scan over
// its lines. Only block structure is decided here: what is code, front matter or an HTML comment, and
// where paragraphs begin and end. Inline markup is masked per block (inline.ts), so that an edit only
// re-reads the block it touched.

import type { ChangeHint, Span } from '../types';

export interface Comment extends Span {
  /** The comment's inner text, without <!-- and -->. */
  body: string;
}

/**
 * The blocks in document order, as parallel arrays (no object per block: a 1 MB document has thousands):
 * where each starts and ends, and its heading level (1–6), or 0 for a paragraph.
 */
export interface Blocks {
  starts: number[];
  ends: number[];
  levels: number[];
}

export interface Segmentation extends Blocks {
  comments: Comment[];
  /** `lang:` from YAML front matter, if any. */
  frontMatterLang?: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;

export function segmentMarkdown(text: string): Segmentation {
  const out: Segmentation = { starts: [], ends: [], levels: [], comments: [] };
  let pos = 0;

  // Front matter: "---" on the very first line (after an optional BOM) up to the next "---" or "...".
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (text.startsWith('---', bom) && /^---[ \t]*\r?\n/.test(text.slice(bom, bom + 8))) {
    const close = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;
    close.lastIndex = bom + 3;
    const m = close.exec(text);
    if (m) {
      const fm = text.slice(bom, m.index);
      const lang = /^lang(?:uage)?:[ \t]*["']?([A-Za-z-]+)/m.exec(fm);
      if (lang) out.frontMatterLang = lang[1].toLowerCase();
      pos = m.index + m[0].length;
    }
  }
  scan(text, pos, out);
  return out;
}

/**
 * The segmentation of `text` from that of the text before a change: the scan restarts at a block
 * that starts a line before the change, and stops at the first block after it that starts where an
 * old block started (moved by the change), since from there on the scan would repeat itself. Equal to
 * segmentMarkdown(text) (the tests check it); undefined when no block before the change can restart
 * the scan (then segment the whole text).
 */
export function resegmentMarkdown(text: string, prev: Segmentation, change: ChangeHint): Segmentation | undefined {
  const { start: cs, end: ce, delta } = change;
  const old = prev.starts;
  // The last block that starts before the change, on a line of its own that ends before it.
  let r = -1;
  for (let i = lastBelow(old, cs), tries = 0; i >= 0 && tries < 8; i--, tries++) {
    const p = old[i];
    if (p === 0 || (text.charCodeAt(p - 1) !== 10 && text.charCodeAt(p - 1) !== 13)) continue;
    let t = p;
    while (t < cs && text.charCodeAt(t) !== 10 && text.charCodeAt(t) !== 13) t++;
    if (t + 2 <= cs) {
      r = i;
      break;
    }
  }
  if (r < 0) return undefined;
  const from = old[r];
  const out: Segmentation = { starts: old.slice(0, r), ends: prev.ends.slice(0, r), levels: prev.levels.slice(0, r), comments: [] };
  if (prev.frontMatterLang !== undefined) out.frontMatterLang = prev.frontMatterLang;
  for (const c of prev.comments) if (c.start < from) out.comments.push(c);
  // Resynchronise at a block that starts a line after the change, where an old block started.
  let k = -1;
  const at = scan(text, from, out, (s) => {
    if (s <= ce) return false;
    const j = indexOfSorted(old, s - delta);
    if (j < 0) return false;
    k = j;
    return true;
  });
  if (at >= 0) {
    // A comment on the line where the scan stopped was recorded before it stopped: the old list has it.
    while (out.comments.length && out.comments[out.comments.length - 1].start >= at) out.comments.pop();
    for (let j = k; j < old.length; j++) {
      out.starts.push(old[j] + delta);
      out.ends.push(prev.ends[j] + delta);
      out.levels.push(prev.levels[j]);
    }
    const oldAt = at - delta;
    for (const c of prev.comments) if (c.start >= oldAt) out.comments.push({ start: c.start + delta, end: c.end + delta, body: c.body });
  }
  return out;
}

/** Index of the last element below x in an ascending array, or -1. */
function lastBelow(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of x in an ascending array, or -1. */
export function indexOfSorted(a: number[], x: number): number {
  const i = lastBelow(a, x) + 1;
  return i < a.length && a[i] === x ? i : -1;
}

/**
 * Scans lines from `pos` (the start of a line, outside any block, fence or comment) and adds blocks and
 * comments to `out`. With `resync`, asks at each block that starts at the start of a line (nothing
 * open before it) whether to stop there; returns where it stopped, or -1 at the end of the text.
 */
function scan(text: string, pos: number, out: Segmentation, resync?: (start: number) => boolean): number {
  const { starts, ends, levels, comments } = out;
  const block = (start: number, end: number, level: number) => {
    starts.push(start);
    ends.push(end);
    levels.push(level);
  };
  const len = text.length;
  let paraStart = -1;
  let paraEnd = -1;
  let fence: string | null = null;
  let inComment = -1; // start offset of an HTML comment that spans lines

  const closePara = () => {
    if (paraStart >= 0) block(paraStart, paraEnd, 0);
    paraStart = -1;
  };

  // Next positions of "\n" and "\r", found once and reused line after line: every search here moves
  // forward only, so the scan stays linear however long the document or its lines are.
  let nextLf = -1;
  let nextCr = -1;
  while (pos < len) {
    if (nextLf < pos) nextLf = indexOrEnd(text, '\n', pos);
    if (nextCr < pos) nextCr = indexOrEnd(text, '\r', pos);
    let eol = nextLf;
    let lineEnd = eol;
    if (lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    // A lone CR also ends a line, as LSP counts lines; treat it so that CR-only files are not one line.
    if (nextCr < lineEnd && text.charCodeAt(nextCr + 1) !== 10) {
      lineEnd = nextCr;
      eol = nextCr;
    }
    const next = eol + 1;

    if (inComment >= 0) {
      // Jump to the line that closes the comment (or the end of the document).
      const close = text.indexOf('-->', pos);
      if (close < 0) break;
      comments.push({ start: inComment, end: close + 3, body: text.slice(inComment + 4, close) });
      inComment = -1;
      let ls = close;
      while (ls > pos && text.charCodeAt(ls - 1) !== 10 && text.charCodeAt(ls - 1) !== 13) ls--;
      let le = close;
      while (le < len && text.charCodeAt(le) !== 10 && text.charCodeAt(le) !== 13) le++;
      if (text.slice(close + 3, le).trim()) {
        // Prose continues after the comment on the same line: let it start a paragraph.
        if (paraStart < 0) paraStart = close + 3;
        paraEnd = le;
      }
      pos = le < len && text.charCodeAt(le) === 13 && text.charCodeAt(le + 1) === 10 ? le + 2 : le + 1;
      continue;
    }

    if (fence) {
      const m = FENCE.exec(text.slice(pos, Math.min(lineEnd, pos + 80)));
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length) fence = null;
      pos = next;
      continue;
    }

    // Most lines are prose: a line whose first character is a letter or digit (no indentation) can only
    // start or continue a paragraph. Decided without cutting anything out of the text.
    if (pos < lineEnd && plainStart(text.charCodeAt(pos))) {
      if (paraStart < 0) {
        if (resync && resync(pos)) return pos;
        paraStart = pos;
      }
      paraEnd = lineEnd;
      pos = next;
      continue;
    }
    // Look only at the start of the line: cheap for long lines.
    const head = text.slice(pos, Math.min(lineEnd, pos + 16));
    const trimmed = head.trimStart();
    if (trimmed.length === 0 && isBlank(text, pos, lineEnd)) {
      closePara();
      pos = next;
      continue;
    }
    const fm = FENCE.exec(head);
    if (fm) {
      closePara();
      fence = fm[1];
      pos = next;
      continue;
    }
    if (trimmed.startsWith('<!--')) {
      const open = pos + head.indexOf('<!--');
      const close = text.indexOf('-->', open + 4);
      if (close < 0 || close >= lineEnd) {
        closePara();
        inComment = open;
        pos = next;
        continue;
      }
      // A one-line comment: recorded here; inline.ts masks it.
      comments.push({ start: open, end: close + 3, body: text.slice(open + 4, close) });
      if (!text.slice(close + 3, lineEnd).trim() && open === pos + head.length - trimmed.length) {
        closePara();
        pos = next;
        continue;
      }
    }
    const atx = ATX.exec(head);
    if (atx) {
      closePara();
      if (resync && resync(pos)) return pos;
      block(pos, lineEnd, atx[1].length);
      pos = next;
      continue;
    }
    if (paraStart >= 0 && SETEXT.test(text.slice(pos, Math.min(lineEnd, pos + 200)))) {
      // "Title\n=====": the paragraph so far is a heading.
      block(paraStart, lineEnd, text[pos + head.indexOf(trimmed[0])] === '=' ? 1 : 2);
      paraStart = -1;
      pos = next;
      continue;
    }
    if (paraStart < 0) {
      if (resync && resync(pos)) return pos;
      paraStart = pos;
    }
    paraEnd = lineEnd;
    pos = next;
  }
  if (inComment >= 0) comments.push({ start: inComment, end: len, body: text.slice(inComment + 4) });
  closePara();
  return -1;
}

/** Plain text: paragraphs separated by blank lines, nothing else. */
export function segmentPlainText(text: string): Segmentation {
  const starts: number[] = [];
  const ends: number[] = [];
  const levels: number[] = [];
  const block = (start: number, end: number) => {
    starts.push(start);
    ends.push(end);
    levels.push(0);
  };
  const re = /\r?\n[ \t]*\r?\n|\r[ \t]*\r/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (text.slice(start, m.index).trim()) block(start, m.index);
    start = m.index + m[0].length;
  }
  if (text.slice(start).trim()) block(start, text.length);
  return { starts, ends, levels, comments: [] };
}

/** A letter or digit: no block syntax (fence, heading, comment, setext underline, blank) starts with it. */
function plainStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function indexOrEnd(text: string, ch: string, from: number): number {
  const i = text.indexOf(ch, from);
  return i < 0 ? text.length : i;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xfeff) return false;
  }
  return true;
}
