package extract

import "strings"

// set is a set of lower-case words or phrases.
type set map[string]bool

func words(s string) set {
	m := set{}
	for _, w := range strings.Split(s, "|") {
		if w = strings.TrimSpace(w); w != "" {
			m[w] = true
		}
	}
	return m
}

var (
	// Words that open or join a clause but never name anyone, though written with a capital at the start
	// of a sentence or in a headline.
	notNames = words("the|a|an|in|on|at|of|for|to|by|with|from|and|or|but|as|after|before|earlier|later|" +
		"however|while|when|where|since|although|though|meanwhile|also|even|still|yet|if|so|then|thus|this|" +
		"that|these|those|there|here|it|its|he|she|they|we|i|you|his|her|their|our|my|your|what|who|which|" +
		"why|how|some|many|most|more|several|both|all|each|every|any|no|not|one|two|three|four|five|six|" +
		"seven|eight|nine|ten|dozens|hundreds|thousands|monday|tuesday|wednesday|thursday|friday|saturday|" +
		"sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|" +
		"feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|christmas|easter|ramadan|eid|internet|covid|covid-19|" +
		"reuters|photo|video|file|update|breaking|exclusive|analysis|opinion|editorial|read|related|share|" +
		"mr|mrs|ms|dr|sir|dame|lord|lady|gen|col|lt|maj|capt|sgt|adm|sen|rep|gov|prof|rev|st|" +
		"people|president|minister|leader|king|queen|prince|princess|chancellor|premier|secretary|general|" +
		"spokesman|spokeswoman|spokesperson|officials|official|chief|ambassador|envoy|director|chairman|" +
		"democrats|republicans|western|eastern|northern|southern|central|northwest|northeast|southwest|southeast|" +
		"orthodox|christian|muslim|islamic|catholic|jewish|sunni|shia|shiite|kurdish|arab|state|states|government|" +
		"parliament|congress|senate|army|navy|police|ministry|agency|court|council|union|party|group|" +
		"tuesday's|thursday's|friday's|today|yesterday|tomorrow|week|month|year|last|next|new|old|great|" +
		"black|white|red|green|blue|yellow|bodies|chaotic|violent|dozens|oil|gas|energy|trade|security|" +
		"defense|defence|foreign|interior|economy|finance|justice|health|education|press|media|news")

	prepositions = words("in|of|from|to|for|with|by|at|on|against|over|into|across|near|after|before|since|" +
		"under|about|between|like|including|toward|towards|through|throughout|within|without|among|amid|" +
		"around|behind|beyond|during|inside|outside|onto|upon|via|per|despite|than|alongside|versus|vs")

	determiners = words("the|a|an|its|his|her|their|our|this|that|these|those|some|any|every|each|all|both|" +
		"several|many|few|other|another|such|no")

	// Days and months, which open capitalised runs ("Friday", "Jan.") without naming anyone.
	calendar = words("monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|" +
		"may|june|july|august|september|october|november|december|jan|jan.|feb|feb.|mar|mar.|apr|apr.|jun|" +
		"jun.|jul|jul.|aug|aug.|sep|sep.|sept|sept.|oct|oct.|nov|nov.|dec|dec.")

	// Particles inside personal names ("Mohammed bin Salman", "Ursula von der Leyen").
	nameParticles = words(nameParticleList)

	// Collective nouns that name an actor once tied to a state: "Kazakh authorities", "Russian protesters".
	collectiveNouns = map[string]string{
		"authorities": "government", "government": "government", "administration": "government",
		"regime": "government", "cabinet": "government",
		"security forces": "security forces", "security services": "security forces",
		"police": "police", "riot police": "police",
		"protesters": "protesters", "protestors": "protesters", "demonstrators": "protesters",
		"opposition": "opposition", "junta": "junta", "military junta": "junta",
		"rebels": "rebels", "separatists": "separatists", "separatist groups": "separatists",
		"rebel groups": "rebels", "rebel group": "rebels", "insurgents": "insurgents", "jihadists": "jihadists",
		"armed groups": "armed groups", "guerrillas": "guerrillas", "opposition groups": "opposition",
		"opposition parties": "opposition", "militias": "militias",
		"militants": "militants", "parliament": "parliament", "lawmakers": "parliament",
		"legislators": "parliament", "rebel factions": "rebels", "rebel fighters": "rebels",
		// Bodies of a state named by a common noun: "Russian peacekeepers", "Mozambican armed forces",
		// "the Iranian judiciary", "Swedish prosecutors". Troops, soldiers and bare "forces" are left to
		// the state they belong to: news writes "Russian troops shelled X" for what the state did. "The
		// army" alone is left too (bareCollective): which state's, the article may not say.
		"peacekeepers": "peacekeepers", "peacekeeping troops": "peacekeepers", "peacekeeping forces": "peacekeepers",
		"armed forces": "armed forces", "army": "army", "navy": "navy", "air force": "air force",
		"coast guard": "coast guard", "border guards": "border service", "border guard": "border service",
		"border service": "border service", "border police": "border service", "border troops": "border service",
		"judiciary": "judiciary", "prosecutors": "prosecutors", "prosecutor's office": "prosecutors",
		"military intelligence": "military intelligence", "intelligence services": "intelligence services",
		"intelligence agencies": "intelligence services", "secret police": "secret police",
		"morality police": "morality police", "religious police": "morality police",
		"state media": "state media", "state television": "state media", "state tv": "state media",
		// A state's intelligence and security services named by the common noun ("Egyptian intelligence
		// officials met ...", "Chinese state security officers detained ..."), its central bank ("the
		// Russian central bank said"), and criminal gangs tied to their state ("Haitian gangs attacked").
		"intelligence": "intelligence", "intelligence service": "intelligence services",
		"state security": "state security", "central bank": "central bank",
		"gangs": "gangs", "armed gangs": "gangs", "criminal gangs": "gangs",
	}

	// bodyAdjectives may stand between a state and its body's noun, or after "the" before a bare one:
	// "Somalia's federal government", "the Sudanese transitional government", "the interim government".
	// The body is the state's one body of that class, named as the class is; the words as written are an
	// alias.
	// "Military" is left out: "Mali's military government" is its junta.
	bodyAdjectives = words("federal|transitional|interim|provisional|caretaker|central|national|civilian|" +
		"civilian-led|new|elected|unity")

	// personnelNouns after a body's noun are its people acting for it: "Egyptian intelligence officials
	// met ...", "Kenyan police officers landed ...", "Chinese state security officers detained ...". Other
	// nouns after it make it a modifier ("government buildings").
	personnelNouns = words("officials|officers|agents|personnel|operatives")

	// stateBodies are the collectives that are part of the state they are tied to ("Kazakh security forces"
	// PART_OF Kazakhstan), as opposed to protesters, rebels or the opposition, which are only of its people.
	stateBodies = words("government|security forces|police|junta|parliament|peacekeepers|armed forces|army|" +
		"navy|air force|coast guard|border service|judiciary|prosecutors|military intelligence|" +
		"intelligence services|secret police|morality police|state media|intelligence|state security|central bank")

	// Nouns that, after a descriptor such as "Russian newspaper", name the kind of organisation that follows.
	descriptorNouns = words("newspaper|daily|paper|tabloid|magazine|weekly|agency|news agency|broadcaster|" +
		"channel|network|outlet|website|site|portal|monitor|watchdog|observatory|company|firm|giant|major|" +
		"producer|operator|maker|manufacturer|contractor|supplier|utility|conglomerate|group|bank|lender|" +
		"carrier|airline|insurer|fund|think tank|thinktank|militia|party|movement|organisation|organization|" +
		"ngo|charity|station|radio|television|tv|startup|exporter|importer|miner|trader|refiner|developer|" +
		"broadcaster|publication|outlet|provider|distributor|shipper|consortium|venture|subsidiary|unit|arm|" +
		"companies|firms|contractors|producers|makers|manufacturers|agencies|newspapers|groups|banks|lenders|" +
		"giants|operators|suppliers|carriers|outlets|broadcasters|militias|parties|movements|majors|" +
		// groups outside the law and the coalitions of groups: "the gang coalition known as X", "a faction called X"
		"gang|gangs|cartel|cartels|faction|factions|coalition|outfit|" +
		// coalitions of civil society and the trades of shipping: "the civil society platform X", "the shipping
		// agent X", "the freight forwarder X"
		"platform|shipping agent|shipping line|freight forwarder|shipbuilder|shipyard|insurer|retailer|cooperative")

	// Descriptor nouns (singular) that say the organisation is a news outlet: "state news agency Kazinform",
	// "the daily Vedomosti", "state television channel Khabar". "agency" alone is not one ("the state
	// agency Rosatom").
	// Nouns of descriptorNouns that say an organisation trades, lends or builds: "the Swiss mining giant",
	// "Africa's biggest lender" (firmLike). "Contractor" and "group" are not among them: military
	// contractors and armed groups send fighters.
	businessNouns = words("company|firm|giant|major|producer|operator|maker|manufacturer|supplier|utility|" +
		"conglomerate|bank|lender|carrier|airline|insurer|exporter|importer|miner|trader|refiner|developer|" +
		"provider|distributor|shipper|startup")

	outletNouns = words("newspaper|daily|paper|tabloid|magazine|weekly|news agency|broadcaster|channel|" +
		"publication|outlet|radio|television|tv|station")

	// The last word of an organisation's name. Think tanks and monitors ("the Libya Policy Forum", "the
	// Syrian Human Rights Observatory", "the Andean Research Consortium") end in forum, observatory,
	// consortium; a place's name before them is theirs.
	orgHeads = words("center|centre|partners|league|force|secretariat|mission|trust|exchange|regiment|battalion|division|" +
		"forum|observatory|consortium|caucus|syndicate|board|college|academy|" +
		"squadron|fleet|democrats|republicans|club|institution|ministry|organization|organisation|council|party|agency|corporation|corp|corp.|inc|inc.|" +
		"ltd|ltd.|plc|llc|group|bank|fund|commission|committee|front|movement|alliance|institute|association|" +
		"court|parliament|assembly|authority|department|airlines|airways|company|co|co.|forces|army|navy|guard|" +
		"police|office|union|cabinet|service|services|bureau|administration|command|brigade|network|" +
		"foundation|federation|congress|senate|tribunal|university|holdings|petroleum|energy|gas|oil|" +
		"industries|systems|technologies|motors|media|news|times|post|press|journal|herald|tribune|gazette|" +
		"resources|minerals|mining|mines|metals|shipping|logistics|investments|ventures|pharmaceuticals|telecom|" +
		"communications|railways|shipyard|shipyards|shipbuilding|steel|chemicals|engineering|insurance|securities|society|" +
		// trades that end a company's or a research firm's name ("Fitch Ratings", "Andes Capital", "Tianqi
		// Lithium", "Jiangxi Copper", "Sichuan Yahua Industrial", "Capital Economics"): the person "Fitch
		// Ratings" and the place "Jiangxi" had stood for them
		"ratings|capital|lithium|copper|nickel|cobalt|coal|cement|aluminium|aluminum|electric|solar|renewables|" +
		"industrial|research|economics|analytics|consulting|aviation|telecoms|construction|refining|fertilisers|" +
		"fertilizers|foods|breweries|" +
		// company words of other languages that end a company's name, and trades of technology ("Koç Holding",
		// "Aselsan Elektronik Sanayi", "Havelsan Sistemleri", "Wintershall Gruppe", "Industrias", "General
		// Atomics", "Samsung Electronics")
		"holding|sanayi|ticaret|sistemleri|enerji|elektronik|savunma|madencilik|logistik|gruppe|werke|industrie|" +
		"industrias|indústrias|energia|energía|agritech|biotech|fintech|pharma|atomics|dynamics|" +
		"electronics|semiconductor|semiconductors|robotics")

	// placeTradeHeads end a company's name only after a known place's name ("Kenya Power", "Shandong Gold",
	// "Zambia Sugar", "Tokyo Electric Power"): they are surnames too ("Samantha Power", "Alan Sugar"), so
	// after an unknown word the run stays a person's name.
	placeTradeHeads = words("power|gold|sugar")

	// Words after a place that name a place within it: "the Almaty airport", "the Kashagan oil field".
	placeHeads = []string{"international airport", "airport", "oil field", "oilfield", "gas field", "gasfield",
		"field", "pipeline", "port", "square", "region", "province", "oblast", "district", "nuclear power plant",
		"power plant", "refinery", "terminal", "air base", "airbase", "naval base", "base", "border crossing",
		"bridge", "dam", "strait", "cosmodrome", "spaceport", "valley", "river"}

	directions = words("west|east|north|south|western|eastern|northern|southern|central|northwest|northeast|" +
		"southwest|southeast|northwestern|northeastern|southwestern|southeastern")
)

// nameParticleList are the small words inside personal names: "Mohammed bin Salman", "Ursula von der Leyen".
const nameParticleList = "bin|bint|ibn|al|el|de|da|di|du|del|della|der|den|van|von|la|le|dos|das|y|abu|ben|zu|ter|mac"
