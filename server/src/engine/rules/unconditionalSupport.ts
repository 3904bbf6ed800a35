import { reportClauses } from './clauseRules';
import { SCOPE_OPTION } from './scopeOption';
import type { Rule } from './types';

export const unconditionalSupport: Rule = {
  meta: {
    id: 'eligibility/unconditional-support',
    title: { en: 'Support without a disengagement requirement', sv: 'Stöd utan krav på avhopp' },
    rationale: {
      en: 'Support planned for people who are in, or return from, a violent or criminal environment, with no requirement that they leave it, can reach people who remain active. Programmes that work make support conditional on leaving the environment and renouncing its ideology or crime.',
      sv: 'Stöd som planeras för personer som är i, eller kommer hem från, en våldsbejakande eller kriminell miljö, utan krav på att de lämnar den, kan nå personer som fortfarande är aktiva. Program som fungerar villkorar stödet av att personen lämnar miljön och tar avstånd från ideologin eller brotten.',
    },
    defaultSeverity: 'warning',
    fixable: true,
    options: SCOPE_OPTION,
    examples: {
      sv: {
        bad: [
          'Socialtjänsten erbjuder försörjningsstöd och boende till personer i kriminella nätverk.',
          'Kommunen ska erbjuda psykosocialt stöd till dem som har deltagit i strider för terrororganisationer.',
          'Bostad ges oavsett om personen har lämnat den våldsbejakande miljön eller inte.',
        ],
        good: [
          'Socialtjänsten erbjuder försörjningsstöd och boende till personer i kriminella nätverk som vill lämna dem.',
          'Kommunen erbjuder stöd till anhöriga till personer i kriminella nätverk.',
          'Skolan erbjuder stöd till elever som riskerar att dras in i kriminalitet.',
        ],
      },
      en: {
        bad: [
          'The council provides housing and job support to gang members.',
          'The programme offers counselling to people involved in violent extremism.',
          'Housing is provided regardless of whether the person has left the gang.',
        ],
        good: [
          'The council provides housing and job support to gang members who have left the gang and stopped offending.',
          'The programme offers counselling to parents of young people involved in violent extremism.',
          'The programme offers counselling to young people who are at risk of radicalisation.',
        ],
      },
    },
  },
  check: (ctx) => reportClauses(ctx, 'unconditional'),
};
