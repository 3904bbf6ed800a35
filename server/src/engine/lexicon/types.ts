import type { ContextKind } from '../types';

/** The word classes the clause model reads. Each is a list of token patterns (see pattern.ts). */
export type Category =
  | 'support' // an offer of support: stöd, insatser, housing, counselling …
  | 'inContext' // people in, or returning from, the violent or criminal context
  | 'leaving' // leaving / a disengagement requirement: lämna, ta avstånd, renounce …
  | 'atRisk' // at risk of being drawn in (prevention, not membership)
  | 'former' // have been (former membership, not a requirement)
  | 'relativesOf' // relatives of …: the support goes to the family, not to the person
  | 'prevention' // "förhindra att unga ansluter sig", "prevent young people from joining"
  | 'receiver' // an organisation receiving the group (kommuner som tar emot återvändare)
  | 'migration' // migration/refugee sense of "return"
  | 'waivedRequirement' // "oavsett om", "regardless of whether": a requirement said not to apply
  | 'negation' // "inte", "not": an offer that is not made
  | 'strongCondition' // a binding condition: villkor, förutsätter, endast, only, provided …
  | 'definition' // avses, refers to …
  | 'voluntariness' // frivillighet, voluntary
  | 'weakModal' // bör, kan, should, may, where possible …
  | 'targetGroup' // målgruppen / the target group
  | 'targetGroupDefinition' // målgruppen är / the target group consists of …
  | 'obligationNoActor' // det är viktigt med …
  | 'hedge'; // med största sannolikhet …

export interface InContextEntry {
  pattern: string;
  /** Noun phrase ("hemvändare") or verb phrase ("kommer hem från strider"): decides the fix wording. */
  form: 'np' | 'vp' | 'clause';
  /** A category word for returnees ("hemvändare", "returnees"): reported by its own rule. */
  returnee?: boolean;
  context?: ContextKind;
  /** Offenders in general ("lagöverträdare", "released from prison"): in scope only where the sentence
   * or paragraph names a gang, network, organised crime, extremism or terrorism. */
  generic?: boolean;
}

export type LexiconData = { [K in Category]: K extends 'inContext' ? InContextEntry[] : string[] };
