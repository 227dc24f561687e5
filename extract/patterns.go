package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// pattern is a structural rule: a shape of text that states a relationship by how it is built rather than
// by a predicate ("Russia-led", "Kenya's capital, Nairobi", "NATO members Poland and Lithuania"). Like the
// predicates, each is data with a name, what it yields and examples that TestPatterns runs.
type pattern struct {
	name     string
	yields   string // what it yields, for people reading the table: "LEADS", "LOCATED_IN or PART_OF"
	conf     float64
	match    func(d *reading, s *sentence, p *pattern)
	examples []example
}

// patterns is the table of structural rules, run on every sentence after the names are resolved.
var patterns []pattern

func init() {
	patterns = []pattern{
		{name: "compound:led", yields: "LEADS", conf: 0.8, match: (*reading).affixLeads,
			examples: []example{ex("The Russia-led alliance sent troops.", "!Russia>Kazakhstan"), ex("A Saudi-led coalition bombed Yemen.", "Saudi Arabia>Saudi-led coalition")}},
		{name: "compound:backed", yields: "SUPPORTS", conf: 0.8, match: (*reading).affixBacks,
			examples: []example{ex("Iran-backed Hezbollah fired rockets.", "Iran>Hezbollah"),
				ex("Hezbollah, the Iran-backed Lebanese group, fired rockets.", "Iran>Hezbollah", "!Iran>Lebanon"),
				ex("The Saudi Arabia-backed government returned to Aden.", "Saudi Arabia>Saudi Arabia-backed government")}},
		{name: "compound:based", yields: "LOCATED_IN", conf: 0.75, match: (*reading).affixBased,
			examples: []example{ex("The Nairobi-based carrier Kenya Airways cut flights.", "Kenya Airways>Nairobi"),
				ex("The Organisation for the Prohibition of Chemical Weapons, the Hague-based watchdog, took samples.", "Organisation for the Prohibition of Chemical Weapons>The Hague"),
				ex("Kestrel Holdings, a New York-based commodities house, bought the cargo.", "Kestrel Holdings>New York"),
				ex("Dunmore Minerals, an Abu Dhabi-based mining investor, will pay $1 billion.", "Dunmore Minerals>Abu Dhabi"),
				ex("Dragon Port Holdings, a Hong Kong-based unit of Ming Group, is paying $1 billion.", "Dragon Port Holdings>Hong Kong", "!Ming Group>Hong Kong"),
				ex("Dragon Port Holdings (DrPort), a Hong Kong-based unit of Ming Group, is paying $1 billion.", "Dragon Port Holdings>Hong Kong")}},
		{name: "compound:owned", yields: "OWNS_STAKE_IN", conf: 0.75, match: (*reading).affixOwns,
			examples: []example{ex("Gazprom-owned Sakhalin Energy shipped gas to Japan.", "Gazprom>Sakhalin Energy", "!Sakhalin Energy>Gazprom"),
				ex("Sakhalin Energy, the Gazprom-owned operator, shipped gas to Japan.", "Gazprom>Sakhalin Energy")}},
		{name: "compound:anti", yields: "PROTESTS_AGAINST", conf: 0.6, match: (*reading).affixAnti,
			examples: []example{ex("Anti-Russian protests spread in Tbilisi.", "!Tbilisi>Russia")}},
		{name: "pattern:judged-act", yields: "CRITICIZES", conf: 0.65, match: (*reading).judgedActs,
			examples: []example{ex("Kenya said Uganda's move was illegal.", "Kenya>Uganda"),
				ex("Cyprus said the Turkish incursion was a violation of international law.", "Cyprus>Turkey"),
				ex("Mercosur said the plan put forward by Venezuela was totally unacceptable.", "Mercosur>Venezuela"),
				ex("Kenya said Uganda's move was not illegal.", "!Kenya>Uganda"), ex("Uganda's move was illegal.", "!Uganda>Uganda")}},
		{name: "possessive:body-of", yields: "PART_OF, LOCATED_IN or OWNS_STAKE_IN", conf: 0.75, match: (*reading).possessiveOrg,
			examples: []example{ex("Russia's Wagner Group sent fighters to Mali.", "Wagner Group>Russia"),
				ex("Lukoil's majority-owned Caspian Pipeline Consortium ships oil.", "Lukoil>Caspian Pipeline Consortium", "!Caspian Pipeline Consortium>Lukoil")}},
		{name: "demonym:based-in", yields: "LOCATED_IN or PART_OF", conf: 0.7, match: (*reading).demonymOrg,
			examples: []example{ex("Washington backed the Syrian Kurdish YPG militia.", "YPG>Syria")}},
		{name: "pattern:org-of-org", yields: "PART_OF", conf: 0.7, match: (*reading).orgOfOrg,
			examples: []example{ex("A spokesman for the Western Theatre Command of the People's Liberation Army spoke.", "Western Theatre Command>People's Liberation Army")}},
		{name: "name:body-of", yields: "PART_OF or LOCATED_IN", conf: 0.8, match: (*reading).nameOfBody,
			examples: []example{ex("The African Union said the African Union Commission would meet.", "African Union Commission>African Union")}},
		{name: "pattern:org-member", yields: "MEMBER_OF", conf: 0.75, match: (*reading).orgMembers,
			examples: []example{ex("NATO members Poland and Lithuania sent help.", "Poland>North Atlantic Treaty Organization", "Lithuania>North Atlantic Treaty Organization")}},
		{name: "pattern:members-including", yields: "MEMBER_OF", conf: 0.65, match: (*reading).membersIncluding,
			examples: []example{ex("The European Union's members, including France and Italy, agreed.", "France>European Union")}},
		{name: "pattern:other-members", yields: "MEMBER_OF", conf: 0.7, match: (*reading).otherMembers,
			examples: []example{ex("Poland and other NATO members protested.", "Poland>North Atlantic Treaty Organization")}},
		{name: "pattern:members-among-them", yields: "MEMBER_OF", conf: 0.7, match: (*reading).membersAmongThem,
			examples: []example{ex("Fourteen European Union countries, among them Germany, France and Poland, expelled diplomats.", "Germany>European Union", "Poland>European Union"),
				ex("Xi met leaders of the six-member Gulf Cooperation Council: Saudi Arabia, Qatar and Oman.", "Qatar>Gulf Cooperation Council"),
				ex("Xi met leaders of the six-member Gulf Cooperation Council (GCC): Saudi Arabia, Kuwait and Oman.", "Kuwait>Gulf Cooperation Council"),
				ex("The lender was set up by the BRICS group of Brazil, Russia, India, China and South Africa.", "India>BRICS", "South Africa>BRICS")}},
		{name: "pattern:members-of-after-list", yields: "MEMBER_OF", conf: 0.7, match: (*reading).membersOfAfterList,
			examples: []example{ex("Russia and China, two of the five permanent members of the Security Council, blocked the statement.", "Russia>UN Security Council", "China>UN Security Council")}},
		{name: "pattern:of-which-members", yields: "MEMBER_OF", conf: 0.75, match: (*reading).ofWhichMembers,
			examples: []example{ex("The CSTO, a security bloc of which Russia, Kyrgyzstan and Tajikistan are all members, called for calm.", "Kyrgyzstan>Collective Security Treaty Organization")}},
		{name: "place:comma", yields: "LOCATED_IN", conf: 0.8, match: (*reading).placeComma,
			examples: []example{ex("Protests erupted in Agadez, Niger, on Sunday.", "Agadez>Niger"),
				ex("Floods hit Tahoua, Maradi and Zinder.", "!Tahoua>Maradi"), ex("The jets left Lyon, in south-eastern France, on Monday.", "Lyon>France")}},
		{name: "place:in", yields: "LOCATED_IN", conf: 0.75, match: (*reading).placeIn,
			examples: []example{ex("Orano runs a mine near Arlit in northern Niger.", "Arlit>Niger"), ex("He will be sworn in at Kasarani stadium in Nairobi.", "Kasarani stadium>Nairobi"),
				ex("Supporters celebrated in Eldoret, in Kenya's Rift Valley.", "Eldoret>Rift Valley"),
				ex("Floods hit Tete and Beira in central Mozambique.", "Tete>Mozambique", "Beira>Mozambique"),
				ex("Shares of Safaricom fell on the Nairobi Securities Exchange in Nairobi.", "Nairobi Securities Exchange>Nairobi"),
				ex("Ruto met the International Monetary Fund in Nairobi.", "!International Monetary Fund>Nairobi")}},
		{name: "place:possessive", yields: "LOCATED_IN", conf: 0.75, match: (*reading).placePossessive,
			examples: []example{ex("The accord was signed at Bogotá's Teatro Colón.", "Teatro Colón>Bogotá")}},
		{name: "place:city-of", yields: "LOCATED_IN", conf: 0.8, match: (*reading).cityOf,
			examples: []example{ex("News of the deal triggered fury in the Armenian capital, Yerevan.", "Yerevan>Armenia"),
				ex("He flew to Malé, the capital of the Maldives.", "Malé>Maldives"), ex("Kazakhstan's largest city of Almaty was calm.", "Almaty>Kazakhstan"), ex("Kazakhstan was calm. Almaty, the country's largest city, was quiet.", "Almaty>Kazakhstan"),
				ex("Fighting reached Kabarore, a Burundian border town, on Sunday.", "Kabarore>Burundi"),
				ex("He was detained at his home in the Mangateen district of Juba.", "Mangateen>Juba"),
				ex("Police raided homes in the Nairobi suburb of Kawangware.", "Kawangware>Nairobi", "!Nairobi>Kawangware"),
				ex("Armenia will return the Azerbaijani districts of Kelbaran, Agdara and Lachin.", "Kelbaran>Azerbaijan", "Agdara>Azerbaijan", "Lachin>Azerbaijan"),
				ex("Rebels seized the Congolese towns of Rubaya, Masisi, and Sake.", "Rubaya>Democratic Republic of the Congo", "Sake>Democratic Republic of the Congo")}},
		{name: "place:headquarters-in", yields: "LOCATED_IN", conf: 0.8, match: (*reading).headquartersIn,
			examples: []example{ex("OPEC's headquarters in Vienna hosted the meeting.", "Organization of the Petroleum Exporting Countries>Vienna"),
				ex("The East African Community said from its headquarters in Arusha that the summit would go ahead.", "East African Community>Arusha"),
				ex("Leaders gathered at the headquarters of the African Union in Addis Ababa.", "African Union>Addis Ababa")}},
		{name: "place:runs-through", yields: "LOCATED_IN", conf: 0.7, match: (*reading).runsThrough,
			examples: []example{ex("The Druzhba pipeline, which runs from Russia through Belarus to Poland, was shut.", "Druzhba pipeline>Belarus")}},
		{name: "name:located-in", yields: "LOCATED_IN", conf: 0.8, match: (*reading).placeNamedAfter,
			examples: []example{ex("Fighting spread in West Kazakhstan.", "West Kazakhstan>Kazakhstan")}},
		{name: "gazetteer:located-in", yields: "LOCATED_IN or PART_OF", conf: 0.5, match: (*reading).gazetteerPairs,
			examples: []example{ex("Police in Almaty and across Kazakhstan detained dozens.", "Almaty>Kazakhstan")}},
		{name: "pattern:appointed-as", yields: "OFFICIAL_OF or LEADS", conf: 0.7, match: (*reading).appointed,
			examples: []example{ex("The junta named Ali Lamine Zeine as prime minister.", "!Ali Lamine Zeine>Niger")}},
		{name: "pattern:designates-terrorist", yields: "OPPOSES", conf: 0.75, match: (*reading).designatesTerrorist,
			examples: []example{ex("Hamas, which Israel and the United States consider a terrorist organization, rejected the plan.", "Israel>Hamas", "United States>Hamas")}},
		{name: "pattern:troops-arrived", yields: "DEPLOYED_FORCES_TO", conf: 0.65, match: (*reading).troopsArrived,
			examples: []example{ex("Russian troops arrived in Kazakhstan on Friday.", "Russia>Kazakhstan")}},
	}
}

// applyPatterns runs the structural rules over one sentence.
func (d *reading) applyPatterns(s *sentence) {
	for i := range patterns {
		patterns[i].match(d, s, &patterns[i])
	}
}

// addPattern records a relationship a structural rule found.
func (d *reading) addPattern(p *pattern, s *sentence, from, to *entity, t graph.RelType, fm, tm *mention) *rel {
	if from == nil || to == nil || !fits(t, from, to) {
		return nil
	}
	r := d.addRel(from, to, t, s, p.name, p.conf)
	if r != nil {
		r.feat = relFeatures{family: familyStructure, subjHow: argAdjacent, objHow: argAdjacent, distance: tokenDistance(fm, tm)}
	}
	return r
}

// addReported adds a pattern's relationship that the verb at token k states, its subject starting at token
// subj, read as a frame's is: nothing when the verb is negated, denied, doubted or conditional ("Minsk
// rejected claims that Belarusian troops had entered Ukraine"), a claim of its speaker when reported
// ("Kyiv said Belarusian troops had entered Ukraine", "troops reportedly entered").
func (d *reading) addReported(p *pattern, s *sentence, from, to *entity, t graph.RelType, fm, tm *mention, k, subj int) {
	d.addReportedAct(p, s, predicateAt{k: k, subj: subj, agent: from}, from, to, t, fm, tm)
}

// predicateAt is where a pattern's predicate stands for attribution: its token k, the first token of its
// subject subj (-1 for none) and the actor whose act it states, whose own word is a fact ("Peru said it had
// appointed X": the appointing state, not the appointee).
type predicateAt struct {
	k, subj int
	agent   *entity
}

// addReportedAct is the one path by which every pattern with a predicate reads the sentence's attribution,
// as a frame does: nothing when it is negated, denied, doubted or conditional; a claim of its speaker when
// reported or hedged, unless the speaker speaks for the agent.
func (d *reading) addReportedAct(p *pattern, s *sentence, at predicateAt, from, to *entity, t graph.RelType, fm, tm *mention) *rel {
	a := d.attribute(s, at.k, at.k+1, at.subj)
	t, ok := underThreat(a, t)
	if a.how == denied || !ok {
		return nil
	}
	r := d.addPattern(p, s, from, to, t, fm, tm)
	if r == nil || a.how != claimed {
		return r
	}
	if !d.ownWord(s, a.speaker, at.agent) {
		r.claimed, r.claimant = true, d.speakerActor(a.speaker)
		r.coClaimants = d.coSpeakers(s, a.speaker)
	}
	return r
}

// addCompound adds the relationship a compound states ("the Iran-backed Houthis"), as an unattributed claim
// when a hedge qualifies the compound ("the reportedly Iran-backed Houthis", "the allegedly Russia-led
// force"). A compound of support inside what someone says is that speaker's claim (reportedCompound); a
// compound of leadership names the body ("the Saudi-led coalition") and stays the writer's description.
func (d *reading) addCompound(p *pattern, s *sentence, from, to *entity, t graph.RelType, m, n *mention) {
	r := d.addPattern(p, s, from, to, t, m, n)
	switch {
	case r == nil:
	case hedgesCompound(s, m.i-1):
		r.claimed, r.claimant = true, nil
	case t == graph.Supports:
		d.reportedCompound(r, s, m, n.entity)
	}
}

// reportedCompound makes a compound's support the claim of whoever reports the clause that holds it:
// "Kinshasa said the Rwanda-backed rebels took Goma", "according to Kyiv, the Moscow-installed officials
// ...", "..., Sana'a said", "Somalia accused the Eritrea-funded militia of ...". The same compound in the
// writer's words stays a fact, and so does one that describes the speaker itself ("the Iran-backed Houthis
// said", "Hezbollah, the Iran-funded movement, denied the report"), or one the backer reports of its own
// support ("Washington said the US-backed government would hold"). A speaker the sentence does not name
// ("..., officials said") makes an unattributed claim.
func (d *reading) reportedCompound(r *rel, s *sentence, m *mention, target *entity) {
	if d.describesSpeaker(s, m, target) {
		return
	}
	sp, _, ok := d.speakerOf(s, m.i, m.j, -1)
	if !ok {
		return
	}
	who := d.speakerActor(sp)
	if who == target || d.speaksFor(who, r.from) {
		return
	}
	r.claimed, r.claimant, r.described = true, who, true
}

// describesSpeaker reports whether the compound at m qualifies the subject of a reporting verb: the first
// finite verb after it whose subject is the compound's target reports ("the Iran-backed Houthis said",
// "Hezbollah, the Iran-funded movement, denied"), so the compound describes who speaks and is no content
// of what is said.
func (d *reading) describesSpeaker(s *sentence, m *mention, target *entity) bool {
	for k := m.j; k < len(s.toks); k++ {
		t := s.toks[k]
		if !finiteTag(t.tag) || parenthetical(s, k) >= m.j {
			continue // "Iran-backed Hezbollah, Kyiv said, fired": the aside reports what it stands in
		}
		for _, sub := range d.subjects(s, k) {
			if sub.entity == target {
				return claimVerbs[t.lower]
			}
		}
	}
	return false
}

// hedgesCompound reports whether token i is a hedge right before a compound's actor: "the allegedly
// Iran-backed group".
func hedgesCompound(s *sentence, i int) bool {
	if i < 0 || !hedges[s.toks[i].lower] {
		return false
	}
	m := s.mentionAt(i + 1)
	return m != nil && m.i == i+1 && m.affix != ""
}

// affixTarget returns the actor a hyphenated compound qualifies: the next actor or reference within a few
// words ("a Russia-led military alliance", "Russia-led CSTO").
func (d *reading) affixTarget(s *sentence, m *mention) *mention {
	noun := false
	for i := m.j; i < len(s.toks) && i < m.j+4; i++ {
		if n := s.mentionAt(i); n != nil && n != m {
			if n.entity == nil {
				d.resolveRef(n)
			}
			if n.form == formDemonym && n.entity != nil {
				i = n.j - 1
				continue // "the Iran-backed Lebanese group": the group, not Lebanon
			}
			if n.entity != nil && n.affix == "" {
				return n
			}
			return nil
		}
		t := s.toks[i]
		if clauseStops[t.lower] || t.lower == "," || strings.HasPrefix(t.tag, "VB") || noun && prepositions[t.lower] {
			// "a Hong Kong-based unit of Ming Group": the compound qualifies the unit, and what follows the
			// noun's preposition is another actor.
			break
		}
		noun = noun || t.tag == "NN" || t.tag == "NNS"
	}
	if noun {
		return d.appositionHead(s, m)
	}
	return nil
}

var (
	leadAffixes    = words("led|headed|dominated|run|controlled|commanded|chaired")
	backAffixes    = words("backed|sponsored|funded|supported|installed|aligned|allied|friendly|armed|financed|endorsed")
	basedAffixes   = words("based|headquartered")
	ownAffixes     = words("owned")
	deployingNouns = words("intervention|operation|deployment|mission|peacekeeping|force|forces|troops")
)

// affixLeads reads "X-led": X leads the actor it qualifies, or, before an action ("a Saudi-led coalition
// bombed Yemen", "the Russia-led intervention in Kazakhstan"), acts where the action takes place.
func (d *reading) affixLeads(s *sentence, p *pattern) {
	for _, m := range s.ments {
		if m.entity == nil || !leadAffixes[m.affix] {
			continue
		}
		if n := d.affixTarget(s, m); n != nil {
			d.addCompound(p, s, m.entity, n.entity, graph.Leads, m, n)
			continue
		}
		for i := m.j; i < len(s.toks) && i < m.j+3; i++ {
			if deployingNouns[s.toks[i].lower] {
				if to := d.destination(s, i); to != nil {
					d.addPattern(p, s, d.liftToState(m.entity), to, graph.DeployedForcesTo, m, m)
				}
				break
			}
		}
	}
}

// destination returns where an action at token k takes place: "in X" right after it.
func (d *reading) destination(s *sentence, k int) *entity {
	objs, _ := d.prepObject(s, k+1, words("in|into|to|on|against"))
	if len(objs) == 0 {
		return nil
	}
	if e := d.actorOf(objs[0], false); e != nil && (e.kind == graph.State || e.kind == graph.Place) {
		return e
	}
	return nil
}

// affixBacks reads "X-backed Y": X supports Y.
func (d *reading) affixBacks(s *sentence, p *pattern) {
	for _, m := range s.ments {
		if m.entity != nil && backAffixes[m.affix] {
			if n := d.affixTarget(s, m); n != nil {
				d.addCompound(p, s, m.entity, n.entity, graph.Supports, m, n)
			}
		}
	}
}

// affixBased reads "X-based Y": Y is located in X.
func (d *reading) affixBased(s *sentence, p *pattern) {
	for _, m := range s.ments {
		if m.entity != nil && basedAffixes[m.affix] {
			if n := d.affixTarget(s, m); n != nil {
				d.addPattern(p, s, n.entity, m.entity, graph.LocatedIn, n, m)
			}
		}
	}
}

// affixOwns reads "X-owned Y": X owns Y, an organisation ("Gazprom-owned Sakhalin Energy"). Main gave
// nothing for it: "owned" made the compound's mention but no rule read it.
func (d *reading) affixOwns(s *sentence, p *pattern) {
	for _, m := range s.ments {
		if m.entity != nil && ownAffixes[m.affix] {
			if n := d.affixTarget(s, m); n != nil && n.entity.kind == graph.Organization {
				d.addPattern(p, s, m.entity, n.entity, graph.OwnsStakeIn, m, n)
			}
		}
	}
}

// affixAnti reads "anti-X protests": the protesters of the article's state protest against X.
func (d *reading) affixAnti(s *sentence, p *pattern) {
	for _, m := range s.ments {
		if m.entity == nil || m.affix != "anti" || m.j >= len(s.toks) || !protestWords[s.toks[m.j].lower] {
			continue
		}
		if prot := d.protesters(nil); prot != nil {
			d.addPattern(p, s, prot, m.entity, graph.ProtestsAgainst, m, m)
		}
	}
	for k, t := range s.toks {
		if (t.lower == "anti-government" || t.lower == "antigovernment") && k+1 < len(s.toks) && protestWords[s.toks[k+1].lower] {
			if prot, gov := d.protesters(nil), d.government(nil); prot != nil && gov != nil {
				d.addPattern(p, s, prot, gov, graph.ProtestsAgainst, s.mentionAt(k), s.mentionAt(k))
			}
		}
	}
}

var protestWords = words("protests|protest|demonstrations|demonstrators|protesters|protestors|unrest|riots|rioters|uprising|dissent|rallies|movement|sentiment|campaign")

// possessiveOrg reads "Russia's Wagner Group" (based in Russia), "Taiwan's Defence Ministry" (part of
// Taiwan), "the Pentagon's Defense Security Cooperation Agency" (part of the Pentagon).
func (d *reading) possessiveOrg(s *sentence, p *pattern) {
	for _, m := range s.ments {
		if m.ref == "its" && m.entity == nil {
			d.resolveRef(m)
		}
		if !(m.poss || m.ref == "its") || m.entity == nil || m.j+1 >= len(s.toks) {
			continue
		}
		n := ownedOrg(s, m)
		if n == nil || n.entity == nil || n.entity.kind != graph.Organization || n.special == "ministry" || n.special == "collective" {
			continue
		}
		if m.entity.kind == graph.State && intergovernmental(n) {
			continue // "Russia's Security Council" is no UN body in Russia
		}
		switch {
		case m.entity.kind == graph.State && (n.entity.typ == "government" || stateBodyName(n.entity.name)):
			d.addPattern(p, s, n.entity, m.entity, graph.PartOf, n, m)
		case m.entity.kind == graph.State || m.entity.kind == graph.Place:
			d.addPattern(p, s, n.entity, m.entity, graph.LocatedIn, n, m)
		case m.entity.kind == graph.Organization && ownedBetween(s, m.j, n.i):
			d.addPattern(p, s, m.entity, n.entity, graph.OwnsStakeIn, m, n) // "Lukoil's majority-owned X": a stake, not a body
		case m.entity.kind == graph.Organization:
			d.addPattern(p, s, n.entity, m.entity, graph.PartOf, n, m)
		}
	}
}

// ownedBetween reports whether "owned" or a compound of it ("majority-owned", "wholly-owned") stands in
// [from, to): a company's possessive over it names an owner, not a body the company has ("Lukoil's
// majority-owned Caspian Pipeline Consortium" had been read as PART_OF Lukoil).
func ownedBetween(s *sentence, from, to int) bool {
	for i := from; i < to && i < len(s.toks); i++ {
		if w := s.toks[i].lower; w == "owned" || strings.HasSuffix(w, "-owned") {
			return true
		}
	}
	return false
}

// stateBodyName reports whether an organisation's name ends, before any "of", in a word that ends the
// names of a state's own bodies ("Competition Authority", "Supreme Court of Justice", "High Commission"):
// after a state's possessive such a body is part of the state, where a company or group named the same
// way ("Russia's Wagner Group") is only based there.
func stateBodyName(name string) bool {
	head, _, _ := strings.Cut(strings.ToLower(name), " of ")
	f := strings.Fields(head)
	return len(f) > 0 && governmentHeads[f[len(f)-1]]
}

// ownedOrg returns the organisation a possessor owns, over adjectives and "state-owned":
// "Mozambique's state-owned Empresa Nacional de Hidrocarbonetos", "its Disaster and Emergency Management
// Authority".
func ownedOrg(s *sentence, m *mention) *mention {
	j := m.j
	if m.poss {
		j++
	}
	for ; j < len(s.toks) && j < m.j+4; j++ {
		if n := s.mentionAt(j); n != nil {
			if n.form == formDemonym && n.kind == graph.Place {
				j = n.j - 1
				continue // "the Syrian Kurdish YPG": a region's adjective in between
			}
			if n.i == j {
				return n
			}
			return nil
		}
		if t := s.toks[j]; t.tag != "JJ" && t.tag != "VBN" && !strings.HasSuffix(t.lower, "-owned") && !strings.HasSuffix(t.lower, "-run") {
			return nil
		}
	}
	return nil
}

// demonymOrg reads "the Syrian Kurdish YPG militia", "Russian Wagner Group": an organisation named
// after a state's adjective is based in it, or part of it when it is one of its bodies.
func (d *reading) demonymOrg(s *sentence, p *pattern) {
	for _, m := range s.ments {
		if m.form != formDemonym || m.entity == nil || m.entity.kind != graph.State || m.affix != "" {
			continue
		}
		n := ownedOrg(s, &mention{sentence: s, j: m.j, i: m.i})
		if n == nil || n.entity == nil || n.entity.kind != graph.Organization || n.special != "" || intergovernmental(n) {
			continue
		}
		t := graph.LocatedIn
		if n.entity.typ == "government" || n.entity.typ == "military" {
			t = graph.PartOf
		}
		d.addPattern(p, s, n.entity, m.entity, t, n, m)
	}
}

// orgOfOrg reads "the Western Theatre Command of the People's Liberation Army": a body named with "of"
// and the organisation it belongs to.
func (d *reading) orgOfOrg(s *sentence, p *pattern) {
	for _, m := range s.ments {
		if m.entity == nil || m.entity.kind != graph.Organization || m.ref != "" || m.affix != "" || m.j+1 >= len(s.toks) || s.toks[m.j].lower != "of" {
			continue
		}
		f := strings.Fields(graph.Fold(m.entity.name))
		if !bodyNouns[f[len(f)-1]] && !governmentHeads[f[len(f)-1]] {
			continue
		}
		if o := d.nounPhraseActor(s, m.j+1); o != nil && o.entity != nil && o.entity.kind == graph.Organization && o.entity != m.entity {
			d.addPattern(p, s, m.entity, o.entity, graph.PartOf, m, o)
		}
	}
}

// bodyNouns end the names of an organisation's bodies: "African Union Commission", "NATO Council".
var bodyNouns = words("commission|council|secretariat|parliament|assembly|court|bank|summit|committee|office|agency|ministry|department|board|authority|command")

// nameOfBody reads what a name says: "the African Union Commission" is part of the African Union, "the
// U.S. State Department" part of the United States.
func (d *reading) nameOfBody(s *sentence, p *pattern) {
	for _, m := range s.ments {
		e := m.entity
		if e == nil || e.kind != graph.Organization || m.special != "" || m.ref != "" || m.affix != "" {
			continue
		}
		f := strings.Fields(graph.Fold(e.name))
		if len(f) >= 2 && bodyNouns[f[len(f)-1]] {
			// "African Union Commission", "United Nations Security Council": a shorter name of the same
			// words that the document names too.
			for cut := len(f) - 1; cut >= 1 && cut >= len(f)-2; cut-- {
				prefix := strings.Join(f[:cut], " ")
				for _, o := range d.entList {
					if o != e && o.kind == graph.Organization && graph.Fold(o.name) == prefix {
						d.addPattern(p, s, e, o, graph.PartOf, m, m)
					}
				}
			}
		}
		if e.typ == "government" && e.code != "" {
			if st := d.stateEntity(e.code); st != nil && namesState(m.surface, st) {
				d.addPattern(p, s, e, st, graph.PartOf, m, m)
			}
		}
	}
}

// namesState reports whether a name contains the state's name or one of its other names as whole words,
// and is more than that name.
func namesState(surface string, st *entity) bool {
	sf := " " + graph.Fold(surface) + " "
	names := []string{st.name}
	if st.gz != nil {
		names = append(names, st.gz.aliases...)
		names = append(names, st.gz.demonym)
	}
	for _, n := range names {
		if f := graph.Fold(n); f != "" && strings.Contains(sf, " "+f+" ") && f != strings.TrimSpace(sf) {
			return true
		}
	}
	return false
}

// orgMembers reads "NATO members Poland and Lithuania", "fellow EU member Hungary".
func (d *reading) orgMembers(s *sentence, p *pattern) {
	for k, t := range s.toks {
		if k == 0 || !memberNouns[t.lower] {
			continue
		}
		org := s.mentionAt(k - 1)
		if org == nil || org.entity == nil || org.entity.kind != graph.Organization || org.affix != "" {
			continue
		}
		if st := s.mentionAt(k + 1); st != nil && st.entity != nil && (st.entity.kind == graph.State || st.entity.kind == graph.Organization) {
			for _, x := range coordinatedRight(s, st) {
				if x.entity != nil {
					d.addPattern(p, s, x.entity, org.entity, graph.MemberOf, x, org)
				}
			}
		}
	}
}

var memberNouns = words("member|members|member-state|member-states|member state|ally|allies|partner|partners|signatory|signatories")

// memberListOpeners open the list of a body's members after "members": "members, including", "members such
// as", "members like", and the verbs of "whose members include A and B", "its members are A and B".
var memberListOpeners = words("including|such|like|include|includes|included|are|were")

// membersIncluding reads "the bloc's members, including Nigeria and Ghana", "members such as" and "the
// Shanghai Cooperation Organisation, whose members include India and Pakistan".
func (d *reading) membersIncluding(s *sentence, p *pattern) {
	toks := s.toks
	for k := 2; k+2 < len(toks); k++ {
		if toks[k].lower != "members" && toks[k].lower != "states" {
			continue
		}
		next := k + 1
		if toks[next].text == "," {
			next++
		}
		if next >= len(toks) || !memberListOpeners[toks[next].lower] {
			continue
		}
		org := d.memberOwner(s, k)
		m := d.nounPhraseActor(s, next+1)
		if toks[next].lower == "such" {
			m = d.nounPhraseActor(s, next+2)
		}
		if org == nil || m == nil {
			continue
		}
		for _, x := range coordinatedRight(s, m) {
			if e := d.actorOf(x, false); e != nil && e.kind == graph.State {
				d.addPattern(p, s, e, org, graph.MemberOf, x, m)
			}
		}
	}
}

// memberOwner returns the organisation whose members the noun at k are: its possessor ("the bloc's
// members"), or the organisation named just before ("NATO members").
func (d *reading) memberOwner(s *sentence, k int) *entity {
	if o := whoseBody(s, k); o != nil {
		return d.actorOf(o, false)
	}
	if o := d.possessorBefore(s, k); o != nil {
		if e := d.actorOf(o, false); e != nil && e.kind == graph.Organization {
			return e
		}
		if o.entity == nil && o.ref != "" {
			d.resolveRef(o)
		}
		if o.entity != nil && o.entity.kind == graph.Organization {
			return o.entity
		}
	}
	return nil
}

// whoseBody returns the organisation a relative "whose" before the members noun at k refers to: "the SCO,
// whose members include", "ASEAN, whose member states are"; nil when there is none.
func whoseBody(s *sentence, k int) *mention {
	i := k - 1
	if i > 0 && s.toks[i].lower == "member" {
		i--
	}
	if i < 2 || s.toks[i].lower != "whose" || s.toks[i-1].text != "," {
		return nil
	}
	m := s.mentionAt(beforeParenthesis(s, i-1))
	if m == nil || m.kind != graph.Organization && m.ref == "" {
		return nil
	}
	return m
}

// otherMembers reads "Poland and other NATO members", "Hungary, like other EU states".
func (d *reading) otherMembers(s *sentence, p *pattern) {
	toks := s.toks
	for k := 2; k+2 < len(toks); k++ {
		if toks[k].lower != "other" || !(toks[k-1].lower == "and" || toks[k-1].lower == "like") {
			continue
		}
		org := s.mentionAt(k + 1)
		if org == nil || org.entity == nil || org.entity.kind != graph.Organization || org.j >= len(toks) || !memberNouns[toks[org.j].lower] && toks[org.j].lower != "states" && toks[org.j].lower != "countries" {
			continue
		}
		first := s.mentionAt(k - 2)
		if toks[k-1].lower == "like" && k >= 3 {
			first = s.mentionAt(k - 3)
		}
		if first == nil {
			continue
		}
		for _, x := range coordinatedLeft(d, s, first) {
			if e := d.actorOf(x, true); e != nil {
				d.addPattern(p, s, e, org.entity, graph.MemberOf, x, org)
			}
		}
	}
}

// membersAmongThem reads "Fourteen European Union countries, among them Germany, France and Poland" and
// "the six-member Gulf Cooperation Council: Saudi Arabia, the UAE, Qatar": states listed right after an
// organisation's members.
func (d *reading) membersAmongThem(s *sentence, p *pattern) {
	toks := s.toks
	for k := 1; k+2 < len(toks); k++ {
		var org *mention
		switch {
		case (toks[k].lower == "countries" || toks[k].lower == "states" || toks[k].lower == "members" || toks[k].lower == "nations") && toks[k+1].text == ",":
			org = s.mentionAt(k - 1) // "European Union countries, among them"
			if next := toks[k+2].lower; next != "among" && next != "including" {
				continue
			}
		case toks[k].text == ":":
			org = s.mentionAt(k - 1) // "the six-member Gulf Cooperation Council:"
			if org == nil && toks[k-1].text == ")" && k >= 2 {
				org = s.mentionAt(k - 2) // "the six-member Gulf Cooperation Council (GCC):"
			}
			if org == nil || !memberCount(s, org.i) && !memberCount(s, acronymHead(s, org)) {
				continue
			}
		case groupOfNouns[toks[k].lower] && toks[k+1].lower == "of":
			org = s.mentionAt(k - 1) // "the BRICS group of Brazil, Russia, India, China and South Africa"
			if org == nil || len(coordinatedRight(s, firstOr(d.nounPhraseActor(s, k+2), org))) < 2 {
				continue
			}
		default:
			continue
		}
		if org == nil || org.entity == nil || org.entity.kind != graph.Organization || org.affix != "" {
			continue
		}
		first := d.nounPhraseActor(s, k+1)
		for i := k + 1; first == nil && i < k+5 && i < len(toks); i++ {
			first = d.nounPhraseActor(s, i) // past "among them", "including"
		}
		if first == nil {
			continue
		}
		for _, x := range coordinatedRight(s, first) {
			if e := d.actorOf(x, false); e != nil && (e.kind == graph.State || e.kind == graph.Organization) && e != org.entity {
				d.addPattern(p, s, e, org.entity, graph.MemberOf, x, org)
			}
		}
	}
}

// groupOfNouns name a grouping whose members follow "of": "the BRICS group of Brazil, Russia...".
var groupOfNouns = words("group|bloc|grouping|club|alliance|coalition|union|partnership")

// firstOr returns m, or alt when m is nil.
func firstOr(m, alt *mention) *mention {
	if m == nil {
		return alt
	}
	return m
}

// acronymHead returns the first token of the name an acronym in brackets defines ("Gulf Cooperation
// Council (GCC)"), or the acronym's own first token.
func acronymHead(s *sentence, m *mention) int {
	if m.i >= 2 && s.toks[m.i-1].text == "(" {
		if n := s.mentionAt(m.i - 2); n != nil {
			return n.i
		}
	}
	return m.i
}

// membersOfAfterList reads "Russia and China, two of the five permanent members of the Security Council":
// the list set beside "members of" an organisation.
func (d *reading) membersOfAfterList(s *sentence, p *pattern) {
	toks := s.toks
	for k := 2; k+2 < len(toks); k++ {
		if toks[k].lower != "members" || toks[k+1].lower != "of" {
			continue
		}
		org := d.nounPhraseActor(s, k+2)
		if org == nil || org.entity == nil || org.entity.kind != graph.Organization {
			continue
		}
		comma := -1
		for j := k - 1; j >= 1 && j >= k-7; j-- {
			if toks[j].text == "," {
				comma = j
				break
			}
			if s.mentionAt(j) != nil || clauseStops[toks[j].lower] {
				break
			}
		}
		if comma < 1 {
			continue
		}
		last := s.mentionAt(comma - 1)
		if last == nil || last.entity == nil {
			continue
		}
		for _, x := range coordinatedLeft(d, s, last) {
			if e := d.actorOf(x, false); e != nil && (e.kind == graph.State || e.kind == graph.Organization) && e != org.entity {
				d.addPattern(p, s, e, org.entity, graph.MemberOf, x, org)
			}
		}
	}
}

// memberCount reports whether "N-member" or "N-nation" stands just before token i: "the six-member GCC".
func memberCount(s *sentence, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if l := s.toks[j].lower; strings.HasSuffix(l, "-member") || strings.HasSuffix(l, "-nation") || strings.HasSuffix(l, "-country") {
			return true
		}
	}
	return false
}

// ofWhichMembers reads "the CSTO, a security bloc of which Russia, Kyrgyzstan and Tajikistan are all
// members": the members of the organisation the relative clause describes.
func (d *reading) ofWhichMembers(s *sentence, p *pattern) {
	toks := s.toks
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].lower != "of" || toks[k+1].lower != "which" && toks[k+1].lower != "whom" {
			continue
		}
		first := d.nounPhraseActor(s, k+2)
		if first == nil {
			continue
		}
		list := coordinatedRight(s, first)
		end := list[len(list)-1].j
		if !wordWithin(s, end, 4, "member", "members", "signatories", "part") {
			continue
		}
		org := d.relativeHead(s, k)
		if org == nil {
			continue
		}
		for _, x := range list {
			if e := d.actorOf(x, false); e != nil && e != org.entity {
				d.addPattern(p, s, e, org.entity, graph.MemberOf, x, org)
			}
		}
	}
}

// relativeHead returns the organisation a relative clause opening at token k describes: the noun just
// before it when it names one, or the name its apposition describes ("the CSTO, a security bloc of which").
func (d *reading) relativeHead(s *sentence, k int) *mention {
	if m := s.mentionAt(k - 1); m != nil && m.entity != nil && m.entity.kind == graph.Organization {
		return m
	}
	if ap := d.appositionOwner(s, k); ap != nil && ap.entity != nil && ap.entity.kind == graph.Organization {
		return ap
	}
	return nil
}

func wordWithin(s *sentence, from, n int, ws ...string) bool {
	for i := from; i < len(s.toks) && i < from+n; i++ {
		for _, w := range ws {
			if s.toks[i].lower == w {
				return true
			}
		}
	}
	return false
}

// placeComma reads "Agadez, Niger" and "Mombasa, Kenya,": a place, a comma and the state (or larger
// place) it is in, the state not opening a clause of its own.
func (d *reading) placeComma(s *sentence, p *pattern) {
	toks := s.toks
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].text != "," {
			continue
		}
		y, st := s.mentionAt(k-1), s.mentionAt(k+1)
		if at := k + 1; st == nil && at < len(toks) && (toks[at].lower == "in" || toks[at].lower == "near") {
			// "Mérignac, in south-western France": past the preposition and the direction.
			for at++; at < len(toks) && at < k+5 && (directions[toks[at].lower] || toks[at].lower == "the" || toks[at].tag == "JJ"); at++ {
			}
			if st = s.mentionAt(at); st != nil && st.i != at {
				st = nil
			}
			if st != nil {
				k = at - 1 // (the checks below read st as if right after the comma)
			}
		}
		if y == nil || st == nil || y.entity == nil || st.entity == nil || y.entity.kind != graph.Place || y.affix != "" || st.i != k+1 || st.poss {
			continue
		}
		if st.entity.kind != graph.State && st.entity.kind != graph.Place || st.entity == y.entity {
			continue
		}
		// The state closes the phrase: a comma, a full stop or a preposition follows, not a verb, nor the
		// "and" that goes on with a list ("the districts of Kelbaran, Agdara and Lachin").
		if st.j < len(toks) && strings.HasPrefix(toks[st.j].tag, "VB") || listEndsAt(s, st.j) {
			continue
		}
		if y.entity.code != "" && st.entity.kind == graph.State && y.entity.code != st.entity.code {
			continue
		}
		d.addPattern(p, s, y.entity, st.entity, graph.LocatedIn, y, st)
	}
}

// listEndsAt reports whether the last item of a list follows token j: "and", "or", ", and".
func listEndsAt(s *sentence, j int) bool {
	toks := s.toks
	if j < len(toks) && (toks[j].lower == "and" || toks[j].lower == "or") {
		return true
	}
	return j+1 < len(toks) && toks[j].lower == "," && (toks[j+1].lower == "and" || toks[j+1].lower == "or")
}

// placeIn reads "Arlit in northern Niger", "Kasarani stadium in Nairobi", "Eldoret, in Kenya's Rift Valley":
// a place, "in" and the larger place it lies in; each place of a list before "in" lies in it ("Ujjain and
// Bhopal in Madhya Pradesh"); and an organisation named where it is ("shares fell on the Nairobi Securities
// Exchange in Nairobi": orgIn).
func (d *reading) placeIn(s *sentence, p *pattern) {
	toks := s.toks
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].lower != "in" {
			continue
		}
		y := s.mentionAt(k - 1)
		if y == nil && k >= 2 && toks[k-1].text == "," {
			y = s.mentionAt(k - 2)
		}
		if y == nil || y.entity == nil || y.affix != "" || y.j < k-1 {
			continue
		}
		if y.entity.kind == graph.Organization {
			d.orgIn(s, p, y, k)
			continue
		}
		if y.entity.kind != graph.Place {
			continue
		}
		st := d.placeAfter(s, k+1)
		if st == nil || st.entity == y.entity {
			continue
		}
		if st.entity.code != "" && y.entity.code != "" && st.entity.code != y.entity.code && st.entity.kind == graph.State {
			continue // the gazetteer knows better: "Paris in Texas" is no Paris in France, and the reverse
		}
		d.addPattern(p, s, y.entity, st.entity, graph.LocatedIn, y, st)
		if y.j == k {
			for _, x := range placesListedBefore(s, y) {
				if x.entity != st.entity && (x.entity.code == "" || st.entity.code == "" || x.entity.code == st.entity.code || st.entity.kind != graph.State) {
					d.addPattern(p, s, x.entity, st.entity, graph.LocatedIn, x, st)
				}
			}
		}
	}
}

// placesListedBefore returns the places listed with the place m before it ("Ujjain and Bhopal", "Goma,
// Bukavu and Uvira"), nearest first; none when an item of the list is no place: "Kenya and Bhopal" lists a
// state, and what lies in the place after is then unsaid.
func placesListedBefore(s *sentence, m *mention) []*mention {
	var out []*mention
	for j := m.i - 1; j >= 1; {
		if s.toks[j].lower != "and" && s.toks[j].lower != "," {
			break
		}
		if j >= 2 && s.toks[j].lower == "and" && s.toks[j-1].lower == "," {
			j-- // the serial comma: "Goma, Bukavu, and Uvira"
		}
		x := s.mentionAt(j - 1)
		if x == nil || x.j != j || x.entity == nil || x.affix != "" || x.poss {
			break
		}
		if x.entity.kind != graph.Place {
			return nil
		}
		out = append(out, x)
		j = x.i - 1
	}
	return out
}

// orgSiteWords govern the name of an organisation as a place where something happens: "fell on the
// Nairobi Securities Exchange in Nairobi", "a researcher at the Sahel Institute in Dakar", "protesters
// outside the Bank of Ghana in Accra".
var orgSiteWords = words("at|on|outside|inside|near|from")

// awayTypes are the gazetteer's kinds of organisation that work away from their seat: international and
// regional bodies, alliances and blocs, aid agencies and charities, armed groups and forces.
var awayTypes = words("intergovernmental|alliance|bloc|ngo|armed|military")

// orgIn reads an organisation, "in" and a place when the name is governed as a site (orgSiteWords) or opens
// the sentence as its subject ("The Russian mission to the EU in Brussels said"): the organisation is
// located there. After a verb, "in" is where something was done ("met the IMF in Nairobi", docs/annotation.md:
// an actor and the place where it did something is no relationship), and a state after "in" is where an
// organisation works as often as where it is based ("at the World Food Programme in Chad"), so neither
// reads. Bodies whose work takes them to many places are left out (awayTypes): "aid workers from the World
// Food Programme in Maiduguri", "talks at the United Nations in Geneva", "a statement from the Red Cross in
// Gaza" name where they work, and armed groups and forces in a place are deployed there.
func (d *reading) orgIn(s *sentence, p *pattern, y *mention, k int) {
	e := y.entity
	if e.generic || awayTypes[e.typ] || y.form == formDemonym || y.ref != "" {
		return
	}
	i := y.i - 1
	for i >= 0 && determiners[s.toks[i].lower] {
		i--
	}
	if i >= 0 && !orgSiteWords[s.toks[i].lower] {
		return
	}
	st := d.placeAfter(s, k+1)
	if st == nil || st.entity == e || st.entity.kind != graph.Place || st.poss {
		return
	}
	d.addPattern(p, s, e, st.entity, graph.LocatedIn, y, st)
}

// placeAfter returns the place or state heading the phrase at token i, past determiners, adjectives,
// directions and a possessive owner ("the western Himalayas", "Kenya's Rift Valley").
func (d *reading) placeAfter(s *sentence, i int) *mention {
	toks := s.toks
	for j := i; j < len(toks) && j < i+phraseReach; j++ {
		if m := s.mentionAt(j); m != nil {
			if m.entity == nil || m.affix != "" || m.entity.kind != graph.Place && m.entity.kind != graph.State {
				return nil
			}
			if m.poss || m.form == formDemonym {
				if next := s.mentionAt(m.j + 1); m.poss && next != nil && next.entity != nil && next.entity.kind == graph.Place {
					return next
				}
				if m.form == formDemonym || m.poss && j+2 < len(toks) {
					j = m.j - 1
					if m.poss {
						j++ // past the "'s"
					}
					if later := d.placeAfter(s, j+1); later != nil {
						return later // "India's eastern state of West Bengal", "the northern Indian state of Haryana"
					}
					if m.form == formDemonym {
						continue
					}
				}
			}
			return m
		}
		t := toks[j]
		if cityNouns[t.lower] && j+1 < len(toks) && toks[j+1].lower == "of" {
			j++ // "India's eastern state of West Bengal": the named place is the head
			continue
		}
		if !(determiners[t.lower] || t.tag == "JJ" || t.tag == "JJS" || directions[t.lower] || t.lower == "'s") {
			return nil
		}
	}
	return nil
}

// placePossessive reads "Bogotá's Teatro Colón", "Kenya's Rift Valley": a place owned by a place or
// state lies in it.
func (d *reading) placePossessive(s *sentence, p *pattern) {
	for _, m := range s.ments {
		if !m.poss || m.entity == nil || (m.entity.kind != graph.Place && m.entity.kind != graph.State) || m.j+1 >= len(s.toks) {
			continue
		}
		if n := s.mentionAt(m.j + 1); n != nil && n.entity != nil && n.entity.kind == graph.Place && n.i == m.j+1 {
			d.addPattern(p, s, n.entity, m.entity, graph.LocatedIn, n, m)
		}
	}
}

var cityNouns = words("city|town|capital|port|region|province|village|district|oblast|state|county|hub|metropolis|enclave|oasis|municipality|governorate|prefecture|island|area|territory|" +
	"suburb|neighbourhood|neighborhood|township")

// cityOf reads "Kazakhstan's largest city of Almaty" and the apposition "Almaty, the country's largest
// city,".
func (d *reading) cityOf(s *sentence, p *pattern) {
	toks := s.toks
	for k, t := range toks {
		if cityListNouns[t.lower] {
			d.citiesOf(s, p, k)
			continue
		}
		if !cityNouns[t.lower] {
			continue
		}
		if k+2 < len(toks) && toks[k+1].lower == "of" {
			if y := s.mentionAt(k + 2); y != nil && y.entity != nil && y.entity.kind == graph.Place {
				if c := d.containerBefore(s, k); c != nil {
					d.addPattern(p, s, y.entity, c.entity, graph.LocatedIn, y, c)
				}
			}
			d.namedDivisionOf(s, p, k)
		}
		// "the Armenian capital, Yerevan".
		if c := d.containerBefore(s, k); c != nil && k+2 < len(toks) && toks[k+1].text == "," {
			if y := s.mentionAt(k + 2); y != nil && y.entity != nil && y.entity.kind == graph.Place && y.i == k+2 && y.entity != c.entity {
				d.addPattern(p, s, y.entity, d.containerOf(c), graph.LocatedIn, y, c)
			}
		}
		// "Y, the country's largest city" / "Y, a port city in southern Kenya".
		if c := d.containerBefore(s, k); c != nil {
			if y := d.appositionOwner(s, c.i); y != nil && y.entity != nil && y.entity.kind == graph.Place && y.entity != d.containerOf(c) {
				d.addPattern(p, s, y.entity, d.containerOf(c), graph.LocatedIn, y, c)
			}
		} else if objs, _ := d.prepObject(s, k+1, words("in|of")); len(objs) > 0 {
			if c := d.containerOf(objs[0]); c != nil {
				if y := d.appositionOwner(s, k); y != nil && y.entity != nil && y.entity.kind == graph.Place && y.entity != c {
					d.addPattern(p, s, y.entity, c, graph.LocatedIn, y, objs[0])
				}
			}
		}
	}
}

// cityPartNouns name a part of a city: "the Nairobi suburb of Kibera" is in Nairobi.
var cityPartNouns = words("suburb|neighbourhood|neighborhood|township")

// namedDivisionOf reads "the Thongpiny district of Juba", where the division's name and its noun make one
// place (the noun at k inside the mention before "of"): it lies in the place after "of". And "the Nairobi
// suburb of Kibera", where a city's name stands before a noun of a city's part: the place after "of" lies
// in the city. ("the Caracas district of Petare" and "the Isfara district of the Sughd region" read the two
// ways round with the same words; a known name before "district" is left alone.)
func (d *reading) namedDivisionOf(s *sentence, p *pattern, k int) {
	y := s.mentionAt(k + 2)
	if y == nil || y.i != k+2 || y.entity == nil || y.entity.kind != graph.Place && y.entity.kind != graph.State {
		return
	}
	if m := s.mentionAt(k); m != nil && m.j == k+1 && m.i < k && m.rule == "name:place-head" && m.entity != nil && m.entity != y.entity {
		d.addPattern(p, s, m.entity, y.entity, graph.LocatedIn, m, y)
		return
	}
	if c := s.mentionAt(k - 1); cityPartNouns[s.toks[k].lower] && c != nil && c.j == k && c.gz != nil && c.form != formDemonym && !c.poss &&
		c.entity != nil && c.entity.kind == graph.Place && y.entity.kind == graph.Place && y.entity != c.entity {
		d.addPattern(p, s, y.entity, c.entity, graph.LocatedIn, y, c)
	}
}

// citiesOf reads a plural place noun at k with its owner before it and its list after it: "the Azerbaijani
// districts of Kalbajar, Aghdam and Lachin", "Kenya's coastal towns of Lamu and Malindi": each is located
// in the owner.
func (d *reading) citiesOf(s *sentence, p *pattern, k int) {
	if k+2 >= len(s.toks) || s.toks[k+1].lower != "of" {
		return
	}
	y := s.mentionAt(k + 2)
	if y == nil || y.i != k+2 || y.entity == nil || y.entity.kind != graph.Place {
		return
	}
	c := d.containerBefore(s, k)
	if c == nil {
		return
	}
	for _, x := range coordinatedRight(s, y) {
		if x.entity != nil && x.entity.kind == graph.Place && x.entity != c.entity {
			d.addPattern(p, s, x.entity, c.entity, graph.LocatedIn, x, c)
		}
	}
}

// containerBefore returns the state or place owning the noun at k: "Kazakhstan's", "the Kazakh", "the
// country's".
func (d *reading) containerBefore(s *sentence, k int) *mention {
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		if m := s.mentionAt(i); m != nil {
			if m.poss || m.form == formDemonym || m.ref == "country" || m.ref == "its" {
				if c := d.containerOf(m); c != nil {
					return m
				}
			}
			return nil
		}
		if t := s.toks[i]; !(t.tag == "JJ" || t.tag == "JJS" || t.tag == "RB" || t.lower == "'s" || t.lower == "the" || t.tag == "NN") {
			return nil
		}
	}
	return nil
}

// containerOf returns the state or place a mention names as a container, resolving "the country".
func (d *reading) containerOf(m *mention) *entity {
	if m.entity == nil && m.ref != "" {
		d.resolveRef(m)
	}
	if m.entity == nil || (m.entity.kind != graph.State && m.entity.kind != graph.Place) {
		return nil
	}
	return m.entity
}

// headquartersIn reads "the alliance's headquarters in Brussels", "the headquarters of OPEC in Vienna",
// "said from its headquarters in Arusha".
func (d *reading) headquartersIn(s *sentence, p *pattern) {
	toks := s.toks
	for k, t := range toks {
		if t.lower != "headquarters" && t.lower != "seat" && t.lower != "offices" && t.lower != "office" {
			continue
		}
		var owner *mention
		if k >= 2 && (toks[k-1].lower == "'s" || toks[k-1].lower == "'") {
			owner = s.mentionAt(k - 2)
		} else if k >= 1 && (toks[k-1].lower == "its" || toks[k-1].lower == "their") && t.lower == "headquarters" {
			owner = s.mentionAt(k - 1) // "said from its headquarters in Arusha": the pronoun, resolved as any "its"
		} else if k+2 < len(toks) && toks[k+1].lower == "of" {
			at := k + 2
			if toks[at].lower == "the" && at+1 < len(toks) {
				at++ // "at the headquarters of the African Union in Addis Ababa"
			}
			owner = s.mentionAt(at)
		}
		if owner == nil || d.actorOf(owner, false) == nil {
			continue
		}
		if objs, _ := d.prepObject(s, k+1, words("in")); len(objs) > 0 {
			if c := d.containerOf(objs[0]); c != nil {
				d.addPattern(p, s, d.actorOf(owner, false), c, graph.LocatedIn, owner, objs[0])
			}
		}
	}
}

// runsThrough reads "the pipeline, which runs from Russia through Belarus and Poland to Germany".
func (d *reading) runsThrough(s *sentence, p *pattern) {
	toks := s.toks
	for k := 1; k+1 < len(toks); k++ {
		if !words("runs|run|passes|crosses|stretches|flows|links|connects")[toks[k].lower] {
			continue
		}
		var subj *mention
		if m := s.mentionAt(k - 1); m != nil && m.ref == "which" {
			subj = m
		} else if sub := d.subjects(s, k); len(sub) > 0 {
			subj = sub[0]
		}
		if subj == nil || subj.entity == nil || subj.entity.kind != graph.Place {
			continue
		}
		for i := k + 1; i < len(toks) && i <= k+14; i++ {
			if m := s.mentionAt(i); m != nil && m.entity != nil && (m.entity.kind == graph.State || m.entity.kind == graph.Place) && m.entity != subj.entity {
				d.addPattern(p, s, subj.entity, m.entity, graph.LocatedIn, subj, m)
				i = m.j - 1
			} else if toks[i].text == ";" || toks[i].text == "." {
				break
			}
		}
	}
}

// placeNamedAfter reads what a place's own name says: "West Kazakhstan" is in Kazakhstan.
func (d *reading) placeNamedAfter(s *sentence, p *pattern) {
	for _, m := range s.ments {
		e := m.entity
		if e == nil || e.kind != graph.Place || e.code == "" || m.special != "" || m.affix != "" {
			continue
		}
		if st := d.stateEntity(e.code); st != nil && st != e && namesState(e.name, st) {
			d.addPattern(p, s, e, st, graph.LocatedIn, m, m)
		}
	}
}

// gazetteerPairs adds what the gazetteer knows and a sentence shows together: a city named with its state,
// a government body named with its state.
func (d *reading) gazetteerPairs(s *sentence, p *pattern) {
	for _, a := range s.ments {
		if a.entity == nil || a.entity.code == "" || a.gz == nil || a.affix != "" || a.entity.typ == "capital" && !a.acting {
			continue
		}
		if a.entity.kind != graph.Place && !(a.entity.kind == graph.Organization && a.entity.typ == "government") {
			continue
		}
		if d.placedInPlace(s, a.entity) {
			continue // "Saqqez, in Iran's Kurdistan province" is in Kurdistan, and Kurdistan in Iran
		}
		for _, b := range s.ments {
			if b.entity == nil || b.entity.kind != graph.State || b.entity.code != a.entity.code || b.affix != "" || b == a {
				continue
			}
			t := graph.LocatedIn
			if a.entity.kind == graph.Organization {
				t = graph.PartOf
			}
			d.addPattern(p, s, a.entity, b.entity, t, a, b)
			break
		}
	}
}

// placedInPlace reports whether a rule before the gazetteer's has put e in another place in this
// sentence: what the sentence states of where e is, which a state named in it only contains.
func (d *reading) placedInPlace(s *sentence, e *entity) bool {
	for _, r := range d.rels {
		if r.sentence == s && r.from == e && r.typ == graph.LocatedIn && r.to.kind == graph.Place {
			return true
		}
	}
	return false
}

var appointVerbs = verbSet("appoint|name|nominate|install|pick|tap|choose|elect|swear in|designate|confirm|promote|reappoint")

// appointed reads "The junta has named Ali Lamine Zeine, a former finance minister, as prime minister":
// whoever a state or organisation appoints to a post serves it.
func (d *reading) appointed(s *sentence, p *pattern) {
	toks := s.toks
	for k := 1; k+3 < len(toks); k++ {
		if !appointVerbs[toks[k].lower] || copulas[toks[k-1].lower] || toks[k-1].lower == "been" {
			continue
		}
		pm := s.mentionAt(k + 1)
		if pm == nil || pm.entity == nil || pm.entity.kind != graph.Person {
			continue
		}
		title, rel := titleAfterAs(s, pm.j)
		if title == "" {
			continue
		}
		for _, a := range d.subjects(s, k) {
			if e := d.actorOf(a, true); e != nil && (e.kind == graph.State || e.kind == graph.Organization) {
				if e.kind == graph.Organization && e.typ == "government" && e.code != "" {
					if st := d.stateEntity(e.code); st != nil && rel != graph.Leads {
						e = st // "Ukraine's parliament appointed X as defence minister"
					}
				}
				d.addReportedAct(p, s, predicateAt{k: k, subj: a.i, agent: e}, pm.entity, e, rel, pm, a)
			}
		}
	}
}

// titleAfterAs returns the title after "as", past an apposition: "X, a former minister, as prime
// minister".
func titleAfterAs(s *sentence, from int) (string, graph.RelType) {
	toks := s.toks
	for i := from; i < len(toks) && i <= from+10; i++ {
		if toks[i].lower == "as" || toks[i].lower == "to" && i+1 < len(toks) && (toks[i+1].lower == "be" || toks[i+1].lower == "the") {
			t := i + 1
			for t < len(toks) && (determiners[toks[t].lower] || roleAdjectives[toks[t].lower] || toks[t].lower == "be") {
				t++
			}
			if t < len(toks) {
				if title, rel, n := titleAt(s, t); n > 0 {
					return title, rel
				}
			}
			return "", ""
		}
		if toks[i].lower == ";" || toks[i].lower == "." || strings.HasPrefix(toks[i].tag, "VB") {
			return "", ""
		}
	}
	return "", ""
}

var designateVerbs = verbSet("list|designate|consider|regard|brand|label|classify|call|deem|view|treat|declare")

// designatesTerrorist reads "X lists Y as a terrorist group" and "Y, which X considers a terrorist
// organization": designating someone a terrorist is opposing them.
func (d *reading) designatesTerrorist(s *sentence, p *pattern) {
	toks := s.toks
	for k := 1; k+2 < len(toks); k++ {
		if !designateVerbs[toks[k].lower] || !terroristAfter(s, k) {
			continue
		}
		subj := d.subjects(s, k)
		if len(subj) == 0 {
			continue
		}
		objs := d.directObject(s, k+1)
		if w := s.mentionAt(subj[0].i - 1); len(objs) == 0 && w != nil && w.ref == "which" {
			objs = []*mention{w}
		}
		for _, a := range subj {
			for _, b := range objs {
				from := d.actorOf(a, true)
				d.addReportedAct(p, s, predicateAt{k: k, subj: a.i, agent: from}, from, d.actorOf(b, false), graph.Opposes, a, b)
			}
		}
	}
}

func terroristAfter(s *sentence, k int) bool {
	for i := k + 1; i+1 < len(s.toks) && i <= k+12; i++ {
		if t := s.toks[i].lower; t == "terrorist" || t == "terror" || t == "extremist" {
			return words("group|groups|organisation|organization|organisations|organizations|entity|entities|movement")[s.toks[i+1].lower]
		}
		if s.toks[i].lower == ";" || s.toks[i].lower == "." {
			return false
		}
	}
	return false
}

var arriveVerbs = verbSet("arrive|land|enter|cross into|pour into|roll into|move into|reach|deploy")

// troopsArrived reads forces arriving: "Russian troops arrived in Kazakhstan", "troops from Rwanda landed
// in Cabo Delgado".
func (d *reading) troopsArrived(s *sentence, p *pattern) {
	forces := nounSet(forceWords)
	toks := s.toks
	for k := 1; k < len(toks); k++ {
		if !arriveVerbs[toks[k].lower] || d.negatedAt(s, k) {
			continue
		}
		at, n := needBefore(s, k, forces)
		if at < 0 {
			continue
		}
		sender := d.ownerOf(s, at, n)
		if sender == nil && at+2 < len(toks) && toks[at+1].lower == "from" {
			sender = d.nounPhraseActor(s, at+2)
		}
		if sender == nil || sender.entity == nil || sender.entity.kind == graph.Place || firmLike(sender.entity) {
			continue // "an Air China plane landed in Shenzhen": a business's planes are no forces
		}
		objs, _ := d.prepObject(s, k+1, words("in|at|to|into"))
		if len(objs) == 0 && (toks[k].lower == "entered" || toks[k].lower == "reached") {
			objs = d.directObject(s, k+1)
		}
		subj := min(at, sender.i)
		for _, o := range objs {
			if to := d.actorOf(o, false); to != nil {
				d.addReported(p, s, d.liftToState(sender.entity), to, graph.DeployedForcesTo, sender, o, k, subj)
			}
		}
		if len(objs) == 0 {
			// "troops from a Russia-led alliance arrived": where the sentence says, or the article is.
			if to := d.recentState(s, at, nil); to != nil {
				d.addReported(p, s, d.liftToState(sender.entity), to, graph.DeployedForcesTo, sender, sender, k, subj)
			}
		}
	}
}
