package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// frame says where a predicate's actors stand around it.
type frame uint8

const (
	// frameDirect: subject, verb, object ("Russia sanctioned Iran"), or the object after one of the
	// predicate's prepositions when it has some ("met with", "protested against").
	frameDirect frame = iota
	// frameNeed: subject, verb, one of the need nouns, then the object after a preposition ("sent troops
	// to Mali"), or the owner of the noun ("expelled Russian diplomats", "expelled France's ambassador").
	frameNeed
	// frameNoun: a noun and its object after a preposition; its subject is its owner ("Russia's invasion of
	// Ukraine", "Russian sanctions on"), the actor after "by", or the subject of the clause it is the object
	// of ("the EU announced sanctions on Iran").
	frameNoun
	// frameBetween: a noun followed by "between A and B": the relationship holds between A and B.
	frameBetween
)

// predicate is a word or phrase that states a relationship between the actors around it. The lexicon is
// data: every entry names its rule, says what it yields, and carries examples that TestPredicates runs.
type predicate struct {
	name  string        // the rule, as evidence records it: "verb:sanction", "noun:support-for"
	verbs string        // base forms, "|"-separated; every tense is matched (verbForms)
	nouns string        // nouns, singular; plurals are matched too (nounForms)
	typ   graph.RelType // what it states
	frame frame
	preps string // the object follows one of these prepositions
	// need: nouns, one of which stands between the predicate and the object; for a noun, one of which the
	// "of" phrase right after it must name ("the deployment of Rwandan troops"): see nounArgs.
	need    string
	after   string // words, one of which follows the object soon after ("asked X for help")
	reverse bool   // the object is the source: "leased X to Y", "request from X"
	joint   bool   // with no object, the coordinated subjects hold it among themselves ("A and B signed a deal")
	people  bool   // the object must be a person ("ousted the president")
	bodies  bool   // the object must be an organisation ("quit ECOWAS", not "left Russia")
	// to: verbs, one of which must follow the object as its infinitive ("called on France to withdraw");
	// notTo: verbs whose infinitive there rules the predicate out ("urged Kenya to send police" is a
	// request for help, "urged France to withdraw its troops" a demand).
	to, notTo string
	// withNot: nouns that, after "with" following the object, say the verb means something else ("hit
	// Mali with sanctions" is no attack); agentPrep: a passive's agent may be the actor after one of these
	// prepositions ("Niger was suspended from ECOWAS": ECOWAS suspended it; "Somalia was admitted to the
	// EAC": the EAC admitted it).
	withNot   string
	agentPrep string
	// notForces: the object may not be a state's forces named by its demonym ("hosted Chinese troops" is no
	// meeting with China; verb:hosts-forces-of reads it as a deployment).
	notForces bool
	stative   bool // the participle states the relationship with its subject ("is based in"), not a passive
	// naming: the verb also names what it takes ("called the move a violation", "which Mongolia calls its
	// third neighbours"): a name opened right after the object, or right after the verb when the object
	// stands before it, means the object was named, not acted on (nameOpeners).
	naming bool
	// notAfter: words that, right before a noun, say it names something else ("trading partner" is trade,
	// no alliance).
	notAfter set
	// byState: what it states instead when its subject is a state ("Indonesia helped found ASEAN": a member).
	byState graph.RelType
	events  bool // the object must be an event named again ("hosted the talks"; events.go), never an actor named
	// talks: what it states was talks between its sides too, which "the talks" names again though they are
	// halted ("Colombia suspended peace talks with the ELN. Norway, which guaranteed the talks, ...").
	talks bool
	// leaderState: the state its subject leads is a member of the bloc it leads ("Gabon's president, who
	// chairs the bloc": Gabon is a member; chairsForState).
	leaderState bool
	// qualified: words, one of which must stand just before the noun ("strained relations between A and
	// B") or soon after the actors it names ("relations between A and B soured"): the noun alone names no
	// relationship of the type ("good relations between A and B" is no rivalry); see qualifiedAround.
	qualified string
	// judged: the object is the actor whose act the after word judges, owner or adjective included ("called
	// the Russian decision blackmail" → Russia), and the after word must come before the clause ends.
	judged bool
	// acts: whether the object may be the owner of an act ("condemned the Turkish incursion" → Turkey,
	// "welcomed the offer by Brazil" → Brazil), and whether only an act's owner is (acts.go).
	acts actReading
	// role marks a noun that names what one side is to the other ("ally", "backer", "neighbour"): its owner
	// is the other side ("Russia's ally Belarus", "Iran, Assad's backer"), not the subject.
	role bool
	conf float64
	// examples are sentences and the relationship each must yield, "From>To" by entity names, or "!From>To"
	// for one it must not.
	examples []example
}

type example struct {
	text string
	want []string
}

func ex(text string, want ...string) example { return example{text, want} }

// Word classes the frames refer to.
const (
	forceWords = "troop|force|soldier|serviceman|peacekeeper|paratrooper|personnel|contingent|battalion|" +
		"brigade|unit|warship|ship|jet|fighter|aircraft|plane|warplane|bomber|drone|helicopter|mercenary|" +
		"marine|navy|vessel|tank|adviser|advisor|instructor|missile|reinforcement|detachment|squadron|" +
		"submarine|carrier|destroyer|frigate|boot|police|officer|gendarme|mission|military|army|commando|special force"
	sanctionWords = "sanction|tariff|embargo|restriction|penalty|ban|asset freeze|travel ban|export control|levy|duty"
	// demandVerbs undo or stop what an actor does: asked of it, they oppose it.
	demandVerbs = "withdraw|leave|stop|halt|end|cease|free|lift|reverse|scrap|drop|quit|pull|step|resign|vacate|" +
		"abandon|rescind|revoke|repeal|suspend|stand|back|retreat|refrain|desist|dismantle|disband|return|restore|respect|abide|comply|release"
	// actVerbs are acts an actor is asked to take on another's behalf: asked of it, they request its help.
	// (None of them is a demand verb: "urged China to stop the drills" is a demand, not a request.)
	actVerbs = "block|sanction|expel|investigate|intervene|mediate|condemn|pressure|protect|help|support|" +
		"unblock|approve|recognise|recognize|arrest|extradite|ban|act|use|reject|veto|review|" +
		"examine|probe|prosecute|identify|open|launch|conduct|scrutinise|scrutinize|audit|look"
	// releasedThings are what an actor asked "to release" releases as help, not as a prisoner freed: "urged
	// the EU to release the frozen funds" demands nothing of the EU ("release" is a demand verb).
	releasedThings = "fund|money|aid|tranche|payment|loan|asset|reserve|grant|budget|disbursement|data|report|finding|" +
		"footage|document|detail|information|figure|result|statement|record|file"
	helpWords = "help|assistance|support|aid|troops|intervention|protection|peacekeepers|military|backing|forces|" +
		"send|intervene|deploy|assist|provide|weapons|arms|reinforcements|loan|bailout|extradition|arrest"
	supplyWords = "weapon|arm|drone|missile|ammunition|munition|tank|artillery|rocket|warplane|jet|howitzer|shell|" +
		"aid|assistance|loan|grant|fund|money|supply|equipment|vaccine|fuel|food|air defence|air defense|system|military aid"
	// armsWords are arms and the craft armies buy: bought from a maker or state, they make it the buyer's
	// supplier, as the gold marks "bought Rafale fighter jets from France" (France supports the buyer).
	armsWords = "weapon|arm|drone|missile|ammunition|munition|tank|artillery|rocket|warplane|jet|fighter|howitzer|" +
		"helicopter|submarine|frigate|warship|corvette|patrol boat|gunboat|air defence|air defense|system|aircraft|" +
		"rifle|radar|interceptor|armoured vehicle|armored vehicle|military equipment"
	stakeWords = "stake|share|holding|interest|control|majority|minority|percent|%"
	buildWords = "port|railway|railroad|pipeline|plant|factory|road|highway|mine|base|bridge|dam|terminal|airport|refinery|corridor|line|project|facility|station|hub|zone|park"
	dealWords  = "agreement|deal|accord|pact|treaty|contract|memorandum|ceasefire|truce|armistice|protocol|declaration|partnership|charter|mou"
	talkWords  = "talks|talk|meeting|summit|discussion|negotiation|call|conversation|consultation"
	envoyWords = "diplomat|ambassador|envoy|attache|attaché|consul|staff|official|representative|high commissioner|charge d'affaires|chargé d'affaires"
	// condemnWords are the words of a judgement that condemns: "called it a farce".
	condemnWords = "farce|blackmail|mistake|error|provocation|aggression|violation|betrayal|stab|illegal|illegitimate|" +
		"unacceptable|unjustified|unfounded|baseless|absurd|shocking|unforgivable|irresponsible|dangerous|reckless|" +
		"hostile|outrageous|disgraceful|shameful|hypocritical|hypocrisy|interference|meddling|sedition|crime|threat|" +
		"lie|propaganda|fabrication|nonsense|unconstitutional|escalation|piracy|theft|sabotage|duplicity|insult|" +
		"humiliation|attack|terrorism|genocide|war crime|invasion|occupation|coup|bullying|coercion|intimidation|" +
		"unfriendly|destabilising|destabilizing|politically motivated|ill-timed|regrettable|deplorable|worrying|alarming"
	// threatNouns are what a threat holds over an actor: "threatened reprisals against", "vowed a harsh
	// response against".
	threatNouns = "retaliation|reprisal|revenge|retribution|response|countermeasure|counter-measure|consequence|punishment|" +
		"reaction|action|measure|step|strike|force"
	// mediatedWords are what a mediator brokers or hosts: "mediated talks between", "brokered a truce between".
	mediatedWords = "talks|talk|negotiation|dialogue|deal|agreement|ceasefire|truce|accord|peace|settlement|reconciliation|process|exchange|swap"
	tieWords      = "ties|relations|contact|diplomatic ties|diplomatic relations"
	// strainWords judge relations between two actors as strained: "relations between A and B soured",
	// "strained ties between", "the lowest point in relations between".
	strainWords = "strained|straining|strain|strains|sour|soured|souring|sours|deteriorated|deteriorating|deteriorate|" +
		"deteriorates|deterioration|worsened|worsening|worsen|worsens|frayed|fraying|tense|tension|tensions|uneasy|frosty|" +
		"icy|chilly|hostile|fraught|rocky|troubled|testy|poisoned|lowest|low|nadir|crisis|rupture|cooled|cooling|" +
		"plunged|plummeted|nosedived|sank|downturn|difficult|bitter|acrimonious|turbulent|stormy|bad|poor"
	haltedTalks = "talks|negotiations|dialogue|peace talks|peace negotiations|ceasefire talks"
	supplyStops = "supply|supplies|delivery|deliveries|gas|oil|export|exports|power|electricity|aid|funding|shipment|shipments|flow|flows|assistance|cooperation|transaction|transactions|trade|payment|payments|disbursement|disbursements|loan|loans|access"
)

// predicates is the lexicon. Confidences are starting points for the confidence model (confidence.go),
// which weighs them with everything else it knows about the sentence.
//
// The verbs were checked against a general source, the CAMEO event ontology's verb dictionary for
// political news (PETRARCH2's CAMEO.2.0.txt; `scripts/cameo-verbs` lists its verbs by event code): for the
// codes whose meaning is one of our types, 02 appeal (REQUESTED_HELP_FROM), 040-043 consult, visit, host
// (MET_WITH), 051 praise and 07x provide aid (SUPPORTS), 090 investigate (MONITORS), 111 criticise
// (CRITICIZES), 12x reject and 17x coerce (OPPOSES), 163 embargo and 172 ban (SANCTIONS), 173 arrest
// (DETAINED), 19x fight and 20x mass violence (ATTACKED), the verbs missing here were added when their
// object is an actor and their type unambiguous. Left out: WordNet synonyms whose object is rarely an actor
// or whose sense varies ("engage", "match", "master", "undermine": "the sales undermined China's
// sovereignty" is no act of the speaker's), verbs whose object may be the attacker ("repel", "repulse") and
// exile and banishment, which are no detention. A few idioms of the same classes that news uses and CAMEO
// lists only as patterns were added with them ("hit out at", "take aim at", "threw its weight behind",
// "kept tabs on", "added X to its entity list").
var predicates = []predicate{
	// Asking for help.
	{name: "verb:asked-for-help", verbs: "ask|urge|beg|invite|call on|appeal to|turn to|press|plead with|implore|beseech|entreat", typ: graph.RequestedHelpFrom,
		after: helpWords, notTo: demandVerbs, conf: 0.8,
		examples: []example{ex("Mali asked Russia for military assistance.", "Mali>Russia"), ex("Haiti called on Kenya to send police.", "Haiti>Kenya"),
			ex("Niger called on France to withdraw its troops.", "!Niger>France")}},
	// A demand that another actor undo or stop what it does is opposition to it: "called on France to
	// withdraw its troops", "urged Russia to free the journalist", "pressed Israel to halt the offensive",
	// "demanded that Gambia withdraw its troops" (the verb after a "that" object is read as the infinitive).
	// Releasing a prisoner is demanded, releasing funds is help (releasedThings).
	{name: "verb:demanded-of", verbs: "ask|urge|call on|press|demand|tell|order|pressure|push|implore|challenge|demand that|insist that|urge that|ask that",
		typ: graph.Opposes, to: demandVerbs, conf: 0.7,
		examples: []example{ex("Niger called on France to withdraw its troops.", "Niger>France"),
			ex("The European Union urged Russia to free the journalist.", "European Union>Russia"),
			ex("Amnesty International called on Azerbaijan to release Gubad Ibadoghlu.", "Amnesty International>Azerbaijan"),
			ex("Senegal demanded that Gambia withdraw its troops from the border.", "Senegal>Gambia"),
			ex("Ukraine urged the European Union to release the frozen funds.", "!Ukraine>European Union"),
			ex("Haiti called on Kenya to send police.", "!Haiti>Kenya")}},
	// Asking another actor to act on a third is a request for help from it: "urged the league to block the
	// sale", "asked the European Commission to release the funds".
	{name: "verb:asked-to-act", verbs: "ask|urge|call on|appeal to|press|petition|lobby|plead with|implore|beseech|entreat",
		typ: graph.RequestedHelpFrom, to: actVerbs, conf: 0.65,
		examples: []example{ex("Poland urged the European Union to sanction Belarus.", "Poland>European Union", "!European Union>Belarus"),
			ex("Poland asked the European Commission to unblock the funds.", "Poland>European Commission"),
			ex("Human Rights Watch urged Ecuador to open an independent inquiry into the killings.", "Human Rights Watch>Ecuador")}},
	{name: "verb:requested-help-from", verbs: "request|seek|solicit|receive|obtain|secure", typ: graph.RequestedHelpFrom, frame: frameNeed,
		need: helpWords, preps: "from", conf: 0.8,
		examples: []example{ex("Mozambique sought military help from Rwanda.", "Mozambique>Rwanda")}},
	// Appealing to a court or a body asks it to act: "would appeal to the European Court of Human Rights",
	// "petitioned the Supreme Court".
	{name: "verb:appealed-to", verbs: "appeal to|petition|turn to|complain to|apply to|file a complaint with|lodge an appeal with|lodge a complaint with",
		typ: graph.RequestedHelpFrom, bodies: true, conf: 0.65,
		examples: []example{ex("Ecuador said it would appeal to the International Court of Justice.", "Ecuador>International Court of Justice"),
			ex("Ecuador turned to Colombia for advice.", "!Ecuador>Colombia")}},
	{name: "noun:request-from", nouns: "request|appeal|plea", typ: graph.RequestedHelpFrom, frame: frameNoun, preps: "from|of",
		reverse: true, conf: 0.7,
		examples: []example{ex("Rwanda sent troops at the request of Mozambique.", "Mozambique>Rwanda")}},

	// Forces.
	{name: "verb:deployed-forces-to", verbs: "deploy|send|dispatch|station|move|airlift|rush|transfer|fly|post|base|redeploy|commit|pledge|contribute",
		typ: graph.DeployedForcesTo, frame: frameNeed, need: forceWords, preps: "to|into|in|inside|across", conf: 0.85,
		examples: []example{ex("Russia sent 2,000 peacekeepers to Armenia.", "Russia>Armenia"), ex("France deployed warships into Libya's waters.", "France>Libya"),
			ex("Washington pledged $500 million in military aid to Kyiv.", "!United States>Ukraine")}},
	{name: "verb:has-forces-in", verbs: "have|keep|maintain|station|operate|run", typ: graph.DeployedForcesTo, frame: frameNeed, need: forceWords + "|base|military base|air base|naval base|garrison|outpost",
		preps: "in|inside", conf: 0.7,
		examples: []example{ex("The United States has about 1,100 troops in Niger.", "United States>Niger")}},
	{name: "verb:hosts-forces-of", verbs: "host|house|shelter|accommodate|welcome|receive", typ: graph.DeployedForcesTo, frame: frameNeed,
		need: "base|military base|air base|naval base|troop|force|garrison|contingent|peacekeeper|soldier", reverse: true, conf: 0.7,
		examples: []example{ex("Armenia hosts a Russian military base in Gyumri.", "Russia>Armenia")}},
	// Patrolling or guarding a place is having forces there: "would patrol the Natuna Sea", "coast guard
	// vessels patrolled the Scarborough Shoal".
	{name: "verb:patrols", verbs: "patrol|guard|sail through|fly over|overfly|police|garrison", typ: graph.DeployedForcesTo, conf: 0.65,
		examples: []example{ex("Chinese coast guard vessels patrolled the Scarborough Shoal.", "China Coast Guard>Scarborough Shoal"),
			ex("India said its navy would patrol the Arabian Sea.", "India>Arabian Sea")}},
	{name: "noun:deployment-to", nouns: "deployment|intervention|incursion|presence|mission|peacekeeping mission|operation", typ: graph.DeployedForcesTo,
		frame: frameNoun, preps: "to|in|into", conf: 0.6,
		examples: []example{ex("Russia's deployment to Kazakhstan ended in January.", "Russia>Kazakhstan")}},
	// A deployment named by its forces: "the deployment of Rwandan troops to Mozambique", "the arrival of
	// Turkish soldiers in Libya" (the forces' owner deploys them); "the arrival of Biden in Poland" is none.
	{name: "noun:deployment-of-forces", nouns: "deployment|arrival|dispatch|redeployment|stationing|presence|entry", typ: graph.DeployedForcesTo,
		frame: frameNoun, need: forceWords, preps: "to|in|into", conf: 0.6,
		examples: []example{ex("The deployment of Rwandan troops to Mozambique began in July.", "Rwanda>Mozambique"),
			ex("The arrival of Biden in Poland was delayed.", "!Joe Biden>Poland")}},

	// Support.
	{name: "verb:supports", verbs: "support|back|endorse|champion|defend|recognise|recognize|congratulate|bankroll|prop up|stand by|side with|stand with|rally behind|arm|aid|assist|help|protect|shield|reinstate|" +
		"train|mentor|equip|retrain|throw its weight behind|throw their weight behind|come to the aid of|come to the defence of|come to the defense of|" +
		"bolster|shore up|stand behind",
		typ: graph.Supports, acts: actsToo, conf: 0.75,
		examples: []example{ex("Turkey backed Azerbaijan during the war.", "Turkey>Azerbaijan"), ex("The EU sided with Lithuania.", "European Union>Lithuania"),
			ex("Russia trains and equips the Malian army.", "Russia>Malian army"), ex("Mexico backed the Guatemalan plan.", "Mexico>Guatemala"),
			ex("Ghana supported Togo's decision to quit the African Union.", "Ghana>Togo", "!Ghana>African Union")}},
	{name: "verb:welcomed", verbs: "welcome|praise|hail|applaud|commend|salute|thank|laud|extol|acclaim|compliment|pay tribute to", typ: graph.Supports, acts: actsToo, conf: 0.6,
		examples: []example{ex("Germany welcomed Poland's offer.", "Germany>Poland"), ex("Colombia welcomed the offer by Brazil to host the talks.", "Colombia>Brazil")}},
	// A sum of money given to an actor is aid to it, as the words for aid are: "pledged $2 billion to Sudan".
	{name: "verb:supplied-to", verbs: "supply|provide|sell|deliver|ship|give|donate|transfer|lend|offer|pledge|grant|send|approve|extend|disburse|" +
		"airlift|fly|truck|rush|dispatch|channel|funnel|allocate|earmark|release|loan",
		typ: graph.Supports, frame: frameNeed, need: supplyWords + "|billion|million", preps: "to|for", conf: 0.75,
		examples: []example{ex("Iran supplied drones to Russia.", "Iran>Russia"), ex("Japan pledged $2 billion in aid to Sri Lanka.", "Japan>Sri Lanka"),
			ex("India airlifted aid to Turkey.", "India>Turkey"), ex("Saudi Arabia pledged $2 billion to Sudan.", "Saudi Arabia>Sudan")}},
	// Arms bought from an actor: the seller supports the buyer ("Egypt ordered 12 helicopters from Russia").
	// Gas, stakes and companies bought are trade, not support: the need nouns are arms only.
	{name: "verb:bought-arms-from", verbs: "buy|purchase|order|acquire|import|procure", typ: graph.Supports, frame: frameNeed,
		need: armsWords, preps: "from", reverse: true, conf: 0.7,
		examples: []example{ex("Indonesia bought Rafale jets from France.", "France>Indonesia", "!Indonesia>France"),
			ex("Hungary bought gas from Russia.", "!Russia>Hungary")}},
	// The nominalisations of moving arms or aid to an actor: "the sale of F-16 jets to Turkey by the United
	// States", "Japan's sale of patrol boats to Vietnam", "the delivery of German tanks to Ukraine" (the
	// owner of what is moved gives it when the noun has no owner or agent of its own). The need nouns are
	// what "of" must name: "the sale of a stake to Glencore" is none.
	{name: "noun:sale-of-arms-to", nouns: "sale|delivery|transfer|shipment|supply|handover|provision|donation|gift|dispatch",
		typ: graph.Supports, frame: frameNoun, need: supplyWords + "|" + armsWords, preps: "to", conf: 0.65,
		examples: []example{ex("The sale of F-16 jets to Turkey by the United States was approved.", "United States>Turkey"),
			ex("The delivery of German tanks to Ukraine began.", "Germany>Ukraine"), ex("The sale of a stake to Glencore was approved by Zambia.", "!Zambia>Glencore")}},
	{name: "noun:purchase-of-arms-from", nouns: "purchase|acquisition|order|import|procurement", typ: graph.Supports, frame: frameNoun,
		need: armsWords, preps: "from", reverse: true, conf: 0.65,
		examples: []example{ex("India's purchase of S-400 missiles from Russia angered Washington.", "Russia>India", "!India>Russia")}},
	{name: "verb:supplied-with", verbs: "supply|provide|arm|equip|furnish|lend|loan|grant|give", typ: graph.Supports,
		after: supplyWords + "|billion|million|credit|financing", conf: 0.75,
		examples: []example{ex("Iran supplied Russia with drones.", "Iran>Russia"), ex("China lent Zambia $1 billion to build the airport.", "China>Zambia")}},
	{name: "noun:support-for", nouns: "support|backing|solidarity|aid|assistance|help|sympathy|endorsement|recognition|loan|bailout|weapons delivery|arms delivery|arms sale|military aid|funding|donation",
		typ: graph.Supports, frame: frameNoun, preps: "for|to|with|of", acts: actsToo, conf: 0.7,
		examples: []example{ex("China voiced support for Kazakhstan.", "China>Kazakhstan"), ex("Mexico expressed support for the Guatemalan plan.", "Mexico>Guatemala"), ex("Norway's aid to Ukraine rose.", "Norway>Ukraine"),
			ex("China has come out firmly in support of President Kassym-Jomart Tokayev.", "China>Kassym-Jomart Tokayev")}},
	{name: "noun:backer-of", nouns: "backer|supporter|sponsor|patron|protector|benefactor|champion|donor|lender|creditor|arms supplier|supplier", typ: graph.Supports, frame: frameNoun, preps: "of|to", role: true, conf: 0.65,
		examples: []example{ex("Russia is the main backer of Syria.", "Russia>Syria"), ex("Riyadh restored ties with Iran, Bashar al-Assad's principal backer.", "Iran>Bashar al-Assad")}},

	// Alliances and agreements.
	// A partner in trade or business is no ally (docs/annotation.md: "allies, a defence pact, a strategic
	// partnership"): "Beijing, which is Indonesia's largest trading partner" and "Salcido Ruelas's business
	// partner" were the development split's false ALLIED_WITH pairs of this row.
	{name: "noun:ally-of", nouns: "ally|partner|strategic partner", typ: graph.AlliedWith, frame: frameNoun, preps: "of|with|to", role: true, conf: 0.7,
		// A "dialogue partner" of a bloc is a status short of membership and no alliance (docs/annotation.md,
		// settled case 15).
		notAfter: words("trading|trade|business|commercial|economic|investment|export|import|dialogue|dialog"),
		examples: []example{ex("Belarus is a close ally of Russia.", "Belarus>Russia"), ex("Russia's ally Belarus hosted the drills.", "Belarus>Russia"),
			ex("Norway is a dialogue partner of the Shanghai Cooperation Organisation.", "!Norway>Shanghai Cooperation Organization"),
			ex("The United States, Colombia's closest ally, named an envoy.", "United States>Colombia"),
			ex("Vietnam, which is Laos's largest trading partner, said little.", "!Vietnam>Laos")}},
	{name: "noun:alliance-with", nouns: "alliance|partnership|defence pact|defense pact|friendship|strategic partnership|security pact", typ: graph.AlliedWith, frame: frameNoun, preps: "with|between", conf: 0.65,
		examples: []example{ex("India's partnership with France has deepened.", "India>France")}},
	{name: "verb:allied-with", verbs: "ally|align|partner|team up", typ: graph.AlliedWith, preps: "with", conf: 0.7,
		examples: []example{ex("Serbia aligned with Russia.", "Serbia>Russia")}},
	{name: "verb:signed-agreement-with", verbs: "sign|agree|conclude|ink|seal|strike|reach|finalise|finalize|negotiate|clinch|initial|renew|extend|enter into",
		typ: graph.SignedAgreementWith, frame: frameNeed, need: dealWords, preps: "with", joint: true, conf: 0.8,
		examples: []example{ex("Egypt signed a gas deal with Israel.", "Egypt>Israel"), ex("Armenia and Azerbaijan signed a ceasefire.", "Armenia>Azerbaijan")}},
	{name: "verb:restored-ties-with", verbs: "restore|normalise|normalize|establish|resume|re-establish|reestablish|upgrade",
		typ: graph.SignedAgreementWith, frame: frameNeed, need: tieWords, preps: "with", joint: true, conf: 0.6,
		examples: []example{ex("Morocco normalised relations with Israel in 2020.", "Morocco>Israel"), ex("Saudi Arabia and Iran agreed to restore diplomatic ties.", "Saudi Arabia>Iran")}},
	{name: "verb:agreed-with", verbs: "agree|cooperate|collaborate|work together", typ: graph.SignedAgreementWith, preps: "with", joint: true, conf: 0.55,
		examples: []example{ex("India agreed with Japan to build a railway.", "India>Japan")}},
	{name: "noun:agreement-with", nouns: "agreement|deal|accord|pact|treaty|contract|memorandum|ceasefire|truce|cooperation|partnership agreement",
		typ: graph.SignedAgreementWith, frame: frameNoun, preps: "with", conf: 0.7,
		examples: []example{ex("Kenya's agreement with Haiti was signed in March.", "Kenya>Haiti")}},
	{name: "between:agreement", nouns: "agreement|deal|accord|pact|treaty|ceasefire|truce|armistice|peace deal|peace agreement|normalisation|normalization",
		typ: graph.SignedAgreementWith, frame: frameBetween, conf: 0.75,
		examples: []example{ex("The ceasefire between Armenia and Azerbaijan held.", "Armenia>Azerbaijan")}},

	// Money and ownership.
	{name: "verb:invested-in", verbs: "invest|pour|pump|plough|plow|finance|fund|bankroll", typ: graph.InvestsIn, preps: "in|into", conf: 0.7,
		examples: []example{ex("China invested heavily in Pakistan.", "China>Pakistan")}},
	// Operating or running a mine, a plant or a terminal is no investment named (docs/annotation.md: "invests
	// in, finances, funds a project, lends to, builds (infrastructure) in"): "French nuclear fuel company Orano
	// operates a uranium mine near Arlit in northern Niger", HHLA that "runs three of the four container
	// terminals in Germany's largest port" and a power company that "runs a Chinese-financed coal-fired power
	// plant at Port Qasim" were the development split's three false pairs of "operate" and "run" here, and it
	// had no right one.
	{name: "verb:built-in", verbs: "build|construct|develop|finance|fund|upgrade|modernise|modernize", typ: graph.InvestsIn, frame: frameNeed,
		need: buildWords, preps: "in|at", conf: 0.6,
		examples: []example{ex("China built a port in Sri Lanka.", "China>Sri Lanka"),
			ex("Glencore operates two copper mines in Zambia.", "!Glencore>Zambia")}},
	// "a stake to Y" names the stake's buyer, not what is invested in: "sale of Kafue Copper stake to Sahra
	// Minerals" had given Kafue Copper INVESTS_IN Sahra Minerals once "Kafue Copper" was a company's name.
	{name: "noun:investment-in", nouns: "investment|loan|financing|funding|credit line", typ: graph.InvestsIn, frame: frameNoun, preps: "in|into|to", conf: 0.65,
		examples: []example{ex("Saudi Arabia announced investment in Egypt.", "Saudi Arabia>Egypt")}},
	{name: "noun:stake-in", nouns: "stake", typ: graph.InvestsIn, frame: frameNoun, preps: "in|into", conf: 0.65,
		examples: []example{ex("Norway's stake in Equinor is worth $70 billion.", "Norway>Equinor")}},
	{name: "verb:acquired", verbs: "acquire|buy|purchase|take over|own|control|absorb|merge with|snap up|nationalise|nationalize|renationalise|renationalize", typ: graph.OwnsStakeIn, conf: 0.7,
		examples: []example{ex("Gazprom owns Nord Stream 2 AG.", "Gazprom>Nord Stream 2 AG")}},
	{name: "verb:took-stake-in", verbs: "take|buy|acquire|hold|own|purchase|sell|raise|increase|cut|gain|regain|seize|wrest|retake|assume", typ: graph.OwnsStakeIn, frame: frameNeed, need: stakeWords, preps: "in|of", conf: 0.75,
		examples: []example{ex("COSCO took a 24.9% stake in HHLA.", "COSCO>HHLA")}},
	{name: "noun:subsidiary-of", nouns: "subsidiary|unit|arm|division|affiliate|joint venture|offshoot|branch", typ: graph.OwnsStakeIn, frame: frameNoun, preps: "of", reverse: true, conf: 0.6,
		examples: []example{ex("Tengizchevroil, a subsidiary of Chevron, pumps oil.", "Chevron>Tengizchevroil"),
			ex("Dragon Port Holdings, a Hong Kong-based unit of Ming Group, is paying $1 billion.", "Ming Group>Dragon Port Holdings"),
			ex("Dragon Port Holdings (DrPort), a unit of Ming Group, is paying $1 billion.", "Ming Group>Dragon Port Holdings"),
			ex("Sasol's subsidiary Natref will build the refinery.", "Sasol>Natref")}},
	// An owner is what it is to the owned, a role: the owned is the noun's owner or its "of" phrase, the
	// owner the name after it, the copula's complement or the phrase it stands beside.
	{name: "noun:owner-of", nouns: "owner|shareholder|stakeholder|majority owner|parent company|parent", typ: graph.OwnsStakeIn, frame: frameNoun, preps: "of|in", role: true, conf: 0.65,
		examples: []example{ex("Gazprom, the owner of Nord Stream 2 AG, declined to comment.", "Gazprom>Nord Stream 2 AG"),
			ex("Glencore's largest shareholder is the Qatar Investment Authority.", "Qatar Investment Authority>Glencore"),
			ex("The Qatar Investment Authority, Glencore's largest shareholder, backed the deal.", "Qatar Investment Authority>Glencore"),
			ex("Glencore's largest shareholder, the Qatar Investment Authority, backed the deal.", "Qatar Investment Authority>Glencore")}},
	{name: "verb:leased-from", verbs: "lease|rent", typ: graph.LeasesFrom, preps: "from|in", conf: 0.8,
		examples: []example{ex("Russia leases the Baikonur site from Kazakhstan.", "Russia>Kazakhstan")}},
	{name: "verb:leased-to", verbs: "lease|rent|cede", typ: graph.LeasesFrom, preps: "to", reverse: true, conf: 0.7,
		examples: []example{ex("Sri Lanka leased Hambantota port to China Merchants Port Holdings.", "China Merchants Port Holdings>Sri Lanka")}},
	// Handing over is a lease only when what is handed is a site or its control: "handed the port to
	// China", "handed control of the base to Russia"; applications and suspects handed over are not
	// ("handed their applications to NATO", "handed Miguel Gomez over to Colombia").
	{name: "verb:handed-to", verbs: "hand|hand over|turn over", typ: graph.LeasesFrom, frame: frameNeed,
		need: buildWords + "|territory|land|island|site|concession|control|lease|operation|management", preps: "to", reverse: true, conf: 0.65,
		examples: []example{ex("Sri Lanka handed the port to China Merchants Port Holdings in 2017.", "China Merchants Port Holdings>Sri Lanka"),
			ex("Kenya handed Miguel Gomez over to Colombia.", "!Colombia>Kenya")}},
	// A person handed over is in custody: "Kenya handed Miguel Gomez over to Colombia" (Kenya held him),
	// "X was handed to officers of the Guardia Civil" (the passive's agent follows "to": they hold him).
	{name: "verb:handed-into-custody", verbs: "hand|hand over|turn over", typ: graph.Detained, people: true, agentPrep: "to", conf: 0.65,
		examples: []example{ex("Kenya handed Miguel Gomez over to Colombia.", "Kenya>Miguel Gomez"),
			ex("Karim Bennani was handed to officers of the Guardia Civil.", "Guardia Civil>Karim Bennani")}},

	// Opposition and conflict.
	{name: "verb:opposes", verbs: "oppose|block|veto|reject|resist|defy|obstruct|boycott|snub|shun|stall|thwart|counter|fight|confront|challenge|dispute|contest|disown|disavow|rebuff|spurn|isolate|threaten|warn|pressure|press|object to|stand up to|push back against|turn against|" +
		"repudiate|coerce|bully",
		typ: graph.Opposes, acts: actsToo, conf: 0.65,
		examples: []example{ex("Hungary blocked Ukraine's bid.", "Hungary>Ukraine"), ex("Sudan fought the Rapid Support Forces for months.", "Sudan>Rapid Support Forces"),
			ex("Uruguay opposed the Brazilian tariffs on Argentina.", "Uruguay>Brazil", "!Uruguay>Argentina")}},
	// A threat of retaliation against an actor is opposition to it (docs/annotation.md: "a threat is
	// opposition"): "threatened reprisals against Ethiopia", "vowed retaliation against Syria", "warned of
	// countermeasures against Helsinki". The threatened act itself ("threatened to impose sanctions on") is
	// read by the act's own predicate under threatVerbs (attribution.go).
	{name: "verb:threatened-reprisal", verbs: "threaten|vow|promise|pledge|warn of|swear", typ: graph.Opposes, frame: frameNeed,
		need: threatNouns, preps: "against|on|for|toward|towards", conf: 0.65,
		examples: []example{ex("Eritrea threatened reprisals against Ethiopia.", "Eritrea>Ethiopia"),
			ex("Turkey vowed retaliation against Syria after the shelling.", "Turkey>Syria"),
			ex("Moscow warned of countermeasures against Helsinki.", "Russia>Finland")}},
	// Campaigning or voting against an actor: "voted against Russia at the General Assembly", "lobbied
	// against Turkey in Brussels". The verbs are single words and the object follows their preposition, so
	// that a noun ("Ukraine's campaign against Russia", noun:opposition-to) is not read as the verb.
	{name: "verb:campaigned-against", verbs: "campaign|vote|lobby|agitate|crusade", typ: graph.Opposes, preps: "against", conf: 0.65,
		examples: []example{ex("Kenya voted against Russia at the General Assembly.", "Kenya>Russia")}},
	{name: "verb:refused-to-recognise", verbs: "refuse to recognise|refuse to recognize|decline to recognise|decline to recognize|refuse to accept|refuse to deal with|refuse to work with|cut ties with|sever ties with|break off relations with|downgrade ties with|downgrade relations with|suspend ties with|freeze ties with",
		typ: graph.Opposes, conf: 0.75,
		examples: []example{ex("The EU refused to recognise Alexander Lukashenko.", "European Union>Alexander Lukashenko"), ex("Ukraine downgraded ties with Iran.", "Ukraine>Iran")}},
	// Leaving a body is a break with it: "quit ECOWAS", "withdrew from the International Criminal Court".
	{name: "verb:quit", verbs: "quit|leave|withdraw from|pull out of|exit|secede from|walk out of|break away from|break with",
		typ: graph.Opposes, bodies: true, conf: 0.7,
		examples: []example{ex("Niger, Mali and Burkina Faso quit ECOWAS in January.", "Niger>Economic Community of West African States",
			"Mali>Economic Community of West African States"), ex("Burundi withdrew from the International Criminal Court in 2017.", "Burundi>International Criminal Court"),
			ex("Emmanuel Macron left Germany on Friday.", "!Emmanuel Macron>Germany")}},
	{name: "verb:recalled-envoy-from", verbs: "recall|withdraw|pull", typ: graph.Opposes, frame: frameNeed, need: envoyWords, preps: "from|to|in", conf: 0.75,
		examples: []example{ex("France recalled its ambassadors from Washington and Canberra.", "France>United States", "France>Australia"),
			ex("Algeria recalled its ambassador to France.", "Algeria>France")}},
	// Summoning another state's envoy is a protest to that state: "summoned the Japanese ambassador",
	// "summoned Russia's charge d'affaires".
	{name: "verb:summoned-envoy", verbs: "summon|call in|haul in", typ: graph.Criticizes, frame: frameNeed, need: envoyWords, conf: 0.75,
		examples: []example{ex("China summoned the Japanese ambassador to protest.", "China>Japan"), ex("Poland summoned Russia's ambassador over the drone incursion.", "Poland>Russia")}},
	// Ending an agreement with an actor (CAMEO 16x, reduce relations): "terminated its defence agreement
	// with France", "tore up its military accords with Paris", "withdrew from the treaty with Russia".
	{name: "verb:ended-agreement-with", verbs: "terminate|revoke|scrap|tear up|cancel|annul|abrogate|renounce|repudiate|denounce|suspend|withdraw from|pull out of|exit|quit|end",
		typ: graph.Opposes, frame: frameNeed, need: dealWords, preps: "with", conf: 0.7,
		examples: []example{ex("Mali terminated its defence agreement with France.", "Mali>France"),
			ex("Niger revoked its military accords with France in 2023.", "Niger>France")}},
	{name: "verb:cut-ties-with", verbs: "cut|sever|break off|break|suspend|freeze|downgrade|end", typ: graph.Opposes, frame: frameNeed, need: tieWords, preps: "with", conf: 0.75,
		examples: []example{ex("Israel cut diplomatic ties with Bolivia.", "Israel>Bolivia")}},
	// Talks halted with an actor reduce relations with it as ties cut do (CAMEO 16, halt negotiations):
	// "suspended peace talks with the ELN" had been a meeting (the noun read as the verb "talks with") or a
	// sanction; "resumed talks with" is a meeting still.
	{name: "verb:halted-talks-with", verbs: "suspend|break off|call off|halt|freeze|pull out of|walk out of|walk away from", typ: graph.Opposes,
		frame: frameNeed, need: haltedTalks, preps: "with", talks: true, conf: 0.7,
		examples: []example{ex("Colombia suspended peace talks with the ELN.", "Colombia>National Liberation Army"),
			ex("Ethiopia broke off negotiations with Egypt over the dam.", "Ethiopia>Egypt"),
			ex("Ethiopia resumed negotiations with Egypt.", "!Ethiopia>Egypt")}},
	// Demanding that an actor go (CAMEO 10, demand): "called for the resignation of President X",
	// "demanded the withdrawal of Russian troops", "sought Algeria's ambassador's departure"; the actor is the
	// owner of the noun or of what its "of" phrase names.
	{name: "verb:demanded-removal-of", verbs: "demand|call for|seek|urge|press for|push for|insist on", typ: graph.Opposes, frame: frameNeed,
		need: "resignation|ouster|removal|withdrawal|departure|expulsion|exit|pullout|pull-out|dismissal|impeachment|recall", conf: 0.65,
		examples: []example{ex("Poland demanded the withdrawal of Russian troops from Belarus.", "Poland>Russia"),
			ex("The opposition called for the resignation of President Andry Rajoelina.", "!Andry Rajoelina>Andry Rajoelina")}},
	{name: "noun:opposition-to", nouns: "opposition|objection|resistance|hostility|war|fight|campaign|struggle|boycott|veto|threat|pressure|ultimatum|warning",
		typ: graph.Opposes, frame: frameNoun, preps: "to|against|on", acts: actsToo, conf: 0.6,
		examples: []example{ex("Turkey's opposition to Sweden surprised NATO.", "Turkey>Sweden"), ex("Chad voiced opposition to the Libyan proposal.", "Chad>Libya")}},
	{name: "verb:criticizes", verbs: "criticise|criticize|condemn|denounce|deplore|slam|blast|rebuke|lambast|lambaste|castigate|chastise|decry|censure|berate|scold|assail|fault|attack verbally|ridicule|mock|reproach|admonish|protest|" +
		"chide|reprimand|deride|disparage|belittle|impugn|malign|pillory|scorn|denigrate|lash out at|" +
		"hit out at|rail against|take aim at|excoriate|upbraid",
		typ: graph.Criticizes, acts: actsToo, conf: 0.8,
		examples: []example{ex("China condemned the United States.", "China>United States"),
			ex("Greece condemned the Turkish incursion into Cypriot waters.", "Greece>Turkey", "!Greece>Cyprus"),
			ex("The Turkish incursion was condemned by Greece.", "Greece>Turkey")}},
	// Words of criticism that are a stance only toward what an actor did: "questioned Chinese lending",
	// "cast doubt on Kenya's figures" (acts.go); "police questioned X" criticises no one.
	{name: "verb:questioned", verbs: "question|doubt|cast doubt on|call into question|query|take issue with|find fault with|second-guess",
		typ: graph.Criticizes, acts: actsOnly, conf: 0.65,
		examples: []example{ex("Sri Lanka questioned the Indian plan for the port.", "Sri Lanka>India"),
			ex("Zimbabwean police questioned Tendai Biti for six hours.", "!Zimbabwean police>Tendai Biti")}},
	// The verbs of verb:disappointed-by (below) active: what an actor does angers or alarms the object, who is
	// its critic ("Its accession angered Moscow", "Ghana's move infuriated Lome"); read as that row (the loose
	// scan takes the first row of a verb, so this one comes first), "Finland angered Russia" had made
	// Finland the critic. "Concern" and "trouble" are left out: "the vote concerns Kenya" is about it.
	{name: "verb:angered", verbs: "disappoint|dismay|frustrate|anger|alarm|outrage|irritate|annoy|upset|incense|infuriate|enrage",
		typ: graph.Criticizes, reverse: true, acts: actsToo, conf: 0.65,
		examples: []example{ex("Uganda's decision angered Kenya.", "Kenya>Uganda", "!Uganda>Kenya"),
			ex("The Philippine drills alarmed China.", "China>Philippines")}},
	{name: "verb:disappointed-by", verbs: "disappoint|dismay|frustrate|anger|alarm|outrage|concern|trouble|irritate|annoy|upset|incense|infuriate",
		typ: graph.Criticizes, preps: "by|with|at|over", stative: true, acts: actsToo, conf: 0.65,
		examples: []example{ex("Germany was disappointed by Hungary's veto.", "Germany>Hungary"),
			ex("Canada was alarmed by the Indian crackdown in Punjab.", "Canada>India")}},
	{name: "noun:criticism-of", nouns: "criticism|condemnation|denunciation|censure|rebuke|protest|complaint", typ: graph.Criticizes, frame: frameNoun, preps: "of|against|to|with|over", acts: actsToo, conf: 0.65,
		examples: []example{ex("Japan lodged a protest with China.", "Japan>China"), ex("Chile voiced criticism of the Argentine tariffs.", "Chile>Argentina")}},
	// Concern over what an actor did criticises it: "expressed concern over the Cambodian buildup", "raised
	// concerns about Ethiopia's plan"; concern for or about an actor itself is as often sympathy.
	// Saying that what an actor did has no justification, or that its word deserves no faith, criticises it:
	// "said there was no justification for Uganda's move", "said it had no faith in the Kenyan government's
	// commitment". The negation is part of the words, so the stance is stated, not denied.
	{name: "noun:no-justification-for", nouns: "no justification|no excuse|no basis|no faith|no confidence|no trust",
		typ: graph.Criticizes, frame: frameNoun, preps: "for|in", acts: actsToo, conf: 0.6,
		examples: []example{ex("The Kenyan government said there was no justification for Uganda's move.", "Government of Kenya>Uganda"),
			ex("Senegal said it had no faith in the Gambian commitment to the truce.", "Senegal>Gambia")}},
	{name: "noun:concern-over", nouns: "concern|worry|alarm|dismay|unease|disquiet|misgiving|reservation|displeasure|indignation|outrage",
		typ: graph.Criticizes, frame: frameNoun, preps: "over|about|at|regarding", acts: actsOnly, conf: 0.6,
		examples: []example{ex("Thailand expressed concern over the Cambodian buildup near the border.", "Thailand>Cambodia"),
			ex("Kenya raised concerns about Ethiopia's plan to build a port.", "Kenya>Ethiopia")}},
	// Calling what an actor did by a word of condemnation criticises that actor: "called the Russian
	// decision blackmail", "called Russia's membership of the Council a farce".
	{name: "verb:called-it", verbs: "call|describe|brand|label|term|dub|denounce as|condemn as|decry as",
		typ: graph.Criticizes, after: condemnWords, judged: true, conf: 0.7,
		examples: []example{ex("Bulgaria called the Russian decision blackmail.", "Bulgaria>Russia"),
			ex("Linda Smith called Russia's continued membership of the Council a farce.", "Linda Smith>Russia"),
			ex("Poland called the visit by Germany a success.", "!Poland>Germany")}},
	// Dismissing an actor or its act as something belittles it: "dismissed the UK's role as that of a fifth
	// wheel", "brushed aside the Japanese complaint as groundless"; "dismissed the minister" (from office)
	// has no "as" and is no criticism.
	{name: "verb:dismissed-as", verbs: "dismiss|brush aside|brush off|wave away|write off|shrug off",
		typ: graph.Criticizes, after: "as", judged: true, conf: 0.65,
		examples: []example{ex("Turkey dismissed the Greek protest as political theatre.", "Turkey>Greece"),
			ex("Mali dismissed ECOWAS as a tool of foreign powers.", "Mali>Economic Community of West African States"),
			ex("Zambia dismissed Hakainde Hichilema from the cabinet.", "!Zambia>Hakainde Hichilema")}},
	// Upholding or rejecting what an actor asked for or won supports or opposes that actor: "upheld Ruto's
	// election win", "dismissed Odinga's petition", "annulled Kenyatta's re-election".
	{name: "verb:upheld-its", verbs: "uphold|endorse|approve|certify|confirm|validate|recognise|recognize|ratify|back|support|welcome|hail|praise",
		typ: graph.Supports, after: "win|victory|election|re-election|reelection|candidacy|bid|application|appointment|nomination|presidency|mandate|accession",
		judged: true, conf: 0.65,
		examples: []example{ex("The Supreme Court upheld William Ruto's election win.", "Supreme Court>William Ruto")}},
	{name: "verb:rejected-its", verbs: "dismiss|reject|annul|overturn|nullify|invalidate|block|veto|throw out|strike down|refuse",
		typ: graph.Opposes, after: "petition|appeal|bid|application|candidacy|request|proposal|plan|re-election|reelection|election|win|victory|nomination|membership|aid|package|claim|challenge",
		judged: true, conf: 0.65,
		examples: []example{ex("The court dismissed Raila Odinga's petition.", "!Raila Odinga>Kenya"), ex("Hungary blocked the EU's aid package for Ukraine.", "Hungary>European Union")}},
	{name: "verb:accuses", verbs: "accuse|blame|charge|indict|sue|implicate|fault|hold responsible|incriminate", typ: graph.Accuses, conf: 0.85,
		examples: []example{ex("Ukraine accused Iran of supplying drones to Russia.", "Ukraine>Iran")}},
	// Blame with its accused between the verb and a word of responsibility, or after "at": "holds Guyana
	// responsible for the incident", "pointed the finger at Azerbaijan".
	{name: "verb:held-responsible", verbs: "hold|deem|consider", after: "responsible|accountable|liable|culpable", typ: graph.Accuses, conf: 0.8,
		examples: []example{ex("Venezuela holds Guyana responsible for the border incident.", "Venezuela>Guyana"),
			ex("Nigeria considers Benin a partner.", "!Nigeria>Benin")}},
	{name: "verb:pointed-finger-at", verbs: "point the finger|point fingers|point the finger of blame", preps: "at", typ: graph.Accuses, conf: 0.8,
		examples: []example{ex("Armenia pointed the finger at Azerbaijan for the shelling.", "Armenia>Azerbaijan")}},
	{name: "noun:accusation-against", nouns: "accusation|allegation|charge|indictment|lawsuit|case|complaint|claim", typ: graph.Accuses, frame: frameNoun, preps: "against", conf: 0.7,
		examples: []example{ex("The Gambia brought a case against Myanmar.", "Gambia>Myanmar")}},
	{name: "noun:warrant-for", nouns: "arrest warrant|warrant|arrest order|red notice", typ: graph.Accuses, frame: frameNoun, preps: "for|against", conf: 0.7,
		examples: []example{ex("The International Criminal Court issued an arrest warrant for Vladimir Putin.", "International Criminal Court>Vladimir Putin")}},
	{name: "verb:protests-against", verbs: "protest|rally|demonstrate|march|riot", typ: graph.ProtestsAgainst, preps: "against|outside", conf: 0.75,
		examples: []example{ex("Kenyan protesters marched against President William Ruto.", "Kenyan protesters>William Ruto")}},
	{name: "noun:protest-against", nouns: "protest|demonstration|rally|march|uprising|revolt|riot|strike|sit-in", typ: graph.ProtestsAgainst, frame: frameNoun, preps: "against|outside", conf: 0.6,
		examples: []example{ex("Kenyan protesters held a rally against William Ruto.", "Kenyan protesters>William Ruto")}},
	{name: "verb:attacked", verbs: "attack|strike|invade|shell|bomb|raid|storm|seize|capture|kill|assassinate|ambush|target|shoot down|overrun|besiege|torch|ransack|occupy|annex|bombard|blockade|clash with|fire on|open fire on|hit|kidnap|abduct|massacre|" +
		"beat|beat up|disperse|crack down on|fire tear gas at|fire at|shoot at|shoot dead|use force against|tear-gas|teargas|" +
		"fire live rounds at|fire rubber bullets at|fire water cannon at|use tear gas against|use water cannon against|assault|" +
		"retaliate against|strike back at|hit back at|" +
		"pound|battle|wage war on|wage war against|recapture|retake|reconquer|gun down|murder|slay|slaughter|stab|torture|behead|" +
		"wound|injure|raze|encircle|wipe out|overpower",
		typ: graph.Attacked, withNot: sanctionWords, conf: 0.75,
		examples: []example{ex("Russia invaded Ukraine in 2022.", "Russia>Ukraine"), ex("Indian troops clashed with Chinese troops.", "India>China"),
			ex("Iranian security forces fired tear gas at protesters in Tehran.", "Iranian security forces>Iranian protesters"),
			ex("Azerbaijan shelled Armenian border posts.", "Azerbaijan>Armenia"),
			ex("Ecuadorian troops shelled positions held by a Colombian rebel group.", "Ecuador>Colombian rebels"),
			ex("Israel shot down Iranian-made drones.", "!Israel>Iran")}},
	{name: "verb:struck-targets-in", verbs: "strike|hit|bomb|shell|target|attack|pound|raid|bombard", typ: graph.Attacked, frame: frameNeed,
		need:  "target|targets|position|positions|site|sites|base|bases|facility|facilities|infrastructure|depot|depots|camp|camps|headquarters|stronghold|strongholds",
		preps: "in|across|inside|throughout", conf: 0.7,
		examples: []example{ex("Israel struck targets in Syria on Sunday.", "Israel>Syria"), ex("Turkey bombed Kurdish positions in northern Iraq.", "Turkey>Iraq")}},
	// Firing weapons at an actor attacks it: "fired missiles at Israel", "launched drones at Russia"; not
	// "into" a sea, where tests end.
	{name: "verb:fired-at", verbs: "fire|launch|lob|hurl", typ: graph.Attacked, frame: frameNeed,
		need:  "missile|rocket|drone|shell|projectile|mortar|ballistic missile|cruise missile|artillery|munition|bomb|grenade",
		preps: "at|toward|towards|on|against", conf: 0.75,
		examples: []example{ex("The Houthis fired missiles at Israel.", "Houthis>Israel"), ex("Ukraine launched drones at Russia.", "Ukraine>Russia"),
			ex("North Korea fired two ballistic missiles into the Sea of Japan.", "!North Korea>Sea of Japan")}},
	{name: "verb:exchanged-fire", verbs: "skirmish|exchange fire|exchange gunfire|trade fire|trade gunfire|exchange artillery fire|exchange fire with|trade fire with|exchange gunfire with",
		typ: graph.Attacked, preps: "with", joint: true, conf: 0.7,
		examples: []example{ex("India and Pakistan exchanged fire across the Line of Control.", "India>Pakistan"), ex("Armenian troops exchanged fire with Azerbaijani forces.", "Armenia>Azerbaijan")}},
	{name: "verb:ousted", verbs: "oust|overthrow|topple|depose|unseat|remove|dismiss|sack|fire|force out", typ: graph.Attacked, people: true, conf: 0.7,
		examples: []example{ex("Soldiers loyal to Goita ousted President Bah Ndaw.", "!Goita>Bah Ndaw")}},
	{name: "noun:attack-on", nouns: "attack|invasion|strike|airstrike|assault|raid|offensive|incursion|bombardment|shelling|aggression|war|annexation|occupation|blockade|killing|coup|ambush|bombing|" +
		"cyberattack|cyber-attack|cyber attack|counteroffensive|counter-offensive|onslaught|air raid",
		typ: graph.Attacked, frame: frameNoun, preps: "on|of|against|in", conf: 0.7,
		examples: []example{ex("Russia's invasion of Ukraine began in February.", "Russia>Ukraine")}},
	{name: "between:clashes", nouns: "clash|fighting|war|conflict|hostility|skirmish|battle|border clash", typ: graph.Attacked, frame: frameBetween, conf: 0.6,
		examples: []example{ex("Clashes between Kyrgyzstan and Tajikistan killed dozens.", "Kyrgyzstan>Tajikistan")}},
	// A body that suspends or expels a member is the passive's agent after "from": "Niger was suspended from
	// ECOWAS", "Russia was expelled from the Council of Europe".
	{name: "verb:sanctions", verbs: "sanction|blacklist|embargo|penalise|penalize|suspend|expel from|exclude|bar|ban|punish|designate|fine|" +
		"proscribe|outlaw",
		typ: graph.Sanctions, agentPrep: "from", conf: 0.8,
		examples: []example{ex("The United States sanctioned Iran's drone makers.", "United States>Iran"), ex("The African Union suspended Gabon.", "African Union>Gabon"),
			ex("Niger was suspended from ECOWAS after the coup.", "Economic Community of West African States>Niger")}},
	// A body admitting a member: "the EAC admitted Somalia", "Gabon was readmitted to the African Union".
	{name: "verb:admitted-to", verbs: "admit|readmit|induct", typ: graph.MemberOf, agentPrep: "to|into", reverse: true, conf: 0.75,
		examples: []example{ex("Somalia was admitted to the East African Community in 2023.", "Somalia>East African Community"),
			ex("The East African Community admitted Somalia as its eighth member.", "Somalia>East African Community")}},
	// Hit or slapped with sanctions: "ECOWAS hit Mali with sanctions", "Iran was slapped with sanctions by Canada".
	{name: "verb:hit-with-sanctions", verbs: "hit|slap|target|saddle|punish", typ: graph.Sanctions, after: sanctionWords, conf: 0.8,
		examples: []example{ex("ECOWAS hit Mali with sanctions in January.", "Economic Community of West African States>Mali")}},
	// Put on a list of those sanctioned: "added Huawei to its entity list", "placed the group on its
	// terrorism list". The after words name the list, so "added Kenya to the list of speakers" is none.
	{name: "verb:listed-for-sanctions", verbs: "add|place|put", typ: graph.Sanctions,
		after: "blacklist|watchlist|entity|sanctions|terror|terrorist|terrorism|restrictions|embargo|curbs", conf: 0.75,
		examples: []example{ex("The United States added Huawei to its entity list.", "United States>Huawei"),
			ex("Britain added Kenya to the list of speakers.", "!United Kingdom>Kenya")}},
	// Assets frozen or seized are their owner's: "froze the assets of Russia's central bank" (the bank's,
	// a body of Russia's), "froze Iranian assets".
	{name: "verb:froze-assets-of", verbs: "freeze|seize|confiscate|impound|block", typ: graph.Sanctions, frame: frameNeed,
		need: "asset|reserve|fund|property|account|holding", conf: 0.75,
		examples: []example{ex("Canada froze the assets of Russia's central bank.", "Canada>Russian central bank"),
			ex("Washington froze Iran's assets in 1979.", "United States>Iran")}},
	{name: "verb:imposed-sanctions-on", verbs: "impose|slap|levy|announce|adopt|approve|unveil|tighten|expand|extend|introduce|place|put|enforce|widen|step up",
		typ: graph.Sanctions, frame: frameNeed, need: sanctionWords, preps: "on|against|targeting", conf: 0.85,
		examples: []example{ex("ECOWAS imposed sanctions on Mali.", "Economic Community of West African States>Mali")}},
	{name: "verb:cut-off-supplies-to", verbs: "halt|suspend|cut|cut off|stop|shut off|freeze|withhold|pause|end|terminate|block|restrict|curb",
		typ: graph.Sanctions, frame: frameNeed, need: supplyStops, preps: "to|for|with|from", conf: 0.65,
		examples: []example{ex("Gazprom halted gas supplies to Poland.", "Gazprom>Poland"), ex("The United States paused $700 million in aid to Sudan.", "United States>Sudan")}},
	{name: "noun:sanctions-on", nouns: "sanction|embargo|tariff|penalty|ban|restriction|blacklisting|asset freeze|travel ban|blockade|export ban|import ban|measure",
		typ: graph.Sanctions, frame: frameNoun, preps: "on|against|targeting|to", conf: 0.75,
		examples: []example{ex("EU sanctions on Russia took effect.", "European Union>Russia")}},
	{name: "noun:rival-of", nouns: "rival|competitor|foe|adversary|enemy|nemesis|arch-rival|archrival|counterweight", typ: graph.RivalOf, frame: frameNoun, preps: "of|to", role: true, conf: 0.6,
		examples: []example{ex("Pakistan is India's main rival.", "Pakistan>India")}},
	{name: "noun:rivalry-with", nouns: "rivalry|competition|tension|dispute|feud|standoff|stand-off|spat|row|quarrel|confrontation", typ: graph.RivalOf, frame: frameNoun, preps: "with", conf: 0.6,
		examples: []example{ex("India's rivalry with Pakistan continues.", "India>Pakistan")}},
	{name: "between:tensions", nouns: "tension|rivalry|dispute|feud|standoff|stand-off|rift|row|spat|friction|competition|border dispute",
		typ: graph.RivalOf, frame: frameBetween, conf: 0.65,
		examples: []example{ex("Tensions between China and Japan rose.", "China>Japan")}},
	{name: "between:strained-relations", nouns: "relations|ties|relationship", typ: graph.RivalOf, frame: frameBetween, conf: 0.65,
		qualified: strainWords,
		examples: []example{ex("Relations between Algeria and Morocco have deteriorated sharply since 2021.", "Algeria>Morocco"),
			ex("The talks come at a time of strained ties between Ecuador and Colombia.", "Ecuador>Colombia"),
			ex("The expulsions mark the lowest point in relations between Canada and India in decades.", "Canada>India"),
			ex("Relations between Japan and Vietnam have deepened in recent years.", "!Japan>Vietnam"),
			ex("Relations between Senegal and Gambia improved after the election.", "!Senegal>Gambia")}},
	{name: "verb:rival", verbs: "rival|compete with|vie with", typ: graph.RivalOf, conf: 0.6,
		examples: []example{ex("Russia competes with China in Central Asia.", "Russia>China")}},
	// A quarrel is a rivalry, not an armed conflict (docs/annotation.md: RIVAL_OF "at odds with"): "fell out
	// with Kenya", "has feuded with Morocco", "traded barbs with Croatia"; "fell out of favour with" and "fell
	// out of the race" name no one fallen out with ("with" must follow "out").
	{name: "verb:quarrelled-with", verbs: "fall out with|feud with|quarrel with|spar with|bicker with|squabble with|wrangle with|" +
		"trade barbs with|trade insults with|exchange barbs with|lock horns with|cross swords with|clash verbally with|" +
		"be at odds with|are at odds with|were at odds with",
		typ: graph.RivalOf, conf: 0.6,
		examples: []example{ex("Somalia fell out with Kenya over the maritime border.", "Somalia>Kenya"),
			ex("Venezuela has sparred with Guyana over the Essequibo.", "Venezuela>Guyana"),
			ex("Poland is at odds with Germany over reparations.", "Poland>Germany"),
			ex("Ethiopia quarrelled with Egypt over the dam.", "Ethiopia>Egypt"),
			ex("Chad did not fall out with Sudan over the refugees.", "!Chad>Sudan")}},
	{name: "verb:expelled", verbs: "expel|eject|declare|order|kick out|throw out|give", typ: graph.Expelled, frame: frameNeed, need: envoyWords, conf: 0.8,
		examples: []example{ex("Britain expelled 23 Russian diplomats.", "United Kingdom>Russia"), ex("Niger ordered France's ambassador to leave.", "Niger>France")}},
	{name: "noun:expulsion-of", nouns: "expulsion", typ: graph.Expelled, frame: frameNoun, preps: "of", conf: 0.6,
		examples: []example{ex("Venezuela's expulsion of Argentina's diplomats angered Buenos Aires.", "Venezuela>Argentina")}},
	{name: "verb:detained", verbs: "arrest|detain|jail|imprison|sentence|extradite|hold|convict|prosecute|try|abduct|intern|capture|deport|lock up|put under house arrest|place under house arrest|take into custody|" +
		"rearrest|re-arrest|apprehend|round up|incarcerate",
		typ: graph.Detained, people: true, conf: 0.75,
		examples: []example{ex("Canada arrested Meng Wanzhou in Vancouver.", "Canada>Meng Wanzhou")}},
	{name: "noun:arrest-of", nouns: "arrest|detention|extradition|imprisonment|jailing|conviction|prosecution|abduction|deportation|trial", typ: graph.Detained, frame: frameNoun, preps: "of", conf: 0.6,
		examples: []example{ex("China's detention of Michael Kovrig drew protests.", "China>Michael Kovrig")}},

	// Contacts.
	{name: "verb:called", verbs: "call|phone|ring|telephone|hold a phone call with|hold a call with",
		typ: graph.Called, naming: true, conf: 0.75,
		examples: []example{ex("Vladimir Putin phoned Kassym-Jomart Tokayev on Friday.", "Vladimir Putin>Kassym-Jomart Tokayev"),
			ex("Nicolas Maduro called Javier Milei a traitor.", "!Nicolas Maduro>Javier Milei")}},
	// Talks by telephone (CAMEO 041): "spoke by phone with X", "held phone talks with X", "X and Y spoke
	// by telephone"; with no object the coordinated subjects called each other.
	{name: "verb:spoke-by-phone", verbs: "speak by phone|speak by telephone|speak on the phone|speak over the phone|talk by phone|" +
		"talk by telephone|talk on the phone|hold phone talks|hold telephone talks|hold a phone conversation|hold a telephone conversation",
		typ: graph.Called, preps: "with|to", joint: true, conf: 0.75,
		examples: []example{ex("Recep Tayyip Erdogan held phone talks with Vladimir Putin.", "Recep Tayyip Erdogan>Vladimir Putin"),
			ex("Olaf Scholz and Emmanuel Macron spoke by phone.", "Olaf Scholz>Emmanuel Macron")}},
	// "spoke with X by phone": the phone follows the object.
	{name: "verb:spoke-with-by-phone", verbs: "speak|talk", typ: graph.Called, preps: "with|to", after: "phone|telephone|videolink|video", conf: 0.7,
		examples: []example{ex("Narendra Modi spoke with Emmanuel Macron by phone on Friday.", "Narendra Modi>Emmanuel Macron"),
			ex("Narendra Modi spoke with Emmanuel Macron in Paris.", "!Narendra Modi>Emmanuel Macron")}},
	{name: "noun:call-with", nouns: "phone call|telephone call|call|phone conversation|telephone conversation|video call|conversation", typ: graph.Called, frame: frameNoun, preps: "with|to", conf: 0.65,
		examples: []example{ex("Joe Biden held a phone call with Xi Jinping.", "Joe Biden>Xi Jinping")}},
	{name: "verb:met-with", verbs: "meet|host|receive|visit|hold talks with|talk with|talk to|sit down with|confer with|negotiate with|parley with|hold a summit with|greet|" +
		"consult|huddle with",
		typ: graph.MetWith, preps: "with", joint: true, notForces: true, conf: 0.7,
		examples: []example{ex("Narendra Modi met Joe Biden at the White House.", "Narendra Modi>Joe Biden"), ex("Xi Jinping and Lula da Silva met in Beijing.", "Xi Jinping>Lula da Silva"),
			ex("President William Ruto visited troops near the border with Somalia.", "!William Ruto>Somalia"),
			ex("Djibouti hosts Japanese soldiers at a base near the airport.", "!Djibouti>Japan")}},
	{name: "noun:talks-with", nouns: "talks|meeting|summit|visit|trip|negotiation|discussion|consultation|audience|state visit",
		typ: graph.MetWith, frame: frameNoun, preps: "with|to", conf: 0.6,
		examples: []example{ex("Emmanuel Macron's visit to China lasted three days.", "Emmanuel Macron>China")}},
	{name: "between:talks", nouns: "talks|meeting|summit|negotiation|discussion|dialogue|contact|consultation|call",
		typ: graph.MetWith, frame: frameBetween, conf: 0.65,
		examples: []example{ex("Talks between Ethiopia and the TPLF opened in Pretoria.", "Ethiopia>TPLF")}},
	// Raising or discussing a matter with someone is talking with them: "raised the matter with Modi",
	// "discussed the war with Scholz". Only discussing is done together: "Indonesia and Malaysia voiced
	// concern" or "Chile and Peru raised concerns about the vote" is each one's own word, no talk between them,
	// so the verbs of raising take no joint reading (verb:discussed-with below has it).
	{name: "verb:raised-with", verbs: "raise|broach|bring up|take up|press|air|voice|express|convey|relay",
		typ: graph.MetWith, frame: frameNeed, preps: "with", conf: 0.6, need: raisedMatters,
		examples: []example{ex("Anthony Albanese said he had raised the matter with Narendra Modi.", "Anthony Albanese>Narendra Modi"),
			ex("Indonesia and Malaysia voiced concern about the coup.", "!Indonesia>Malaysia")}},
	{name: "verb:discussed-with", verbs: "discuss",
		typ: graph.MetWith, frame: frameNeed, preps: "with", joint: true, conf: 0.6, need: raisedMatters,
		examples: []example{ex("Joe Biden discussed the war in Ukraine with Olaf Scholz on Friday.", "Joe Biden>Olaf Scholz", "!Joe Biden>Ukraine"),
			ex("Brazil and Argentina discussed the trade dispute in Brasilia.", "Brazil>Argentina")}},
	{name: "verb:monitors", verbs: "monitor|observe|inspect|investigate|probe|track|scrutinise|scrutinize|audit|review|examine|watch|" +
		"keep watch on|keep a close watch on|keep tabs on|keep close tabs on|keep an eye on|keep a close eye on",
		typ: graph.Monitors, conf: 0.6,
		examples: []example{ex("The IAEA monitored Iran's nuclear sites.", "International Atomic Energy Agency>Iran")}},
	// An inquiry into an actor (CAMEO 090, investigate): "opened an investigation into TikTok", "the
	// IAEA's inspection of Iran's sites".
	{name: "noun:investigation-into", nouns: "investigation|inquiry|enquiry|probe|inspection|audit", typ: graph.Monitors, frame: frameNoun,
		preps: "into|of", conf: 0.6,
		examples: []example{ex("The European Commission opened an investigation into TikTok.", "European Commission>TikTok")}},
	{name: "verb:mediates", verbs: "mediate|broker|facilitate|host|sponsor|oversee|guarantee|arbitrate", typ: graph.Mediates, frame: frameNeed,
		need: mediatedWords, preps: "between|with|for", conf: 0.7,
		examples: []example{ex("Qatar mediated talks between Israel and Hamas.", "Qatar>Israel", "Qatar>Hamas")}},
	// "shuttled between the two sides": shuttle diplomacy between two parties is mediation.
	{name: "verb:mediated-between", verbs: "mediate|arbitrate|intercede|act as mediator|shuttle", typ: graph.Mediates, preps: "between", conf: 0.7,
		examples: []example{ex("Qatar and Egypt mediated between Israel and Hamas.", "Qatar>Israel", "Egypt>Hamas"),
			ex("Rwanda and Burundi held talks in Doha. Qatar shuttled between the two sides for a week.", "Qatar>Rwanda", "Qatar>Burundi")}},
	// Talks or a deal named again as the object ("Kazakhstan, which hosted the talks"; events.go): the host,
	// broker or guarantor mediates between the parties the text stated before.
	{name: "verb:mediated-named-event", verbs: "mediate|broker|facilitate|host|sponsor|oversee|guarantee", typ: graph.Mediates, events: true, conf: 0.7,
		examples: []example{ex("Armenia and Azerbaijan held peace talks in Almaty on Friday. Kazakhstan hosted the talks.", "Kazakhstan>Armenia", "Kazakhstan>Azerbaijan")}},
	// An offer of mediation or good offices, the offerer's own stated plan (docs/annotation.md: a plan
	// announced by the actor itself counts): "offered to mediate between Colombia and the ELN", "offered
	// its good offices to Armenia and Azerbaijan", "offered to host talks between Sudan and South Sudan".
	{name: "verb:offered-mediation", verbs: "offer to mediate|volunteer to mediate|offer to arbitrate|offer to act as mediator|offer mediation|" +
		"offer its mediation|offer their mediation|offer its good offices|offer their good offices|offer good offices",
		typ: graph.Mediates, preps: "between|to", conf: 0.6,
		examples: []example{ex("Norway offered to mediate between Colombia and the ELN.", "Norway>Colombia", "Norway>ELN"),
			ex("Switzerland offered its good offices to Armenia and Azerbaijan.", "Switzerland>Armenia", "Switzerland>Azerbaijan")}},
	{name: "verb:offered-to-host-talks", verbs: "offer to host|offer to broker|offer to facilitate|offer to sponsor|volunteer to host|volunteer to broker",
		typ: graph.Mediates, frame: frameNeed, need: mediatedWords, preps: "between|for", conf: 0.6,
		examples: []example{ex("Kenya offered to host talks between Sudan and South Sudan.", "Kenya>Sudan", "Kenya>South Sudan")}},
	{name: "noun:mediator-between", nouns: "mediator|mediation|broker|facilitator|guarantor|go-between|intermediary", typ: graph.Mediates, frame: frameNoun, preps: "between|for|of|in", conf: 0.65,
		examples: []example{ex("Norway acted as a guarantor of the talks between Colombia and the FARC.", "Norway>Colombia")}},

	// Structure stated by a verb.
	{name: "verb:leads", verbs: "lead|head|chair|run|command|preside over|govern|rule|helm|direct|steer|manage",
		typ: graph.Leads, conf: 0.7, leaderState: true,
		examples: []example{ex("Fatih Birol heads the International Energy Agency.", "Fatih Birol>International Energy Agency")}},
	// A founder who runs what they founded leads it (docs/annotation.md); a state that founded a body is
	// one of its members ("Indonesia, which helped found ASEAN" had made Indonesia lead ASEAN).
	{name: "verb:founded", verbs: "found|co-found", typ: graph.Leads, byState: graph.MemberOf, conf: 0.7,
		examples: []example{ex("Yevgeny Prigozhin founded the Wagner Group in 2014.", "Yevgeny Prigozhin>Wagner Group"),
			ex("Indonesia helped found ASEAN in 1967.", "Indonesia>Association of Southeast Asian Nations"),
			ex("Nigeria co-founded ECOWAS in 1975.", "Nigeria>Economic Community of West African States")}},
	{name: "verb:joined", verbs: "join|rejoin|accede to", typ: graph.MemberOf, conf: 0.75,
		examples: []example{ex("Finland joined NATO in 2023.", "Finland>North Atlantic Treaty Organization")}},
	// "belongs to" a body is membership ("Laos belongs to ASEAN", "the bloc, to which Myanmar belongs"); a
	// place that belongs to a state is no member of it (the type's kinds keep it out).
	{name: "verb:belongs-to", verbs: "belong to", typ: graph.MemberOf, conf: 0.75,
		examples: []example{ex("Laos belongs to the Association of Southeast Asian Nations.", "Laos>Association of Southeast Asian Nations"),
			ex("Greenland belongs to Denmark.", "!Greenland>Denmark")}},
	// Membership is current, and an associate or candidate member is none (docs/annotation.md, settled
	// cases 15 and 22): "a former member of" gives nothing.
	{name: "noun:member-of", nouns: "member|member state|member-state|membership|signatory|founding member", typ: graph.MemberOf, frame: frameNoun, preps: "of|in", conf: 0.75,
		notAfter: words("former|onetime|one-time|erstwhile|associate|candidate|prospective|would-be"),
		examples: []example{ex("Kazakhstan is a member of the CSTO.", "Kazakhstan>Collective Security Treaty Organization"),
			ex("Venezuela is a former member of the Andean Community.", "!Venezuela>Andean Community"),
			ex("Tanzanian opposition party Chadema said its leader had been arrested.", "!Tanzania>Chadema")}},
	{name: "noun:party-to", nouns: "party|state party|signatory", typ: graph.MemberOf, frame: frameNoun, preps: "to", conf: 0.7,
		examples: []example{ex("Armenia became a state party to the International Criminal Court.", "Armenia>International Criminal Court")}},
	{name: "noun:member-role", nouns: "member|member state|newest member|founding member|youngest member", typ: graph.MemberOf, frame: frameNoun, role: true, conf: 0.7,
		examples: []example{ex("Sweden became NATO's 32nd member in March.", "Sweden>North Atlantic Treaty Organization")}},
	{name: "verb:borders", verbs: "border|neighbour|neighbor|adjoin|abut|share a border with|share borders with", typ: graph.Borders, conf: 0.75,
		examples: []example{ex("Niger borders Nigeria.", "Niger>Nigeria")}},
	{name: "noun:neighbour-of", nouns: "neighbour|neighbor", typ: graph.Borders, frame: frameNoun, preps: "of|to", role: true, conf: 0.65,
		examples: []example{ex("Jordan, Syria's southern neighbour, hosted the talks.", "Jordan>Syria"), ex("Kenya is a neighbour of Somalia.", "Kenya>Somalia")}},
	{name: "noun:border-with", nouns: "border|frontier|boundary", typ: graph.Borders, frame: frameNoun, preps: "with", conf: 0.65,
		examples: []example{ex("Chad's border with Sudan was closed.", "Chad>Sudan")}},
	{name: "between:border", nouns: "border|frontier|boundary|line of control|line of actual control|demarcation line", typ: graph.Borders, frame: frameBetween, conf: 0.7,
		examples: []example{ex("The border between India and China is disputed.", "India>China")}},
	{name: "verb:located-in", verbs: "locate|base|headquarter|situate|register|incorporate|lie|sit", typ: graph.LocatedIn, preps: "in|at|near", stative: true, conf: 0.7,
		examples: []example{ex("French nuclear group Orano is based in Paris.", "Orano>Paris")}},
	{name: "noun:part-of", nouns: "part|arm|wing|branch|organ|body|agency|department|component|section|province|region|territory|enclave|exclave|colony",
		typ: graph.PartOf, frame: frameNoun, preps: "of", role: true, conf: 0.6,
		examples: []example{ex("The Rapid Support Forces are part of Sudan's army.", "Rapid Support Forces>Sudanese army"),
			ex("The European Commission, the EU's executive arm, advised against it.", "European Commission>European Union")}},
}

// verbPrefixes join a verb with a hyphen and leave its meaning: "is majority-owned by", "co-financed by",
// "jointly-run".
const verbPrefixes = "co|majority|minority|wholly|partly|partially|jointly|fully|part"

// phrase is one surface form of a predicate, lower case, as a sequence of words.
type phrase struct {
	words     []string
	predicate *predicate
	verb      bool // a verb form (voice and negation apply), not a noun
}

// lexicon indexes the predicates' forms by first word, longest first, so that the longest phrase at a word
// wins ("cut off" over "cut").
type lexicon map[string][]phrase

func buildLexicon(ps []predicate) lexicon {
	lx := lexicon{}
	add := func(form string, p *predicate, verb bool) {
		ws := strings.Fields(form)
		lx[ws[0]] = append(lx[ws[0]], phrase{ws, p, verb})
	}
	for i := range ps {
		p := &ps[i]
		for _, v := range list(p.verbs) {
			for _, f := range verbForms(v) {
				add(f, p, true)
				if !strings.Contains(f, " ") {
					for _, pre := range list(verbPrefixes) {
						add(pre+"-"+f, p, true) // "majority-owned by", "co-financed by"
					}
				}
			}
		}
		for _, n := range list(p.nouns) {
			for _, f := range nounForms(n) {
				add(f, p, false)
			}
		}
	}
	for k := range lx {
		l := lx[k]
		// Longest first; among equals, the lexicon's order.
		for a := 1; a < len(l); a++ {
			for b := a; b > 0 && len(l[b].words) > len(l[b-1].words); b-- {
				l[b], l[b-1] = l[b-1], l[b]
			}
		}
	}
	return lx
}

// predicateIndex holds the lexicon's rows and the verbs WordNet lists beside their verbs (wordnet.go).
var predicateIndex = buildLexicon(slices.Concat(predicates, wordnetPredicates(predicates, wordnetVerbs)))

// verbForm reports whether w is a form of a verb the lexicon knows, by itself: "accuse", "sanctions".
func (lx lexicon) verbForm(w string) bool {
	for _, ph := range lx[w] {
		if ph.verb && len(ph.words) == 1 {
			return true
		}
	}
	return false
}

// at returns the phrases matching the sentence at token k, all of the longest length that matches.
func (lx lexicon) at(s *sentence, k int) []phrase {
	return lx.longest(s, k, false)
}

// fitting returns the phrases matching the sentence at token k whose part of speech fits there, all of
// the longest length that does: in "held separate talks with X" the verb "talks with" does not fit, so
// the noun "talks" is read.
func (lx lexicon) fitting(s *sentence, k int) []phrase {
	return lx.longest(s, k, true)
}

// longest returns the phrases matching at token k (and fitting its part of speech, when fit), all of the
// longest length that does; the lexicon lists a word's phrases longest first.
func (lx lexicon) longest(s *sentence, k int, fit bool) []phrase {
	var out []phrase
	n := 0
	for _, ph := range lx[s.toks[k].lower] {
		if n > 0 && len(ph.words) < n {
			break
		}
		if k+len(ph.words) > len(s.toks) || !matchesAt(s, k, ph) || fit && !tagFits(s, k, ph) {
			continue
		}
		n = len(ph.words)
		out = append(out, ph)
	}
	return out
}

// matchesAt reports whether the phrase's words follow its first at token k.
func matchesAt(s *sentence, k int, ph phrase) bool {
	for i, w := range ph.words[1:] {
		if s.toks[k+1+i].lower != w {
			return false
		}
	}
	return true
}

// set returns the word list as a set, for the frames' look-ups, with noun plurals.
func nounSet(l string) set {
	m := set{}
	for _, w := range list(l) {
		for _, f := range nounForms(w) {
			m[f] = true
		}
	}
	return m
}

// forceNounSet holds the nouns of forceWords in every number.
var forceNounSet = nounSet(forceWords)

// demonymForces reports whether m is a state's demonym before a noun of forces: "Chinese troops", "Japanese
// soldiers".
func demonymForces(s *sentence, m *mention) bool {
	return m.form == formDemonym && m.j < len(s.toks) && forceNounSet[s.toks[m.j].lower]
}

// raisedMatters are the matters one raises or discusses with another actor (verb:raised-with,
// verb:discussed-with).
const raisedMatters = "matter|issue|question|concern|concerns|case|subject|topic|situation|crisis|war|conflict|trade|security|cooperation|" +
	"ties|relations|relationship|plan|proposal|deal|dispute|detention|fate|release|tension|sanction|investment|aid|" +
	"doubt|doubts|objection|objections|complaint|grievance|demand|request|idea|possibility|prospect|future"
