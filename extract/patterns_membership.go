package extract

import "github.com/actorgraph/actorgraph/graph"

// News states a state's membership of a bloc in passing, in shapes the other rows of membership do not
// read: "Indonesia would press for a ceasefire as a founding member of ASEAN" (the clause's state), "Burundi
// joined the EAC and has accused fellow member Rwanda" (the bloc named before), "fellow member states
// Jamaica and Barbados". docs/annotation.md has the analyst mark each as MEMBER_OF. Found missing in four
// fresh texts (testdata/fresh: an Andean extradition wire, an East African summit live blog). This file
// sorts after patterns.go, so its init appends to the table that one builds.

// memberAdjectives may stand between "a" and "member" in "as a founding member of": they say what kind of
// member, never that the actor is none.
var memberAdjectives = words("founding|full|permanent|key|leading|new|longstanding|long-standing|non-permanent|rotating")

// memberHeads may follow "member" in "fellow member states A and B": the member noun's own head.
var memberHeads = words("state|states|country|countries|nation|nations")

func init() {
	patterns = append(patterns,
		pattern{name: "pattern:as-member-of", yields: "MEMBER_OF", conf: 0.7, match: (*reading).asMemberOf,
			examples: []example{ex("Indonesia said it would press for a ceasefire in Myanmar as a founding member of ASEAN.", "Indonesia>Association of Southeast Asian Nations", "!Myanmar>Association of Southeast Asian Nations")}},
		pattern{name: "pattern:fellow-member", yields: "MEMBER_OF", conf: 0.7, match: (*reading).fellowMembers,
			examples: []example{ex("Burundi joined the East African Community and accused fellow member Rwanda of backing rebels.", "Rwanda>East African Community")}},
		pattern{name: "pattern:to-which-belongs", yields: "MEMBER_OF", conf: 0.7, match: (*reading).toWhichBelongs,
			examples: []example{ex("The Pacific Alliance, to which Peru and Chile belong, met in Lima.", "Peru>Pacific Alliance", "Chile>Pacific Alliance"),
				ex("The Andean Community (CAN), to which Bolivia belongs, met in Lima.", "Bolivia>Andean Community"),
				ex("The European Union, to which Norway does not belong, met in Brussels.", "!Norway>European Union")}},
		pattern{name: "pattern:list-org-members", yields: "MEMBER_OF", conf: 0.7, match: (*reading).listOrgMembers,
			examples: []example{ex("Poland, Lithuania and Latvia, NATO members that border Belarus, asked for troops.", "Poland>North Atlantic Treaty Organization", "Latvia>North Atlantic Treaty Organization"),
				ex("Poland and Hungary, former Warsaw Pact members that joined NATO, met in Krakow.", "!Poland>Warsaw Pact")}},
		pattern{name: "pattern:and-a-member-of", yields: "MEMBER_OF", conf: 0.7, match: (*reading).andAMemberOf,
			examples: []example{ex("Nigeria, an oil producer and a member of OPEC, raised its output.", "Nigeria>Organization of the Petroleum Exporting Countries"),
				ex("Venezuela, an oil producer and a former member of the Andean Community, was not invited.", "!Venezuela>Andean Community")}},
		pattern{name: "pattern:members-with", yields: "MEMBER_OF", conf: 0.7, match: (*reading).membersWith,
			examples: []example{ex("Chile and Peru are members of the Pacific Alliance with Mexico and Colombia.", "Mexico>Pacific Alliance", "Colombia>Pacific Alliance"),
				ex("Chile and Peru are members of the Pacific Alliance with Mexico and Colombia, and their navies train together.", "Mexico>Pacific Alliance", "Colombia>Pacific Alliance"),
				ex("Chile and Peru are members of the Pacific Alliance with Mexico's backing.", "!Mexico>Pacific Alliance")}},
		pattern{name: "pattern:the-two-members", yields: "MEMBER_OF", conf: 0.7, match: (*reading).theTwoMembers,
			examples: []example{ex("Chile recalled its ambassador from Peru, the worst rift between the two APEC members in years.", "Chile>Asia-Pacific Economic Cooperation", "Peru>Asia-Pacific Economic Cooperation")}},
		pattern{name: "pattern:org-members-listed", yields: "MEMBER_OF", conf: 0.7, match: (*reading).orgMembersListed,
			examples: []example{ex("Three EU member states, Hungary, Slovakia and Austria, blocked the package.", "Hungary>European Union", "Slovakia>European Union", "Austria>European Union"),
				ex("Two former Warsaw Pact members, Poland and Hungary, met in Krakow.", "!Poland>Warsaw Pact")}},
	)
}

// aMemberOfAt returns where the organisation starts in "LEAD a [founding] member of ORG" with LEAD at
// token k, or -1.
func aMemberOfAt(toks []tok, k int, lead string) int {
	if k+3 >= len(toks) || toks[k].lower != lead || toks[k+1].lower != "a" && toks[k+1].lower != "an" {
		return -1
	}
	j := k + 2
	if memberAdjectives[toks[j].lower] {
		j++
	}
	if j+2 >= len(toks) || toks[j].lower != "member" || toks[j+1].lower != "of" {
		return -1
	}
	return j + 2
}

// asMemberOf reads "as a [founding] member of ORG": the clause's subject, a state or an organisation, is a
// member of ORG. A person's "as a member of" is left to the affiliation rows.
func (d *reading) asMemberOf(s *sentence, p *pattern) {
	toks := s.toks
	for k := 0; k+3 < len(toks); k++ {
		j := aMemberOfAt(toks, k, "as")
		if j < 0 {
			continue
		}
		org := d.nounPhraseActor(s, j)
		if org == nil || org.entity == nil || org.entity.kind != graph.Organization {
			continue
		}
		for _, m := range d.subjects(s, k) {
			if e := d.actorOf(m, true); e != nil && e != org.entity && (e.kind == graph.State || e.kind == graph.Organization) {
				d.addPattern(p, s, e, org.entity, graph.MemberOf, m, org)
			}
		}
	}
}

// fellowMembers reads "fellow member Rwanda", "fellow member states Jamaica and Barbados": the actors named
// are members of the bloc named last before, in the sentence or the few before it. "fellow NATO member
// Hungary" is read by orgMembers.
func (d *reading) fellowMembers(s *sentence, p *pattern) {
	toks := s.toks
	for k := 1; k+1 < len(toks); k++ {
		if toks[k-1].lower != "fellow" || toks[k].lower != "member" && toks[k].lower != "members" {
			continue
		}
		n := k + 1
		if memberHeads[toks[n].lower] {
			n++
		}
		first := s.mentionAt(n)
		if first == nil || first.i != n {
			continue
		}
		bloc := d.recentOrg(s, k-1, func(e *entity) bool { return blocTypes[e.typ] })
		if bloc == nil {
			continue
		}
		for _, x := range coordinatedRight(s, first) {
			if e := d.actorOf(x, false); e != nil && e != bloc && (e.kind == graph.State || e.kind == graph.Organization) {
				d.addPattern(p, s, e, bloc, graph.MemberOf, x, nil)
			}
		}
	}
}

// pairNouns follow "the two ORG" when the two are its members: "the two NATO allies", "the two Commonwealth
// democracies".
var pairNouns = words("members|allies|states|countries|nations|democracies|partners|neighbours|neighbors|economies")

// theTwoMembers reads "relations between the two NATO members", "the two Commonwealth democracies": the two
// states the sentence, or it and the one before, names last are members of the organisation (twoStatesBefore,
// as "the two neighbours" border each other). Nothing when a name follows ("the two EU members Poland and
// Hungary" is orgMembers') or when a third state stands among them.
func (d *reading) theTwoMembers(s *sentence, p *pattern) {
	toks := s.toks
	for k := 2; k+1 < len(toks); k++ {
		if toks[k-2].lower != "the" || toks[k-1].lower != "two" {
			continue
		}
		org := s.mentionAt(k)
		if org == nil || org.i != k || org.entity == nil || org.entity.kind != graph.Organization || org.j >= len(toks) || !pairNouns[toks[org.j].lower] {
			continue
		}
		if s.mentionAt(org.j+1) != nil {
			continue
		}
		for _, e := range d.twoStatesBefore(s, k-2) {
			d.addPattern(p, s, e, org.entity, graph.MemberOf, nil, org)
		}
	}
}

// belongVerbs close ", to which A [and B] belong(s)": the preposition of "belong to" fronted before its
// relative pronoun.
var belongVerbs = words("belong|belongs|belonged")

// toWhichBelongs reads "ORG, to which A and B belong" ("the eight-member WAEMU, to which Mali belongs"): the
// actors listed between "which" and the verb are members of the organisation before the comma (past an
// acronym in parentheses). A word between the list and the verb ("does not belong") reads nothing.
func (d *reading) toWhichBelongs(s *sentence, p *pattern) {
	toks := s.toks
	for k := 1; k+3 < len(toks); k++ {
		if toks[k].lower != "to" || toks[k+1].lower != "which" || toks[k-1].lower != "," {
			continue
		}
		org := s.mentionAt(k - 2)
		if org == nil && k >= 5 && toks[k-2].lower == ")" && toks[k-4].lower == "(" {
			org = s.mentionAt(k - 5)
		}
		first := s.mentionAt(k + 2)
		if org == nil || org.entity == nil || org.entity.kind != graph.Organization || first == nil || first.i != k+2 {
			continue
		}
		list := coordinatedRight(s, first)
		if end := list[len(list)-1].j; end >= len(toks) || !belongVerbs[toks[end].lower] {
			continue
		}
		for _, x := range list {
			if e := d.actorOf(x, false); e != nil && e != org.entity && e.kind != graph.Place {
				d.addPattern(p, s, e, org.entity, graph.MemberOf, x, org)
			}
		}
	}
}

// listQuantifiers may stand between the comma and "ORG members" in "A and B, both NATO members that ...".
var listQuantifiers = words("both|all")

// relativeAfterMembers may follow "ORG members" when the phrase is an apposition to the list before it:
// "A, B and C, NATO members that border Belarus, ..." (a comma after it is read by the noun rows).
var relativeAfterMembers = words("that|which|who|whose")

// listOrgMembers reads "A, B and C, [both|all] NATO members that ...": a list in apposition to a plural
// membership noun that a relative clause goes on; each actor listed is a member of ORG. "former Warsaw
// Pact members" and "not EU members" have a word between the comma and the organisation, and read nothing.
func (d *reading) listOrgMembers(s *sentence, p *pattern) {
	toks := s.toks
	for k := 2; k+1 < len(toks); k++ {
		if toks[k].lower != "members" || !relativeAfterMembers[toks[k+1].lower] {
			continue
		}
		org := s.mentionAt(k - 1)
		if org == nil || org.j != k || org.entity == nil || org.entity.kind != graph.Organization || org.poss {
			continue
		}
		c := org.i - 1
		if c >= 1 && listQuantifiers[toks[c].lower] {
			c--
		}
		if c < 1 || toks[c].lower != "," {
			continue
		}
		last := s.mentionAt(c - 1)
		if last == nil || last.j != c {
			continue
		}
		for _, x := range coordinatedLeft(d, s, last) {
			if e := d.actorOf(x, false); e != nil && e != org.entity && (e.kind == graph.State || e.kind == graph.Organization) {
				d.addPattern(p, s, e, org.entity, graph.MemberOf, x, org)
			}
		}
	}
}

// appositionWindow bounds the words of a first predicate nominal before "and a member of" ("Africa's
// largest oil producer and a member of OPEC").
const appositionWindow = 8

// nominalOpeners start the first predicate nominal of an apposition: "an oil producer", "the region's
// largest economy", "its biggest creditor".
var nominalOpeners = words("a|an|the|its|one")

// andAMemberOf reads "X, an oil producer and a [founding] member of ORG": a second predicate nominal after
// "and" in an apposition to a state or an organisation makes it a member of ORG. The words back to the
// comma hold no verb and start as a noun phrase does; "a former member" and "an observer" read nothing.
func (d *reading) andAMemberOf(s *sentence, p *pattern) {
	toks := s.toks
	for k := 3; k+3 < len(toks); k++ {
		j := aMemberOfAt(toks, k, "and")
		if j < 0 {
			continue
		}
		c := nominalComma(s, k)
		if c < 1 {
			continue
		}
		subj := s.mentionAt(c - 1)
		org := d.nounPhraseActor(s, j)
		if subj == nil || subj.j != c || org == nil || org.entity == nil || org.entity.kind != graph.Organization {
			continue
		}
		if e := d.actorOf(subj, false); e != nil && e != org.entity && (e.kind == graph.State || e.kind == graph.Organization) {
			d.addPattern(p, s, e, org.entity, graph.MemberOf, subj, org)
		}
	}
}

// nominalComma returns the comma that opens the noun phrase ending before token k, within
// appositionWindow words with no verb and no other comma, the phrase starting with a determiner or a
// possessive name; -1 when there is none.
func nominalComma(s *sentence, k int) int {
	for c := k - 1; c >= 1 && c >= k-appositionWindow; c-- {
		if s.toks[c].lower == "," {
			if c+1 >= k {
				return -1
			}
			if m := s.mentionAt(c + 1); nominalOpeners[s.toks[c+1].lower] || m != nil && m.i == c+1 && m.poss {
				return c
			}
			return -1
		}
		if verbAt(s, c) && s.mentionAt(c) == nil {
			return -1
		}
	}
	return -1
}

// orgMemberNouns are the plural nouns of "ORG member states, A, B and C": "members", or "states",
// "countries" or "nations" after "member" or "partner" (the East African Community's "Partner States").
var orgMemberNouns = words("members|states|countries|nations")

// orgMembersListed reads "[Three] ORG member states, A, B and C, ...": a list in apposition after a plural
// membership noun that ORG opens, each actor listed a state or organisation that is a member of ORG. A word
// between the determiner and ORG other than a number ("former Warsaw Pact members", "would-be EU
// members") reads nothing; the first member alone was read before, by noun:member-role.
func (d *reading) orgMembersListed(s *sentence, p *pattern) {
	toks := s.toks
	for k := 1; k+2 < len(toks); k++ {
		if !orgMemberNouns[toks[k].lower] || toks[k+1].lower != "," {
			continue
		}
		j := k
		if toks[k].lower != "members" {
			if w := toks[k-1].lower; w != "member" && w != "partner" {
				continue
			}
			j = k - 1
		}
		org := s.mentionAt(j - 1)
		if org == nil || org.j != j || org.entity == nil || org.entity.kind != graph.Organization || org.poss {
			continue
		}
		if b := org.i - 1; b >= 0 && toks[b].tag != "CD" && !determiners[toks[b].lower] && toks[b].lower != "," && toks[b].lower != "of" {
			continue // "former Warsaw Pact members", "would-be EU members"
		}
		first := s.mentionAt(k + 2)
		if first == nil || first.i != k+2 {
			continue
		}
		for _, x := range coordinatedRight(s, first) {
			if e := d.actorOf(x, false); e != nil && e != org.entity && (e.kind == graph.State || e.kind == graph.Organization) {
				d.addPattern(p, s, e, org.entity, graph.MemberOf, x, org)
			}
		}
	}
}

// coMemberWords open the list of the other members after "members of ORG": "with", "alongside", "along
// with", "together with".
var coMemberWords = words("with|alongside")

// membersWith reads "A and B are members of ORG with C and D" ("... alongside C and D", "along with C and
// D"): the states listed after the organisation are members too. The list must close its clause (the
// sentence's end, a comma, a semicolon or a parenthesis after it): "with Mexico's backing", "with Mexico on
// trade" name no members.
func (d *reading) membersWith(s *sentence, p *pattern) {
	toks := s.toks
	for k := 0; k+3 < len(toks); k++ {
		if toks[k].lower != "members" || toks[k+1].lower != "of" {
			continue
		}
		org := d.nounPhraseActor(s, k+2)
		if org == nil || org.entity == nil || org.entity.kind != graph.Organization {
			continue
		}
		w := org.j
		if w+2 < len(toks) && toks[w].lower == "(" && toks[w+2].lower == ")" {
			w += 3 // "the Quadrilateral Security Dialogue (Quad) with ..."
		}
		if w+1 < len(toks) && (toks[w].lower == "along" || toks[w].lower == "together") && toks[w+1].lower == "with" {
			w++
		}
		if w+1 >= len(toks) || !coMemberWords[toks[w].lower] {
			continue
		}
		first := s.mentionAt(w + 1)
		if first == nil || first.i != w+1 || first.entity == nil || first.entity.kind != graph.State {
			continue
		}
		list := coordinatedRight(s, first)
		for n, x := range list {
			if x.ref != "" {
				list = list[:n] // ", and their navies ...": a pronoun after the list opens another clause
				break
			}
		}
		if end := list[len(list)-1].j; end < len(toks) && !clauseClosers[toks[end].lower] {
			continue
		}
		for _, x := range list {
			if e := d.actorOf(x, false); e != nil && e != org.entity && e.kind == graph.State {
				d.addReported(p, s, e, org.entity, graph.MemberOf, x, org, k, -1) // a denial or report of "are members" covers them
			}
		}
	}
}

// clauseClosers end a clause after a list: "... with Mexico and Colombia, and ...".
var clauseClosers = words(".|,|;|)|:")
