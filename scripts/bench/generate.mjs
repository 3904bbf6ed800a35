// Deterministic generator of realistic municipal-strategy documents (Swedish or English Markdown) for
// `npm run bench`. A seed gives the same bytes on every machine. Paragraphs are assembled from sentence
// templates with many slots (actors, districts, years, figures, purposes), so they are practically never
// repeated: the engine caches blocks by their text, and a generator that repeats paragraphs would
// measure that cache instead of the analysis. `distinctBlockRatio` reports how well that holds.
//
// The shape follows real strategies: numbered headings, prose paragraphs wrapped at 72–110 columns
// (some left as one long line), bullet and numbered lists with wrapped items, now and then a table, a
// quotation of a statute, a link, emphasis, abbreviations such as "t.ex.", "bl.a.", "5 kap. 1 §", and
// roughly one paragraph in twelve that states who gets support (some ambiguous, some well-formed).

export function rng(seed) {
  let a = seed >>> 0 || 1;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

const SV = {
  actors: ['kommunstyrelsen', 'socialnämnden', 'utbildningsnämnden', 'kultur- och fritidsnämnden', 'byggnadsnämnden', 'miljö- och hälsoskyddsnämnden',
    'arbetsmarknadsenheten', 'räddningstjänsten', 'stadsledningskontoret', 'varje förvaltning', 'stadsdelsnämnderna', 'de kommunala bolagen',
    'bostadsbolaget', 'socialtjänsten', 'skolan', 'fritidsgårdarna', 'elevhälsan', 'näringslivsenheten', 'kommunens trygghetssamordnare', 'vård- och omsorgsförvaltningen'],
  partners: ['polisen', 'regionen', 'Kriminalvården', 'Arbetsförmedlingen', 'civilsamhällets organisationer', 'trossamfunden', 'länsstyrelsen',
    'Försäkringskassan', 'grannkommunerna', 'fastighetsägarna', 'föreningslivet', 'Migrationsverket', 'högskolan', 'näringslivet'],
  verbs: ['ansvarar för', 'samordnar', 'följer upp', 'tar fram', 'redovisar', 'utvecklar', 'prioriterar', 'genomför', 'stärker', 'leder',
    'utvärderar', 'planerar', 'finansierar', 'dokumenterar', 'förankrar'],
  objects: ['det förebyggande arbetet', 'trygghetsskapande åtgärder', 'samverkan med civilsamhället', 'en handlingsplan för klimatanpassning',
    'den digitala infrastrukturen', 'kompetensförsörjningen inom äldreomsorgen', 'tillgängligheten i kommunens lokaler', 'det systematiska kvalitetsarbetet',
    'insatser för ökad skolnärvaro', 'arbetet mot hedersrelaterat våld', 'lokala lägesbilder', 'en gemensam rutin för orosanmälningar',
    'rekryteringen av sommarjobbare', 'belysningen längs gång- och cykelvägar', 'föräldrastödsprogrammen', 'uppföljningen av ekonomiskt bistånd',
    'den sociala hållbarhetsanalysen', 'kommunens krisberedskap', 'arbetet med barnrättsbaserade beslut', 'nattvandringen i centrum'],
  districts: ['Norrby', 'Östra Hamnen', 'Lillåsen', 'Södra Berga', 'Kvarnbyn', 'Väster', 'Björkhagen', 'Ekdalen', 'Strandängen', 'Tallbacken',
    'Gamla stan', 'Solvik', 'Hagaberg', 'Ängsbacka', 'Fröslunda'],
  times: ['under 2027', 'senast den 30 juni 2028', 'varje kvartal', 'inom ramen för budgetåret', 'under strategiperioden', 'två gånger per år',
    'i samband med årsredovisningen', 'före utgången av 2029', 'löpande', 'vid varje delårsbokslut'],
  purposes: ['för att öka tryggheten', 'i syfte att minska segregationen', 'så att fler unga fullföljer gymnasiet', 'för att korta handläggningstiderna',
    'för att nå de nationella folkhälsomålen', 'så att resurserna används där behoven är störst', 'för att stärka tilliten till kommunen',
    'i syfte att förebygga psykisk ohälsa', 'för att minska energianvändningen', 'så att fler kommer i egen försörjning'],
  openers: ['Därför', 'Samtidigt', 'Dessutom', 'I detta arbete', 'Under strategiperioden', 'Utifrån lägesbilden', 'Som ett första steg', 'På sikt',
    'Inom befintlig budget', 'Enligt kommunens riktlinjer'],
  indicators: ['andelen elever med godkända betyg i alla ämnen', 'andelen invånare som känner sig trygga utomhus på kvällen',
    'antalet orosanmälningar som rör barn', 'andelen hushåll med ekonomiskt bistånd', 'antalet anmälda brott per 1 000 invånare',
    'andelen unga som varken arbetar eller studerar', 'väntetiden till försörjningsstöd', 'andelen medarbetare med tillsvidareanställning'],
  laws: ['5 kap. 1 § socialtjänstlagen', '2 kap. 5 § skollagen', '3 kap. 2 § kommunallagen', '6 kap. 7 § kommunallagen', '11 kap. 1 § socialtjänstlagen',
    '12 kap. 10 § socialtjänstlagen'],
  topics: ['Inledning', 'Syfte och mål', 'Förebyggande arbete', 'Trygghet i offentliga miljöer', 'Skola och fritid', 'Socialtjänstens ansvar',
    'Samverkan', 'Arbetsmarknad och försörjning', 'Bostadsförsörjning', 'Kompetens och utbildning', 'Uppföljning och analys', 'Ekonomi',
    'Ansvarsfördelning', 'Kommunikation', 'Efterperspektiv', 'Stöd till anhöriga', 'Informationsdelning', 'Genomförande'],
  listIntros: ['Kommunen prioriterar följande insatser', 'Arbetet omfattar bl.a.', 'Förvaltningarna ska särskilt', 'Uppföljningen sker genom',
    'Till åtgärderna hör t.ex.', 'Följande aktörer deltar'],
  group: ['unga vuxna', 'ensamstående föräldrar', 'äldre med hemtjänst', 'elever i årskurs 7–9', 'nyanlända familjer', 'personer med funktionsnedsättning',
    'långtidsarbetslösa', 'barn i förskoleåldern'],
};

const EN = {
  actors: ['the executive committee', 'the social services committee', 'the education committee', 'the culture and leisure committee', 'the planning committee',
    'the environmental health committee', 'the employment unit', 'the fire and rescue service', 'the chief executive\'s office', 'each department',
    'the district committees', 'the council\'s companies', 'the housing company', 'the social services', 'the schools', 'the youth centres',
    'the student health service', 'the business development unit', 'the community safety coordinator', 'the adult social care department'],
  partners: ['the police', 'the regional health authority', 'the probation service', 'Jobcentre Plus', 'voluntary organisations', 'faith communities',
    'the county council', 'the benefits agency', 'neighbouring councils', 'property owners', 'local sports clubs', 'the Home Office', 'the university',
    'local employers'],
  verbs: ['is responsible for', 'coordinates', 'monitors', 'develops', 'reports on', 'improves', 'prioritises', 'delivers', 'strengthens', 'leads',
    'evaluates', 'plans', 'funds', 'documents', 'reviews'],
  objects: ['preventive work', 'community safety measures', 'partnership with the voluntary sector', 'an action plan for climate adaptation',
    'the digital infrastructure', 'recruitment in adult social care', 'accessibility of council buildings', 'systematic quality assurance',
    'measures to improve school attendance', 'work against honour-based abuse', 'local situation reports', 'a shared safeguarding referral procedure',
    'summer jobs for young people', 'lighting along footpaths and cycle routes', 'parenting support programmes', 'the follow-up of income support',
    'the social sustainability assessment', 'emergency preparedness', 'child-rights-based decision making', 'the night patrols in the town centre'],
  districts: ['Northfield', 'East Harbour', 'Millbrook', 'South Hill', 'Kingsmead', 'Westside', 'Birchwood', 'Oakdale', 'Riverside', 'Pinehurst',
    'Old Town', 'Sunnyvale', 'Hawthorn', 'Meadowbank', 'Ashford'],
  times: ['during 2027', 'by 30 June 2028', 'every quarter', 'within the budget year', 'over the strategy period', 'twice a year',
    'alongside the annual report', 'before the end of 2029', 'on an ongoing basis', 'at each interim report'],
  purposes: ['to improve community safety', 'to reduce segregation', 'so that more young people complete upper secondary school', 'to shorten processing times',
    'to meet the national public health targets', 'so that resources go where the need is greatest', 'to build trust in the council',
    'to prevent mental ill health', 'to reduce energy use', 'so that more residents become self-supporting'],
  openers: ['Therefore', 'At the same time', 'In addition', 'In this work', 'Over the strategy period', 'Based on the local assessment', 'As a first step',
    'In the longer term', 'Within the existing budget', 'In line with council guidance'],
  indicators: ['the share of pupils passing all subjects', 'the share of residents who feel safe outdoors after dark', 'the number of safeguarding referrals for children',
    'the share of households receiving income support', 'the number of reported crimes per 1,000 residents', 'the share of young people not in education, employment or training',
    'the waiting time for income support', 'the share of staff on permanent contracts'],
  laws: ['section 17 of the Children Act 1989', 'section 1 of the Localism Act 2011', 'section 26 of the Counter-Terrorism and Security Act 2015',
    'section 149 of the Equality Act 2010', 'section 42 of the Care Act 2014', 'section 6 of the Crime and Disorder Act 1998'],
  topics: ['Introduction', 'Aims and objectives', 'Prevention', 'Safety in public spaces', 'Schools and leisure', 'The role of social services', 'Partnership working',
    'Employment and income', 'Housing', 'Skills and training', 'Monitoring and analysis', 'Finance', 'Roles and responsibilities', 'Communication',
    'Exit and reintegration', 'Support for families', 'Information sharing', 'Delivery'],
  listIntros: ['The council prioritises the following measures', 'The work includes, among other things', 'Departments will in particular',
    'Progress is monitored through', 'Measures include, e.g.', 'The following partners take part'],
  group: ['young adults', 'single parents', 'older people receiving home care', 'pupils in years 7 to 9', 'newly arrived families', 'disabled residents',
    'long-term unemployed residents', 'pre-school children'],
};

// Sentences about eligibility: what Policy Lens is about. Some are ambiguous on purpose (a disjunction
// that makes leaving optional, support without a condition), some are well-formed.
const SV_CLAUSES = [
  (r, L) => `När en person vill lämna en våldsbejakande extremistisk gruppering eller kommer hem från strider utomlands är det avgörande med anpassade insatser i ${r.pick(L.districts)}.`,
  (r) => `Kommunen erbjuder hemvändare ${r.pick(['samtalsstöd', 'hjälp att hitta bostad', 'försörjningsstöd', 'en kontaktperson', 'stöd att söka arbete'])} ${r.pick(['under det första året', 'utan dröjsmål', 'i samverkan med regionen', 'efter en individuell bedömning'])}.`,
  (r) => `Stöd ges till personer som vill lämna en kriminell gruppering eller har deltagit i strider för ${r.pick(['terrororganisationer', 'väpnade grupper', 'en våldsbejakande rörelse'])}.`,
  (r) => `Den som har lämnat den våldsbejakande miljön och tagit avstånd från dess ideologi erbjuds ${r.pick(['stöd genom avhopparverksamheten', 'boende och sysselsättning', 'psykosocialt stöd', 'en mentor'])}.`,
  (r) => `Stödet är frivilligt och bygger på ${r.pick(['individens egen motivation', 'ett samtycke som kan återkallas', 'en överenskommelse med socialtjänsten'])}.`,
  // Not a definition of the target group ("Med målgruppen avses …"): one of those anywhere covers every
  // clause of the document, and a generated document would then have no findings at all.
  (r) => `Målgruppen ska erbjudas stöd i form av ${r.pick(['mentorskap', 'praktikplatser', 'samtal med en kurator', 'hjälp med bostad'])} ${r.pick(['under hela perioden', 'i alla stadsdelar', 'från och med 2027'])}.`,
  (r) => `Insatser bör ${r.pick(['i möjligaste mån', 'om möjligt', 'troligen'])} förutsätta att personen tar avstånd från våld.`,
  (r) => `Unga som riskerar att dras in i ${r.pick(['kriminella nätverk', 'våldsbejakande miljöer', 'gängkriminalitet'])} erbjuds ${r.pick(['fritidsaktiviteter', 'sommarjobb', 'stöd av fältassistenter', 'samtal med elevhälsan'])}.`,
  (r) => `Under förutsättning att personen har brutit med ${r.pick(['gänget', 'miljön', 'rörelsen'])} kan kommunen erbjuda förtur till bostad.`,
  (r) => `Anhöriga till personer som har rest till konfliktområden erbjuds ${r.pick(['rådgivning', 'samtalsstöd', 'stöd i föräldraskapet'])}.`,
];
const EN_CLAUSES = [
  (r, L) => `The council offers housing, employment support and counselling to people who want to leave a violent extremist group or who return from fighting abroad, starting in ${r.pick(L.districts)}.`,
  (r) => `Returnees receive ${r.pick(['income support', 'help to find accommodation', 'a named key worker', 'mentoring', 'support to find work'])} ${r.pick(['during the first year', 'without delay', 'together with the health authority', 'after an individual assessment'])}.`,
  (r) => `Support is offered to people who want to leave a criminal gang or who have fought for ${r.pick(['terrorist organisations', 'armed groups', 'a violent movement'])}.`,
  (r) => `Support for people who have left a criminal gang is offered through the exit programme, on condition that they have renounced violence and ${r.pick(['stopped offending', 'ended contact with the gang', 'accepted a support plan'])}.`,
  (r) => `Support is available on a voluntary basis and depends on ${r.pick(['the person\'s own motivation', 'consent that can be withdrawn', 'an agreement with social services'])}.`,
  (r) => `The target group will be offered ${r.pick(['mentoring', 'work placements', 'sessions with a counsellor', 'help with housing'])} ${r.pick(['throughout the period', 'in every district', 'from 2027'])}.`,
  (r) => `Measures should ${r.pick(['where possible', 'as far as practicable', 'probably'])} require that the person renounces violence.`,
  (r) => `Young people at risk of being drawn into ${r.pick(['criminal networks', 'violent extremist milieus', 'gang crime'])} are offered ${r.pick(['leisure activities', 'summer jobs', 'support from detached youth workers', 'sessions with the school nurse'])}.`,
  (r) => `Provided that the person has broken with ${r.pick(['the gang', 'the milieu', 'the movement'])}, the council may offer priority for housing.`,
  (r) => `Relatives of people who have travelled to conflict zones are offered ${r.pick(['advice', 'counselling', 'parenting support'])}.`,
];

function svSentence(r, L) {
  const d = r.pick(L.districts), y = r.int(2019, 2025), p1 = r.int(40, 80), p2 = p1 + r.int(-9, 12);
  switch (r.int(0, 13)) {
    case 0: return `${cap(r.pick(L.actors))} ${r.pick(L.verbs)} ${r.pick(L.objects)} ${r.pick(L.times)}.`;
    case 1: return `${r.pick(L.openers)} ${r.pick(['ska', 'bör', 'kommer att'])} ${r.pick(L.actors)} i samverkan med ${r.pick(L.partners)} ${r.pick(['utveckla', 'stärka', 'följa upp', 'prioritera'])} ${r.pick(L.objects)} ${r.pick(L.purposes)}.`;
    case 2: return `${cap(r.pick(L.indicators))} ${p2 >= p1 ? 'ökade' : 'minskade'} från ${p1} till ${p2} procent mellan ${y} och ${y + r.int(1, 3)} i ${d}.`;
    case 3: return `Enligt ${r.pick(L.laws)} ska kommunen ${r.pick(['verka för att', 'sträva efter att', 'se till att'])} ${r.pick(L.group)} får det stöd och den hjälp som de behöver.`;
    case 4: return `Arbetet i ${d} visar att ${r.pick(L.objects)} ger bäst resultat när ${r.pick(L.partners)} deltar från början, t.ex. i ${r.pick(['gemensamma lägesbilder', 'trygghetsvandringar', 'samrådsmöten', 'medborgardialoger'])}.`;
    case 5: return `Kostnaden beräknas till ${r.int(2, 95)},${r.int(1, 9)} mnkr ${r.pick(['per år', 'för hela perioden', 'under 2027'])} och finansieras ${r.pick(['inom befintlig ram', 'genom statsbidrag', 'via omfördelning mellan nämnderna', 'delvis av regionen'])}.`;
    case 6: return `${cap(r.pick(L.group))} i ${d} ${r.pick(['har ofta', 'saknar ibland', 'efterfrågar'])} ${r.pick(['kontakt med vuxna utanför skolan', 'information på lättläst svenska', 'en tydlig väg in till kommunen', 'stöd under kvällstid'])}.`;
    case 7: return `${cap(r.pick(L.actors))} ${r.pick(['redovisar', 'rapporterar'])} resultatet till kommunstyrelsen ${r.pick(L.times)}, bl.a. med ${r.pick(L.indicators)}.`;
    case 8: return `Det finns ${r.pick(['inga', 'få', 'flera'])} ${r.pick(['nationella', 'lokala', 'jämförbara'])} studier som belyser ${r.pick(L.objects)} i kommuner av vår storlek (se bilaga ${r.int(1, 9)}).`;
    case 9: return `Mötet hålls kl. ${r.int(8, 18)}.${r.pick(['00', '15', '30'])} i ${r.pick(['stadshuset', 'medborgarkontoret', 'biblioteket'])} i ${d}, och ${r.pick(L.partners)} m.fl. bjuds in.`;
    case 10: return `*${cap(r.pick(L.objects))}* är ett av kommunens ${r.int(3, 7)} prioriterade områden ${r.pick(L.purposes)}.`;
    case 11: return `Mer information finns i [${r.pick(['handlingsplanen', 'lägesrapporten', 'riktlinjerna'])} för ${d}](https://kommun.example.se/${d.toLowerCase().replace(/[^a-zåäö]+/g, '-')}/${y}).`;
    case 12: return `Varje insats ska ha ett mätbart mål, en ansvarig förvaltning och en tidsplan som följs upp ${r.pick(L.times)}.`;
    default: return `${cap(r.pick(L.partners))} bidrar med ${r.pick(['statistik', 'kunskap om målgruppen', 'personal', 'lokaler', 'finansiering'])} medan ${r.pick(L.actors)} ${r.pick(L.verbs)} ${r.pick(L.objects)}.`;
  }
}

function enSentence(r, L) {
  const d = r.pick(L.districts), y = r.int(2019, 2025), p1 = r.int(40, 80), p2 = p1 + r.int(-9, 12);
  switch (r.int(0, 13)) {
    case 0: return `${cap(r.pick(L.actors))} ${r.pick(L.verbs)} ${r.pick(L.objects)} ${r.pick(L.times)}.`;
    case 1: return `${r.pick(L.openers)}, ${r.pick(L.actors)} ${r.pick(['will', 'should', 'is expected to'])} work with ${r.pick(L.partners)} to ${r.pick(['develop', 'strengthen', 'monitor', 'prioritise'])} ${r.pick(L.objects)} ${r.pick(L.purposes)}.`;
    case 2: return `${cap(r.pick(L.indicators))} ${p2 >= p1 ? 'rose' : 'fell'} from ${p1} to ${p2} per cent between ${y} and ${y + r.int(1, 3)} in ${d}.`;
    case 3: return `Under ${r.pick(L.laws)} the council must ${r.pick(['work to ensure', 'take reasonable steps to ensure', 'make sure'])} that ${r.pick(L.group)} receive the support and help they need.`;
    case 4: return `Experience in ${d} shows that ${r.pick(L.objects)} works best when ${r.pick(L.partners)} take part from the start, e.g. in ${r.pick(['joint situation reports', 'community safety walks', 'consultation meetings', 'residents\' panels'])}.`;
    case 5: return `The cost is estimated at £${r.int(1, 40)}.${r.int(1, 9)} million ${r.pick(['per year', 'for the whole period', 'in 2027'])} and is funded ${r.pick(['within the existing budget', 'by a government grant', 'by reallocation between committees', 'partly by the health authority'])}.`;
    case 6: return `${cap(r.pick(L.group))} in ${d} ${r.pick(['often have', 'sometimes lack', 'ask for'])} ${r.pick(['contact with adults outside school', 'information in plain English', 'a clear way into council services', 'support in the evenings'])}.`;
    case 7: return `${cap(r.pick(L.actors))} ${r.pick(['reports', 'presents'])} the results to the executive committee ${r.pick(L.times)}, among other things with ${r.pick(L.indicators)}.`;
    case 8: return `There are ${r.pick(['no', 'few', 'several'])} ${r.pick(['national', 'local', 'comparable'])} studies of ${r.pick(L.objects)} in councils of our size (see appendix ${r.int(1, 9)}).`;
    case 9: return `The meeting is held at ${r.int(8, 18)}.${r.pick(['00', '15', '30'])} in ${r.pick(['the town hall', 'the community hub', 'the library'])} in ${d}, and ${r.pick(L.partners)} et al. are invited.`;
    case 10: return `*${cap(r.pick(L.objects))}* is one of the council's ${r.int(3, 7)} priority areas ${r.pick(L.purposes)}.`;
    case 11: return `More information is in the [${r.pick(['action plan', 'progress report', 'guidance'])} for ${d}](https://council.example.org/${d.toLowerCase().replace(/[^a-z]+/g, '-')}/${y}).`;
    case 12: return `Each measure must have a measurable aim, a responsible department and a timetable that is reviewed ${r.pick(L.times)}.`;
    default: return `${cap(r.pick(L.partners))} contribute ${r.pick(['statistics', 'knowledge of the target group', 'staff', 'premises', 'funding'])} while ${r.pick(L.actors)} ${r.pick(L.verbs)} ${r.pick(L.objects)}.`;
  }
}

function wrap(text, width, indent = '') {
  if (width <= 0) return text;
  const words = text.split(' ');
  const lines = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) { lines.push(line); line = indent + w; } else line = line ? line + ' ' + w : w;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

function paragraph(r, lang, L) {
  const sentence = lang === 'sv' ? svSentence : enSentence;
  const clauses = lang === 'sv' ? SV_CLAUSES : EN_CLAUSES;
  const n = r.int(2, 6);
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(sentence(r, L));
  if (r.chance(1 / 12)) parts.splice(r.int(0, parts.length), 0, r.pick(clauses)(r, L));
  return parts.join(' ');
}

function listBlock(r, lang, L) {
  const numbered = r.chance(0.3);
  const items = [];
  const n = r.int(3, 7);
  for (let i = 0; i < n; i++) {
    const bullet = numbered ? `${i + 1}. ` : '- ';
    let item;
    if (lang === 'sv') item = r.chance(0.5) ? `${cap(r.pick(['utveckla', 'följa upp', 'stärka', 'kartlägga', 'samordna']))} ${r.pick(L.objects)} i ${r.pick(L.districts)}` : svSentence(r, L);
    else item = r.chance(0.5) ? `${cap(r.pick(['develop', 'monitor', 'strengthen', 'map', 'coordinate']))} ${r.pick(L.objects)} in ${r.pick(L.districts)}` : enSentence(r, L);
    if (r.chance(0.06)) item = (lang === 'sv' ? SV_CLAUSES : EN_CLAUSES)[r.int(0, 9)](r, L);
    items.push(bullet + wrap(item, r.chance(0.7) ? 100 : 0, ' '.repeat(bullet.length)));
  }
  const where = lang === 'sv' ? `i ${r.pick(L.districts)} ${r.pick(L.times)}` : `in ${r.pick(L.districts)} ${r.pick(L.times)}`;
  return `${r.pick(L.listIntros)} ${where}:\n\n${items.join('\n')}`;
}

function tableBlock(r, lang, L) {
  const head = lang === 'sv' ? '| Indikator | Utgångsläge | Mål 2030 | Ansvarig |' : '| Indicator | Baseline | Target 2030 | Owner |';
  const rows = [head, '| --- | ---: | ---: | --- |'];
  for (let i = r.int(3, 6); i > 0; i--) rows.push(`| ${cap(r.pick(L.indicators))} | ${r.int(10, 90)} | ${r.int(10, 95)} | ${cap(r.pick(L.actors))} |`);
  return rows.join('\n');
}

function quoteBlock(r, lang, L) {
  const body = lang === 'sv'
    ? `Av ${r.pick(L.laws)} framgår att kommunen har det yttersta ansvaret för att ${r.pick(L.group)} och andra som vistas i kommunen får det stöd och den hjälp som de behöver ${r.pick(L.times)}.`
    : `${cap(r.pick(L.laws))} places a duty on the council to ensure that ${r.pick(L.group)} and others in its area receive the support and help they need ${r.pick(L.times)}.`;
  return wrap(body, 90).split('\n').map((l) => '> ' + l).join('\n');
}

/**
 * A Markdown document of about `bytes` UTF-8 bytes (it stops at the first block boundary at or past
 * the target, so it is at most one block longer).
 */
export function generateDocument({ lang, bytes, seed }) {
  const r = rng(seed);
  const L = lang === 'sv' ? SV : EN;
  const title = lang === 'sv' ? `# Strategi för trygghet och social hållbarhet ${r.int(2026, 2028)}–${r.int(2030, 2035)}` : `# Community safety and social sustainability strategy ${r.int(2026, 2028)}–${r.int(2030, 2035)}`;
  const blocks = [title];
  let size = Buffer.byteLength(title) + 2;
  let chapter = 0, sub = 0, sinceHeading = 99;
  while (size < bytes) {
    let b;
    if (sinceHeading > r.int(3, 9)) {
      if (sub >= r.int(2, 5) || chapter === 0) { chapter++; sub = 0; b = `## ${chapter}. ${r.pick(L.topics)}`; } else { sub++; b = `### ${chapter}.${sub} ${r.pick(L.topics)} ${lang === 'sv' ? 'i' : 'in'} ${r.pick(L.districts)}`; }
      sinceHeading = 0;
    } else {
      const k = r.next();
      if (k < 0.14) b = listBlock(r, lang, L);
      else if (k < 0.16) b = tableBlock(r, lang, L);
      else if (k < 0.18) b = quoteBlock(r, lang, L);
      else { const p = paragraph(r, lang, L); b = wrap(p, r.chance(0.75) ? r.int(72, 110) : 0); }
      sinceHeading++;
    }
    blocks.push(b);
    size += Buffer.byteLength(b) + 2;
  }
  return blocks.join('\n\n') + '\n';
}

/** Share of distinct blocks (paragraphs, list items' blocks, headings) in a document: 1 means no repeats. */
export function distinctBlockRatio(text) {
  const blocks = text.split(/\n{2,}/).filter((b) => b.trim());
  return new Set(blocks).size / blocks.length;
}

/** Writes `count` small documents (minBytes–maxBytes each, half Swedish, half English) into `dir`; returns their total bytes. */
export function generateCorpus({ dir, count, minBytes, maxBytes, seed, writeFile }) {
  const r = rng(seed);
  let total = 0;
  for (let i = 0; i < count; i++) {
    const lang = i % 2 ? 'en' : 'sv';
    const text = generateDocument({ lang, bytes: r.int(minBytes, maxBytes), seed: seed * 7919 + i });
    const name = `${String(i).padStart(4, '0')}-${lang}.md`;
    writeFile(`${dir}/${name}`, text);
    total += Buffer.byteLength(text);
  }
  return total;
}
