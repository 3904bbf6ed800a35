// Quick fixes for the findings in range, and "fix all" for the document. Every edit is a
// TextDocumentEdit pinned to the version the analysis was made for: a client applying it to another
// version must refuse (and our own state lookup refuses to answer for a version it did not analyse).
//
// Per finding, in this order: the rule's own fixes (the preferred one first: attach the requirement;
// then a requirement sentence; then narrowing the group), then recording a waiver with a reason in the
// team file, then (Markdown, our client) a suppression comment with a reason.

import { CodeAction, CodeActionKind, CodeActionParams, Command, TextDocuments, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisResult, DocumentAnalyzer, Finding, Fix } from '../engine';
import { message } from '../engine/messages';
import { toCodeAction, toRange } from '../protocol/convert';
import { Commands, type SuppressCommentArgs, DiagnosticData, SOURCE } from '../shared/protocol';
import type { ConfigService } from './configService';
import type { Linter } from './linter';

export const FIX_ALL_KIND = CodeActionKind.SourceFixAll + '.policyLens';
/** Fix-all runs the analysis again after each round of fixes, at most this many times. */
const FIX_ALL_PASSES = 10;
/**
 * The lightbulb asks for code actions whenever the cursor moves: the "fix all" quick fix (which
 * analyses the document again per round) is, for clients that cannot resolve it lazily, offered there
 * only for documents up to this size.
 * source.fixAll, asked for explicitly (a command, on save), has no limit.
 */
const FIX_ALL_QUICKFIX_MAX_CHARS = 50_000;

export type { SuppressCommentArgs } from '../shared/protocol';

export interface CodeActionOptions {
  /** Our VS Code client asks for a reason before recording a waiver or a suppression comment. */
  clientPrompts?: boolean;
  /** Analyses a text as the document would be analysed (its configuration), for multi-pass fix-all. */
  reanalyze?: (uri: string, text: string) => Promise<AnalysisResult | undefined>;
  /** The client resolves code actions lazily (codeAction/resolve with "edit"): fix-all's edit waits for it. */
  resolveEdits?: boolean;
}

/** What a lazily resolved "fix all" quick fix carries until it is chosen. */
interface FixAllData {
  fixAll: { uri: string; version: number };
}

export async function provideCodeActions(params: CodeActionParams, documents: TextDocuments<TextDocument>, linter: Linter, options: CodeActionOptions = {}): Promise<(CodeAction | Command)[]> {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const state = linter.state(doc.uri, doc.version);
  if (!state) return [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const actions: CodeAction[] = [];
  const text = doc.getText();
  const markdown = doc.languageId !== 'plaintext' && !/\.txt$/i.test(doc.uri);

  if (wants(CodeActionKind.QuickFix)) {
    // Diagnostics the client sent back (their data names the finding), else findings overlapping the range.
    const fromClient = params.context.diagnostics
      .filter((d) => d.source === SOURCE)
      .map((d) => ({ d, data: d.data as DiagnosticData | undefined }))
      .filter((x) => x.data && x.data.version === doc.version && state.result.findings[x.data.index]?.ruleId === x.d.code);
    const s = doc.offsetAt(params.range.start);
    const e = doc.offsetAt(params.range.end);
    const pairs = fromClient.length
      ? fromClient.map((x) => ({ f: state.result.findings[x.data!.index], d: x.d }))
      : state.result.findings.map((f, i) => ({ f, d: state.diagnostics[i] })).filter(({ f }) => f.range.start <= e && s <= f.range.end);
    for (const { f, d } of pairs) {
      for (const fix of f.fixes) actions.push(toCodeAction(doc, fix, d));
      if (!f.ruleId.startsWith('eligibility/') && !f.ruleId.startsWith('plain-language/')) continue;
      actions.push({
        title: message(state.locale, 'fixWaiver'),
        kind: CodeActionKind.QuickFix,
        diagnostics: d ? [d] : undefined,
        command: { title: message(state.locale, 'fixWaiver'), command: Commands.recordWaiver, arguments: [{ uri: doc.uri, version: doc.version, rule: f.ruleId, quote: waiverQuote(text, f) }] },
      });
      if (markdown && options.clientPrompts) {
        const args = suppressCommentArgs(doc, f);
        actions.push({
          title: message(state.locale, 'fixSuppressComment'),
          kind: CodeActionKind.QuickFix,
          diagnostics: d ? [d] : undefined,
          command: { title: message(state.locale, 'fixSuppressComment'), command: Commands.suppressWithComment, arguments: [args] },
        });
      }
    }
    // With several fixable findings, "fix all" is offered next to the single fixes too.
    if (state.result.findings.filter((f) => f.fixes.some((x) => x.isPreferred)).length > 1 && pairs.some(({ f }) => f.fixes.length)) {
      if (options.resolveEdits) {
        // Computed only when chosen (codeAction/resolve): the lightbulb asks on every cursor move.
        const data: FixAllData = { fixAll: { uri: doc.uri, version: doc.version } };
        actions.push({ title: message(state.locale, 'fixAll'), kind: CodeActionKind.QuickFix, data });
      } else if (text.length <= FIX_ALL_QUICKFIX_MAX_CHARS) {
        const all = await fixAllAction(doc, state.result.findings, state.locale, CodeActionKind.QuickFix, options);
        if (all) actions.push(all);
      }
    }
  }

  if (wants(FIX_ALL_KIND) && (only?.length ?? 0) > 0) {
    const all = await fixAllAction(doc, state.result.findings, state.locale, FIX_ALL_KIND, options);
    if (all) actions.push(all);
  }
  return actions;
}

/** codeAction/resolve: the edit of a lazily offered "fix all", for the version it was offered for. */
export async function resolveCodeAction(action: CodeAction, documents: TextDocuments<TextDocument>, linter: Linter, options: CodeActionOptions = {}): Promise<CodeAction> {
  const data = action.data as Partial<FixAllData> | undefined;
  if (!data?.fixAll) return action;
  const doc = documents.get(data.fixAll.uri);
  const state = doc && doc.version === data.fixAll.version ? linter.state(doc.uri, doc.version) : undefined;
  if (!doc || !state) return action; // the document moved on: no edit, nothing applied
  const edits = await fixAllEdits(doc, state.result.findings, options.reanalyze);
  if (edits.length) action.edit = { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, edits)] };
  return action;
}

async function fixAllAction(doc: TextDocument, findings: Finding[], locale: 'en' | 'sv', kind: string, options: CodeActionOptions): Promise<CodeAction | undefined> {
  const edits = await fixAllEdits(doc, findings, options.reanalyze);
  if (!edits.length) return undefined;
  return { title: message(locale, 'fixAll'), kind, edit: { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, edits)] } };
}

/**
 * The preferred fix of every finding. Fixes are applied in rounds: in a round, at most one fix per
 * paragraph and never two that touch; then the text is analysed again (when it can be), so that one
 * requirement sentence is not added twice to a paragraph, and a fix that clears several findings is
 * not followed by fixes for findings that no longer exist. The result is one edit over the changed part.
 */
export async function fixAllEdits(doc: TextDocument, findings: Finding[], reanalyze?: CodeActionOptions['reanalyze']): Promise<TextEdit[]> {
  const original = doc.getText();
  let text = original;
  let current = findings;
  for (let pass = 0; pass < FIX_ALL_PASSES; pass++) {
    const round = chooseRound(text, current);
    if (!round.length) break;
    text = applyFixes(text, round);
    if (!reanalyze) break;
    const next = await reanalyze(doc.uri, text);
    if (!next) break;
    current = next.findings;
  }
  if (text === original) return [];
  // One edit over what changed: the common prefix and suffix stay untouched.
  let p = 0;
  while (p < original.length && p < text.length && original[p] === text[p]) p++;
  let q = 0;
  while (q < original.length - p && q < text.length - p && original[original.length - 1 - q] === text[text.length - 1 - q]) q++;
  return [{ range: toRange(doc, { start: p, end: original.length - q }), newText: text.slice(p, text.length - q) }];
}

function chooseRound(text: string, findings: Finding[]): Fix[] {
  const taken: { start: number; end: number }[] = [];
  const paragraphs = new Set<number>();
  const breaks: number[] = [];
  const re = /\n[ \t]*\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) breaks.push(m.index);
  const paragraphOf = (offset: number) => {
    let n = 0;
    while (n < breaks.length && breaks[n] < offset) n++;
    return n;
  };
  const round: Fix[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.isPreferred);
    if (!fix || !fix.edits.length) continue;
    const para = paragraphOf(f.range.start);
    if (paragraphs.has(para)) continue;
    if (fix.edits.some((e) => taken.some((t) => e.range.start <= t.end && t.start <= e.range.end))) continue;
    paragraphs.add(para);
    taken.push(...fix.edits.map((e) => e.range));
    round.push(fix);
  }
  return round;
}

function applyFixes(text: string, fixes: Fix[]): string {
  const edits = fixes.flatMap((f) => f.edits).sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  let out = text;
  for (const e of edits) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

/**
 * The flagged text with a few words of context each side, within its paragraph, so a waiver survives
 * edits elsewhere (and a heading above it can change without orphaning it).
 */
export function waiverQuote(text: string, f: Finding): string {
  const paraStart = Math.max(0, text.lastIndexOf('\n\n', f.range.start - 1) + 2, text.lastIndexOf('\r\n\r\n', f.range.start - 1) + 4);
  const after = text.slice(f.range.end).search(/\r?\n[ \t]*\r?\n/);
  const paraEnd = after < 0 ? text.length : f.range.end + after;
  let s = f.range.start;
  let e = f.range.end;
  for (let words = 0; s > paraStart && words < 4; ) if (/\s/.test(text[--s]) && !/\s/.test(text[s + 1] ?? '')) words++;
  for (let words = 0; e < paraEnd && words < 4; ) if (/\s/.test(text[e++]) && !/\s/.test(text[e] ?? '')) words++;
  return text.slice(Math.max(s, paraStart), Math.min(e, paraEnd)).replace(/\s+/g, ' ').trim();
}

/**
 * Where a suppression comment for a finding goes: above the line the finding starts on when that line
 * begins its paragraph (a comment line inside a paragraph would split it), else at the end of that line.
 */
export function suppressCommentArgs(doc: TextDocument, f: Finding): SuppressCommentArgs {
  const text = doc.getText();
  const pos = doc.positionAt(f.range.start);
  const lineStart = doc.offsetAt({ line: pos.line, character: 0 });
  const indent = /^[ \t]*(?:>[ \t]?)*/.exec(text.slice(lineStart, lineStart + 200))?.[0] ?? '';
  const prevLine = pos.line > 0 ? text.slice(doc.offsetAt({ line: pos.line - 1, character: 0 }), lineStart) : '';
  const startsParagraph = pos.line === 0 || !prevLine.trim() || /^\s*<!--.*-->\s*$/.test(prevLine);
  return { uri: doc.uri, version: doc.version, rule: f.ruleId, line: pos.line, mode: startsParagraph ? 'next-line' : 'line', indent };
}

/** Analyses a text as an open document would be (its configuration and format), for fix-all rounds. */
export function reanalyzerFor(config: ConfigService, documents: TextDocuments<TextDocument>): NonNullable<CodeActionOptions['reanalyze']> {
  // One analyzer per recent document: its block cache makes each round re-read only what changed.
  const analyzers = new Map<string, DocumentAnalyzer>();
  return async (uri, text) => {
    const doc = documents.get(uri);
    const cfg = await config.resolve(uri);
    const format = doc?.languageId === 'plaintext' || /\.txt$/i.test(uri) ? 'plaintext' : 'markdown';
    let analyzer = analyzers.get(uri);
    if (!analyzer) {
      if (analyzers.size >= 4) analyzers.delete(analyzers.keys().next().value!);
      analyzers.set(uri, (analyzer = new DocumentAnalyzer()));
    }
    return analyzer.analyze(text, cfg.engine, format);
  };
}
