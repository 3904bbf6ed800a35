import type { LexiconData } from './types';

// English. Prefixes cover inflection (support*, counsel*); British and American spellings both.

const CONTEXT_NOUN = 'extrem*|terror*|jihad*|violen*|radical*|gang|gangs|gang-*|crime|crimes|criminal*|salafis*|is|isis|isil|daesh|neo-nazi*|nazi*|white-supremac*|militan*|armed|fighting|combat|organis*|organiz*';
const PERSON = 'people|persons|person|individuals|individual|youth|youths|young|men|women|members|adults|children|citizens|nationals|those|anyone';

export const en: LexiconData = {
  support: [
    'support', 'supports', 'supported', 'supporting', 'service', 'services', 'assist*', 'assistance', 'help', 'helps', 'helped', 'helping',
    'housing', 'accommodation*', 'employment', 'job', 'jobs', 'counsel*', 'treatment*', 'therap*', 'care', 'reintegrat*', 'rehabilitat*',
    'amnesty', 'mentor*', 'welfare', 'benefit', 'benefits', 'income', 'training', 'aid', 'offer', 'offers', 'offered', 'offering', 'resettle*',
    'education', 'protection',
  ],
  inContext: [
    { pattern: 'returnee*', form: 'np', returnee: true, context: 'extremist' },
    { pattern: 'returning|returned|foreign|homecoming ?terrorist fighter*|fighters|jihadist*|extremist*|combatants', form: 'np', returnee: true, context: 'extremist' },
    { pattern: 'ftf|ftfs', form: 'np', returnee: true, context: 'extremist' },
    { pattern: 'foreign terrorist|jihadist fighter*', form: 'np', context: 'extremist' },
    { pattern: 'extremists|terrorists|jihadists|jihadis|militants|neo-nazis|fighters', form: 'np', context: 'extremist' },
    { pattern: 'radicalised|radicalized ' + PERSON, form: 'np', context: 'extremist' },
    { pattern: 'gang members|member', form: 'np', context: 'criminal' },
    { pattern: 'offenders|criminals|gangsters', form: 'np', context: 'criminal' },
    { pattern: PERSON + ' in|within ?a|an|the ?violent|criminal|extremist|terrorist|radical|jihadist ?extremist|criminal gang*|group*|network*|milieu*|movement*|organis*|organiz*|environment*|scene', form: 'np' },
    { pattern: 'members of {0,3} ' + CONTEXT_NOUN, form: 'np' },
    { pattern: 'involved|involvement|engaged|active|participating|participate|participates|participated in {0,4} ' + CONTEXT_NOUN + '|milieu*|movement*', form: 'vp' },
    { pattern: 'taking|take|takes|took|taken part in {0,4} ' + CONTEXT_NOUN + '|milieu*|movement*', form: 'vp' },
    { pattern: 'return|returns|returned|returning|come|comes|coming|came back|home from {0,4} fight*|combat|war*|conflict*|syria|iraq|isis|isil|daesh|battle*|abroad|overseas', form: 'vp', context: 'extremist' },
    { pattern: 'return|returns|returned|returning|come|comes|coming|came from {0,4} fight*|combat|war*|conflict*|syria|iraq|isis|isil|daesh|battle*|jihad*|camp|camps|al-hol|al-roj', form: 'vp', context: 'extremist' },
    { pattern: 'fought|fight|fights|fighting|fighters for|with|in {0,3} ' + CONTEXT_NOUN + '|syria|iraq|conflict*|war*', form: 'vp', context: 'extremist' },
    { pattern: 'travel*|travelled|traveled|went|go|going to {0,3} syria|iraq|war|conflict|combat|isis|isil|caliphate', form: 'vp', context: 'extremist' },
    { pattern: 'joined|join|joins|joining {0,3} ' + CONTEXT_NOUN, form: 'vp' },
    { pattern: 'belong|belongs|belonged|belonging to {0,3} ' + CONTEXT_NOUN, form: 'vp' },
    { pattern: 'been|become|becomes|became|becoming radicalised|radicalized|radicalised', form: 'vp', context: 'extremist' },
    { pattern: 'part of {0,3} ' + CONTEXT_NOUN + '|movement*|milieu*', form: 'vp' },
    { pattern: 'convicted|sentenced|jailed of|for {0,3} terror*|crime*|offence*|offense*|violen*|murder*|gang*', form: 'vp', context: 'criminal' },
    { pattern: 'released from prison|jail|custody|detention', form: 'vp', context: 'criminal' },
    { pattern: 'rather|instead than|of jail|prison|prosecution|punishment|detention|custody|incarceration|sentencing', form: 'clause', context: 'criminal' },
  ],
  leaving: [
    'leave|leaves|leaving|left !behind|over|out|unchecked|alone|untreated|unaddressed|unanswered|open|side|hand|wing',
    'exit|exits|exiting|exited', 'disengag*', 'renounc*', 'abandon*', 'cease|ceases|ceased|ceasing', 'quit|quits|quitting', 'desist*',
    'defect|defects|defected|defecting|defector*|defection*', 'deradicali*', 'repent*', 'break|breaks|broke|broken|breaking with|away|free',
    'turn|turns|turned|turning away|their|his|her', 'get|gets|got|getting|move|moves|moved|moving|step|steps|stepped|stepping|walk|walks|walked|walking out|away',
    'ex-*', 'former|formerly', 'reject|rejects|rejected|rejecting {0,2} violen*|extrem*|ideolog*|terror*', 'distance|distances|distanced|distancing themselves|himself|herself|oneself',
    'stop|stops|stopped|stopping offending|committing|crime|violen*', 'free from',
  ],
  atRisk: ['at risk', 'risk of|being', 'vulnerable to', 'susceptible to', 'on the path|road|way of|to|towards', 'drawn into', 'draw in|into', 'prevent*', 'may be', 'could be'],
  former: ['have|has|had been', 'formerly', 'previously', 'in the past'],
  relativesOf: ['relatives|parents|parent|families|family|friends|friend|siblings|children|mothers|fathers|spouses|partners|wives|relatives|brothers|sisters of|for', 'family members of', 'brothers and sisters of', 'loved ones of'],
  prevention: ['prevent*', 'deter|deters|deterring', 'stop|stops|stopping ?young ?people|them|children from', 'avoid|avoids|avoiding', 'keep|keeps|keeping {0,3} from|away', 'reduce|reducing the risk'],
  receiver: ['receive|receives|received|receiving', 'host|hosts|hosting', 'reception of', 'deal|deals|dealing with', 'handle|handles|handling', 'meet|meets|meeting|encounter|encounters|encountering', 'work|works|working with'],
  waivedRequirement: ['regardless|irrespective of', 'whether or not', 'without requiring|having|needing', 'no requirement|need|obligation', 'not required|necessarily', 'need|needs not', 'do|does not have|need'],
  negation: ['not', 'never', 'no'],
  migration: ['refugee*', 'asylum', 'migrant*', 'migration', 'homeland*', 'country of origin', 'deport*', 'displaced', 'status holders', 'immigra*', 'newly arrived'],
  strongCondition: ['condition*', 'provided', 'requir*', 'only', 'unless', 'eligib*', 'contingent', 'subject to', 'exclusively', 'solely', 'must'],
  definition: ['refers|refer to', 'defined as', 'means', 'denotes'],
  voluntariness: ['voluntary basis', 'voluntarily', 'voluntariness', 'is|are|be|remain|remains|entirely|purely voluntary', 'voluntary participation|engagement|programme|programmes|program|programs|measures|support|services|scheme'],
  weakModal: ['should', 'may', 'might', 'could', 'can', 'ideally', 'where possible', 'if possible', 'encouraged', 'preferably', 'as far as possible', 'expected to'],
  targetGroup: ['target group*', 'target population*'],
  targetGroupDefinition: ['target group*|population* {0,4} is|are|consists|comprises|includes|covers|means|refers|consist|comprise|include'],
  obligationNoActor: ['it is important|essential|crucial|vital|necessary|desirable|key|critical to|that'],
  hedge: ['probably', 'most likely', 'it seems', 'perhaps', 'possibly', 'to some extent', 'arguably', 'in some cases', 'presumably'],
};
