package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Names longer than the known name inside them, and names given twice.
//
// An "X of Y" name the gazetteer knows can be the tail of a longer one: "the Export-Import Bank of China"
// and "the Agricultural Development Bank of China" are other banks than the Bank of China, "the Supreme
// People's Court" another court. A name followed by another name of it in parentheses ("the National
// Court (Audiencia Nacional)", "the morality police (Gasht-e Ershad)") is one actor, the second an alias.

// maxLeadWords bounds the capitalised words before a known "X of Y" name that make a longer one.
const maxLeadWords = 3

// longerOfNames extends a gazetteer organisation whose name opens with an organisation's lead word
// ("Bank of China") over the capitalised words just before it ("Export-Import", "Agricultural
// Development"): the longer name is another organisation, named as written.
func (d *reading) longerOfNames(s *sentence) {
	toks := s.toks
	for _, m := range s.ments {
		if m.kind != graph.Organization || m.gz == nil || m.affix != "" || m.j-m.i < 3 || !orgLeadWords[toks[m.i].lower] || toks[m.i+1].lower != "of" {
			continue
		}
		i := m.i
		for i > 0 && m.i-i < maxLeadWords && s.at[i-1] < 0 && toks[i-1].isCap() && isNameLike(toks[i-1].text) &&
			!titleWords[toks[i-1].lower] && !honorificTitles[toks[i-1].lower] && !calendar[toks[i-1].lower] && !(opensSentence(s, i-1) && notNames[toks[i-1].lower]) {
			i--
		}
		if i == m.i || determiners[toks[i].lower] {
			continue
		}
		for k := i; k < m.i; k++ {
			s.at[k] = s.at[m.i]
		}
		m.i, m.start = i, toks[i].start
		m.surface = d.text.norm[m.start:m.end]
		m.name, m.gz, m.rule, m.conf = m.surface, nil, "name:longer-of", 0.8
	}
}

// parenthesisedNames reads a name followed by another name of the same actor in parentheses, in
// another language or spelling: the second is claimed by the first, as an alias. A name the gazetteer knows
// as another actor, an acronym (read by findAcronymDefinitions) and anything with a verb stay apart.
func (d *reading) parenthesisedNames(s *sentence) {
	for d.parenthesisedName(s) {
	}
}

// parenthesisedName claims the first name in parentheses after a name, and reports whether there was one.
func (d *reading) parenthesisedName(s *sentence) bool {
	toks := s.toks
	for _, m := range s.ments {
		if m.affix != "" || m.ref != "" || m.rule == ruleNonActor || m.kind == graph.Person || m.j+3 >= len(toks) || toks[m.j].text != "(" {
			continue
		}
		c := m.j + 1
		for c < len(toks) && c < m.j+1+maxCompanyWords && toks[c].text != ")" {
			c++
		}
		if c >= len(toks) || toks[c].text != ")" || c-m.j-1 < 2 || !d.plainName(s, m.j+1, c) {
			continue
		}
		for n := m.j + 1; n < c; n++ {
			if o := s.mentionAt(n); o != nil && o != m {
				d.dropMention(s, o)
			}
		}
		idx := -1
		for n, x := range s.ments {
			if x == m {
				idx = n
			}
		}
		for n := m.j; n <= c; n++ {
			s.at[n] = idx
		}
		m.written = d.text.norm[toks[m.j+1].start:toks[c-1].end]
		m.j = c + 1
		return true // the mentions' list changed under the loop: start again
	}
	return false
}

// plainName reports whether [i, e) is a name and nothing else: capitalised words and connectors, no
// acronym, none of them a gazetteer name of its own.
func (d *reading) plainName(s *sentence, i, e int) bool {
	if !s.toks[i].isCap() {
		return false
	}
	for k := i; k < e; k++ {
		t := s.toks[k]
		if isAcronym(t.text) || !(t.isCap() && isNameLike(t.text) || connectors[t.lower] || isNameToken(t)) {
			return false
		}
		if o := s.mentionAt(k); o != nil && o.gz != nil {
			return false
		}
	}
	return true
}

// knownAsNames reads the other names news gives an actor after it: "the morality police, known in Persian
// as the Gasht-e Ershad, or Guidance Patrol", "the militia, also known as Al-Shabaab", "a network dubbed
// the Cartel del Estrecho". Each is an alias of the actor before it, not an actor of its own (a name the
// gazetteer knows as another actor is left alone).
func (d *reading) knownAsNames(s *sentence) {
	for _, m := range slices.Clone(s.ments) {
		if s.mentionAt(m.i) != m || m.affix != "" || m.ref != "" || m.rule == ruleNonActor || m.kind == graph.Person || m.name == "" && m.special == "" {
			continue
		}
		q := knownAsAt(s, m.j)
		for q > 0 {
			r := d.aliasRun(s, q)
			if r == q {
				break
			}
			for n := q; n < r; n++ {
				if o := s.mentionAt(n); o != nil && o != m {
					d.dropMention(s, o)
				}
			}
			m.known = append(m.known, d.text.norm[s.toks[q].start:s.toks[r-1].end])
			q = 0
			if r+2 < len(s.toks) && s.toks[r].text == "," && s.toks[r+1].lower == "or" {
				q = r + 2 // ", or Guidance Patrol"
				if s.toks[q].lower == "the" {
					q++
				}
			}
		}
	}
}

// namedByDescriptor reads "a smuggling network dubbed the Cartel del Estrecho", "a militia known as the
// Lions' Den": a name given after a noun that says what kind of organisation it is, no actor before it.
func (d *reading) namedByDescriptor(s *sentence) {
	toks := s.toks
	for k := 1; k < len(toks); k++ {
		if s.at[k-1] >= 0 || !descriptorNouns[toks[k-1].lower] || toks[k-1].isCap() || outletNouns[toks[k-1].lower] {
			continue
		}
		q := knownAsAt(s, k)
		if q == 0 {
			continue
		}
		r := d.aliasRun(s, q)
		if r-q < 1 || r == q+1 && !isNameWord(toks[q].text) {
			continue
		}
		if r < len(toks) && s.at[r] < 0 && !toks[r].isCap() && descriptorNouns[toks[r].lower] {
			r++ // "known as the Bishnoi group": the noun is the name's
		}
		for n := q; n < r; n++ {
			if o := s.mentionAt(n); o != nil {
				d.dropMention(s, o)
			}
		}
		m := d.newMention(s, q, r, graph.Organization, d.text.norm[toks[q].start:toks[r-1].end], "described:known-as", confKnownAs)
		if s.claim(m) {
			k = r
		}
	}
}

// confKnownAs is how sure a name given after a descriptor noun ("a network dubbed X") is an organisation.
const confKnownAs = 0.75

// knownAsAt returns where the other name begins after ", (also) known (in Persian) as (the)", ", called",
// ", dubbed" at token k, or 0.
func knownAsAt(s *sentence, k int) int {
	toks := s.toks
	at := func(n int, w string) bool { return n < len(toks) && toks[n].lower == w }
	if at(k, ",") {
		k++
	}
	if at(k, "also") {
		k++
	}
	switch {
	case at(k, "known"):
		k++
		if at(k, "in") && k+1 < len(toks) && toks[k+1].isCap() {
			k += 2 // "known in Persian as"
		}
		if !at(k, "as") {
			return 0
		}
		k++
	case at(k, "called"), at(k, "dubbed"):
		k++
	default:
		return 0
	}
	if at(k, "the") {
		k++
	}
	if k >= len(toks) || !toks[k].isCap() {
		return 0
	}
	return k
}

// aliasRun returns the end of the name from token q: capitalised words and connectors, none of them in a
// gazetteer name, at most maxCompanyWords; q when there is none.
func (d *reading) aliasRun(s *sentence, q int) int {
	toks := s.toks
	e := q
	for e < len(toks) && e < q+maxCompanyWords {
		t := toks[e]
		if o := s.mentionAt(e); o != nil && o.gz != nil {
			return q
		}
		if t.isCap() && isNameLike(t.text) || isNameToken(t) || connectors[t.lower] && e > q && e+1 < len(toks) && toks[e+1].isCap() && t.lower != "and" {
			e++
			continue
		}
		break
	}
	return e
}

// extendStart makes mention m begin at token i, over unclaimed tokens before it.
func (d *reading) extendStart(s *sentence, m *mention, i int) {
	for n := i; n < m.i; n++ {
		s.at[n] = s.at[m.i]
	}
	m.i, m.start = i, s.toks[i].start
	m.surface = d.text.norm[m.start:m.end]
}

// ofTheNames reads an organisation's name that goes on over "of the" or "for the" and words that name no
// organisation of their own: "the U.S. Department of the Treasury", "the Office of the Prosecutor", "the
// U.S. District Court for the Northern Mariana Islands" (a known place after it stays an actor too). When
// the words after "of the" end in an organisation's head ("the Central Committee of the Communist Party")
// they name another organisation, and the two stay apart.
func (d *reading) ofTheNames(s *sentence) {
	toks := s.toks
	for _, m := range slices.Clone(s.ments) {
		if m.kind != graph.Organization || m.affix != "" || m.ref != "" || m.special == "ministry" || m.special == "collective" || m.gz != nil ||
			m.j+2 >= len(toks) || toks[m.j].lower != "of" && toks[m.j].lower != "for" || toks[m.j+1].lower != "the" || s.mentionAt(m.i) != m {
			continue
		}
		q := m.j + 2
		if o := s.mentionAt(q); o != nil {
			if o.i != q || o.gz == nil || o.kind != graph.Place && o.kind != graph.State || o.affix != "" || o.poss {
				continue
			}
			d.hideInside(s, o) // "for the Northern Mariana Islands": the place is named too
			d.extendEnd(s, m, o.j)
			continue
		}
		r := nameRun(s, q)
		if r == q || orgHeads[toks[r-1].lower] || r-q > maxLeadWords+1 || r < len(toks) && toks[r].lower == "'s" ||
			r+1 < len(toks) && toks[r].lower == "and" && toks[r+1].isCap() { // the name goes on past what a run reads: leave it
			continue
		}
		d.extendEnd(s, m, r)
	}
}

// extendEnd makes mention m end at token e, over tokens no other mention claims, and names it as written.
func (d *reading) extendEnd(s *sentence, m *mention, e int) {
	for n := m.j; n < e; n++ {
		s.at[n] = s.at[m.i]
	}
	m.j, m.end = e, s.toks[e-1].end
	m.surface = d.text.norm[m.start:m.end]
	if m.name != "" {
		m.name = strings.TrimPrefix(m.surface, "the ")
	}
}
