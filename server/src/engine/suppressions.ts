// Suppression comments in Markdown, each with a required reason:
//
//   <!-- policy-lens-disable-next-line eligibility/disjunction -- decided by the board 2026-03-12 -->
//   … text <!-- policy-lens-disable-line eligibility/disjunction -- quoted from the law -->
//   <!-- policy-lens-disable eligibility/returnee-as-target-group -- old text, rewritten in 2027 -->
//   …
//   <!-- policy-lens-enable -->
//
// Rule ids are separated by spaces or commas; none means every rule. The reason follows "--" (an en or
// em dash, as word processors write it, counts too). "next-line" covers the next line with text on it,
// skipping blank lines and other directive comments (so directives can be stacked); "line" covers the
// line the comment stands on; a region runs from "disable" to the next "enable" that names one of its
// rules, or names none (or to the end of the document).
//
// A directive without a reason, one that suppresses nothing, one that names an unknown rule, and an
// unknown directive ("policy-lens-disable-nextline") are reported themselves. A directive that names
// only rules that are off is not reported as unused: the team may have turned the rule off for now.

import type { EngineConfig } from './config';
import { message } from './messages';
import { RULE_IDS } from './rules/registry';
import type { Comment } from './text/segment';
import type { Finding, Severity, Span } from './types';

const DIRECTIVE = /^\s*policy-lens-([a-z][a-z-]*)(?=\s|$)([^]*)$/i;
const KINDS = { 'disable-next-line': 'next-line', 'disable-line': 'line', disable: 'region-start', enable: 'region-end' } as const;
/** "--", or an en or em dash that a word processor made of it, between the rule ids and the reason. */
const REASON_SEPARATOR = /(?:^|\s)(?:--|—|–)/;
const UNUSED = 'policy-lens/unused-suppression';
const NO_REASON = 'policy-lens/suppression-without-reason';

type Kind = (typeof KINDS)[keyof typeof KINDS];

interface Directive {
  comment: Comment;
  kind: Kind;
  rules: string[] | 'all';
  reason: string;
  covers: Span;
  used: boolean;
}

export interface SuppressionInput {
  findings: Finding[];
  /** Comments that stand on lines of their own (from segmentation). */
  comments: Comment[];
  /** The prose blocks: comments inside them (at the end of a line) are found here. */
  blocks: Span[];
  text: string;
  config: EngineConfig;
  /** True for a rule that ran on this document (not off, not failed). */
  isActive: (ruleId: string) => boolean;
}

/** Quick test before the work: a document without the marker has no directives. */
export function mayHaveDirectives(text: string): boolean {
  return text.includes('policy-lens-');
}

export function applySuppressions(input: SuppressionInput): Finding[] {
  const { text, config } = input;
  const locale = config.locale;
  const comments = [...input.comments, ...inlineComments(text, input.blocks, input.comments)].sort((a, b) => a.start - b.start);
  const directives: Directive[] = [];
  const extra: Finding[] = [];
  const severity = (id: string): Severity | undefined => {
    const s = config.rules[id]?.severity ?? 'warning';
    return s === 'off' ? undefined : s;
  };
  const report = (ruleId: string, c: Comment, msg: string, fixes: Finding['fixes'] = []) => {
    const sev = severity(ruleId);
    if (!sev) return;
    extra.push({ ruleId, severity: sev, range: { start: c.start, end: c.end }, message: msg, data: { language: locale, context: 'extremist', groups: [], joiner: '' }, related: [], fixes });
  };

  for (const c of comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    const name = m[1].toLowerCase() as keyof typeof KINDS;
    const kind = KINDS[name];
    if (!kind) {
      // A typo in the directive: say so, or the writer believes the finding is suppressed.
      if (/^(disable|enable)/.test(name)) report(UNUSED, c, message(locale, 'unknownSuppressionDirective', { directive: `policy-lens-${name}` }));
      continue;
    }
    const rest = m[2];
    const sep = REASON_SEPARATOR.exec(rest);
    const ruleText = sep ? rest.slice(0, sep.index) : rest;
    const reason = sep ? rest.slice(sep.index + sep[0].length).trim() : '';
    const ids = ruleText.split(/[\s,]+/).filter(Boolean);
    directives.push({ comment: c, kind, rules: ids.length ? ids : 'all', reason, covers: coverage(kind, c, text), used: false });
  }

  // Regions: from "disable" to the next "enable" that closes it.
  for (let i = 0; i < directives.length; i++) {
    const d = directives[i];
    if (d.kind !== 'region-start') continue;
    const end = directives.slice(i + 1).find((e) => e.kind === 'region-end' && (e.rules === 'all' || d.rules === 'all' || e.rules.some((r) => (d.rules as string[]).includes(r))));
    d.covers = { start: d.comment.end, end: end ? end.comment.start : text.length };
    if (end) end.used = true;
  }

  const kept = input.findings.filter((f) => {
    const d = directives.find((x) => x.kind !== 'region-end' && f.range.start >= x.covers.start && f.range.start < x.covers.end && (x.rules === 'all' || x.rules.includes(f.ruleId)));
    if (!d) return true;
    d.used = true;
    return false;
  });

  for (const d of directives) {
    const known = d.rules === 'all' ? 'all' : d.rules.filter((r) => RULE_IDS.includes(r));
    const unknown = d.rules === 'all' ? [] : d.rules.filter((r) => !RULE_IDS.includes(r));
    if (d.kind !== 'region-end' && !d.reason) report(NO_REASON, d.comment, message(locale, 'suppressionWithoutReason'));
    if (unknown.length) report(UNUSED, d.comment, message(locale, 'unknownRuleInSuppression', { rule: unknown.join(', ') }));
    const couldSuppress = known === 'all' || known.some((r) => input.isActive(r));
    if (!d.used && couldSuppress && (known === 'all' || known.length > 0)) {
      report(UNUSED, d.comment, message(locale, 'unusedSuppression'), [{ kind: 'remove-suppression', title: message(locale, 'fixRemoveSuppression'), edits: [{ range: removalRange(text, d.comment), newText: '' }], isPreferred: true }]);
    }
  }
  return [...kept, ...extra].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}

/**
 * Comments inside prose blocks (a directive at the end of a line of text), outside inline code, that
 * segmentation did not record as comments of their own.
 */
function inlineComments(text: string, blocks: Span[], known: Comment[]): Comment[] {
  const out: Comment[] = [];
  const starts = new Set(known.map((c) => c.start));
  for (const b of blocks) {
    const raw = text.slice(b.start, b.end);
    if (!raw.includes('policy-lens-')) continue;
    // Inline code shows directives as examples: blank it out first (same length).
    const masked = raw.replace(/(`+)[^]*?\1/g, (s) => ' '.repeat(s.length));
    const re = /<!--([^]*?)-->/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(masked)) !== null) {
      const start = b.start + m.index;
      if (starts.has(start)) continue;
      out.push({ start, end: start + m[0].length, body: m[1] });
    }
  }
  return out;
}

function coverage(kind: Kind, c: Comment, text: string): Span {
  if (kind === 'line') return { start: lineStartAt(text, c.start), end: lineEndAt(text, c.end) };
  if (kind === 'next-line') {
    // The next line with text on it that is not itself a directive comment.
    let p = lineEndAt(text, c.end);
    while (p < text.length) {
      const start = p + (text[p] === '\r' && text[p + 1] === '\n' ? 2 : 1);
      if (start > text.length) break;
      const end = lineEndAt(text, start);
      const line = text.slice(start, end).trim();
      if (line && !/^<!--\s*policy-lens-[^]*-->$/.test(line)) return { start, end };
      p = end;
    }
    return { start: text.length, end: text.length };
  }
  return { start: c.end, end: c.end };
}

/** The comment with its line when it stands alone on it, else the comment and the spaces before it. */
function removalRange(text: string, c: Comment): Span {
  let start = c.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  const lineEnd = lineEndAt(text, c.end);
  const alone = (start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r') && !text.slice(c.end, lineEnd).trim();
  if (!alone) return { start, end: c.end };
  const next = text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? lineEnd + 2 : lineEnd < text.length ? lineEnd + 1 : lineEnd;
  return { start, end: next };
}

function lineStartAt(text: string, at: number): number {
  let i = at;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function lineEndAt(text: string, at: number): number {
  let i = at;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}
