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
  unknownSuppressionDirective: 'Unknown directive “{directive}”: use policy-lens-disable-next-line, policy-lens-disable-line, policy-lens-disable or policy-lens-enable.',
  fixAttach: 'Add the requirement to “{target}”: “{wording}”',
  fixAttachAll: 'Add the requirement to every alternative that lacks it: “{wording}”',
  fixSentence: 'Add a requirement sentence after it: “{wording}”',
  fixNarrow: 'Narrow the target group to those who leave: remove “{alternative}”',
  fixWaiverCondition: 'Make leaving a condition: “{wording}”',
  waivedRequirement: 'The support is given “{target}”: the requirement to leave {env} is waived.',
  waivedGroup: 'anyone the support reaches, whether or not they have left',
  fixWaiver: 'Record a waiver with a reason in the team file…',
  fixSuppressComment: 'Suppress here with a comment and a reason…',
  fixAll: 'Fix all Policy Lens findings',
  fixStrengthen: 'Make the requirement binding: “{binding}”',
  fixDefine: 'Define the target group: “{wording}”',
  fixRemoveSuppression: 'Remove the unused suppression comment',
  skippedLarge: 'Policy Lens skipped this document: {size} MB is above the limit of {limit} MB (setting policyLens.maxFileSizeMb).',
  skippedBinary: 'Policy Lens skipped this document: it looks like binary data, not text.',
  truncated: 'A paragraph at line {line} holds more than {max} clauses; Policy Lens analysed it up to line {stop}.',
  tooMany: 'Policy Lens shows the first {max} findings of {count} (setting policyLens.maxProblems).',
  ruleError: 'Rule {rule} failed on this document and was turned off for it: {error}',
  analysisError: 'The paragraph at line {line} could not be analysed and was skipped: {error}',
  kind_in_context: 'in, or returning from, the environment',
  kind_leaving: 'leaving it',
  kind_former: 'formerly in it',
  kind_at_risk: 'at risk of being drawn in',
  kind_other: 'other',
  waiverExpired: 'The waiver for {rule} (“{quote}”) expired on {date}.',
  hover_admits: 'Who the clause admits',
  hover_joinedBy: 'joined by “{joiner}”',
  hover_lacks: 'no requirement to leave',
  hover_has: 'requirement in place',
  hover_missing: 'What is missing',
  hover_missingText: 'A requirement to leave {env} for the alternative “{target}”.',
  hover_support: 'Support offered',
  hover_why: 'Why it matters',
  hover_exitWork: 'Established exit work (Exit, KRIS, Hayat, Wegweiser) requires leaving the environment and renouncing the ideology.',
  hover_suggestion: 'Suggested wording',
  hover_before: 'Now',
  hover_after: 'With the fix',
  hover_fixes: 'Quick fixes (Ctrl+. / Cmd+.)',
  hover_docs: 'Rule documentation',
  hover_glossary: 'Team glossary',
  hover_waive: 'If the wording is intended, record a waiver with a reason (quick fix), or write `<!-- policy-lens-disable-next-line {rule} -- reason -->` above the line.',
  explainNothing: 'There is no Policy Lens finding at the cursor.',
  explainTitle: 'Policy Lens: explanation',
  lintWorkspaceProgress: 'Checking policy documents',
  lintWorkspaceDone: '{files} documents checked in the workspace: {findings} findings in {withFindings} documents.',
  lintWorkspaceNone: 'No policy documents (*.md, *.txt) were found in the workspace folders.',
  lintWorkspaceSkipped: '{count} documents were skipped (ignored by the team file, or too large).',
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
  unknownSuppressionDirective: 'Okänt direktiv ”{directive}”: använd policy-lens-disable-next-line, policy-lens-disable-line, policy-lens-disable eller policy-lens-enable.',
  fixAttach: 'Lägg till kravet för ”{target}”: ”{wording}”',
  fixAttachAll: 'Lägg till kravet för varje led som saknar det: ”{wording}”',
  fixSentence: 'Lägg till en kravmening efter: ”{wording}”',
  fixNarrow: 'Avgränsa målgruppen till dem som lämnar: ta bort ”{alternative}”',
  fixWaiverCondition: 'Gör avhoppet till ett villkor: ”{wording}”',
  waivedRequirement: 'Stödet ges ”{target}”: kravet på att lämna {env} gäller inte.',
  waivedGroup: 'alla som stödet når, oavsett om de har lämnat',
  fixWaiver: 'Registrera ett undantag med skäl i teamfilen…',
  fixSuppressComment: 'Undanta här med en kommentar och ett skäl…',
  fixAll: 'Åtgärda alla Policy Lens-fynd',
  fixStrengthen: 'Gör kravet bindande: ”{binding}”',
  fixDefine: 'Definiera målgruppen: ”{wording}”',
  fixRemoveSuppression: 'Ta bort den oanvända undantagskommentaren',
  skippedLarge: 'Policy Lens hoppade över dokumentet: {size} MB är över gränsen {limit} MB (inställningen policyLens.maxFileSizeMb).',
  skippedBinary: 'Policy Lens hoppade över dokumentet: det ser ut som binärdata, inte text.',
  truncated: 'Ett stycke på rad {line} innehåller fler än {max} satser; Policy Lens analyserade det till rad {stop}.',
  tooMany: 'Policy Lens visar de första {max} av {count} fynd (inställningen policyLens.maxProblems).',
  ruleError: 'Regeln {rule} misslyckades på dokumentet och stängdes av för det: {error}',
  analysisError: 'Stycket på rad {line} kunde inte analyseras och hoppades över: {error}',
  kind_in_context: 'i, eller på väg hem från, miljön',
  kind_leaving: 'på väg ut ur miljön',
  kind_former: 'tidigare i miljön',
  kind_at_risk: 'i riskzonen',
  kind_other: 'annan',
  waiverExpired: 'Undantaget för {rule} (”{quote}”) gick ut {date}.',
  hover_admits: 'Vilka satsen släpper in',
  hover_joinedBy: 'förenade med ”{joiner}”',
  hover_lacks: 'inget krav på att lämna',
  hover_has: 'kravet finns',
  hover_missing: 'Det här saknas',
  hover_missingText: 'Ett krav på att lämna {env} för ledet ”{target}”.',
  hover_support: 'Stöd som erbjuds',
  hover_why: 'Varför det spelar roll',
  hover_exitWork: 'Etablerat avhoppararbete (Exit, KRIS, Hayat, Wegweiser) kräver att man lämnar miljön och tar avstånd från ideologin.',
  hover_suggestion: 'Förslag till formulering',
  hover_before: 'Nu',
  hover_after: 'Med åtgärden',
  hover_fixes: 'Snabbåtgärder (Ctrl+. / Cmd+.)',
  hover_docs: 'Regelns dokumentation',
  hover_glossary: 'Teamets ordlista',
  hover_waive: 'Om formuleringen är avsiktlig: registrera ett undantag med skäl (snabbåtgärd), eller skriv `<!-- policy-lens-disable-next-line {rule} -- skäl -->` ovanför raden.',
  explainNothing: 'Det finns inget Policy Lens-fynd vid markören.',
  explainTitle: 'Policy Lens: förklaring',
  lintWorkspaceProgress: 'Granskar policydokument',
  lintWorkspaceDone: '{files} dokument granskade i arbetsytan: {findings} fynd i {withFindings} dokument.',
  lintWorkspaceNone: 'Inga policydokument (*.md, *.txt) hittades i arbetsytans mappar.',
  lintWorkspaceSkipped: '{count} dokument hoppades över (undantagna i teamfilen, eller för stora).',
};

export type MessageKey = keyof typeof en;
const TABLE: Record<Locale, typeof en> = { en, sv };

/** Every message in both languages (for tests and tools; the engine itself calls message()). */
export const MESSAGES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = TABLE;

/** "sv", "sv-SE", "sv_FI" → "sv"; anything else → "en". */
export function toLocale(tag: string | undefined): Locale {
  return (tag ?? '').toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

/** Quotes a phrase with the language's quotation marks: “…” in English, ”…” in Swedish. */
export function quoted(locale: Locale, s: string): string {
  return locale === 'sv' ? `”${s}”` : `“${s}”`;
}

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
