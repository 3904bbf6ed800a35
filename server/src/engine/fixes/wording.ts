// The wording Policy Lens inserts, per language and per environment. Teams can replace any of it in
// their team file ("templates"); {requirement} and {have} are filled in here. The grammar around the
// wording (agreement, "who have been" before a bare participle, commas) is rules/fixes.ts's job.

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

/** The keys a team file may set under "templates.sv" / "templates.en" (for validation and the schema). */
export const WORDING_KEYS: readonly (keyof Wording)[] = ['requirement', 'afterNoun', 'afterVerb', 'sentence', 'targetGroupDefinition'];

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
  // A template that is not a non-empty string (a broken team file) falls back to the default.
  const pick = (v: unknown, d: string) => (typeof v === 'string' && v.trim() ? v : d);
  const req = (o.requirement ?? {}) as Partial<Record<ContextKind, unknown>>;
  return {
    requirement: { extremist: pick(req.extremist, base.requirement.extremist), criminal: pick(req.criminal, base.requirement.criminal) },
    afterNoun: pick(o.afterNoun, base.afterNoun),
    afterVerb: pick(o.afterVerb, base.afterVerb),
    sentence: pick(o.sentence, base.sentence),
    targetGroupDefinition: pick(o.targetGroupDefinition, base.targetGroupDefinition),
  };
}

export function requirementText(w: Wording, context: ContextKind, singular: boolean): string {
  return w.requirement[context].replace(/\{have\}/g, singular ? 'has' : 'have');
}

export function fill(template: string, requirement: string): string {
  return template.replace(/\{requirement\}/g, requirement);
}

export type ClauseForm = 'afterNoun' | 'afterVerb' | 'sentence';

/**
 * The requirement as a writer inserts it by hand (the "insert a requirement clause" command): after a
 * noun ("… som har lämnat …"), after a verb phrase ("… och har lämnat …"), or as a sentence. English
 * agreement is plural after a noun or verb (the common case in policy text: "people who have left"),
 * singular in the sentence ("the person has left").
 */
export function requirementClause(language: Language, context: ContextKind, form: ClauseForm, overrides?: WordingOverrides): string {
  const w = resolveWording(language, overrides);
  return fill(w[form], requirementText(w, context, form === 'sentence'));
}
