// Records where each document changed since it was last analysed, from the incremental changes the
// client sends, so the engine can match untouched blocks by position instead of re-reading them.

import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ChangeHint } from '../engine';

export class ChangeTracker {
  /** null: changed in a way we cannot describe (a full-text change): analyse without a hint. */
  private dirty = new Map<string, ChangeHint | null>();

  /** A TextDocuments configuration that applies changes one by one and records each. */
  documentsConfiguration(): TextDocumentsConfiguration<TextDocument> {
    return {
      create: TextDocument.create,
      update: (doc, changes, version) => {
        for (const c of changes) {
          this.record(doc, c);
          TextDocument.update(doc, [c], version);
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
    if (this.dirty.get(doc.uri) === null) return;
    const s = doc.offsetAt(c.range.start);
    const e = doc.offsetAt(c.range.end);
    const d = c.text.length - (e - s);
    const prev = this.dirty.get(doc.uri);
    // The union of what changed before and what changes now, in the coordinates after this change.
    this.dirty.set(doc.uri, prev ? { start: Math.min(prev.start, s), end: Math.max(prev.end, e) + d, delta: prev.delta + d } : { start: s, end: s + c.text.length, delta: d });
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
