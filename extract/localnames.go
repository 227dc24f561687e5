package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Names built on a place or a state that are neither: the bodies of a city or a region ("Tehran police",
// "the Kyiv city council", "the Lagos state government"), sites named after a place ("Galle Face Green"),
// and parties and coalitions whose names carry no head word ("Kenya Kwanza", "Georgian Dream"), typed by
// what news says of them ("the ruling X", "X coalition", "X won 89 seats").

var (
	// localBodies follow a city's or a region's name and make an organisation of the place: "Tehran
	// police", "the Kyiv city council", "the Lagos state government", "a Moscow city court". A bare
	// "government" is left out: after a capital it is the state's ("the Kyiv government" is Ukraine's).
	localBodies = wordLists("city council|city hall|city government|city administration|city court|city police|" +
		"municipal council|municipal government|municipality|metropolitan police|police department|police|" +
		"state government|state assembly|state police|provincial government|provincial council|provincial assembly|" +
		"regional government|regional administration|regional council|regional court|district court|court|council|mayor's office|" +
		"prefectural government|prefectural assembly|state parliament|regional parliament|provincial parliament|" +
		"state legislature|regional legislature|protesters|demonstrators")

	// regionBodies follow a region's or a city's name that is no capital: "the Hong Kong government", "the
	// Jubaland parliament". After a capital they are its state's ("the Kyiv government" is Ukraine's).
	regionBodies = wordLists("government|parliament|legislature")

	// localPeople are the local bodies that are a place's people, not a body based there: "Puno protesters"
	// are no organisation located in Puno; a later bare "protesters" are they (the collective's class).
	localPeople = words("protesters|demonstrators")

	// partyNouns follow a party's or a coalition's name in lower case: "the Kenya Kwanza coalition".
	partyNouns = words("coalition|party|alliance|bloc|movement")
	// partyBefore come just before a party's name: "the ruling Georgian Dream", "the opposition Likud".
	partyBefore = words("ruling|opposition|governing")
	// partyAfter follow a party's name, or its possessive: "Georgian Dream lawmakers", "Likud's deputies".
	// "candidate" and "leader" are left out: a person has them too ("Trump's candidate").
	// One member too: "Giorgi Papuashvili, a Georgian Dream member" ("a Cabinet member" is no party: a
	// common word alone needs a party's noun).
	partyAfter = words("lawmakers|legislators|mps|deputies|lawmaker|legislator|deputy|member")
	// seatWords end "X won 89 of the 150 seats": only a party or a list wins seats.
	seatWords = words("seats|seat|mandates")
	// armedGroupNouns follow a faction's name in lower case and are no word of it: "the Chapitos faction";
	// after "rebel" a party's noun or "group" does too ("the Seleka rebel coalition", "the RED-Tabara rebel
	// group"). On the development split the gold named all three and the extractor none. "rebels",
	// "fighters", "insurgents" and "militia" are left out: a people's or a creed's adjective stands before
	// them more often than a name ("Baloch insurgents", "Islamist insurgents" were two false actors there).
	armedGroupNouns = words("faction|factions")
	rebelGroupNouns = words("coalition|alliance|movement|group|groups")
	// partyVerbs follow a party that governs: "where Georgian Dream has governed since 2012". A person
	// governs too ("Lukashenko has governed"), so they, and "rule by" before a name, type only a name
	// that opens with a state's name or demonym or is no person's by its shape.
	partyVerbs = words("governed|governs|ruled|rules")
	// partyHolders follow ", whose" after a party's name: "Georgian Dream, whose leader, Bidzina
	// Ivanishvili, conceded"; a state has them too, but a state is known by name.
	partyHolders = words("leader|leaders|chairman|chairwoman|founder|lawmakers|members|candidate")
)

// ruleLocalBody names a body of a place read by findLocalBodies: "Tehran police", "Puno protesters".
const ruleLocalBody = "name:local-body"

// articles open an apposition that says what the name before it is.
var articles = words("a|an|the")

// maxAppositionWords bounds the words between the article and a party's noun in an apposition: "Alternative,
// a new bloc", "The Patriotic Bloc, an alliance of", "Revival, a party close to".
const maxAppositionWords = 2

// partySeatWindow is how many tokens after "won" the word "seats" may come: "won 89 of the 150 seats".
const partySeatWindow = 7

// wordLists splits "a b|c" into word sequences, longest first, so that "city council" is tried before
// "council".
func wordLists(s string) [][]string {
	var out [][]string
	for _, p := range strings.Split(s, "|") {
		out = append(out, strings.Fields(p))
	}
	for a := 1; a < len(out); a++ {
		for b := a; b > 0 && len(out[b]) > len(out[b-1]); b-- {
			out[b], out[b-1] = out[b-1], out[b]
		}
	}
	return out
}

// findLocalBodies reads a city's or a region's bodies: a place the gazetteer knows followed by a body
// noun is an organisation located in the place, named as written.
func (d *reading) findLocalBodies(s *sentence) {
	for _, m := range append([]*mention(nil), s.ments...) {
		if m.kind != graph.Place || m.affix != "" || m.gz == nil || m.form == formDemonym || m.ref != "" {
			continue
		}
		j := m.j
		if j+1 < len(s.toks) && (s.toks[j].lower == "'s" || s.toks[j].lower == "'") && s.at[j] < 0 {
			j++ // "Malaita's provincial government", named "Malaita provincial government"
		}
		bodies := localBodies
		if !hasForm(m, formCapital) {
			bodies = append(bodies[:len(bodies):len(bodies)], regionBodies...)
		}
		for _, ws := range bodies {
			if !wordsAt(s, j, ws) { // tokens compared in lower case: "Kyiv City Council" too
				continue
			}
			if ws[len(ws)-1] == "court" && j+len(ws) < len(s.toks) && s.toks[j+len(ws)].lower == "of" {
				break // "the Hague Court of Arbitration": the name goes on, left to the head words
			}
			e := j + len(ws)
			name := d.text.norm[s.toks[m.i].start:s.toks[m.j-1].end] + " " + d.text.norm[s.toks[j].start:s.toks[e-1].end]
			n := d.newMention(s, m.i, e, graph.Organization, name, ruleLocalBody, 0.8)
			n.special, n.ownerM = "longer", m
			n.written = d.text.norm[s.toks[m.i].start:s.toks[e-1].end]
			d.replaceSpan(s, m, n)
			break
		}
	}
}

// joinSites makes a known place followed by a name typed by its place head one place: "Galle Face
// Green" is a park in Colombo, not the city of Galle and a "Face Green".
func (d *reading) joinSites(s *sentence) {
	for _, n := range append([]*mention(nil), s.ments...) {
		if n.rule != "name:place-head" || n.special != "" || n.i == 0 {
			continue
		}
		m := s.mentionAt(n.i - 1)
		if m == nil || m.j != n.i || m.kind != graph.Place || m.gz == nil || m.affix != "" || m.poss || m.form == formDemonym {
			continue
		}
		j := d.newMention(s, m.i, n.j, graph.Place, d.text.norm[s.toks[m.i].start:s.toks[n.j-1].end], "name:place-head", n.conf)
		d.swallow(s, j, m, n)
	}
}

// swallow claims n in place of the mentions it covers, which were parts of its name and name nothing.
func (d *reading) swallow(s *sentence, n *mention, covered ...*mention) {
	kept := s.ments[:0]
	for _, x := range s.ments {
		drop := false
		for _, c := range covered {
			drop = drop || x == c
		}
		if !drop {
			kept = append(kept, x)
		}
	}
	s.ments = kept
	for k := range s.at {
		s.at[k] = -1
	}
	for idx, x := range s.ments {
		for k := x.i; k < x.j; k++ {
			s.at[k] = idx
		}
	}
	s.claim(n)
}

// findPartyNames reads parties and coalitions that no head word types: a run of capitalised words, which
// may open with a state's name or demonym ("Kenya Kwanza", "Georgian Dream"), placed where news puts a
// party: after "ruling" or "opposition", before "coalition" or "party", before "lawmakers" or "'s
// candidate", or winning seats.
func (d *reading) findPartyNames(s *sentence) {
	d.findContextNames(s, d.partyPlace, "name:party-context")
	d.partyLeaders(s)
}

// A party after a person's possessive is the party the person leads: "Pashinyan's Civil Contract party",
// "Orban's Fidesz", "Kaczynski's Law and Justice party" (the surname alone had been no actor, the party's
// leader unknown). The party is the gazetteer's or a name with "party" after it; a state's possessive
// ("Armenia's Civil Contract party") names where it is, not who leads it.

// ruleLeaderOfParty names a person known by the party named after them, and the leadership it states.
const ruleLeaderOfParty = "context:party-leader"

// confPartyLeader is how sure a person's possessive before a party says the person leads it.
const confPartyLeader = 0.75

// gzParty is the gazetteer's type of a political party.
const gzParty = "party"

// partyLeaders reads the people whose possessive stands before a party's name.
func (d *reading) partyLeaders(s *sentence) {
	for n := 0; n < len(s.ments); n++ {
		o := s.ments[n]
		if o.kind != graph.Organization || o.i < 2 || o.affix != "" || o.ref != "" || !isPartyMention(s, o) {
			continue
		}
		if p := d.namedBefore(s, o.i, ruleLeaderOfParty); p != nil {
			d.addRole(p, "leader", graph.Leads, o, ruleLeaderOfParty, confPartyLeader)
		}
	}
}

// isPartyMention reports whether o names a party: the gazetteer's, or a name "party" follows.
func isPartyMention(s *sentence, o *mention) bool {
	return len(o.gz) > 0 && o.gz[0].e.typ == gzParty || o.j < len(s.toks) && s.toks[o.j].text == "party"
}

// partyPlace reports whether the run [k, e), opening as start says, stands where a party does, or where a
// party or a person does and the run is no person's name ("rule by Georgian Dream", not "ruled by
// Alexander Lukashenko").
func (d *reading) partyPlace(s *sentence, k, e int, start *partyOpening) bool {
	return partyContext(s, k, e) || personalContext(s, k, e) && (start.m != nil || e-k >= 2 && !d.nameShaped(s, k, e))
}

// findWhoseBodies reads organisations named before ", whose" and what only an organisation has ("Frelimo,
// whose leader, X,", "Sabic, whose majority owner is Saudi Aramco"), before the titles are read, so that
// the title after "whose" finds its owner.
func (d *reading) findWhoseBodies(s *sentence) {
	d.findContextNames(s, func(s *sentence, _, e int, _ *partyOpening) bool { return whoseBodyAfter(s, e) }, ruleWhoseBody)
}

// findContextNames reads organisations that no head word types, each a run of capitalised words that may
// open with a state's name or demonym, where context says the run names an organisation.
func (d *reading) findContextNames(s *sentence, context func(s *sentence, i, e int, start *partyOpening) bool, rule string) {
	if shouting(s) {
		return
	}
	toks := s.toks
	for k := 0; k < len(toks); k++ {
		start := d.partyStart(s, k)
		if start == nil {
			continue
		}
		from := k
		if start.m != nil {
			from = start.m.j
		}
		e := nameRun(s, from)
		if e == from || e-k > maxPartyWords {
			continue
		}
		if start.m == nil && (notNames[toks[k].lower] || titleWords[toks[k].lower] || honorificTitles[toks[k].lower]) {
			continue
		}
		if start.m == nil && e-k == 1 && creedWord(toks[k].lower) {
			continue // "the Islamist rebel group", "an Islamist party": a creed's adjective, no name
		}
		if !context(s, k, e, start) {
			continue
		}
		end := e
		if e-k == 1 && start.m == nil && d.extractor.gz.isCommonWord(toks[k].text) && !partyAppositionAt(s, e) {
			// "the Conservative party": a common word alone is no name; with its noun it is.
			if e >= len(toks) || !partyNouns[toks[e].lower] {
				continue
			}
			end = e + 1
		}
		n := d.newMention(s, k, end, graph.Organization, d.text.norm[toks[k].start:toks[end-1].end], rule, 0.7)
		if start.m != nil {
			d.swallow(s, n, start.m)
		} else if !s.claim(n) {
			continue
		}
		k = end - 1
	}
}

// creedWord reports whether a word names a creed or a doctrine by its suffix: "Islamist", "Maoist",
// "Salafist", "Marxists".
func creedWord(w string) bool {
	return strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "ists")
}

// partyAppositionAt reports whether an apposition that calls the name before it a party, a coalition or a
// bloc starts at token e: ", a new bloc", ", the party founded by", ", an alliance of".
func partyAppositionAt(s *sentence, e int) bool {
	toks := s.toks
	if e+2 >= len(toks) || toks[e].lower != "," || !articles[toks[e+1].lower] {
		return false
	}
	for k := e + 2; k < len(toks) && k <= e+2+maxAppositionWords; k++ {
		if partyNouns[toks[k].lower] {
			return true
		}
		if toks[k].isCap() || !strings.HasPrefix(toks[k].tag, "JJ") && toks[k].lower != "opposition" && toks[k].lower != "ruling" {
			return false
		}
	}
	return false
}

// ruleWhoseBody names an organisation read from what "whose" says it has: "Frelimo, whose leader, X,",
// "Sabic, whose majority owner is Saudi Aramco".
const ruleWhoseBody = "name:whose-body"

// whoseBodyNouns, after "whose", say the name before it is an organisation's: a leader or a founder (a
// party's, a movement's), shareholders, an owner, a parent, members. "President" and "head" are left out:
// regions have them too ("Puntland, whose president").
var whoseBodyNouns = words("leader|leaders|chairman|chairwoman|chairperson|founder|co-founder|shareholder|shareholders|" +
	"owner|owners|parent|members|subsidiary|subsidiaries|ceo|headquarters|secretary-general")

// whoseBodyAfter reports whether ", whose" and one of whoseBodyNouns, over up to whoseAdjectives
// adjectives ("whose largest shareholder", "whose new leader"), follow the run ending at e.
func whoseBodyAfter(s *sentence, e int) bool {
	toks := s.toks
	if e+2 >= len(toks) || toks[e].text != "," || toks[e+1].lower != "whose" {
		return false
	}
	for k := e + 2; k < len(toks) && k <= e+2+whoseAdjectives; k++ {
		if whoseBodyNouns[toks[k].lower] || toks[k].lower == "chief" && k+1 < len(toks) && toks[k+1].lower == "executive" {
			return true
		}
		if toks[k].tag != "JJ" && toks[k].tag != "JJS" && toks[k].tag != "NN" && !roleAdjectives[toks[k].lower] {
			return false
		}
	}
	return false
}

// personalContext reports whether the run [i, e) stands where a party or a person does: after "rule by" or
// "ruled by", before a verb of governing or ", whose leader".
func personalContext(s *sentence, i, e int) bool {
	toks := s.toks
	if i >= 2 && toks[i-1].lower == "by" && (toks[i-2].lower == "rule" || toks[i-2].lower == "ruled") {
		return true
	}
	if e+1 >= len(toks) {
		return false
	}
	switch {
	case partyVerbs[toks[e].lower]:
		return true
	case (toks[e].lower == "has" || toks[e].lower == "have") && partyVerbs[toks[e+1].lower]:
		return true
	case toks[e].lower == "," && toks[e+1].lower == "whose" && e+2 < len(toks) && partyHolders[toks[e+2].lower]:
		return true
	}
	return false
}

// partyOpening is where a party's name may start: an unclaimed capitalised word, or a state's or place's
// name or demonym the gazetteer matched.
type partyOpening struct{ m *mention }

func (d *reading) partyStart(s *sentence, k int) *partyOpening {
	t := s.toks[k]
	if !t.isCap() || calendar[t.lower] {
		return nil
	}
	if s.at[k] < 0 {
		if !isNameWord(t.text) {
			return nil
		}
		return &partyOpening{}
	}
	m := s.mentionAt(k)
	if m.i != k || m.gz == nil || m.affix != "" || m.poss || m.j-m.i != 1 || m.kind != graph.State && m.kind != graph.Place {
		return nil
	}
	return &partyOpening{m: m}
}

// maxPartyWords bounds a party's name: "Union for the Homeland".
const maxPartyWords = 5

// partyContext reports whether the run [i, e) stands where a party does.
func partyContext(s *sentence, i, e int) bool {
	toks := s.toks
	if i > 0 && partyBefore[toks[i-1].lower] {
		return true
	}
	if e >= len(toks) {
		return false
	}
	next := toks[e].lower
	switch {
	case partyNouns[next] || armedGroupNouns[next]:
		return true
	case next == "rebel" && e+1 < len(toks) && rebelGroupNouns[toks[e+1].lower]:
		return true
	case partyAppositionAt(s, e):
		return true
	case partyAfter[next] && !toks[e].isCap():
		return true
	case (next == "'s" || next == "'") && e+1 < len(toks) && partyAfter[toks[e+1].lower]:
		return true
	case next == "won" || next == "wins" || next == "took":
		for k := e + 1; k < len(toks) && k <= e+partySeatWindow; k++ {
			if seatWords[toks[k].lower] {
				return true
			}
		}
	}
	return false
}

// Parties named by their members' plural. News names many parties by the plural of their members, with the
// article and a capital: "the Socialists won 78 seats", "the Greens called for a recount", "the Christian
// Democrats lost ground". Without a head word the organisation rules pass them over, and a gazetteer's
// plural of another state's party ("Democrats") took the longer name's last word. The plural of a creed or
// a camp after "the", with up to maxPartyModifiers capitalised words before it ("Christian", "Free",
// "Sweden"), is a party named as written; a whole name the gazetteer knows keeps its entry ("the
// Republicans", "the Liberal Democrats"), and a demonym before it is no word of it ("the Swedish Social
// Democrats" is Sweden's "Social Democrats"), and an acronym in parentheses after it is left to name it.
// In lower case ("the socialists in the cabinet") or without
// the article ("Socialist lawmakers") no party is named.

// partyPlurals are the plurals of creeds and camps that name parties: "the Socialists", "the Greens".
var partyPlurals = words("socialists|greens|communists|liberals|conservatives|democrats|republicans|nationalists|" +
	"progressives|radicals|populists|centrists|ecologists|monarchists|labourites|reformists|moderates|social-democrats")

// maxPartyModifiers is how many capitalised words may stand before a party's plural in its name: "the
// Christian Democrats", "the Free Democrats", "the Sweden Democrats".
const maxPartyModifiers = 2

// confPartyPlural is how sure a capitalised plural of a creed after "the" is a party.
const confPartyPlural = 0.75

// rulePartyPlural names a party read by its members' plural.
const rulePartyPlural = "name:party-plural"

// findPartyPlurals claims the parties named by their members' plural, before the gazetteer reads their words.
func (d *reading) findPartyPlurals(s *sentence) {
	toks := s.toks
	for k := 1; k < len(toks); k++ {
		if !partyPlurals[toks[k].lower] || !toks[k].isCap() || s.at[k] >= 0 {
			continue
		}
		i := k
		for i > 1 && k-i < maxPartyModifiers && s.at[i-1] < 0 && toks[i-1].isCap() && isNameWord(toks[i-1].text) &&
			!determiners[toks[i-1].lower] && !prepositions[toks[i-1].lower] && !d.isDemonym(toks[i-1].text) {
			i--
		}
		if toks[i-1].lower != "the" || len(d.extractor.gz.lookup(d.text.norm[toks[i].start:toks[k].end])) > 0 ||
			k+1 < len(toks) && toks[k+1].text == "(" {
			// "The Free Democrats (FDP)": the acronym's definition names the party, known or not.
			continue
		}
		s.claim(d.newMention(s, i, k+1, graph.Organization, d.text.norm[toks[i].start:toks[k].end], rulePartyPlural, confPartyPlural))
	}
}

// isDemonym reports whether the gazetteer reads w as a state's or a place's adjective: "Swedish".
func (d *reading) isDemonym(w string) bool {
	for _, h := range d.extractor.gz.lookup(w) {
		if h.form == formDemonym {
			return true
		}
	}
	return false
}
