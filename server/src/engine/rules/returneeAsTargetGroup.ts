import { reportClauses } from './clauseRules';
import { SCOPE_OPTION } from './scopeOption';
import type { Rule } from './types';

export const returneeAsTargetGroup: Rule = {
  meta: {
    id: 'eligibility/returnee-as-target-group',
    title: { en: 'Returnees as a target group without a definition', sv: 'Hemvändare som målgrupp utan definition' },
    rationale: {
      en: '“Returnees” names where people come from, not whether they have left the movement. Used as an eligibility category without a definition that requires disengagement, it admits people who still support the violence.',
      sv: '”Hemvändare” säger var personerna kommer ifrån, inte om de har lämnat rörelsen. Används ordet som målgrupp utan en definition som kräver avhopp släpper det in personer som fortfarande stödjer våldet.',
    },
    defaultSeverity: 'warning',
    fixable: true,
    options: SCOPE_OPTION,
    examples: {
      sv: {
        bad: ['Kommunen erbjuder hemvändare bostad, försörjningsstöd och samtalsstöd.', 'Stödet till återvändare samordnas av socialtjänsten.'],
        good: [
          'Med hemvändare avses personer som har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi. Kommunen erbjuder hemvändare bostad och samtalsstöd.',
          'Kommunen erbjuder stöd till hemvändare som har lämnat den våldsbejakande miljön.',
          'Migrationsverket ger stöd till återvändare som flyttar tillbaka till sitt hemland.',
        ],
      },
      en: {
        bad: ['The municipality offers returnees housing, income support and counselling.'],
        good: [
          'The municipality offers housing and counselling to returnees who have renounced violence and left the group.',
          'The agency supports refugees and returnees who go back to their country of origin.',
        ],
      },
    },
  },
  check: (ctx) => reportClauses(ctx, 'returnee'),
};
