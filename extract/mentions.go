package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// mention is a stretch of a sentence that refers to an actor: a name, a demonym, a title, or a reference
// such as "the country" that coreference resolves later.
type mention struct {
	sentence   *sentence
	i, j       int // tokens [i, j)
	start, end int // bytes in the normalised text; inside one token for "Russia-led"
	surface    string

	kind graph.Kind
	name string // proposed canonical name; empty for references
	gz   []gzHit
	form gzForm
	rule string  // what found it: "gazetteer", "title", "ner", "acronym", ...
	conf float64 // how sure the finding is

	affix   string // for a part of a hyphenated word: "led", "backed", "pro", "anti", ...
	ref     string // a reference to resolve: "country", "alliance", "he", "leader", "government"...
	refOf   *mention
	special string   // "ministry", "collective", "place-in" … naming deferred to resolution
	topic   string   // the ministry's field, the collective's noun ("Defense", "protesters")
	written string   // the name as the text writes it, when the entity is named otherwise ("Ministry of Mines")
	known   []string // other names the text gives it: "known in Persian as the Gasht-e Ershad"
	noun    string   // the collective's noun as written ("riot police"), when its class names it otherwise
	// stateCode is the state a collective names without a mention of it: "Serbs" are Serbia's people.
	stateCode string
	ownerM    *mention
	head      *mention // the name a place-in mention is built on ("Almaty" in "the Almaty airport")
	poss      bool     // followed by 's
	prep      string   // the preposition that governs it, if any
	entity    *entity
	alts      []*entity // further entities a reference means ("both countries", "the applications")
	acting    bool      // a capital or stand-in that acts ("Moscow has deployed")
	tried     bool      // a reference whose resolution has been attempted
	// withinName marks a place's name that only opens a company's or an exchange's name ("Andes" of "Andes
	// Capital", "Jiangxi" of "Jiangxi Copper"): it names no actor of the article unless something else does.
	withinName bool
	// reaction: for an event named again ("condemned the attack", "hosted the talks"), the type its
	// reaction makes of the event's actors, the only type a predicate may give it as its object.
	reaction graph.RelType
}

// claim records m in its sentence if none of its tokens is taken; it reports whether it did.
func (s *sentence) claim(m *mention) bool {
	for k := m.i; k < m.j; k++ {
		if s.at[k] >= 0 {
			return false
		}
	}
	m.sentence = s
	s.ments = append(s.ments, m)
	for k := m.i; k < m.j; k++ {
		s.at[k] = len(s.ments) - 1
	}
	return true
}

// mentionAt returns the mention covering token k, or nil.
func (s *sentence) mentionAt(k int) *mention {
	if k < 0 || k >= len(s.toks) || s.at[k] < 0 {
		return nil
	}
	return s.ments[s.at[k]]
}

func (d *reading) newMention(s *sentence, i, j int, kind graph.Kind, name, rule string, conf float64) *mention {
	return &mention{i: i, j: j, start: s.toks[i].start, end: s.toks[j-1].end, surface: d.text.norm[s.toks[i].start:s.toks[j-1].end],
		kind: kind, name: name, rule: rule, conf: conf}
}

// findMentions runs the recognisers over one sentence, most specific first: a token once claimed is not
// claimed again.
func (d *reading) findMentions(s *sentence) {
	d.findNonActors(s)
	d.findPartyPlurals(s)
	d.findGazetteer(s)
	d.longerOfNames(s)
	d.findPlacedNames(s)
	d.findCompanies(s)
	d.findLocalBodies(s)
	d.findAcronymDefinitions(s)
	d.findOffices(s)
	d.findHyphenated(s)
	d.findPlaceHeads(s)
	d.findOrgNames(s)
	d.findHeadedNames(s)
	d.findCompaniesBeforePlaces(s)
	d.ofTheNames(s)
	d.joinSites(s)
	d.findWhoseBodies(s)
	d.namesOverPlaces(s)
	d.findRoles(s)
	d.findDescribed(s)
	d.findPartyNames(s)
	d.findUnknownPlaces(s)
	d.findTownsOf(s)
	d.findPeoplesAndFacilities(s)
	d.findCollectives(s)
	d.findUnknownAcronyms(s)
	d.findSymbolNames(s)
	d.findPersons(s)
	d.parenthesisedNames(s)
	d.knownAsNames(s)
	d.namedByDescriptor(s)
	d.findReferences(s)
	d.dropGenericNames(s)
	sortMentions(s)
	d.recordOrgNames(s)
}

func sortMentions(s *sentence) {
	// Insertion sort by start: sentences hold a handful of mentions.
	for a := 1; a < len(s.ments); a++ {
		for b := a; b > 0 && s.ments[b].start < s.ments[b-1].start; b-- {
			s.ments[b], s.ments[b-1] = s.ments[b-1], s.ments[b]
		}
	}
	for k := range s.at {
		s.at[k] = -1
	}
	for n, m := range s.ments {
		for k := m.i; k < m.j; k++ {
			s.at[k] = n
		}
		m.poss = m.j < len(s.toks) && (s.toks[m.j].lower == "'s" || s.toks[m.j].lower == "'") && m.affix == ""
		m.prep = governingPrep(s, m.i)
	}
}

// governingPrep returns the preposition that governs the noun phrase starting at token i, looking back over
// determiners, adjectives and numbers: "in the resource-rich Central Asian country" → "in".
func governingPrep(s *sentence, i int) string {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := s.toks[k]
		if prepositions[t.lower] {
			return t.lower
		}
		if determiners[t.lower] || t.tag == "JJ" || t.tag == "CD" || t.tag == "RB" || t.lower == "'s" {
			continue
		}
		if s.at[k] < 0 && (honorificTitles[t.lower] || titleWords[t.lower]) {
			continue // "loyal to General Tiani", "met with President Biden"
		}
		if m := s.mentionAt(k); m != nil && m.poss {
			continue // "in Kazakhstan's oil rich west"
		}
		return ""
	}
	return ""
}

// findGazetteer claims the longest gazetteer match at each word, extended when the name goes on into a
// longer one ("China Merchants Port Holdings", "Nord Stream 2 AG", "African Union Commission").
func (d *reading) findGazetteer(s *sentence) {
	toks := s.toks
	for i := 0; i < len(toks); {
		if !toks[i].isCap() && !startsWithDigit(toks[i].text) && !particleName(toks[i].text) {
			i++
			continue
		}
		best, hits := d.longestEntry(s, i)
		if best == 0 {
			i++
			continue
		}
		if _, ok := d.acronymNames[toks[i].text]; ok && best == 1 && isAcronym(toks[i].text) {
			i++ // the text defined the acronym as another name ("Armed Forces of the Philippines (AFP)")
			continue
		}
		if d.genericInLonger(s, i, hits[0]) {
			i += best // "the National Democratic Congress", "the Free Democrats": a longer name of its own
			continue
		}
		if languageUse(s, i, i+best, hits) {
			s.claim(d.newMention(s, i, i+best, "", "", ruleNonActor, 0)) // "its Portuguese initials", "said in French"
			i += best
			continue
		}
		if currencyAfter(s, i, i+best, hits[0].e.kind) {
			s.claim(d.newMention(s, i, i+best+1, "", "", ruleNonActor, 0)) // "14 U.S. cents", "Hong Kong dollars"
			i += best + 1
			continue
		}
		m := d.newMention(s, i, i+best, hits[0].e.kind, hits[0].e.name, "gazetteer", 0.95)
		m.gz = hits
		m.form = hits[0].form
		for _, h := range hits {
			if h.form == formName {
				m.form = formName
			}
		}
		d.absorbState(s, m)
		if e := d.chapterEnd(s, m); e > m.j {
			m = d.newMention(s, m.i, e, graph.Organization, d.text.norm[toks[m.i].start:toks[e-1].end], "name:chapter", 0.8)
		} else if e := d.longerName(s, m); e > m.j && isCompany(m) {
			m = d.companyUnit(s, m, e)
		} else if e > m.j {
			peoples := d.peoplesAfter(s, m)
			m = d.extendedName(s, m, d.crownedStart(s, m.i), e)
			if peoples {
				m.rule = rulePeoplesName
			}
		}
		s.claim(m)
		i = m.j
	}
	d.companiesBeforeStates(s)
}

// currencyUnits are the units of money news names after a state's or territory's name or adjective: "14
// U.S. cents", "500 million Hong Kong dollars", "paid in Canadian dollars". The name there says whose
// currency it is; the state does nothing in the sentence.
// Units that are also common verbs or words ("won", "real", "pounds") are left out or need the amount.
var currencyUnits = words("dollar|dollars|cent|cents|euro|euros|pound|pounds|penny|pence|yuan|renminbi|yen|rupee|rupees|" +
	"peso|pesos|reais|rouble|roubles|ruble|rubles|franc|francs|dinar|dinars|dirham|dirhams|riyal|riyals|rial|rials|" +
	"lira|liras|shilling|shillings|naira|rand|cedi|cedis|kwacha|taka|tenge|hryvnia|zloty|forint|krona|kronor|krone|kroner|baht|ringgit|rupiah")

// languageNouns are nouns a state's adjective before them makes a language's: "its Portuguese initials",
// "the Arabic name", "a Russian translation". The adjective names the language, not the state.
var languageNouns = words("initials|acronym|abbreviation|name|names|word|words|term|terms|translation|translations|" +
	"spelling|transliteration|version|subtitles|dialect|language|speakers|speaker|speaking|-speaking|-language|text|original")

// languageUse reports whether the adjective of a state at [i, e) names a language: before a languageNouns
// word ("its Portuguese initials") or after "in" and before no noun ("said in French", "known in Persian
// as"); "in Russian airspace", "in French Guiana" keep theirs.
func languageUse(s *sentence, i, e int, hits []gzHit) bool {
	for _, h := range hits {
		if h.form != formDemonym || h.e.kind != graph.State {
			return false
		}
	}
	if e >= len(s.toks) {
		return i > 0 && s.toks[i-1].lower == "in"
	}
	next := s.toks[e]
	if languageNouns[next.lower] || strings.HasPrefix(next.text, "-") && languageNouns[next.lower] {
		return true
	}
	return i > 0 && s.toks[i-1].lower == "in" && !next.isCap() && !strings.HasPrefix(next.tag, "NN") && !strings.HasPrefix(next.tag, "JJ")
}

// amountWords end an amount before a currency's name: "500 million Hong Kong dollars"; "in" says what
// something is paid in.
var amountWords = words("hundred|thousand|million|billion|trillion|mn|bn|in")

// currencyAfter reports whether the name of a state or place at [i, e) names a currency: an amount or
// "in" before it, a currency's unit after it ("14 U.S. cents", "paid in Canadian dollars"), so that
// "Israeli jets pound Gaza" and "Russia won support" keep their actors.
func currencyAfter(s *sentence, i, e int, kind graph.Kind) bool {
	if kind != graph.State && kind != graph.Place || i == 0 || e >= len(s.toks) {
		return false
	}
	before, unit := s.toks[i-1], s.toks[e]
	return (before.tag == "CD" || startsWithDigit(before.text) || amountWords[before.lower]) &&
		!unit.isCap() && strings.HasPrefix(unit.tag, "NN") && currencyUnits[unit.lower]
}

// longestEntry returns the length in tokens of the longest gazetteer form starting at token i, and its
// readings.
func (d *reading) longestEntry(s *sentence, i int) (int, []gzHit) {
	toks := s.toks
	for n := min(d.extractor.gz.maxTokens+2, len(toks)-i); n >= 1; n-- {
		last := toks[i+n-1]
		if !last.isWord() && last.text != ")" && !strings.HasSuffix(last.text, ".") || last.text == "." {
			continue
		}
		if h := d.extractor.gz.lookup(d.text.norm[toks[i].start:last.end]); len(h) > 0 {
			return n, h
		}
	}
	return 0, nil
}

// corporateSuffixes end company names: "Nord Stream 2 AG", "Toyota Motor Corp.".
var corporateSuffixes = words("ag|sa|s.a.|ltd|ltd.|limited|inc|inc.|plc|llc|gmbh|corp|corp.|co.|nv|n.v.|se|asa|ab|ojsc|pjsc|jsc|spa|bv|pty|bhd|oyj|a/s|lp|llp|holdings")

// longerName returns the end of the longer name a gazetteer match begins, or m.j when it is whole: the
// capitalised words after it up to an organisation's head word or a company's suffix ("Kenya Airways",
// "China Merchants Port Holdings", "African Union Commission"); "Ministry" is left to the ministry rule,
// a "Mission" takes the place it is in ("the United Nations Support Mission in Libya (UNSMIL)"), and
// a possessive, a demonym's people or an acronym after it end the name.
func (d *reading) longerName(s *sentence, m *mention) int {
	toks := s.toks
	if m.form == formStands {
		return m.j
	}
	end := m.j
	company := isCompany(m)
	reach := m.j + 4
	if d.peoplesAfter(s, m) {
		reach++ // "Sudan People's Liberation Movement": the possessive is inside the name
	}
	for e := m.j; e < len(toks) && e < reach; e++ {
		t := toks[e]
		if e < m.j+2 && reach > m.j+4 {
			continue // "People's"
		}
		if possessiveInName(s, e+1) {
			if n, _ := d.longestEntry(s, e); n > 0 {
				break // "the Chinese People's Liberation Army" is the known one
			}
			reach++ // "the Zambezi Fishers' Association", "the Dandong Intermediate People's Court"
			continue
		}
		if e > m.j && possessiveInName(s, e) {
			continue
		}
		if !t.isCap() && !startsWithDigit(t.text) || t.lower == "ministry" || t.lower == "'s" {
			break
		}
		if t.lower == "mission" {
			end = d.missionEnd(s, e)
			break
		}
		if notNames[t.lower] && !orgHeads[t.lower] && !fieldWords[t.lower] || calendar[t.lower] || isAcronym(t.text) && !corporateSuffixes[t.lower] {
			break
		}
		if len(d.extractor.gz.lookup(t.text)) > 0 && !orgHeads[t.lower] {
			break // another name: "Chevron USA" is handled apart, "Russia China" are two
		}
		if legalForms[t.lower] {
			break // a legal form is no part of the name: findCompanies takes it with the name
		}
		if orgHeads[t.lower] || placeTradeHeads[t.lower] || corporateSuffixes[t.lower] || company && companyTails[t.lower] {
			end = e + 1
		}
	}
	if company && end == m.j {
		end = d.subsidiaryWord(s, m.j)
	}
	if end > m.j && end < len(toks) && (ministerWords[toks[end].lower] || officeAfterField[toks[end].lower] && fieldWords[toks[end-1].lower]) {
		return m.j // "Saudi Energy Minister X", "French Armed Forces Minister X": the words name the office
	}
	if end > m.j {
		end = d.joinedName(s, m.i, end) // "Kenyan Bureau of Statistics", "Dalian Petroleum and Natural Gas Exchange"
	}
	return end
}

// rulePeoplesName names an organisation whose name a state's name and "People's" open: a party or a
// movement based in the state, not a body of its government ("the Sudan People's Liberation Army" fought
// Sudan's).
const rulePeoplesName = "name:peoples"

// peoplesAfter reports whether "People's" follows a state's or a place's name m and opens, with it, the
// name of a party, an army or a movement ("the Zimbabwe People's Party", "the Sudan People's Liberation
// Army"). A known organisation of m's own state after its adjective stays that one ("the Chinese People's
// Liberation Army" is the People's Liberation Army).
func (d *reading) peoplesAfter(s *sentence, m *mention) bool {
	toks := s.toks
	if m.kind != graph.State && m.kind != graph.Place || len(m.gz) == 0 || m.j+2 >= len(toks) ||
		toks[m.j].lower != "people" || toks[m.j+1].lower != "'s" || !toks[m.j+2].isCap() {
		return false
	}
	if n, hits := d.longestEntry(s, m.j); n > 0 {
		for _, h := range hits {
			if h.e.code != "" && h.e.code == m.gz[0].e.code {
				return false
			}
		}
	}
	return true
}

// gzCompany is the gazetteer's type of a company.
const gzCompany = "company"

// isCompany reports whether a gazetteer match names a company by its name.
func isCompany(m *mention) bool {
	return len(m.gz) > 0 && m.gz[0].e.typ == gzCompany && m.form == formName
}

// ruleCompanyUnit names a company's unit or subsidiary read from the parent's name.
const ruleCompanyUnit = "name:company-unit"

// companyUnit turns a known company's match into the name of its unit that goes on to end ("Hanwha
// Ocean"): a company of its own in the parent's state. The parent is not kept as an actor: the text names
// the unit, and that it still belongs to the parent the name only suggests (units are sold and renamed).
func (d *reading) companyUnit(s *sentence, m *mention, end int) *mention {
	n := d.newMention(s, m.i, end, graph.Organization, d.text.norm[s.toks[m.i].start:s.toks[end-1].end], ruleCompanyUnit, 0.8)
	n.special, n.stateCode = "longer", m.gz[0].e.code
	return n
}

// companyTails end the name of a company's unit or subsidiary after a known company's name, as orgHeads end
// other organisations' names: "Hanwha Ocean", "COSCO Shipping Ports", "Dangote Cement", "Mubadala
// Capital". They are read after a company only: "Pacific Ocean" and "Hanwha Ocean" differ by what
// comes first.
var companyTails = words("ocean|ports|port|terminals|marine|offshore|equity|capital|cement|sugar|foods|space|aerospace|" +
	"defence|defense|electronics|solutions|power|renewables|green|chemical|petrochemicals|refining|exploration|" +
	"upstream|trading|finance|leasing|semiconductor|semiconductors|pharma|biotech|global|digital|cloud|health|" +
	"automotive|motor|auto|construction|infrastructure|heavy|nuclear|hydro|solar|wind|fertilizers|fertilisers|" +
	"agro|cargo|tankers|downstream")

// subsidiaryWord returns the end of a known company's name that goes on with one word of its own, or e
// when it does not: a capitalised word no dictionary, gazetteer or title list knows, with no name after
// it ("India's ONGC Videsh", "Sonangol Pesquisa"). News names a company's units by the parent's name and
// such a word, and the analyst lists the unit, not the parent. A title, a date or a person's name after
// the company ("Sonangol Chief Executive X", "Adani Tuesday denied") is no such word.
func (d *reading) subsidiaryWord(s *sentence, e int) int {
	toks := s.toks
	if e >= len(toks) || s.at[e] >= 0 {
		return e
	}
	t := toks[e]
	if !t.isCap() || !isNameWord(t.text) || isAcronym(t.text) || notNames[t.lower] || calendar[t.lower] ||
		titleWords[t.lower] || honorificTitles[t.lower] || d.extractor.gz.isCommonWord(t.text) || len(d.extractor.gz.lookup(t.text)) > 0 {
		return e
	}
	if e+1 < len(toks) && (toks[e+1].isCap() || toks[e+1].lower == "'s" || toks[e+1].lower == "'") {
		return e // "Sonangol Paulo Neto": a name goes on, or the word owns what follows
	}
	return e + 1
}

// crownWords open the names of a monarchy's forces and bodies before its state's name or demonym: "the
// Royal Thai Army", "Royal Canadian Mounted Police", "the Royal Solomon Islands Police Force". Without the
// word the name is a fragment ("Australian Navy") the analyst does not write.
var crownWords = words("royal|imperial")

// creedWords open the names parties, movements and armed groups give themselves before a state's name or
// demonym: "the United Congolese Party", "the Free Syrian Army", "the Patriotic Kenyan Front", "the
// Revolutionary Sudanese Movement". Without the word the name is a fragment ("Congolese Party").
var creedWords = words("united|free|patriotic|progressive|revolutionary|popular|democratic")

// crownedStart returns the start of a longer name the state's name at token i begins, taking in a crown
// word or a creed word right before it that no other name claimed.
func (d *reading) crownedStart(s *sentence, i int) int {
	if i > 0 && s.at[i-1] < 0 && s.toks[i-1].isCap() && (crownWords[s.toks[i-1].lower] || creedWords[s.toks[i-1].lower]) {
		return i - 1
	}
	return i
}

// missionEnd returns the end of a mission's name whose "Mission" is token e: it goes on over "in" and the
// known place the mission works in ("the African Union Mission in Somalia", "the United Nations Support
// Mission in Libya (UNSMIL)"), as its acronym does.
func (d *reading) missionEnd(s *sentence, e int) int {
	if e+2 >= len(s.toks) || s.toks[e+1].lower != "in" && s.toks[e+1].lower != "on" {
		return e + 1
	}
	if n, hits := d.longestEntry(s, e+2); n > 0 && (hits[0].e.kind == graph.State || hits[0].e.kind == graph.Place) {
		return e + 2 + n
	}
	return e + 1
}

// officeAfterField are the offices a field word before them names: "Energy Minister", "Defence Secretary".
var officeAfterField = words("secretary|secretaries")

// ministerWords after a name make it the name of a minister's office, whatever its head word.
var ministerWords = words("minister|ministers")

// extendedName turns a gazetteer match into the longer organisation name it begins, remembering the
// matched name as the owner: "Kenya Airways" is based in Kenya, "African Union Commission" is part of the
// African Union.
func (d *reading) extendedName(s *sentence, m *mention, start, end int) *mention {
	n := d.newMention(s, start, end, graph.Organization, d.text.norm[s.toks[start].start:s.toks[end-1].end], "name:longer", 0.8)
	n.special, n.ownerM = "longer", m
	m.sentence = s
	d.hidden = append(d.hidden, m)
	return n
}

// companiesBeforeStates reads "Chevron USA" and "Toyota USA": an unknown capitalised word before a state's
// acronym is a company's name, unless it is a word that opens sentences or dates.
func (d *reading) companiesBeforeStates(s *sentence) {
	toks := s.toks
	for n, m := range s.ments {
		if m.kind != graph.State || len(m.gz) == 0 || !m.gz[0].exact || m.i == 0 {
			continue
		}
		p := toks[m.i-1]
		if s.at[m.i-1] < 0 && p.isCap() && m.i-1 > 0 && !notNames[p.lower] && !calendar[p.lower] && !titleWords[p.lower] && m.surface != "US" && m.surface != "U.S." {
			m.kind, m.name, m.gz, m.rule = graph.Organization, d.text.norm[p.start:m.end], nil, "company-name"
			m.i--
			m.start = p.start
			m.surface = m.name
			s.at[m.i] = n
		}
	}
}

// chapterEnd returns the end of a national chapter's or branch's name that a known organisation's name
// and a state's name make together ("Amnesty International UK", "Oxfam Kenya", "Shell Nigeria"): a body
// of its own, as analysts name it (the organisation itself is not named by it). It returns m.j when no state follows, or when
// what follows the state shows the two are apart: a possessive or another name ("the EU Turkey's ..."), or
// a noun of an occasion between them ("the EU Canada summit"). A company's "Chevron USA" is absorbState's.
func (d *reading) chapterEnd(s *sentence, m *mention) int {
	toks := s.toks
	if m.kind != graph.Organization || m.gz == nil || m.j >= len(toks) || m.form == formStands {
		return m.j
	}
	if k := m.i - 1; k >= 0 && (determiners[toks[k].lower] && k > 0 && addresseeVerbs[toks[k-1].lower] || addresseeVerbs[toks[k].lower]) {
		return m.j // "told the UN Ukraine had ...": what was told begins with the state
	}
	n, hits := d.longestEntry(s, m.j)
	if n == 0 || hits[0].e.kind != graph.State || hits[0].form != formName {
		return m.j
	}
	if e := m.j + n; e < len(toks) {
		if t := toks[e]; t.lower == "'s" || t.lower == "'" || t.isCap() || occasionNouns[t.lower] {
			return m.j
		}
	}
	return m.j + n
}

// addresseeVerbs take an addressee and then what they say: "told the UN Ukraine had attacked".
var addresseeVerbs = words("told|tells|tell|telling|informed|informs|assured|assures|reminded|warned|warns|briefed|notified|convinced|persuaded")

// occasionNouns after two names make them the sides of an occasion, not one name: "the EU Canada summit".
var occasionNouns = words("summit|talks|deal|agreement|accord|pact|meeting|relations|ties|partnership|trade|dialogue|" +
	"border|dispute|war|conflict|match|game|treaty|alliance|axis|corridor|pipeline|route|flights|visit")

// absorbState makes a known company's name followed by a state's acronym ("Chevron USA") one name: the
// state is not mentioned.
func (d *reading) absorbState(s *sentence, m *mention) {
	if h := m.gz[0]; h.e.kind != graph.Organization || h.e.typ != "company" || m.j >= len(s.toks) {
		return
	}
	if next := d.extractor.gz.lookup(s.toks[m.j].text); len(next) > 0 && next[0].e.kind == graph.State && next[0].exact {
		m.j++
		m.end = s.toks[m.j-1].end
		m.surface = d.text.norm[m.start:m.end]
	}
}

func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// findAcronymDefinitions reads "Collective Security Treaty Organization (CSTO)": the acronym names the
// entity for the rest of the document.
func (d *reading) findAcronymDefinitions(s *sentence) {
	toks := s.toks
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].text != "(" || toks[k+2].text != ")" || !isAcronym(toks[k+1].text) || !toks[k+1].isWord() {
			continue
		}
		if d.thingDefinition(s, k) {
			continue // "the Inflation Reduction Act (IRA)": a thing's letters
		}
		// The name before it: a gazetteer mention ending there, or a run of capitalised words.
		if m := s.mentionAt(k - 1); m != nil && !d.endsLongerDefinition(s, m, k) {
			d.defineByMention(s, m, k)
			continue
		}
		d.defineByWords(s, k)
	}
	d.thingUses(s)
	d.acronymUses(s)
}

// endsLongerDefinition reports whether the known name m before the acronym in parentheses at k+1 only
// ends the name the acronym stands for, and drops it and the acronym's own gazetteer reading when so: in
// "the All People's Congress (APC)" the letters are not "Congress" (the US Congress) nor the Nigerian
// party the gazetteer knows as APC, but the whole run of capitals, which defineByWords then names.
func (d *reading) endsLongerDefinition(s *sentence, m *mention, k int) bool {
	toks := s.toks
	acr := toks[k+1].text
	if m.gz == nil || definesAcronym(acr, m.surface) || hasAlias(m.gz[0].e, acr) {
		return false
	}
	i := m.i
	for i > 0 && i > k-maxAcronymWords && s.at[i-1] < 0 && (toks[i-1].isCap() || acronymInnerWords[toks[i-1].lower] && i > 1 && toks[i-2].isCap()) && toks[i-1].lower != "the" {
		i--
	}
	if i == m.i || !definesAcronym(acr, d.text.norm[toks[i].start:toks[k-1].end]) {
		return false
	}
	d.dropMention(s, m)
	if am := s.mentionAt(k + 1); am != nil && am.i == k+1 && am.j == k+2 {
		d.dropMention(s, am)
	}
	d.defineByWords(s, k)
	return true
}

// maxAcronymWords bounds the name an acronym in parentheses stands for.
const maxAcronymWords = 10

// acronymInnerWords may stand between the capitalised words of a name an acronym stands for: "Front for the
// Liberation of ...", "All People's Congress".
var acronymInnerWords = words("of|for|and|the|'s|" + nameParticleList)

// defineByMention reads the acronym in parentheses at k+1 as the alias of the mention m before it when
// its letters fit m's name or the gazetteer knows it by them.
func (d *reading) defineByMention(s *sentence, m *mention, k int) {
	acr := s.toks[k+1].text
	if d.stateEndsDefinition(s, m, k, acr) {
		return
	}
	if !(m.kind == graph.Organization && definesAcronym(acr, m.surface) || m.gz != nil && hasAlias(m.gz[0].e, acr)) {
		return
	}
	d.acronyms[acr] = m
	if m.gz == nil {
		// A name built on a known one ("the Zambia Defence Force (ZDF)"): later uses of the
		// acronym are this name's, not what a gazetteer knows by the letters (a broadcaster).
		d.acronymNames[acr] = m.name
		if am := s.mentionAt(k + 1); am != nil && am.i == k+1 && am.j == k+2 && am.gz != nil {
			d.dropMention(s, am) // and here too: "(ZDF)" is no German broadcaster
		}
	}
	if s.at[k+1] < 0 {
		s.at[k], s.at[k+1], s.at[k+2] = s.at[k-1], s.at[k-1], s.at[k-1]
		m.j = k + 3
	}
}

// defineByWords reads the acronym in parentheses at k+1 as the name of the run of capitalised words
// before it (over "of", "for", "and", "the" and name particles, at most ten tokens) when its letters fit.
func (d *reading) defineByWords(s *sentence, k int) {
	toks := s.toks
	acr := toks[k+1].text
	i := k
	for i > 0 && i > k-maxAcronymWords && (toks[i-1].isCap() || acronymInnerWords[toks[i-1].lower] && i-1 > 0 && toks[i-2].isCap()) && s.at[i-1] < 0 {
		i--
	}
	for i < k && !toks[i].isCap() {
		i++
	}
	if i < k && toks[i].lower == "the" {
		i++
	}
	if i >= k || !definesAcronym(acr, d.text.norm[toks[i].start:toks[k-1].end]) && !d.namesAcronym(s, i, k, acr) {
		return
	}
	name := d.text.norm[toks[i].start:toks[k-1].end]
	kind := graph.Organization
	if _, byWords, ok := typeByWords(s, i, k); ok && byWords == graph.Place {
		kind = graph.Place // "Line of Actual Control (LAC)", "China-Pakistan Economic Corridor (CPEC)"
	}
	if s.at[k+1] >= 0 {
		return
	}
	m := d.newMention(s, i, k+3, kind, name, "acronym-definition", 0.9)
	m.surface = name
	m.end = toks[k-1].end
	if s.claim(m) {
		d.acronyms[acr] = m
		d.acronymNames[acr] = name
	}
}

// acronymUses names the later uses of a defined acronym the gazetteer does not know.
func (d *reading) acronymUses(s *sentence) {
	for k, t := range s.toks {
		if s.at[k] >= 0 || !isAcronym(t.text) {
			continue
		}
		if _, ok := d.acronymNames[t.text]; ok {
			kind := graph.Organization
			if def := d.acronyms[t.text]; def != nil {
				kind = def.kind // "LAC" is the place its definition names
			}
			m := d.newMention(s, k, k+1, kind, d.acronymNames[t.text], "acronym", 0.9)
			s.claim(m)
		}
	}
}

func hasAlias(e *gzEntry, a string) bool {
	for _, x := range e.aliases {
		if x == a {
			return true
		}
	}
	return false
}

// definesAcronym reports whether a name written before an acronym in parentheses is what it stands for:
// its initials in order, or, for a name translated from a language that orders words otherwise, the same
// initials in another order ("National Electoral Council (CNE)", "Central African Armed Forces (FACA)").
func definesAcronym(acr, name string) bool {
	return acronymFits(acr, name) || acronymPermutes(acr, name)
}

// acronymPermutes reports whether the letters of acr are the initials of name's words that are not small
// words, each used once, in any order.
func acronymPermutes(acr, name string) bool {
	count := map[rune]int{}
	n := 0
	for _, r := range acr {
		if unicode.IsLetter(r) {
			count[unicode.ToLower(r)]++
			n++
		}
	}
	ws := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' })
	words := 0
	for _, w := range ws {
		if connectors[w] || notNames[w] && len(ws) > n {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		count[r]--
		words++
	}
	if n < 2 || words != n {
		return false
	}
	for _, c := range count {
		if c != 0 {
			return false
		}
	}
	return true
}

// acronymFits reports whether the letters of acr are the initials of the words of name, in order, where
// small words may be skipped or used and a letter may also come from inside the word it follows
// ("Economic Community of West African States" → ECOWAS).
func acronymFits(acr, name string) bool {
	var letters []rune
	for _, r := range acr {
		if unicode.IsLetter(r) {
			letters = append(letters, unicode.ToLower(r))
		}
	}
	ws := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' })
	if len(letters) < 2 || len(ws) < 2 || len(ws) > 12 {
		return false
	}
	var fit func(li, wi int) bool
	steps := 0
	fit = func(li, wi int) bool {
		steps++
		if steps > 2000 {
			return false
		}
		if li == len(letters) {
			for ; wi < len(ws); wi++ {
				if !notNames[ws[wi]] && !connectors[ws[wi]] {
					return false
				}
			}
			return true
		}
		if wi == len(ws) {
			return false
		}
		w := []rune(ws[wi])
		if w[0] == letters[li] {
			// Take further letters from inside this word ("COmmunity").
			n := 1
			for ; li+n <= len(letters); n++ {
				if fit(li+n, wi+1) {
					return true
				}
				if n >= len(w) || li+n >= len(letters) || !strings.ContainsRune(string(w[n:]), letters[li+n]) {
					break
				}
			}
		}
		return (notNames[ws[wi]] || connectors[ws[wi]]) && fit(li, wi+1) // "Radiodiffusion Télévision du Burkina (RTB)"
	}
	return fit(0, 0)
}

// affixes that follow a name in a hyphenated word and say how the name relates to what follows.
var affixes = words("led|backed|brokered|based|owned|run|controlled|allied|sponsored|funded|supported|" +
	"aligned|friendly|made|built|imposed|linked|installed|dominated|headed|bound|proposed|drafted|authored|" +
	"requested|mediated|facilitated|hosted|organised|organized|supplied|trained|armed|financed|designed|manufactured|" +
	"operated|administered|annexed|occupied|held|listed|registered|headquartered")

// findHyphenated finds names inside hyphenated words: "Russia-led", "pro-Russian", "US-China".
func (d *reading) findHyphenated(s *sentence) {
	for k, t := range s.toks {
		if s.at[k] >= 0 || !strings.Contains(t.text, "-") {
			continue
		}
		parts := strings.Split(t.text, "-")
		off := t.start
		type part struct {
			text       string
			start, end int
		}
		ps := make([]part, len(parts))
		for n, p := range parts {
			ps[n] = part{p, off, off + len(p)}
			off += len(p) + 1
		}
		lower := strings.ToLower(parts[len(parts)-1])
		switch {
		case len(ps) >= 2 && affixes[lower]:
			name := strings.Join(parts[:len(parts)-1], "-")
			if d.affixedLongerName(s, k, ps[0].start, ps[len(ps)-2].end, lower) {
				continue
			}
			h := d.extractor.gz.lookup(name)
			if len(h) == 0 && k > 0 && s.toks[k-1].lower == "the" {
				h = d.extractor.gz.lookup("The " + name) // "the Hague-based watchdog"
			}
			if len(h) > 0 {
				m := &mention{i: k, j: k + 1, start: ps[0].start, end: ps[len(ps)-2].end, surface: name, kind: h[0].e.kind,
					name: h[0].e.name, gz: h, form: h[0].form, rule: "gazetteer", conf: 0.9, affix: lower}
				if h[0].form == formCapital || h[0].form == formStands {
					m.acting = true
				}
				s.claim(m)
			} else if basedAffixes[lower] && d.unknownBase(name) {
				// "a Lokapel-based militia": what an organisation is based in is a place, known or not
				m := &mention{i: k, j: k + 1, start: ps[0].start, end: ps[len(ps)-2].end, surface: name, kind: graph.Place,
					name: name, rule: "name:based-in", conf: 0.7, affix: lower}
				s.claim(m)
			}
		case len(ps) >= 2 && (strings.EqualFold(parts[0], "pro") || strings.EqualFold(parts[0], "anti")):
			name := strings.Join(parts[1:], "-")
			if h := d.extractor.gz.lookup(name); len(h) > 0 {
				m := &mention{i: k, j: k + 1, start: ps[1].start, end: ps[len(ps)-1].end, surface: name, kind: h[0].e.kind,
					name: h[0].e.name, gz: h, form: h[0].form, rule: "gazetteer", conf: 0.9, affix: strings.ToLower(parts[0])}
				if h[0].form == formCapital || h[0].form == formStands {
					m.acting = true
				}
				s.claim(m)
			}
		default:
			// "US-China", "Russia-Ukraine": every part must be a state.
			var found []*mention
			for _, p := range ps {
				h := d.extractor.gz.lookup(p.text)
				if len(h) == 0 || h[0].e.kind != graph.State {
					found = nil
					break
				}
				found = append(found, &mention{i: k, j: k + 1, start: p.start, end: p.end, surface: p.text, kind: graph.State,
					name: h[0].e.name, gz: h, form: h[0].form, rule: "gazetteer", conf: 0.85, affix: "pair"})
			}
			if len(found) >= 2 {
				// Several mentions share the token: record them without claiming token by token.
				for _, m := range found {
					m.sentence = s
					s.ments = append(s.ments, m)
				}
				s.at[k] = len(s.ments) - 1
			}
		}
	}
}

// unknownBase reports whether the first part of an "X-based" compound the gazetteer lacks names a place: one
// capitalised name word, no common English word ("Family-based", "Community-based"), no acronym (a body:
// "UN-based"), no head word of an organisation ("Party-based").
func (d *reading) unknownBase(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r) && isNameWord(name) && !strings.Contains(name, "-") && !d.extractor.gz.isCommonWord(name) &&
		!isAcronym(name) && !orgHeads[strings.ToLower(name)] && !notNames[strings.ToLower(name)]
}

// affixedNameWords is how many capitalised words before a hyphenated word may open the name its first part
// ends: "New York-based", "Abu Dhabi-based", "Saudi Arabia-backed", "Hong Kong-listed" (two); three words
// ("Bosnia and Herzegovina-") are rarer in compounds than a name ending just before them.
const affixedNameWords = 2

// affixedLongerName reads a name of several words whose last word the hyphenated token at k opens ("an Abu
// Dhabi-based investor"): the capitalised words before it and the token's first part, looked up together,
// longest first. A mention the gazetteer made of those words alone ("Saudi" as a demonym) gives way to the
// longer name. It reports whether it claimed the name.
func (d *reading) affixedLongerName(s *sentence, k, start, end int, affix string) bool {
	for n := affixedNameWords; n >= 1; n-- {
		i := k - n
		if i < 0 || !capsOnly(s, i, k) {
			continue
		}
		h := d.extractor.gz.lookup(d.text.norm[s.toks[i].start:end])
		if len(h) == 0 {
			continue
		}
		var inside []*mention
		for j := i; j < k; j++ {
			if m := s.mentionAt(j); m != nil && (m.i < i || m.j > k) {
				inside = nil
				break
			} else if m != nil && !slices.Contains(inside, m) {
				inside = append(inside, m)
			}
		}
		for _, m := range inside {
			d.dropMention(s, m)
		}
		m := &mention{i: i, j: k + 1, start: s.toks[i].start, end: end, surface: d.text.norm[s.toks[i].start:end], kind: h[0].e.kind,
			name: h[0].e.name, gz: h, form: h[0].form, rule: "gazetteer", conf: 0.9, affix: affix}
		m.acting = h[0].form == formCapital || h[0].form == formStands
		if s.claim(m) {
			return true
		}
	}
	return false
}

// capsOnly reports whether the tokens [i, e) are all capitalised words.
func capsOnly(s *sentence, i, e int) bool {
	for k := i; k < e; k++ {
		if !s.toks[k].isCap() || !s.toks[k].isWord() {
			return false
		}
	}
	return true
}

// findPlaceHeads reads places named after the place they are in: "the Almaty airport", "West Kazakhstan",
// "the Kashagan oil field".
// wordsAt reports whether the unclaimed tokens from e spell the words ws.
func wordsAt(s *sentence, e int, ws []string) bool {
	if e+len(ws) > len(s.toks) {
		return false
	}
	for n, w := range ws {
		if s.toks[e+n].lower != w || s.at[e+n] >= 0 {
			return false
		}
	}
	return true
}

func (d *reading) findPlaceHeads(s *sentence) {
	toks := s.toks
	for k := 0; k < len(toks); k++ {
		if d.directionPlace(s, k) {
			continue
		}
		m := s.mentionAt(k)
		if m == nil || m.i != k || m.affix != "" || m.form == formDemonym || (m.kind != graph.Place && m.kind != graph.State) {
			if s.at[k] >= 0 || !toks[k].isCap() && !particleName(toks[k].text) || notNames[toks[k].lower] || k == 0 {
				continue // "the al-Watiya air base" opens with a lower-case article
			}
		}
		end := k + 1
		if m != nil {
			end = m.j
		} else {
			for end < len(toks) && end < k+3 && toks[end].isCap() && s.at[end] < 0 && !notNames[toks[end].lower] {
				end++
			}
		}
		for _, h := range placeHeads {
			hw := strings.Fields(h)
			if !wordsAt(s, end, hw) {
				continue
			}
			if m == nil && (h == "field" || h == "port" || h == "base" || h == "region" || h == "square" || h == "district") {
				break // "Friday field"... only known places take the vague heads
			}
			if adminHeads[h] {
				break // "the Xinjiang region" is Xinjiang (namedWithoutAdminHead)
			}
			if headModifies(s, end+len(hw)) || m != nil && waterBody(m) {
				break // "the Dubai port operator", "Colombo Port City", "a Black Sea port": no site named
			}
			name := d.text.norm[toks[k].start:toks[end+len(hw)-1].end]
			pm := d.newMention(s, k, end+len(hw), graph.Place, name, "name:place-head", 0.8)
			pm.special = "place-in"
			if naturalHeads[h] {
				pm.special = "" // "the Rasht valley", "the Chobe river": named after the place, not in it
			}
			if m != nil && naturalHeads[h] {
				d.swallow(s, pm, m)
			} else if m != nil {
				pm.head = m
				d.replace(s, m, pm)
			} else if !s.claim(pm) {
				break
			}
			k = pm.j - 1
			break
		}
	}
}

// naturalHeads are the placeHeads of land and water a place names after itself: "the Rasht valley", "the
// Chobe river" lie around or beside the town or district they are named after, not in it.
var naturalHeads = words("valley|river")

// headModifies reports whether the token after a site's word goes on with the noun phrase, so that the
// site's word only says what a later noun is about: a common noun ("the Dubai port operator", "the Karachi
// airport bombing", "Lagos port workers") or a capitalised word no name has taken ("Colombo Port City").
func headModifies(s *sentence, k int) bool {
	if k >= len(s.toks) || s.at[k] >= 0 {
		return false
	}
	t := s.toks[k]
	if t.isCap() {
		return !notNames[t.lower] && !calendar[t.lower]
	}
	return t.tag == "NN" || t.tag == "NNS"
}

// waterBodies are the gazetteer's types of places on whose shore any number of ports lie: "a Black Sea
// port", "a Caspian Sea terminal" describe one, they name none.
var waterBodies = words("sea|lake|river")

// waterBody reports whether the mention reads as a sea, lake or river of the gazetteer.
func waterBody(m *mention) bool {
	for _, h := range m.gz {
		if h.e.kind == graph.Place && waterBodies[h.e.typ] {
			return true
		}
	}
	return false
}

// directionPlace reads a direction before a known state or place at token k and reports whether it did:
// "West Kazakhstan" is a part of the state, "the Eastern Mediterranean" another place, named as written.
func (d *reading) directionPlace(s *sentence, k int) bool {
	toks := s.toks
	if !directions[toks[k].lower] || !toks[k].isCap() || s.at[k] >= 0 {
		return false
	}
	m := s.mentionAt(k + 1)
	if m == nil || m.i != k+1 || m.affix != "" || m.form != formName {
		return false
	}
	switch {
	case m.kind == graph.State:
		pm := d.newMention(s, k, m.j, graph.Place, d.text.norm[toks[k].start:toks[m.j-1].end], "name:part-of-state", 0.85)
		pm.special, pm.head = "place-in", m
		d.replace(s, m, pm)
		return true
	case m.kind == graph.Place && m.gz != nil && !m.poss:
		pm := d.newMention(s, k, m.j, graph.Place, d.text.norm[toks[k].start:toks[m.j-1].end], "name:direction-place", 0.8)
		d.dropMention(s, m)
		s.claim(pm)
		return true
	}
	return false
}

// findUnknownPlaces reads places the gazetteer lacks from how they are placed: "near Wloclawek, Poland",
// "near Arlit in northern Niger", "in Agadez, Niger".
func (d *reading) findUnknownPlaces(s *sentence) {
	toks := s.toks
	for k := -1; k+2 < len(toks); k++ {
		strict := false // only a division placing it ("Okwelo, in Mbanza province"): a person may stand here
		switch {
		case k < 0 || divisionPreps[toks[k].lower]:
			strict = true
		case toks[k].lower == "near", toks[k].lower == "in", toks[k].lower == "at", toks[k].lower == "outside",
			toks[k].lower == "from", toks[k].lower == "to":
		default:
			continue
		}
		e := capRun(s, k+1, 3)
		if e == k+1 || e >= len(toks) || !isNameWord(toks[k+1].text) {
			continue
		}
		if strict && !placedInDivision(s, e) || !strict && !placedBy(s, e) {
			continue
		}
		m := d.newMention(s, k+1, e, graph.Place, d.text.norm[toks[k+1].start:toks[e-1].end], "name:placed", 0.7)
		if s.claim(m) {
			k = e - 1
		}
	}
}

// placedBy reports whether what follows an unknown name at token e places it: ", Niger", "in northern
// Niger", "and Aktau" (another place), ", a town in", ", the capital of".
func placedBy(s *sentence, e int) bool {
	toks := s.toks
	next := func(i int) *mention {
		if m := s.mentionAt(i); m != nil && m.affix == "" && !m.poss && (m.kind == graph.State && m.form == formName || m.kind == graph.Place) {
			return m
		}
		return nil
	}
	switch {
	case toks[e].text == "," && e+1 < len(toks):
		if next(e+1) != nil {
			return true
		}
		i := e + 1
		for i < len(toks) && i < e+5 && (determiners[toks[i].lower] || toks[i].tag == "JJ" || toks[i].tag == "JJS") {
			i++
		}
		return i < len(toks) && cityNouns[toks[i].lower] // "Pemba, the provincial capital"
	case toks[e].lower == "in" && e+1 < len(toks):
		if directions[toks[e+1].lower] && e+2 < len(toks) {
			return next(e+2) != nil
		}
		return next(e+1) != nil
	case toks[e].lower == "and" && e+1 < len(toks):
		m := next(e + 1)
		return m != nil && m.kind == graph.Place
	}
	return false
}

// divisionPreps are the prepositions before an unknown name that a following division places
// ("an attack on Okwelo, in Mbanza province", "fled into Sotik, Mbanza county"); so is a sentence's first
// name ("Lokirima, in Mbanza province, was shelled").
var divisionPreps = words("on|into|towards|toward|across|through|around|via|of")

// placedInDivision reports whether a comma at token e, an optional "in" and an optional direction are
// followed by a place named with a division's word: "X, in Mbanza province", "X, northern Mbanza county".
// A person's name stands before such words seldom ("Mwangi, in Nairobi, said" names no division).
func placedInDivision(s *sentence, e int) bool {
	toks := s.toks
	if toks[e].text != "," {
		return false
	}
	i := e + 1
	if i < len(toks) && toks[i].lower == "in" {
		i++
	}
	if i < len(toks) && directions[toks[i].lower] {
		i++
	}
	m := s.mentionAt(i)
	if m == nil || m.i != i || m.kind != graph.Place || m.poss || m.affix != "" {
		return false
	}
	return adminHeads[toks[m.j-1].lower] || m.j < len(toks) && adminHeads[toks[m.j].lower]
}

// findTownsOf reads "the coastal town of Palma", "the province of Cabo Delgado": a place noun and "of"
// before a name no gazetteer knows.
func (d *reading) findTownsOf(s *sentence) {
	toks := s.toks
	for k := 1; k < len(toks); k++ {
		if pluralSiteNouns[toks[k].lower] {
			d.sitesListedBefore(s, k)
		}
	}
	for k := 1; k+2 < len(toks); k++ {
		if cityListNouns[toks[k].lower] && toks[k+1].lower == "of" {
			d.townsListed(s, k+2)
			continue
		}
		if !cityNouns[toks[k].lower] {
			continue
		}
		if toks[k+1].lower == "of" && d.townAt(s, k+2) > k+2 {
			continue
		}
		if toks[k+1].lower != "of" || !toks[k+2].isCap() {
			// "Sotuwe, a village of about 3,000 people": no name after "of", the apposition says what it is
			d.townBeforeApposition(s, k)
		}
	}
}

// pluralSiteNouns follow a list of names in lower case and say that each is such a place: "the Buzi and
// Pungwe rivers", "the Jarinje and Brnjak crossings", "Molemo and Tsabong districts".
var pluralSiteNouns = words("rivers|crossings|villages|towns|districts|provinces|regions|counties|camps|mines|valleys|" +
	"lakes|ports|oblasts|municipalities|townships|islands|hills|mountains|fields|oilfields")

// maxListedSites is how many names a list before a plural site noun may hold; listedNameWords how many
// words each.
const (
	maxListedSites  = 6
	listedNameWords = 3
)

// sitesListedBefore reads the list of names that ends right before the plural site noun at k ("the Tavuni
// and Wembere rivers"): two or more items parted by commas and "and", each a known place or a run of
// capitalised words no rule claimed, which is claimed as a place, named without the noun (the development
// gold names "the Jarinje and Brnjak crossings" Jarinje and Brnjak, "the Buzi and Pungwe rivers" Buzi and
// Pungwe). Nothing is read without an "and".
func (d *reading) sitesListedBefore(s *sentence, k int) {
	toks := s.toks
	var unknown [][2]int
	items, e, sawAnd := 0, k, false
	for items < maxListedSites && e > 0 {
		i := e
		if m := s.mentionAt(e - 1); m != nil && m.j == e && m.kind == graph.Place && !m.poss && m.affix == "" {
			i = m.i // a known place: counted, left as it is
		} else {
			i = listedRunStart(s, e)
			if i == e {
				break
			}
			unknown = append(unknown, [2]int{i, e})
		}
		items++
		switch {
		case i > 1 && toks[i-1].lower == "and" && toks[i-2].text == ",":
			sawAnd, e = true, i-2
		case i > 0 && toks[i-1].lower == "and":
			sawAnd, e = true, i-1
		case i > 0 && toks[i-1].text == ",":
			e = i - 1
		default:
			e = 0
		}
	}
	if !sawAnd || items < 2 {
		return
	}
	for _, r := range unknown {
		s.claim(d.newMention(s, r[0], r[1], graph.Place, d.text.norm[toks[r[0]].start:toks[r[1]-1].end], "name:listed-sites", 0.7))
	}
}

// listedRunStart returns where the run of at most listedNameWords capitalised name words no rule claimed,
// ending before e, starts (e when there is none). A sentence's first word opens none.
func listedRunStart(s *sentence, e int) int {
	toks := s.toks
	i := e
	for i > 0 && i > e-listedNameWords && s.at[i-1] < 0 && toks[i-1].isCap() && isNameWord(toks[i-1].text) &&
		!notNames[toks[i-1].lower] && !calendar[toks[i-1].lower] && !opensSentence(s, i-1) {
		i--
	}
	return i
}

// townApposReach is how many words may stand between an apposition's article and its place noun: "a
// Burundian border town" is two, "a small mountain village near the border" three.
const townApposReach = 4

// townBeforeApposition reads the name before an apposition that says it is a town: "Gatumba, a Burundian
// border town", "Sake, the last town before Goma": one to three unknown capitalised words before the comma
// are a place.
func (d *reading) townBeforeApposition(s *sentence, k int) {
	toks := s.toks
	i := k - 1
	for ; i >= 0 && i >= k-townApposReach; i-- {
		if m := s.mentionAt(i); m != nil {
			if m.form != formDemonym {
				return
			}
			i = m.i
			continue
		}
		if t := toks[i]; t.tag != "JJ" && t.tag != "JJS" && t.tag != "NN" && t.tag != "RB" && t.tag != "VBN" {
			break
		}
	}
	if i < 2 || !(toks[i].lower == "a" || toks[i].lower == "an" || toks[i].lower == "the") || toks[i-1].text != "," {
		return
	}
	e := i - 1
	b := e
	for b > 0 && e-b < 3 && s.at[b-1] < 0 && toks[b-1].isCap() && isNameWord(toks[b-1].text) && !notNames[toks[b-1].lower] {
		b--
	}
	if b == e || b > 0 && toks[b-1].isCap() && toks[b-1].isWord() {
		return // no name, or a longer run of capitals than a town's name
	}
	if e-b == 1 && d.extractor.gz.isCommonWord(toks[b].text) {
		return // "However, the town..."
	}
	s.claim(d.newMention(s, b, e, graph.Place, d.text.norm[toks[b].start:toks[e-1].end], "name:town-apposition", 0.7))
}

// cityListNouns are the plurals of cityNouns that open a list of places: "the Azerbaijani districts of
// Kalbajar, Aghdam and Lachin", "the towns of Rubaya and Masisi".
var cityListNouns = words("cities|towns|capitals|ports|regions|provinces|villages|districts|oblasts|states|counties|" +
	"enclaves|municipalities|governorates|prefectures|islands|territories|suburbs|neighbourhoods|neighborhoods|townships")

// townAt claims an unknown run of one to three capitalised words at k as a place ("the town of Kafr
// Nabl"), and returns the token after it (k when there is none).
func (d *reading) townAt(s *sentence, k int) int {
	toks := s.toks
	if k >= len(toks) || s.at[k] >= 0 || !isNameWord(toks[k].text) || !toks[k].isCap() {
		return k
	}
	e := capRun(s, k, 3)
	if e == k {
		return k
	}
	s.claim(d.newMention(s, k, e, graph.Place, d.text.norm[toks[k].start:toks[e-1].end], "name:town-of", 0.7))
	return e
}

// townsListed reads the list of places after a plural place noun's "of": each item a place the gazetteer
// knows or an unknown run of capitalised words, parted by commas and "and".
func (d *reading) townsListed(s *sentence, k int) {
	toks := s.toks
	for k < len(toks) {
		if m := s.mentionAt(k); m != nil && m.i == k && (m.kind == graph.Place || m.kind == graph.State) {
			k = m.j
		} else if e := d.townAt(s, k); e > k {
			k = e
		} else {
			return
		}
		switch {
		case k+1 < len(toks) && toks[k].lower == "," && toks[k+1].lower == "and":
			k += 2
		case k < len(toks) && (toks[k].lower == "," || toks[k].lower == "and"):
			k++
		default:
			return
		}
	}
}

// shipPrefixes precede a ship's name ("USS Ronald Reagan", "HMAS Toowoomba", "BRP Jose Rizal"): a vessel
// is no actor, and the prefix is no organisation.
var shipPrefixes = words("uss|usns|hms|hmas|hmcs|hmnzs|js|brp|ins|pns|kri|roks|tcg|ara|fs|hnlms|hdms|hswms|bns|kd|rss|ics|cns|tts|nrp|esps|fgs")

// timeZones are the zones news gives times in: "19:20 HKT", "10:05 a.m. ET", "(GMT+8)".
var timeZones = words("gmt|utc|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|bst|cet|cest|eet|eest|wet|west|msk|ist|pkt|" +
	"jst|kst|hkt|sgt|awst|aest|aedt|acst|nzst|nzdt|wat|cat|eat|sast|gst|ast|irst|trt|wib|pht|ict")

// isTimeZone reports whether an acronym is a time zone, with or without an offset ("GMT+8", "UTC-5").
func isTimeZone(w string) bool {
	if i := strings.IndexAny(w, "+-"); i > 0 && startsWithDigit(w[i+1:]) {
		w = w[:i]
	}
	return timeZones[w]
}

// notOrgAcronyms are capitals that name no actor: units, titles, diseases, products.
var notOrgAcronyms = words("ceo|cfo|coo|cto|gdp|lng|lpg|gmt|utc|eez|mp|mps|mep|meps|mla|mlas|pm|am|tv|ngo|ngos|covid|hiv|aids|ai|it|id|vat|gps|" +
	"suv|ok|phd|usd|eur|gbp|fm|uav|uavs|icbm|icbms|hq|dna|lgbt|lgbtq|ev|evs|ipo|etf|fx|cpi|vip|sms|pdf|url|rpg|mw|gw|km|" +
	"bpd|tnt|ied|ieds|sam|sams|pow|pows|idp|idps|mou|fta|odi|fdi|ppe|gmo|bbl|mbpd|tcf|bcm|pc|ceos|ii|iii|iv|vi|vii|viii|ix|xi|" +
	"xii|ad|bc|ce|bce|a.m.|p.m.|rip|faq|tba|eta|asap|diy|usb|cd|dvd|sim|ceasefire|breaking|update|live|exclusive|watch|read|more|" +
	"and|the|of|to|in|for|on|by|with|at|from|as|or|an|a|is|it|we|us|he|she|new|news|photo|video|opinion|analysis")

// weaponNouns follow the designations of weapons, which are written in capitals too: "HIMARS launchers",
// "ATACMS missiles".
var weaponNouns = words("missile|missiles|system|systems|jet|jets|fighter|fighters|drone|drones|rocket|rockets|launcher|" +
	"launchers|tank|tanks|launcher|rifles|rifle|helicopters|helicopter|aircraft|submarine|submarines|vaccine|variant")

// findUnknownAcronyms reads an acronym no gazetteer knows and the document does not define ("COSCO took a
// stake in HHLA", "the M23"): in news such capitals name organisations. Words written in capitals for
// emphasis, units, designations of weapons and Roman numerals are left out.
func (d *reading) findUnknownAcronyms(s *sentence) {
	toks := s.toks
	if shouting(s) {
		return // a line written in capitals throughout: "FRANCE, EU BACK BLOC"
	}
	for k, t := range toks {
		if s.at[k] >= 0 || !isAcronym(t.text) || strings.ContainsAny(t.text, "-/$€£¥") || notOrgAcronyms[t.lower] || isTimeZone(t.lower) ||
			corporateSuffixes[t.lower] || shipPrefixes[t.lower] {
			continue
		}
		letters := 0
		for _, r := range t.text {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters < 2 && !(letters == 1 && len(t.text) >= 2 && startsWithLetterThenDigit(t.text)) || initialsEnd(s, k) > k {
			continue // "R.K.S. Bhadauria": a person's initials
		}
		if k+1 < len(toks) && weaponNouns[toks[k+1].lower] || len(d.extractor.gz.lookup(t.text)) > 0 || d.notActorAcronym(s, k) {
			continue
		}
		m := d.newMention(s, k, k+1, graph.Organization, t.text, "acronym:unknown", 0.6)
		s.claim(m)
	}
}

// currencyCodeLetters is how many letters a currency's code has: "INR 1,000 crore", "KES 2.4 billion".
const currencyCodeLetters = 3

// instrumentHeads end the names of laws and treaties, which are no actors: "the Countering America's
// Adversaries Through Sanctions Act (CAATSA)", "the Arms Trade Treaty (ATT)".
var instrumentHeads = words("act|law|bill|directive|regulation|treaty|convention|protocol|statute|ordinance|code|accord|accords")

// notActorAcronym reports whether the unknown acronym at k names no actor: a currency's code before an
// amount ("a grant of INR 1,000 crore"), or a law's or treaty's letters, defined in parentheses after its
// name, there and wherever the text uses them again ("sanctions under CAATSA").
func (d *reading) notActorAcronym(s *sentence, k int) bool {
	toks := s.toks
	t := toks[k]
	if len(t.text) == currencyCodeLetters && k+1 < len(toks) && (toks[k+1].tag == "CD" || startsWithDigit(toks[k+1].text)) {
		return true
	}
	if d.instruments[t.text] || periodCode.MatchString(t.text) || tickerAt(s, k) {
		return true
	}
	if k >= 2 && toks[k-1].text == "(" && instrumentHeads[toks[k-2].lower] && toks[k-2].isCap() {
		if d.instruments == nil {
			d.instruments = set{}
		}
		d.instruments[t.text] = true
		return true
	}
	return false
}

func startsWithLetterThenDigit(s string) bool {
	return len(s) >= 2 && unicode.IsLetter(rune(s[0])) && unicode.IsDigit(rune(s[1]))
}

// shouting reports whether a headline is written in capitals throughout, where capitals say nothing.
func shouting(s *sentence) bool {
	caps, all := 0, 0
	for _, t := range s.toks {
		if t.isWord() {
			all++
			if isAcronym(t.text) {
				caps++
			}
		}
	}
	return all > 0 && 2*caps > all
}

// replace puts n in the place of m, which it is built on ("Almaty" in "the Almaty airport").
func (d *reading) replace(s *sentence, m, n *mention) {
	n.head = m
	d.replaceSpan(s, m, n)
}

// findOrgNames reads organisations named by their last word: "Russia's Defense Ministry", "the Ministry of
// Foreign Affairs", "the National Bank".
func (d *reading) findOrgNames(s *sentence) {
	for k := 1; k < len(s.toks); k++ {
		d.lowerMinistry(s, k)
	}
	for k := 0; k < len(s.toks); k++ {
		if s.at[k] >= 0 || !s.toks[k].isCap() {
			continue
		}
		if e := d.ministryOf(s, k); e > k {
			k = e - 1
		} else if e := d.namedMinistry(s, k); e > k {
			k = e - 1
		}
	}
}

// lowerMinistry reads "Chinese foreign ministry", "Russia's defence ministry": a ministry written in lower
// case after a state.
func (d *reading) lowerMinistry(s *sentence, k int) {
	toks := s.toks
	if toks[k].lower != "ministry" || s.at[k] >= 0 || toks[k].isCap() {
		return
	}
	i := k
	for i > 0 && i > k-3 && s.at[i-1] < 0 && !toks[i-1].isCap() && (toks[i-1].tag == "JJ" || toks[i-1].tag == "NN" || toks[i-1].tag == "NNS") && !determiners[toks[i-1].lower] {
		i--
	}
	if i == k {
		return
	}
	owner := affilBefore(s, i)
	if owner == nil || owner.kind != graph.State {
		return
	}
	var topic []string
	for _, t := range toks[i:k] {
		topic = append(topic, titleCase(t.lower))
	}
	m := d.newMention(s, i, k+1, graph.Organization, "", "name:ministry", 0.8)
	m.special, m.topic, m.ownerM = "ministry", ministryTopic(strings.Join(topic, " ")), owner
	s.claim(m)
}

// ministryOf reads "Ministry of Foreign Affairs (of Russia)" at token k and returns its end, or k.
func (d *reading) ministryOf(s *sentence, k int) int {
	toks := s.toks
	if toks[k].lower != "ministry" || k+2 >= len(toks) || toks[k+1].lower != "of" {
		return k
	}
	f := k + 2
	if toks[f].lower == "the" && f+1 < len(toks) {
		f++ // "Ministry of the Interior"
	}
	if !toks[f].isCap() || s.at[f] >= 0 {
		return k
	}
	e := f
	for e < len(toks) && (toks[e].isCap() || toks[e].lower == "and") && s.at[e] < 0 {
		e++
	}
	m := d.newMention(s, k, e, graph.Organization, "", "name:ministry", 0.85)
	m.special, m.topic = "ministry", ministryTopic(d.text.norm[toks[f].start:toks[e-1].end])
	m.written = d.text.norm[toks[k].start:toks[e-1].end]
	d.ministryOwner(s, m, e)
	s.claim(m)
	return e
}

// namedMinistry reads "the Defence Ministry", "Russia's Interior Ministry" at token k and returns the end
// of the capitalised run it looked at, or k.
func (d *reading) namedMinistry(s *sentence, k int) int {
	toks := s.toks
	e := k
	for e < len(toks) && toks[e].isCap() && s.at[e] < 0 && e < k+6 {
		e++
	}
	if e == k || toks[e-1].lower != "ministry" {
		return e // other heads: findHeadedNames
	}
	if e-k >= 2 && e+1 < len(toks) && toks[e].lower == "of" && (toks[e+1].isCap() || toks[e+1].lower == "the") {
		// "the Federal Ministry of Humanitarian Affairs": the field is after "of", the words before are
		// the ministry's own.
		if f := d.ministryOf(s, e-1); f > e-1 {
			m := s.mentionAt(e - 1)
			i := ministryStart(toks, k)
			if i < e-1 {
				d.extendStart(s, m, i)
			}
			m.written = d.text.norm[toks[i].start:toks[f-1].end]
			d.possessiveOwner(s, m, k, i)
			return f
		}
	}
	i := ministryStart(toks, k)
	if i >= e-1 {
		return e // "the Ministry" alone names no ministry
	}
	m := d.newMention(s, i, e, graph.Organization, "", "name:ministry", 0.85)
	m.special = "ministry"
	m.topic = ministryTopic(d.text.norm[toks[i].start:toks[e-2].end])
	m.written = d.text.norm[toks[i].start:toks[e-1].end] // "Public Ministry", "Defense Ministry"
	d.ministryOwner(s, m, e)
	s.claim(m)
	d.possessiveOwner(s, m, k, i)
	return e
}

// ministryStart returns where a ministry's name starts in the capitalised run from k: past "the" and past
// a possessive pronoun that opens a sentence ("Its Ministry of Water Resources", "Their Foreign Ministry"),
// which is the ministry's owner, not its name.
func ministryStart(toks []tok, k int) int {
	if l := toks[k].lower; l == "the" || l == "its" || l == "their" {
		return k + 1
	}
	return k
}

// possessiveOwner makes the possessive pronoun that ministryStart passed over (at k, the ministry starting
// at i) a reference of its own and the ministry's owner: "Kazakhstan ... was not invited. Its Ministry of
// Water Resources said" is Kazakhstan's, where the name read whole had fallen to the article's state.
func (d *reading) possessiveOwner(s *sentence, m *mention, k, i int) {
	if i != k+1 || s.toks[k].lower == "the" || s.at[k] >= 0 {
		return
	}
	p := d.newMention(s, k, k+1, "", "", "reference:pronoun", 0.8)
	p.ref = "its"
	s.claim(p)
	if m.ownerM == nil {
		m.ownerM = p
	}
}

// ministryOwner records the state a ministry belongs to: written before it ("Russia's", "Russian") or
// after it ("of Russia").
func (d *reading) ministryOwner(s *sentence, m *mention, e int) {
	if e+1 < len(s.toks) && s.toks[e].lower == "of" {
		if o := s.mentionAt(e + 1); o != nil && o.kind == graph.State {
			m.ownerM = o
		}
	}
	if m.ownerM == nil {
		d.ownerBefore(s, m)
	}
}

// ownerBefore records the state that a name is preceded by: "Russia's", "Russian", "the US".
func (d *reading) ownerBefore(s *sentence, m *mention) {
	k := m.i - 1
	if k >= 0 && (s.toks[k].lower == "'s" || s.toks[k].lower == "'") {
		k--
	}
	if o := s.mentionAt(k); o != nil && o.kind == graph.State && o.affix == "" {
		m.ownerM = o
	}
}

// ministryTopic reduces a ministry's name to its field: "Foreign Affairs" → "Foreign".
func ministryTopic(t string) string {
	t = strings.TrimSpace(t)
	t = strings.TrimSuffix(t, " Affairs")
	return t
}

// findPersons proposes people among the capitalised runs nothing else explained, with prose's entity
// recogniser, run on a window around each run only: it is by far the slowest step of the pipeline.
func (d *reading) findPersons(s *sentence) {
	toks := s.toks
	for k := 0; k < len(toks); k++ {
		if !opensPersonRun(s, k) {
			continue // "Colonel Mamady Doumbouya" is Mamady Doumbouya; "Having Assad back" starts no name
		}
		e := personRunEnd(s, k)
		if n := d.shortFormAt(s, k, e); n > k {
			k = n - 1
			continue // "Radaa later handed it back" after "the Radaa Deterrence Force"
		}
		if d.articleGroup(s, k, e) || (e-k >= 2 || !d.extractor.gz.isCommonWord(toks[k].text)) && d.contextOrg(s, k, e) {
			k = e - 1
			continue // "Kesteven Marine, a Norwegian shipbuilder", "shares of Tarvisa Logistik"
		}
		if e-k < 2 {
			if d.unknownTown(s, k) {
				s.claim(d.newMention(s, k, k+1, graph.Place, toks[k].text, "context:town", 0.6))
			}
			continue
		}
		if nonActorHeads[toks[e-1].lower] || notPersonLeads[toks[k].lower] || k > 0 && shipPrefixes[toks[k-1].lower] && isAcronym(toks[k-1].text) {
			k = e - 1
			continue // "the Caesar Act", "the Nobel Peace Prize": laws, events and awards are no actors
		}
		if placeContext(s, k, e) {
			// "at Bogotá's Teatro Colón", "in Causeway Bay": where something happens is a place.
			pm := d.newMention(s, k, e, graph.Place, d.text.norm[toks[k].start:toks[e-1].end], "context:place", 0.6)
			s.claim(pm)
			k = e - 1
			continue
		}
		if !d.dictionaryWords(s, k, e) {
			d.labelRun(s, k, e)
		}
		k = e - 1
	}
}

// opensPersonRun reports whether token k can begin a personal name: an unclaimed capitalised name word
// that is no title or honorific, nor a sentence's capitalised first word unless the tagger reads it as a
// noun or adjective.
func opensPersonRun(s *sentence, k int) bool {
	t := s.toks[k]
	return s.at[k] < 0 && t.isCap() && !notNames[t.lower] && isNameWord(t.text) && !honorificTitles[t.lower] &&
		!titleWords[t.lower] && !(opensSentence(s, k) && !strings.HasPrefix(t.tag, "NN") && t.tag != "JJ")
}

// personRunEnd returns the end of the run of name tokens and particles opened at k, at most five tokens.
func personRunEnd(s *sentence, k int) int {
	toks := s.toks
	e := k + 1
	for e < len(toks) && s.at[e] < 0 && e < k+5 {
		if isNameToken(toks[e]) && !notNames[toks[e].lower] && !honorificTitles[toks[e].lower] || innerNameWord(s, e) {
			e++
		} else if p := particleRun(s, e); p > e {
			e = p
		} else {
			break
		}
	}
	return e
}

// labelRun runs the recogniser on a window around the run [k, e) and claims it as a person when half its
// words are labelled so, or its context or shape is a person's; an unlabelled run before a body's common
// noun is that body.
func (d *reading) labelRun(s *sentence, k, e int) {
	toks := s.toks
	lo, hi := max(0, k-3), min(len(toks), e+2)
	window := proseTokens(s, lo, hi)
	d.extractor.ner.Label(window)
	person := 0
	for n := k; n < e; n++ {
		if strings.HasSuffix(window[n-lo].Label, "PERSON") {
			person++
		}
	}
	if person == 0 && e < len(toks) && lowerOrgHeads[toks[e].lower] && !toks[e].isCap() {
		// "a researcher at the Sahan Research institute": the words before a body's common noun
		// name the body, not a person; the name is the capitalised words, as the text writes it.
		s.claim(d.newMention(s, k, e, graph.Organization, d.text.norm[toks[k].start:toks[e-1].end], "name:lower-org-head", 0.6))
		return
	}
	if k > 0 && toks[k-1].lower == "the" {
		// News writes no article before a person's name: "the Syr Darya", "the Nam Ou", "the Panama-flagged
		// Silver Dawn" are rivers and ships, which are no actors; with a site's word after a few common
		// words the name is that site's ("the Kamoa Kakula copper and cobalt mine").
		if siteAfter(s, e) {
			s.claim(d.newMention(s, k, e, graph.Place, d.text.norm[toks[k].start:toks[e-1].end], "context:site-after", confSiteAfter))
		}
		return
	}
	// The recogniser often labels only part of an unfamiliar name ("Ali Mahaman Lamine Zeine"), and
	// misses some altogether; a name in the place of a person ("called X", "X said") is taken too.
	if !(2*person >= e-k || personContext(s, k, e) || d.nameShaped(s, k, e)) {
		return
	}
	end := e
	for end > k && nameParticles[toks[end-1].lower] {
		end--
	}
	start := initialsStart(s, k) // "B. Santosh Babu"
	if end-k >= 2 && !orgHeads[toks[end-1].lower] && !d.commonFirstWord(s, k) {
		pm := d.newMention(s, start, end, graph.Person, d.text.norm[toks[start].start:toks[end-1].end], "ner:person", 0.7)
		if person == 0 {
			pm.rule, pm.conf = "context:person", 0.6
		}
		s.claim(pm)
	}
}

// confSiteAfter is how sure a name after "the" and before a site's word is that site's place.
const confSiteAfter = 0.6

// maxSiteModifiers is how many common words may stand between a name and its site's word: "the Kamoa
// Kakula copper and cobalt mine".
const maxSiteModifiers = 4

// siteAfter reports whether a site's word ("mine", "dam", "field", "port": placeHeadWords) follows token
// e in lower case, after at most maxSiteModifiers common nouns, adjectives and "and".
func siteAfter(s *sentence, e int) bool {
	for n := e; n < len(s.toks) && n <= e+maxSiteModifiers; n++ {
		t := s.toks[n]
		if t.isCap() || s.at[n] >= 0 {
			return false
		}
		if placeHeadWords[t.lower] {
			return true
		}
		if !strings.HasPrefix(t.tag, "NN") && t.tag != "JJ" && t.lower != "and" {
			return false
		}
	}
	return false
}

var (
	personBefore = words("called|phoned|met|told|urged|thanked|named|appointed|accused|by|spokesman|spokeswoman|" +
		"congratulated|praised|criticised|criticized|sacked|fired|replaced|succeeded|hosted|visited|welcomed|mr|mrs|ms|dr")
	personAfter = words("said|says|told|added|wrote|tweeted|warned|insisted|argued|explained|stated|noted|" +
		"declared|announced|urged|called|replied|responded|acknowledged|admitted|denied")
)

// notPersonLeads begin names of things that are no people: storms ("Cyclone Freddy") and vessels.
var notPersonLeads = words("cyclone|hurricane|typhoon|storm|tropical|ship|vessel|tanker|frigate|destroyer|carrier|operation|exercise")

// nonActorHeads end the names of things that are not actors: laws, events, awards, plans.
var nonActorHeads = words("act|acts|war|wars|prize|session|summit|agreement|accord|accords|treaty|deal|plan|initiative|" +
	"programme|program|project|crisis|revolution|spring|ages|conference|games|cup|olympics|championship|day|festival|" +
	"award|law|bill|doctrine|protocol|convention|charter|declaration|resolution|report|index|strategy|operation|" +
	"exercise|exercises|campaign|affair|scandal|era|age|dynasty|pandemic|agenda|framework|process|talks|forum|dialogue|" +
	"expo|week|month|year|prize|medal|trophy|league|desk")

// dictionaryWords reports whether every word of the run [k, e) is a common English word that is no
// personal name: "Financial Intelligence", "Golden Arrows", "Consumer Protection" name an office, a unit or
// a thing, never a person (the dictionary leaves names out: "Bill", "Rice", "Grace" are not in it).
func (d *reading) dictionaryWords(s *sentence, k, e int) bool {
	for n := k; n < e; n++ {
		if !d.extractor.gz.isCommonWord(s.toks[n].text) && !nameParticles[s.toks[n].lower] {
			return false
		}
	}
	return true
}

// opensSentence reports whether token k is where a sentence or a quotation begins, where every word is
// capitalised.
func opensSentence(s *sentence, k int) bool {
	return k == 0 || s.toks[k-1].lower == "\"" || s.toks[k-1].lower == ":" || s.toks[k-1].lower == "(" || s.toks[k-1].lower == "—"
}

// nameShaped reports whether a run of two to four capitalised words no other reading explained has the
// shape of a personal name: proper nouns to the tagger, no word a known name, demonym or head word of an
// organisation or place. In news such runs are people far more often than anything else.
func (d *reading) nameShaped(s *sentence, i, e int) bool {
	if e-i < 2 || e-i > 4 || d.extractor.gz.isCommonWord(s.toks[i].text) {
		return false // "Cold War", "Golden Arrows": a first name is no common word
	}
	for k := i; k < e; k++ {
		t := s.toks[k]
		if nameParticles[t.lower] || particleName(t.text) {
			continue // "Bashar al-Assad": the tagger reads "al-Assad" as an adjective
		}
		if !strings.HasPrefix(t.tag, "NNP") && !(t.tag == "NN" && isNameToken(t)) || orgHeads[t.lower] || placeHeadWords[t.lower] ||
			len(d.extractor.gz.lookup(t.text)) > 0 || isAcronym(t.text) {
			return false
		}
	}
	return true
}

// placeContext reports whether the run [i, e) stands where a place does: after "in", "at", "near",
// "outside" or "inside", after a direction and "of" ("north of X") or "the outskirts of", after a noun of
// people and "from" ("a constable from X"), or after a city's possessive ("Bogotá's"), and not itself a
// possessor ("in Putin's view", "in Okafor's absence").
func placeContext(s *sentence, i, e int) bool {
	if i == 0 || e < len(s.toks) && (s.toks[e].lower == "'s" || s.toks[e].lower == "'") {
		return false
	}
	if i > 1 && s.toks[i-1].lower == "from" && peopleFrom[s.toks[i-2].lower] {
		return true // "a constable from Katima Lubwe", "Herders from Lokori said": the people say it
	}
	if e < len(s.toks) && personAfter[s.toks[e].lower] {
		return false
	}
	switch s.toks[i-1].lower {
	case "in", "at", "near", "outside", "inside":
		return true
	case "of":
		// "north of Kaleketa", "20 km south-west of Kaleketa", "on the outskirts of Kaleketa"
		return i > 1 && (directions[strings.ReplaceAll(s.toks[i-2].lower, "-", "")] && !s.toks[i-2].isCap() || s.toks[i-2].lower == "outskirts")
	case "the":
		// "at a hotel near the Gare du Midi", "outside the Palais Bourbon": a site, unless a common noun
		// after the name says what it is ("near the Kessler family home").
		return i > 1 && siteBefore[s.toks[i-2].lower] && siteEnds(s, e)
	case "'s":
		m := s.mentionAt(i - 2)
		return m != nil && m.kind == graph.Place
	}
	return false
}

// siteEnds reports whether the name of a site ends before token e: at the sentence's end, a stop or a
// comma, or a word that is no noun and no name's ("near the Gare du Midi, X met"). "the Bomas of Kenya",
// "the Casa de Nariño" and "the Kessler family home" go on, and are left to the other readings.
func siteEnds(s *sentence, e int) bool {
	if e == len(s.toks) {
		return true
	}
	t := s.toks[e]
	return !t.isCap() && !strings.HasPrefix(t.tag, "NN") && t.lower != "of" && !nameParticles[t.lower]
}

// peopleFrom are the nouns of people whom news says are "from" somewhere: "a constable from X", "villagers
// from X". Nouns that a body's staff share ("delegates", "workers", "officials") are left out: they come from
// organisations as often ("officials from Kestrel Mining").
var peopleFrom = words("man|men|woman|women|boy|boys|girl|girls|child|children|constable|farmer|farmers|resident|residents|" +
	"villager|villagers|trader|traders|herder|herders|pastoralists|fisherman|fishermen|family|families|refugee|refugees|" +
	"people|youths|migrants|pilgrims|survivors|voters|native|natives")

// siteBefore are the prepositions that put a site after "the": "near the Gare du Midi". "In the" is
// left out: "in the Biden administration" names no site.
var siteBefore = words("at|near|outside|inside|opposite|beside")

// lowerOrgHeads are the common nouns of bodies that news writes in lower case after a name no gazetteer
// knows ("the Sahan Research institute", "the Tafari Policy think tank"): the name is the body's.
var lowerOrgHeads = words("institute|institution|foundation|think-tank|thinktank|movement|militia|consortium|firm|company|party|faction")

// personContext reports whether the run [i, e) stands where a person does: after a verb of dealing with
// someone, or before a verb of saying.
func personContext(s *sentence, i, e int) bool {
	if i > 0 && personBefore[s.toks[i-1].lower] {
		return true
	}
	if e < len(s.toks) && personAfter[s.toks[e].lower] {
		return true
	}
	return e+1 < len(s.toks) && s.toks[e].text == "," && (s.toks[e+1].lower == "who" || s.toks[e+1].lower == "whose")
}

// isNameWord reports whether w looks like a word of a personal name: letters, with hyphens and
// apostrophes inside ("Kassym-Jomart", "O'Brien"), not in capitals throughout ("NATO").
func isNameWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	lower := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			lower++
		case unicode.IsLetter(r), r == '-', r == '\'', r == '.':
		default:
			return false
		}
	}
	return lower > 0 || strings.HasSuffix(w, ".") && len(w) == 2
}
