// Fixes shared by the eligibility rules. Offsets are document offsets.

import type { EligibilityClause } from '../analysis/block';
import { fill, requirementText } from '../fixes/wording';
import { message, quote } from '../messages';
import type { Fix, Span } from '../types';
import type { BlockView, RuleContext } from './types';

/** Attach the requirement to every alternative that lacks it: the preferred fix. */
export function attachFix(ctx: RuleContext, b: BlockView, c: EligibilityClause): Fix {
  const w = ctx.wording(b.facts.language);
  const edits = c.targets.map((t) => {
    const req = requirementText(w, c.context, t.singular);
    const tpl = t.form === 'np' ? w.afterNoun : w.afterVerb;
    return { range: at(b.start + t.insertAt), newText: fill(tpl, req) };
  });
  // A "clause" target ("instead of prison") has no group phrase to attach to: say it as a sentence.
  if (c.targets.every((t) => t.form === 'clause')) return sentenceFix(ctx, b, c.sentence, c.context, true);
  return {
    kind: 'attach-requirement',
    title: message(ctx.locale, 'fixAttach', { wording: quote(edits[0].newText.trim(), 60) }),
    edits,
    isPreferred: true,
  };
}

/** A requirement sentence after the sentence. */
export function sentenceFix(ctx: RuleContext, b: BlockView, sentence: Span, context: EligibilityClause['context'], preferred: boolean): Fix {
  const w = ctx.wording(b.facts.language);
  const sentenceText = fill(w.sentence, requirementText(w, context, true));
  const end = b.start + sentence.end;
  const last = ctx.text[end - 1];
  const newText = /[.!?…]/.test(last) ? ' ' + sentenceText : '. ' + sentenceText.replace(/[.]$/, '');
  return {
    kind: 'requirement-sentence',
    title: message(ctx.locale, 'fixSentence', { wording: quote(sentenceText, 60) }),
    edits: [{ range: at(end), newText }],
    isPreferred: preferred,
  };
}

export function narrowFix(ctx: RuleContext, b: BlockView, c: EligibilityClause): Fix | undefined {
  if (!c.narrow) return undefined;
  const start = b.start + c.narrow.start;
  // Take the space before the coordinator too, so no double space is left.
  const from = ctx.text[start - 1] === ' ' ? start - 1 : start;
  const range = { start: from, end: b.start + c.narrow.end };
  return {
    kind: 'narrow-target-group',
    title: message(ctx.locale, 'fixNarrow', { alternative: quote(ctx.text.slice(range.start, range.end), 50) }),
    edits: [{ range, newText: '' }],
    isPreferred: false,
  };
}

export function eligibilityFixes(ctx: RuleContext, b: BlockView, c: EligibilityClause): Fix[] {
  const fixes = [attachFix(ctx, b, c)];
  if (fixes[0].kind !== 'requirement-sentence') fixes.push(sentenceFix(ctx, b, c.sentence, c.context, false));
  const n = narrowFix(ctx, b, c);
  if (n) fixes.push(n);
  return fixes;
}

export function at(offset: number): Span {
  return { start: offset, end: offset };
}

export function shift(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}
