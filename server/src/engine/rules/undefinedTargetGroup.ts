import { fill, requirementText } from '../fixes/wording';
import { message, quote } from '../messages';
import { at, shift } from './fixes';
import type { Rule } from './types';

export const undefinedTargetGroup: Rule = {
  meta: {
    id: 'eligibility/undefined-target-group',
    title: { en: 'Target group used but never defined', sv: 'Målgruppen används men definieras aldrig' },
    rationale: {
      en: 'When support is promised to “the target group” and the document never says who that is, each reader fills in their own answer, and the decision about who is eligible moves from the policy to whoever applies it.',
      sv: 'När stöd utlovas till ”målgruppen” och dokumentet aldrig säger vilka den består av fyller varje läsare i sitt eget svar, och beslutet om vem som är berättigad flyttas från policyn till den som tillämpar den.',
    },
    defaultSeverity: 'info',
    fixable: true,
    examples: {
      sv: {
        bad: ['Målgruppen ska erbjudas stöd i form av boende och sysselsättning.'],
        good: ['Målgruppen utgörs av personer som har lämnat en kriminell miljö. Målgruppen ska erbjudas stöd i form av boende.'],
      },
      en: {
        bad: ['The target group will be offered housing support.'],
        good: ['The target group consists of people who have left a criminal gang. The target group will be offered housing support.'],
      },
    },
  },
  check(ctx) {
    if (ctx.targetGroupDefined()) return;
    for (const b of ctx.blocks) {
      for (const use of b.facts.targetGroupUses) {
        if (tableHeading(ctx.text, b.start + use.range.start, b.start + use.range.end)) continue;
        // "(målgrupp: gängmedlemmar som …)", "Target group: …": defined where it stands.
        if (/^\s*:\s*\S/.test(ctx.text.slice(b.start + use.range.end, b.start + use.range.end + 4))) continue;
        const w = ctx.wording(b.facts.language);
        const definition = fill(w.targetGroupDefinition, requirementText(w, 'extremist', false));
        const term = ctx.text.slice(b.start + use.range.start, b.start + use.range.end);
        const end = b.start + use.sentence.end;
        const newText = /[.!?…]/.test(ctx.text[end - 1]) ? ' ' + definition : '. ' + definition.replace(/\.$/, '');
        ctx.report({
          range: shift(use.range, b.start),
          message: message(ctx.locale, 'undefinedTargetGroup', { term }),
          data: { language: b.facts.language, context: 'extremist', groups: [], joiner: '', suggestion: definition },
          fixes: [{ kind: 'define-target-group', title: message(ctx.locale, 'fixDefine', { wording: quote(definition, 60) }), edits: [{ range: at(end), newText }], isPreferred: true }],
        });
      }
    }
  },
};

/** "| Målgrupp | Insats |": a column heading; the table's rows say who the target group is. */
function tableHeading(text: string, start: number, end: number): boolean {
  let a = start - 1;
  while (a >= 0 && (text[a] === ' ' || text[a] === '\t')) a--;
  let b = end;
  while (b < text.length && (text[b] === ' ' || text[b] === '\t')) b++;
  return text[a] === '|' && text[b] === '|';
}
