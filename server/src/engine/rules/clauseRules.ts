// The three rules that report an in-context group receiving support without a requirement. Each
// clause is reported by exactly one of them, the most specific: a disjunction of alternatives, a
// returnee category, or plain unconditional support.

import { environment, message, quote } from '../messages';
import { eligibilityFixes, shift } from './fixes';
import type { EligibilityClause, RuleContext, Scope } from './types';

export type ClauseKind = 'disjunction' | 'returnee' | 'unconditional';

export function clauseKind(c: EligibilityClause): ClauseKind {
  if (c.disjunctive) return 'disjunction';
  if (c.targets.every((t) => t.returnee)) return 'returnee';
  return 'unconditional';
}

export function reportClauses(ctx: RuleContext, kind: ClauseKind): void {
  const scope = (ctx.options.scope as Scope) ?? 'section';
  for (const b of ctx.blocks) {
    if (b.facts.clauses.length === 0) continue;
    for (const c of b.facts.clauses) {
      if (clauseKind(c) !== kind) continue;
      if (ctx.requirementInScope(b, scope, c.terms)) continue;
      const target = c.groups.find((g) => g.lacksRequirement) ?? c.groups[0];
      const env = environment(ctx.locale, c.context);
      const diversion = c.targets.every((t) => t.form === 'clause');
      const waiverOnly = !!c.waiver && c.targets.every((t) => t.form === 'clause');
      const msgKey = kind === 'disjunction' ? 'disjunction' : kind === 'returnee' ? 'returnee' : waiverOnly ? 'waivedRequirement' : diversion ? 'diversion' : 'unconditionalSupport';
      const fixes = eligibilityFixes(ctx, b, c);
      const preferred = fixes.find((f) => f.isPreferred);
      ctx.report({
        range: shift(c.range, b.start),
        message: message(ctx.locale, msgKey, { joiner: c.joiner, target: quote(target.text), env }),
        data: {
          language: b.facts.language,
          context: c.context,
          // With the requirement waived and no group named, the clause admits whoever the support reaches.
          groups: c.groups.map((g) => ({ ...g, text: waiverOnly ? message(ctx.locale, 'waivedGroup') : g.text, range: shift(g.range, b.start) })),
          joiner: c.joiner,
          support: c.support ? { text: c.support.text, range: shift(c.support, b.start) } : undefined,
          suggestion: preferred?.edits[0]?.newText.trim(),
        },
        related: c.support ? [{ range: shift(c.support, b.start), message: `“${c.support.text}”` }] : [],
        fixes,
      });
    }
  }
}
