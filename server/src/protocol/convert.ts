// The only place that turns engine offsets into LSP positions, and findings into diagnostics, hovers
// and code actions.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeAction,
  CodeActionKind,
  Diagnostic,
  DiagnosticSeverity,
  DiagnosticTag,
  Range,
  TextDocumentEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import { Finding, Fix, Locale, ruleDocUrl, ruleMeta, Severity, Span } from '../engine';
import { environment, message, MessageKey, quoted } from '../engine/messages';
import { SOURCE, type DiagnosticData } from '../shared/protocol';

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function toSeverity(s: Severity): DiagnosticSeverity {
  switch (s) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'info':
      return DiagnosticSeverity.Information;
    default:
      return DiagnosticSeverity.Hint;
  }
}

export function toDiagnostic(doc: TextDocument, f: Finding, index: number, relatedSupport: boolean): Diagnostic {
  const data: DiagnosticData = { version: doc.version, index };
  const d: Diagnostic = {
    range: toRange(doc, f.range),
    severity: toSeverity(f.severity),
    code: f.ruleId,
    codeDescription: { href: ruleDocUrl(f.ruleId) },
    source: SOURCE,
    message: f.message,
    data,
  };
  if (f.ruleId === 'policy-lens/unused-suppression') d.tags = [DiagnosticTag.Unnecessary];
  if (relatedSupport && f.related.length) d.relatedInformation = f.related.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r.range) }, message: r.message }));
  return d;
}

/** A workspace edit that only applies to the document version it was computed for. */
export function toWorkspaceEdit(doc: TextDocument, fix: Fix): WorkspaceEdit {
  return {
    documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, fix.edits.map((e) => ({ range: toRange(doc, e.range), newText: e.newText })))],
  };
}

export function toCodeAction(doc: TextDocument, fix: Fix, diagnostic: Diagnostic | undefined): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    isPreferred: fix.isPreferred,
    diagnostics: diagnostic ? [diagnostic] : undefined,
    edit: toWorkspaceEdit(doc, fix),
  };
}

const KIND_KEY = { 'in-context': 'kind_in_context', leaving: 'kind_leaving', former: 'kind_former', 'at-risk': 'kind_at_risk', other: 'kind_other' } as const;

export interface HoverOptions {
  /** The document's text: lets the hover show the sentence before and after the preferred fix. */
  text?: string;
  /** The team glossary: definitions of the group terms the finding names. */
  glossary?: Record<string, string>;
}

/**
 * The hover for one finding, in the user's language, for a reviewer who has to decide: which groups the
 * clause admits and how they are joined, which alternative lacks the requirement, what is missing and
 * why it matters, the suggested wording (the sentence now and with the fix), the fixes on offer, and the
 * rule's documentation.
 */
export function hoverMarkdown(f: Finding, locale: Locale, options: HoverOptions = {}): string {
  const t = (key: MessageKey, args?: Record<string, string | number>) => message(locale, key, args);
  const q = (s: string) => quoted(locale, escape(s));
  const meta = ruleMeta(f.ruleId);
  const lines: string[] = [];
  lines.push(`**Policy Lens** · \`${f.ruleId}\`${meta ? ` — ${meta.title[locale]}` : ''}`, '', escape(f.message));

  const groups = f.data.groups;
  if (groups.length) {
    lines.push('', `**${t('hover_admits')}**${f.data.joiner ? ` (${t('hover_joinedBy', { joiner: f.data.joiner })})` : ''}:`);
    if (groups.length > 1) lines.push('', groups.map((g) => q(g.text)).join(` **${f.data.joiner || ','}** `));
    lines.push('');
    for (const g of groups) {
      const state = g.lacksRequirement ? `**${t('hover_lacks')}** ✗` : g.kind === 'leaving' ? `${t('hover_has')} ✓` : '';
      lines.push(`- ${q(g.text)} — ${t(KIND_KEY[g.kind])}${state ? ` · ${state}` : ''}`);
    }
  }
  if (f.data.support) lines.push('', `**${t('hover_support')}:** ${q(f.data.support.text)}`);
  const eligibility = f.ruleId.startsWith('eligibility/') && f.ruleId !== 'eligibility/undefined-target-group' && f.ruleId !== 'eligibility/requirement-not-binding';
  const lacking = groups.filter((g) => g.lacksRequirement);
  if (eligibility && lacking.length) lines.push('', `**${t('hover_missing')}:** ${t('hover_missingText', { env: environment(locale, f.data.context), target: lacking.map((g) => g.text.replace(/\s+/g, ' ')).join(' / ') })}`);
  if (meta) {
    let why = meta.rationale[locale];
    if (eligibility && !/Wegweiser/.test(why)) why += ' ' + t('hover_exitWork');
    lines.push('', `**${t('hover_why')}:** ${why}`);
  }

  const preferred = f.fixes.find((x) => x.isPreferred);
  const diff = preferred && options.text !== undefined ? fixPreview(options.text, f.range, preferred) : undefined;
  if (diff) lines.push('', `**${t('hover_suggestion')}:**`, '', `> ${t('hover_before')}: ${diff.before}`, '>', `> ${t('hover_after')}: ${diff.after}`);
  else if (f.data.suggestion) lines.push('', `**${t('hover_suggestion')}:** ${q(f.data.suggestion)}`);

  const definitions = glossaryFor(groups.map((g) => g.text).join(' '), options.glossary ?? {});
  if (definitions.length) {
    lines.push('', `**${t('hover_glossary')}:**`);
    for (const [term, def] of definitions) lines.push(`- **${escape(term)}** — ${escape(def)}`);
  }
  if (f.fixes.length) {
    lines.push('', `**${t('hover_fixes')}:**`);
    for (const x of f.fixes) lines.push(`- ${escape(x.title)}${x.isPreferred ? ' ★' : ''}`);
  }
  if (!f.ruleId.startsWith('policy-lens/')) lines.push('', t('hover_waive', { rule: f.ruleId }));
  lines.push('', `[${t('hover_docs')}](${ruleDocUrl(f.ruleId)})`);
  return lines.join('\n');
}

/** The team glossary's definition of a term, in Markdown. */
export function glossaryMarkdown(term: string, definition: string, locale: Locale): string {
  return `**${message(locale, 'hover_glossary')}** · **${escape(term)}** — ${escape(definition)}`;
}

/** Glossary entries whose term occurs in the text (whole words, any case), longest first. */
function glossaryFor(text: string, glossary: Record<string, string>): [string, string][] {
  const out: [string, string][] = [];
  const lower = text.toLowerCase();
  for (const [term, def] of Object.entries(glossary).sort((a, b) => b[0].length - a[0].length)) {
    const k = term.toLowerCase().trim();
    if (!k) continue;
    const i = lower.indexOf(k);
    if (i < 0 || /[\p{L}\p{N}]/u.test(lower[i - 1] ?? '')) continue;
    if (out.some(([t]) => t.toLowerCase().includes(k))) continue;
    out.push([term, def]);
  }
  return out.slice(0, 5);
}

/**
 * The words around a fix, before and after it, in Markdown: what was rewritten is struck through and
 * what is new is bold. Edits never overlap, so they apply in one pass.
 */
export function fixPreview(text: string, range: Span, fix: Fix): { before: string; after: string } | undefined {
  if (!fix.edits.length) return undefined;
  const edits = [...fix.edits].sort((a, b) => a.range.start - b.range.start);
  let from = Math.min(range.start, edits[0].range.start);
  let to = Math.max(range.end, edits[edits.length - 1].range.end);
  // A few words of context each side, within the sentence and paragraph; "…" where it is cut.
  const back = wordBoundaryBack(text, from, 6);
  const forward = wordBoundaryForward(text, to, 6);
  from = back.at;
  to = forward.at;
  if (to - from > 600) return undefined;
  let before = '';
  let after = '';
  let pos = from;
  for (const e of edits) {
    const same = escape(text.slice(pos, e.range.start));
    before += same;
    after += same;
    const old = text.slice(e.range.start, e.range.end);
    if (old.trim()) {
      // The spaces around the old words stay outside the emphasis ("ideologin ~~eller inte~~.").
      const lead = /^\s*/.exec(old)![0];
      const trail = /\s*$/.exec(old)![0];
      before += `${lead}*${escape(old.trim())}*${trail}`;
      after += `${lead}~~${escape(old.trim())}~~${trail || (e.newText.trim() ? ' ' : '')}`;
    }
    if (e.newText.trim()) after += `${/^\s/.test(e.newText) ? ' ' : ''}**${escape(e.newText).trim()}**${/\s$/.test(e.newText) ? ' ' : ''}`;
    pos = e.range.end;
  }
  const tail = escape(text.slice(pos, to));
  const open = back.cut ? '…' : '';
  const close = forward.cut ? '…' : '';
  return { before: open + (before + tail).trim() + close, after: open + (after + tail).replace(/\s+/g, ' ').trim() + close };
}

function wordBoundaryBack(text: string, at: number, words: number): { at: number; cut: boolean } {
  let i = at;
  for (let n = 0; i > 0; ) {
    if (text[i - 1] === '\n' && /^\s*$/.test(text.slice(text.lastIndexOf('\n', i - 2) + 1, i - 1))) return { at: i, cut: false };
    if (/[.!?]/.test(text[i - 1]) && i < at) return { at: i, cut: false };
    if (n >= words) return { at: i, cut: true };
    i--;
    if (/\s/.test(text[i]) && !/\s/.test(text[i + 1] ?? '')) n++;
  }
  return { at: 0, cut: false };
}

function wordBoundaryForward(text: string, at: number, words: number): { at: number; cut: boolean } {
  let i = at;
  for (let n = 0; i < text.length; i++) {
    if (text[i] === '\n' && /^[ \t]*(\r?\n|$)/.test(text.slice(i + 1))) return { at: i, cut: false };
    if (/[.!?]/.test(text[i])) return { at: i + 1, cut: false };
    if (/\s/.test(text[i]) && !/\s/.test(text[i - 1] ?? '')) n++;
    if (n >= words) return { at: i, cut: true };
  }
  return { at: text.length, cut: false };
}

function escape(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}
