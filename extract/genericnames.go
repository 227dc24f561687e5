package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Generic names of parties and legislatures. Many states have a "Democratic Party", a "Labour Party", a
// "Congress" or a "National Assembly"; the gazetteer lists each such name under one state (the US
// Democratic Party, the UK's Labour Party), and read bare it would make Mongolia's Democratic Party the
// American one. A name written only in common words and listed for a party or a legislature is therefore
// the body of the state the article places it in: its own listed body whose name holds the words ("Congress"
// in India is the Indian National Congress), or a new actor named with the state ("Democratic Party of
// Mongolia", the words as written an alias), never another state's. The entry's other forms in the article
// (its acronym) are that body too.

// genericBodyTypes are the gazetteer types whose common-word names are generic across states.
var genericBodyTypes = words("party|government")

// genericNameWords are the words of the names that parties and legislatures share across states: heads of
// such bodies and the ideologies and adjectives parties name themselves by. A name written only in them
// ("Democratic Party", "Labour", "Congress", "National Assembly", "Democratic Progressive Party", "House of
// Representatives", "Chamber of Deputies") is
// generic; one with any other word ("National Rally", "Jubilee Party", "State Department") names one body.
var genericNameWords = words("party|parties|congress|assembly|parliament|senate|democratic|democrats|republican|republicans|" +
	"labour|labor|conservative|conservatives|liberal|liberals|socialist|socialists|communist|communists|social|national|" +
	"people's|peoples|progressive|progressives|new|free|united|unity|popular|green|greens|workers'|workers|" +
	"house|of|representatives|commons|chamber|deputies")

// genericEntry returns the gazetteer entry a mention names by a generic form: a party or a legislature of a
// state, named by common words only ("Democratic Party", "Democrats", "Labour", "Congress"); nil otherwise.
func (d *reading) genericEntry(m *mention) *gzEntry {
	if m.entity == nil || m.entity.gz == nil || m.ref != "" || m.form != formName {
		return nil
	}
	e := m.entity.gz
	if e.kind != graph.Organization || e.code == "" || !genericBodyTypes[e.typ] || isAcronym(m.surface) {
		return nil
	}
	if !d.commonName(m.surface) {
		return nil
	}
	return e
}

// commonName reports whether a name is written in genericNameWords only ("US Congress" is not).
func (d *reading) commonName(name string) bool {
	for _, w := range strings.Fields(strings.ReplaceAll(name, "’", "'")) {
		if isAcronym(w) || !genericNameWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// placeGenericNames gives each generic name its state's body (see above). The state is the one the sentence
// places the name in ("won the most seats in Mongolia's election", "In India, Congress lost": a state named
// after "in", by its possessive or its adjective), the entry's own when the sentence names it; in a sentence
// that places it nowhere, the state of the name's last placed use, else the entry's own when the article
// names it, else the article's focus.
func (d *reading) placeGenericNames() {
	placed := map[*gzEntry]string{}
	bodies := map[*gzEntry]*entity{}
	for _, s := range d.sents {
		for _, m := range s.ments {
			e := d.genericEntry(m)
			if e == nil {
				continue
			}
			code := sentenceState(s, m, e)
			if code == "" {
				code = placed[e]
			}
			if code == "" {
				code = d.articleState(e)
			}
			placed[e] = code
			if code != "" && code != e.code {
				bodies[e] = d.stateGenericBody(e, m, code)
				m.entity = bodies[e]
			}
		}
	}
	if len(bodies) == 0 {
		return
	}
	for _, s := range d.sents {
		for _, m := range s.ments {
			if b := bodies[mentionEntry(m)]; b != nil && m.entity != b {
				m.entity = b // "the Democratic Progressive Party (DPP) ... the DPP": its acronym too
				b.alias(m.surface)
			}
		}
	}
}

// mentionEntry returns the gazetteer entry a named mention resolved to, or nil.
func mentionEntry(m *mention) *gzEntry {
	if m.entity == nil || m.ref != "" {
		return nil
	}
	return m.entity.gz
}

// sentenceState returns the ISO code of the state a sentence places a generic name in: the entry's own
// state when the sentence names it, else the one state it names after "in", by a possessive or an
// adjective; "" when it names none or several. A possessive right before the name owns it.
func sentenceState(s *sentence, m *mention, e *gzEntry) string {
	named := ""
	for _, n := range s.ments {
		c := mentionState(n)
		switch {
		case c == "" || n == m:
		case n.poss && n.j+1 == m.i:
			return c // "Ulaanbaatar's Democratic Party"
		case c == e.code:
			return c // "Congress passed the bill, the White House said"
		case n.prep == "in" || n.poss || n.form == formDemonym:
			if named != "" && named != c {
				return ""
			}
			named = c
		}
	}
	return named
}

// articleState returns the state of a generic name the sentence leaves unplaced: the entry's own when the
// article names it, else the article's focus.
func (d *reading) articleState(e *gzEntry) string {
	if d.articleNames(e.code) {
		return e.code
	}
	if d.focus != nil && d.focus.kind == graph.State && d.focus.gz != nil {
		return d.focus.gz.code
	}
	return ""
}

// mentionState returns the ISO code of the state a mention names, is in or governs ("Ulaanbaatar": Mongolia).
func mentionState(m *mention) string {
	if m.entity == nil || m.ref != "" || m.entity.gz == nil {
		return ""
	}
	switch {
	case m.entity.kind == graph.State:
		return m.entity.gz.code
	case m.entity.kind == graph.Place, m.entity.gz.typ == "government":
		return m.entity.code // "the White House said"
	}
	return ""
}

// articleNames reports whether the article names a state, a demonym of it or a place in it.
func (d *reading) articleNames(code string) bool {
	for _, s := range d.sents {
		for _, n := range s.ments {
			if mentionState(n) == code {
				return true
			}
		}
	}
	return false
}

// stateGenericBody returns the body of the state code that a generic name stands for: the one listed body of
// that state and type whose name holds the name's words, else a new actor named with the state.
func (d *reading) stateGenericBody(e *gzEntry, m *mention, code string) *entity {
	st := d.extractor.gz.state(code)
	var own *gzEntry
	words := " " + graph.Fold(m.surface) + " "
	for _, b := range d.extractor.gz.bodies[code] {
		if strings.Contains(" "+graph.Fold(b.name)+" ", words) && onlyStateWordsBeside(b.name, m.surface, st) {
			own = b // the first listed: the gazetteer lists a state's main parties first
			break
		}
	}
	if own != nil {
		ent := d.entity(own.kind, own.name)
		ent.gz, ent.code, ent.typ, ent.desc = own, own.code, own.typ, own.desc
		ent.alias(m.surface)
		return ent
	}
	name := e.name // "Democratic Party"; "US Congress" read as "Congress" is named as written
	if !d.commonName(name) {
		name = m.surface
	}
	ent := d.entity(graph.Organization, name+" of "+st.name)
	ent.code, ent.typ = code, e.typ
	ent.alias(name)
	ent.alias(m.surface)
	return ent
}

// stateBodyWords are the words a state's body may add to a generic name and still be the body the name
// stands for, beside the state's own name and demonym ("Congress" is the Indian National Congress).
var stateBodyWords = words("national|all|of|the")

// onlyStateWordsBeside reports whether a listed body's name adds to a generic name only the state's name, its
// demonym or stateBodyWords: "Congress" in India is the Indian National Congress, but "Democratic Party" in
// Japan is not the Liberal Democratic Party, whose added word names another party.
func onlyStateWordsBeside(body, generic string, st *gzEntry) bool {
	own := words(strings.Join(strings.Fields(graph.Fold(generic)), "|"))
	if st != nil {
		for _, w := range strings.Fields(graph.Fold(st.name + " " + st.demonym)) {
			own[w] = true
		}
	}
	for _, w := range strings.Fields(graph.Fold(body)) {
		if !own[w] && !stateBodyWords[w] {
			return false
		}
	}
	return true
}

// genericInLonger reports whether a generic name of a party or legislature at token i ends a longer name that
// capitalised common words open ("the National Democratic Congress", "the Free Democrats"): that name is
// another body, which the organisation rules name whole.
func (d *reading) genericInLonger(s *sentence, i int, h gzHit) bool {
	if i == 0 || h.e.kind != graph.Organization || h.e.code == "" || !genericBodyTypes[h.e.typ] || h.exact || !d.commonName(h.surface) {
		return false
	}
	t := s.toks[i-1]
	return t.isCap() && !determiners[t.lower] && d.extractor.gz.isCommonWord(t.lower) && s.at[i-1] < 0
}
