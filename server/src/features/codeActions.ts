// Quick fixes for the findings in range, and "fix all" for the document. Every edit is a
// TextDocumentEdit pinned to the version the analysis was made for: a client applying it to another
// version must refuse (and our own state lookup refuses to answer for a version it did not analyse).

import { CodeAction, CodeActionKind, CodeActionParams, Command, TextDocuments, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine';
import { toCodeAction, toRange } from '../protocol/convert';
import { Commands, DiagnosticData, SOURCE } from '../shared/protocol';
import type { Linter } from './linter';

export const FIX_ALL_KIND = CodeActionKind.SourceFixAll + '.policyLens';

export function provideCodeActions(params: CodeActionParams, documents: TextDocuments<TextDocument>, linter: Linter): (CodeAction | Command)[] {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const state = linter.state(doc.uri, doc.version);
  if (!state) return [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    // Diagnostics the client sent back (their data names the finding), else findings overlapping the range.
    const fromClient = params.context.diagnostics
      .filter((d) => d.source === SOURCE)
      .map((d) => ({ d, data: d.data as DiagnosticData | undefined }))
      .filter((x) => x.data && x.data.version === doc.version && state.result.findings[x.data.index]?.ruleId === x.data.rule);
    const pairs = fromClient.length
      ? fromClient.map((x) => ({ f: state.result.findings[x.data!.index], d: x.d }))
      : state.result.findings
          .map((f, i) => ({ f, d: state.diagnostics[i] }))
          .filter(({ f }) => {
            const s = doc.offsetAt(params.range.start);
            const e = doc.offsetAt(params.range.end);
            return f.range.start <= e && s <= f.range.end;
          });
    for (const { f, d } of pairs) {
      for (const fix of f.fixes) actions.push(toCodeAction(doc, fix, d));
      if (f.ruleId.startsWith('eligibility/') || f.ruleId.startsWith('plain-language/')) {
        actions.push({
          title: state.locale === 'sv' ? `Registrera ett undantag med skäl för ${f.ruleId}…` : `Record a waiver with a reason for ${f.ruleId}…`,
          kind: CodeActionKind.QuickFix,
          diagnostics: d ? [d] : undefined,
          command: { title: 'Record waiver', command: Commands.recordWaiver, arguments: [{ uri: doc.uri, version: doc.version, rule: f.ruleId, quote: waiverQuote(doc.getText(), f) }] },
        });
      }
    }
  }

  if (wants(FIX_ALL_KIND) && (only?.length ?? 0) > 0) {
    const all = fixAllEdits(doc, state.result.findings);
    if (all.length) actions.push({ title: state.locale === 'sv' ? 'Åtgärda alla Policy Lens-fynd' : 'Fix all Policy Lens findings', kind: FIX_ALL_KIND, edit: { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, all)] } });
  }
  return actions;
}

/** The preferred fix of every finding, leaving out any edit that would overlap one already taken. */
export function fixAllEdits(doc: TextDocument, findings: Finding[]): TextEdit[] {
  const taken: { start: number; end: number }[] = [];
  const edits: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.isPreferred);
    if (!fix) continue;
    if (fix.edits.some((e) => taken.some((t) => e.range.start <= t.end && t.start <= e.range.end))) continue;
    for (const e of fix.edits) {
      taken.push(e.range);
      edits.push({ range: toRange(doc, e.range), newText: e.newText });
    }
  }
  return edits;
}

/** The flagged text with a few words of context each side, so a waiver survives edits elsewhere. */
export function waiverQuote(text: string, f: Finding): string {
  let s = f.range.start;
  let e = f.range.end;
  for (let words = 0; s > 0 && words < 4; ) if (/\s/.test(text[--s]) && !/\s/.test(text[s + 1] ?? '')) words++;
  for (let words = 0; e < text.length && words < 4; ) if (/\s/.test(text[e++]) && !/\s/.test(text[e] ?? '')) words++;
  return text.slice(s, e).replace(/\s+/g, ' ').trim();
}
