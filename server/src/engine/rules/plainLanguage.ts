import { message } from '../messages';
import { shift } from './fixes';
import type { Rule } from './types';

export const obligationWithoutActor: Rule = {
  meta: {
    id: 'plain-language/obligation-without-actor',
    title: { en: 'Obligation with no responsible actor', sv: 'Åtagande utan ansvarig aktör' },
    rationale: {
      en: '“It is important that …” says something should happen but not who must make it happen. Name the actor: “The social services shall …”.',
      sv: '”Det är viktigt med …” säger att något bör ske men inte vem som ska se till att det sker. Ange aktören: ”Socialtjänsten ska …”.',
    },
    defaultSeverity: 'off',
    fixable: false,
    examples: {
      sv: { bad: ['Det är viktigt med samverkan mellan skola och socialtjänst.'], good: ['Socialtjänsten ska samverka med skolan.'] },
      en: { bad: ['It is important to coordinate the work of schools and social services.'], good: ['The social services shall coordinate their work with schools.'] },
    },
  },
  check(ctx) {
    for (const b of ctx.blocks)
      for (const r of b.facts.obligations) {
        const range = shift(r, b.start);
        ctx.report({ range, message: message(ctx.locale, 'obligation', { text: ctx.text.slice(range.start, range.end) }), data: { language: b.facts.language, context: 'extremist', groups: [], joiner: '' } });
      }
  },
};

export const hedge: Rule = {
  meta: {
    id: 'plain-language/hedge',
    title: { en: 'Hedged statement', sv: 'Garderat påstående' },
    rationale: {
      en: 'Hedges such as “most likely” or “to some extent” weaken a strategy’s statements; say what is known or what will be done.',
      sv: 'Garderingar som ”med största sannolikhet” eller ”i viss mån” försvagar en strategis påståenden; skriv vad som är känt eller vad som ska göras.',
    },
    defaultSeverity: 'off',
    fixable: false,
    examples: {
      sv: { bad: ['Insatserna leder med största sannolikhet till färre brott.'], good: ['Insatserna ska följas upp årligen.'] },
      en: { bad: ['The measures will probably reduce crime.'], good: ['The measures will be evaluated every year.'] },
    },
  },
  check(ctx) {
    for (const b of ctx.blocks)
      for (const r of b.facts.hedges) {
        const range = shift(r, b.start);
        ctx.report({ range, message: message(ctx.locale, 'hedge', { text: ctx.text.slice(range.start, range.end) }), data: { language: b.facts.language, context: 'extremist', groups: [], joiner: '' } });
      }
  },
};
