package extract

import (
	"github.com/actorgraph/actorgraph/graph"
)

// A state or a city inside a company's name. Airlines, exchanges, clubs and companies' national units are
// named by a place and a word of their own ("Air China", "Euronext Paris", "Newcastle United", "LATAM
// Airlines Peru", "MTN Nigeria"): the gazetteer claimed the place, and the company was lost or cut, the
// place left as an actor the sentence does not name ("Air China signed a deal with Boeing" had given
// Boeing an agreement with China). Where the words around the place make one name (a lead word of
// placeLeads before it, a tail of placeTails after it, a company's name right before it with no
// punctuation between and no name going on after it), the whole is one organisation named as written, the
// place its part as in "Kenya Airways". Bodies of a state keep their structure ("the Kenya Ports
// Authority", "the Russian embassy": their heads are no lead, tail or company), and a possessive place is
// no part of a name ("MTN Nigeria's chief").

// placedWord is a row of placeLeads or placeTails: a word that makes one name with a place beside it.
type placedWord struct {
	word     string // lower case
	what     string // the kind of body it names
	examples []string
}

// placeLeads make one name with a place after them.
var placeLeads = []placedWord{
	{word: "air", what: "airline", examples: []string{"Air China", "Air India", "Air Tanzania", "Air Astana"}},
	{word: "euronext", what: "exchange", examples: []string{"Euronext Paris", "Euronext Amsterdam"}},
	{word: "nasdaq", what: "exchange", examples: []string{"Nasdaq Stockholm", "Nasdaq Helsinki"}},
	{word: "borsa", what: "exchange", examples: []string{"Borsa Istanbul"}},
	{word: "bursa", what: "exchange", examples: []string{"Bursa Malaysia"}},
	{word: "radio", what: "broadcaster", examples: []string{"Radio Mozambique", "Radio Kigali"}},
}

// placeTails make one name with a place before them: football clubs.
var placeTails = []placedWord{
	{word: "united", what: "club", examples: []string{"Newcastle United", "Leeds United"}},
	{word: "rovers", what: "club", examples: []string{"Blackburn Rovers"}},
	{word: "wanderers", what: "club", examples: []string{"Bolton Wanderers"}},
	{word: "athletic", what: "club", examples: []string{"Oldham Athletic"}},
	{word: "albion", what: "club", examples: []string{"Brighton & Hove Albion"}},
	{word: "hotspur", what: "club", examples: []string{"Tottenham Hotspur"}},
}

// rulePlacedName is the rule of a company named by a place and a word of its own.
const rulePlacedName = "name:placed-company"

func placedRow(rows []placedWord, w string) bool {
	for _, r := range rows {
		if r.word == w {
			return true
		}
	}
	return false
}

// namePlace reports whether m is a state's or a city's name as the gazetteer writes it, standing alone: no
// demonym, affix, reference or possessive.
func namePlace(m *mention) bool {
	return (m.kind == graph.State || m.kind == graph.Place) && len(m.gz) > 0 && (m.form == formName || m.form == formCapital) &&
		m.affix == "" && m.ref == "" && m.special == "" && !m.poss
}

// nameEndsAt reports whether no name goes on at token k: the sentence ends, or a word that is neither
// capitalised nor a possessive.
func nameEndsAt(s *sentence, k int) bool {
	if k >= len(s.toks) {
		return true
	}
	t := s.toks[k]
	return !t.isCap() && t.lower != "'s" && t.lower != "'" && !startsWithDigit(t.text)
}

// findPlacedNames reads "Air China", "Euronext Paris" and "Newcastle United" over the gazetteer's places.
func (d *reading) findPlacedNames(s *sentence) {
	toks := s.toks
	for idx := 0; idx < len(s.ments); idx++ {
		m := s.ments[idx]
		if !namePlace(m) {
			continue
		}
		i, e := m.i, m.j
		if i > 0 && s.at[i-1] < 0 && toks[i-1].isCap() && placedRow(placeLeads, toks[i-1].lower) {
			i--
		} else if e < len(toks) && s.at[e] < 0 && toks[e].isCap() && placedRow(placeTails, toks[e].lower) {
			e++
		}
		if i == m.i && e == m.j || !nameEndsAt(s, e) {
			continue
		}
		d.claimPlaced(s, m, i, e)
		idx = -1
	}
}

// findCompaniesBeforePlaces reads "LATAM Airlines Peru", "MTN Nigeria": a company's name right before a
// state's or a city's, where no name goes on after it, names the company's unit there.
func (d *reading) findCompaniesBeforePlaces(s *sentence) {
	for idx := 0; idx < len(s.ments); idx++ {
		m := s.ments[idx]
		if !namePlace(m) || m.i == 0 || !nameEndsAt(s, m.j) {
			continue
		}
		o := s.mentionAt(m.i - 1)
		if o == nil || o.j != m.i || o.kind != graph.Organization || o.ref != "" || o.affix != "" || o.poss || !companyMention(s, o) {
			continue
		}
		i := o.i
		d.dropMention(s, o)
		d.claimPlaced(s, m, i, m.j)
		idx = -1
	}
}

// companyMention reports whether an organisation's mention names a company: the gazetteer's, or a name
// ending in a company's head word ("LATAM Airlines").
func companyMention(s *sentence, o *mention) bool {
	if len(o.gz) > 0 {
		return o.gz[0].e.typ == "company"
	}
	return companyHeads[s.toks[o.j-1].lower]
}

// confPlacedName is how sure a place and a word of placeLeads or placeTails, or a company's name and a
// place, are one company.
const confPlacedName = 0.8

// claimPlaced claims tokens [i, e) around the place's mention m as one organisation. The place is no actor
// for being in the name, and the name states nothing about it: "Air China" and "LATAM Airlines Peru" are
// based where their names say, but the development gold marks no such relationship (as for "the Lusaka
// Securities Exchange", resolveLonger).
func (d *reading) claimPlaced(s *sentence, m *mention, i, e int) {
	d.dropMention(s, m)
	s.claim(d.newMention(s, i, e, graph.Organization, d.text.norm[s.toks[i].start:s.toks[e-1].end], rulePlacedName, confPlacedName))
}
