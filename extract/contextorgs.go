package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Organisations named by their context. A company, a club or a rights group whose name has no head word
// ("Kesteven Marine", "Wintershall Dea", "Safeguard Defenders", "Tarvisa Logistik") has the shape of a
// personal name, and the name readers had made a person of it. News says what such a name is by what it
// writes around it: an apposition that calls it a company or a trade ("X, a Norwegian shipbuilder"), an
// officer or a holding of it ("chief executive of X", "shares of X", "X's board"), a listing ("X, which is
// listed on the Oslo Bourse"), a company's act ("X acquired"), or "The company said" opening the next
// sentence. A run of capitalised words with such a cue and no sign of a person (a title or an honorific, a
// role in apposition, "he" or "she" after it, words of a person the article named before) is an
// organisation named as written; a run with both stays a person's name. Each row of orgCues is one such
// cue.

// orgCueShape says where a cue stands around the name.
type orgCueShape int

const (
	// cueBefore: the cue's words end right before the name ("shares of X", "chief executive of X").
	cueBefore orgCueShape = iota
	// cuePossessive: the name's possessive, then the cue's word ("X's board", "X's shareholders").
	cuePossessive
	// cueApposition: ", a" or ", an" after the name, a few modifiers, then the cue's noun ending the noun
	// phrase ("X, a Norwegian shipbuilder,", "X, a cooperative group from Jaén").
	cueApposition
	// cueAppositionBefore: the cue's noun phrase, opened by "a" or "an", then a comma and the name ("a
	// Spain-based rights group, Safeguard Defenders,").
	cueAppositionBefore
	// cueAfter: the cue's words right after the name, or after ", which is" ("X, which is listed on").
	cueAfter
	// cueNextSentence: the cue's words open the next sentence ("The company said"), the name opening its
	// own sentence.
	cueNextSentence
)

// orgCue is a row of orgCues: a context that makes a capitalised run an organisation.
type orgCue struct {
	name     string // the rule's name, recorded as the mention's rule
	shape    orgCueShape
	phrases  []string // the cue's words, lower case; for appositions the nouns
	examples []string // sentences where the cue names an organisation
	company  bool     // the cue names a company, a business: one that deploys no forces, and a place's brand
}

// ruleContextOrg prefixes the rules of organisations named by their context.
const ruleContextOrg = "context:org-"

// confContextOrg is how sure a cue of orgCues makes its run an organisation.
const confContextOrg = 0.65

// maxCueModifiers is how many words may stand between an apposition's article and its noun: "an Abu
// Dhabi-based shipbuilder", "a Hermosillo-based fuel distributor".
const maxCueModifiers = 5

// maxPronounReach is how many words after a name may hold the "he" or "she" that makes it a person's:
// "X said he would".
const maxPronounReach = 6

// tradeNouns are the nouns that call a name a company in an apposition: the trades news describes
// companies by.
var tradeNouns = []string{"company", "firm", "conglomerate", "miner", "lender", "carrier", "airline", "insurer",
	"reinsurer", "shipbuilder", "shipyard", "maker", "manufacturer", "producer", "operator", "start-up", "startup",
	"supplier", "distributor", "exporter", "importer", "retailer", "refiner", "utility",
	"contractor", "consultancy", "subsidiary", "affiliate", "brokerage", "cooperative", "co-operative", "chipmaker",
	"carmaker", "automaker", "steelmaker", "drugmaker", "planemaker", "shipper", "bank", "fund", "consortium",
	"holding", "telco", "broadcaster", "smelter", "processor", "exchange"}

// appositionBodyNouns call a name a body that is no company in an apposition: "a Spain-based rights group".
var appositionBodyNouns = []string{"group", "charity", "organisation", "organization", "ngo", "watchdog", "club", "network", "association"}

// orgCues are the contexts that make a capitalised run an organisation.
var orgCues = []orgCue{
	{name: "officer-of", shape: cueBefore, company: true,
		phrases:  []string{"chief executive of", "chief executive officer of", "ceo of", "chief financial officer of", "cfo of", "managing director of", "chairman of the board of", "board of directors of", "founder and chief executive of"},
		examples: []string{"Belwood Ferreira, chief executive of Dunmore Agritech, said the firm would build a plant."}},
	{name: "holding-of", shape: cueBefore, company: true,
		phrases:  []string{"shares of", "shares in", "shareholders of", "shareholders in", "a subsidiary of", "subsidiary of", "a unit of", "a stake in", "stake in", "the takeover of", "a takeover of", "a bid for", "the acquisition of"},
		examples: []string{"Shares of Tarvisa Logistik rose 8% in Frankfurt.", "Oranto Harbour is a subsidiary of Pelican Bay."}},
	{name: "possessive-holding", shape: cuePossessive, company: true,
		phrases:  []string{"board", "shares", "shareholders", "share price", "stock", "subsidiary", "subsidiaries", "chief executive", "ceo", "chairman", "annual report", "net profit", "revenue", "market value"},
		examples: []string{"Velmora Nickel's board approved the offer."}},
	{name: "apposition-trade", shape: cueApposition, phrases: tradeNouns, company: true,
		examples: []string{"Kesteven Marine, a Norwegian shipbuilder, signed a contract with the navy."}},
	{name: "apposition-body", shape: cueApposition, phrases: appositionBodyNouns,
		examples: []string{"Civitas Lumen, a Madrid-based rights group, said the centre was used to watch exiles."}},
	{name: "trade-apposition-before", shape: cueAppositionBefore, phrases: tradeNouns, company: true,
		examples: []string{"The order went to an Oslo-based shipbuilder, Kesteven Marine."}},
	{name: "body-apposition-before", shape: cueAppositionBefore, phrases: appositionBodyNouns,
		examples: []string{"A Spain-based rights group, Safeguard Defenders, said the station was undeclared."}},
	{name: "listed", shape: cueAfter, company: true,
		phrases:  []string{"is listed on", "is listed in", "listed on", "which is listed on", "which is listed in", "is traded on", "said in a filing", "said in a stock exchange filing", "said in a statement to the stock exchange", "acquired", "posted a net", "posted a profit", "posted a loss", "reported a net"},
		examples: []string{"Halvorsen Subsea, which is listed on the Oslo Bourse, won a contract."}},
	{name: "the-company-next", shape: cueNextSentence, company: true,
		phrases:  []string{"the company", "the firm", "the group's", "the company's", "the firm's", "the miner", "the lender", "the carrier", "the insurer", "the shipbuilder"},
		examples: []string{"Tarvisa Logistik announced the deal on Monday. The company said it would hire 200 people."}},
}

// orgCueAt returns the cue of orgCues that makes the run [i, e) an organisation, or nil; with companies
// set, a cue that names a company.
func (d *reading) orgCueAt(s *sentence, i, e int, companies bool) *orgCue {
	for n := range orgCues {
		c := &orgCues[n]
		if companies && !c.company {
			continue
		}
		var ok bool
		switch c.shape {
		case cueBefore:
			ok = phraseEndsAt(s, i, c.phrases)
		case cuePossessive:
			ok = e+1 < len(s.toks) && (s.toks[e].lower == "'s" || s.toks[e].lower == "'") && phraseStartsAt(s, e+1, c.phrases)
		case cueApposition:
			ok = appositionNoun(s, e, c.phrases)
		case cueAppositionBefore:
			ok = appositionNounBefore(s, i, c.phrases)
		case cueAfter:
			ok = phraseStartsAt(s, e, c.phrases) || e < len(s.toks) && s.toks[e].text == "," && phraseStartsAt(s, e+1, c.phrases)
		case cueNextSentence:
			ok = opensSentence(s, i) && d.nextSentenceOpens(s, c.phrases)
		}
		if ok {
			return c
		}
	}
	return nil
}

// phraseStartsAt reports whether one of the phrases starts at token k.
func phraseStartsAt(s *sentence, k int, phrases []string) bool {
	for _, p := range phrases {
		ws := strings.Fields(p)
		if k+len(ws) > len(s.toks) {
			continue
		}
		match := true
		for n, w := range ws {
			if s.toks[k+n].lower != w {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// phraseEndsAt reports whether one of the phrases ends right before token k.
func phraseEndsAt(s *sentence, k int, phrases []string) bool {
	for _, p := range phrases {
		if n := len(strings.Fields(p)); k-n >= 0 && phraseStartsAt(s, k-n, []string{p}) {
			return true
		}
	}
	return false
}

// appositionNoun reports whether an apposition after the name ending at e calls it one of the nouns: ", a"
// or ", an", at most maxCueModifiers words, then the noun ending its noun phrase.
func appositionNoun(s *sentence, e int, nouns []string) bool {
	toks := s.toks
	if e+2 >= len(toks) || toks[e].text != "," || toks[e+1].lower != "a" && toks[e+1].lower != "an" {
		return false
	}
	for k := e + 2; k < len(toks) && k <= e+2+maxCueModifiers; k++ {
		t := toks[k]
		if t.text == "," || t.tag == "IN" || t.tag == "CC" || strings.HasPrefix(t.tag, "VB") && !strings.Contains(t.text, "-") || t.tag == "WDT" || t.tag == "WP" {
			return false
		}
		if phraseStartsAt(s, k, nouns) && (k+1 == len(toks) || !nounContinues(toks[k+1])) {
			return true
		}
	}
	return false
}

// nounContinues reports whether a token goes on the noun phrase before it: "company spokesman".
func nounContinues(t tok) bool {
	return strings.HasPrefix(t.tag, "NN") && !t.isCap()
}

// appositionNounBefore reports whether the name starting at i follows a noun phrase of "a" or "an" that
// ends in one of the nouns and a comma: "a Spain-based rights group, Safeguard Defenders".
func appositionNounBefore(s *sentence, i int, nouns []string) bool {
	toks := s.toks
	if i < 3 || toks[i-1].text != "," || !phraseStartsAt(s, i-2, nouns) {
		return false
	}
	for k := i - 3; k >= 0 && k >= i-3-maxCueModifiers; k-- {
		switch {
		case toks[k].lower == "a" || toks[k].lower == "an":
			return true
		case toks[k].text == "," || toks[k].tag == "IN" || strings.HasPrefix(toks[k].tag, "VB") && !strings.Contains(toks[k].text, "-"):
			return false
		}
	}
	return false
}

// nextSentenceOpens reports whether the text after sentence s opens with one of the phrases ("The company
// said"), read from the text itself: the next sentence is not tokenised yet.
func (d *reading) nextSentenceOpens(s *sentence, phrases []string) bool {
	rest := d.text.norm[s.end:]
	rest = strings.TrimLeft(rest, " \t\n\"")
	if len(rest) > 40 {
		rest = rest[:40]
	}
	rest = strings.ToLower(rest)
	for _, p := range phrases {
		if strings.HasPrefix(rest, p+" ") {
			return true
		}
	}
	return false
}

// personSign reports whether the run [i, e) has a sign of a person beside it: a title or an honorific, a
// role in apposition, "he" or "she" within a few words after it, or a word of a person the article named
// before.
func (d *reading) personSign(s *sentence, i, e int) bool {
	if personRole(s, i, e) {
		return true
	}
	for k := e; k < len(s.toks) && k < e+maxPronounReach; k++ {
		switch s.toks[k].lower {
		case "he", "she", "his", "her", "him":
			return true
		}
	}
	for k := i; k < e; k++ {
		if d.personWords[graph.Fold(s.toks[k].text)] {
			return true
		}
	}
	return false
}

// contextOrg claims the run [i, e) as an organisation when a cue of orgCues stands around it and no sign
// of a person does, and reports whether it did.
func (d *reading) contextOrg(s *sentence, i, e int) bool {
	c := d.orgCueAt(s, i, e, false)
	if c == nil || d.personSign(s, i, e) {
		return false
	}
	name := d.text.norm[s.toks[i].start:s.toks[e-1].end]
	m := d.newMention(s, i, e, graph.Organization, name, ruleContextOrg+c.name, confContextOrg)
	if !s.claim(m) {
		return false
	}
	if d.contextOrgs == nil {
		d.contextOrgs = map[string]bool{}
	}
	d.contextOrgs[graph.Fold(name)] = c.company
	return true
}

// retypeContextOrgs makes a name read as a person's by its shape alone the organisation its context named
// elsewhere in the article ("Dunmore Agritech said" after "chief executive of Dunmore Agritech"), unless a
// sign of a person stands beside it there.
func (d *reading) retypeContextOrgs() {
	if len(d.contextOrgs) == 0 {
		return
	}
	for _, s := range d.sents {
		for _, m := range s.ments {
			if _, ok := d.contextOrgs[graph.Fold(m.surface)]; m.kind != graph.Person || m.rule != "ner:person" && m.rule != "context:person" || !ok ||
				personRole(s, m.i, m.j) {
				continue
			}
			m.kind, m.name, m.rule, m.conf = graph.Organization, m.surface, ruleContextOrg+"named-again", confContextOrg
		}
	}
}

// markBusinesses records that the organisations named by a company's cue or by a place and a company's
// word are businesses (firmLike), once the mentions are resolved: "an Air China plane landed in Shenzhen"
// deploys no forces.
func (d *reading) markBusinesses() {
	for _, s := range d.sents {
		for _, m := range s.ments {
			if m.entity == nil || m.entity.kind != graph.Organization || m.entity.typ != "" {
				continue
			}
			if m.rule == rulePlacedName || d.contextOrgs[graph.Fold(m.surface)] && strings.HasPrefix(m.rule, ruleContextOrg) {
				m.entity.business = true
			}
		}
	}
}

// pluralArticles open the names of groups in Spanish and French, never a person's: "Los Zetas", "Los
// Choneros", "Las Patronas", "Les Engagés", "Les Républicains". A place the gazetteer knows ("Los Angeles")
// is claimed before.
var pluralArticles = words("los|las|les")

// ruleArticleGroup is the rule of a group named by a plural article and capitalised words.
const ruleArticleGroup = "name:article-group"

// articleGroup claims the run [i, e) of at least two words opened by a plural article of pluralArticles as
// an organisation, and reports whether it did.
func (d *reading) articleGroup(s *sentence, i, e int) bool {
	if e-i < 2 || !pluralArticles[s.toks[i].lower] {
		return false
	}
	return s.claim(d.newMention(s, i, e, graph.Organization, d.text.norm[s.toks[i].start:s.toks[e-1].end], ruleArticleGroup, confContextOrg))
}
