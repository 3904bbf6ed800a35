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
import { Finding, Fix, GroupPart, Locale, message, ruleDocUrl, ruleMeta, Severity, Span } from '../engine';
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
  const data: DiagnosticData = { version: doc.version, index, rule: f.ruleId };
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

const HOVER_TEXT = {
  en: { admits: 'The clause admits', missing: 'Missing', missingText: 'a requirement to leave the environment and renounce its ideology or crime', why: 'Why it matters', suggestion: 'Suggested wording', support: 'Support', docs: 'Rule documentation', lacks: 'no requirement', joinedBy: 'joined by' },
  sv: { admits: 'Satsen släpper in', missing: 'Saknas', missingText: 'ett krav på att lämna miljön och ta avstånd från ideologin eller brotten', why: 'Varför det spelar roll', suggestion: 'Förslag till formulering', support: 'Stöd', docs: 'Regelns dokumentation', lacks: 'inget krav', joinedBy: 'förenade med' },
};

/** The hover for one finding, in the user's language: groups, what is missing, why, suggestion, link. */
export function hoverMarkdown(f: Finding, locale: Locale): string {
  const t = HOVER_TEXT[locale];
  const meta = ruleMeta(f.ruleId);
  const lines: string[] = [];
  lines.push(`**Policy Lens** · \`${f.ruleId}\`${meta ? ` — ${meta.title[locale]}` : ''}`, '', f.message);
  const groups = f.data.groups;
  if (groups.length) {
    lines.push('', `**${t.admits}**${f.data.joiner ? ` (${t.joinedBy} *${f.data.joiner}*)` : ''}:`);
    for (const g of groups) lines.push(`- “${escape(g.text)}” — ${message(locale, KIND_KEY[g.kind])}${g.lacksRequirement ? ` · **${t.lacks}**` : ''}`);
  }
  if (f.data.support) lines.push('', `**${t.support}:** “${escape(f.data.support.text)}”`);
  if (f.ruleId.startsWith('eligibility/') && f.ruleId !== 'eligibility/undefined-target-group') lines.push('', `**${t.missing}:** ${t.missingText}.`);
  if (meta) lines.push('', `**${t.why}:** ${meta.rationale[locale]}`);
  if (f.data.suggestion) lines.push('', `**${t.suggestion}:** “${escape(f.data.suggestion)}”`);
  lines.push('', `[${t.docs}](${ruleDocUrl(f.ruleId)})`);
  return lines.join('\n');
}

export function groupSummary(groups: GroupPart[], joiner: string): string {
  return groups.map((g) => `“${g.text}”`).join(` ${joiner || ','} `);
}

function escape(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>])/g, '\\$1');
}
