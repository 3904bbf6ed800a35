// Before → after pairs for the quick fixes, in Swedish and English: realistic policy sentences, each
// fix's result written out in full and read for grammar. For every pair and every fix: the fix
// applies, deletes nothing beyond the words it rewrites, and leaves no finding at that place. The
// preferred fix attaches the requirement where a grammatical attachment exists, and says it as a
// sentence of its own where none does.
import * as assert from 'node:assert/strict';
import { analyze, defaultConfig, EngineConfig, Finding, Fix } from '../../server/src/engine';
import { applyFix } from '../helpers/engine';

interface Pair {
  rule: string;
  before: string;
  /** The text after "add the requirement to every alternative that lacks it"; null: not offered. */
  attach: string | null;
  /** After "add a requirement sentence". */
  sentence: string;
  /** After "narrow the target group to those who leave"; null: not offered. */
  narrow: string | null;
}

/** Words the attach fix may replace: a copula with its adverbs, or a present-tense verb of taking part. */
const REWRITABLE = /^((fortfarande|still|currently|nu|now|redan|already|i dag) )*(är|is|are|am|deltar|medverkar|tillhör|strider|kämpar|ingår|befinner|lever|rör|verkar|sympatiserar|avtjänar|umgås|participates?|belongs?|fights?|takes?|lives?|sympathi[sz]es?)( (still|fortfarande|currently|already|redan))*$/i;

export const SV: Pair[] = [
  {
    // The group's phrase ends where the offer begins (an adjective before it included).
    rule: 'returnee-as-target-group',
    before: "Socialtjänsten ska erbjuda återvändare från krigsområden samordnade insatser och hjälp med bostad.",
    attach: "Socialtjänsten ska erbjuda återvändare från krigsområden som har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi samordnade insatser och hjälp med bostad.",
    sentence: "Socialtjänsten ska erbjuda återvändare från krigsområden samordnade insatser och hjälp med bostad. Stödet förutsätter att personen har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi.",
    narrow: null,
  },
  {
    rule: 'unconditional-support',
    // Two predicates of the same people: the requirement once, after the second.
    before: "Kommunen ska erbjuda unga som döms för gängbrott och friges från anstalt stöd i form av boende.",
    attach: "Kommunen ska erbjuda unga som döms för gängbrott och friges från anstalt och har lämnat den kriminella miljön och upphört med brottslig verksamhet stöd i form av boende.",
    sentence: "Kommunen ska erbjuda unga som döms för gängbrott och friges från anstalt stöd i form av boende. Stödet förutsätter att personen har lämnat den kriminella miljön och upphört med brottslig verksamhet.",
    narrow: null,
  },
  {
    // The phrase runs to the environment's noun, over its adjectives ("koppling till våldsbejakande
    // extremistiska | grupper"): the requirement follows the whole phrase, not inside it.
    rule: 'unconditional-support',
    before: "Ekonomiskt bistånd kan beviljas personer med koppling till våldsbejakande extremistiska grupper.",
    attach: "Ekonomiskt bistånd kan beviljas personer med koppling till våldsbejakande extremistiska grupper som har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi.",
    sentence: "Ekonomiskt bistånd kan beviljas personer med koppling till våldsbejakande extremistiska grupper. Stödet förutsätter att personen har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi.",
    narrow: null,
  },
  {
    // "i dag befinner sig i …" and "har lämnat" would contradict each other: the verb goes into the
    // perfect, "i dag" with it (a rewrite, so the sentence is preferred).
    rule: 'unconditional-support',
    before: "Kommunen ska erbjuda arbetsträning även till dem som i dag befinner sig i högerextrema grupper.",
    attach: "Kommunen ska erbjuda arbetsträning även till dem som har befunnit sig i högerextrema grupper och har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi.",
    sentence: "Kommunen ska erbjuda arbetsträning även till dem som i dag befinner sig i högerextrema grupper. Stödet förutsätter att personen har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi.",
    narrow: null,
  },
  {
    // The crime names the environment: terrorism, not crime in general.
    rule: 'unconditional-support',
    before: "Den som avtjänat straff för terroristbrott ska erbjudas en kontaktperson och hjälp med bostad.",
    attach: "Den som avtjänat straff för terroristbrott och har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi ska erbjudas en kontaktperson och hjälp med bostad.",
    sentence: "Den som avtjänat straff för terroristbrott ska erbjudas en kontaktperson och hjälp med bostad. Stödet förutsätter att personen har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi.",
    narrow: null,
  },
  {
    // The group's phrase ends at the verb ("omfattas"): the requirement attaches to the group, not after the verb.
    rule: 'returnee-as-target-group',
    before: "Återvändare från Irak omfattas av kommunens boendestöd.",
    attach: "Återvändare från Irak som har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi omfattas av kommunens boendestöd.",
    sentence: "Återvändare från Irak omfattas av kommunens boendestöd. Stödet förutsätter att personen har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi.",
    narrow: null,
  },
  {
    rule: 'disjunction',
    before: "När en person vill lämna en kriminell grupp eller kommer hem från strider utomlands erbjuds hon boende och stöd.",
    attach: "När en person vill lämna en kriminell grupp eller kommer hem från strider utomlands och har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi, erbjuds hon boende och stöd.",
    sentence: "När en person vill lämna en kriminell grupp eller kommer hem från strider utomlands erbjuds hon boende och stöd. Stödet förutsätter att personen har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi.",
    narrow: "När en person vill lämna en kriminell grupp erbjuds hon boende och stöd.",
  },
  {
    rule: 'disjunction',
    before: "Kommunen ger stöd till personer som vill lämna en våldsbejakande gruppering eller återvänder från konfliktområden.",
    attach: "Kommunen ger stöd till personer som vill lämna en våldsbejakande gruppering eller återvänder från konfliktområden och har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi.",
    sentence: "Kommunen ger stöd till personer som vill lämna en våldsbejakande gruppering eller återvänder från konfliktområden. Stödet förutsätter att personen har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi.",
    narrow: "Kommunen ger stöd till personer som vill lämna en våldsbejakande gruppering.",
  },
  {
    rule: 'disjunction',
    before: "Socialtjänsten erbjuder stöd till unga som riskerar att involveras i eller som redan är involverade i våldsbejakande extremism.",
    attach: "Socialtjänsten erbjuder stöd till unga som riskerar att involveras i eller som redan har varit involverade i våldsbejakande extremism och har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi.",
    sentence: "Socialtjänsten erbjuder stöd till unga som riskerar att involveras i eller som redan är involverade i våldsbejakande extremism. Stödet förutsätter att personen har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi.",
    narrow: null,
  },
  {
    rule: 'returnee-as-target-group',
    before: "Kommunen erbjuder hemvändare samtalsstöd och hjälp att hitta bostad.",
    attach: "Kommunen erbjuder hemvändare som har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi samtalsstöd och hjälp att hitta bostad.",
    sentence: "Kommunen erbjuder hemvändare samtalsstöd och hjälp att hitta bostad. Stödet förutsätter att personen har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi.",
    narrow: null,
  },
  {
    rule: 'disjunction',
    before: "Personer som fortfarande är aktiva i kriminella nätverk eller vill lämna dem erbjuds stöd av socialtjänsten.",
    attach: "Personer som har varit aktiva i kriminella nätverk och har lämnat den kriminella miljön och upphört med brottslig verksamhet, eller vill lämna dem erbjuds stöd av socialtjänsten.",
    sentence: "Personer som fortfarande är aktiva i kriminella nätverk eller vill lämna dem erbjuds stöd av socialtjänsten. Stödet förutsätter att personen har lämnat den kriminella miljön och upphört med brottslig verksamhet.",
    narrow: null,
  },
  {
    rule: 'unconditional-support',
    before: "Gängmedlemmar och personer som vill lämna gängkriminalitet kan få förtur till bostad.",
    attach: "Gängmedlemmar som har lämnat den kriminella miljön och upphört med brottslig verksamhet, och personer som vill lämna gängkriminalitet kan få förtur till bostad.",
    sentence: "Gängmedlemmar och personer som vill lämna gängkriminalitet kan få förtur till bostad. Stödet förutsätter att personen har lämnat den kriminella miljön och upphört med brottslig verksamhet.",
    narrow: "Personer som vill lämna gängkriminalitet kan få förtur till bostad.",
  },
  {
    rule: 'disjunction',
    before: "Den som har rest till Syrien eller vill bryta med en extremistisk rörelse erbjuds samtalsstöd.",
    attach: "Den som har rest till Syrien och har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi, eller vill bryta med en extremistisk rörelse erbjuds samtalsstöd.",
    sentence: "Den som har rest till Syrien eller vill bryta med en extremistisk rörelse erbjuds samtalsstöd. Stödet förutsätter att personen har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi.",
    narrow: "Den som vill bryta med en extremistisk rörelse erbjuds samtalsstöd.",
  },
  {
    rule: 'disjunction',
    before: "Stöd ges till den som är involverad i våldsbejakande extremism eller som har lämnat den.",
    attach: "Stöd ges till den som har varit involverad i våldsbejakande extremism och har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi, eller som har lämnat den.",
    sentence: "Stöd ges till den som är involverad i våldsbejakande extremism eller som har lämnat den. Stödet förutsätter att personen har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi.",
    narrow: null,
  },
  {
    rule: 'returnee-as-target-group',
    before: "Återvändande svenska jihadister erbjuds psykosocialt stöd och hjälp med bostad.",
    attach: "Återvändande svenska jihadister som har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi erbjuds psykosocialt stöd och hjälp med bostad.",
    sentence: "Återvändande svenska jihadister erbjuds psykosocialt stöd och hjälp med bostad. Stödet förutsätter att personen har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi.",
    narrow: null,
  },
  {
    rule: 'disjunction',
    before: "Unga som friges från anstalt eller som vill lämna kriminella gäng erbjuds en mentor.",
    attach: "Unga som friges från anstalt och har lämnat den kriminella miljön och upphört med brottslig verksamhet, eller som vill lämna kriminella gäng erbjuds en mentor.",
    sentence: "Unga som friges från anstalt eller som vill lämna kriminella gäng erbjuds en mentor. Stödet förutsätter att personen har lämnat den kriminella miljön och upphört med brottslig verksamhet.",
    narrow: "Unga som vill lämna kriminella gäng erbjuds en mentor.",
  },
  {
    rule: 'disjunction',
    before: "Kommunen erbjuder stöd till personer som är, har varit eller riskerar att bli involverade i våldsbejakande miljöer.",
    attach: null,
    sentence: "Kommunen erbjuder stöd till personer som är, har varit eller riskerar att bli involverade i våldsbejakande miljöer. Stödet förutsätter att personen har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi.",
    narrow: null,
  },
  {
    rule: 'unconditional-support',
    before: "Stöd erbjuds personer involverade i kriminella nätverk.",
    attach: "Stöd erbjuds personer som har varit involverade i kriminella nätverk och har lämnat den kriminella miljön och upphört med brottslig verksamhet.",
    sentence: "Stöd erbjuds personer involverade i kriminella nätverk. Stödet förutsätter att personen har lämnat den kriminella miljön och upphört med brottslig verksamhet.",
    narrow: null,
  },
  {
    rule: 'unconditional-support',
    before: "Om en ung person deltar i gängkriminalitet erbjuds familjen och den unga stöd från socialtjänsten.",
    attach: "Om en ung person har deltagit i gängkriminalitet och har lämnat den kriminella miljön och upphört med brottslig verksamhet, erbjuds familjen och den unga stöd från socialtjänsten.",
    sentence: "Om en ung person deltar i gängkriminalitet erbjuds familjen och den unga stöd från socialtjänsten. Stödet förutsätter att personen har lämnat den kriminella miljön och upphört med brottslig verksamhet.",
    narrow: null,
  },
  {
    rule: 'unconditional-support',
    before: "Unga i kriminella gäng ska erbjudas praktikplats och stöd att hitta bostad.",
    attach: "Unga i kriminella gäng som har lämnat den kriminella miljön och upphört med brottslig verksamhet ska erbjudas praktikplats och stöd att hitta bostad.",
    sentence: "Unga i kriminella gäng ska erbjudas praktikplats och stöd att hitta bostad. Stödet förutsätter att personen har lämnat den kriminella miljön och upphört med brottslig verksamhet.",
    narrow: null,
  },
  {
    rule: 'disjunction',
    before: "Kommunen kan erbjuda försörjningsstöd till personer som tillhör ett kriminellt nätverk eller som vill lämna det.",
    attach: "Kommunen kan erbjuda försörjningsstöd till personer som har tillhört ett kriminellt nätverk och har lämnat den kriminella miljön och upphört med brottslig verksamhet, eller som vill lämna det.",
    sentence: "Kommunen kan erbjuda försörjningsstöd till personer som tillhör ett kriminellt nätverk eller som vill lämna det. Stödet förutsätter att personen har lämnat den kriminella miljön och upphört med brottslig verksamhet.",
    narrow: "Kommunen kan erbjuda försörjningsstöd till personer som vill lämna det.",
  },
  {
    rule: 'disjunction',
    before: "Personer som vill lämna kriminaliteten eller som är gängmedlemmar erbjuds förtur till bostad.",
    attach: "Personer som vill lämna kriminaliteten eller som har varit gängmedlemmar och har lämnat den kriminella miljön och upphört med brottslig verksamhet erbjuds förtur till bostad.",
    sentence: "Personer som vill lämna kriminaliteten eller som är gängmedlemmar erbjuds förtur till bostad. Stödet förutsätter att personen har lämnat den kriminella miljön och upphört med brottslig verksamhet.",
    narrow: "Personer som vill lämna kriminaliteten erbjuds förtur till bostad.",
  },
  {
    rule: 'returnee-as-target-group',
    before: "Hemvändare från konfliktområden erbjuds stöd av socialtjänsten.",
    attach: "Hemvändare från konfliktområden som har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi erbjuds stöd av socialtjänsten.",
    sentence: "Hemvändare från konfliktområden erbjuds stöd av socialtjänsten. Stödet förutsätter att personen har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi.",
    narrow: null,
  },
  {
    rule: 'returnee-as-target-group',
    before: "Stöd till terrorresenärer som kommit tillbaka till Sverige ges av kommunen.",
    attach: null,
    sentence: "Stöd till terrorresenärer som kommit tillbaka till Sverige ges av kommunen. Stödet förutsätter att personen har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi.",
    narrow: null,
  },
  {
    rule: 'disjunction',
    before: "Den som vill hoppa av eller som fortfarande deltar i gängkriminalitet erbjuds en kontaktperson.",
    attach: "Den som vill hoppa av eller som har deltagit i gängkriminalitet och har lämnat den kriminella miljön och upphört med brottslig verksamhet erbjuds en kontaktperson.",
    sentence: "Den som vill hoppa av eller som fortfarande deltar i gängkriminalitet erbjuds en kontaktperson. Stödet förutsätter att personen har lämnat den kriminella miljön och upphört med brottslig verksamhet.",
    narrow: "Den som vill hoppa av erbjuds en kontaktperson.",
  },
  {
    // An environment's noun after its adjective belongs to the phrase ("organiserad | brottslighet").
    rule: 'unconditional-support',
    before: "Kriminalvården ska erbjuda intagna med koppling till organiserad brottslighet yrkesutbildning.",
    attach: "Kriminalvården ska erbjuda intagna med koppling till organiserad brottslighet som har lämnat den kriminella miljön och upphört med brottslig verksamhet yrkesutbildning.",
    sentence: "Kriminalvården ska erbjuda intagna med koppling till organiserad brottslighet yrkesutbildning. Stödet förutsätter att personen har lämnat den kriminella miljön och upphört med brottslig verksamhet.",
    narrow: null,
  },
  {
    // A noun goes on after the coordinator ("fängelser och frivård").
    rule: 'unconditional-support',
    before: "Stöd ges till radikaliserade intagna i fängelser och frivård.",
    attach: null,
    sentence: "Stöd ges till radikaliserade intagna i fängelser och frivård. Stödet förutsätter att personen har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi.",
    narrow: null,
  },
  {
    // A footnote after the full stop: the sentence goes after it, with a space.
    rule: 'unconditional-support',
    before: "Kommunen erbjuder boende till gängmedlemmar.12",
    attach: "Kommunen erbjuder boende till gängmedlemmar som har lämnat den kriminella miljön och upphört med brottslig verksamhet.12",
    sentence: "Kommunen erbjuder boende till gängmedlemmar.12 Stödet förutsätter att personen har lämnat den kriminella miljön och upphört med brottslig verksamhet.",
    narrow: null,
  },
];

export const EN: Pair[] = [
  {
    // "from Iraq | and Syria": a place after "and" continues the phrase.
    rule: 'returnee-as-target-group',
    before: "Returnees from Iraq and Syria will be given a caseworker and help with rent.",
    attach: null,
    sentence: "Returnees from Iraq and Syria will be given a caseworker and help with rent. Support requires that the person has left the violent extremist environment and renounced its ideology.",
    narrow: null,
  },
  {
    // "active members … who have left" contradicts itself.
    rule: 'unconditional-support',
    before: "The fund pays for housing for active members of street gangs.",
    attach: null,
    sentence: "The fund pays for housing for active members of street gangs. Support requires that the person has left the criminal environment and stopped offending.",
    narrow: null,
  },
  {
    // A participle after its noun gets a subject: "people who are returning … and have left".
    rule: 'unconditional-support',
    before: "The council offers advice and a mentor to people returning from conflict zones.",
    attach: "The council offers advice and a mentor to people who are returning from conflict zones and have left the violent extremist environment and renounced its ideology.",
    sentence: "The council offers advice and a mentor to people returning from conflict zones. Support requires that the person has left the violent extremist environment and renounced its ideology.",
    narrow: null,
  },
  {
    // The head of the noun phrase ("returnees"), not its last word ("Iraq"), decides the agreement.
    rule: 'returnee-as-target-group',
    before: "Returnees from Iraq have access to a personal coach and help with rent.",
    attach: "Returnees from Iraq who have left the violent extremist environment and renounced its ideology have access to a personal coach and help with rent.",
    sentence: "Returnees from Iraq have access to a personal coach and help with rent. Support requires that the person has left the violent extremist environment and renounced its ideology.",
    narrow: null,
  },
  {
    rule: 'unconditional-support',
    before: "A member of a street gang from the district may get a personal coach and help with rent.",
    attach: "A member of a street gang from the district who has left the criminal environment and stopped offending may get a personal coach and help with rent.",
    sentence: "A member of a street gang from the district may get a personal coach and help with rent. Support requires that the person has left the criminal environment and stopped offending.",
    narrow: null,
  },
  {
    rule: 'disjunction',
    before: "The city offers housing and counselling to people who want to leave a violent extremist group or who return from fighting abroad.",
    attach: "The city offers housing and counselling to people who want to leave a violent extremist group or who return from fighting abroad and have left the violent extremist environment and renounced its ideology.",
    sentence: "The city offers housing and counselling to people who want to leave a violent extremist group or who return from fighting abroad. Support requires that the person has left the violent extremist environment and renounced its ideology.",
    narrow: "The city offers housing and counselling to people who want to leave a violent extremist group.",
  },
  {
    rule: 'disjunction',
    before: "Support is available to persons involved in violent extremist groups or at risk of radicalisation.",
    attach: "Support is available to persons who have been involved in violent extremist groups and have left the violent extremist environment and renounced its ideology, or at risk of radicalisation.",
    sentence: "Support is available to persons involved in violent extremist groups or at risk of radicalisation. Support requires that the person has left the violent extremist environment and renounced its ideology.",
    narrow: null,
  },
  {
    rule: 'returnee-as-target-group',
    before: "Returnees receive income support and help to find accommodation.",
    attach: "Returnees who have left the violent extremist environment and renounced its ideology receive income support and help to find accommodation.",
    sentence: "Returnees receive income support and help to find accommodation. Support requires that the person has left the violent extremist environment and renounced its ideology.",
    narrow: null,
  },
  {
    rule: 'returnee-as-target-group',
    before: "A returnee is offered a mentor and help with housing.",
    attach: "A returnee who has left the violent extremist environment and renounced its ideology is offered a mentor and help with housing.",
    sentence: "A returnee is offered a mentor and help with housing. Support requires that the person has left the violent extremist environment and renounced its ideology.",
    narrow: null,
  },
  {
    rule: 'unconditional-support',
    before: "Instead of prison, young offenders are offered a place in a treatment programme.",
    attach: "Instead of prison, young offenders who have left the criminal environment and stopped offending are offered a place in a treatment programme.",
    sentence: "Instead of prison, young offenders are offered a place in a treatment programme. Support requires that the person has left the criminal environment and stopped offending.",
    narrow: null,
  },
  {
    rule: 'disjunction',
    before: "Persons released from prison or who have left a criminal network may receive housing support.",
    attach: "Persons who have been released from prison and have left the criminal environment and stopped offending, or who have left a criminal network may receive housing support.",
    sentence: "Persons released from prison or who have left a criminal network may receive housing support. Support requires that the person has left the criminal environment and stopped offending.",
    narrow: "Persons who have left a criminal network may receive housing support.",
  },
  {
    rule: 'disjunction',
    before: "The programme provides counselling to anyone who has travelled to Syria or who wants to leave an extremist movement.",
    attach: "The programme provides counselling to anyone who has travelled to Syria and has left the violent extremist environment and renounced its ideology, or who wants to leave an extremist movement.",
    sentence: "The programme provides counselling to anyone who has travelled to Syria or who wants to leave an extremist movement. Support requires that the person has left the violent extremist environment and renounced its ideology.",
    narrow: "The programme provides counselling to anyone who wants to leave an extremist movement.",
  },
  {
    rule: 'disjunction',
    before: "When a person wants to leave a criminal gang or comes home from fighting abroad, the municipality offers housing and support.",
    attach: "When a person wants to leave a criminal gang or comes home from fighting abroad and has left the violent extremist environment and renounced its ideology, the municipality offers housing and support.",
    sentence: "When a person wants to leave a criminal gang or comes home from fighting abroad, the municipality offers housing and support. Support requires that the person has left the violent extremist environment and renounced its ideology.",
    narrow: "When a person wants to leave a criminal gang, the municipality offers housing and support.",
  },
  {
    rule: 'disjunction',
    before: "Young people who are still active in criminal gangs or who want to leave them are offered a mentor.",
    attach: "Young people who have been active in criminal gangs and have left the criminal environment and stopped offending, or who want to leave them are offered a mentor.",
    sentence: "Young people who are still active in criminal gangs or who want to leave them are offered a mentor. Support requires that the person has left the criminal environment and stopped offending.",
    narrow: null,
  },
  {
    rule: 'unconditional-support',
    before: "The social services offer support to individuals who are involved in violent extremism.",
    attach: "The social services offer support to individuals who have been involved in violent extremism and have left the violent extremist environment and renounced its ideology.",
    sentence: "The social services offer support to individuals who are involved in violent extremism. Support requires that the person has left the violent extremist environment and renounced its ideology.",
    narrow: null,
  },
  {
    rule: 'unconditional-support',
    before: "Gang members and people who want to leave gang crime can get priority for housing.",
    attach: "Gang members who have left the criminal environment and stopped offending, and people who want to leave gang crime can get priority for housing.",
    sentence: "Gang members and people who want to leave gang crime can get priority for housing. Support requires that the person has left the criminal environment and stopped offending.",
    narrow: "People who want to leave gang crime can get priority for housing.",
  },
  {
    rule: 'disjunction',
    before: "The council provides counselling to people who are, have been or risk becoming involved in violent extremist groups.",
    attach: null,
    sentence: "The council provides counselling to people who are, have been or risk becoming involved in violent extremist groups. Support requires that the person has left the violent extremist environment and renounced its ideology.",
    narrow: null,
  },
  {
    rule: 'unconditional-support',
    before: "Young people in criminal gangs will be offered work placements and help to find housing.",
    attach: "Young people in criminal gangs who have left the criminal environment and stopped offending will be offered work placements and help to find housing.",
    sentence: "Young people in criminal gangs will be offered work placements and help to find housing. Support requires that the person has left the criminal environment and stopped offending.",
    narrow: null,
  },
  {
    rule: 'disjunction',
    before: "The municipality offers support to people who are gang members or who want to leave crime.",
    attach: "The municipality offers support to people who have been gang members and have left the criminal environment and stopped offending, or who want to leave crime.",
    sentence: "The municipality offers support to people who are gang members or who want to leave crime. Support requires that the person has left the criminal environment and stopped offending.",
    narrow: "The municipality offers support to people who want to leave crime.",
  },
  {
    rule: 'returnee-as-target-group',
    before: "Support for foreign fighters who came back to Sweden is provided by the municipality.",
    attach: null,
    sentence: "Support for foreign fighters who came back to Sweden is provided by the municipality. Support requires that the person has left the violent extremist environment and renounced its ideology.",
    narrow: null,
  },
  {
    rule: 'disjunction',
    before: "Anyone who wants to quit or who still takes part in gang crime is offered a contact person.",
    attach: "Anyone who wants to quit or who has taken part in gang crime and has left the criminal environment and stopped offending is offered a contact person.",
    sentence: "Anyone who wants to quit or who still takes part in gang crime is offered a contact person. Support requires that the person has left the criminal environment and stopped offending.",
    narrow: "Anyone who wants to quit is offered a contact person.",
  },
  {
    rule: 'returnee-as-target-group',
    before: "Returnees from conflict zones are offered counselling by the social services.",
    attach: "Returnees from conflict zones who have left the violent extremist environment and renounced its ideology are offered counselling by the social services.",
    sentence: "Returnees from conflict zones are offered counselling by the social services. Support requires that the person has left the violent extremist environment and renounced its ideology.",
    narrow: null,
  },
  {
    rule: 'disjunction',
    before: "Former gang members or people who belong to a criminal network can apply for priority housing.",
    attach: "Former gang members or people who have belonged to a criminal network and have left the criminal environment and stopped offending can apply for priority housing.",
    sentence: "Former gang members or people who belong to a criminal network can apply for priority housing. Support requires that the person has left the criminal environment and stopped offending.",
    narrow: "Former gang members can apply for priority housing.",
  },
  {
    rule: 'unconditional-support',
    before: "The city supports anyone who participates in an extremist movement.",
    attach: "The city supports anyone who has participated in an extremist movement and has left the violent extremist environment and renounced its ideology.",
    sentence: "The city supports anyone who participates in an extremist movement. Support requires that the person has left the violent extremist environment and renounced its ideology.",
    narrow: null,
  },
  {
    // A verb's participle ("identified as being affiliated") takes no "and have left": the sentence says it.
    rule: 'unconditional-support',
    before: "The clinic offers therapy to patients identified as being affiliated with organised crime groups.",
    attach: null,
    sentence: "The clinic offers therapy to patients identified as being affiliated with organised crime groups. Support requires that the person has left the criminal environment and stopped offending.",
    narrow: null,
  },
  {
    // "subject to" is no verb phrase with a subject: the sentence says it.
    rule: 'unconditional-support',
    before: "Individuals subject to a TPIM notice may be referred for help with accommodation.",
    attach: null,
    sentence: "Individuals subject to a TPIM notice may be referred for help with accommodation. Support requires that the person has left the violent extremist environment and renounced its ideology.",
    narrow: null,
  },
  {
    // A second place completes the phrase ("in Syria and Iraq").
    rule: 'unconditional-support',
    before: "Support is available to people who have travelled to conflict zones in Syria and Iraq.",
    attach: "Support is available to people who have travelled to conflict zones in Syria and Iraq and have left the violent extremist environment and renounced its ideology.",
    sentence: "Support is available to people who have travelled to conflict zones in Syria and Iraq. Support requires that the person has left the violent extremist environment and renounced its ideology.",
    narrow: null,
  },
  {
    // A second environment completes the verb phrase ("and gang activity").
    rule: 'unconditional-support',
    before: "The hub mentors teenagers involved in street violence and gang activity.",
    attach: "The hub mentors teenagers who have been involved in street violence and gang activity and have left the criminal environment and stopped offending.",
    sentence: "The hub mentors teenagers involved in street violence and gang activity. Support requires that the person has left the criminal environment and stopped offending.",
    narrow: null,
  },
  {
    // A participle phrase describes the noun: the requirement would wedge between them.
    rule: 'unconditional-support',
    before: "The clinic offers counselling to gang members referred by the police.",
    attach: null,
    sentence: "The clinic offers counselling to gang members referred by the police. Support requires that the person has left the criminal environment and stopped offending.",
    narrow: null,
  },
  {
    // A place goes on after the phrase ("in northern Syria").
    rule: 'returnee-as-target-group',
    before: "Housing is offered to returnees from the conflict zone in northern Syria.",
    attach: null,
    sentence: "Housing is offered to returnees from the conflict zone in northern Syria. Support requires that the person has left the violent extremist environment and renounced its ideology.",
    narrow: null,
  },
  {
    // The text says some are still inside ("including those still …").
    rule: 'unconditional-support',
    before: "Mentoring is offered to radicalised prisoners, including those still expressing support for the ideology.",
    attach: null,
    sentence: "Mentoring is offered to radicalised prisoners, including those still expressing support for the ideology. Support requires that the person has left the violent extremist environment and renounced its ideology.",
    narrow: null,
  },
  {
    // A slash continues the phrase ("Syria/Iraq").
    rule: 'returnee-as-target-group',
    before: "Reintegration package for returnees from Syria/Iraq.",
    attach: null,
    sentence: "Reintegration package for returnees from Syria/Iraq. Support requires that the person has left the violent extremist environment and renounced its ideology.",
    narrow: null,
  },
  {
    // A full stop inside an abbreviation ("s.5") does not end the phrase.
    rule: 'unconditional-support',
    before: "Vocational training for prisoners convicted under the Terrorism Act 2006 s.5.",
    attach: null,
    sentence: "Vocational training for prisoners convicted under the Terrorism Act 2006 s.5. Support requires that the person has left the violent extremist environment and renounced its ideology.",
    narrow: null,
  },
];

function eligibilityAt(text: string, config: EngineConfig): Finding[] {
  return analyze(text, config).findings.filter((f) => f.ruleId.startsWith('eligibility/'));
}

/** Where an offset of the original text lands after the edits. */
function mapOffset(offset: number, fix: Fix): number {
  let delta = 0;
  for (const e of fix.edits) if (e.range.end <= offset) delta += e.newText.length - (e.range.end - e.range.start);
  return offset + delta;
}

function checkFix(before: string, finding: Finding, fix: Fix, config: EngineConfig): string {
  // Applies: edits inside the text and not overlapping.
  const sorted = [...fix.edits].sort((a, b) => a.range.start - b.range.start);
  for (const e of sorted) assert.ok(e.range.start >= 0 && e.range.end <= before.length && e.range.start <= e.range.end, `edit out of range: ${JSON.stringify(e)}`);
  for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i].range.start >= sorted[i - 1].range.end, 'overlapping edits');
  // Deletes nothing beyond what it rewrites.
  for (const e of fix.edits) {
    const removed = before.slice(e.range.start, e.range.end).trim();
    if (!removed) continue;
    if (fix.kind === 'attach-requirement') assert.match(removed, REWRITABLE, `the attach fix removed “${removed}”`);
    else if (fix.kind === 'narrow-target-group') assert.ok(finding.data.groups.some((g) => g.lacksRequirement && removed.toLowerCase().includes(g.text.replace(/^.* … /, '').toLowerCase().split(' ')[0])), `narrowing removed “${removed}”, which is not the alternative that lacks the requirement`);
    else assert.fail(`a ${fix.kind} fix removed “${removed}”`);
  }
  const after = applyFix(before, fix.edits);
  // Leaves no finding of that rule at that place.
  const start = mapOffset(finding.range.start, fix);
  const end = mapOffset(finding.range.end, fix);
  const left = eligibilityAt(after, config).filter((f) => f.ruleId === finding.ruleId && f.range.start < Math.max(end, start + 1) && f.range.end > start);
  assert.deepEqual(left.map((f) => f.message), [], `the fix left a finding: ${after}`);
  return after;
}

for (const [language, pairs] of [['sv', SV], ['en', EN]] as const) {
  describe(`quick fixes read well (${language}): before → after`, () => {
    const config = defaultConfig({ locale: language });
    it('has at least 12 pairs', () => assert.ok(pairs.length >= 12));
    for (const p of pairs) {
      describe(p.before, () => {
        const findings = eligibilityAt(p.before, config);
        it(`is one eligibility/${p.rule} finding`, () => {
          assert.deepEqual(findings.map((f) => f.ruleId), [`eligibility/${p.rule}`]);
        });
        const f = findings[0];
        const fixOf = (kind: Fix['kind']) => f?.fixes.find((x) => x.kind === kind);
        it(p.attach ? `attach: ${p.attach}` : 'offers no attachment (a sentence says it instead)', () => {
          const fix = fixOf('attach-requirement');
          if (!p.attach) {
            assert.equal(fix, undefined);
            assert.equal(fixOf('requirement-sentence')?.isPreferred, true, 'the requirement sentence is then the preferred fix');
            return;
          }
          assert.ok(fix, 'no attach fix');
          // The preferred fix only inserts: an attachment that rewrites a word ("är" → "har varit")
          // comes after the requirement sentence.
          const insertsOnly = fix.edits.every((e) => e.range.start === e.range.end);
          assert.equal(fix.isPreferred, insertsOnly);
          if (!insertsOnly) assert.equal(fixOf('requirement-sentence')?.isPreferred, true);
          assert.equal(checkFix(p.before, f, fix, config), p.attach);
          // The finding's suggestion is the wording the preferred fix inserts.
          const preferred = f.fixes.find((x) => x.isPreferred)!;
          assert.equal(f.data.suggestion, preferred.edits[0].newText.trim());
        });
        it(`sentence: ${p.sentence}`, () => {
          const fix = fixOf('requirement-sentence');
          assert.ok(fix);
          assert.equal(checkFix(p.before, f, fix, config), p.sentence);
        });
        it(p.narrow ? `narrow: ${p.narrow}` : 'offers no narrowing', () => {
          const fix = fixOf('narrow-target-group');
          if (!p.narrow) return assert.equal(fix, undefined);
          assert.ok(fix, 'no narrow fix');
          assert.equal(checkFix(p.before, f, fix, config), p.narrow);
        });
        it('orders the fixes: preferred first, exactly one preferred', () => {
          assert.equal(f.fixes.filter((x) => x.isPreferred).length, 1);
          assert.equal(f.fixes[0].isPreferred, true);
        });
      });
    }
  });
}

describe('quick fixes: titles, Markdown, templates', () => {
  it('titles are in the UI language, edits in the document language', () => {
    const text = 'Kommunen erbjuder hemvändare samtalsstöd och hjälp att hitta bostad.';
    const en = analyze(text, defaultConfig({ locale: 'en' })).findings[0];
    const sv = analyze(text, defaultConfig({ locale: 'sv' })).findings[0];
    assert.deepEqual(en.fixes.map((x) => x.edits), sv.fixes.map((x) => x.edits));
    assert.equal(en.fixes[0].title, 'Add the requirement to “hemvändare”: “som har lämnat den våldsbejakande miljön och tagit avstånd…”');
    assert.equal(sv.fixes[0].title, 'Lägg till kravet för ”hemvändare”: ”som har lämnat den våldsbejakande miljön och tagit avstånd…”');
    assert.match(sv.fixes[1].title, /^Lägg till en kravmening efter: ”Stödet förutsätter att personen/);
  });

  it('a clause target ("I stället för fängelse") gets the requirement sentence as its preferred fix', () => {
    const text = 'I stället för fängelse erbjuds de unga plats i ett behandlingsprogram.';
    const config = defaultConfig();
    const clause = eligibilityAt(text, config).find((f) => f.data.groups.some((g) => /stället/.test(g.text)));
    assert.ok(clause);
    const fix = clause.fixes.find((x) => x.isPreferred)!;
    assert.equal(fix.kind, 'requirement-sentence');
    assert.equal(checkFix(text, clause, fix, config), 'I stället för fängelse erbjuds de unga plats i ett behandlingsprogram. Stödet förutsätter att personen har lämnat den kriminella miljön och upphört med brottslig verksamhet.');
  });

  it('a sentence that names the group gets one finding, on the group, not on "I stället för"', () => {
    const text = 'I stället för fängelse erbjuds unga lagöverträdare plats i ett behandlingsprogram.';
    const found = eligibilityAt(text, defaultConfig());
    assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), ['lagöverträdare']);
  });

  it('English: "Instead of prison" attaches to the offenders, not to the phrase', () => {
    const text = 'Instead of prison, young offenders are offered a place in a treatment programme.';
    const config = defaultConfig();
    const [f] = eligibilityAt(text, config);
    const fix = f.fixes.find((x) => x.isPreferred)!;
    assert.equal(checkFix(text, f, fix, config), 'Instead of prison, young offenders who have left the criminal environment and stopped offending are offered a place in a treatment programme.');
  });

  it('inserts after emphasis markup, not inside it', () => {
    const text = 'Kommunen erbjuder *hemvändare* stöd och\nhjälp med bostad.\n';
    const config = defaultConfig();
    const [f] = eligibilityAt(text, config);
    assert.equal(checkFix(text, f, f.fixes[0], config), 'Kommunen erbjuder *hemvändare* som har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi stöd och\nhjälp med bostad.\n');
  });

  it('a clause that wraps over two lines is fixed where its alternative ends', () => {
    const text = 'The city offers **housing** to people who want to leave a *violent extremist group* or who return\nfrom fighting abroad.\n';
    const config = defaultConfig();
    const [f] = eligibilityAt(text, config);
    assert.equal(checkFix(text, f, f.fixes[0], config), 'The city offers **housing** to people who want to leave a *violent extremist group* or who return\nfrom fighting abroad and have left the violent extremist environment and renounced its ideology.\n');
    assert.equal(checkFix(text, f, f.fixes[2], config), 'The city offers **housing** to people who want to leave a *violent extremist group*.\n');
  });

  it('in a list item, the attachment goes into the item that lacks the requirement', () => {
    const text = '- Stöd ges till personer som vill lämna en kriminell gruppering, eller\n- till personer som har deltagit i strider mot polisen i kriminella gäng.\n';
    const config = defaultConfig();
    const [f] = eligibilityAt(text, config);
    assert.ok(f, 'a finding');
    const after = checkFix(text, f, f.fixes[0], config);
    assert.ok(after.startsWith('- Stöd ges till personer som vill lämna en kriminell gruppering, eller\n- till personer som har deltagit i strider'), after);
    assert.match(after, / och har lämnat den (kriminella|våldsbejakande) miljön/);
  });

  it('a sentence that ends in ":" gets the requirement as a paragraph of its own', () => {
    const text = 'Stöd ges till personer som deltar i gängkriminalitet, eller som vill lämna den:\n';
    const config = defaultConfig();
    const [f] = eligibilityAt(text, config);
    const fix = f.fixes.find((x) => x.kind === 'requirement-sentence')!;
    assert.equal(checkFix(text, f, fix, config), 'Stöd ges till personer som deltar i gängkriminalitet, eller som vill lämna den:\n\nStödet förutsätter att personen har lämnat den kriminella miljön och upphört med brottslig verksamhet.\n');
  });

  it('uses the team\'s templates, with English agreement filled in', () => {
    const config = defaultConfig({
      templates: {
        sv: { requirement: { extremist: 'har lämnat miljön och tagit avstånd från våld' }, sentence: 'Insatsen ges endast till den som {requirement}.' },
        en: { requirement: { criminal: '{have} left the gang and stopped offending' }, afterNoun: ' provided that they {requirement}' },
      },
    });
    const sv = 'Kommunen erbjuder hemvändare samtalsstöd och hjälp att hitta bostad.';
    const [f] = eligibilityAt(sv, config);
    assert.equal(applyFix(sv, f.fixes[0].edits), 'Kommunen erbjuder hemvändare som har lämnat miljön och tagit avstånd från våld samtalsstöd och hjälp att hitta bostad.');
    assert.equal(applyFix(sv, f.fixes[1].edits), 'Kommunen erbjuder hemvändare samtalsstöd och hjälp att hitta bostad. Insatsen ges endast till den som har lämnat miljön och tagit avstånd från våld.');
    const en = 'The city supports anyone who participates in a criminal gang.';
    const [g] = eligibilityAt(en, config);
    const attach = g.fixes.find((x) => x.kind === 'attach-requirement')!;
    assert.equal(applyFix(en, attach.edits), 'The city supports anyone who has participated in a criminal gang and has left the gang and stopped offending.');
    const en2 = 'Gang members can get priority for housing.';
    const [h] = eligibilityAt(en2, config);
    assert.equal(applyFix(en2, h.fixes[0].edits), 'Gang members provided that they have left the gang and stopped offending can get priority for housing.');
  });

  it('a template that is not a string falls back to the built-in wording', () => {
    const config = defaultConfig({ templates: { sv: { afterNoun: 42 as unknown as string, requirement: { extremist: '' } } } });
    const sv = 'Kommunen erbjuder hemvändare samtalsstöd.';
    const [f] = eligibilityAt(sv, config);
    assert.equal(applyFix(sv, f.fixes[0].edits), 'Kommunen erbjuder hemvändare som har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi samtalsstöd.');
  });
});
