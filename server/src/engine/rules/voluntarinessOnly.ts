import { environment, message } from '../messages';
import { sentenceFix, shift } from './fixes';
import { SCOPE_OPTION } from './scopeOption';
import type { Rule, Scope } from './types';

export const voluntarinessOnly: Rule = {
  meta: {
    id: 'eligibility/voluntariness-only',
    title: { en: 'Support conditioned only on voluntariness', sv: 'Stöd som bara villkoras av frivillighet' },
    rationale: {
      en: 'Voluntariness says that a person agrees to take part, not that they have left the environment. Where voluntariness is the only condition stated, support can reach people who remain active.',
      sv: 'Frivillighet betyder att personen går med på att delta, inte att hen har lämnat miljön. När frivillighet är det enda villkoret kan stödet nå personer som fortfarande är aktiva.',
    },
    defaultSeverity: 'warning',
    fixable: true,
    options: SCOPE_OPTION,
    examples: {
      sv: {
        bad: ['Kommunen kan erbjuda stöd till vuxna, men det bygger på frivillighet.'],
        good: ['Stödet bygger på frivillighet och förutsätter att personen har lämnat den kriminella miljön.'],
      },
      en: {
        bad: ['Support is offered to adults on a voluntary basis.'],
        good: ['Support is voluntary and requires that the person has left the violent group.'],
      },
    },
  },
  check(ctx) {
    const scope = (ctx.options.scope as Scope) ?? 'section';
    for (const b of ctx.blocks) {
      if (!b.facts.voluntaryOnly.length || ctx.requirementInScope(b, scope)) continue;
      for (const v of b.facts.voluntaryOnly) {
        const fix = sentenceFix(ctx, b, v.sentence, 'extremist', true);
        ctx.report({
          range: shift(v.range, b.start),
          message: message(ctx.locale, 'voluntaryOnly', { env: environment(ctx.locale, 'extremist') }),
          data: {
            language: b.facts.language,
            context: 'extremist',
            groups: [],
            joiner: '',
            support: { text: v.support.text, range: shift(v.support, b.start) },
            suggestion: fix.edits[0].newText.trim(),
          },
          fixes: [fix],
        });
      }
    }
  },
};
