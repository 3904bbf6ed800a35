// Records where each document changed since it was last analysed, from the incremental changes the
// client sends, so the engine can match untouched blocks by position instead of re-reading them.

import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { PolicyTextDocument } from './document';
import type { ChangeHint } from '../engine';

/** The offset of a position as a client counting UTF-16 offsets means it: line start + character,
 * no farther than the start of the next line. */
function rawOffset(doc: TextDocument, pos: { line: number; character: number }): number {
  if (pos.line >= doc.lineCount) return doc.getText().length;
  const start = doc.offsetAt({ line: pos.line, character: 0 });
  const next = pos.line + 1 < doc.lineCount ? doc.offsetAt({ line: pos.line + 1, character: 0 }) : doc.getText().length;
  return Math.min(start + Math.max(0, pos.character), next);
}

export class ChangeTracker {
  /** null: changed in a way we cannot describe (a full-text change): analyse without a hint. */
  private dirty = new Map<string, ChangeHint | null>();

  /** A TextDocuments configuration that applies changes one by one and records each. */
  documentsConfiguration(): TextDocumentsConfiguration<TextDocument> {
    return {
      create: PolicyTextDocument.create,
      update: (doc, changes, version) => {
        for (const c of changes) {
          if ('range' in c && c.range) {
            const s = rawOffset(doc, c.range.start);
            const e = rawOffset(doc, c.range.end);
            if (s !== doc.offsetAt(c.range.start) || e !== doc.offsetAt(c.range.end)) {
              // A position between the \r and the \n of a line break. TextDocument moves it before the
              // \r; a client that counts offsets itself means the place between the two, and its text
              // would no longer be ours. Apply the change where the client meant it (rare: editors do
              // not put positions inside a line break).
              this.recordOffsets(doc.uri, s, e, c.text.length);
              const text = doc.getText();
              PolicyTextDocument.update(doc, [{ text: text.slice(0, s) + c.text + text.slice(e) }], version);
              continue;
            }
          }
          this.record(doc, c);
          PolicyTextDocument.update(doc, [c], version);
        }
        return doc;
      },
    };
  }

  private record(doc: TextDocument, c: TextDocumentContentChangeEvent): void {
    if (!('range' in c) || !c.range) {
      this.dirty.set(doc.uri, null);
      return;
    }
    this.recordOffsets(doc.uri, doc.offsetAt(c.range.start), doc.offsetAt(c.range.end), c.text.length);
  }

  private recordOffsets(uri: string, s: number, e: number, inserted: number): void {
    const prev = this.dirty.get(uri);
    if (prev === null) return;
    const d = inserted - (e - s);
    // The union of what changed before and what changes now, in the coordinates after this change.
    this.dirty.set(uri, prev ? { start: Math.min(prev.start, s), end: Math.max(prev.end, e) + d, delta: prev.delta + d } : { start: s, end: s + inserted, delta: d });
  }

  /** The change since the last call, and forget it (call right before analysing). */
  take(uri: string): ChangeHint | undefined {
    const h = this.dirty.get(uri);
    this.dirty.delete(uri);
    return h ?? undefined;
  }

  forget(uri: string): void {
    this.dirty.delete(uri);
  }
}
