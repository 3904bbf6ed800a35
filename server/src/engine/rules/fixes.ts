// Fixes shared by the eligibility rules, built the way a careful writer edits a sentence: the
// requirement goes right after the alternative that lacks it, the verb agrees with its subject, a
// bare participle gets the relative clause it needs ("persons involved in …" → "persons who have been
// involved in … and have left …"), "are" becomes "have been" so the sentence does not say that people
// are in the environment and have left it, and a comma separates the insertion from an alternative
// that follows. Fixes never delete text beyond the words they rewrite.
//
// Offsets: `b.start` plus block offsets, against `ctx.text` (so this works whether the analyzer hands
// rules the whole document or one block).

import type { EligibilityClause } from '../analysis/block';
import { fill, requirementText, Wording } from '../fixes/wording';
import { message, quote } from '../messages';
import type { Fix, GroupPart, Language, Span, TextEdit } from '../types';
import type { BlockView, RuleContext } from './types';

type Target = EligibilityClause['targets'][number];

interface Word {
  text: string;
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Present-tense copulas and the perfect that replaces them ("är" → "har varit"). */
const COPULA_PERFECT: Record<Language, Record<string, { text: string; singular?: boolean }>> = {
  sv: { är: { text: 'har varit' } },
  en: { is: { text: 'has been', singular: true }, are: { text: 'have been', singular: false }, am: { text: 'have been', singular: false } },
};
/**
 * Present-tense verbs of taking part, and their perfect: "deltar i gängkriminalitet och har lämnat …"
 * says both at once; "har deltagit i … och har lämnat …" says what is meant.
 */
const PRESENT_TO_PERFECT: Record<Language, Record<string, { text: string; singular?: boolean; next?: string }>> = {
  sv: {
    deltar: { text: 'har deltagit' }, medverkar: { text: 'har medverkat' }, tillhör: { text: 'har tillhört' }, strider: { text: 'har stridit' }, kämpar: { text: 'har kämpat' },
    ingår: { text: 'har ingått' }, befinner: { text: 'har befunnit' }, lever: { text: 'har levt' }, rör: { text: 'har rört' }, verkar: { text: 'har verkat' },
    sympatiserar: { text: 'har sympatiserat' }, avtjänar: { text: 'har avtjänat' }, umgås: { text: 'har umgåtts' },
  },
  en: {
    participates: { text: 'has participated', singular: true },
    participate: { text: 'have participated', singular: false },
    belongs: { text: 'has belonged', singular: true },
    belong: { text: 'have belonged', singular: false },
    fights: { text: 'has fought', singular: true },
    fight: { text: 'have fought', singular: false },
    takes: { text: 'has taken', singular: true, next: 'part' },
    take: { text: 'have taken', singular: false, next: 'part' },
    lives: { text: 'has lived', singular: true },
    live: { text: 'have lived', singular: false },
    sympathises: { text: 'has sympathised', singular: true },
    sympathise: { text: 'have sympathised', singular: false },
    sympathizes: { text: 'has sympathized', singular: true },
    sympathize: { text: 'have sympathized', singular: false },
  },
};
/** Adverbs that contradict "has left" once the copula is in the perfect: dropped with the copula. */
const CONTRADICTING = new Set(['fortfarande', 'alltjämt', 'nu', 'still', 'currently', 'now', 'presently']);
/** Adverbs that may stand between a relative pronoun, the copula and the participle, and stay. */
const ADVERBS = new Set(['redan', 'även', 'också', 'själva', 'already', 'also', 'themselves', 'actively', 'aktivt', ...CONTRADICTING]);
/** Words that show a participle already sits in a finite verb phrase ("who are involved", "har rest"). */
const FINITE_CONTEXT = new Set([
  'som', 'vilka', 'vilken', 'är', 'var', 'har', 'hade', 'blir', 'blev', 'varit', 'blivit', 'ska', 'skall', 'kan', 'vill', 'att', 'inte', 'ej', 'de', 'hen', 'han', 'hon', 'man',
  'who', 'that', 'which', 'is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'been', 'be', 'will', 'would', 'to', 'not', 'they', 'he', 'she', 'we', 'you', 'i', 'get', 'got', 'become', 'became',
  ...ADVERBS,
]);
/** The auxiliaries and particles of a shared-participle chain ("som är, har varit eller riskerar att bli …"). */
const AUX_CHAIN = new Set(['är', 'var', 'har', 'hade', 'varit', 'blir', 'bli', 'blivit', 'riskerar', 'riskera', 'att', 'kan', 'kunna', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'be', 'become', 'becoming', 'being', 'risk', 'at', 'of', 'may', 'might', 'could', ...ADVERBS]);
const COORDINATORS = new Set(['eller', 'och', 'samt', 'alternativt', 'respektive', 'or', 'and', 'nor']);
/** Words that open a fronted subordinate clause: after its predicate, a comma before the main clause. */
const SUBORDINATORS = new Set(['när', 'om', 'då', 'eftersom', 'innan', 'sedan', 'medan', 'ifall', 'såvida', 'när', 'when', 'if', 'once', 'whenever', 'unless', 'where', 'since', 'after', 'before', 'as']);
/** English past participles of verbs without an object: "who have returned", not "who have been returned". */
const INTRANSITIVE_EN = new Set(['returned', 'come', 'travelled', 'traveled', 'gone', 'fought', 'participated', 'belonged', 'arrived', 'stayed', 'lived']);
const SINGULAR_NOUNS_EN = new Set(['person', 'individual', 'anyone', 'anybody', 'someone', 'somebody', 'one', 'member', 'child', 'adult', 'man', 'woman', 'citizen', 'resident', 'offender', 'returnee']);
const PRONOUN_AT_END = /\b(dem|den|det|denna|dessa|them|it|this|these|those)\s*[,.;:!?]?\s*$/i;

function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice)) !== null) out.push({ text: m[0], norm: m[0].toLowerCase(), start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/** The words of the sentence before `offset`, nearest last; stops at the sentence start. */
function wordsBefore(ctx: RuleContext, b: BlockView, sentence: Span, offset: number): Word[] {
  return wordsIn(ctx.text, b.start + sentence.start, offset);
}

/** Only spaces (or a comma when allowed) between two offsets. */
function adjacent(text: string, from: number, to: number): boolean {
  return /^[\s]*$/.test(text.slice(from, to));
}

function isParticiple(language: Language, w: string): boolean {
  if (language === 'en') return /(ed|ing)$/.test(w) || INTRANSITIVE_EN.has(w) || ['active', 'engaged', 'involved', 'radicalised', 'radicalized'].includes(w);
  return /(ad|ade|at|ade|iv|iva|ig|iga|na|dda)$/.test(w);
}

interface Attachment {
  edits: TextEdit[];
  /** The inserted requirement, for the title. */
  wording: string;
}

/**
 * How the requirement attaches to one alternative: the edits, or undefined when no grammatical
 * attachment exists (a shared participle: "som är, har varit eller riskerar att bli involverade i …").
 */
function attachTo(ctx: RuleContext, b: BlockView, c: EligibilityClause, t: Target, w: Wording, language: Language): Attachment | undefined {
  const text = ctx.text;
  const start = b.start + t.range.start;
  // After the closing markup of emphasis around the group ("*hemvändare*"), not inside it.
  let insertAt = b.start + t.insertAt;
  while (/[*_~]/.test(text[insertAt] ?? '') && /[\p{L}\p{N}*_~]/u.test(text[insertAt - 1] ?? '')) insertAt++;
  const before = wordsBefore(ctx, b, c.sentence, start);
  const edits: TextEdit[] = [];
  let singular = t.singular;

  if (t.form === 'vp') {
    // A shared participle: an auxiliary chain with a coordinator inside it.
    let i = before.length - 1;
    let sawCoordinator = false;
    let auxAfterCoordinator = false;
    let auxBeforeCoordinator = false;
    while (i >= 0 && (AUX_CHAIN.has(before[i].norm) || COORDINATORS.has(before[i].norm)) && adjacentOrComma(text, before[i].end, i + 1 < before.length ? before[i + 1].start : start)) {
      if (COORDINATORS.has(before[i].norm)) sawCoordinator = true;
      else if (sawCoordinator) auxBeforeCoordinator = true;
      else auxAfterCoordinator = true;
      i--;
    }
    if (sawCoordinator && auxAfterCoordinator && auxBeforeCoordinator) return undefined;

    const copula = copulaRewrite(text, before, start, language);
    if (copula) {
      edits.push(copula.edit);
      if (copula.singular !== undefined) singular = copula.singular;
    } else if (firstWordPerfect(text, start, b.start + t.range.end, language)) {
      const { word, perfect } = firstWordPerfect(text, start, b.start + t.range.end, language)!;
      // "som fortfarande deltar" → "som har deltagit": the adverb goes with the tense.
      let from = before.length;
      for (;;) {
        const next = from < before.length ? before[from].start : start;
        if (from - 1 >= 0 && CONTRADICTING.has(before[from - 1].norm) && adjacent(text, before[from - 1].end, next)) from--;
        // "i dag" goes with the tense like "fortfarande".
        else if (isIDag(before, from - 1) && adjacent(text, before[from - 1].end, next)) from -= 2;
        else break;
      }
      edits.push({ range: { start: from < before.length ? before[from].start : word.start, end: word.end }, newText: matchCase(from < before.length ? before[from].text : word.text, perfect.text) });
      if (perfect.singular !== undefined) singular = perfect.singular;
    } else {
      // A bare participle after its noun ("persons involved in …", "personer aktiva i …") needs a
      // relative clause of its own.
      const first = wordsIn(text, start, b.start + t.range.end)[0];
      const prev = before[before.length - 1];
      // At the sentence's start the participle modifies the noun after it ("Repatriated women …").
      // After a preposition it is a noun phrase of its own ("efter avtjänat straff").
      // ("identified as being | affiliated with …": a verb's participle, not a noun's.)
      if (first && prev && isParticiple(language, first.norm) && !FINITE_CONTEXT.has(prev.norm) && !COORDINATORS.has(prev.norm) && !OPENS_PHRASE.has(prev.norm) && prev.norm !== 'being') {
        if (language === 'en') {
          singular = SINGULAR_NOUNS_EN.has(prev.norm) || /^(a|an)$/.test(before[before.length - 2]?.norm ?? '');
          const have = singular ? 'has' : 'have';
          // "people returning from …" → "people who are returning from … and have left …".
          const progressive = /ing$/.test(first.norm);
          edits.push({ range: { start, end: start }, newText: progressive ? `who ${singular ? 'is' : 'are'} ` : INTRANSITIVE_EN.has(first.norm) ? `who ${have} ` : `who ${have} been ` });
        } else {
          edits.push({ range: { start, end: start }, newText: 'som har varit ' });
        }
      }
    }
  }

  let template = t.form === 'np' ? w.afterNoun : w.afterVerb;
  if (t.form === 'np') {
    // A predicative noun ("som är gängmedlemmar") reads as a verb phrase: "som har varit
    // gängmedlemmar och har lämnat …", not "som är gängmedlemmar som har lämnat …".
    const copula = copulaRewrite(text, before, start, language);
    if (copula) {
      edits.push(copula.edit);
      if (copula.singular !== undefined) singular = copula.singular;
      template = w.afterVerb;
    } else if (/^\s*(som|vilka|who|that|which)\b/i.test(text.slice(insertAt, insertAt + 12))) {
      // The noun already has a relative clause ("terrorresenärer som kommit tillbaka …"): a second
      // one would not read; the requirement sentence says it instead.
      return undefined;
    }
  }
  if (!readsWell(ctx, b, c, t, insertAt, before, edits, start)) return undefined;
  let inserted = fill(template, requirementText(w, c.context, singular));
  inserted = punctuate(ctx, b, c, t, insertAt, inserted);
  // The insertion first: it is what the finding's "suggestion" shows.
  edits.unshift({ range: { start: insertAt, end: insertAt }, newText: inserted });
  return { edits, wording: inserted.replace(/,$/, '').trim() };
}

const RELATIVE_WORDS = new Set(['who', 'som', 'that', 'which']);
const LIST_GOES_ON = /^\s*,\s*[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s+(?:och|samt|eller|and|or)\s/u;
const PLACE_GOES_ON = /^\s*(?:in|i)\s+(?:(?:northern|southern|eastern|western|north-eastern|north-western|north-east|north-west|norra|södra|östra|västra|nordöstra|nordvästra|sydöstra|sydvästra)\s+)?\p{Lu}/u;
/** What may follow a coordinator after an inserted requirement: another group, its people, its family. */
const NEXT_GROUP = new Set([
  'their', 'his', 'her', 'those', 'people', 'persons', 'individuals', 'anyone', 'all', 'other', 'to', 'for', 'who', 'family', 'families', 'relatives', 'children', 'partners', 'spouses',
  'deras', 'dess', 'hans', 'hennes', 'de', 'dem', 'den', 'personer', 'individer', 'alla', 'andra', 'till', 'för', 'åt', 'som', 'familjer', 'anhöriga', 'barn', 'närstående',
]);

/** After "och"/"or": another group, its people, or another verb phrase of the alternatives; not a noun
 * that continues the phrase ("fängelser och frivård"). */
function nextAlternative(w: string): boolean {
  // ("har rest till Syrien | och sedan återvänt": the same person's next step, not another alternative.)
  if (THEN.has(w)) return false;
  return NEXT_GROUP.has(w) || FOLLOWS_CLAUSE.has(w) || ALTERNATIVE_VERBS.has(w) || /(ed|ing|ande|ende)$/.test(w);
}
const THEN = new Set(['sedan', 'därefter', 'senare', 'then', 'since', 'later', 'subsequently']);
const ALTERNATIVE_VERBS = new Set(['vill', 'önskar', 'söker', 'riskerar', 'befinner', 'deltar', 'want', 'wants', 'wish', 'wishes', 'seek', 'seeks', 'risk', 'accompanying', 'medföljande']);

/** Words that may follow a noun phrase with a relative clause, or a finished verb phrase. */
const FOLLOWS_CLAUSE = new Set([
  // verbs, auxiliaries, modals
  'är', 'var', 'blir', 'ska', 'skall', 'bör', 'kan', 'får', 'måste', 'behöver', 'har', 'hade', 'skulle', 'kommer', 'erhåller', 'tillhör',
  'is', 'are', 'was', 'were', 'will', 'shall', 'should', 'must', 'can', 'may', 'might', 'could', 'would', 'has', 'have', 'had', 'get', 'gets',
  'receive', 'receives', 'need', 'needs', 'qualify', 'qualifies', 'remain', 'continue',
  // relatives and subordinators
  'som', 'där', 'när', 'om', 'eftersom', 'då', 'så', 'who', 'which', 'that', 'where', 'when', 'if', 'once', 'as', 'since', 'because', 'while', 'until', 'unless',
  // prepositions that open an adverbial
  'i', 'inom', 'från', 'till', 'för', 'med', 'på', 'vid', 'under', 'efter', 'inför', 'genom', 'utan', 'hos', 'enligt', 'över', 'bland', 'via', 'oavsett',
  'in', 'within', 'from', 'to', 'for', 'with', 'on', 'by', 'at', 'under', 'after', 'before', 'upon', 'through', 'during', 'without', 'across', 'into', 'over', 'among', 'via', 'regardless',
  // adverbs
  'även', 'också', 'därefter', 'sedan', 'nu', 'först', 'also', 'then', 'too', 'first', 'alike',
]);
/** Words that cannot end a noun phrase or a verb phrase: an insertion after them splits a phrase. */
const OPENS_PHRASE = new Set([
  'i', 'inom', 'från', 'till', 'för', 'med', 'på', 'av', 'vid', 'under', 'efter', 'inför', 'genom', 'utan', 'mot', 'hos', 'enligt', 'om', 'över', 'bland', 'en', 'ett', 'den', 'det', 'de', 'som', 'åldern',
  'of', 'in', 'within', 'from', 'to', 'for', 'with', 'on', 'by', 'at', 'under', 'after', 'before', 'upon', 'through', 'during', 'without', 'against', 'across', 'into', 'over', 'among', 'the', 'a', 'an', 'who', 'as', 'aged',
]);
/** Words that say the person is still in the environment: "… still active … and have left" contradicts itself. */
// (And words that say they are not inside yet: "som riskerar att", "at risk of adopting … views".)
const STILL_IN = new Set(['fortfarande', 'alltjämt', 'redan', 'idag', 'aktiv', 'aktiva', 'aktivt', 'fortsatt', 'fortsätter', 'nuvarande', 'befinner', 'riskerar', 'riskzonen',
  'still', 'currently', 'remain', 'remains', 'remaining', 'active', 'current', 'continue', 'continues', 'continuing', 'ongoing', 'hold', 'holds', 'risk']);

/**
 * Whether the requirement, inserted at `insertAt`, reads as a sentence a careful writer would keep:
 * not inside a phrase ("members of organised | criminal groups", "i åldern | 15–20 år", "in Syria |
 * and Iraq"), not after a verb phrase that has no subject of its own ("fighters returning from Syria
 * | and have left"), and not beside words that say the person is still inside. When it would not, the
 * requirement sentence is the fix.
 */
function readsWell(ctx: RuleContext, b: BlockView, c: EligibilityClause, t: Target, insertAt: number, before: Word[], edits: TextEdit[], start: number): boolean {
  const text = ctx.text;
  const sentenceEnd = b.start + c.sentence.end;
  const targetWords = wordsIn(text, start, insertAt);
  const last = targetWords[targetWords.length - 1];
  if (!last || OPENS_PHRASE.has(last.norm)) return false;
  // A Swedish noun phrase does not end in an adjective ("till högerextrema | , vänsterextrema … miljöer").
  if (t.form === 'np' && b.facts.language === 'sv' && /(isk|ell|rem|ad|ig|iv)a$/.test(last.norm)) return false;
  // What follows: punctuation or the end reads; a word must be one that can follow a finished phrase.
  const rest = text.slice(insertAt, sentenceEnd);
  // A list goes on ("kontakter med skola | , socialtjänst och vård"), a place goes on ("from the conflict
  // zone | in northern Syria"), or the text says some are still inside ("…, including those still …").
  // (Nor inside "s.5", "Syria/Iraq": a full stop or slash with no space after it.)
  if (LIST_GOES_ON.test(rest) || PLACE_GOES_ON.test(rest) || /^\s*\//.test(rest) || (/^\.\S/.test(rest) && last.norm.length <= 3)) return false;
  // A relative clause of the group follows ("youth returning from Somalia | who present themselves"):
  // a second relative clause after the requirement would read as said of the environment.
  if (/^\s*(?:who|som|that|which)\s/i.test(rest) && (edits.some((e) => /^(who|som)\b/.test(e.newText.trim())) || targetWords.some((x) => RELATIVE_WORDS.has(x.norm)) || t.form === 'vp')) return false;
  if (wordsIn(text, insertAt, Math.min(sentenceEnd, insertAt + 60)).slice(0, 6).some((x) => x.norm === 'still' || x.norm === 'fortfarande')) return false;
  const next = /^[\s*_~]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(rest);
  if (next) {
    const word = next[1];
    const norm = word.toLowerCase();
    // (An offer right after its receiver reads: "erbjuder hemvändare | samtalsstöd", "assigns each
    // returnee | a case manager".)
    if (!t.offerFollows) {
      if (COORDINATORS.has(norm)) {
        // "from Syria | and Iraq": a place (a capital letter) after the coordinator continues the phrase;
        // so does a noun ("i fängelser | och frivård"). Another group or its people may follow.
        const after = /^[\s*_~]*[\p{L}\p{N}][\p{L}\p{N}'’-]*[\s,]+([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(rest);
        if (after && (/\p{Lu}|\p{N}/u.test(after[1][0]) || !nextAlternative(after[1].toLowerCase()))) return false;
      } else if (!FOLLOWS_CLAUSE.has(norm) && !(t.form !== 'np' && /(ed|ing)$/.test(norm)) && !(b.facts.language === 'sv' && /(as|ds|ges|ade|ad|ande|ende)$/.test(norm))) return false;
    }
  }
  // Words that say the person is still inside, not rewritten into the perfect.
  const rewritten = edits.some((e) => e.range.end > e.range.start);
  if (!rewritten) {
    const near = before.slice(-4).concat(targetWords);
    if (near.some((x, k) => STILL_IN.has(x.norm) || isIDag(near, k))) return false;
  }
  // A verb phrase needs a subject, a relative pronoun or an auxiliary before it ("som återvänt", "or
  // who return", "eller kommer hem"); "fighters returning from …" has none, unless one was inserted.
  // "released after | serving sentences for …": a clause of time has no subject for "and have left".
  if (t.form === 'vp' && /ing$/.test(targetWords[0]?.norm ?? '') && ['after', 'before', 'while', 'since', 'when', 'efter', 'innan'].includes(before[before.length - 1]?.norm ?? '')) return false;
  if (t.form === 'vp' && !edits.length) {
    // (Inside the phrase "to" is a preposition: "subject to a TPIM notice".)
    // ("identified … as | gang-affiliated": "as" introduces the description, not a clause.)
    const lead = [before[before.length - 1], ...targetWords.slice(0, -1).filter((x) => x.norm !== 'to')].filter((x) => x?.norm !== 'as');
    // ("i" is the English pronoun there, not the Swedish preposition.)
    if (!lead.some((x) => x && !(x.norm === 'i' && b.facts.language === 'sv') && (FINITE_CONTEXT.has(x.norm) || COORDINATORS.has(x.norm) || SUBORDINATORS.has(x.norm)))) return false;
  }
  return true;
}

/** "i dag" ends at words[k]. */
function isIDag(words: Word[], k: number): boolean {
  return k >= 1 && words[k].norm === 'dag' && words[k - 1].norm === 'i';
}

/** The target's first word when it is a present-tense verb of taking part, with its perfect. */
function firstWordPerfect(text: string, from: number, to: number, language: Language): { word: Word; perfect: { text: string; singular?: boolean } } | undefined {
  const [first, second] = wordsIn(text, from, to);
  const perfect = first ? PRESENT_TO_PERFECT[language][first.norm] : undefined;
  if (!perfect || (perfect.next && second?.norm !== perfect.next)) return undefined;
  return { word: first, perfect };
}

/** The copula right before `start` (adverbs aside) rewritten in the perfect: "är" → "har varit". */
function copulaRewrite(text: string, before: Word[], start: number, language: Language): { edit: TextEdit; singular?: boolean } | undefined {
  let j = before.length - 1;
  while (j >= 0 && ADVERBS.has(before[j].norm)) j--;
  const copula = j >= 0 ? COPULA_PERFECT[language][before[j].norm] : undefined;
  if (!copula) return undefined;
  for (let k = j; k < before.length; k++) if (!adjacent(text, before[k].end, k + 1 < before.length ? before[k + 1].start : start)) return undefined;
  // Contradicting adverbs just before the copula go with it ("som fortfarande är aktiva").
  let from = j;
  while (from - 1 >= 0 && CONTRADICTING.has(before[from - 1].norm) && adjacent(text, before[from - 1].end, before[from].start)) from--;
  const kept: string[] = [];
  for (let k = from; k < before.length; k++) {
    if (k === j) kept.push(matchCase(before[from].text, copula.text));
    else if (!CONTRADICTING.has(before[k].norm)) kept.push(before[k].text);
  }
  return { edit: { range: { start: before[from].start, end: start }, newText: kept.join(' ') + ' ' }, singular: copula.singular };
}

function adjacentOrComma(text: string, from: number, to: number): boolean {
  return /^[\s,]*$/.test(text.slice(from, to));
}

function matchCase(original: string, replacement: string): string {
  return original[0] === original[0].toUpperCase() && original[0] !== original[0].toLowerCase() ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

/**
 * A comma after the inserted requirement where a careful writer puts one: before a coordinator that
 * joins the next alternative (the requirement has its own "och"/"and"), and after the predicate of a
 * fronted subordinate clause ("När … och har lämnat …, erbjuds hon …").
 */
function punctuate(ctx: RuleContext, b: BlockView, c: EligibilityClause, t: Target, insertAt: number, inserted: string): string {
  const rest = ctx.text.slice(insertAt, Math.min(ctx.text.length, b.start + c.sentence.end + 1));
  const next = /^\s*([\p{L}]+)/u.exec(rest);
  if (!next) return inserted; // punctuation or the end follows
  const nextWord = next[1].toLowerCase();
  if (COORDINATORS.has(nextWord)) return inserted + ',';
  if (t.form !== 'vp') return inserted;
  const first = wordsIn(ctx.text, b.start + c.sentence.start, insertAt)[0];
  if (first && SUBORDINATORS.has(first.norm) && !['som', 'who', 'that', 'which', 'att'].includes(nextWord)) return inserted + ',';
  return inserted;
}

/** Attach the requirement to every alternative that lacks it: the preferred fix. */
export function attachFix(ctx: RuleContext, b: BlockView, c: EligibilityClause): Fix | undefined {
  const language = b.facts.language;
  const w = ctx.wording(language);
  // A "clause" target ("instead of prison") names no people to attach to; others in the clause may.
  const all = c.targets.filter((t) => t.form !== 'clause');
  // Two predicates of the same people ("som döms för gängbrott och friges från anstalt"): the
  // requirement goes once, after the second.
  const sameSubject = (t: Target) => !c.disjunctive && t.form === 'vp' && all.some((o) => o !== t && o.form === 'vp' && o.range.start >= t.range.end && /^\s*(och|and)\s*$/i.test(ctx.text.slice(b.start + t.range.end, b.start + o.range.start)));
  const targets = all.filter((t, i) => !all.some((o, j) => j !== i && covers(o, j, t, i)) && !sameSubject(t));
  if (!targets.length) return undefined;
  const attachments: Attachment[] = [];
  for (const t of targets) {
    const a = attachTo(ctx, b, c, t, w, language);
    if (!a) return undefined;
    attachments.push(a);
  }
  const edits = attachments.flatMap((a) => a.edits).sort((x, y) => x.range.start - y.range.start);
  if (overlapping(edits)) return undefined;
  // The edit that inserts the requirement first (the finding's suggestion shows it).
  edits.sort((x, y) => (x === attachments[0].edits[0] ? -1 : y === attachments[0].edits[0] ? 1 : 0));
  const wording = quote(attachments[0].wording, 60);
  const title =
    targets.length === 1
      ? message(ctx.locale, 'fixAttach', { target: quote(ctx.text.slice(b.start + targets[0].range.start, b.start + targets[0].range.end), 40), wording })
      : message(ctx.locale, 'fixAttachAll', { wording });
  return { kind: 'attach-requirement', title, edits, isPreferred: true };
}

/**
 * Target o (at index j) covers target t (at index i) when t's insertion point lies inside o's span
 * and o starts no later: o's requirement then says it for t too. Of two that start and end alike,
 * the first covers the second.
 */
function covers(o: Target, j: number, t: Target, i: number): boolean {
  if (o.range.start > t.range.start || t.insertAt <= o.range.start || t.insertAt > o.insertAt) return false;
  return o.insertAt !== t.insertAt || o.range.start < t.range.start || j < i;
}

function overlapping(edits: TextEdit[]): boolean {
  for (let i = 1; i < edits.length; i++) if (edits[i].range.start < edits[i - 1].range.end) return true;
  return false;
}

const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;

/**
 * A requirement sentence after the sentence. In a list whose item does not end a sentence
 * ("…, eller"), the sentence goes after the list as a paragraph of its own.
 */
export function sentenceFix(ctx: RuleContext, b: BlockView, sentence: Span, context: EligibilityClause['context'], preferred: boolean): Fix {
  const w = ctx.wording(b.facts.language);
  const sentenceText = fill(w.sentence, requirementText(w, context, true));
  let end = b.start + sentence.end;
  while (end > b.start && /\s/.test(ctx.text[end - 1])) end--;
  const last = ctx.text[end - 1];
  let newText: string;
  // (A footnote after the full stop: "… och praktik.12", "… boende.⁴", "… support.[3]".)
  if (/[.!?…]["”’)]?(?:\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\])$/.test(ctx.text.slice(Math.max(b.start, end - 8), end))) newText = ' ' + sentenceText;
  else if (/[.!?…]/.test(last) || (/["”’)]/.test(last) && /[.!?…]/.test(ctx.text[end - 2]))) newText = ' ' + sentenceText;
  else if (LIST_ITEM.test(ctx.text.slice(b.start, b.start + 12))) {
    end = blockEnd(ctx, b);
    newText = '\n\n' + sentenceText;
  } else if (/[,;:|]/.test(last)) {
    // (A table row, likewise: the sentence goes after the table.)
    // "… eller:" ends a lead-in, not a sentence: say it as a sentence of its own after the block.
    end = blockEnd(ctx, b);
    newText = '\n\n' + sentenceText;
  } else newText = '. ' + sentenceText;
  return {
    kind: 'requirement-sentence',
    title: message(ctx.locale, 'fixSentence', { wording: quote(sentenceText, 60) }),
    edits: [{ range: at(end), newText }],
    isPreferred: preferred,
  };
}

function blockEnd(ctx: RuleContext, b: BlockView): number {
  // The block's end is not in the view: the paragraph ends at the first blank line (or the text's end).
  const re = /\r?\n[ \t]*(?:\r?\n|$)/g;
  re.lastIndex = b.start;
  const m = re.exec(ctx.text);
  let end = m ? m.index : ctx.text.length;
  while (end > b.start && /\s/.test(ctx.text[end - 1])) end--;
  return end;
}

/**
 * Narrow the target group to those who leave: remove the alternative that lacks the requirement, with
 * its coordinator, when the clause has an alternative of people who leave to keep.
 */
export function narrowFix(ctx: RuleContext, b: BlockView, c: EligibilityClause): Fix | undefined {
  const range = narrowRange(ctx, b, c);
  if (!range) return undefined;
  const removed = ctx.text.slice(range.start, range.end);
  const edit: TextEdit = { range, newText: '' };
  // At the start of a sentence the kept alternative now begins it: give it the capital letter.
  const sentenceStart = b.start + c.sentence.start;
  if (/^[\s*_>#-]*$/.test(ctx.text.slice(sentenceStart, range.start)) && /\p{Ll}/u.test(ctx.text[range.end] ?? '')) {
    edit.range = { start: range.start, end: range.end + 1 };
    edit.newText = ctx.text[range.end].toUpperCase();
  }
  return {
    kind: 'narrow-target-group',
    title: message(ctx.locale, 'fixNarrow', { alternative: quote(removed.trim(), 50) }),
    edits: [edit],
    isPreferred: false,
  };
}

function narrowRange(ctx: RuleContext, b: BlockView, c: EligibilityClause): Span | undefined {
  const text = ctx.text;
  if (c.narrow) {
    const start = b.start + c.narrow.start;
    // Take the space (and a comma) before the coordinator too, so no double space is left.
    let from = start;
    while (from > 0 && /[ \t]/.test(text[from - 1])) from--;
    if (text[from - 1] === ',') from--;
    return { start: from, end: b.start + c.narrow.end };
  }
  const parts = [...c.groups].sort((x, y) => x.range.start - y.range.start);
  if (parts.length !== 2 || c.targets.length !== 1) return undefined;
  const t = c.targets[0];
  // Two alternatives, people who leave first: remove the coordinator and the second.
  if (parts[0].kind === 'leaving' && parts[1].lacksRequirement) {
    const keepEnd = b.start + parts[0].range.end;
    const end = b.start + Math.max(parts[1].range.end, t.range.end);
    if (!/^[\s,]*(eller|och|samt|alternativt|or|and)\s+((som|who|that)\s+)?((är|is|are|fortfarande|still|redan|already)\s+)*$/iu.test(text.slice(keepEnd, b.start + Math.min(parts[1].range.start, t.range.start)))) return undefined;
    return { start: keepEnd, end };
  }
  // Two alternatives, the first lacking the requirement, the second of people who leave.
  const [lacking, leaving] = parts as [GroupPart, GroupPart];
  if (!lacking.lacksRequirement || leaving.kind !== 'leaving') return undefined;
  let lackStart = b.start + Math.min(lacking.range.start, t.range.start);
  // The alternative's copula goes with it ("who are gang members or who want …").
  const beforeLack = wordsIn(text, b.start + c.sentence.start, lackStart);
  for (let k = beforeLack.length - 1; k >= 0 && /^(är|is|are|fortfarande|still|redan|already|currently)$/.test(beforeLack[k].norm) && adjacent(text, beforeLack[k].end, lackStart); k--) lackStart = beforeLack[k].start;
  const leaveStart = b.start + leaving.range.start;
  if (lackStart >= leaveStart || b.start + t.range.end > leaveStart) return undefined;
  // "… eller vill lämna dem": the kept alternative points back at the removed one.
  if (PRONOUN_AT_END.test(leaving.text)) return undefined;
  // What stands between the two: the coordinator, then words the kept alternative begins with
  // ("och personer som …"), which stay.
  const between = /^[\s,]*(eller|och|samt|alternativt|or|and)\s+/iu.exec(text.slice(b.start + t.range.end, leaveStart + 1));
  if (!between) return undefined;
  let end = b.start + t.range.end + between[0].length;
  const lead = wordsIn(text, end, b.start + leaving.range.end)[0];
  const prev = wordsIn(text, b.start + c.sentence.start, lackStart).pop();
  // "Unga som friges … eller som vill lämna …": one "som" is enough.
  if (lead && lead.start === end && prev && ['som', 'who', 'that'].includes(lead.norm) && lead.norm === prev.norm) {
    end = lead.end;
    while (/[ \t]/.test(text[end] ?? '')) end++;
  }
  return { start: lackStart, end };
}

/**
 * "oavsett om de har lämnat gänget eller inte" → "under förutsättning att de har lämnat gänget", "utan
 * krav på avhopp" → "med krav på avhopp": the waiver's own words become the requirement (the writer
 * already named what is to be left).
 */
export function waiverFix(ctx: RuleContext, b: BlockView, c: EligibilityClause): Fix | undefined {
  const w = c.waiver;
  if (!w?.replacement) return undefined;
  const words = shift(w.words, b.start);
  const condition = matchCase(ctx.text.slice(words.start, words.end), w.replacement);
  const edits: TextEdit[] = [{ range: words, newText: condition }];
  if (w.tail) edits.push({ range: shift(w.tail, b.start), newText: '' });
  if (w.still) edits.push({ range: shift(w.still.range, b.start), newText: w.still.replacement });
  return { kind: 'waiver-to-condition', title: message(ctx.locale, 'fixWaiverCondition', { wording: condition }), edits, isPreferred: true };
}

export function eligibilityFixes(ctx: RuleContext, b: BlockView, c: EligibilityClause): Fix[] {
  // A waiver stated in words is answered in its own words: it becomes the condition, and is preferred
  // (attaching a requirement beside "oavsett om … eller inte" would contradict it).
  const waiver = waiverFix(ctx, b, c);
  if (waiver) return [waiver, sentenceFix(ctx, b, c.sentence, c.context, false)];
  // Another sentence of the paragraph waives the requirement ("Support will be provided regardless of
  // whether …"): turning that waiver into the condition answers this clause too, and a requirement
  // added here would contradict it.
  const other = b.facts.clauses.find((o) => o !== c && o.waiver?.replacement);
  const paragraphWaiver = other && waiverFix(ctx, b, other);
  const fixes: Fix[] = paragraphWaiver ? [paragraphWaiver] : [];
  const attach = attachFix(ctx, b, c);
  // The preferred fix only inserts. When attaching reads well only with a word rewritten ("är" →
  // "har varit"), it is offered second, and the requirement sentence (pure insertion) comes first.
  const rewrites = !!attach && attach.edits.some((e) => e.range.end > e.range.start);
  if (attach && rewrites) attach.isPreferred = false;
  if (attach && paragraphWaiver) attach.isPreferred = false;
  const sentence = sentenceFix(ctx, b, c.sentence, c.context, !paragraphWaiver && (!attach || rewrites));
  if (attach && !rewrites) fixes.push(attach);
  fixes.push(sentence);
  if (attach && rewrites) fixes.push(attach);
  const n = narrowFix(ctx, b, c);
  if (n) fixes.push(n);
  return fixes;
}

export function at(offset: number): Span {
  return { start: offset, end: offset };
}

export function shift(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}
