package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Short forms of organisations' names. News names an organisation in full once and then by its first word
// or words: "The Radaa Deterrence Force seized the airport. Radaa later handed it back", "Hayat Tahrir
// al-Sham ... Hayat Tahrir said". The short form is the same actor, not a person, not a second
// organisation and not nothing. A first word that is a common word or a name of its own ("National",
// "Kenya" of "Kenya Defence Forces") shortens nothing: "National" alone names no body.

// maxShortFormNames bounds the organisation names one article keeps for short forms.
const maxShortFormNames = 64

// recordOrgNames keeps the names of the sentence's organisations that a later short form may stand for,
// and the words of its persons' names, which a short form never is ("Aliko Dangote ... the Dangote Group
// ... Dangote said" is the man).
func (d *reading) recordOrgNames(s *sentence) {
	for _, m := range s.ments {
		if m.kind == graph.Person && m.ref == "" {
			if d.personWords == nil {
				d.personWords = map[string]bool{}
			}
			for _, w := range strings.Fields(graph.Fold(m.surface)) {
				d.personWords[w] = true
			}
		}
		if m.kind != graph.Organization || m.ref != "" || m.affix != "" || len(d.orgNames) >= maxShortFormNames {
			continue
		}
		name := m.name
		if len(m.gz) > 0 {
			name = m.gz[0].e.name
		}
		if ws := strings.Fields(graph.Fold(name)); len(ws) >= 2 && d.shortensTo(ws[0]) {
			d.orgNames = append(d.orgNames, name)
		} else if len(ws) >= 2 && !determiners[ws[0]] && len(ws[0]) > 2 && m.gz == nil {
			d.commonOrgs = append(d.commonOrgs, name)
		}
	}
}

// titledShortForm reads the owner of a title written as a short form's possessive ("The opposition Unity
// bloc won 12 seats. Unity's leader, Nika Melia, thanked voters"): one capitalised word before "'s" that
// opens exactly one organisation's name the article gave before, a common word too, since the title says
// an organisation is meant (alone, "Unity" names nothing). It claims the word as that organisation and
// returns it; nil when there is none.
func (d *reading) titledShortForm(s *sentence, k int) *mention {
	if k < 2 || s.toks[k-1].lower != "'s" && s.toks[k-1].lower != "'" || s.at[k-2] >= 0 || !s.toks[k-2].isCap() ||
		k > 2 && s.toks[k-3].isCap() && s.at[k-3] < 0 {
		return nil
	}
	w := graph.Fold(s.toks[k-2].text)
	found := ""
	for _, list := range [][]string{d.orgNames, d.commonOrgs} {
		for _, n := range list {
			if strings.HasPrefix(graph.Fold(n), w+" ") {
				if found != "" && found != n {
					return nil // two names open with the word
				}
				found = n
			}
		}
	}
	if found == "" {
		return nil
	}
	m := d.newMention(s, k-2, k-1, graph.Organization, found, ruleShortForm, 0.7)
	m.written, m.poss = m.surface, true
	if !s.claim(m) {
		return nil
	}
	return m
}

// shortensTo reports whether a name's folded first word can stand for the name alone: no common word, no
// name the gazetteer knows by itself, no determiner.
func (d *reading) shortensTo(w string) bool {
	return !determiners[w] && !pluralArticles[w] && !d.extractor.gz.isCommonWord(w) && len(d.extractor.gz.lookup(w)) == 0 && len(w) > 2
}

// shortFormName returns the one organisation name the article gave before whose first words are the
// tokens [k, e), with more words after them; "" when none or several.
func (d *reading) shortFormName(s *sentence, k, e int) string {
	var words []string
	for _, t := range s.toks[k:e] {
		words = append(words, graph.Fold(t.text))
	}
	if len(words) == 1 && d.personWords[words[0]] {
		return ""
	}
	short := strings.Join(words, " ") + " "
	found := ""
	for _, n := range d.orgNames {
		f := graph.Fold(n)
		if !strings.HasPrefix(f, short) || found != "" && found != n {
			if strings.HasPrefix(f, short) {
				return "" // two names open with the words
			}
			continue
		}
		found = n
	}
	return found
}

// personEvidence are the mention rules that find a person by what the text says of them, not by the shape
// of the name alone.
var personEvidence = words("title|apposition")

// ruleShortForm names an organisation by the first words of a name the article gave in full before.
const ruleShortForm = "name:short-form"

// shortFormAt claims the longest run of name words at k, within [k, e), that opens an organisation's name
// given before, and returns its end (k when there is none).
func (d *reading) shortFormAt(s *sentence, k, e int) int {
	for n := e; n > k; n-- {
		if name := d.shortFormName(s, k, n); name != "" {
			m := d.newMention(s, k, n, graph.Organization, name, ruleShortForm, 0.7)
			m.written = m.surface // an alias: "Radaa"
			if s.claim(m) {
				return n
			}
			return k
		}
	}
	return k
}

// mergeShortForms points the mentions of an organisation named by the first words of another's name in the
// same article at that one ("Radaa, a Salafist-leaning armed group that runs ..." after "the Radaa
// Deterrence Force"), when exactly one name opens so and its first word shortens; a person only when nothing
// but the name's shape made it one (a name misread as a person's: "Jaysh Tahrir said" after "the Jaysh
// Tahrir Brigade").
func (d *reading) mergeShortForms() {
	// A person a title or an apposition names is a person, not a short form of the organisation named
	// after them: "Former British prime minister Tony Blair met ... The Tony Blair Institute for Global
	// Change" keeps the man (a headline's guessed "Kafue Copper" still merges into Kafue Copper Mines).
	titled := map[*entity]bool{}
	for _, s := range d.sents {
		for _, m := range s.ments {
			if m.kind == graph.Person && m.entity != nil && personEvidence[m.rule] {
				titled[m.entity] = true
			}
		}
	}
	merged := map[*entity]*entity{}
	for _, e := range d.entList {
		if e.kind != graph.Organization && e.kind != graph.Person || e.gz != nil {
			continue
		}
		ws := strings.Fields(graph.Fold(e.name))
		if len(ws) == 0 || !d.shortensTo(ws[0]) || e.kind == graph.Person && len(ws) < 2 || len(ws) == 1 && d.personWords[ws[0]] {
			continue // a person's single name is a surname's business
		}
		var long *entity
		for _, o := range d.entList {
			if o == e || o.kind != graph.Organization || !strings.HasPrefix(graph.Fold(o.name), graph.Fold(e.name)+" ") {
				continue
			}
			if long != nil {
				long = nil
				break
			}
			long = o
		}
		if long != nil && !titled[e] {
			merged[e] = long
			long.alias(e.name)
		}
	}
	d.remap(merged)
}
