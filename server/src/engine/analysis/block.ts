// The clause model for one block (a paragraph, a tight list, a heading). Everything here is relative to
// the block; analyzer.ts adds the block's offset. The steps, per sentence:
//   1. tag words with the lexicon (support, in-context groups, leaving, at-risk, conditions, …);
//   2. for each group in, or returning from, the violent or criminal context, find how it is
//      coordinated with other alternatives ("A eller B", "är, har varit eller riskerar att bli …");
//   3. decide whether a disengagement requirement attaches to it (not one that belongs to another
//      alternative);
//   4. find the support it receives (same sentence, else same paragraph).
// The result is facts, not findings: the rules turn facts into findings, with the document's scope.

import type { CompiledLexicon, Category, InContextEntry, LexiconValue } from '../lexicon';
import { contextOf, mentionsContext } from '../lexicon';
import type { PatternMatch } from '../lexicon/pattern';
import { Token, TokenKind, tokenize } from '../text/tokens';
import { splitSentences } from '../text/sentences';
import type { ContextKind, GroupKind, GroupPart, Language, Span } from '../types';

export interface Hit extends Span {
  category: Category;
  first: number;
  last: number;
  entry?: InContextEntry;
  /** Text of an offer that stands outside the block (a list's lead-in). */
  label?: string;
}

export interface EligibilityClause {
  sentence: Span;
  /** From the first alternative to the last (or the group alone). */
  range: Span;
  groups: GroupPart[];
  joiner: string;
  disjunctive: boolean;
  /** The in-context alternatives that lack a requirement, with where the fix inserts wording. */
  targets: {
    range: Span;
    insertAt: number;
    form: 'np' | 'vp' | 'clause';
    singular: boolean;
    returnee: boolean;
    /** An offer follows the target at once ("erbjuder hemvändare samtalsstöd", "assigns each returnee a mentor"). */
    offerFollows?: boolean;
  }[];
  context: ContextKind;
  support?: Span & { text: string };
  /** Stems of the target group's words, to match requirement statements that name the group. */
  terms: string[];
  /** For a disjunction with one target: the coordinator and the alternative, which "narrow" removes. */
  narrow?: Span;
  /**
   * The requirement is waived in so many words ("oavsett om de har lämnat … eller inte"): the waiver's
   * words, which a fix turns into a condition, and its "eller inte"/"or not", which the fix drops.
   */
  waiver?: Waiver;
}

/** A requirement waived in words: what the words say instead when the waiver becomes the requirement. */
export interface Waiver {
  words: Span;
  /** "under förutsättning att", "med krav", "requiring" …; none where no wording reads well. */
  replacement?: string;
  /** "eller inte", "or not": dropped with the waiver. */
  tail?: Span;
  /** "still", "fortfarande" in the group the waiver governs: becomes "no longer", "inte längre". */
  still?: { range: Span; replacement: string };
}

export interface RequirementStatement {
  generic: boolean;
  definition: boolean;
  /** How far a statement reaches when the rule's scope allows: its paragraph, or its section. */
  reach: 'paragraph' | 'section';
  /** Stems of the group words it names. */
  terms: string[];
}

export interface WeakRequirement {
  range: Span;
  modal: Span & { text: string };
}

export interface BlockFacts {
  language: Language;
  sentences: Span[];
  clauses: EligibilityClause[];
  /**
   * Sentences that state a disengagement requirement bindingly: a condition ("Stödet förutsätter att
   * personen har lämnat …") or a definition ("Med hemvändare avses personer som har lämnat …"). A
   * generic one covers every group in its scope; one that names groups covers those groups.
   */
  requirementStatements: RequirementStatement[];
  voluntaryOnly: { range: Span; sentence: Span; support: Span & { text: string } }[];
  weakRequirements: WeakRequirement[];
  targetGroupUses: { range: Span; sentence: Span }[];
  targetGroupDefined: boolean;
  obligations: Span[];
  hedges: Span[];
  /** Where analysis stopped in a block with more than MAX_CLAUSES_PER_BLOCK clauses. */
  truncatedAt?: number;
  /** The block ends in ":" after this offer: the list after it receives it. */
  leadInOffer?: string;
}

const BACK_STOP = new Set(['som', 'när', 'om', 'där', 'då', 'vilka', 'vilket', 'who', 'that', 'which', 'when', 'if', 'where', 'whom', 'whose', 'whether', 'till', 'to', 'för', 'for', 'med', 'with']);
const AUX = new Set([
  'är', 'var', 'varit', 'har', 'hade', 'redan', 'fortfarande', 'nu', 'tidigare', 'blir', 'bli', 'blivit', 'att', 'riskerar', 'riskera', 'riskerat', 'kan', 'kunna', 'eller', 'och', 'i', 'riskzonen',
  'are', 'is', 'were', 'was', 'been', 'have', 'has', 'had', 'already', 'still', 'currently', 'formerly', 'previously', 'become', 'becoming', 'being', 'be', 'at', 'risk', 'of', 'may', 'might', 'could', 'or', 'and', 'now',
]);
const AT_RISK_WORDS = new Set(['riskerar', 'riskera', 'riskerat', 'riskzonen', 'risk', 'may', 'might', 'could', 'kan', 'kunna', 'vulnerable']);
const FORMER_WORDS = new Set(['varit', 'tidigare', 'been', 'formerly', 'previously', 'hade', 'had']);
// "har varit"/"have been" alone does not say the person has left (they may be still); only an explicit
// past does ("tidigare", "formerly").
const STATE_HEADS = ['involv', 'aktiv', 'active', 'engag', 'delaktig', 'medlem', 'member', 'part', 'verksam', 'inblandad', 'radikalis', 'radicali', 'befinner', 'tillhör', 'belong', 'anknytning', 'koppl', 'link', 'tie', 'connect', 'affiliat', 'associat'];
const EXPLICIT_PAST = new Set(['tidigare', 'formerly', 'previously', 'hade', 'had']);
const CURRENT_WORDS = new Set(['är', 'redan', 'fortfarande', 'nu', 'are', 'is', 'already', 'still', 'currently', 'now']);
const FILLER_BACK = new Set(['som', 'who', 'that', 'de', 'dem', 'den', 'those', 'till', 'to', 'för', 'for', 'även', 'också', 'also', 'alla', 'all', 'anyone', 'personer', 'people', 'persons', 'the', 'a', 'an', 'en', 'ett', 'redan', 'already', 'aktiva', 'active', 'nuvarande', 'current', 'unga', 'young', 'vuxna', 'adult', 'är', 'are', 'is', 'var', 'was', 'were']);
const PRONOUN_FILLER = new Set(['personen', 'hen', 'han', 'hon', 'de', 'man', 'den', 'individen', 'the', 'person', 'they', 'he', 'she', 'also', 'också', 'även', 'själv', 'själva', 'themselves', 'individual', 'individuals', 'personerna', 'ha', 'have', 'to', 'att', 'samtidigt', 'dessutom', 'alltid', 'helst', 'gärna', 'aktivt', 'tydligt', 'always', 'clearly', 'actively', 'publicly', 'offentligt']);
const GROUP_START = new Set(['till', 'to', 'för', 'for', 'den', 'de', 'dem', 'those', 'people', 'persons', 'personer', 'individer', 'individuals', 'anyone', 'alla', 'all']);
const DISJUNCTIVE = new Set(['eller', 'or', 'antingen', 'either', 'alternativt', 'alternatively']);
const FAMILY = new Set(['families', 'family', 'parents', 'relatives', 'siblings', 'familjer', 'familjen', 'familjerna', 'föräldrar', 'föräldrarna', 'anhöriga', 'närstående', 'syskon']);
const NP_PREPOSITIONS = new Set(['från', 'from', 'i', 'in', 'of']);
const VP_EXTEND_MAX = 8;
const NO_HITS: readonly Hit[] = Object.freeze([]);
const ALT_MAX = 12;
const BINDING: Record<Language, string> = { sv: 'ska', en: 'must' };

/** Above this, a block is not prose: the paragraph-wide search for support is skipped. */
const LARGE_BLOCK = 64 * 1024;
/** At most this many clauses per block; the rest is reported as not analysed. */
export const MAX_CLAUSES_PER_BLOCK = 500;

/**
 * `borrowedOffer`: the offer of a lead-in paragraph ("Kommunen erbjuder stöd till:") that this block,
 * an item of the list after it, stands under.
 */
/** What a block says when nothing in it was read (also what a block that failed to analyse says). */
export function emptyFacts(language: Language, sentences: Span[] = []): BlockFacts {
  return {
    language,
    sentences,
    clauses: [],
    requirementStatements: [],
    voluntaryOnly: [],
    weakRequirements: [],
    targetGroupUses: [],
    targetGroupDefined: false,
    obligations: [],
    hedges: [],
  };
}

export function analyzeBlock(masked: string, itemStarts: number[], lexicon: CompiledLexicon, isHeading: boolean, borrowedOffer?: string): BlockFacts {
  const language = lexicon.language;
  const sentences = splitSentences(masked, itemStarts);
  const facts = emptyFacts(language, sentences);
  // Tokens are made per sentence, so memory follows the sentence, not the block. Pass 1 collects what
  // the whole block says (migration sense, support offers, definitions); pass 2 reads each sentence.
  const large = masked.length > LARGE_BLOCK;
  const kept: { tokens: Token[]; hits: Hit[] }[] = [];
  const blockSupport: (Hit & { sentence: number })[] = [];
  let migrationInBlock = false;
  let anyTokens = false;
  const read = (sentence: Span) => {
    const tokens = tokenize(masked, sentence.start, sentence.end);
    const hits = lexicon.patterns.findAll(tokens).map((m) => toHit(m, tokens));
    return { tokens, hits };
  };
  for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
    const sentence = sentences[sentenceIndex];
    const r = read(sentence);
    if (r.tokens.length) anyTokens = true;
    let toFamily: boolean | undefined;
    // A sentence that waives the requirement is reported itself; its offers are not lent to its
    // neighbours, and neither is an offer the sentence negates ("Benefits … shall not be provided to …").
    let waives: boolean | undefined;
    for (const h of r.hits) {
      if (h.category === 'migration') migrationInBlock = true;
      else if (h.category === 'targetGroupDefinition') facts.targetGroupDefined = true;
      // A heading that is the target group's name ("## Målgrupp") introduces its definition.
      else if (h.category === 'targetGroup' && isHeading && r.tokens.length <= 3) facts.targetGroupDefined = true;
      // An offer to families ("Families can access a helpline") is not lent to the sentence before or after.
      else if (h.category === 'support' && !large && isOffer(h, r.hits, r.tokens, masked) && !negatedBetween(r.tokens, h.last, r.tokens.length) && !(waives ??= r.hits.some((x) => x.category === 'waivedRequirement')) && !(toFamily ??= r.tokens.some((t) => FAMILY.has(t.norm)))) blockSupport.push({ ...h, sentence: sentenceIndex });
    }
    if (!large) kept.push(r);
  }
  if (!anyTokens || isHeading) return facts;
  // A paragraph that ends in ":" after an offer leads in to the list that follows it.
  const lastOffer = blockSupport.filter((h) => h.sentence === sentences.length - 1).pop();
  if (lastOffer && /:\s*$/.test(masked)) facts.leadInOffer = masked.slice(lastOffer.start, lastOffer.end);
  // Offers by sentence, so that each sentence finds its neighbours' offers in constant time.
  const supportBySentence: (Hit & { sentence: number })[][] = [];
  // Whether the paragraph names an environment, read once (phrases that refer back to one ask it).
  let namesContext: boolean | undefined;
  const blockNamesContext = () => (namesContext ??= mentionsContext(masked));
  let namesSpecific: boolean | undefined;
  const blockNamesSpecific = () => (namesSpecific ??= SPECIFIC_ENVIRONMENT.test(masked));
  for (const h of blockSupport) (supportBySentence[h.sentence] ??= []).push(h);
  const borrowed: (Hit & { sentence: number })[] = borrowedOffer ? [{ category: 'support', first: 0, last: 0, start: 0, end: 0, sentence: -1, label: borrowedOffer }] : [];

  for (let i = 0; i < sentences.length; i++) {
    if (facts.clauses.length >= MAX_CLAUSES_PER_BLOCK) {
      facts.truncatedAt = sentences[i].start;
      break;
    }
    const { tokens, hits } = large ? read(sentences[i]) : kept[i];
    // A sentence that offers nothing may borrow the offer of the sentence before or after it.
    const neighbours = [...(supportBySentence[i - 1] ?? []), ...(supportBySentence[i + 1] ?? []), ...borrowed];
    if (tokens.length) analyzeSentence(sentences[i], tokens, 0, tokens.length, hits, masked, facts, migrationInBlock, neighbours, language, blockNamesContext, blockNamesSpecific);
  }
  return facts;
}

function toHit(m: PatternMatch<LexiconValue>, tokens: Token[]): Hit {
  return { category: m.value.category, entry: m.value.entry, first: m.first, last: m.last, start: tokens[m.first].start, end: tokens[m.last - 1].end };
}

function analyzeSentence(
  sentence: Span,
  tokens: Token[],
  ti: number,
  te: number,
  hits: Hit[],
  text: string,
  facts: BlockFacts,
  migrationInBlock: boolean,
  blockSupport: Hit[],
  language: Language,
  blockNamesContext: () => boolean,
  blockNamesSpecific: () => boolean,
): void {
  let namesContext: boolean | undefined;
  const sentenceNamesContext = () => (namesContext ??= mentionsContext(text.slice(sentence.start, sentence.end)) || blockNamesContext());
  let namesSpecific: boolean | undefined;
  const sentenceNamesSpecific = () => (namesSpecific ??= SPECIFIC_ENVIRONMENT.test(text.slice(sentence.start, sentence.end)) || blockNamesSpecific());
  // The hits of each category, sorted out once (read-only: copy before sorting).
  const byCategory = new Map<Category, Hit[]>();
  for (let k = 0; k < hits.length; k++) {
    const list = byCategory.get(hits[k].category);
    if (list) list.push(hits[k]);
    else byCategory.set(hits[k].category, [hits[k]]);
  }
  const of = (c: Category): readonly Hit[] => byCategory.get(c) ?? NO_HITS;
  // "oavsett om de vill lämna", "regardless of whether they leave": not a requirement.
  const waived = of('waivedRequirement');
  // ("utan krav på att individen först ska ha tagit avstånd": the waiver reaches over its clause.)
  // ("without requiring them, at the point of entry, to have renounced …": a waiver of the requirement
  // itself reaches over an aside between commas.)
  const isWaived = (l: Hit) =>
    waived.length > 0 &&
    (waived.some((h) => h.first <= l.first && l.last <= h.last) || // "no exit requirement"
      precededBy(waived, l.first, 4, tokens) ||
      waived.some((h) => {
        const ofRequirement = REQUIRING.has(tokens[h.last - 1].norm);
        return h.last <= l.first && l.first - h.last <= (ofRequirement ? 12 : 8) && !crossesBoundary(tokens, h.last, l.first, !ofRequirement);
      }));
  // A requirement word in the name of a service ("avhopparverksamheten", "the Disengagement
  // Programme") names the service; it asks nothing of the people it serves.
  // ("those who decline to hand over their weapons", "som vägrar lämna": a refusal, not a requirement.)
  // ("… to have renounced their views or to have cut ties with the group": a requirement coordinated
  // with a waived one is waived with it.)
  const waivedLeaving = waived.length ? waivedChain(of('leaving'), isWaived, tokens) : NO_HITS;
  // (A service the condition asks them to take part in is a requirement: "on condition that they engage
  // in disengagement work".)
  const conditionBefore = (l: Hit) => of('strongCondition').some((c) => c.last <= l.first && l.first - c.last <= 6);
  const leaving = of('leaving').filter((l) => !waivedLeaving.includes(l) && (!serviceName(tokens, l, te, text) || conditionBefore(l)) && !refused(tokens, ti, l));
  const offered = of('support');
  // "Målgruppen är …" says who is eligible: for the clause, it is the offer.
  const support = offered.filter((h) => isOffer(h, hits, tokens, text)).concat(of('targetGroupDefinition'));
  // A sentence that speaks of support itself (even to deny it) does not borrow its paragraph's offer.
  // Nor does one that refuses ("the application shall be rejected").
  const paragraphSupport = offered.length || hasWord(tokens, ti, te, REFUSAL) ? [] : blockSupport;
  const strong = of('strongCondition').length > 0 || of('definition').length > 0;
  const isDefinition = of('definition').length > 0;
  const weakModals = of('weakModal');

  for (const h of of('obligationNoActor')) facts.obligations.push(span(h));
  for (const h of of('hedge')) facts.hedges.push(span(h));
  if (support.length) for (const h of of('targetGroup')) facts.targetGroupUses.push({ range: span(h), sentence });

  // 1. The groups in, or returning from, the context; overlapping matches keep the longest.
  const candidates = [...of('inContext')].sort((a, b) => a.first - b.first || b.last - a.last);
  const groups: Hit[] = [];
  // "I stället för fängelse erbjuds unga lagöverträdare …": when the sentence names the group, the
  // diversion phrase is not a second finding.
  const named = candidates.some((h) => h.entry?.form !== 'clause');
  const diversion = candidates.some((h) => h.entry?.form === 'clause');
  for (const h of candidates) {
    if (named && h.entry?.form === 'clause') continue;
    const prev = groups[groups.length - 1];
    if (prev && h.first < prev.last) {
      if (h.last > prev.last && h.first === prev.first) groups[groups.length - 1] = h;
      continue;
    }
    // "returning foreign terrorist fighters (FTFs)": the abbreviation names the same people.
    if (prev && h.first >= 1 && tokens[h.first - 1].norm === '(' && h.first - 1 <= prev.last + 1) continue;
    // "Gängkriminella som avtjänar straff", "offenders linked to proscribed organisations": a noun and
    // the relative clause or participle that describes it are one group, read as the verb phrase (its
    // requirement follows it).
    // (A participle keeps its own start: the fix makes it a relative clause, "offenders who have been
    // convicted of … and have left …".)
    // ("offenders who have been convicted of …": the relative's auxiliaries between, too.)
    if (prev && prev.entry?.form === 'np' && h.entry?.form === 'vp' && (h.first === prev.last || (h.first > prev.last && h.first - prev.last <= 3 && RELATIVE.has(tokens[prev.last].norm) && tokens.slice(prev.last + 1, h.first).every((t) => REL_AUX.has(t.norm))))) {
      const np = prev.entry;
      const vp = h.entry;
      const entry = { ...vp, context: vp.context ?? np.context, returnee: vp.returnee || np.returnee, generic: vp.generic && np.generic };
      groups[groups.length - 1] = h.first === prev.last ? { ...h, entry } : { ...h, first: prev.first, start: prev.start, entry };
      continue;
    }
    groups.push(h);
  }

  const clauses: EligibilityClause[] = [];
  const siblingSpans: Span[] = [];
  const offerAt = groups.length ? new Set(offered.map((h) => h.first)) : undefined;
  let anyUncovered = false;

  for (const g of groups) {
    // Support for relatives, not for the person (unless another group begins between: "syskon till
    // deltagarna, liksom personer som fortfarande har kontakt med nätverket").
    if (of('relativesOf').some((h) => h.last <= g.first && g.first - h.last <= 6 && !crossesBoundary(tokens, h.last, g.first) && !anotherGroupBetween(tokens, h.last, g.first))) continue;
    // An organisation receives the group ("kommuner som tar emot återvändare"), unless an offer stands
    // between ("organisationer som arbetar med stöd till personer i …").
    // Nor when the work itself is the programme and an offer to the group follows ("Work with returnees
    // should begin in prison …, ensuring access to housing", "an approach to working with young adults
    // active in …, combining youth work, education placements and family support").
    const programme = (r: Hit) => (r.first === ti || tokens[r.first - 1].norm === 'to') && offered.some((o) => o.first >= g.last);
    if (precededBy(of('receiver').filter((r) => !offered.some((o) => o.first >= r.last && o.last <= g.first) && !programme(r)), g.first, 3, tokens)) continue;
    if (precededBy(of('prevention'), g.first, 6, tokens)) continue; // "förhindra att unga ansluter sig till gäng": prevention
    if (agentOfPassive(tokens, ti, g.first)) continue; // "hotas av personer i kriminella nätverk": they act, they receive nothing
    if (sourceOfHarm(tokens, ti, g.first)) continue; // "brottsoffer som utsatts för hot från gängmedlemmar": the same
    if (enforcedAgainst(tokens, ti, g.first)) continue; // "försvåra för personer i kriminella grupper": measures against them
    // A phrase that names no environment itself ("fortfarande rör sig i en sådan miljö", "still active
    // within one") refers back to one: without one in its sentence or paragraph, it is about something else.
    if (!g.entry?.context && !mentionsContext(text.slice(g.start, g.end)) && !sentenceNamesContext()) continue;
    if (g.entry?.returnee && migrationInBlock) continue; // "return" in the migration sense
    if (g.entry?.returnee && returnsToWork(tokens, g.last, te)) continue; // "Återvändare till arbetslivet": after sick leave
    // Offenders in general ("personer som har avtjänat fängelsestraff", "prison leavers"): only where a
    // gang, network, organised crime, extremism or terrorism is named.
    // (Or where the sentence diverts them from prison: "Instead of prison, young offenders are offered …".)
    if (g.entry?.generic && !diversion && !sentenceNamesSpecific()) continue;

    // 2a. Auxiliaries before a verb phrase: "som är, har varit eller riskerar att bli involverade i …".
    const aux = g.entry?.form === 'vp' ? auxiliaries(tokens, ti, g.first) : [];
    let currentAux = aux.length === 0;
    const auxParts: GroupPart[] = [];
    let auxJoiner = '';
    for (const part of aux) {
      if (part.kind === 'coordinator') {
        if (!auxJoiner || part.text === 'eller' || part.text === 'or') auxJoiner = part.text;
        continue;
      }
      // An explicit past says the person has left only of a state ("tidigare aktiv", "formerly
      // involved"); "had travelled to join ISIS" is an event, and says nothing of leaving.
      const state = STATE_HEADS.some((h) => tokens[g.first].norm.startsWith(h));
      const stillPossible = part.kind === 'in-context' || (part.kind === 'former' && !(state && part.text.split(' ').some((w) => EXPLICIT_PAST.has(w))));
      if (stillPossible) currentAux = true;
      auxParts.push({ text: `${part.text} … ${clean(text.slice(g.start, tokens[extendGroup(tokens, g, te) - 1].end))}`, kind: part.kind, range: part.range, lacksRequirement: stillPossible });
    }
    if (!currentAux) continue; // only at risk of, or formerly, involved: prevention, not membership
    const firstTok = aux.length ? tokenIndexAt(tokens, aux[0].range.start, ti) : g.first;

    // 2b. The group's extent, and alternatives coordinated with it.
    let lastTok = extendGroup(tokens, g, te, offerAt);
    // "som befinner sig i eller har lämnat …": the coordinator of a shared complement begins the next alternative.
    if (lastTok - 1 > g.first && isCoordinator(tokens[lastTok - 1])) lastTok--;
    const groupSpan: Span = { start: tokens[g.first].start, end: tokens[lastTok - 1].end };
    const siblings: { span: Span; coordinator: Token; kind: GroupKind; before: boolean }[] = [];
    const before = coordinatedBefore(tokens, ti, firstTok);
    let after = coordinatedAfter(tokens, lastTok, te);
    // "involved in serious youth violence and gang activity": a second environment completes the verb
    // phrase; it is no other group (it names no people and says nothing of leaving).
    const complement = after && g.entry?.form === 'vp' && !after.newGroup && kindOf(hits, after.span) === 'other' ? environmentPhrase(tokens, lastTok + 1, te, offerAt) : 0;
    // (Not when a further alternative follows: "travelled to Syria or Iraq and come back …".)
    const further = complement ? coordinatedAfter(tokens, complement, te) : null;
    if (complement && mentionsContext(text.slice(tokens[lastTok + 1].start, tokens[complement - 1].end)) && (!further || kindOf(hits, further.span) === 'leaving')) {
      lastTok = complement;
      groupSpan.end = tokens[lastTok - 1].end;
      after = further;
    }
    for (const [c, isBefore] of [[before, true], [after, false]] as const) {
      if (!c) continue;
      const kind = kindOf(hits, c.span);
      // "… kommer hem från strider och har lämnat miljön": "och" joins two predicates of the same
      // people, so the second is their requirement, not another group. "… och till den som …" starts a
      // new group.
      // Only verb phrases coordinate so: "avhoppare och gängmedlemmar" are two groups.
      if (kind === 'leaving' && g.entry?.form === 'vp' && !DISJUNCTIVE.has(c.coordinator.norm) && !c.newGroup) continue;
      siblings.push({ span: c.span, coordinator: c.coordinator, kind, before: isBefore });
    }
    for (const s of siblings) siblingSpans.push(s.span);

    // 3. A requirement attaches unless it sits inside another alternative.
    // … and unless an "eller"/"or" stands between it and the group ("A eller B och C": A is not C's).
    const own = leaving.filter(
      (l) =>
        !siblings.some((s) => overlaps(l, s.span)) &&
        !auxParts.some((p) => p.kind !== 'in-context' && overlaps(l, p.range)) &&
        (!disjunctionBetween(tokens, l.last <= firstTok ? l.last : lastTok, l.last <= firstTok ? firstTok : l.first) || conditionAfterSemicolon(tokens, hits, lastTok, l)) &&
        !(l.last <= firstTok && savalSomBetween(tokens, ti, l.first, firstTok)) &&
        // "personer som vill lämna gäng, deras anhöriga samt personer som är dömda för …": another group
        // begins between the requirement and this group.
        !(l.last <= firstTok ? anotherGroupBetween(tokens, l.last, firstTok, true) : anotherGroupBetween(tokens, lastTok, l.first)) &&
        // "… who want to leave X, and the organisation has extended its counselling to Y": a new main
        // clause with its own subject between.
        !newClauseBetween(tokens, l.last <= firstTok ? l.last : lastTok, l.last <= firstTok ? firstTok : l.first) &&
        // "aktiva medlemmar i kriminella gäng", "active members": a requirement before the group (in the
        // name of the service: "avhopparverksamheten") does not make current members leave.
        !(l.last <= firstTok && explicitlyCurrent(tokens, ti, firstTok, g)) &&
        // "current and former gang members": "former" is one alternative, not the group's requirement.
        !currentAndFormer(tokens, ti, l),
    );
    // "regardless of whether the young person is still in contact with the gang": the waiver governs the
    // group, and a leaving word elsewhere in the sentence ("as disengagement is gradual") does not cover it.
    const groupWaived = waived.some((h) => h.last <= firstTok && firstTok - h.last <= 8 && !crossesBoundary(tokens, h.last, firstTok, true));
    if (own.length > 0 && !groupWaived) {
      const weak = own.map((l) => ({ l, modal: weakModalBefore(weakModals, l, tokens) })).find((x) => x.modal);
      if (weak && weak.modal) {
        facts.weakRequirements.push({
          range: { start: weak.modal.start, end: weak.l.end },
          modal: { start: weak.modal.start, end: weak.modal.end, text: BINDING[language] },
        });
      }
      continue;
    }
    anyUncovered = true;

    // 4. The support the group receives: nearest in the sentence, else in the paragraph.
    const sup = supportFor(g, groupSpan, support, paragraphSupport, tokens, ti, te);
    if (!sup) continue;
    // "Bistånd … ska inte beviljas personer som …", "Benefits … shall not be provided to persons who …".
    if (sup.end <= groupSpan.start && sup.first < firstTok && negatedBetween(tokens, sup.last, firstTok)) continue;

    const entry = g.entry!;
    const firstWord = aux.length ? (aux.find((p) => p.kind === 'in-context')?.text ?? '') : tokens[g.first].norm;
    const target = {
      range: groupSpan,
      insertAt: groupSpan.end,
      form: entry.form,
      singular: language === 'en' && isSingular(entry.form, firstWord, npHead(tokens, g.first, lastTok)),
      returnee: !!entry.returnee,
      // (At most one word between, an article or an adjective: "ekonomiskt bistånd", "a mentor".)
      offerFollows: support.some((h) => h.first === lastTok || (h.first === lastTok + 1 && tokens[lastTok].kind === TokenKind.Word && (ARTICLE.has(tokens[lastTok].norm) || ADJECTIVE_BEFORE_NOUN.test(tokens[lastTok].norm) || /t$/.test(tokens[lastTok].norm)))),
    };
    // Another in-context group already reported as an alternative of this clause: one finding.
    const existing = clauses.find((c) => overlaps(c.range, groupSpan));
    if (existing) {
      existing.targets.push(target);
      const gp = existing.groups.find((p) => overlaps(p.range, groupSpan));
      if (gp) {
        gp.kind = 'in-context';
        gp.lacksRequirement = true;
      }
      continue;
    }

    const mainPart: GroupPart = { text: text.slice(groupSpan.start, groupSpan.end), kind: 'in-context', range: groupSpan, lacksRequirement: true };
    let parts: GroupPart[];
    if (auxParts.length > 0) parts = auxParts;
    else parts = [mainPart];
    for (const s of siblings) {
      const p: GroupPart = { text: clean(text.slice(s.span.start, s.span.end)), kind: s.kind, range: s.span, lacksRequirement: false };
      if (s.before) parts.unshift(p);
      else parts.push(p);
    }
    const coordinators = siblings.map((s) => s.coordinator.norm);
    const joiner = auxJoiner || coordinators.find((c) => c === 'eller' || c === 'or') || coordinators[0] || '';
    const disjunctive = ['eller', 'or', 'antingen', 'either', 'alternativt', 'alternatively'].includes(joiner) && parts.length > 1;
    // A "clause" group ("instead of prison, they are given …") names no people: the finding spans the
    // support it introduces.
    const reach = entry.form === 'clause' ? [groupSpan, sup] : [groupSpan];
    const start = Math.min(...reach.map((r) => r.start), ...parts.map((p) => p.range.start));
    const end = Math.max(...reach.map((r) => r.end), ...parts.map((p) => p.range.end));
    const beforeSibling = siblings.find((s) => s.before);
    clauses.push({
      sentence,
      range: { start, end },
      groups: parts,
      joiner,
      disjunctive,
      targets: [target],
      // "dömts för terroristbrott", "convicted of terrorist offences": the crime names the environment.
      context: EXTREMIST_CRIME.test(text.slice(groupSpan.start, groupSpan.end)) ? 'extremist' : entry.context ?? contextOf(text.slice(groupSpan.start, groupSpan.end), contextOf(text.slice(sentence.start, sentence.end))),
      support: { start: sup.start, end: sup.end, text: sup.label ?? text.slice(sup.start, sup.end) },
      terms: stems(tokens, g.first, g.last),
      narrow: disjunctive && beforeSibling && aux.length === 0 ? { start: beforeSibling.coordinator.start, end: groupSpan.end } : undefined,
      waiver: waivedLeaving.length ? waiverOf(waivedLeaving[0], waived, tokens, te, language) : groupWaived ? governingWaiver(waived, tokens, firstTok, lastTok, language) : undefined,
    });
  }
  // "Insatserna ska ges oavsett om personen har tagit avstånd från ideologin eller inte": no group is
  // named, but the offer waives the requirement in so many words.
  // ("… oavsett om den unge lämnar miljön": the environment named earlier in the document.)
  if (clauses.length === 0 && waivedLeaving.length && support.length && (sentenceNamesContext() || waivedLeaving.some((l) => leavesNamedEnvironment(tokens, l, te)))) {
    const l = waivedLeaving[0];
    const waiver = waiverOf(l, waived, tokens, te, language);
    const lastTok = extendGroup(tokens, { ...l, entry: { pattern: '', form: 'vp' } }, te);
    const range: Span = { start: waiver.words.start, end: waiver.tail ? waiver.tail.end : tokens[lastTok - 1].end };
    const sup = nearest(support, range)!;
    clauses.push({
      sentence,
      range: { start: Math.min(range.start, sup.start), end: Math.max(range.end, sup.end) },
      groups: [{ text: clean(text.slice(range.start, range.end)), kind: 'in-context', range, lacksRequirement: true }],
      joiner: '',
      disjunctive: false,
      targets: [{ range, insertAt: range.end, form: 'clause', singular: false, returnee: false }],
      // (The environment of the paragraph's groups, when an earlier sentence named them.)
      context: contextOf(text.slice(l.start, range.end), contextOf(text.slice(sentence.start, sentence.end), facts.clauses.length ? facts.clauses[facts.clauses.length - 1].context : contextOf(text))),
      support: { start: sup.start, end: sup.end, text: text.slice(sup.start, sup.end) },
      terms: [],
      waiver,
    });
    anyUncovered = true;
  }
  facts.clauses.push(...clauses);

  // A sentence that states the requirement bindingly (a condition or a definition), with no group left
  // uncovered in it, covers the groups in its scope (see the rules' scope option).
  if (strong && !anyUncovered) {
    const binding = leaving.some((l) => !siblingSpans.some((s) => overlaps(l, s)));
    if (binding) {
      const universal = hasWord(tokens, ti, te, UNIVERSAL);
      if (isDefinition) {
        // "Med hemvändare avses personer som har lämnat …": it covers the defined term, and only that.
        const def = hits.find((h) => h.category === 'definition')!;
        facts.requirementStatements.push({ generic: false, definition: true, reach: 'section', terms: stems(tokens, Math.max(ti, def.first - 6), def.first) });
      } else {
        const marker = Math.min(...hits.filter((h) => h.category === 'strongCondition').map((h) => h.first));
        const terms = groups.flatMap((g) => stems(tokens, g.first, g.last));
        // "Support for people who have left X is offered, on condition that …" is about one offer to
        // one group; "Stöd ges endast till den som har lämnat …" and "Stödet förutsätter att …" are
        // general. A general one reaches the whole section only when it says so ("endast", "allt
        // stöd", "all support"); otherwise it speaks of the support in its own paragraph.
        const namesGroupFirst = terms.length > 0 || hasGroupPhrase(tokens, ti, marker);
        facts.requirementStatements.push({ generic: !namesGroupFirst, definition: false, reach: universal ? 'section' : 'paragraph', terms });
      }
    }
  }

  // Support whose only stated condition is voluntariness.
  const vol = of('voluntariness');
  // (Voluntary support for people at risk, or to prevent, is prevention; voluntary return is migration.)
  if (vol.length && support.length && leaving.length === 0 && clauses.length === 0 && !of('atRisk').length && !of('prevention').length && !migrationInBlock) {
    const sup = nearest(support, vol[0])!;
    facts.voluntaryOnly.push({ range: { start: Math.min(sup.start, vol[0].start), end: Math.max(sup.end, vol[0].end) }, sentence, support: { start: sup.start, end: sup.end, text: text.slice(sup.start, sup.end) } });
  }
}

const STEM_STOP = new Set(['från', 'from', 'till', 'med', 'som', 'the', 'who', 'with', 'och', 'and', 'eller', 'har', 'have', 'kommer', 'come', 'comes', 'return', 'returning', 'hem', 'home', 'personer', 'people', 'persons', 'individer', 'individuals', 'inom', 'within', 'involverade', 'involved']);

const WORKING_LIFE = /^(arbetsliv|arbetsmarknad|arbete|jobb|skola|studier|work|employment|labour|labor|education|school|practice|nursing|teaching)/;

/** "återvändare till arbetslivet", "returners to work": back from sick leave or a career break. */
function returnsToWork(tokens: Token[], last: number, te: number): boolean {
  if (last >= te || (tokens[last].norm !== 'till' && tokens[last].norm !== 'to')) return false;
  for (let k = last + 1; k < Math.min(te, last + 3); k++) if (WORKING_LIFE.test(tokens[k].norm)) return true;
  return false;
}

const RETURN_STEM = /^(return|återvänd|hemvänd|återkom|hemkom|repatri)/;

/** Crude stems of the content words in tokens[first, last): enough to say two phrases name one group. */
function stems(tokens: Token[], first: number, last: number): string[] {
  const out: string[] = [];
  for (let i = first; i < last; i++) {
    const w = tokens[i].norm;
    if (tokens[i].kind !== TokenKind.Word) continue;
    // "Adults returning from conflict zones …" and "A returnee …" name one group.
    if (RETURN_STEM.test(w)) {
      if (!out.includes('#return')) out.push('#return');
      continue;
    }
    if (w.length < 5 || STEM_STOP.has(w)) continue;
    out.push(w.slice(w.lastIndexOf('-') + 1).slice(0, 6));
  }
  return out;
}

// Words by which a requirement statement says it holds beyond its own paragraph.
const UNIVERSAL = new Set(['alla', 'allt', 'samtliga', 'varje', 'endast', 'enbart', 'uteslutande', 'alltid', 'avsnitt', 'kapitel', 'all', 'every', 'any', 'only', 'solely', 'exclusively', 'always', 'section', 'chapter']);
const GROUP_HEAD = new Set(['people', 'persons', 'personer', 'individer', 'individuals', 'those', 'de', 'den', 'dem', 'anyone', 'alla', 'unga', 'ungdomar', 'vuxna', 'youth', 'adults']);
const RELATIVE = new Set(['who', 'som', 'that']);
const REL_AUX = new Set(['have', 'has', 'had', 'been', 'are', 'is', 'was', 'were', 'har', 'hade', 'varit', 'blivit', 'är', 'var']);

const JOINS_GROUPS = new Set(['och', 'eller', 'samt', 'men', 'inte', 'även', 'också', 'and', 'or', 'but', 'not', 'also', 'as']);

const FINITE = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'shall', 'har', 'hade', 'är', 'var', 'ska', 'kommer', 'kan']);

/** ", and the organisation has …": a coordinator after a comma, a short subject and a finite verb. */
function newClauseBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k + 2 < to; k++) {
    if (tokens[k].kind !== TokenKind.Comma || !['and', 'but', 'while', 'och', 'men', 'medan'].includes(tokens[k + 1].norm)) continue;
    // A subject of one to three words, then a finite verb: "and the organisation has …".
    for (let j = k + 3; j <= Math.min(to - 1, k + 5); j++) if (FINITE.has(tokens[j].norm) && !RELATIVE.has(tokens[j - 1].norm)) return true;
  }
  return false;
}

/**
 * Another group, joined to this one, between two tokens: "…, deras anhöriga samt personer som …",
 * "…, not only to those who …" (a definition's "avses personer som" names the same group).
 */
function anotherGroupBetween(tokens: Token[], from: number, to: number, toIsGroup = false): boolean {
  const head = lastGroupPhrase(tokens, from, to);
  for (let k = from; k < head; k++) if (JOINS_GROUPS.has(tokens[k].norm)) return true;
  // "… who have committed to disengaging and to offenders released on licence": the recipient's
  // preposition, said again after the coordinator, begins another recipient.
  // "… som lämnat gängmiljön samt personer med …": a coordinator and a new head noun, likewise.
  for (let k = from; k < to && k + 1 < tokens.length; k++) {
    // ("liksom", "as well as", "together with" join groups too.)
    const joins = COORDINATOR_WORDS.has(tokens[k].norm) || (tokens[k].norm === 'as' && tokens[k - 1]?.norm === 'well') || (tokens[k].norm === 'with' && tokens[k - 1]?.norm === 'together');
    // ("together with tenants who …": a noun and a relative pronoun begin a group as well.)
    // ("as well as Canadians repatriated from …": a plural noun right before the group is its head.)
    const headOfGroup = (RELATIVE.has(tokens[k + 2]?.norm ?? '') && PLURAL_NOUN.test(tokens[k + 1].norm)) || (k + 2 === to && /...s$/.test(tokens[k + 1].norm) && !VERB_IN_S.has(tokens[k + 1].norm));
    // ("… as well as | low-risk associates …": the group itself begins right after the coordinator.)
    // ("…, liksom rehabilitering för återvändande stridande": another offer to another recipient.)
    const recipientSoon = RECIPIENT_PREP.has(tokens[k + 1].norm) || (toIsGroup && to - k <= 4 && RECIPIENT_PREP.has(tokens[to - 1].norm));
    if (joins && (recipientSoon || GROUP_HEAD.has(tokens[k + 1].norm) || headOfGroup || (toIsGroup && k + 1 === to))) return true;
  }
  return false;
}

const PLURAL_NOUN = /..(s|er|ar|or|na)$/;
const VERB_IN_S = new Set(['does', 'goes', 'gets', 'says', 'makes', 'takes', 'seeks', 'needs', 'wants', 'thus', 'this']);
const COORDINATOR_WORDS = new Set(['och', 'eller', 'samt', 'liksom', 'and', 'or', '/']);
const RECIPIENT_PREP = new Set(['till', 'för', 'åt', 'to', 'for']);

/** Where the last "personer som", "those who" … in tokens[from, to) begins, or -1. */
function lastGroupPhrase(tokens: Token[], from: number, to: number): number {
  for (let i = to - 2; i >= from; i--) if (GROUP_HEAD.has(tokens[i].norm) && RELATIVE.has(tokens[i + 1].norm)) return i;
  return -1;
}

function hasGroupPhrase(tokens: Token[], from: number, to: number): boolean {
  return lastGroupPhrase(tokens, from, to) >= 0;
}

function span(h: Span): Span {
  return { start: h.start, end: h.end };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function precededBy(cands: readonly Hit[], first: number, within: number, tokens: Token[]): boolean {
  return cands.some((h) => h.last <= first && first - h.last <= within && !crossesBoundary(tokens, h.last, first));
}

// (Enforcement too: "Known gang members will be subject to gang injunctions".)
const REFUSAL = new Set(['rejected', 'refused', 'denied', 'excluded', 'barred', 'withheld', 'avslås', 'avvisas', 'nekas', 'utesluts',
  'injunction', 'injunctions', 'sanctions', 'prosecuted', 'prosecution', 'arrested', 'evicted', 'eviction', 'lagförs', 'lagföring', 'avhysning', 'vräkning', 'gripas', 'sanktioner']);

const NEGATORS = new Set(['inte', 'ej', 'aldrig', 'not', 'never', 'cannot']);
const NOT_ONLY = new Set(['bara', 'endast', 'enbart', 'only', 'just', 'solely', 'merely']);

/** A negation of the predicate between an offer and its receiver ("inte bara", "not only" excepted). */
function negatedBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (tokens[k].kind === TokenKind.Stop || tokens[k].kind === TokenKind.Boundary) return false;
    if (NEGATORS.has(tokens[k].norm) && !(k + 1 < to && NOT_ONLY.has(tokens[k + 1].norm))) return true;
  }
  return false;
}

function hasWord(tokens: Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) if (words.has(tokens[i].norm)) return true;
  return false;
}

/** A sentence stop or boundary (and, with `comma`, a comma) in tokens[from, to). */
function crossesBoundary(tokens: Token[], from: number, to: number, comma = false): boolean {
  for (let i = from; i < to; i++) {
    const k = tokens[i].kind;
    if (k === TokenKind.Stop || k === TokenKind.Boundary || (comma && k === TokenKind.Comma)) return true;
  }
  return false;
}

function tokenIndexAt(tokens: Token[], offset: number, from: number): number {
  for (let i = from; i < tokens.length; i++) if (tokens[i].start >= offset) return i;
  return tokens.length;
}

type AuxPart = { kind: GroupKind | 'coordinator'; text: string; range: Span };

/** The auxiliary chain before a participle, split into its coordinated parts. */
function auxiliaries(tokens: Token[], ti: number, first: number): AuxPart[] {
  let i = first - 1;
  while (i >= ti && (AUX.has(tokens[i].norm) || tokens[i].kind === TokenKind.Comma)) i--;
  const chain = tokens.slice(i + 1, first);
  // Drop a leading coordinator or comma: it joins this phrase to what comes before, not its parts.
  while (chain.length && (chain[0].kind === TokenKind.Comma || chain[0].norm === 'och' || chain[0].norm === 'eller' || chain[0].norm === 'and' || chain[0].norm === 'or')) chain.shift();
  if (chain.length === 0) return [];
  const parts: AuxPart[] = [];
  let cur: Token[] = [];
  const flush = () => {
    if (!cur.length) return;
    const words = cur.map((t) => t.norm);
    const kind: GroupKind = words.some((w) => AT_RISK_WORDS.has(w))
      ? 'at-risk'
      : words.some((w) => FORMER_WORDS.has(w)) && !words.some((w) => CURRENT_WORDS.has(w))
        ? 'former'
        : 'in-context';
    parts.push({ kind, text: words.join(' '), range: { start: cur[0].start, end: cur[cur.length - 1].end } });
    cur = [];
  };
  for (const t of chain) {
    if (t.kind === TokenKind.Comma || t.norm === 'eller' || t.norm === 'och' || t.norm === 'or' || t.norm === 'and') {
      flush();
      if (t.kind !== TokenKind.Comma) parts.push({ kind: 'coordinator', text: t.norm, range: { start: t.start, end: t.end } });
    } else cur.push(t);
  }
  flush();
  // "att" alone, "i" alone … are not auxiliaries of a group.
  return parts.some((p) => p.kind !== 'coordinator' && p.text !== 'att' && p.text !== 'i' && p.text !== 'of' && p.text !== 'at') ? parts : [];
}

const EXTREMIST_CRIME = /terror|jihad|extremis|våldsbejak|radikalis|radicalis|radicaliz|isis|isil|daesh/i;

const CLAUSE_END = new Set([
  'är', 'var', 'blir', 'ska', 'skall', 'bör', 'kan', 'får', 'måste', 'behöver', 'erbjuds', 'ges', 'har', 'hade', 'skulle',
  'omfattas', 'beviljas', 'tilldelas', 'anvisas', 'hänvisas', 'remitteras', 'erhåller', 'erbjudas', 'få', 'ha', 'där', 'vars', 'och', 'eller', 'samt', 'som', 'men', 'så', 'då', 'vilket', 'vilka', 'medan', 'eftersom', 'när', 'om', 'det', 'tillhör', 'kommer',
  'is', 'are', 'was', 'were', 'will', 'shall', 'should', 'must', 'can', 'may', 'and', 'or', 'who', 'which', 'that', 'but', 'so', 'then', 'while', 'because', 'when', 'if', 'get', 'gets', 'receive', 'receives', 'need', 'needs', 'including', 'as', 'also',
  'has', 'have', 'had', 'would', 'could', 'might', 'qualify', 'qualifies', 'where', 'whose', 'whom',
]);

/** Where the group's phrase ends: a verb phrase runs on over its complements ("… från strider utomlands"). */
function extendGroup(tokens: Token[], g: Hit, te: number, offerAt?: ReadonlySet<number>): number {
  let last = g.last;
  const form = g.entry?.form;
  if (form === 'clause') return last;
  // An offer ends the group's phrase ("återvändare från konfliktområden | samtalsstöd", "som friges
  // från anstalt | stöd i form av boende"), and so does an adjective right before it ("| samordnade insatser").
  // (A noun before it modifies it too: "terrorism offences | art therapy".)
  const offerNext = (k: number) => !!offerAt && (offerAt.has(k) || (offerAt.has(k + 1) && tokens[k].kind === TokenKind.Word && (ADJECTIVE_BEFORE_NOUN.test(tokens[k].norm) || (form === 'vp' && k > g.last && !NP_PREPOSITIONS.has(tokens[k].norm) && !RECIPIENT_PREP.has(tokens[k].norm) && !ARTICLE.has(tokens[k].norm)))));
  if (form === 'np') {
    // "med koppling till kriminella | gäng", "members of violent | right-wing groups": the environment's
    // own noun belongs to the phrase (with the adjectives before it).
    for (let k = last; k < Math.min(te, last + 3); k++) {
      if (tokens[k].kind !== TokenKind.Word || CLAUSE_END.has(tokens[k].norm) || offerNext(k)) break;
      if (ENVIRONMENT_HEAD.test(tokens[k].norm)) {
        last = k + 1;
        break;
      }
    }
    if (last < te && NP_PREPOSITIONS.has(tokens[last].norm)) {
      let k = last + 1;
      while (k < te && k - last <= 3 && tokens[k].kind === TokenKind.Word && !CLAUSE_END.has(tokens[k].norm) && !offerNext(k)) k++;
      if (k > last + 1) last = k;
    }
    return last;
  }
  let k = last;
  // ("… on condition that": the condition is not part of the group.)
  while (k < te && k - g.last < VP_EXTEND_MAX && (tokens[k].kind === TokenKind.Word || tokens[k].kind === TokenKind.Number) && !CLAUSE_END.has(tokens[k].norm) && !offerNext(k) && !(tokens[k].norm === 'on' && tokens[k + 1]?.norm === 'condition')) k++;
  return k;
}

/**
 * Where a short noun phrase after a coordinator ends ("and gang activity | in the borough", "and Iraq |
 * to mental health"): at most three words, none a verb, relative pronoun, preposition or offer; 0 when
 * there is none, or it begins with a group noun.
 */
function environmentPhrase(tokens: Token[], from: number, te: number, offerAt?: ReadonlySet<number>): number {
  if (from >= te || GROUP_HEAD.has(tokens[from].norm)) return 0;
  let k = from;
  while (k < te && k - from < 3 && tokens[k].kind === TokenKind.Word && !CLAUSE_END.has(tokens[k].norm) && !NP_PREPOSITIONS.has(tokens[k].norm) && !RECIPIENT_PREP.has(tokens[k].norm) && !offerAt?.has(k)) k++;
  if (k === from) return 0;
  // (Three words and more to come: a clause, not a noun phrase.)
  if (k - from === 3 && k < te && tokens[k].kind === TokenKind.Word && !NP_PREPOSITIONS.has(tokens[k].norm)) return 0;
  return k;
}

const ARTICLE = new Set(['a', 'an', 'the', 'en', 'ett', 'sin', 'sina', 'their']);
const ADJECTIVE_BEFORE_NOUN = /(ade|ande|ende|iga|ska|liga|ella|ed|al|ive)$/;
const ENVIRONMENT_HEAD = /^(gäng|nätverk|grupp|gruppering|miljö|rörelse|organisation|brottslighet|kriminalitet|extremism|crime$|crimes$|groups?$|gangs?$|networks?$|movements?$|organi[sz]ations?$|milieus?$|environments?$)/;

type Coordinated = { span: Span; coordinator: Token; newGroup: boolean };

function coordinatedBefore(tokens: Token[], ti: number, first: number): Coordinated | null {
  let i = first - 1;
  let skipped = 0;
  let newGroup = false;
  while (i >= ti && FILLER_BACK.has(tokens[i].norm) && skipped < 3) {
    if (GROUP_START.has(tokens[i].norm)) newGroup = true;
    i--;
    skipped++;
  }
  if (i < ti || !isCoordinator(tokens[i])) return null;
  const coordinator = tokens[i];
  let j = i - 1;
  // "…, eller": the comma belongs to the coordinator.
  if (j >= ti && tokens[j].kind === TokenKind.Comma) j--;
  const end = j;
  while (j >= ti && end - j < ALT_MAX && tokens[j].kind !== TokenKind.Stop && tokens[j].kind !== TokenKind.Boundary && tokens[j].kind !== TokenKind.Comma && !BACK_STOP.has(tokens[j].norm)) j--;
  if (end - j < 1) return null;
  return { span: { start: tokens[j + 1].start, end: tokens[end].end }, coordinator, newGroup };
}

function coordinatedAfter(tokens: Token[], last: number, te: number): Coordinated | null {
  if (last >= te || !isCoordinator(tokens[last])) return null;
  const coordinator = tokens[last];
  let k = last + 1;
  let newGroup = false;
  while (k < te && FILLER_BACK.has(tokens[k].norm) && k - last <= 3 && tokens[k].norm !== 'som' && tokens[k].norm !== 'who') {
    if (GROUP_START.has(tokens[k].norm)) newGroup = true;
    k++;
  }
  const begin = k;
  // A relative pronoun right after the coordinator ("eller som …") begins the alternative.
  if (k < te && (tokens[k].norm === 'som' || tokens[k].norm === 'who')) k++;
  while (k < te && k - begin < ALT_MAX && tokens[k].kind === TokenKind.Word && !(CLAUSE_END.has(tokens[k].norm) && k > begin + 1)) k++;
  if (k <= begin) return null;
  return { span: { start: tokens[begin].start, end: tokens[k - 1].end }, coordinator, newGroup };
}

/** "såväl avhoppare som personer som är aktiva …": the two sides of "såväl … som" are two groups. */
function savalSomBetween(tokens: Token[], ti: number, lFirst: number, gFirst: number): boolean {
  let saval = false;
  for (let i = Math.max(ti, lFirst - 4); i < lFirst; i++) if (tokens[i].norm === 'såväl' || tokens[i].norm === 'både') saval = true;
  if (!saval) return false;
  for (let i = lFirst + 1; i < gFirst; i++) if (tokens[i].norm === 'som' || tokens[i].norm === 'och') return true;
  return false;
}

/** "ska inte erbjuda", "no longer supports", "stödjer våld": words of support that offer nothing. */
function isOffer(h: Hit, hits: Hit[], tokens: Token[], text: string): boolean {
  // "The Security Service", "the Probation Service": an agency's name, who provides, not what is offered.
  if (h.first > 0 && (tokens[h.first].norm === 'service' || tokens[h.first].norm === 'services') && isCapital(text, tokens[h.first]) && isCapital(text, tokens[h.first - 1]) && tokens[h.first - 1].kind === TokenKind.Word) return false;
  // "… eller inte", "… or not" closes an alternative; it does not negate what follows.
  // Nor does the "not" of a waiver ("does not require them to have left"): it negates the requirement.
  const waivers = hits.filter((x) => x.category === 'waivedRequirement');
  const negations = hits.filter(
    (x) => x.category === 'negation' && !(x.first > 0 && (tokens[x.first - 1].norm === 'eller' || tokens[x.first - 1].norm === 'or')) && !waivers.some((w) => w.first <= x.first && x.last <= w.last),
  );
  if (endorsesViolence(tokens, h.last, tokens.length)) return false;
  // "reluctant to engage with statutory services", "misstror socialtjänsten": services the person
  // approaches or distrusts, not an offer to them.
  for (let k = Math.max(0, h.first - 3); k < h.first; k++) if (APPROACH.has(tokens[k].norm)) return false;
  // The agency ("Kriminalvården"), the topic of research ("a study on the reintegration of returnees"),
  // "data protection", the framework an offer is made in ("inom ramen för avhopparverksamheten"): no offer.
  if (tokens[h.first].norm.startsWith('kriminalvård')) return false;
  if (topicOfResearch(tokens, h)) return false;
  if (h.first > 0 && tokens[h.first - 1].norm === 'data') return false;
  if (h.first > 1 && ((tokens[h.first - 2].norm === 'ramen' && tokens[h.first - 1].norm === 'för') || (tokens[h.first - 2].norm === 'framework' && tokens[h.first - 1].norm === 'of'))) return false;
  // A team's name ("the Analytical Support and Sanctions Monitoring Team"): who works, not what is offered.
  if (namesATeam(tokens, h)) return false;
  // "may pose a risk to local services", "ett hot mot verksamheten": what is threatened, not offered.
  for (let k = Math.max(0, h.first - 4); k < h.first; k++) if (THREAT.has(tokens[k].norm) && tokens.slice(k + 1, h.first).some((t) => t.norm === 'to' || t.norm === 'mot' || t.norm === 'against')) return false;
  // "Housing providers", "care staff": who provides, not what is offered.
  if (h.last < tokens.length && PROVIDER.has(tokens[h.last].norm)) return false;
  if (precededBy(negations, h.first, 4, tokens)) return false;
  // "The grant cannot be used to fund services", "Stödet ges inte till …": the offer is the subject of a negated predicate.
  if (negations.some((x) => x.first >= h.last && x.first - h.last <= 2 && !crossesBoundary(tokens, h.last, x.first, true))) return false;
  if (negations.some((x) => x.last <= h.first && h.first - x.last <= 6 && x.first > 0 && tokens[x.first].norm === 'cannot' && !crossesBoundary(tokens, x.last, h.first, true))) return false;
  // "will not be eligible for the resettlement grant": the offer's object goes with it.
  const before = hits.find((x) => x.category === 'support' && x !== h && x.last <= h.first && h.first - x.last <= 3 && !crossesBoundary(tokens, x.last, h.first, true));
  if (before && before.last > 0 && precededBy(negations, before.first, 4, tokens)) return false;
  // "will not offer priority housing or hardship grants": the negation reaches every coordinated offer.
  for (let k = h.first - 1; k >= Math.max(0, h.first - 3); k--) {
    if (!isCoordinator(tokens[k]) && tokens[k].kind !== TokenKind.Comma) continue;
    const prev = hits.find((x) => x.category === 'support' && x.last <= k && k - x.last <= 2);
    return !prev || isOffer(prev, hits, tokens, text);
  }
  return true;
}

const RESEARCH = new Set(['study', 'studies', 'research', 'evaluation', 'evaluations', 'survey', 'analysis', 'studie', 'studien', 'forskning', 'forskningen', 'utvärdering', 'utvärderingen', 'kartläggning', 'kartläggningen']);
/** "a study (approx. €900,000) on the reintegration of returnees": the offer's word names what is studied. */
function topicOfResearch(tokens: Token[], h: Hit): boolean {
  // ("Research grant: …": the grant pays for research.)
  if (h.first > 0 && RESEARCH.has(tokens[h.first - 1].norm)) return true;
  for (let k = Math.max(0, h.first - 10); k < h.first; k++) {
    if (!RESEARCH.has(tokens[k].norm)) continue;
    let j = k + 1;
    if (tokens[j]?.norm === '(') while (j < h.first && tokens[j].norm !== ')') j++;
    if (tokens[j]?.norm === ')') j++;
    if (j < h.first && ABOUT.has(tokens[j].norm) && h.first - j <= 3) return true;
  }
  return false;
}
const ABOUT = new Set(['on', 'of', 'into', 'about', 'om', 'av', 'kring']);

const TEAM = new Set(['team', 'unit', 'office', 'directorate', 'division', 'department', 'committee', 'board', 'panel', 'enheten', 'avdelningen']);
const PHRASE_WORDS = new Set(['to', 'for', 'the', 'a', 'an', 'of', 'with', 'in', 'on', 'at', 'till', 'för', 'av', 'med', 'i', 'på', 'åt']);

/** The offer's word in a team's name, "the Analytical Support and Sanctions Monitoring Team", "support unit". */
function namesATeam(tokens: Token[], h: Hit): boolean {
  for (let k = h.last; k < Math.min(tokens.length, h.last + 5); k++) {
    if (tokens[k].kind !== TokenKind.Word || PHRASE_WORDS.has(tokens[k].norm)) return false;
    if (TEAM.has(tokens[k].norm)) return true;
  }
  return false;
}

function isCapital(text: string, t: Token): boolean {
  const c = text[t.start];
  return c !== c.toLowerCase();
}

const THREAT = new Set(['risk', 'risks', 'threat', 'threats', 'danger', 'hot', 'hotet', 'fara', 'risken']);
const APPROACH = new Set(['engage', 'engages', 'engaging', 'distrust', 'distrusts', 'mistrust', 'mistrusts', 'misstro', 'misstror', 'misstroende']);
const PROVIDER = new Set(['delivery', 'provider', 'providers', 'association', 'associations', 'staff', 'officer', 'officers', 'workers', 'company', 'companies', 'bolag', 'bolaget', 'personal', 'personalen']);
const ENDORSED = new Set(['våld', 'våldet', 'violence', 'terrorism', 'terror', 'extremism', 'extremismen', 'ideologin', 'ideology', 'radikalisering', 'radicalisation', 'radicalization', 'use']);

/** "supports the use of violence", "stödjer våld": support for the violence, not an offer to people. */
function endorsesViolence(tokens: Token[], after: number, te: number): boolean {
  for (let i = after; i < Math.min(te, after + 3); i++) if (ENDORSED.has(tokens[i].norm)) return true;
  return false;
}

const HARM = ['utsatt', 'utsätt', 'drabb', 'hot', 'våld', 'brottsoff', 'trakasser', 'skydd', 'hämnd', 'repressali', 'victim', 'threat', 'violence', 'harass', 'intimidat', 'attack', 'abuse', 'protect', 'harm', 'reprisal', 'retaliat', 'revenge'];

/** "utsatts för hot från gängmedlemmar", "protection from gang members": the group is where harm comes from. */
function sourceOfHarm(tokens: Token[], ti: number, first: number): boolean {
  let i = first - 1;
  // (Adjectives between: "hot från våldsbejakande | extremister".)
  while (i > ti && i >= first - 3 && tokens[i].kind === TokenKind.Word && tokens[i].norm !== 'från' && tokens[i].norm !== 'from') i--;
  if (i < ti || (tokens[i].norm !== 'från' && tokens[i].norm !== 'from')) return false;
  for (let k = i - 1; k >= Math.max(ti, i - 6); k--) {
    if (tokens[k].kind === TokenKind.Stop || tokens[k].kind === TokenKind.Boundary) return false;
    if (HARM.some((h) => tokens[k].norm.startsWith(h))) return true;
  }
  return false;
}

const SPECIFIC_ENVIRONMENT = /gäng|nätverk|organiserad brottslighet|extrem|terror|våldsbejak|jihad|radikal|radical|\bgang|network|organi[sz]ed[ -]crime|milieu|cartel|kartell|mafia|maffia|county lines|daesh|isis|isil|\bIS\b|islamis|nazi|proscribed|militan|milis|militia|tpim/i;

const ENFORCEMENT = ['försvår', 'bekämp', 'lagför', 'beivr', 'disrupt', 'prosecut', 'combating', 'combatting', 'crack', 'pursu', 'dismantl', 'arrest', 'vittn', 'testif'];
const ENFORCEMENT_WORDS = new Set(['stör', 'störa', 'pressa', 'gripa', 'griper', 'combat', 'combats', 'supervision', 'surveillance', 'monitoring', 'övervakning', 'övervakningen']);

/** The group is the object of enforcement ("försvåra för", "disrupt", "prosecute", "management of
 * adults on licence"), not of an offer. */
function enforcedAgainst(tokens: Token[], ti: number, first: number): boolean {
  for (let k = first - 1; k >= Math.max(ti, first - 3); k--) {
    if (tokens[k].kind === TokenKind.Stop || tokens[k].kind === TokenKind.Boundary || tokens[k].kind === TokenKind.Comma) return false;
    const w = tokens[k].norm;
    if (ENFORCEMENT_WORDS.has(w) || ENFORCEMENT.some((e) => w.startsWith(e))) return true;
    // Offender management, not case management (an offer).
    if (w === 'management' && (k === ti || tokens[k - 1].norm !== 'case')) return true;
  }
  return false;
}

const REFUSE = new Set(['decline', 'declines', 'declined', 'declining', 'refuse', 'refuses', 'refused', 'refusing', 'unwilling', 'vägrar', 'vägrat', 'vägrade', 'ovilliga', 'ovillig']);

function waivedChain(leaving: readonly Hit[], isWaived: (l: Hit) => boolean, tokens: Token[]): Hit[] {
  const out = leaving.filter(isWaived);
  for (const l of leaving) {
    if (out.includes(l)) continue;
    const prev = out[out.length - 1];
    if (prev && prev.last <= l.first && l.first - prev.last <= 6 && !crossesBoundary(tokens, prev.last, l.first, true) && tokens.slice(prev.last, l.first).some(isCoordinator)) out.push(l);
  }
  return out;
}

function refused(tokens: Token[], ti: number, l: Hit): boolean {
  // ("a reinsertion package on exit": leaving the centre, not the environment.)
  if (l.first > ti && (tokens[l.first].norm === 'exit' || tokens[l.first].norm === 'release') && ['on', 'upon', 'at'].includes(tokens[l.first - 1].norm)) return true;
  for (let k = l.first - 1; k >= Math.max(ti, l.first - 3); k--) {
    if (tokens[k].kind !== TokenKind.Word) return false;
    if (REFUSE.has(tokens[k].norm)) return true;
  }
  return false;
}

const REQUIRING = new Set(['requiring', 'require', 'requires', 'requirement', 'krav', 'kräver', 'kravet']);
const SERVICE_SUFFIX = ['arbete', 'arbetet', 'verksamhet', 'verksamheten', 'verksamheter', 'program', 'programmet', 'programmen', 'samordnare', 'samordnaren', 'projekt', 'projektet', 'enhet', 'enheten', 'mottagning', 'mottagningen'];
const SERVICE_NOUN = new Set(['programme', 'programmes', 'program', 'programs', 'service', 'services', 'scheme', 'schemes', 'project', 'team', 'unit', 'centre', 'center', 'facility', 'network', 'coordinator', 'coordinators', 'officer', 'officers', 'work', 'worker', 'workers', 'hub', 'hubs']);

/** A leaving word that is part of a service's name: "avhopparverksamheten", "exit programme", "the Desistance and Disengagement Programme". */
function serviceName(tokens: Token[], l: Hit, te: number, text: string): boolean {
  // "Fryshuset's Exit": an organisation's programme, named.
  if (l.first > 0 && /['’]s$/.test(tokens[l.first - 1].norm) && isCapital(text, tokens[l.first])) return true;
  for (let i = l.first; i < l.last; i++) if (SERVICE_SUFFIX.some((s) => tokens[i].norm.endsWith(s) && tokens[i].norm.length > s.length)) return true;
  // "exit programme", "Disengagement and Desistance Programme", "the Integrated Disarmament,
  // Demobilization and Reintegration Standards": the service's or document's noun follows within a few
  // capitalised words.
  for (let i = l.last; i < Math.min(te, l.last + 5); i++) {
    if (SERVICE_NOUN.has(tokens[i].norm) || (i > l.last && DOCUMENT_NOUN.has(tokens[i].norm))) return true;
    if (tokens[i].kind === TokenKind.Comma && i + 1 < te && isCapital(text, tokens[i + 1])) continue;
    if (tokens[i].kind !== TokenKind.Word) return false;
    const w = tokens[i].norm;
    const c = text[tokens[i].start];
    if (w !== 'and' && w !== 'och' && c === c.toLowerCase()) return false;
  }
  return false;
}

const DOCUMENT_NOUN = new Set(['standards', 'framework', 'strategy', 'guidelines', 'principles', 'policy', 'act', 'plan', 'model']);

const CURRENT_MARK = new Set(['current', 'active', 'present', 'existing', 'serving', 'nuvarande', 'aktiva', 'aktiv', 'befintliga', 'pågående']);
/** "still" → "no longer": the words that say someone is inside now, and how a condition says the opposite. */
const NO_LONGER: Record<string, string> = { still: 'no longer', currently: 'no longer', fortfarande: 'inte längre', alltjämt: 'inte längre' };
const STILL: ReadonlySet<string> = new Set(Object.keys(NO_LONGER));

/** The group is said to be in the environment now: "aktiva medlemmar", "still involved", "currently part of". */
function explicitlyCurrent(tokens: Token[], ti: number, firstTok: number, g: Hit): boolean {
  for (let i = Math.max(ti, firstTok - 2); i < g.last; i++) if (CURRENT_MARK.has(tokens[i].norm) || STILL.has(tokens[i].norm)) return true;
  return false;
}

/** "current and former", "nuvarande och före detta": a leaving word that is one of two alternatives. */
function currentAndFormer(tokens: Token[], ti: number, l: Hit): boolean {
  const i = l.first;
  if (i - 2 >= ti && isCoordinator(tokens[i - 1]) && CURRENT_MARK.has(tokens[i - 2].norm)) return true;
  // "former or current members"
  return l.last + 1 < tokens.length && isCoordinator(tokens[l.last]) && CURRENT_MARK.has(tokens[l.last + 1].norm);
}

const WAIVER_WORDS = new Set(['oavsett', 'om', 'huruvida', 'regardless', 'irrespective', 'of', 'whether', 'or', 'not']);
const CONDITIONAL_WAIVER = new Set(['oavsett', 'regardless', 'irrespective', 'whether']);
const CONDITION: Record<Language, string> = { sv: 'under förutsättning att', en: 'on condition that' };
/** Waivers that turn into the requirement by a change of their first words. */
const NEGATED_REQUIREMENT: Record<string, string> = {
  'utan krav': 'med krav', 'without requiring': 'requiring', 'no requirement': 'a requirement', 'not required': 'required',
  'does not require': 'requires', 'do not require': 'require', 'will not require': 'will require',
  'kräver inte': 'kräver', 'krävs inte': 'krävs', 'förutsätter inte': 'förutsätter', 'förutsätts inte': 'förutsätts',
  'inte ett krav': 'ett krav', 'inget krav': 'ett krav', 'inga krav': 'krav', 'no exit requirement': 'exit requirement', 'inte villkorat': 'villkorat', 'inte villkorad': 'villkorad', 'inte villkorade': 'villkorade',
  'not conditional': 'conditional', 'not contingent': 'contingent', 'not dependent': 'dependent',
};

/** The waiver's words before a leaving phrase, and the "eller inte" / "or not" after it. */
function waiverOf(l: Hit, waived: readonly Hit[], tokens: Token[], te: number, language: Language): Waiver {
  const w = waived.filter((h) => h.last <= l.first || (h.first <= l.first && l.last <= h.last)).pop()!;
  if (!CONDITIONAL_WAIVER.has(tokens[w.first].norm) && !(w.first > 0 && CONDITIONAL_WAIVER.has(tokens[w.first - 1].norm))) {
    // "utan krav på avhopp" → "med krav på avhopp", "does not require them to" → "requires them to"
    for (const n of [3, 2]) {
      if (w.first + n > te) continue;
      const replacement = NEGATED_REQUIREMENT[tokens.slice(w.first, w.first + n).map((t) => t.norm).join(' ')];
      if (replacement) return { words: { start: tokens[w.first].start, end: tokens[w.first + n - 1].end }, replacement };
    }
    return { words: { start: tokens[w.first].start, end: tokens[Math.min(w.first + 1, w.last - 1)].end } };
  }
  // "regardless of whether or not": two waiver phrases in a row are one, from its first waiver word.
  let first = w.first;
  while (first > 0 && w.first - first < 3 && WAIVER_WORDS.has(tokens[first - 1].norm)) first--;
  while (first < w.first && !CONDITIONAL_WAIVER.has(tokens[first].norm)) first++;
  let k = w.first;
  while (k + 1 < l.first && WAIVER_WORDS.has(tokens[k + 1].norm)) k++;
  const words = { start: tokens[first].start, end: tokens[Math.max(k, w.last - 1)].end };
  let tail: Span | undefined;
  for (let i = l.last; i + 1 < te && i < l.last + 12; i++) {
    const a = tokens[i].norm;
    const b = tokens[i + 1].norm;
    if ((a === 'eller' && b === 'inte') || (a === 'eller' && b === 'ej') || (a === 'or' && b === 'not')) {
      tail = { start: tokens[i - 1].end, end: tokens[i + 1].end };
      break;
    }
    if (tokens[i].kind === TokenKind.Stop) break;
  }
  return { words, replacement: CONDITIONAL_WAIVER.has(tokens[first].norm) ? CONDITION[language] : undefined, tail };
}

const THE_ENVIRONMENT = new Set(['miljön', 'gänget', 'nätverket', 'rörelsen', 'gruppen', 'grupperingen', 'gang', 'movement', 'network', 'milieu', 'environment', 'group']);

/** "lämna miljön", "leave the gang": the leaving word's object is an environment named elsewhere. */
function leavesNamedEnvironment(tokens: Token[], l: Hit, te: number): boolean {
  for (let k = l.last; k < Math.min(te, l.last + 3); k++) if (THE_ENVIRONMENT.has(tokens[k].norm) && (tokens[k].norm.endsWith('n') || tokens[k].norm.endsWith('t') || tokens[k - 1]?.norm === 'the')) return true;
  return false;
}

/**
 * "regardless of whether the young person is still in contact with the gang" → "on condition that the
 * young person is no longer in contact with the gang". Without a "still" to turn, no wording reads well
 * ("on condition that they are gang members"), and the other fixes are offered.
 */
function governingWaiver(waived: readonly Hit[], tokens: Token[], first: number, last: number, language: Language): Waiver | undefined {
  const w = waived.filter((h) => h.last <= first).pop();
  if (!w || !CONDITIONAL_WAIVER.has(tokens[w.first].norm)) return undefined;
  let k = w.last - 1;
  while (k + 1 < first && WAIVER_WORDS.has(tokens[k + 1].norm)) k++;
  const words = { start: tokens[w.first].start, end: tokens[k].end };
  for (let i = k + 1; i < last; i++) {
    const replacement = NO_LONGER[tokens[i].norm];
    if (replacement) return { words, replacement: CONDITION[language], still: { range: { start: tokens[i].start, end: tokens[i].end }, replacement } };
  }
  return { words };
}

const QUANTITY = new Set(['många', 'flera', 'några', 'hälften', 'majoriteten', 'flesta', 'del', 'ingen', 'inga', 'alla', 'vissa', 'varje', 'var', 'antal', 'andel', 'merparten', 'få', 'tiotal', 'tjugotal', 'hundratal']);

function agentOfPassive(tokens: Token[], ti: number, first: number): boolean {
  let i = first - 1;
  while (i >= ti && (tokens[i].norm === 'the' || tokens[i].norm === 'a' || tokens[i].norm === 'de' || tokens[i].norm === 'en' || tokens[i].norm === 'ett')) i--;
  if (i < ti || (tokens[i].norm !== 'by' && tokens[i].norm !== 'av')) return false;
  // "många av de hemvändande": a part of the group, not the agent of a passive.
  if (i - 1 >= ti && (QUANTITY.has(tokens[i - 1].norm) || tokens[i - 1].kind === TokenKind.Number)) return false;
  // "Målgruppen utgörs av …", "consists of": what the group is made of, not who acts.
  return !(i - 1 >= ti && CONSISTS.has(tokens[i - 1].norm));
}

const CONSISTS = new Set(['utgörs', 'består', 'utgjordes', 'bestod', 'consists', 'consist', 'comprised', 'composed', 'made']);

/** "A can be referred to the scheme; participation is conditional on having left": a condition of its
 * own after the ";", naming no group, covers what came before it. */
function conditionAfterSemicolon(tokens: Token[], hits: Hit[], lastTok: number, l: Hit): boolean {
  if (l.first < lastTok) return false;
  let semi = -1;
  for (let i = lastTok; i < l.first; i++) {
    if (DISJUNCTIVE.has(tokens[i].norm)) return false;
    if (tokens[i].norm === ';') semi = i;
  }
  if (semi < 0) return false;
  let end = l.last;
  while (end < tokens.length && tokens[end].norm !== ';' && tokens[end].kind !== TokenKind.Stop) end++;
  return hits.some((h) => h.category === 'strongCondition' && h.first > semi && h.last <= end) && !hits.some((h) => h.category === 'inContext' && h.first > semi && h.first < l.first);
}

function disjunctionBetween(tokens: Token[], from: number, to: number): boolean {
  // A ";" separates list items and clauses as firmly as an "eller" separates alternatives.
  for (let i = from; i < to; i++) if (DISJUNCTIVE.has(tokens[i].norm) || tokens[i].norm === ';') return true;
  return false;
}

function isCoordinator(t: Token): boolean {
  return ['eller', 'or', 'och', 'and', 'samt', 'respektive', 'alternativt', '/'].includes(t.norm);
}

function kindOf(hits: Hit[], s: Span): GroupKind {
  const inside = hits.filter((h) => h.start >= s.start && h.end <= s.end);
  if (inside.some((h) => h.category === 'leaving')) return 'leaving';
  if (inside.some((h) => h.category === 'inContext')) return 'in-context';
  if (inside.some((h) => h.category === 'atRisk')) return 'at-risk';
  if (inside.some((h) => h.category === 'former')) return 'former';
  return 'other';
}

/**
 * The support a group receives: the nearest offer in its own part of the sentence (parts split at
 * ";"), or anywhere in the sentence when it has no such parts; only a sentence that offers nothing
 * itself borrows the offer of another sentence in the paragraph.
 */
function supportFor(g: Hit, groupSpan: Span, inSentence: Hit[], inBlock: Hit[], tokens: Token[], ti: number, te: number): Hit | undefined {
  const own = inSentence.filter((s) => !overlaps(s, groupSpan));
  if (own.length === 0) return nearest(inBlock.filter((s) => !overlaps(s, groupSpan)), g);
  let from = g.first;
  while (from > ti && tokens[from - 1].norm !== ';') from--;
  let to = g.last;
  while (to < te && tokens[to].norm !== ';') to++;
  const lo = tokens[from].start;
  const hi = tokens[to - 1].end;
  const inPart = nearest(own.filter((s) => s.start >= lo && s.end <= hi), g);
  if (inPart) return inPart;
  // "Med målgruppen avses …; målgruppen ska erbjudas …": the next part offers to the group just named.
  if (to < te - 1 && tokens[to].norm === ';' && BACK_REFERENCE.has(tokens[to + 1].norm)) {
    let end = to + 1;
    while (end < te && tokens[end].norm !== ';') end++;
    const next = nearest(own.filter((s) => s.start >= tokens[to + 1].start && s.end <= tokens[end - 1].end), g);
    if (next) return next;
  }
  // "… ger stöd till:\n- A;\n- B; och\n- C": an offer before a colon leads in to every item.
  for (let i = g.first - 1; i >= ti; i--) if (tokens[i].norm === ':') return nearest(own.filter((s) => s.end <= tokens[i].start), g);
  return undefined;
}

const BACK_REFERENCE = new Set(['målgruppen', 'de', 'dessa', 'dem', 'they', 'these', 'them', 'such']);

function nearest(cands: readonly Hit[], to: Span): Hit | undefined {
  let best: Hit | undefined;
  let bestD = Infinity;
  for (const c of cands) {
    const d = c.end <= to.start ? to.start - c.end : c.start - to.end;
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

function weakModalBefore(modals: readonly Hit[], l: Hit, tokens: Token[]): Hit | undefined {
  return modals.find((m) => {
    if (m.last > l.first || l.first - m.last > 3) return false;
    for (let i = m.last; i < l.first; i++) if (!PRONOUN_FILLER.has(tokens[i].norm)) return false;
    return true;
  });
}

const NP_HEAD_END = new Set(['of', 'from', 'in', 'with', 'within', 'at', 'to', 'on', 'for', 'who', 'that', 'which', 'involved', 'associated', 'linked', 'connected', 'returning']);
const PLURAL_WITHOUT_S = new Set(['people', 'children', 'men', 'women', 'youth', 'police', 'those', 'these', 'they']);

/** An English noun phrase's head: the word before its first preposition ("members of …", "returnees from …"). */
function npHead(tokens: Token[], first: number, end: number): string {
  let k = first;
  while (k + 1 < end && tokens[k + 1].kind === TokenKind.Word && !NP_HEAD_END.has(tokens[k + 1].norm)) k++;
  return tokens[k].norm;
}

function isSingular(form: string, firstWord: string, head: string): boolean {
  if (form === 'np') return !/[^s]s$/.test(head) && !PLURAL_WITHOUT_S.has(head);
  const w = firstWord.split(' ').pop() ?? firstWord;
  if (w === 'is' || w === 'has' || w === 'was') return true;
  return /[^s]s$/.test(w) && !['this', 'his', 'was'].includes(w);
}
