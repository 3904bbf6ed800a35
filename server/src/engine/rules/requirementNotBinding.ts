import { message } from '../messages';
import { shift } from './fixes';
import type { Rule } from './types';

export const requirementNotBinding: Rule = {
  meta: {
    id: 'eligibility/requirement-not-binding',
    title: { en: 'Disengagement requirement is not binding', sv: 'Kravet på avhopp är inte bindande' },
    rationale: {
      en: 'A requirement written with “should”, “may” or “where possible” reads as advice. Whoever decides on support can then grant it without the requirement being met.',
      sv: 'Ett krav som skrivs med ”bör”, ”kan” eller ”i möjligaste mån” läses som ett råd. Den som beslutar om stöd kan då bevilja det utan att kravet är uppfyllt.',
    },
    defaultSeverity: 'info',
    fixable: true,
    examples: {
      sv: {
        bad: ['Hemvändare erbjuds stöd och bör ta avstånd från den våldsbejakande ideologin.'],
        good: ['Hemvändare erbjuds stöd och ska ta avstånd från den våldsbejakande ideologin.'],
      },
      en: {
        bad: ['Returnees receive housing support and should renounce violent extremism.'],
        good: ['Returnees receive housing support and must renounce violent extremism.'],
      },
    },
  },
  check(ctx) {
    for (const b of ctx.blocks) {
      for (const w of b.facts.weakRequirements) {
        const modalRange = shift(w.modal, b.start);
        const modalText = ctx.text.slice(modalRange.start, modalRange.end);
        ctx.report({
          range: shift(w.range, b.start),
          message: message(ctx.locale, 'weakRequirement', { modal: modalText, binding: w.modal.text }),
          data: { language: b.facts.language, context: 'extremist', groups: [], joiner: '', detail: modalText, suggestion: w.modal.text },
          fixes: [
            {
              kind: 'strengthen-modality',
              title: message(ctx.locale, 'fixStrengthen', { binding: w.modal.text }),
              edits: [{ range: modalRange, newText: w.modal.text }],
              isPreferred: true,
            },
          ],
        });
      }
    }
  },
};
