package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// How far the argument finders look, in tokens: a trigger's arguments sit close to it in news prose, and a
// fixed bound keeps the work per sentence linear.
const (
	subjectReach = 35
	objectReach  = 10
)

// parentheticalOpeners start a comma-delimited aside that the subject search skips: "Lukashenko, whose
// troops ..., told", "Stanislav Zas, the CSTO official, said", "China, however, has".
var parentheticalOpeners = words("which|who|whose|whom|where|however|though|meanwhile|the|a|an|according|" +
	"including|once|also|too|for|in|as|like|unlike|both|now|then|at|on|by|from|with|after|before|while|" +
	"its|his|her|their|one|two|three|long|already|speaking|citing|reportedly|in turn|instead|still")

// argNouns make an adjective or possessive that precedes them the actor: "Russian troops", "Russia's
// forces", "Chinese officials".
var argNouns = words("troops|forces|soldiers|military|army|navy|peacekeepers|officials|official|diplomats|" +
	"leaders|leadership|side|delegation|negotiators|warplanes|jets|ships|warships|government|authorities|" +
	"regime|state|units|paratroopers|servicemen|air force|marines|missiles|drones|forces'")

// actorOf returns the entity a mention stands for as an argument of a relationship, or nil when it is no
// actor there: a demonym that merely modifies a noun ("Russian newspaper"), a place that does not act.
func (d *reading) actorOf(m *mention, asSubject bool) *entity {
	if m == nil {
		return nil
	}
	if m.entity == nil && m.ref != "" {
		d.resolveRef(m)
	}
	e := m.entity
	if e == nil {
		return nil
	}
	s := m.sentence
	if m.affix != "" {
		if asSubject || m.affix == "pro" || m.affix == "anti" || m.affix == "pair" {
			return nil
		}
		// "a Russia-led military alliance": the object is the alliance, not Russia.
		for k := m.j; k < len(s.toks) && k < m.j+3; k++ {
			if n := s.mentionAt(k); n != nil && n != m {
				return nil
			}
		}
		return e
	}
	if m.form == formDemonym || m.poss {
		next := m.j
		if m.poss {
			next++
		}
		for next < len(s.toks) && (s.toks[next].tag == "JJ" || s.toks[next].lower == "own") && next < m.j+3 {
			next++
		}
		if next < len(s.toks) && (argNouns[s.toks[next].lower] || next+1 < len(s.toks) && argNouns[s.toks[next].lower+" "+s.toks[next+1].lower]) {
			return e
		}
		if m.poss && !asSubject {
			return e // "supported the country's stability"; "Russia's invasion of Ukraine"
		}
		return nil
	}
	if e.kind == graph.Place && asSubject && !m.acting {
		return nil
	}
	if !asSubject && e.kind == graph.State && modifiesNamed(s, m) {
		return nil // "sanctions on U.S. defence contractors Lockheed Martin": the object is the companies
	}
	return e
}

// modifiesNamed reports whether a state's name only modifies a descriptor of an organisation named after
// it: "U.S. defence contractors Lockheed Martin and Raytheon".
func modifiesNamed(s *sentence, m *mention) bool {
	for i := m.j; i < len(s.toks) && i < m.j+4; i++ {
		if n := s.mentionAt(i); n != nil {
			return false
		}
		t := s.toks[i]
		if t.isCap() || !t.isWord() {
			return false
		}
		if descriptorNouns[t.lower] || descriptorNouns[singular(t.lower)] {
			n := s.mentionAt(i + 1)
			return n != nil && n.kind == graph.Organization && n.ref == ""
		}
	}
	return false
}

// isObject reports whether a verb governs the noun phrase of m: "asked a Russia-led military alliance".
func isObject(s *sentence, m *mention) bool {
	for k := m.i - 1; k >= 0 && k >= m.i-5; k-- {
		if x := s.mentionAt(k); x != nil && x != m {
			if x.affix == "" {
				return false
			}
			k = x.i
			continue
		}
		t := s.toks[k]
		if t.lower == "that" || t.lower == "whether" {
			return false // "suspects that China will supply": a clause's subject, not the verb's object
		}
		if determiners[t.lower] || t.tag == "JJ" || t.tag == "CD" || t.tag == "VBN" && k < m.i-1 {
			continue
		}
		if strings.HasPrefix(t.tag, "VB") && !auxiliaries[t.lower] || nounReadAsVerb(s, k) {
			return true // (a verb the tagger took for a noun: "Laos borders Vietnam")
		}
		return false
	}
	return false
}

var auxiliaries = words("is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|may|might|shall|should|must|said|says|told|tells|say")

// openingComma returns the comma that opens the aside closed by the comma at token i, or -1.
func openingComma(s *sentence, i int) int {
	for j := i - 1; j >= 0 && j >= i-20; j-- {
		switch s.toks[j].lower {
		case ";", ":", "that":
			return -1
		case ",":
			if j+1 < i && (parentheticalOpeners[s.toks[j+1].lower] || reportAside(s, j, i)) {
				return j
			}
			return -1
		}
	}
	return -1
}

// reportAside reports whether the words between the commas at j and i are a report set off inside the
// clause it reports: "Iran, Israeli officials said, had supplied drones", "China, Paraguay said, condemned".
func reportAside(s *sentence, j, i int) bool {
	if impersonalAside(s, j, i) {
		return true
	}
	for v := j + 1; v < i; v++ {
		if claimVerbs[s.toks[v].lower] && strings.HasPrefix(s.toks[v].tag, "VB") {
			return parenthetical(s, v) == j
		}
	}
	return false
}

// impersonalAside reports whether the words between the commas at j and i are "it is said" or the like:
// "Russia, it is said, sent troops", a hedge set off inside the clause it hedges.
func impersonalAside(s *sentence, j, i int) bool {
	return i == j+4 && s.toks[j+1].lower == "it" && beWords[s.toks[j+2].lower] && hearsayVerbs[s.toks[j+3].lower]
}

// coordinatedLeft returns m with the actors listed before it: "Ukraine, Georgia and Moldova" ending at m.
func coordinatedLeft(d *reading, s *sentence, m *mention) []*mention {
	out := []*mention{m}
	if m.ref == "which" {
		return out // "Turkey, which": a relative pronoun is its antecedent, not one more of a list
	}
	k := m.i - 1
	for k >= 1 {
		if m.kindOf() == graph.Person {
			// "President Joe Biden and Chinese President Xi Jinping": skip the second one's title.
			j := k
			for j >= 1 && s.at[j] < 0 && (titleWords[s.toks[j].lower] || honorificTitles[s.toks[j].lower]) {
				j--
			}
			if j < k {
				if a := s.mentionAt(j); a != nil && a.j == j+1 && (a.kind == graph.State || a.kind == graph.Organization) {
					j = a.i - 1
				}
				if j >= 1 {
					k = j
				}
			}
		}
		if s.toks[k].lower == "the" && (s.toks[k-1].lower == "and" || s.toks[k-1].lower == ",") {
			k-- // "the EU and the G7"
		}
		t := s.toks[k].lower
		if t != "and" && t != "," && t != "or" {
			break
		}
		if t == "," && subordinateClauseEnds(s, k) {
			break // "While Egypt mediated between Israel and Hamas, Qatar hosted Iran": no list across the clause
		}
		p := s.mentionAt(k - 1)
		if p == nil && t == "and" && k >= 3 && s.toks[k-1].lower == "," {
			// "Pedro Sanchez, the Spanish prime minister, and Emmanuel Macron": past the aside.
			if j := openingComma(s, k-1); j >= 1 {
				p = s.mentionAt(j - 1)
			}
		}
		if p == nil || p.entity == nil || !sameSide(p.entity.kind, m.kindOf()) || p.affix != "" {
			break
		}
		out = append([]*mention{p}, out...)
		k = p.i - 1
	}
	return out
}

func (m *mention) kindOf() graph.Kind {
	if m.entity != nil {
		return m.entity.kind
	}
	return m.kind
}

// coordinatedRight returns m with the actors listed after it.
func coordinatedRight(s *sentence, m *mention) []*mention {
	out := []*mention{m}
	k := m.j
	for k+1 < len(s.toks) {
		k = pastOwnAcronym(s, out[len(out)-1], k)
		t := s.toks[k].lower
		if t != "and" && t != "," && t != "or" {
			break
		}
		if sharedListAt(s, k) {
			break // "recalled its ambassador from Venezuela, alongside Peru": Peru is no second object
		}
		n := listedAfter(s, m, k)
		if t == "," && prepositions[s.toks[k+1].lower] && s.toks[k+1].lower != m.prep {
			break // "a port at Gwadar, on the Arabian Sea coast": another preposition after a comma qualifies the name
		}
		if n == nil || n.entity == nil || n.entity.kind != m.kindOf() {
			n = sameKindAhead(s, m, k, n)
		}
		if n == nil || n.entity == nil || !sameSide(n.entity.kind, m.kindOf()) || n.affix != "" || n.i <= k || n.poss && t == "," {
			break
		}
		if t == "," && (n.form == formDemonym && !listContinues(s, n.j) || verbAt(s, n.j) || reportAfter(s, m, n)) {
			// "to Russia, Ukrainian officials said", "to Russia, Ukraine said": after a comma, an
			// adjective or a name followed by a verb opens a new clause.
			break
		}
		out = append(out, n)
		k = n.j
	}
	return out
}

// pastOwnAcronym returns the token after a short parenthesis at k that only gives m's own other name (an
// acronym or alias: "the Commonwealth of Independent States (CIS), the Eurasian Economic Union and ..."), so
// that a list goes on past it; otherwise k. A parenthesis naming anything else ("Kenya (Nairobi)") or
// holding more than an alias ("(formerly the OAU)") stops the list as before.
func pastOwnAcronym(s *sentence, m *mention, k int) int {
	if k+2 >= len(s.toks) || s.toks[k].text != "(" || m.entity == nil {
		return k
	}
	n := s.mentionAt(k + 1)
	if n == nil || n.i != k+1 || n.entity != m.entity || n.j-n.i > parenthesisReach {
		return k
	}
	switch {
	case n.j < len(s.toks)-1 && s.toks[n.j].text == ")":
		return n.j + 1
	case s.toks[n.j-1].text == ")" && n.j < len(s.toks): // the name took the closing bracket: "Mercosur)"
		return n.j
	}
	return k
}

// reportAfter reports whether the list that n opens after an object m is the subject of a reporting verb
// right after it: "supplied drones to Ethiopia, Egypt and Sudan said" (Egypt and Sudan said it; they
// received nothing). A list that is itself a subject goes on: "Botswana, Namibia and Zambia said".
func reportAfter(s *sentence, m, n *mention) bool {
	if m.prep == "" && (m.i == 0 || !verbAt(s, m.i-1)) {
		return false
	}
	l := coordinatedRight(s, n)
	j := l[len(l)-1].j
	return len(l) > 1 && j < len(s.toks) && claimVerbs[s.toks[j].lower] && verbAt(s, j)
}

// listedAfter returns the mention right after the list word at k, over "and" and "the" ("Ethiopia and
// the TPLF", "A, B, and C", "A, and the B"), or nil.
func listedAfter(s *sentence, m *mention, k int) *mention {
	t := s.toks[k].lower
	n := s.mentionAt(k + 1)
	if n == nil && k+2 < len(s.toks) && (t == "," && s.toks[k+1].lower == "and" || s.toks[k+1].lower == "the") {
		n = s.mentionAt(k + 2) // "Ethiopia and the TPLF", "A, B, and C"
	}
	if n == nil && k+3 < len(s.toks) && t == "," && s.toks[k+1].lower == "and" && s.toks[k+2].lower == "the" {
		n = s.mentionAt(k + 3)
	}
	return n
}

// sameKindAhead returns the first actor of m's kind within five tokens after the list word at k, over
// prepositions, titles and "the" ("to PGNiG and to Bulgargaz"; "Finnish President X and Swedish Prime
// Minister Y"), or n when there is none.
func sameKindAhead(s *sentence, m *mention, k int, n *mention) *mention {
	for i := k + 1; i < len(s.toks) && i <= k+5; i++ {
		x := s.mentionAt(i)
		if x != nil && x.entity != nil && x.entity.kind == m.kindOf() && x.affix == "" {
			return x
		}
		if x == nil && !prepositions[s.toks[i].lower] && !titleWords[s.toks[i].lower] && s.toks[i].lower != "the" {
			break
		}
	}
	return n
}

// verbAt reports whether token j is a verb.
func verbAt(s *sentence, j int) bool {
	return j < len(s.toks) && (strings.HasPrefix(s.toks[j].tag, "VB") || s.toks[j].tag == "MD")
}

// listContinues reports whether a list goes on after token j: a comma, "and" or "or" follows.
func listContinues(s *sentence, j int) bool {
	return j < len(s.toks) && (s.toks[j].lower == "," || s.toks[j].lower == "and" || s.toks[j].lower == "or")
}

// has reports whether the sentence has one of the words.
func (s *sentence) has(ws ...string) bool {
	for _, t := range s.toks {
		for _, w := range ws {
			if len(t.lower) >= len(w) && t.lower[:len(w)] == w {
				return true
			}
		}
	}
	return false
}

// sameSide reports whether actors of the two kinds can be listed together as one side: the same kind, or
// states and organisations ("Turkey, the European Union and the United States").
func sameSide(a, b graph.Kind) bool {
	return a == b || (a == graph.State || a == graph.Organization) && (b == graph.State || b == graph.Organization)
}

var reportingVerbs = words("said|says|say|announced|announces|added|adds|warned|warns|stated|states|insisted|insists|confirmed|confirms|claimed|claims|argued|argues|noted|notes|declared|declares|vowed|vows|pledged|pledges|alleged|alleges|contended|contends|maintained|maintains")
