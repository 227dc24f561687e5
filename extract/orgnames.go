package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
)

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
// word ("Bureau of Statistics"), over "for" and "for the" after one ("the Front for the Liberation of the
// Enclave of Cabinda", "the Patriotic Alliance for Reconstruction"), and over "and" ("Petroleum and
// Natural Gas Exchange", "the Alliance for Democracy and Progress"); end if it does not.
func (d *reading) joinedName(s *sentence, i, end int) int {
	toks := s.toks
	joined := leadJoinAt(s, i, end) >= 0
	if end+1 < len(toks) && (toks[end].lower == "of" && toks[end+1].lower != "the" || toks[end].lower == "for") && orgLeadWords[toks[end-1].lower] {
		if r := d.fieldAfter(s, end, toks[end].lower == "for"); r > end {
			end, joined = r, true
		}
	}
	onField := false
	if end+1 < len(toks) && toks[end].lower == "on" && onFieldHeads[toks[end-1].lower] {
		// "the Joint Permanent Commission on Defence and Security", "the Council on Foreign Relations": a
		// deliberating body's name goes on over "on" to its field, and the field over "and".
		if r := d.fieldAfter(s, end, true); r > end {
			end, joined, onField = r, true, true
		}
	}
	if end+1 < len(toks) && toks[end].lower == "and" && !orgLeadWords[toks[end+1].lower] {
		r := d.freeNameRun(s, end+1)
		// After "and" the words must end in a head word ("and Natural Gas Exchange"), unless the name is
		// an "X of Y" or "X for Y" one, whose field goes on ("Committee of Emergency Situations and Civil
		// Defence", "Union for Democracy and Social Progress").
		goesOn := !followedByName(s, r) || toks[r].lower == "of" && (onField || forField(s, i, end)) // "for the Defence and Renewal of Kivu"
		if r > end+1 && goesOn && (orgHeads[toks[r-1].lower] || joined && !orgHeads[toks[end+1].lower]) {
			end = r
		}
	}
	// "for the Liberation of the Enclave of Cabinda": a field after "for" goes on over "of" to its end.
	// "on Accountability for Human Rights Violations against the Rohingya": a field after "on" goes on over
	// "of", "for" and "against" too.
	for n := 0; n < maxFieldJoins && end+1 < len(toks) && (toks[end].lower == "of" && forField(s, i, end) || onField && onFieldJoins[toks[end].lower]); n++ {
		r := d.fieldAfter(s, end, true)
		if r == end {
			break
		}
		end = r
	}
	return end
}

// onFieldHeads are the heads of deliberating bodies whose names go on over "on" to the field they deal
// with ("Committee on Foreign Relations", "Panel on Climate Change", "Working Group on Arbitrary
// Detention", "Office on Drugs and Crime", "Fact-Finding Mission on Myanmar"). A weekday, a known name or
// a lower-case word after "on" ends the name ("the Commission on Monday", "the Council on Ukraine", "the
// Committee on trade"), and a body the gazetteer knows whole never goes on ("the Security Council on Haiti").
var onFieldHeads = words("commission|committee|subcommittee|mission|panel|council|conference|group|office|force")

// nameHead returns the head word of an organisation's name, given as its lower-case words: the last, or
// the deliberating body's head before its field ("Commission" in "National Commission on Human Rights").
func nameHead(f []string) string {
	for k := 1; k+1 < len(f); k++ {
		if f[k] == "on" && onFieldHeads[f[k-1]] {
			return f[k-1]
		}
	}
	return f[len(f)-1]
}

// onFieldJoins are the words a field after "on" goes on over: "of", "for", "against".
var onFieldJoins = words("of|for|against")

// maxFieldJoins bounds the "of"s a field after "for" goes on over: "the Front for the Liberation of the
// Enclave of Cabinda" has two, the second a known place's (its owner, read by headedNameAt).
const maxFieldJoins = 2

// leadJoinAt returns where a lead word followed by "of" or "for" stands in the name [i, end) ("Alliance
// for Democracy", "National Front for the Liberation"), or -1.
func leadJoinAt(s *sentence, i, end int) int {
	for p := i; p+2 < end; p++ {
		if orgLeadWords[s.toks[p].lower] && (s.toks[p+1].lower == "of" || s.toks[p+1].lower == "for") {
			return p
		}
	}
	return -1
}

// forField reports whether the name [i, end) holds "for" after a lead word: its field goes on.
func forField(s *sentence, i, end int) bool {
	for p := i; p+1 < end; p++ {
		if orgLeadWords[s.toks[p].lower] && s.toks[p+1].lower == "for" {
			return true
		}
	}
	return false
}

// fieldAfter returns the end of the field the joining word at token j ("of", "for") and an optional "the"
// begin: capitalised words no mention claims, not going on into another name (over "of" only when ofGoesOn:
// a field after "for" does). It returns j when there is none, or when the words end in an organisation's
// head: "the Central Committee of the Workers Party" names two.
func (d *reading) fieldAfter(s *sentence, j int, ofGoesOn bool) int {
	q := j + 1
	if q+1 < len(s.toks) && s.toks[q].lower == "the" {
		q++
	}
	r := d.freeNameRun(s, q)
	if r > q && (!followedByName(s, r) || ofGoesOn && s.toks[r].lower == "of") && !orgHeads[s.toks[r-1].lower] {
		return r
	}
	return j
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
	case orgLeadWords[lead] && lead != "city" && collectiveAfterRegion(s, o.j):
		return headedName{i: i, e: o.j + 1, kind: graph.Organization, owner: o, collective: true}, true
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

// acronymAfterName makes an acronym no gazetteer knows, in parentheses right after an organisation's name
// read by its words, the name's for the rest of the document, when its letters are initials of the
// name's words in order: "the Patriotic Alliance for the Renewal of Gabon (PARG)". A name whose field
// follows "for" goes on over "in" and a known place before such an acronym: "the Union for Peace in the
// Central African Republic (UPC)" (the place stays an actor of the sentence). The acronyms are read before
// these names are; without this the name and its acronym were two actors.
func (d *reading) acronymAfterName(s *sentence, m *mention) {
	toks := s.toks
	k := m.j
	if o := d.placeBeforeAcronym(s, k); o != nil && forField(s, m.i, m.j) &&
		initialsInOrder(toks[o.j+1].text, d.text.norm[toks[m.i].start:toks[o.j-1].end]) {
		d.hideInside(s, o)
		d.extendEnd(s, m, o.j)
		k = o.j
	}
	if k+2 >= len(toks) || toks[k].text != "(" || toks[k+2].text != ")" || !isAcronym(toks[k+1].text) || d.knownAcronymAfter(s, m, k) || s.at[k+1] >= 0 {
		return
	}
	acr := toks[k+1].text
	if len(d.extractor.gz.lookup(acr)) > 0 || !initialsInOrder(acr, m.name) {
		return
	}
	d.acronyms[acr] = m
	d.acronymNames[acr] = m.name
	for n := k; n < k+3; n++ {
		s.at[n] = s.at[m.i]
	}
	m.j = k + 3
}

// knownAcronymAfter makes a name read by its head word, in parentheses before a known organisation's
// acronym, a form of that organisation when it opens with the known name's first word and its words'
// initials run in order through the acronym: "the Free Democrats (FDP)" is the Free Democratic Party, "his
// Social Democrats (SPD)" the Social Democratic Party of Germany (the plural "Democrats" alone had been the
// US party, and the name and its acronym two actors). It reports whether it did.
func (d *reading) knownAcronymAfter(s *sentence, m *mention, k int) bool {
	toks := s.toks
	acr := toks[k+1].text
	var hit *gzHit
	for _, h := range d.extractor.gz.lookup(acr) {
		if h.exact && h.e.kind == graph.Organization && h.form == formName {
			hit = &h
			break
		}
	}
	if hit == nil || !initialsWithin(m.name, acr) || !sameFirstWord(m.name, hit.e.name) {
		return false
	}
	if am := s.mentionAt(k + 1); am != nil {
		d.dropMention(s, am)
	}
	m.kind, m.gz, m.form, m.rule = graph.Organization, []gzHit{*hit}, formName, "gazetteer:acronym-after"
	m.written = m.name
	idx := slices.Index(s.ments, m)
	for n := m.i; n < k+3; n++ {
		s.at[n] = idx
	}
	m.j = k + 3
	return true
}

// initialsWithin reports whether the initials of a name's words (connectors aside), two or more, run in
// order through the acronym from its first letter: "Free Democrats" in "FDP".
func initialsWithin(name, acr string) bool {
	a := strings.ToLower(acr)
	n := 0
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if connectors[w] {
			continue
		}
		p := strings.IndexByte(a, w[0])
		if p < 0 || n == 0 && p != 0 {
			return false
		}
		a, n = a[p+1:], n+1
	}
	return n >= 2
}

// sameFirstWord reports whether two names open with the same word.
func sameFirstWord(a, b string) bool {
	fa, fb := strings.Fields(graph.Fold(a)), strings.Fields(graph.Fold(b))
	return len(fa) > 0 && len(fb) > 0 && fa[0] == fb[0]
}

// placeBeforeAcronym returns the known state or place after "in" or "in the" at token k that an
// acronym in parentheses follows, or nil.
func (d *reading) placeBeforeAcronym(s *sentence, k int) *mention {
	toks := s.toks
	if k+1 >= len(toks) || toks[k].lower != "in" {
		return nil
	}
	q := k + 1
	if toks[q].lower == "the" {
		q++
	}
	o := s.mentionAt(q)
	if o == nil || o.i != q || o.kind != graph.State && o.kind != graph.Place || o.affix != "" || o.poss ||
		o.j+2 >= len(toks) || toks[o.j].text != "(" || toks[o.j+2].text != ")" || !isAcronym(toks[o.j+1].text) {
		return nil
	}
	return o
}

// initialsInOrder reports whether the letters of acr, the first first, are initials of name's words in
// their order, skipping words: "UPC" of "Union for Peace in the Central African Republic".
func initialsInOrder(acr, name string) bool {
	ws := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' })
	n, w := 0, 0
	for _, r := range strings.ToLower(acr) {
		if !unicode.IsLetter(r) {
			continue
		}
		for w < len(ws) && (connectors[ws[w]] || !strings.HasPrefix(ws[w], string(r))) {
			if n == 0 {
				return false // the first letter is the first word's
			}
			w++
		}
		if w == len(ws) {
			return false
		}
		n, w = n+1, w+1
	}
	return n >= 2
}
