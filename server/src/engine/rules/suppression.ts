import type { RuleMeta } from './types';

// These two are reported by the analyzer itself (they read comments, not prose); they have metadata so
// that they appear in the settings, the schema and the documentation like every other rule.

export const unusedSuppressionMeta: RuleMeta = {
  id: 'policy-lens/unused-suppression',
  title: { en: 'Unused suppression comment', sv: 'Oanvänd undantagskommentar' },
  rationale: {
    en: 'A suppression comment that suppresses nothing hides the next real finding on that line, and tells readers of the text something that is no longer true.',
    sv: 'En undantagskommentar som inte undantar något döljer nästa riktiga fynd på raden och säger något till läsaren som inte längre stämmer.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  examples: {
    sv: { bad: ['<!-- policy-lens-disable-next-line eligibility/disjunction -- beslutat av nämnden -->\nSkolan erbjuder läxhjälp.'], good: ['Skolan erbjuder läxhjälp.'] },
    en: { bad: ['<!-- policy-lens-disable-next-line eligibility/disjunction -- agreed by the board -->\nThe school offers homework help.'], good: ['The school offers homework help.'] },
  },
};

export const suppressionWithoutReasonMeta: RuleMeta = {
  id: 'policy-lens/suppression-without-reason',
  title: { en: 'Suppression comment without a reason', sv: 'Undantagskommentar utan skäl' },
  rationale: {
    en: 'A reviewer who accepts wording on purpose records why, so that the next reviewer can judge the decision: write the reason after “--”.',
    sv: 'Den som godtar en formulering med avsikt skriver varför, så att nästa granskare kan pröva beslutet: skriv skälet efter ”--”.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  examples: {
    sv: {
      bad: ['<!-- policy-lens-disable-next-line eligibility/returnee-as-target-group -->\nKommunen erbjuder hemvändare bostad och samtalsstöd.'],
      good: ['<!-- policy-lens-disable-next-line eligibility/returnee-as-target-group -- definieras i bilaga 2 -->\nKommunen erbjuder hemvändare bostad och samtalsstöd.'],
    },
    en: {
      bad: ['<!-- policy-lens-disable-next-line eligibility/returnee-as-target-group -->\nThe city offers returnees housing and counselling.'],
      good: ['<!-- policy-lens-disable-next-line eligibility/returnee-as-target-group -- defined in annex 2 -->\nThe city offers returnees housing and counselling.'],
    },
  },
};
