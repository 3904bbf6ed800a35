import { reportClauses } from './clauseRules';
import { SCOPE_OPTION } from './scopeOption';
import type { Rule } from './types';

export const disjunction: Rule = {
  meta: {
    id: 'eligibility/disjunction',
    title: { en: 'Disjunction admits a group without a requirement', sv: 'Eller-led släpper in en grupp utan krav' },
    rationale: {
      en: 'A small “or” sets people who leave a violent environment side by side with people who are still in it, or come home from it, as equally eligible. Support then reaches people still inside the movement. Established exit work (Exit, KRIS, Hayat, Wegweiser) requires leaving the environment and renouncing the ideology.',
      sv: 'Ett litet ”eller” ställer personer som lämnar en våldsbejakande miljö bredvid personer som fortfarande är kvar i den, eller kommer hem från den, som lika berättigade. Stödet når då personer som fortfarande är kvar i rörelsen. Etablerat avhoppararbete (Exit, KRIS, Hayat, Wegweiser) kräver att man lämnar miljön och tar avstånd från ideologin.',
    },
    defaultSeverity: 'warning',
    fixable: true,
    options: SCOPE_OPTION,
    examples: {
      sv: {
        bad: [
          'När en person vill lämna en kriminell grupp eller kommer hem från strider utomlands erbjuds hon boende och stöd.',
          'Kommunen ger stöd till personer som vill lämna en våldsbejakande gruppering eller återvänder från konfliktområden.',
          'Socialtjänsten erbjuder stöd till unga som riskerar att involveras i eller som redan är involverade i våldsbejakande extremism.',
        ],
        good: [
          'När en person vill lämna en kriminell grupp eller kommer hem från strider utomlands och har lämnat den våldsbejakande miljön erbjuds hon boende och stöd.',
          'Fritidsgården eller skolan erbjuder stöd till alla elever.',
          'Stöd ges till den som vill lämna en våldsbejakande gruppering eller har lämnat den.',
        ],
      },
      en: {
        bad: [
          'The city offers housing and counselling to people who want to leave a violent extremist group or who return from fighting abroad.',
          'Support is available to persons involved in violent extremist groups or at risk of radicalisation.',
        ],
        good: [
          'The city offers housing and counselling to people who want to leave a violent extremist group or who return from fighting abroad and have renounced violence.',
          'Support is available to students at the school or the youth centre.',
        ],
      },
    },
  },
  check: (ctx) => reportClauses(ctx, 'disjunction'),
};
