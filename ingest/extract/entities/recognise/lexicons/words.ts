/**
 * Closed word lists the rules read: titles, name particles, organisation words, French function words.
 * All folded (lower case, no accents, no final dot). Written for this project.
 */
const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Courtesy titles that belong to the name's span ("M. Dupont", "Dr Smith"): a person follows. */
export const HONORIFICS = set(`
mr mrs ms miss mister dr prof professor sir dame lord lady rev fr m mm mme mmes mlle mlles me maitre monsieur madame
mademoiselle messieurs mesdames docteur pr uncle aunt
`);

/** Lower-case words that sit inside names: "Charles de Gaulle", "Ludwig van Beethoven", "Jean d'Ormesson". */
export const NAME_PARTICLES = set(
  `de du des d la le van von der den ter del della di da dos das do bin ben al el y st`,
);

/** Words that make a capitalised phrase an organisation when they end it: "Enron Corp", "Kane & Associates". */
export const ORG_SUFFIXES = set(`
inc incorporated corp corporation co company companies llc llp lp ltd limited plc group holdings partners associates
bank bancorp trust capital fund funds association assoc society commission committee council board institute
university college school foundation agency authority department dept ministry exchange union league federation
party club airlines airways services systems technologies technology solutions consulting communications networks
industries international enterprises ventures securities insurance media press news times journal network labs
laboratories hospital church court congress senate parliament assembly police army navy coalition alliance
records pictures studios films entertainment motors broadcasting productions publishing games software airline
sa sas sarl snc sca gmbh ag nv bv spa srl cie groupe banque societe compagnie
`);

/**
 * Industry words that make a phrase an organisation when they end it and it holds a name: "San Juan Gas",
 * "Northwest Pipeline", "Southwestern Public Service" (not "Natural Gas": all ordinary words).
 */
export const INDUSTRY_SUFFIXES = set(`
gas power energy pipeline electric oil petroleum resources utilities utility service chemical chemicals steel
`);

/**
 * Acronyms of the trade that name no organisation; alone in capitals they would default to ORG: accounting
 * and energy-market terms, units, document kinds ("GAAP", "LDC", "MMBtu", "LPG", "NOPR").
 */
export const JARGON_ACRONYMS = set(`
gaap nopr ldc polr lpg lng ngl cng mt mts mb mmbtu mmbtus btu mw mwh kw kwh gw gwh bcf mcf mmcf dth eol eta etd
ceo cfo coo cto vp svp evp md hr it pc pdf xls doc ppt usd eur gbp cad faq rfp rfq loi mou nda otc rto gdp cpi
ytd mtd yoy est cst pst cdt edt pdt gmt utc ps eod cob pto ooo sme cas ecn eb tbd asap fyi aka imho btw q1 q2 q3
q4 ipo p&l o&m r&d pnl var mtm dcf npv irr roi ebit ebitda tv dvd cd pm am oba ole pda
`);

/** Legal forms of companies: "Enron Corp.", "Total SA", "Siemens AG" (a subset of ORG_SUFFIXES). */
export const LEGAL_SUFFIXES = set(`
inc incorporated corp corporation llc llp lp ltd plc sa sas sarl snc sca gmbh ag nv bv spa srl
`);

/** Words that make a capitalised phrase a document or a product, not a name: "Compression Services Agreement". */
export const DOCUMENT_WORDS = set(`
agreement agreements contract contracts report reports form forms policy policies procedure procedures manual memo
memorandum proposal proposals index act plan presentation spreadsheet schedule application filing tariff amendment
letter invoice award awards trophy cup prize
`);

/** Words that make a capitalised phrase an organisation when they start it: "University of Texas", "Ministère de …". */
export const ORG_HEADS = set(`
university bank ministry department office board council institute college school commission committee federation
union league association society federal national royal
universite banque ministere conseil institut ecole college lycee commission comite federation syndicat societe
compagnie association agence academie assemblee parti caisse chambre cour tribunal direction prefecture mairie
fondation groupe office union cabinet ligue club equipe orchestre congres armee
`);

/**
 * Words that say the next capitalised word is a place: "in Houston", "à Lyon", "en Bretagne". Lower case, NOT
 * folded ("à" is not the English "a"). "at", "from" and "to" are left out: "at Enron", "to Dynegy".
 */
export const PLACE_PREPOSITIONS = set(`in near into à en au aux vers près dans`);

/**
 * Lower-case French place nouns that head a place name: "détroit de Béring", "îles Diomède", "province de Namur".
 * Not "ville", "région", "quartier", "stade", "palais": in "ville de Berlin" the name is "Berlin" (WikiNEuRal).
 */
export const PLACE_HEADS = set(`
ile iles mer ocean lac mont monts riviere fleuve detroit golfe baie cap vallee plaine plateau desert foret canal
province comte royaume musee chateau rue avenue boulevard pont port gare aeroport cathedrale eglise abbaye massif
archipel peninsule isthme col tunnel chemin chaussee cimetiere basilique circuit voivodie voblast
`);

/** The place nouns of PLACE_HEADS that name nature, never a building or street named after a person. */
export const NATURAL_FEATURES = set(`
ile iles mer ocean lac mont monts riviere fleuve detroit golfe baie cap vallee plaine plateau desert foret
archipel peninsule isthme col massif
`);

/** French words that start sentences capitalised without being names. */
export const FRENCH_FUNCTION_WORDS = set(`
le la les l un une des du de d ce cet cette ces c mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs
je j tu il elle on nous vous ils elles et ou mais donc or ni car que qu qui quoi dont ou quand comme si s dans sur
sous avec sans pour par en a au aux chez vers entre depuis pendant apres avant selon malgre contre parmi lors alors
ainsi puis aussi encore deja toujours jamais tres plus moins bien tout tous toute toutes chaque plusieurs certains
certaines autre autres meme memes cependant pourtant enfin ensuite bonjour bonsoir salut merci cher chere chers
cheres oui non voici voila ceci cela ca afin lorsque puisque tandis durant des hors sauf outre
celui celle ceux celles aucun aucune quelques quelque lui leur y ne pas n est sont etait ont avait fut sera
il elle apres ici la-bas hier demain aujourd'hui neanmoins toutefois notamment egalement surtout parfois souvent
ensemble environ vers depuis premier premiere dernier derniere nouveau nouvelle grand grande petit petite
`);

/** English closed-class words the spelling dictionary leaves out (it lists lemmas and their affixes). */
export const ENGLISH_FUNCTION_WORDS = set(`
is are was were be been being am has have had do does did done can could will would shall should may might must
i'm i'd i'll i've it's that's there's here's what's who's let's don't doesn't didn't isn't aren't wasn't weren't
won't wouldn't can't couldn't shouldn't haven't hasn't hadn't we'll we're we've we'd you'll you're you've you'd
they'll they're they've they'd he's she's he'll she'll he'd she'd the a an and or but if then than so as of to in on
at by for with from about into over after before this that these those there here what which who whom whose when
where why how all any each every some no not our your their my his her its we you they he she it me us them him
`);

/** Words that close a message before the writer's name: "Best, Greg" is no "Last, First", "Saludos" no name. */
export const SIGN_OFFS = set(`best cheers love yours warmly sincerely regards thanks saludos gracias cordialement`);

/** Capitalised words that are never names on their own (salutations, calendar words, list markers). */
export const NEVER_NAMES = set(`
i hi hello dear hey thanks thank regards fyi asap re fw fwd tr ref cc bcc attn ok yes no pm am eta tbd
christmas thanksgiving easter halloween noel paques toussaint internet intranet extranet web
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec
lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre
octobre novembre decembre
`);

// French adjectives of nationality and kind that follow an organisation's head: "Union européenne", "Académie française".
export const FRENCH_ADJECTIVE =
  /^\p{Ll}+(?:al|ale|ales|aux|ique|iques|ais|aise|aises|ien|ienne|iennes|ain|aine|aines|ois|oise|oises|el|elle|elles|aire|aires|éen|éenne|éennes|iste|istes)$/u;
