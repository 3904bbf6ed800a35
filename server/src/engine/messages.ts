// Every sentence the engine says, in English and Swedish. The language is the user's UI language
// (config.locale), not the document's: a Swedish reviewer reading an English plan gets Swedish.

import type { ContextKind } from './types';

export type Locale = 'en' | 'sv';

type Args = Record<string, string | number>;
const fmt = (s: string, a: Args) => s.replace(/\{(\w+)\}/g, (_, k) => String(a[k] ?? ''));

const en = {
  env_extremist: 'the violent extremist environment',
  env_criminal: 'the criminal environment',
  disjunction: '“{joiner}” makes these groups equally eligible: “{target}” gets support without a requirement to leave {env}.',
  unconditionalSupport: 'Support goes to “{target}” with no requirement to leave {env}.',
  diversion: 'Support is given in place of punishment (“{target}”), with no requirement to leave {env}.',
  returnee: '“{target}” is used as a target group for support, but nothing requires them to have left {env}.',
  voluntaryOnly: 'The support is conditioned only on voluntariness, not on leaving {env}.',
  weakRequirement: 'The requirement to leave is not binding (“{modal}”): state it with “{binding}”.',
  undefinedTargetGroup: '“{term}” receives support, but this document never says who the target group is.',
  obligation: '“{text}”: who is responsible? Name the actor who must act.',
  hedge: '“{text}” hedges the statement: say what is known, or what will be done.',
  unusedSuppression: 'This suppression comment suppresses nothing: remove it.',
  suppressionWithoutReason: 'A suppression comment needs a reason after “--”.',
  unknownRuleInSuppression: 'Unknown rule “{rule}” in a suppression comment.',
  fixAttach: 'Require leaving: add “{wording}”',
  fixSentence: 'Add a requirement sentence: “{wording}”',
  fixNarrow: 'Narrow the target group: remove “{alternative}”',
  fixStrengthen: 'Make the requirement binding: “{binding}”',
  fixDefine: 'Define the target group: “{wording}”',
  fixRemoveSuppression: 'Remove the unused suppression comment',
  skippedLarge: 'Policy Lens skipped this document: {size} MB is above the limit of {limit} MB (setting policyLens.maxFileSizeMb).',
  skippedBinary: 'Policy Lens skipped this document: it looks like binary data, not text.',
  tooMany: 'Policy Lens shows the first {max} findings of {count} (setting policyLens.maxProblems).',
  ruleError: 'Rule {rule} failed on this document and was turned off for it: {error}',
  kind_in_context: 'in, or returning from, the environment',
  kind_leaving: 'leaving it',
  kind_former: 'formerly in it',
  kind_at_risk: 'at risk of being drawn in',
  kind_other: 'other',
};

const sv: typeof en = {
  env_extremist: 'den våldsbejakande miljön',
  env_criminal: 'den kriminella miljön',
  disjunction: '”{joiner}” gör grupperna lika berättigade: ”{target}” får stöd utan krav på att lämna {env}.',
  unconditionalSupport: 'Stöd ges till ”{target}” utan krav på att lämna {env}.',
  diversion: 'Stöd ges i stället för straff (”{target}”), utan krav på att lämna {env}.',
  returnee: '”{target}” används som målgrupp för stöd, men inget kräver att de har lämnat {env}.',
  voluntaryOnly: 'Stödet villkoras bara av frivillighet, inte av att personen lämnar {env}.',
  weakRequirement: 'Kravet på att lämna miljön är inte bindande (”{modal}”): skriv det med ”{binding}”.',
  undefinedTargetGroup: '”{term}” får stöd, men dokumentet säger aldrig vilka målgruppen är.',
  obligation: '”{text}”: vem ansvarar? Ange vilken aktör som ska agera.',
  hedge: '”{text}” garderar påståendet: skriv vad som är känt eller vad som ska göras.',
  unusedSuppression: 'Den här undantagskommentaren undantar ingenting: ta bort den.',
  suppressionWithoutReason: 'En undantagskommentar behöver ett skäl efter ”--”.',
  unknownRuleInSuppression: 'Okänd regel ”{rule}” i en undantagskommentar.',
  fixAttach: 'Kräv avhopp: lägg till ”{wording}”',
  fixSentence: 'Lägg till en kravmening: ”{wording}”',
  fixNarrow: 'Avgränsa målgruppen: ta bort ”{alternative}”',
  fixStrengthen: 'Gör kravet bindande: ”{binding}”',
  fixDefine: 'Definiera målgruppen: ”{wording}”',
  fixRemoveSuppression: 'Ta bort den oanvända undantagskommentaren',
  skippedLarge: 'Policy Lens hoppade över dokumentet: {size} MB är över gränsen {limit} MB (inställningen policyLens.maxFileSizeMb).',
  skippedBinary: 'Policy Lens hoppade över dokumentet: det ser ut som binärdata, inte text.',
  tooMany: 'Policy Lens visar de första {max} av {count} fynd (inställningen policyLens.maxProblems).',
  ruleError: 'Regeln {rule} misslyckades på dokumentet och stängdes av för det: {error}',
  kind_in_context: 'i, eller på väg hem från, miljön',
  kind_leaving: 'på väg ut ur miljön',
  kind_former: 'tidigare i miljön',
  kind_at_risk: 'i riskzonen',
  kind_other: 'annan',
};

export type MessageKey = keyof typeof en;
const TABLE: Record<Locale, typeof en> = { en, sv };

export function message(locale: Locale, key: MessageKey, args: Args = {}): string {
  return fmt(TABLE[locale][key], args);
}

export function environment(locale: Locale, context: ContextKind): string {
  return TABLE[locale][context === 'criminal' ? 'env_criminal' : 'env_extremist'];
}

/** Shortens a quoted phrase for a one-line message. */
export function quote(s: string, max = 70): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : t.slice(0, max - 1).trimEnd() + '…';
}
