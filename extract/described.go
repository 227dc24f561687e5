package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// described is what a descriptor says about an organisation: "Russian newspaper RBC" is based in Russia.
type described struct {
	org, affil *mention
	noun       string
	rule       string
	// armed marks a descriptor whose noun a word of force qualifies: "a Russian private military company",
	// "a security firm", "France's aircraft carrier" name a force, no business (firmLike).
	armed bool
}

// armedWords qualify a descriptor's noun as a force's: "private military company", "security contractor",
// "aircraft carrier", "navy carrier".
var armedWords = words("military|security|mercenary|paramilitary|aircraft|navy|naval")

// armedDescriptor reports whether a word of armedWords stands among the three words before the descriptor
// noun at k.
func armedDescriptor(s *sentence, k int) bool {
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		if armedWords[s.toks[i].lower] {
			return true
		}
	}
	return false
}

// phraseAt returns the longest phrase of the set starting at token k (up to three words) and its length.
func phraseAt(s *sentence, k int, in func(string) bool) (string, int) {
	for n := min(3, len(s.toks)-k); n >= 1; n-- {
		var b strings.Builder
		for i := k; i < k+n; i++ {
			if i > k {
				b.WriteByte(' ')
			}
			b.WriteString(s.toks[i].lower)
		}
		if in(b.String()) {
			return b.String(), n
		}
	}
	return "", 0
}

// capRun returns the end of a run of capitalised words starting at k that no mention claims.
func capRun(s *sentence, k, limit int) int {
	e := k
	for e < len(s.toks) && e < k+limit && s.at[e] < 0 && s.toks[e].isCap() && !notNames[s.toks[e].lower] && !calendar[s.toks[e].lower] {
		e++
	}
	return e
}

// foreignJoins join the capitalised words of names in Romance languages: "Transnaviera del Pacífico",
// "Compañía de Minas".
var foreignJoins = words("del|de|do|da|dos|das|du|des|di|della")

// maxForeignJoins bounds how many joins a descriptor's name goes on over.
const maxForeignJoins = 2

// foreignNameRun returns the end of the name that the capitalised run [k, e) opens, gone on over the joins
// of names in other languages followed by capitalised words no mention claimed: after a descriptor, "the
// shipping agent Transnaviera del Pacífico" names one company.
func foreignNameRun(s *sentence, k, e int) int {
	for n := 0; e > k && n < maxForeignJoins && e+1 < len(s.toks) && foreignJoins[s.toks[e].lower] && s.at[e] < 0 && s.toks[e+1].isCap(); n++ {
		f := capRun(s, e+1, 3)
		if f == e+1 {
			break
		}
		e = f
	}
	return e
}

// affilLeft finds the state named among the few modifiers before token k: "Russian state news agency",
// "US energy giant", "Poland's state gas company".
func affilLeft(s *sentence, k int) *mention {
	for i := k - 1; i >= 0 && i >= k-5; i-- {
		if m := s.mentionAt(i); m != nil {
			if m.kind == graph.State && m.affix == "" || m.ref == "country" {
				return m
			}
			if m.kind == graph.Place && m.form == formDemonym && m.affix == "" {
				i = m.i // "a Syrian Kurdish militia": a people's or region's adjective after the state's
				continue
			}
			return nil
		}
		t := s.toks[i]
		if t.lower == "'s" || t.lower == "'" {
			continue
		}
		if !t.isWord() || determiners[t.lower] || prepositions[t.lower] || t.tag == "VBD" || t.tag == "VBZ" {
			return nil
		}
	}
	return nil
}

// findDescribed reads organisations introduced by what they are: "Russian newspaper RBC", "state news
// agency RIA", "global Internet monitor NetBlocks", and "Chevron USA, the US energy giant".
func (d *reading) findDescribed(s *sentence) {
	for k := 0; k < len(s.toks); k++ {
		k = d.descriptorBefore(s, k)
	}
	for k := 0; k+3 < len(s.toks); k++ {
		if s.toks[k].text == "," {
			d.descriptorApposition(s, k)
		}
	}
}

// descriptorBefore reads a descriptor at token k and the names it introduces: "U.S. defence contractors
// Lockheed Martin and Raytheon Technologies". It returns the last token it read.
func (d *reading) descriptorBefore(s *sentence, k int) int {
	toks := s.toks
	noun, n := phraseAt(s, k, func(p string) bool { return descriptorNouns[p] })
	if n == 0 || s.at[k] >= 0 {
		return k
	}
	after := k + n
	var org *mention
	if m := s.mentionAt(after); m != nil && m.i == after && m.kind == graph.Organization {
		org = m
	} else if e := foreignNameRun(s, after, capRun(s, after, 4)); e > after && (e-after >= 1 && isAcronym(toks[after].text) || toks[after].tag == "NNP" || e-after >= 2) {
		org = d.newMention(s, after, e, graph.Organization, d.text.norm[toks[after].start:toks[e-1].end], "descriptor", 0.75)
		if !s.claim(org) {
			return k
		}
	}
	if org == nil {
		return k
	}
	affil := affilLeft(s, k)
	for _, o := range d.describedList(s, org) {
		if o.kind == graph.Organization {
			d.descs = append(d.descs, &described{org: o, affil: affil, noun: singular(noun), rule: "descriptor:" + strings.ReplaceAll(singular(noun), " ", "-"),
				armed: armedDescriptor(s, k)})
			k = o.j - 1
		}
	}
	return k
}

// describedList returns the organisation a descriptor introduces with those listed after it; an unknown
// name after "and" is one more of the kind.
func (d *reading) describedList(s *sentence, org *mention) []*mention {
	toks := s.toks
	list := coordinatedRight(s, org)
	last := list[len(list)-1]
	if last.j+1 >= len(toks) || toks[last.j].lower != "and" {
		return list
	}
	if s.at[last.j+1] >= 0 {
		if o := s.mentionAt(last.j + 1); o.i == last.j+1 && o.kind == graph.Organization && o.ref == "" && o.affix == "" {
			list = append(list, o)
		}
		return list
	}
	b := last.j + 1
	if e := capRun(s, b, 4); e > b && toks[b].tag == "NNP" && (e == len(toks) || !toks[e].isCap()) {
		o := d.newMention(s, b, e, graph.Organization, d.text.norm[toks[b].start:toks[e-1].end], "descriptor", 0.7)
		if s.claim(o) {
			list = append(list, o)
		}
	}
	return list
}

// capitalsBefore returns where the unclaimed capitalised words before token at begin, at most 4 tokens back
// from k: the name an apposition at k describes.
func capitalsBefore(s *sentence, at, k int) int {
	ns := at
	for ns > 0 && k-ns < 4 && s.at[ns-1] < 0 && s.toks[ns-1].isCap() && (!notNames[s.toks[ns-1].lower] || capitalisedWithin(s, ns-1)) {
		ns--
	}
	return ns
}

// descriptorApposition reads an apposition that says what an organisation is, after the comma at token k:
// "Chevron USA, the US energy giant,", ", Bulgaria's state gas supplier", ", a subsidiary of Chevron".
func (d *reading) descriptorApposition(s *sentence, k int) {
	toks := s.toks
	if toks[k+1].lower != "the" && toks[k+1].lower != "a" && toks[k+1].lower != "an" {
		// (possessives are marked once all mentions are found: look at the token)
		if m := s.mentionAt(k + 1); m == nil || m.kind != graph.State || m.j >= len(toks) || toks[m.j].lower != "'s" && toks[m.j].lower != "'" {
			return
		}
	}
	var org *mention
	if m := s.mentionAt(k - 1); m != nil && (m.kind == graph.Organization && m.ref == "") {
		org = m
	}
	noun, e := appositionDescriptor(s, k)
	if noun == "" {
		return
	}
	// "X, a subsidiary of Y": the phrase says what X is, but not where; the predicates read the tie.
	partOf := noun == "unit" || noun == "arm" || noun == "venture" || noun == "subsidiary"
	if partOf && org != nil {
		return
	}
	if org == nil {
		// An unknown name before the comma becomes an organisation by what it is said to be.
		ns := capitalsBefore(s, k, k)
		if ns == k {
			return
		}
		if partyNouns[noun] && ns >= 2 && toks[ns-1].lower == "and" {
			// "Action and Solidarity, the party founded by ...": a party's name goes on over "and".
			if q := capitalsBefore(s, ns-1, k); q < ns-1 {
				ns = q
			}
		}
		if pm := s.mentionAt(ns - 1); pm != nil && pm.j == ns && leadsName(s, pm) {
			// "Arctic Haul, a shipping firm": a place's or company's name opening the run is the firm's.
			d.dropMention(s, pm)
			ns = pm.i
		}
		org = d.newMention(s, ns, k, graph.Organization, d.text.norm[toks[ns].start:toks[k-1].end], "apposition:descriptor", 0.75)
		if !s.claim(org) || partOf {
			return
		}
	}
	at := e - len(strings.Fields(noun))
	d.descs = append(d.descs, &described{org: org, affil: affilLeft(s, at), noun: noun, rule: "apposition:" + strings.ReplaceAll(noun, " ", "-"),
		armed: armedDescriptor(s, at)})
}

// descriptorEnds are the words after which an apposition's descriptor says no more of what its name is:
// "a subsidiary of Chevron", "a company based in Paris", "the terminal operator owned by the emirate of
// Sharjah", "a shipping firm run by the state of Kuwait".
var descriptorEnds = words("of|in|based|owned|run|controlled|operated|backed|founded|listed|headquartered|registered|" +
	"that|which|whose") // "Erdenes Oyu Tolgoi, the state-owned company that holds the stake"

// appositionBodies are the other bodies of a state an apposition may say a name is: "the New Great
// Kurultai, the country's legislature", "X, the central bank".
var appositionBodies = words("legislature|upper house|lower house|central bank|electoral commission|supreme court|constitutional court")

// appositionDescriptor returns the descriptor that heads the apposition after the comma at k, and where
// the apposition ends: the descriptor ends it, or a word of descriptorEnds follows it. A state's body is
// one too: "the Jogorku Kenesh, the country's parliament".
func appositionDescriptor(s *sentence, k int) (string, int) {
	toks := s.toks
	e := k + 2
	for e < len(toks) && e < k+7 && toks[e].text != "," && toks[e].text != "." {
		e++
	}
	for i := e - 1; i > k+1; i-- {
		p, m := phraseAt(s, i, func(p string) bool { return descriptorNouns[p] || stateBodies[p] || appositionBodies[p] })
		if m > 0 && (i+m == e || i+m < e && descriptorEnds[toks[i+m].lower]) {
			return p, i + m
		}
	}
	return "", e
}

func singular(n string) string {
	switch {
	case strings.HasSuffix(n, "ies"):
		return strings.TrimSuffix(n, "ies") + "y"
	case strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss"):
		return strings.TrimSuffix(n, "s")
	}
	return n
}

// groupNouns follow "pro-Russian" in the names of armed or political groups.
var groupNouns = words("separatists|separatist groups|separatist forces|rebels|rebel groups|militias|militia|" +
	"groups|forces|fighters|militants|activists|parties|protesters|demonstrators|paramilitaries|" +
	"separatist militias|separatist fighters|separatist rebels")

// affixGroupNouns follow "X-led" and "X-backed" in the names news gives groups: "the Saudi-led
// coalition", "a Kenya-led mission", "Russian-backed separatists". ("A Russia-led alliance" is a
// reference to an alliance the article names, read by coreference.)
var affixGroupNouns = words("coalition|force|forces|mission|militia|militias|rebels|rebel group|rebel groups|separatists|" +
	"fighters|paramilitaries|paramilitary|intervention force|peacekeeping force|task force|multinational force|" +
	"military coalition|security mission|naval coalition|government|junta|regime|administration")

// findCollectives reads collective actors: "Kazakh authorities", "the government of Niger", "security
// forces", "pro-Russian separatist groups". Bare nouns ("authorities", "protesters") are tied to the state
// the article is about when the document is resolved.
func (d *reading) findCollectives(s *sentence) {
	for k := 0; k < len(s.toks); k++ {
		if m := s.mentionAt(k); m != nil && (m.affix == "pro" && m.kind == graph.State || leadAffixes[m.affix] || backAffixes[m.affix]) {
			k = d.affixGroup(s, m, k)
			continue
		}
		if s.at[k] >= 0 {
			continue
		}
		if c := d.collectiveAt(s, k); c != nil {
			k = c.j - 1
		}
	}
}

// affixGroup reads "pro-Russian separatist groups", "the Saudi-led coalition": a group named by a compound.
// It returns the last token it read.
func (d *reading) affixGroup(s *sentence, m *mention, k int) int {
	nouns := groupNouns
	if m.affix != "pro" {
		nouns = affixGroupNouns
	}
	// The compound's name may take several words ("the Saudi Arabia-backed government"): the group's noun
	// follows the mention, wherever it began.
	p, n := phraseAt(s, m.j, func(p string) bool { return nouns[p] })
	if n == 0 || s.at[m.j] >= 0 {
		return k
	}
	c := d.newMention(s, m.i, m.j+n, graph.Organization, "", "name:affix-group", 0.8)
	c.special, c.topic, c.ownerM = "affix-group", p, m
	d.replaceSpan(s, m, c)
	return c.j - 1
}

// collectiveAt reads a collective noun at token k with the state it belongs to, and claims it; nil when
// the noun names no actor there.
func (d *reading) collectiveAt(s *sentence, k int) *mention {
	toks := s.toks
	noun, n := phraseAt(s, k, func(p string) bool { _, ok := collectiveNouns[p]; return ok })
	if n == 0 {
		return nil
	}
	class := collectiveNouns[noun]
	next := k + n
	if class == "opposition" && next < len(toks) && (toks[next].lower == "to" || toks[next].lower == "from") {
		return nil // "Turkey's opposition to Sweden": the act of opposing, not a political opposition
	}
	if class == "opposition" && n == 1 && next < len(toks) && toks[next].isCap() && toks[next].isWord() {
		return nil // "the opposition Congress party": an adjective of the party named after it
	}
	// A noun used as a modifier ("government buildings", "police officers") is not the actor.
	if next < len(toks) && (toks[next].tag == "NN" || toks[next].tag == "NNS") && s.at[next] < 0 && class != "protesters" &&
		!(stateBodies[class] && personnelNouns[toks[next].lower]) {
		return nil
	}
	owner, end := d.collectiveOwner(s, k, next, noun, class)
	if owner == nil && (!bareCollective(s, k, noun, class) || next < len(toks) && personnelNouns[toks[next].lower]) {
		return nil // "soldiers and police officers": people, no body of the article's state
	}
	start := k
	if owner != nil && owner.i < k {
		start = owner.i
	}
	c := d.newMention(s, start, end, graph.Organization, "", "name:collective", 0.75)
	c.special, c.topic, c.noun, c.ownerM = "collective", class, noun, owner
	if owner == nil {
		c.conf = 0.6
	}
	if owner != nil && (owner.i < k || owner.i >= next) {
		// The owner's tokens are inside the collective's span, before the noun ("Kazakh authorities") or
		// after "of" or "in" ("the government of Chad", "the junta in Ouagadougou"): the collective takes
		// its place. Claiming the span over the owner had failed, so those after the noun were lost.
		d.replaceSpan(s, owner, c)
	} else if !s.claim(c) {
		return nil
	}
	return c
}

// collectiveOwner returns the state a collective noun belongs to and the end of the phrase: "Kazakh
// authorities", "her government", "the government of Niger", "the government in Niamey", "the Biden
// administration".
func (d *reading) collectiveOwner(s *sentence, k, next int, noun, class string) (*mention, int) {
	toks := s.toks
	if o := affilBefore(s, adjectivesBefore(s, k)); o != nil && o.kind == graph.State {
		return o, next
	}
	if k > 0 && class == "government" {
		if p := s.mentionAt(k - 1); p != nil && p.ref == "his" {
			return p, next
		} else if p == nil && (toks[k-1].lower == "his" || toks[k-1].lower == "her") {
			// Pronouns are found after collectives: claim this one now.
			p = d.newMention(s, k-1, k, "", "", "reference:pronoun", 0.8)
			p.ref = "his"
			if s.claim(p) {
				return p, next
			}
		}
	}
	if next+1 < len(toks) && (toks[next].lower == "of" || toks[next].lower == "in") {
		o := s.mentionAt(next + 1)
		// After "in", a state names only a body of it ("the police in Kenya", "prosecutors in Japan"); "Sikh
		// separatists in Canada" or "protesters in France" are only where they are.
		if o != nil && o.kind == graph.State && (toks[next].lower == "of" || class != "government" && stateBodies[class]) {
			return o, o.j
		}
		if o != nil && o.kind == graph.Place && hasForm(o, formCapital) && seatedClasses[class] {
			return o, o.j // "the government in Niamey", "the junta in Ouagadougou"
		}
	}
	if (noun == "administration" || noun == "government") && k > 0 {
		if p := d.leaderBefore(s, k); p != nil {
			return p, next // "the Biden administration", "Modi's government": the government its leader leads
		}
	}
	return nil, next
}

// adjectivesBefore returns the first of up to two bodyAdjectives that no mention claims right before token k
// ("Somalia's federal government"), or k.
func adjectivesBefore(s *sentence, k int) int {
	i := k
	for i > 0 && i > k-2 && s.at[i-1] < 0 && bodyAdjectives[s.toks[i-1].lower] {
		i--
	}
	return i
}

// ruleLeaderName names a person known only by the government named after them: "Hichilema's government",
// "the Kurti government".
const ruleLeaderName = "context:leader-government"

// leaderBefore returns the person a government or an administration at token k is named after: a person's
// mention right before it, or before its possessive ("the Biden administration", "Modi's government"). A
// single unknown name there is a person's, the surname of the leader: people are found after collectives,
// and a surname alone only once the names are resolved. On the development split the gold named three
// governments so ("the Biden administration", "the Kurti government", "Modi's government") and the
// extractor none.
func (d *reading) leaderBefore(s *sentence, k int) *mention {
	return d.namedBefore(s, k, ruleLeaderName)
}

// namedBefore returns the person named right before token k or before its possessive, a single unknown
// name claimed as a person's surname by rule; nil when none stands there.
func (d *reading) namedBefore(s *sentence, k int, rule string) *mention {
	toks := s.toks
	at := k
	if k >= 2 && (toks[k-1].lower == "'s" || toks[k-1].lower == "'") {
		at = k - 1
	}
	if at == 0 {
		return nil
	}
	if p := s.mentionAt(at - 1); p != nil {
		if p.kind == graph.Person && p.j == at {
			return p
		}
		return nil
	}
	t := toks[at-1]
	if !t.isCap() || !isNameWord(t.text) || notNames[t.lower] || titleWords[t.lower] || calendar[t.lower] ||
		d.extractor.gz.isCommonWord(t.text) || len(d.extractor.gz.lookup(t.text)) > 0 || isAcronym(t.text) {
		return nil
	}
	p := d.newMention(s, at-1, at, graph.Person, t.text, rule, 0.6)
	if !s.claim(p) {
		return nil
	}
	return p
}

// seatedClasses are the collectives a capital after "in" names by their seat: "the government in La Paz",
// "the regime in Damascus", "the junta in Ouagadougou" rule the capital's state; "the police in Nairobi"
// are only the city's.
var seatedClasses = words("government|junta")

// bareCollective reports whether a collective noun without its state stands for the article's state:
// only where it plainly names an actor ("the government said", "protesters gathered").
func bareCollective(s *sentence, k int, noun, class string) bool {
	toks := s.toks
	prev := ""
	if a := adjectivesBefore(s, k); a < k && a > 0 && toks[a-1].lower == "the" && class == "government" {
		prev = "the" // "the federal government", "the transitional government"
	} else if k > 0 {
		prev = toks[k-1].lower
	}
	if noun == "administration" || noun == "regime" {
		return false // "the administration" is the one a leader heads, not the article's state
	}
	switch class {
	case "government", "junta", "opposition", "parliament":
		if prev != "the" {
			return false
		}
	case "security forces", "police", "protesters":
		// After a verb the noun is its object ("beat protesters", "disperse protesters"); after an
		// adjective, protesters are still the protesters ("peaceful protesters"), unless they are the other
		// side's ("pro-government protesters").
		before := toks[max(k-1, 0)]
		verb := strings.HasPrefix(before.tag, "VB")
		adj := class == "protesters" && before.tag == "JJ" && !strings.HasPrefix(prev, "pro-")
		if prev != "the" && prev != "" && !prepositions[prev] && before.isWord() && before.tag != "CC" && before.tag != "IN" && !verb && !adj && before.tag != "RB" {
			return false
		}
	default:
		if class != "government" || noun != "authorities" {
			return false
		}
	}
	return !(noun == "authorities" && prev != "" && prev != "the" && !prepositions[prev] && toks[k-1].tag != "CC" && toks[k-1].tag != "RB" && toks[k-1].isWord())
}

// replaceSpan puts n, which covers m, in m's place; m stays reachable as n's owner.
func (d *reading) replaceSpan(s *sentence, m, n *mention) {
	for idx, x := range s.ments {
		if x == m {
			s.ments = append(s.ments[:idx], s.ments[idx+1:]...)
			break
		}
	}
	for k := range s.at {
		s.at[k] = -1
	}
	for idx, x := range s.ments {
		for k := x.i; k < x.j; k++ {
			s.at[k] = idx
		}
	}
	if !s.claim(n) {
		s.ments = append(s.ments, m)
		for k := m.i; k < m.j; k++ {
			s.at[k] = len(s.ments) - 1
		}
	}
	m.sentence = s
	d.hidden = append(d.hidden, m)
}

// capitalisedWithin reports whether the capitalised common word at n ("State", "Great") is written so
// because it is inside a name ("the State Great Khural"), not because it opens the sentence or is an
// article or a day.
func capitalisedWithin(s *sentence, n int) bool {
	t := s.toks[n]
	return n > 0 && !opensSentence(s, n) && t.lower != "the" && t.lower != "a" && t.lower != "an" && !calendar[t.lower]
}

// leadsName reports whether the known place, state or company m opens the capitalised run of an unknown
// name right after it ("Arctic Haul", "Sinopec Yanshan Huaxin", "Tata Kalinga Steelworks"): a place named as
// written, at the start of its sentence or after a word that is no preposition putting it somewhere ("in",
// "at", "from"). A company's unit is named after it, and the unit is the actor the apposition describes.
func leadsName(s *sentence, m *mention) bool {
	company := m.kind == graph.Organization && len(m.gz) > 0 && m.gz[0].e.typ == gzCompany
	if !company && (m.kind != graph.Place && m.kind != graph.State || m.form != formName) {
		return false
	}
	return m.i == 0 || !placePrepositions[s.toks[m.i-1].lower] && !s.toks[m.i-1].isCap()
}

// placePrepositions put what follows them somewhere.
var placePrepositions = words("in|at|from|to|near|into|across|inside|outside|throughout")
