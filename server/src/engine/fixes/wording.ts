// The wording Policy Lens inserts, per language and per environment. Teams can replace any of it in
// their team file ("templates"); {requirement} and {have} are filled in here.

import type { ContextKind, Language } from '../types';

export interface Wording {
  /** The requirement itself, for each environment. {have} becomes has/have in English. */
  requirement: Record<ContextKind, string>;
  /** Attached after a noun phrase ("hemvändare" → "hemvändare som …"). */
  afterNoun: string;
  /** Attached after a verb phrase ("kommer hem från strider" → "… och har lämnat …"). */
  afterVerb: string;
  /** A sentence of its own after the clause. */
  sentence: string;
  /** A definition of the target group. */
  targetGroupDefinition: string;
}

export const DEFAULT_WORDING: Record<Language, Wording> = {
  sv: {
    requirement: {
      extremist: 'har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi',
      criminal: 'har lämnat den kriminella miljön och upphört med brottslig verksamhet',
    },
    afterNoun: ' som {requirement}',
    afterVerb: ' och {requirement}',
    sentence: 'Stödet förutsätter att personen {requirement}.',
    targetGroupDefinition: 'Med målgruppen avses personer som {requirement}.',
  },
  en: {
    requirement: {
      extremist: '{have} left the violent extremist environment and renounced its ideology',
      criminal: '{have} left the criminal environment and stopped offending',
    },
    afterNoun: ' who {requirement}',
    afterVerb: ' and {requirement}',
    sentence: 'Support requires that the person {requirement}.',
    targetGroupDefinition: 'The target group consists of people who {requirement}.',
  },
};

export type WordingOverrides = Partial<Record<Language, Partial<Omit<Wording, 'requirement'>> & { requirement?: Partial<Record<ContextKind, string>> }>>;

export function resolveWording(language: Language, overrides?: WordingOverrides): Wording {
  const base = DEFAULT_WORDING[language];
  const o = overrides?.[language];
  if (!o) return base;
  return {
    requirement: { ...base.requirement, ...(o.requirement ?? {}) },
    afterNoun: o.afterNoun ?? base.afterNoun,
    afterVerb: o.afterVerb ?? base.afterVerb,
    sentence: o.sentence ?? base.sentence,
    targetGroupDefinition: o.targetGroupDefinition ?? base.targetGroupDefinition,
  };
}

export function requirementText(w: Wording, context: ContextKind, singular: boolean): string {
  return w.requirement[context].replace(/\{have\}/g, singular ? 'has' : 'have');
}

export function fill(template: string, requirement: string): string {
  return template.replace(/\{requirement\}/g, requirement);
}
