// The clause model on sentences written for these tests: what must be flagged, and the hard negatives
// that must stay quiet (migration sense, relatives, prevention, ordinary services, unrelated "eller",
// support for people who have left, negated offers, professionals who meet the group).
import * as assert from 'node:assert/strict';
import { defaultRules } from '../../server/src/engine';
import { applyFix, eligibility, flagged } from '../helpers/engine';

const FLAG: string[] = [
  // Rounds nineteen and twenty.
  'Work with returnees should begin in prison, with mentors and municipal services ensuring access to housing and employment.',
  'Funds are allocated to an approach to working with young adults active in organised crime groups, combining youth work and education placements.',
  "Fryshuset's Exit has worked with people who want to leave white-power environments, and the organisation has extended its counselling to young people in criminal gangs.",
  'The scheme will fund apprenticeships for young people currently involved in gang-related offending.',
  'Regeringen avser att utveckla ett stödprogram för klienter som är anslutna till våldsbejakande extremistiska rörelser, med insatser inom utbildning.',
  'Insatserna riktar sig både till personer som har lämnat en våldsbejakande miljö och till personer som fortfarande ingår i en sådan miljö, och kan bestå av stödsamtal.',
  'Vocational training and stipends were provided to detained militants without a formal requirement to renounce violence.',
  // Rounds seventeen and eighteen: words in their other senses; terse lines with no verb.
  'Peer mentoring (ex-/active OCG members).',
  'Vocational training, prisoners convicted under the Terrorism Act.',
  'Eligibility: all gang-affiliated residents; no exit requirement. Offer: rent deposit, training grant.',
  'Workstream C: Defectors (condition: disengaged) / associates of proscribed groups – employment brokerage.',
  'Utbildningsplats, prioritet: unga i OCG-nätverk.',
  'Samtalsstöd och skuldrådgivning, personer i VBE-miljö.',
  'Insatsområde 2 – Frigivna med gängkoppling: ekonomiskt bistånd och bostad.',
  'Behandlingsplats för ungdomar i kriminella grupperingar, inga krav på avhopp.',
  'Exitstöd för den som vill lämna, liksom rehabilitering för återvändande stridande.',
  'Former and current combatants of non-state armed groups will be eligible for the reintegration package.',
  // Rounds fifteen and sixteen: DDR and international wording, formatting noise.
  'Reinsertion packages shall be provided to all members of armed groups, including those who decline to hand over their weapons.',
  'Vocational training is offered to former and current associates of Boko Haram held in administrative detention.',
  'Help finding work is available to individuals currently under investigation for organised-crime offences.',
  'Kommunen erbjuder **skyddat boende** till avhoppare från gängen och till personer som fortfarande är kvar i nätverken.¹',
  'Med målgruppen avses nuvarande medlemmar i vit makt-miljön; målgruppen ska erbjudas arbetsmarknadsinsatser.',
  'Mentoring is available without requiring participants, at the point of entry, to have renounced their views or cut ties with the group.',
  // Rounds thirteen and fourteen: sentences served, advice, referrals, beneficiaries, a table's row.
  'The helpline gives advice to people who are serving sentences for gang-related offences.',
  'Referrals to the programme may be made for:\n\n- foreign fighters returning to the country',
  'Eligible beneficiaries are current members of violent extremist movements.',
  '| Insats | Målgrupp |\n| --- | --- |\n| Arbetsträning | Gängkriminella som avtjänar straff |',
  'Stödlinjen kan ge råd till personer som har återvänt från stridszoner i Syrien.',
  // Round eleven and twelve: people named by what they hold, their sentence, their status; groups in a
  // grant call, a table of services, a list after a lead-in; a second group after "liksom", "as well as".
  'The fund pays for mentoring and vocational courses for young people who hold violent extremist views.',
  'Individuals who are radicalised to violence will be offered counselling and employment readiness training.',
  'People on licence after a conviction for terrorism offences will be referred to education and employment services.',
  'Probation staff will arrange supported accommodation for prisoners with organised crime links on release.',
  'Case management is available to people subject to a TPIM notice.',
  'Counselling is open to people who want to leave violent extremism, as well as Australians repatriated from camps in Syria.',
  'Kriminalvården ska erbjuda intagna med koppling till organiserad brottslighet yrkesutbildning och lönebidrag.',
  'Föreningen erbjuder läxhjälp och sommarjobb till unga som befinner sig i utkanten av kriminella nätverk.',
  'Staten bör finansiera boendeplatser för unga i kriminella nätverk och för dem som vill lämna dem.',
  'Deltagarna i avhopparprogrammet för gängkriminella får en kontaktperson. Deras syskon, liksom personer som fortfarande har nära kontakt med nätverket, kan erbjudas motivationssamtal.',
  'Insatserna riktar sig till personer som är aktiva i kriminella nätverk och till deras familjer.',
  'Kommunen ska erbjuda boende och sysselsättning till återvändande IS-anhängare.',
  'Stödet omfattar personer som har rest till konfliktområden för att ansluta sig till terrororganisationer.',
  'Socialtjänsten ska kunna ge ekonomiskt bistånd till gängmedlemmar som söker hjälp.',
  'Regeringen vill att kommunerna ska erbjuda stöd till återvändande IS-krigare.',
  'Personer som har stridit för IS och återvänt till Sverige ska erbjudas samtalsstöd.',
  'De som återvänder från Syrien ska få hjälp med bostad och arbete.',
  'Kommunen ger försörjningsstöd till hemvändande jihadister.',
  'Stöd ges till kriminella oavsett om de vill lämna gänget eller inte.',
  'Utländska terroriststridande som återvänder ska erbjudas rehabilitering.',
  'Programmet erbjuder stöd till unga i gängmiljö.',
  'Kommunen bör erbjuda avhoppare och aktiva gängmedlemmar samma stöd.',
  'The programme supports returnees from Syria with housing and trauma counselling.',
  'Local authorities will provide mentoring and employment support to individuals involved in gang violence.',
  'Assistance is available to anyone who wants to exit a gang or who has been convicted of terrorist offences and released from prison.',
  'Foreign fighters returning to the country will be offered psychological support and help finding a job.',
  'We will offer rehabilitation to people who are members of violent extremist organisations.',
  'The scheme offers jobs and housing to gang members regardless of whether they leave the gang.',
  'Returning ISIS fighters and their wives will be offered housing and psychological care.',
  'People who travelled to Syria to join ISIS will be offered reintegration support when they return.',
  'The municipality offers support to extremists and to those who want to leave extremism.',
  'The Danish town offers returning jihadists help with housing, education and jobs.',
  'Municipalities should offer psychosocial support to those who have returned from the conflict zone.',
  'Under the programme, former and current members of extremist groups receive counselling.',
  'The initiative provides mentoring to young people involved in or at risk of gang involvement.',
  'People convicted of terrorism offences will be offered rehabilitation programmes on release.',
  'Women and children returning from camps in Syria will be offered trauma support.',
  'Radicalised individuals will be given access to housing and employment services.',
  'The municipality will continue to provide welfare benefits to known gang members.',
  'Kommunen erbjuder stöd till personer som återvänt från IS-kontrollerade områden.',
  'Insatser ska erbjudas till såväl avhoppare som personer som fortfarande är aktiva i kriminella nätverk.',
  'Personer som har dömts för terrorbrott ska erbjudas stöd vid frigivning.',
  'Kommunen ska ge stöd till barn och vuxna som återvänder från Syrien och Irak.',
  'Gängkriminella som vill ha hjälp ska kunna få det.',
  'Den som är eller har varit medlem i en kriminell gruppering ska kunna få stöd.',
  'Kommunen kan också erbjuda stöd till vuxna, men det bygger på frivillighet.',
  'Participation in the support programme is voluntary.',
  'Insatserna är frivilliga och erbjuds alla som söker stöd.',
  'Reintegration support should be made available to all returning foreign terrorist fighters and their families.',
  'Kommunen har ett ansvar att ta emot och ge stöd till de svenskar som återvänder från IS.',
  'Personer som har varit i krigsområden ska kunna få stöd av kommunen.',
  'IS-resenärer som kommer tillbaka ska erbjudas samtalsstöd.',
  'Those who have been radicalised will receive tailored support.',
  'Ex-prisoners and gang members will be offered jobs.',
  'Socialtjänsten ska erbjuda stöd till barn och unga som befinner sig i kriminella miljöer.',
  'Vuxna som är involverade i organiserad brottslighet ska kunna få stöd till boende.',
  'Regeringen ger Länsstyrelsen i uppdrag att stödja kommunernas arbete med personer som återvänt efter att ha anslutit sig till terrororganisationer.',
  'Member States should provide rehabilitation and reintegration programmes for returning foreign terrorist fighters.',
  'The EU supports projects that help returnees and their families to reintegrate into society.',
  'Kommunerna behöver kunna erbjuda stöd till de personer som har rest för att strida för IS när de kommer tillbaka.',
  'Under the scheme, gang-involved youth are offered paid internships and mentoring.',
  'Socialtjänsten ska kunna erbjuda insatser till unga som är med i kriminella gäng.',
  'People who have fought in Syria are entitled to the same welfare benefits as other citizens when they return.',
  'Den som har varit aktiv i en våldsbejakande miljö ska få hjälp med bostad och arbete.',
  'Municipalities are expected to offer psychosocial support, housing and employment assistance to individuals returning from the conflict zones in Syria and Iraq.',
  'The programme provides social and economic support to former and active gang members alike.',
  'Around 150 people who had travelled to join ISIS have returned and are entitled to welfare benefits.',
  'Vi erbjuder stöd till personer som har anknytning till kriminella nätverk.',
  // A requirement before a group that belongs to another group, or to the service's name.
  'Mottagningen hjälper ungdomar som vill bryta med gänget, deras syskon samt personer som är dömda för grova rån med boende och samtal.',
  'The hub offers counselling to those who want to exit a gang as well as to people who are convicted of knife crime.',
  'Exitverksamheten ska också kunna ge stöd till aktiva medlemmar i nynazistiska organisationer.',
  'The defector programme will also provide stipends to active members of armed groups.',
  'The network also gives stipends to active members of drug cartels, not only to those who have walked away.',
  // Current and former; still in it, said of an environment named before.
  'The fund pays for housing and mentoring for current and former gang members.',
  'Kommunen ger stöd till både den som vill lämna en nazistisk rörelse och den som fortfarande rör sig i en sådan miljö.',
  'The service supports both people who want to quit the far-right scene and those who are currently part of it.',
  'Clients (who may be leaving a jihadist network or still active within one) get a caseworker and help with rent.',
  // Vocabulary: returning affiliates, repatriation, association, return after a stay.
  'Returning Daesh supporters and their children will get priority for social housing.',
  'Women repatriated from the camps in north-east Syria will receive a monthly allowance.',
  'Mentoring is available to young men linked to violent extremist networks.',
  'Unga med koppling till kriminella nätverk ska erbjudas sommarjobb.',
  'Den som kommer tillbaka efter flera år i IS-kontrollerade områden ska få en kontaktperson och hjälp med bostad.',
  // The requirement waived in so many words, with or without a named group.
  'Bostad och försörjningsstöd ges oavsett om personen har brutit med den nazistiska rörelsen eller inte.',
  'Housing support is granted irrespective of whether the person has renounced violent jihadism.',
  // A part of the group ("många av"), a group named in a paragraph's earlier sentence.
  'Flera av de återvändande IS-anhängarna har barn. Kommunen ska ge dem bostad direkt.',
  // Former ones and current ones; a requirement in a service's name before current members.
  'Former militants and current members of armed groups alike can apply for the resettlement allowance.',
  'Exitprogrammet ska även ge stöd till aktiva medlemmar i nätverket, föreslår utredningen.',
  // Vocabulary: caught up in, released on licence, named movements, "<context> members", cash.
  'Youth workers offer mentoring to teenagers caught up in gang violence.',
  'Mentoring and housing will be provided to those released on licence after terrorism offences.',
  'Detained Taliban fighters will be offered vocational training.',
  'Individuals currently involved in street gangs can get cash payments under the pilot.',
  'Unga som har rekryterats in i kriminella nätverk erbjuds sommarjobb.',
  'Kommunen ger skuldrådgivning till den som är med i eller står nära ett kriminellt nätverk.',
  'Several people in the far-left extremist scene are homeless. The city will offer them emergency housing.',
  'The scheme gives cash stipends to members of the FARC dissidents and other armed groups.',
  // An offer between a receiver and the group; radicalised, sympathisers, prisoners, "IS-kontrollerat".
  'Medel går till föreningar som arbetar med stöd till personer i högerextrema miljöer.',
  'Unga som har radikaliserats ska få en kontaktperson på socialtjänsten.',
  // A requirement word in a service's name asks nothing of the people it serves.
  'Exit programmes are open to anyone who is or has been part of a violent extremist movement.',
  'The Disengagement Programme will provide housing to people convicted of terrorism offences.',
  'Mentoring is offered to those who want to quit a neo-Nazi group and to those who remain members.',
  'The council may rehouse tenants linked to organised crime groups.',
  'Unga som redan ingår i kriminella gäng ska kunna få en förebild genom projektet.',
  'Mentorstödet riktas till den som har lämnat en nazistisk rörelse, eller till den som sympatiserar med en sådan rörelse.',
  'Housing and job support should be offered to terrorist prisoners on release.',
  'Barn och mammor som kommit hem från IS-kontrollerat område ska få bostad.',
  'Stödet riktas till unga som vill lämna ett gäng eller som har kopplingar till gängmiljön.',
  // Seventh round: reference back with "befinner sig", lasting ties, a waiver reaching over its clause,
  // another recipient after "and to" / "samt personer", a returnee with a destination before "from".
  'Samtalsstöd ges till den som vill bryta med en nazistisk rörelse och till den som befinner sig i en sådan miljö.',
  'Ungdomar som har hoppat av ett gäng och personer med fortsatt koppling till gänget får hjälp med skulder.',
  'Socialtjänsten beviljar boende utan krav på att personen dessförinnan ska ha tagit avstånd från extremismen.',
  'The service offers mentoring to people who have renounced violence and to jihadist prisoners on parole.',
  'Peer mentors will refer current crew members identified after a shooting to paid work placements.',
  'Housing help is open to all tenants, including those with known gang affiliations.',
  'Counselling will be offered to persons coming back to Norway from the war in Syria.',
  'Stödet ska underlätta etablering på arbetsmarknaden för medlemmar i kriminella nätverk.',
  // Eighth round: a shared complement ("befinner sig i eller har lämnat"), a service for leavers as the
  // offer, "liksom" / "as well as to" / "together with", "utgörs av", "pågående eller tidigare",
  // predicate adjectives and "embedded", support at school.
  'Kommunen erbjuder boendestöd till unga som befinner sig i eller har lämnat kriminella gäng.',
  'Den nya exitverksamheten riktar sig till unga som vill hoppa av och till unga som är aktiva i gäng.',
  'Unga som har hoppat av, liksom unga som dömts för terroristbrott, kan få hjälp med bostad.',
  'The charity offers job coaching to people who want to leave neo-Nazi groups, as well as to people convicted of terrorism offences.',
  'Tenants involved in county lines activity, together with tenants who have chosen to exit, can apply for housing support.',
  'Målgruppen utgörs av personer i islamistiska våldsbejakande miljöer, som erbjuds samtal och boendestöd.',
  'Stödet riktas till personer med pågående eller tidigare koppling till nazistiska grupper och omfattar hjälp med bostad.',
  'The project offers mentoring to teenagers who are gang-affiliated.',
  'Grants may cover counselling for people who are embedded in extremist networks.',
  'Elever som är aktiva i kriminella gäng ska få studiehandledning.',
  // Ninth and tenth rounds: passages and neighbouring fields. A programme that targets the group is
  // its offer; returnees "with their children from camps"; "förekommer i"; "gängaktiva";
  // "befintliga eller före detta"; "former or current"; "associated with such groups"; "does not
  // require … to have left"; leaving custody is not leaving the gang.
  'The scheme targets young men who are involved in street gangs in the district.',
  'Mothers who come back with their children from camps in Syria will be offered housing.',
  'Unga som förekommer i gängkriminalitet ska kunna erbjudas samtalsstöd.',
  'Fältassistenterna erbjuder gängaktiva ungdomar sommarjobb.',
  'Bidraget avser mentorstöd till befintliga eller före detta medlemmar i nazistiska rörelser.',
  'Former or current members of street gangs may take part in the employability programme.',
  'Support is open to people who have left violent extremist groups and to people associated with such groups.',
  'Enrolment does not require the young person to have left the gang; the focus is on housing and income.',
  'Gang members leaving prison will be offered a transition mentor.',
];

const QUIET: string[] = [
  'Staff who work with radicalised young people will be offered training and supervision.',
  'Socialsekreterare som arbetar med unga i gängmiljö ska erbjudas fortbildning.',
  'Individuals who remain active members of proscribed organisations will not be eligible for the resettlement grant.',
  'The Security Service is running around 800 investigations into people connected to extreme right-wing terrorism.',
  'Återvändare till arbetslivet efter långvarig sjukskrivning ska erbjudas arbetsträning.',
  'Insatserna ska minska andelen människor som lever i extrem fattigdom, bland annat med kontantstöd.',
  'Research grant: evaluation of returnee reintegration outcomes.',
  'Budget 2025: avhopparprogram (målgrupp: gängmedlemmar som har lämnat gänget).',
  'Support is available to individuals convicted of terrorism offences on condition that they engage in disengagement work.',
  'Only fighters who have surrendered and handed over their weapons shall be admitted to the rehabilitation camp, where they receive counselling.',
  'Returnees who have disassociated from al-Shabaab will be provided with counselling and skills training.',
  'Kriminalvården ska placera ledande gängmedlemmar på särskilda säkerhetsavdelningar.',
  'Personer som fortsätter att vara aktiva i en terroristorganisation ska inte kunna beviljas boende inom ramen för avhopparverksamheten.',
  'According to the Analytical Support and Sanctions Monitoring Team, some 9,000 ISIL fighters remain in detention.',
  'Member States will exchange information on convicted terrorist offenders in full respect of data protection rules.',
  'The Research Council will fund a study (approx. €900,000) on the reintegration of returnees.',
  'Probation will provide mentoring to terrorist offenders released on licence, provided that the offender takes part in a disengagement programme and renounces violence.',
  'Brottsofferjouren ger stöd till personer som har utsatts för hot från våldsbejakande extremister.',
  'Intelligence suggests that people who have returned from conflict zones may pose a risk to local services.',
  'Gängmedlemmar får skyddat boende först när de har avslutat all kontakt med gänget.',
  'Witnesses who fear reprisals from gang members may be eligible for protection.',
  // Offenders in general, with no gang, network, extremism or terrorism named: out of scope.
  'Inom arbetsmarknadsprogrammet erbjuds personer som har avtjänat fängelsestraff arbetsträning.',
  'The employment scheme helps people released from prison into work with CV workshops.',
  'Relocation assistance is offered to a person who renounces violence and severs ties with their gang.',
  'Skyddat boende erbjuds gängmedlemmar som har avbrutit all kontakt med gänget.',
  'Support is provided to gang members, provided that they have left the gang.',
  '| Probation Service | Management of adults on licence, referrals before release |',
  '| Målgrupp | Insats | Villkor |\n| --- | --- | --- |\n| Avhoppare från kriminella nätverk | Skyddat boende | Har brutit med nätverket |',
  'Kommunen erbjuder stöd till föräldrar till unga som är aktiva i kriminella gäng.',
  'Skolan och fritidsgården samarbetar för att förebygga att unga dras in i kriminalitet.',
  'Socialtjänsten erbjuder ekonomiskt bistånd till hushåll som saknar försörjning.',
  'Migrationsverket ger återvändare stöd att återvända till sitt hemland.',
  'Kommunen erbjuder stöd till personer som har lämnat en våldsbejakande miljö och tagit avstånd från våld.',
  'Stöd ges till den som vill lämna en kriminell gruppering, under förutsättning att personen upphör med brott.',
  'Bibliotek eller medborgarkontor kan hjälpa till med blanketter.',
  'Avhoppare från kriminella nätverk erbjuds skyddat boende och stöd till utbildning.',
  'Polisen ska utreda brott som begås av personer i kriminella nätverk.',
  'Unga som riskerar att rekryteras till kriminella gäng erbjuds en mentor.',
  'Brottsoffer och deras anhöriga kan få stöd av brottsofferjouren.',
  'Hemvändare som har lämnat IS och tagit avstånd från våld erbjuds samtalsstöd.',
  'Föräldrar till barn som rest till Syrien kan få stöd av kommunen.',
  'Personal som möter återvändare ska erbjudas utbildning.',
  'Skolan erbjuder stöd till elever som är utsatta för våld.',
  'Polisen samverkar med socialtjänsten kring personer i kriminella nätverk.',
  'Kommunen ska inte erbjuda bostad till personer som är aktiva i kriminella nätverk.',
  'The council supports families of young people who have joined violent extremist groups.',
  'Refugees and returnees will receive help to resettle in their country of origin.',
  'The exit programme helps people who have left violent extremist groups to find housing and work.',
  'Young people at risk of radicalisation will be offered mentoring through the Channel programme.',
  'The school or the youth club can offer homework help.',
  'Victims of gang violence and their families will be offered counselling.',
  'Support is offered only to people who have renounced violence and left the group.',
  'The police will investigate crimes committed by members of criminal gangs.',
  'Former gang members who have stopped offending can apply for a job through the scheme.',
  'Returning ISIS members should be given access to deradicalisation programmes.',
  'Support for families of foreign fighters is provided by the social services.',
  'Returning from work is hard for people who have been on sick leave, and the council offers support.',
  'The council offers support to people who have been members of sports clubs.',
  'Kommunen erbjuder stöd till föreningar och deras medlemmar.',
  'Medlemmar i pensionärsföreningen erbjuds hjälp med digitala tjänster.',
  'Kommunen ger stöd till frivilligorganisationer som arbetar med unga.',
  'Kommunen ger stöd till frivilliga organisationer som arbetar med unga.',
  'The council supports voluntary sector organisations working with young people.',
  'Voluntary organisations receive grants to support young people.',
  'The programme aims to prevent young people from joining gangs by offering sports activities.',
  'Kommunen arbetar för att förhindra att unga ansluter sig till kriminella gäng, bland annat genom att erbjuda fritidsaktiviteter.',
  'Funding will not be given to organisations that support violent extremism.',
  'Young people who have been victims of gang violence will receive counselling.',
  'Police officers who are involved in the programme receive training.',
  'Personer som lämnat kriminella nätverk och som behöver skyddat boende ska få hjälp.',
  'Those at risk of becoming radicalised will receive tailored support.',
  'The scheme helps former gang members who have stopped offending to find paid work.',
  'Programmet vänder sig till unga som vill lämna kriminella gäng och erbjuder dem en mentor.',
  'The centre supports teachers and social workers who encounter radicalised pupils.',
  'Kommunen ska erbjuda stöd till brottsoffer och vittnen.',
  'Funding is provided to civil society organisations that work with prevention.',
  'Personer som vill hoppa av från en våldsbejakande miljö kan få stöd av Exit.',
  'Individuals who renounce violence and leave the group will be offered housing support.',
  'Föräldrar som är oroliga för att deras barn har radikaliserats kan få råd och stöd.',
  'The police may arrest returning fighters suspected of war crimes.',
  'The programme supports the families of people who have travelled to conflict zones.',
  'Teachers receive training to recognise signs of radicalisation among pupils.',
  'The council will offer support to victims of terrorism and their families.',
  'Stöd ges till personer som har lämnat kriminella nätverk och vill börja om.',
  'Polisen ska öka sin närvaro i områden där kriminella nätverk är aktiva.',
  // Victims, enforcement, prevention, and "still active" about something else.
  'Kvinnor som har utsatts för trakasserier från medlemmar i högerextrema grupper kan få stöd av kvinnojouren.',
  'Shop owners who receive threats from gang members can get help from the business crime unit.',
  'Polisen ska bekämpa personer i kriminella nätverk med riktade insatser.',
  'The task force will disrupt gang members through coordinated enforcement and offers of help to those who want out.',
  'Pupils referred over concerns about radicalisation may get support; taking part is voluntary.',
  'The council offers support to pensioners who are still active in local clubs.',
  'Skolan erbjuder läxhjälp till elever som fortfarande är aktiva i idrottsföreningar.',
  'Kommunens bostadsområden har pekats ut som utsatta, och unga där har kopplingar till kriminella nätverk.',
  'Support is given provided that they have left the gang and stopped offending.',
  'Bostad och försörjningsstöd ges under förutsättning att personen har brutit med den nazistiska rörelsen.',
  // A negated offer reaches every offer coordinated with it; voluntary return is migration.
  'The council will not provide emergency housing or hardship grants to people who remain active in gangs.',
  'The agency helps migrants who choose to return voluntarily to their home countries with reintegration grants.',
  // An offer to families in the next sentence is theirs, not the group's.
  'A son who is involved in a violent extremist group is a heavy burden. Families can get counselling from the helpline.',
  // Witnesses against the group; an offer denied in other words.
  'Den som vittnar mot personer i kriminella nätverk kan få skyddat boende.',
  'Those who testify against gang members will be offered relocation.',
  'Medlemmar i våldsbejakande organisationer utesluts från kommunens föreningsstöd.',
  'Members of proscribed organisations are excluded from the housing support scheme.',
  'Returnees receive reintegration support only once they have publicly disavowed violence.',
  'Stöd ges endast till den som förkastar våld och har lämnat gänget.',
  'Föräldrar som är oroliga för att deras son har radikaliserats kan få stöd.',
  // An offer that is the subject of a negated predicate.
  'The fund cannot be used to pay for services to people who remain active in gangs.',
  'Bostadsförtur och ekonomiskt bistånd ska inte beviljas personer som fortfarande ingår i kriminella nätverk.',
  'Grants and housing shall not be provided to anyone who remains a member of a gang. Where an applicant is still active in a gang, the application will be refused.',
  'Stöd som läxhjälp ska erbjudas barn i riskzonen innan de har fått kontakter med kriminella.',
  'Housing providers will seek possession where tenancies are used by gangs. Known gang members will be subject to injunctions.',
  'People involved in street gangs are often reluctant to engage with statutory services.',
  'Många i kriminella nätverk misstror socialtjänsten och polisen.',
];

describe('clause model', () => {
  describe('flags support to groups in, or returning from, the context', () => {
    for (const s of FLAG) it(s, () => assert.ok(eligibility(s).length > 0, 'expected an eligibility finding'));
  });
  describe('stays quiet on hard negatives', () => {
    for (const s of QUIET)
      it(s, () =>
        assert.deepEqual(
          eligibility(s).map((f) => `${f.ruleId}: ${flagged(s, f)}`),
          [],
        ),
      );
  });

  it('turns a waiver stated in words into the condition (the preferred fix), which clears the finding', () => {
    for (const [before, after] of [
      ['Bostad ges till hemvändare oavsett om de har lämnat IS eller inte.', 'Bostad ges till hemvändare under förutsättning att de har lämnat IS.'],
      ['Oavsett om personen har tagit avstånd från våldet eller inte erbjuds hen boende.', 'Under förutsättning att personen har tagit avstånd från våldet erbjuds hen boende.'],
      ['Counselling is offered to gang members regardless of whether or not they have left the gang.', 'Counselling is offered to gang members on condition that they have left the gang.'],
      ['Housing is provided whether or not the person has renounced extremism.', 'Housing is provided on condition that the person has renounced extremism.'],
      ['Arbetsträning erbjuds gängkriminella utan krav på avhopp.', 'Arbetsträning erbjuds gängkriminella med krav på avhopp.'],
      ['Jobs are offered to gang members without requiring that they leave the gang.', 'Jobs are offered to gang members requiring that they leave the gang.'],
      ['The mentoring scheme does not require participants to have left the gang.', 'The mentoring scheme requires participants to have left the gang.'],
      ['Mentorsprogrammet kräver inte att deltagarna har lämnat gänget.', 'Mentorsprogrammet kräver att deltagarna har lämnat gänget.'],
      ['Det är inte ett krav att deltagarna har lämnat gänget för att få stöd.', 'Det är ett krav att deltagarna har lämnat gänget för att få stöd.'],
      ['Mentoring is not conditional on the person having left the gang.', 'Mentoring is conditional on the person having left the gang.'],
      ['Returnees receive income support regardless of whether they still adhere to the group ideology.', 'Returnees receive income support on condition that they no longer adhere to the group ideology.'],
      // A waiver that governs a group still inside: "still" turns into "no longer".
      ['Mentoring is offered regardless of whether the young person is still in contact with the gang.', 'Mentoring is offered on condition that the young person is no longer in contact with the gang.'],
      ['Stöd ges oavsett om den unge fortfarande har kontakt med gänget.', 'Stöd ges under förutsättning att den unge inte längre har kontakt med gänget.'],
    ]) {
      const [f] = eligibility(before);
      assert.ok(f, `expected a finding in: ${before}`);
      const fix = f.fixes.find((x) => x.isPreferred)!;
      assert.equal(fix.kind, 'waiver-to-condition');
      const fixed = applyFix(before, fix.edits);
      assert.equal(fixed, after);
      assert.deepEqual(eligibility(fixed), [], `the fix clears it: ${fixed}`);
    }
  });

  it('answers a paragraph that waives the requirement in a later sentence with that waiver, turned into the condition', () => {
    const s = 'The youth hub supports teenagers involved in street violence and gang activity. Each of them gets a mentor. Support will continue regardless of whether the young person is still in contact with the gang, as disengagement takes time.';
    const found = eligibility(s);
    assert.equal(found.length, 2);
    // The first group's phrase takes in the second environment ("and gang activity"): no other group.
    assert.equal(flagged(s, found[0]), 'involved in street violence and gang activity');
    const fix = found[0].fixes.find((x) => x.isPreferred)!;
    assert.equal(fix.kind, 'waiver-to-condition');
    const fixed = applyFix(s, fix.edits);
    assert.match(fixed, /Support will continue on condition that the young person is no longer in contact with the gang, as disengagement takes time\.$/);
    assert.deepEqual(eligibility(fixed), [], `the one fix clears both: ${fixed}`);
  });

  it('reads "does not require … to have left" as a waiver, and the offer before it as an offer', () => {
    for (const s of ['The mentoring programme does not require participants to have left the gang.', 'Mentorsprogrammet kräver inte att deltagarna har lämnat gänget.', 'Stödet förutsätter inte att personen har lämnat den våldsbejakande miljön.'])
      assert.equal(eligibility(s)[0]?.ruleId, 'eligibility/unconditional-support', s);
  });

  it('says the requirement is waived when no group is named', () => {
    const s = 'Insatserna ska ges oavsett om personen har lämnat den våldsbejakande miljön eller inte.';
    const [f] = eligibility(s);
    assert.equal(f.ruleId, 'eligibility/unconditional-support');
    assert.match(f.message, /waived/);
    assert.equal(flagged(s, f), s.slice(0, -1));
  });

  it('models "är, har varit eller riskerar att bli" as three alternatives, one of them current', () => {
    const s = 'Socialtjänsten ger stöd till dem som är, har varit eller riskerar att bli involverade i våldsbejakande extremism.';
    const [f] = eligibility(s);
    assert.equal(f.ruleId, 'eligibility/disjunction');
    assert.deepEqual(
      f.data.groups.map((g) => g.kind),
      ['in-context', 'former', 'at-risk'],
    );
    assert.equal(f.data.joiner, 'eller');
  });

  it('finds the clause across wrapped Markdown lines and tight list items', () => {
    const wrapped = 'Stöd ges när en person vill lämna en kriminell\ngrupp eller kommer hem från strider\nutomlands.';
    assert.equal(eligibility(wrapped)[0]?.ruleId, 'eligibility/disjunction');
    const list = 'Kommunen erbjuder stöd till personer som:\n\n- vill lämna en våldsbejakande grupp, eller\n- kommer hem från strider utomlands.\n';
    const tight = list.replace('\n\n-', '\n-');
    assert.equal(eligibility(tight)[0]?.ruleId, 'eligibility/disjunction');
  });

  it('ignores code, front matter, link targets and HTML comments', () => {
    const md = [
      '---',
      'title: Kommunen erbjuder hemvändare bostad',
      '---',
      '',
      '```',
      'Kommunen erbjuder hemvändare bostad.',
      '```',
      '',
      '<!-- Kommunen erbjuder hemvändare bostad. -->',
      '',
      'Se [planen](https://example.org/hemvändare-får-stöd-och-bostad).',
    ].join('\n');
    assert.deepEqual(eligibility(md), []);
  });

  it('reads a requirement stated for the whole section, but not a condition on another offer', () => {
    const covered = '## Stöd\n\nStöd ges endast till den som har lämnat den våldsbejakande miljön.\n\nKommunen erbjuder hemvändare bostad.\n';
    assert.deepEqual(eligibility(covered), []);
    const other = '## Stöd\n\nStöd till personer som har lämnat ett gäng ges på villkor att de har upphört med brott.\n\nKommunen erbjuder hemvändare bostad.\n';
    assert.equal(eligibility(other).length, 1);
    const elsewhere = '## Stöd\n\nStöd ges endast till den som har lämnat den våldsbejakande miljön.\n\n## Boende\n\nKommunen erbjuder hemvändare bostad.\n';
    assert.equal(eligibility(elsewhere).length, 1, 'a requirement in another section does not count');
    const definition = '## Begrepp\n\nMed hemvändare avses personer som har lämnat den våldsbejakande miljön.\n\n## Boende\n\nKommunen erbjuder hemvändare bostad.\n';
    assert.deepEqual(eligibility(definition), [], 'a definition counts in the whole document');
  });

  it('honours the scope option', () => {
    const doc = '## Stöd\n\nStöd ges endast till den som har lämnat den våldsbejakande miljön.\n\nKommunen erbjuder hemvändare bostad.\n';
    const rules = defaultRules();
    rules['eligibility/returnee-as-target-group'].options.scope = 'sentence';
    assert.equal(eligibility(doc, { rules }).length, 1);
    rules['eligibility/returnee-as-target-group'].options.scope = 'paragraph';
    assert.equal(eligibility(doc, { rules }).length, 1);
    rules['eligibility/returnee-as-target-group'].options.scope = 'document';
    assert.equal(eligibility(doc, { rules }).length, 0);
  });
});
