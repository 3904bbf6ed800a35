// The server's text document: the TextDocument interface of vscode-languageserver-textdocument, with
// the same positions and the same handling of incremental changes, but line starts found with
// indexOf instead of a loop over every character (on a 1 MB document: about 1 ms instead of 6 on open,
// which is when they are needed first).

import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { lineOf, lineStarts } from '../engine/text/lines';

const CR = 13;
const LF = 10;

function isEOL(c: number): boolean {
  return c === CR || c === LF;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

export class PolicyTextDocument implements TextDocument {
  private starts: number[] | undefined;

  private constructor(
    readonly uri: string,
    readonly languageId: string,
    private _version: number,
    private content: string,
  ) {}

  static create(uri: string, languageId: string, version: number, content: string): PolicyTextDocument {
    return new PolicyTextDocument(uri, languageId, version, content);
  }

  /** Applies the changes in order (ranges in each change refer to the text after the previous one). */
  static update(doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    if (!(doc instanceof PolicyTextDocument)) throw new Error('PolicyTextDocument.update: not a PolicyTextDocument');
    doc.apply(changes, version);
    return doc;
  }

  get version(): number {
    return this._version;
  }

  get lineCount(): number {
    return this.lineOffsets().length;
  }

  getText(range?: Range): string {
    if (!range) return this.content;
    return this.content.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.content.length), 0);
    const starts = this.lineOffsets();
    const line = lineOf(starts, offset);
    return { line, character: this.beforeEOL(offset, starts[line]) - starts[line] };
  }

  offsetAt(position: Position): number {
    const starts = this.lineOffsets();
    if (position.line >= starts.length) return this.content.length;
    if (position.line < 0) return 0;
    const start = starts[position.line];
    if (position.character <= 0) return start;
    const next = position.line + 1 < starts.length ? starts[position.line + 1] : this.content.length;
    return this.beforeEOL(Math.min(start + position.character, next), start);
  }

  getLineRange(line: number): Range {
    const starts = this.lineOffsets();
    if (line >= starts.length) {
      const last = starts.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.content.length - starts[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = starts[line];
    const next = line + 1 < starts.length ? starts[line + 1] : this.content.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEOL(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const starts = this.lineOffsets();
    if (line < 0 || line >= starts.length) return '';
    const next = line + 1 < starts.length ? starts[line + 1] : this.content.length;
    return this.content.substring(this.beforeEOL(next, starts[line]), next);
  }

  private apply(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range) {
        const range = wellFormed(change.range);
        const startOffset = this.offsetAt(range.start);
        const endOffset = this.offsetAt(range.end);
        this.content = this.content.substring(0, startOffset) + change.text + this.content.substring(endOffset);
        const insertedEnd = startOffset + change.text.length;
        const starts = this.starts;
        // A \r\n pair split or joined at an edge of the change: count the lines again when needed.
        const c = this.content;
        if (!starts || (c.charCodeAt(startOffset - 1) === CR && c.charCodeAt(startOffset) === LF) || (c.charCodeAt(insertedEnd - 1) === CR && c.charCodeAt(insertedEnd) === LF)) {
          this.starts = undefined;
          continue;
        }
        const startLine = Math.max(range.start.line, 0);
        const endLine = Math.max(range.end.line, 0);
        const added = lineStarts(change.text, false, startOffset);
        if (endLine - startLine === added.length) {
          for (let i = 0; i < added.length; i++) starts[i + startLine + 1] = added[i];
        } else if (added.length < 10000) {
          starts.splice(startLine + 1, endLine - startLine, ...added);
        } else {
          this.starts = starts.slice(0, startLine + 1).concat(added, starts.slice(endLine + 1));
        }
        const diff = change.text.length - (endOffset - startOffset);
        if (diff !== 0) {
          const s = this.starts!;
          for (let i = startLine + 1 + added.length; i < s.length; i++) s[i] += diff;
        }
      } else {
        this.content = change.text;
        this.starts = undefined;
      }
    }
    this._version = version;
  }

  private lineOffsets(): number[] {
    return (this.starts ??= lineStarts(this.content, true));
  }

  private beforeEOL(offset: number, lineStart: number): number {
    while (offset > lineStart && isEOL(this.content.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}
