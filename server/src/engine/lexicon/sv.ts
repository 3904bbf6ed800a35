import type { LexiconData } from './types';

// Swedish. Inflected forms are written as prefixes ("insats*") or listed where a prefix would catch
// unrelated words. Snowball-style stemming misses forms such as "lämnats" and "hemvändares"; the
// prefixes below cover them.

const CONTEXT_NOUN = 'våldsbejak*|extremis*|extrema|vbe|vbe-*|ocg|ocg-*|terror*|kriminal*|kriminell*|gäng*|jihad*|is|isis|daesh|islamistisk*|högerextrem*|vänsterextrem*|nazist*|nynazist*|väpnad*|radikal*|strid*|brottslig*|organiserad*|vitmakt*|makt-*';
const PERSON = 'personer|person|individer|individen|individ|ungdomar|unga|män|kvinnor|pojkar|flickor|medlemmar|vuxna|barn|svenskar|medborgare|intagna|klienter|dömda|tonåringar|killar|tjejer|frigivna';

export const sv: LexiconData = {
  support: [
    'insats*', '*insats*', 'stöd', 'stödet', 'stöden', 'stödja', 'stödjer', 'stöder', 'stödde', 'stödjande', 'stöds', 'stött', 'stötta*', '*stöd', '*stödet',
    'hjälp', 'hjälpen', 'hjälpa', 'hjälper', 'hjälps', 'hjälpt', 'rådgivning*', 'vård', 'vården', '*vård', '*vården', 'behandling*',
    'bostad', 'bostaden', 'bostäder', 'bostäderna', 'bostadsstöd*', 'bostadsbidrag*', 'bostadsförtur*', 'bostadsinsats*', 'bostadssocial*', '*bostad', '*bostäder', 'boende', 'boendet', 'lägenhet*', 'jobb*', 'anställning*', 'sysselsättning*',
    'arbetsmarknadsinsats*', 'arbetsmarknadsåtgärd*', 'praktik*', 'psykosocial*', 'återintegrering*', 'återanpassning*', 'integrering*',
    'rehabilitering*', '*rehabilitering*', 'mentor*', 'försörjning*', 'bistånd*', 'förtur*', 'skydd', 'utbildning*', 'socialtjänstens arbete|insatser|stöd|möjligheter|verksamhet',
    'erbjud*', 'samtalsstöd*', 'etablering|etablera|etablerar på|i arbetsmarknaden|arbetslivet', 'arbetsmarknadsetablering*',
    // A service for those who leave is itself the offer ("en avhopparverksamhet som riktar sig till …").
    'avhopparverksamhet*', 'avhopparprogram*', 'exitverksamhet*', 'stödverksamhet*',
    'studiehandledning*', 'vägledning*', '*programmet|*verksamheten|insatsen|insatserna|projektet|utlysningen|*bidraget|medlen riktar|riktas ?sig till', 'individuell* plan*', 'stödplan*', 'kurator*', 'elevhälsa*', 'elevhälsans', 'extra anpassning*', 'terapi*', 'amnesti*', 'stödprogram*', 'förebild*', 'öppen|öppet|öppna för', 'kontaktperson*', 'vårdkontakt*', 'arbetsträning*', '*rådgivning*', 'coach*', 'skyddat boende',
    'ge|ger|ges|få|får|erbjuda|erbjuder råd', 'prioritet', 'förmedla|förmedlar|förmedlas kontakt*',
    'boendeplats*', 'stödboende*', '*boenden', 'motiverande samtal', 'motivationssamtal*', 'boendefråg*', 'läxhjälp*', '*jobb', 'fritidsverksamhet*', 'meningsfull fritid', 'vuxenkontakt*', '*utbildning*', 'lönebidrag*', 'utslussning*',
  ],
  inContext: [
    // Returnees: category nouns.
    { pattern: '*hemvändar*', form: 'np', returnee: true, context: 'extremist' },
    { pattern: '*återvändar*', form: 'np', returnee: true, context: 'extremist' },
    { pattern: 'återvändande|hemvändande|återkommande|hemkommande ?svenska|unga ' + PERSON + '|jihadist*|krigare*|*stridande|extremist*|is-*|terrorist*|kämpar*', form: 'np', returnee: true, context: 'extremist' },
    { pattern: 'terrorresenär*', form: 'np', returnee: true, context: 'extremist' },
    { pattern: '*terroristresenär*', form: 'np', returnee: true, context: 'extremist' },
    { pattern: 'utländska|utländsk *stridande|*krigare|terrorist*', form: 'np', context: 'extremist' },
    // People in the environment: nouns.
    { pattern: 'jihadister|jihadisterna|jihadisten|extremister|extremisterna|extremisten|terrorister|terroristerna|terroristen|nazister|nynazister', form: 'np', context: 'extremist' },
    { pattern: 'radikaliserade|radikaliserad ' + PERSON, form: 'np', context: 'extremist' },
    { pattern: PERSON + ' som ?har|hade|blivit radikaliserats|radikaliserades|radikaliserade', form: 'vp', context: 'extremist' },
    { pattern: 'sympatiserar|sympatiserat|sympatiserade|sympatiserande med {0,3} ' + CONTEXT_NOUN + '|rörelse|rörelsen|rörelser|miljö|miljön|miljöer|gruppering*', form: 'vp' },
    { pattern: 'har|hade ?en ?nära koppling|kopplingar|band till {0,2} ' + CONTEXT_NOUN + '|gängmiljö*|grupperingen|gruppen|gänget|nätverket|miljön|rörelsen', form: 'vp' },
    { pattern: 'lagöverträdare*|brottslingar*', form: 'np', context: 'criminal', generic: true },
    { pattern: 'gängmedlem*|gängkriminell*|brottsaktiv*|gängaktiv*|gänganknut*|gänginvolverad*|gängkopplad*', form: 'np', context: 'criminal' },
    { pattern: 'förekommer|förekommit|förekom i {0,3} ' + CONTEXT_NOUN, form: 'vp' },
    { pattern: 'kriminellt aktiv*', form: 'np', context: 'criminal' },
    { pattern: 'kriminella !gäng*|grupp*|nätverk*|miljö*|organisation*|verksamhet*|handling*|aktivitet*|livsstil*|kretsar|strukturer|uppdrag*|beteende*|miljöer|sammanhang|personer|individer|ungdomar|unga|män|kvinnor|barn', form: 'np', context: 'criminal' },
    { pattern: 'kriminella ' + PERSON, form: 'np', context: 'criminal' },
    { pattern: PERSON + '|de|dem|den|alla i|inom|från ?en|ett|de|den|det ?kriminell*|våldsbejakande|extremistisk*|radikal*|islamistisk*|högerextrem*|vänsterextrem*|militant* ?våldsbejakande|extremistisk*|islamistisk*|högerextrem*|vänsterextrem*|nazistisk*|jihadistisk*|kriminell* gäng*|grupp*|nätverk*|miljö*|gruppering*|organisation*|rörelse*|kretsar|sammanhang', form: 'np' },
    { pattern: PERSON + ' i|inom|från gängkriminalitet*|gängmiljö*|kriminalitet*|extremism*|terrorism*', form: 'np' },
    { pattern: PERSON + ' i|inom vbe|vbe-*|ocg|ocg-*', form: 'np' },
    { pattern: PERSON + ' med gängkoppling*|gänganknytning*|extremistkoppling*|terrorkoppling*', form: 'np' },
    { pattern: 'under utredning|misstänkt|misstänkta|misstänks|misstänkts för {0,3} terror*|brott*|*brott|gäng*|organiserad*', form: 'vp', context: 'criminal', generic: true },
    // People in the environment: verb phrases (the participle or verb that says they take part).
    { pattern: 'involverad*|involveras|involverats|delaktig*|aktiv|aktiva|engagerad*|engagerade|verksam*|inblandad*|inblandade|deltar|deltagit|deltog|medverkar|medverkat|rekryterad*|rekryterats i|inom|för|in|till {0,3} ' + CONTEXT_NOUN, form: 'vp' },
    { pattern: 'kommer|kom|komma|kommit|återkommer|återkommit hem från {0,4} strid*|krig*|konflikt*|is|isis|syrien|irak|terror*|krigsområde*|konfliktområde*|stridszon*|stridsområde*|*kontrollera*', form: 'vp', context: 'extremist' },
    { pattern: 'återvänder|återvända|återvänt|återvände|återvändande|reser|rest|reste|flyttar|flyttat ?hem från {0,4} strid*|krig*|konflikt*|is|isis|syrien|irak|terror*|krigsområde*|konfliktområde*|stridszon*|stridsområde*|*kontrollera*|väpnad*|*organisation*|läger|lägren|lägret|al-hol|al-roj|somalia', form: 'vp', context: 'extremist' },
    { pattern: 'deltagit|deltar|delta|deltog|stridit|strider|stred|kämpat|kämpar|slagits|slåss i|för {0,3} strid*|krig*|terror*|väpnad*|is|isis|jihad*|*organisation*|gruppering*|*milis*', form: 'vp', context: 'extremist' },
    { pattern: 'rest|reste|reser|åkt|åkte|åker ?ut till {0,3} konfliktområde*|krigsområde*|syrien|irak|stridszon*|is|isis|kalifat*', form: 'vp', context: 'extremist' },
    { pattern: 'rest|reste|reser|åkt|åkte|åker ?ut|utomlands|iväg för att strida|kriga|slåss|ansluta', form: 'vp', context: 'extremist' },
    { pattern: 'strida|kriga för {0,3} ' + CONTEXT_NOUN, form: 'vp', context: 'extremist' },
    { pattern: 'med|ingår i {0,5} kriminell*|våldsbejak*|extremist*|gäng*|terror*|nätverk*', form: 'vp' },
    { pattern: 'står|stod|stått nära {0,2} ' + CONTEXT_NOUN, form: 'vp' },
    { pattern: 'anslutit|ansluter|anslöt|ansluta sig till {0,3} ' + CONTEXT_NOUN, form: 'vp' },
    { pattern: 'tillhör|tillhört|tillhörde ?en|ett|den|de {0,2} ' + CONTEXT_NOUN, form: 'vp' },
    { pattern: 'varit|stridit|kämpat i|på {0,2} krigsområde*|konfliktområde*|stridszon*|stridsområde*|*läger|*kontrollera*|kalifat*', form: 'vp', context: 'extremist' },
    { pattern: 'återvänder|återvänt|återvände|återvända|återvändande|kommer|kommit|kom ?tillbaka|hem efter {0,4} krigsområde*|konfliktområde*|stridszon*|stridsområde*|*kontrollera*|kalifat*|syrien|irak|strid*|krig*', form: 'vp', context: 'extremist' },
    // Still in it, said of an environment named earlier in the sentence ("… och den som fortfarande rör sig i en sådan miljö").
    { pattern: 'fortfarande|alltjämt ?är aktiv*|involverad*|engagerad*|delaktig*|verksam*|kvar !i|inom|på|för|med', form: 'vp' },
    { pattern: 'aktiv*|involverad*|engagerad*|delaktig*|verksam* i|inom den|det|dem|denna|dessa|sådan*', form: 'vp' },
    { pattern: 'kvar i|inom {0,3} ' + CONTEXT_NOUN + '|miljö|miljön|miljöerna|rörelsen|rörelserna|gruppen|grupperna|gänget|gängen|nätverket|nätverken', form: 'vp' },
    { pattern: 'rör|rört|rörde sig i|inom {0,3} ' + CONTEXT_NOUN + '|miljö|miljön|miljöer|miljöns|rörelsen|rörelsens|gruppen|gänget|gängets|nätverket|nätverkets', form: 'vp' },
    { pattern: 'befinner|befann|lever|levt ?sig i|inom {0,2} ' + CONTEXT_NOUN + '|miljö|miljön|miljöer|rörelse|rörelsen|gruppen|gänget|nätverket|nätverkets|gängets|miljöns|rörelsens|gruppens', form: 'vp' },
    // A shared complement: "som befinner sig i eller har lämnat … miljöer", "som ingår i eller …".
    { pattern: 'befinner|befann ?sig i|inom eller|och', form: 'vp' },
    { pattern: 'i utkanten|periferin|närheten av {0,2} ' + CONTEXT_NOUN + '|miljö|miljön|miljöer|rörelsen|gruppen|gänget|nätverket', form: 'vp' },
    { pattern: 'har|hade ?fortfarande|ännu|alltjämt ?nära|täta|regelbunden|regelbundna ?kontakt|kontakter med {0,2} ' + CONTEXT_NOUN + '|miljön|rörelsen|gruppen|gänget|nätverket|grupperingen', form: 'vp' },
    { pattern: 'is-resenär*|isresenär*|jihadresenär*|*stridsresenär*', form: 'np', returnee: true, context: 'extremist' },
    { pattern: 'anknytning|anknytningar|kopplad|kopplade|knuten|knutna till {0,2} ' + CONTEXT_NOUN, form: 'vp' },
    { pattern: PERSON + ' med koppling|kopplingar|anknytning till {0,2} ' + CONTEXT_NOUN, form: 'np' },
    // "med fortsatt anknytning till nätverket": ties that last, to an environment named in the sentence.
    { pattern: PERSON + ' med fortsatt|fortsatta|pågående|aktiv|aktiva|nära ?eller|och ?tidigare|före ?detta koppling|kopplingar|anknytning|band|kontakter till {0,2} ' + CONTEXT_NOUN + '|nätverket|gänget|gruppen|miljön|rörelsen|grupperingen', form: 'np' },
    { pattern: 'medlem|medlemmar|medlemmen|medlemmarna i|av ?en|ett {0,2} ' + CONTEXT_NOUN, form: 'vp' },
    { pattern: 'dömts|dömd|dömda|döms|straffats för {0,3} terror*|brott*|*brott|våld*|mord*|grov*', form: 'vp', context: 'criminal', generic: true },
    { pattern: 'avtjänar|avtjänat|avtjänade|avtjänat straff|straffet|fängelsestraff*|strafftid*', form: 'vp', context: 'criminal', generic: true },
    { pattern: 'friges|frigivna|frigivits|frigivs|släpps|släppts|muckar|muckat från fängelse*|anstalt*|kriminalvård*', form: 'vp', context: 'criminal', generic: true },
    { pattern: 'i stället för fängelse*|straff*|åtal*|häkte*|frihetsberövande', form: 'clause', context: 'criminal' },
    { pattern: 'istället för fängelse*|straff*|åtal*|häkte*|frihetsberövande', form: 'clause', context: 'criminal' },
  ],
  leaving: [
    'lämna|lämnar|lämnat|lämnade|lämnats|lämnande !in|ut|över|anstalt|anstalten|fängelse|fängelset|häktet|landet|skolan|hemmet|information|uppgift*|upplysning*|besked|synpunkt*|förslag|yttrande*|svar|bidrag|stöd|hjälp|ansökan|underlag|rapport*|plats|bistånd|råd|förtur',
    'avhopp*', 'avhoppare*', 'hoppar|hoppa|hoppat|hoppade av', 'tar|ta|tagit|tog|tagits|tas avstånd', 'avståndstagande*',
    'avsäger|avsagt|avsade|avsäga|frånsäger|frånsagt sig', 'förkastar|förkastat|förkastade|förkasta våld*|ideolog*|extrem*|terror*|brott*|kriminal*', 'upphör|upphöra|upphört|upphörde med', 'tar|ta|tagit|tog sig ur|bort|loss|ut',
    'komma|kommer|kommit|kom ur|bort|loss', 'komma|kommer|kommit ut ur', 'vill|ville bort', 'bort|borta från', 'avväpna*', 'kapitulera*', 'lämnat|lämnade|lämnar|överlämnat|överlämnade ifrån sig|över ?sina vapen', 'bryta|bryter|brutit|bröt med',
    'avradikaliser*', 'exitverksamhet*', 'exitprogram*', 'före detta', 'ångerfull*', 'sluta|slutar|slutat|slutade med|begå {0,2} brott*|kriminal*|våld*|extrem*',
    'inga|ingen brott|kriminalitet|våld', 'inte längre {0,2} har kontakt*|är aktiv*|tillhör|ingår|är medlem*|är involverad*|rör sig', 'klippa|klipper|klippt|klippte|avbryta|avbryter|avbrutit|avbröt {0,2} banden|kontakt|kontakten|kontakterna', 'avslutat|avslutar|avsluta|avslutade {0,2} kontakt|kontakten|kontakterna|samröret', 'avstå|avstår|avstått|avstod från', 'lämnat|lämnar miljön|rörelsen|gänget',
  ],
  atRisk: ['oro för|över', 'riskerar|riskera|riskerat|riskerade att', 'i riskzon*', 'riskzon*', 'löper risk', 'risk att|för', 'sårbar*', 'på väg in', 'dras in', 'förebygg*', 'förhindra*', 'motverka*'],
  former: ['har|hade varit', 'tidigare', 'har|hade tidigare'],
  relativesOf: ['anhörig*|föräldrar*|förälder|familj*|närstående|syskon|vänner|släkting*|mammor|pappor|bröder|systrar|partner* till|åt', 'nätverk för föräldrar'],
  prevention: ['innan {0,2} har|hunnit', 'förhindra*', 'förebygg*', 'motverka*', 'hindra*', 'undvika|undviker att', 'minska|minskar risken'],
  receiver: ['tar|ta|tagit|tog|tas emot', 'mottagande|mottagandet av', 'hanterar|hantera|hanteringen av', 'möter|möta|mött|mötte', 'arbetar|arbeta|jobbar|jobba med'],
  waivedRequirement: ['oavsett om|huruvida', 'utan krav|att', 'utan att', 'inget|inga|inte ?ett krav', 'inte villkorat|villkorad|villkorade|beroende av', 'oberoende av om', 'behöver|måste inte', 'inte nödvändigtvis', 'kräver|krävs|förutsätter|förutsätts inte', 'ställs|ställer inga|inte krav'],
  negation: ['inte', 'ej', 'aldrig', 'inget', 'ingen', 'inga', 'utesluts', 'utesluta', 'utesluter', 'nekas', 'neka', 'nekar'],
  migration: ['flykting*', 'asyl*', 'migration*', 'migrant*', 'nyanländ*', 'hemland*', 'ursprungsland*', 'återvandr*', 'utvisning*', 'avvisning*', 'migrationsverket', 'återvändandearbete*', 'återvändandeprocess*', 'ensamkommande'],
  strongCondition: ['villkor*', 'förutsätt*', 'förutsättning*', 'krav', 'kraven', 'kravet', 'kräver', 'krävs', 'endast', 'enbart', 'bara', 'först efter|när', 'under förutsättning', 'uteslutande'],
  definition: ['avses', 'definieras', 'menas', 'betecknar', 'innefattar', 'omfattar'],
  voluntariness: ['frivillighet', 'frivilligheten', 'frivillig|frivilligt|frivilliga !organisation*|förening*|sektor*|sektorn|krafter|arbetare*|medarbetare*|resurs*|kår*|volontär*|engagemang'],
  weakModal: ['bör', 'borde', 'kan', 'kunna', 'får', 'helst', 'gärna', 'möjligen', 'om möjligt', 'i möjligaste mån', 'i den mån', 'eftersträva*', 'uppmuntra*', 'förväntas'],
  targetGroup: ['målgrupp*'],
  targetGroupDefinition: ['målgrupp* {0,4} är|utgörs|består|omfattar|avser|innefattar|inkluderar|definieras', 'med målgrupp* avses'],
  obligationNoActor: ['det är|blir viktigt|avgörande|centralt|angeläget|nödvändigt|väsentligt|önskvärt|betydelsefullt med|att'],
  hedge: ['med största sannolikhet', 'förmodligen', 'troligen', 'troligtvis', 'sannolikt', 'eventuellt', 'i viss mån', 'i någon mån', 'kanske', 'möjligtvis'],
};
