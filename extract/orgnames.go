package extract

import "github.com/actorgraph/actorgraph/graph"

// Organisations' names that go on past where the other rules stop: over a field word after a state's or a
// city's name ("Zambia Defence Force", "Nairobi Securities Exchange"), over "of" after a lead word ("the
// Kenyan Bureau of Statistics"), and over "and" to a head word ("the Disaster and Emergency Management
// Authority", "the Dalian Petroleum and Natural Gas Exchange") or inside an "X of Y" name ("the Committee of
// Emergency Situations and Civil Defence"). On the development split 45 actors the analyst marked were cut
// at or merged with a known name this way, and 32 of their fragments were drawn as actors of their own.

// fieldWords are words that open sentences or name fields ("Defence", "Security", "Red") and so stop a
// name in the general case, but that go on inside an organisation's name before its head word.
var fieldWords = words("defense|defence|foreign|interior|economy|finance|justice|health|education|security|trade|" +
	"energy|oil|gas|red|green|white|black|blue|central|national|press|media|news")

// nameWordsAfterJoin is how many capitalised words after "of" or "and" a name may go on over.
const nameWordsAfterJoin = 4

// freeNameRun returns the end of the capitalised words from token i that no mention claims and no gazetteer
// knows, which may go on inside an organisation's name.
func (d *reading) freeNameRun(s *sentence, i int) int {
	e := i
	for e < len(s.toks) && e < i+nameWordsAfterJoin && s.at[e] < 0 {
		t := s.toks[e]
		if !t.isCap() || !isNameLike(t.text) || calendar[t.lower] || isAcronym(t.text) ||
			notNames[t.lower] && !orgHeads[t.lower] && !fieldWords[t.lower] ||
			len(d.extractor.gz.lookup(t.text)) > 0 && !orgHeads[t.lower] {
			break
		}
		e++
	}
	return e
}

// joinedName returns where the organisation's name [i, end) ends once it goes on over "of" after a lead
// word ("Bureau of Statistics") and over "and" ("Petroleum and Natural Gas Exchange"); end if it does not.
func (d *reading) joinedName(s *sentence, i, end int) int {
	toks := s.toks
	ofName := end-i >= 3 && toks[i+1].lower == "of" && orgLeadWords[toks[i].lower]
	if end+1 < len(toks) && toks[end].lower == "of" && orgLeadWords[toks[end-1].lower] {
		if r := d.freeNameRun(s, end+1); r > end+1 && !followedByName(s, r) {
			end, ofName = r, true
		}
	}
	if end+1 < len(toks) && toks[end].lower == "and" && !orgLeadWords[toks[end+1].lower] {
		r := d.freeNameRun(s, end+1)
		// After "and" the words must end in a head word ("and Natural Gas Exchange"), unless the name is
		// an "X of Y" one, whose field goes on ("Committee of Emergency Situations and Civil Defence").
		if r > end+1 && !followedByName(s, r) && (orgHeads[toks[r-1].lower] || ofName && !orgHeads[toks[end+1].lower]) {
			end = r
		}
	}
	return end
}

// followedByName reports whether the words before token r go on into another name: "and the Bank of
// Ghana", "and Uganda's ...".
func followedByName(s *sentence, r int) bool {
	return r < len(s.toks) && (s.toks[r].lower == "of" || s.toks[r].lower == "'s")
}

// namesAcronym reports whether the organisation's name [i, k), which an unknown acronym in parentheses
// follows, is what the acronym stands for even though the letters differ: the acronym of the name in its
// own language ("the Disaster and Emergency Management Authority (AFAD)", Turkish initials). The name must
// be one by its head word, of two words or more, and the acronym known to no gazetteer.
func (d *reading) namesAcronym(s *sentence, i, k int, acr string) bool {
	if k-i < 2 || len(d.extractor.gz.lookup(acr)) > 0 {
		return false
	}
	_, kind, ok := typeByWords(s, i, k)
	return ok && kind == graph.Organization
}

// leadOfPlace reads a lead word alone before "of" and a known state or place ("the University of Nairobi",
// "the Port of Mombasa"), which the gazetteer's match of the place cut off: the name is the lead's kind,
// and the place its owner.
func leadOfPlace(s *sentence, i, e int) (headedName, bool) {
	toks := s.toks
	if e != i+1 || e+1 >= len(toks) || toks[e].lower != "of" || i == 0 || toks[i-1].lower != "the" {
		return headedName{}, false
	}
	o := s.mentionAt(e + 1)
	if o == nil || o.i != e+1 || o.ref != "" || o.affix != "" || o.poss || o.kind != graph.State && o.kind != graph.Place {
		return headedName{}, false
	}
	switch lead := toks[i].lower; {
	case orgLeadWords[lead] && lead != "city":
		return headedName{i: i, e: o.j, kind: graph.Organization, owner: o}, true
	case placeLeadWords[lead] && lead != "city" && lead != "state" && lead != "line":
		return headedName{i: i, e: o.j, kind: graph.Place, owner: o}, true
	}
	return headedName{}, false
}

// definitionWindow is how many words before an acronym's parenthesis its definition may start.
const definitionWindow = 10

// stateEndsDefinition reports whether the state or place m, before the acronym acr in parentheses at token
// k, ends the name the acronym stands for ("the Armed Forces of the Philippines (AFP)", "Aeropuertos
// Andinos del Perú (AAP)"), and if so drops m and any gazetteer reading of the acronym (a news agency, an
// airline), and claims the definition: the text's own names the acronym for the rest of the document.
func (d *reading) stateEndsDefinition(s *sentence, m *mention, k int, acr string) bool {
	toks := s.toks
	if m.kind != graph.State && m.kind != graph.Place || m.affix != "" || m.j != k {
		return false
	}
	j := m.i
	for j > 0 && (connectors[toks[j-1].lower] || toks[j-1].lower == "the") && toks[j-1].lower != "and" {
		j--
	}
	i := j
	for i > 0 && i > k-definitionWindow && toks[i-1].isCap() && s.at[i-1] < 0 {
		i--
	}
	if i < j && toks[i].lower == "the" {
		i++
	}
	if j == m.i || i == j || !definesAcronym(acr, d.text.norm[toks[i].start:toks[k-1].end]) {
		return false
	}
	d.dropMention(s, m)
	if am := s.mentionAt(k + 1); am != nil {
		d.dropMention(s, am)
	}
	name := d.text.norm[toks[i].start:toks[k-1].end]
	def := d.newMention(s, i, k+3, graph.Organization, name, "acronym-definition", 0.9)
	def.surface, def.end = name, toks[k-1].end
	if s.claim(def) {
		d.acronyms[acr] = def
		d.acronymNames[acr] = name
	}
	return true
}
