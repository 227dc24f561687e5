package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// How far the argument finders look, in tokens: a predicate's arguments sit close to it in news prose, and
// fixed bounds keep the work per sentence linear.
const (
	needReach   = 7  // from a verb to its need noun: "sent about 2,000 Russian peacekeepers"
	prepReach   = 8  // from a verb or noun to the preposition that introduces its object
	phraseReach = 6  // from a preposition to its object: "on the Central African Republic"
	ownerReach  = 4  // from a need noun back to its owner: "23 Russian diplomats"
	afterReach  = 6  // from an object to the word that completes the predicate: "asked X for help"
	byReach     = 10 // from a passive verb to its agent: "was sanctioned on Friday by the EU"
)

// lightVerbs take a noun predicate as their object and lend it their subject: "the EU announced sanctions on
// Iran", "China voiced support for Kazakhstan"; so do copulas: "Belarus is an ally of Russia".
var lightVerbs = set{}

func init() {
	for _, v := range list("announce|impose|adopt|approve|unveil|expand|extend|introduce|tighten|offer|pledge|give|provide|" +
		"voice|express|declare|reaffirm|show|launch|carry out|conduct|mount|stage|begin|start|continue|step up|hold|have|" +
		"make|sign|conclude|reach|seal|strike|renew|lodge|file|bring|level|issue|send|deliver|pay|receive|maintain|" +
		"keep|deepen|strengthen|build|forge|share|seek|request|lead|order|complete|finalise|finalize|agree|pursue|plan|" +
		"propose|host|attend|join|be|become|remain|stay|seem|appear|call|act|serve|emerge|stand|come|rally|speak|throw|" +
		"open|initiate|unleash|wage|intensify|escalate|resume|raise|register|air") {
		for _, f := range verbForms(v) {
			lightVerbs[f] = true
		}
	}
	for _, w := range list("is|are|was|were|been|being|'s|am|will|would|has|had") {
		lightVerbs[w] = true
	}
}

// attendVerbs lend a gathering noun the actors that were there, who did not thereby meet one another:
// "Leaders from Kenya, Peru and Fiji attended the summit" relates none of the three (docs/extraction.md,
// "Wrong relationships on fresh news, third round").
var attendVerbs = set{}

func init() {
	for _, v := range list("attend") {
		for _, f := range verbForms(v) {
			attendVerbs[f] = true
		}
	}
}

// pronouns before which "'s" is "is" rather than a possessive: "it's an ally".
var pronouns = words("it|he|she|that|there|who|what|this")

// clauseStops end the search for an argument: what lies beyond belongs to another clause.
var clauseStops = words(";|:|--|—|that|which|who|whom|whose|while|whereas|but|because|although|though|" +
	"unless|if|so|said|says|say|told|tells|according|after|before|when|since|until|as")

// subjects returns the subject of the predicate at token k: the nearest actor to its left that no
// preposition governs and no verb takes as its object, skipping asides between commas and past a
// reported-speech verb only when the verb's own subject is the actor ("Gazprom said it had halted"), with
// the actors coordinated with it ("Mali and Burkina Faso").
func (d *reading) subjects(s *sentence, k int) []*mention {
	return d.subjectsOf(s, k, false)
}

// placeSubjects is subjects for a predicate whose subject may be a place: "Shusha sits on a hilltop in
// Nagorno-Karabakh".
func (d *reading) placeSubjects(s *sentence, k int) []*mention {
	return d.subjectsOf(s, k, true)
}

func (d *reading) subjectsOf(s *sentence, k int, places bool) []*mention {
	toks := s.toks
	if owner := d.deciderOf(s, k); owner != nil {
		return []*mention{owner} // "Japan's decision to sanction Russia": Japan sanctions
	}
	// "Iran, which she said backed Hamas": a reporting verb right before is a parenthesis; its speaker is
	// not the subject.
	skipSpeaker := k >= 2 && reportingVerbs[toks[k-1].lower]
	var shared []*mention // "Russian troops, alongside Kazakh forces, took": they share the verb
	for i := k - 1; i >= 0 && i >= k-subjectReach; i-- {
		if m := s.mentionAt(i); m != nil {
			i = m.i
			if skipSpeaker && m.j == k-1 {
				skipSpeaker = false
				continue
			}
			if ledGroup(s, m) && d.actorOf(m, true) != nil {
				// "A delegation led by Sergei Lavrov met Wang Yi": the leader acts for the group.
				list := coordinatedLeft(d, s, m)
				if s.subjectReaches(list[len(list)-1], k) {
					return append(list, sameSideAs(shared, list[0])...)
				}
				return nil
			}
			if d.subjectCandidate(s, m) || places && m.entity != nil && m.entity.kind == graph.Place && !governed(m) && !isObject(s, m) {
				list := coordinatedLeft(d, s, m)
				if governed(list[0]) && !loyalForces(s, list[0]) && !represented(s, list[0]) {
					i = list[0].i // "talks between Israel and Hamas were led by": no subject here
					continue
				}
				if !s.subjectReaches(list[len(list)-1], k) {
					return nil // "Egypt condemned the attack, which Israel said targeted Hamas": not Egypt
				}
				return append(list, sameSideAs(shared, list[0])...)
			}
			if (m.ref == "he" || m.ref == "it" || m.ref == "which" && unknownAntecedent(s, m)) && m.prep == "" && !isObject(s, m) {
				// "..., and it has criticised": the pronoun is the subject, though unresolved; so is
				// "Zelensky, who urged" with its antecedent no actor the extractor knows.
				return nil
			}
			continue
		}
		if subjectSearchEnds(s, i, k) {
			return nil
		}
		if relativeSubject(s, i, k) {
			if h := namedBeforeHead(s, i-1); h != nil && d.actorOf(h, true) != nil {
				return []*mention{h} // "the M23 rebel group that seized Goma"
			}
			return nil
		}
		if toks[i].lower == "," {
			if open := placeAsideOpen(s, i); open >= 0 {
				i = open // "Nord Stream 2 AG, based in Zug, Switzerland, is owned by": the places are the aside's
				continue
			}
			if list, members, open := d.asideBefore(s, i); open >= 0 && len(list) > 0 {
				if !members {
					shared, i = append(shared, list...), open
					continue
				}
				if ms := d.membersSubject(s, open, list); len(ms) > 0 {
					return ms // "Several countries, including Kenya and Uganda, have sent troops"
				}
				i = open
				continue
			}
			if j := openingComma(s, i); j >= 0 {
				i = j
			}
		}
	}
	return nil
}

// seatParticiples open an aside that says where the actor before it is: "X, based in Zug, Switzerland,",
// "Y, headquartered in Lagos,", "Z, listed in Shenzhen,".
var seatParticiples = words("based|headquartered|located|listed|registered|incorporated")

// placeAsideOpen returns the comma that opens an aside of seat ending at the comma i (a participle of
// seatParticiples, "in" and only places, with the commas of "City, Country" between), or -1: its places are
// no subject of the verb after it.
func placeAsideOpen(s *sentence, i int) int {
	toks := s.toks
	for j := i - 1; j >= 1 && j >= i-asideReach; j-- {
		if m := s.mentionAt(j); m != nil {
			if m.entity == nil || m.entity.kind != graph.Place && m.entity.kind != graph.State {
				return -1
			}
			j = m.i
			continue
		}
		switch t := toks[j]; {
		case seatParticiples[t.lower]:
			if toks[j-1].lower == "," && j+1 < i && toks[j+1].lower == "in" {
				return j - 1
			}
			return -1
		case t.lower == "," || t.lower == "in" || determiners[t.lower] || directions[t.lower] || t.tag == "JJ":
		default:
			return -1
		}
	}
	return -1
}

// decisionNouns name an act decided and done, whose infinitive's subject is their owner: "Japan's
// decision to sanction Russia". Plans, pledges, bids and refusals are left out: what they name is not done
// (attribution reads "plan to" as an aspiration).
var decisionNouns = words("decision|decisions|choice|order|orders")

// deciderOf returns the owner of a decision noun right before "to" and the verb at k ("Canada's decision
// to expel", "the Japanese decision to sanction"), or nil.
func (d *reading) deciderOf(s *sentence, k int) *mention {
	if k < 3 || s.toks[k-1].lower != "to" || !decisionNouns[s.toks[k-2].lower] {
		return nil
	}
	if owner := d.possessorBefore(s, k-2); owner != nil && owner.entity != nil && owner.ref == "" {
		return owner
	}
	return nil
}

// objectOfInfinitive reports whether m is the object of an infinitive ("to recognise Kosovo"): no subject
// of a verb after it, which has the whole phrase for its subject ("Brazil's decision to recognise Kosovo
// angered Serbia").
func objectOfInfinitive(s *sentence, m *mention) bool {
	for k := m.i - 1; k >= 1 && k >= m.i-4; k-- {
		t := s.toks[k]
		if determiners[t.lower] || t.tag == "JJ" || t.tag == "CD" {
			continue
		}
		return t.tag == "VB" && s.toks[k-1].lower == "to"
	}
	return false
}

// ledNouns are the bodies of people a leader acts for: "a delegation led by X", "a team headed by X".
var ledNouns = words("delegation|delegations|team|mission|contingent|party|group|panel|committee|commission|convoy")

// ledGroup reports whether m is the leader after "led by", "headed by" or "chaired by" of a group noun:
// "a (Chinese) delegation led by Wang Yi".
func ledGroup(s *sentence, m *mention) bool {
	if m.prep != "by" || m.i < 3 || s.toks[m.i-1].lower != "by" {
		return false
	}
	switch s.toks[m.i-2].lower {
	case "led", "headed", "chaired", "co-led":
	default:
		return false
	}
	return ledNouns[s.toks[m.i-3].lower]
}

// subjectSearchEnds reports whether the word at i, looking left from a predicate at k, ends the search
// for its subject.
func subjectSearchEnds(s *sentence, i, k int) bool {
	toks := s.toks
	switch t := toks[i].lower; {
	case t == ")" && i >= 2 && toks[i-2].lower == "(" && s.mentionAt(i-1) != nil:
		return false // "the Collective Security Treaty Organization (CSTO) dispatched": the acronym is the name's
	case t == ";" || t == ":" || t == "--" || t == "—" || t == "(" || t == ")":
		return true
	case t == "\"" && i == k-1 && !(i > 0 && copulas[toks[i-1].lower] && toks[i-1].lower != "," && toks[i-1].lower != "("):
		return true // a quotation opens right before: its speaker is elsewhere (but "X was "disappointed by" Y")
	case t == "that" && i > 0 && (reportingVerbs[toks[i-1].lower] || toks[i-1].lower == ","):
		return true // "X said that ...": the subject is inside the reported clause, or absent
	case reportingVerbs[t] && i < k-1 && toks[i].tag != "VBN" && !hearsay(s, i) && toks[i+1].lower != "to":
		// "Sunak said the invasion of Ukraine": the speaker is not the subject of what follows. But "Russia is
		// said to have sent" is a hedge, a passive the tagger reads as a past tense: the subject is Russia;
		// and "vowed to retaliate", "pledged to send" govern an infinitive whose subject is their own.
		return true
	}
	return false
}

// governed reports whether a preposition governs m: "between Israel and Hamas", "in Kenya".
func governed(m *mention) bool {
	switch m.prep {
	case "", "after", "before", "since", "like", "unlike":
		return false
	}
	return true
}

// subjectCandidate reports whether m can be the subject of a verb to its right: an actor, not governed by a
// preposition (but "after", "since" open clauses), not the object of a verb, not a possessor whose noun is
// the real head ("Russia's troops" is the subject through its noun, handled by actorOf).
func (d *reading) subjectCandidate(s *sentence, m *mention) bool {
	if loyalForces(s, m) || represented(s, m) {
		return d.actorOf(m, true) != nil // "forces loyal to Khalifa Haftar attacked": they act for him
	}
	switch m.prep {
	case "", "after", "before", "since", "like", "unlike":
	case "with":
		return false
	default:
		return false
	}
	if isObject(s, m) {
		return false
	}
	return d.actorOf(m, true) != nil
}

// directObject returns the object right after the predicate ending at token end: the first actor after
// determiners, adjectives, numbers and titles, with those coordinated with it. A preposition, a verb or a
// clause boundary first means there is none.
func (d *reading) directObject(s *sentence, end int) []*mention {
	toks := s.toks
	for i := end; i < len(toks) && i < end+phraseReach; i++ {
		if m := s.mentionAt(i); m != nil {
			if possessivePronoun(m) && i+1 < len(toks) && i+1 < end+phraseReach {
				continue // "met his Turkish counterpart Hakan Fidan": the pronoun qualifies the object
			}
			if titleQualifies(s, m) {
				i = m.j - 1
				continue // "met EUFOR commander X": the body qualifies the title of the one met
			}
			if m.poss {
				if renamed := d.renamedObject(s, m.j+1, end); renamed != nil {
					return renamed // "controls Sri Lanka's second port, Trincomalee": the port, not its state
				}
			}
			if d.actorOf(m, false) != nil {
				return coordinatedRight(s, m)
			}
			if m.form == formDemonym || m.affix != "" {
				i = m.j - 1
				continue // "sanctioned two Russian banks": the demonym may still lead to its noun
			}
			return nil
		}
		t := toks[i]
		if t.lower == "that" || t.lower == "which" {
			return nil
		}
		if titleOwnerAt(s, i+1) != nil {
			if renamed := d.renamedObject(s, i+1, end); renamed != nil {
				return renamed // "met the foreign minister of Iran, Abbas Araghchi": the minister
			}
		}
		if ofNouns[t.lower] && i+1 < len(toks) && toks[i+1].lower == "of" {
			// "hosted the foreign ministers of Syria", "backed the efforts of ECOWAS": the actor after "of".
			if m := d.nounPhraseActor(s, i+2); m != nil {
				return coordinatedRight(s, m)
			}
			return nil
		}
		if determiners[t.lower] || t.tag == "JJ" || t.tag == "JJS" || t.tag == "CD" || t.tag == "RB" || t.lower == "'s" ||
			titleWords[t.lower] || honorificTitles[t.lower] || roleAdjectives[t.lower] || t.lower == "-" {
			continue
		}
		if pluralMembers[t.lower] {
			return d.listedMembers(s, i) // "suspended three members: Mali, Guinea and Burkina Faso"
		}
		if n := descriptorEnd(s, i); n > 0 {
			i = n - 1
			continue // "chairs the regional bloc IGAD": the name the descriptor describes
		}
		return d.renamedObject(s, i, end) // "ousted the elected president, Mohamed Bazoum"
	}
	return nil
}

// renamedObject returns the actor set off by a comma that renames the noun phrase whose rest starts at
// token from (the phrase began at end): "ousted the elected president, Mohamed Bazoum", "heads the ruling
// junta, the National Council", "controls Sri Lanka's second port, Trincomalee", with those coordinated with
// it. A title must be renamed by a person. Nil when the phrase ends otherwise, or when what follows the comma
// opens a clause of its own ("condemned the attack, Kenya said") or is a possessor ("the deal, Kenya's
// largest").
func (d *reading) renamedObject(s *sentence, from, end int) []*mention {
	toks := s.toks
	comma, h := -1, -1
	for i := from; i < len(toks) && i < end+phraseReach; i++ {
		t := toks[i]
		if t.lower == "," {
			comma, h = i, i-1
			break
		}
		if owner := titleOwnerAt(s, i); owner != nil {
			comma, h = owner.j, i-1 // "backed the governor of Kasai, Johnson Opio": the governor is renamed
			break
		}
		if s.at[i] >= 0 || !renamedPhraseWord(t) {
			return nil
		}
	}
	if comma <= end || comma+1 >= len(toks) || h < end {
		return nil
	}
	head := toks[h]
	if !renamedHead(head) {
		return nil
	}
	at := comma + 1
	if toks[at].lower == "the" {
		at++
	}
	m := s.mentionAt(at)
	if m == nil || m.i != at || m.poss || m.form == formDemonym || m.affix != "" || m.ref != "" || d.actorOf(m, false) == nil {
		return nil
	}
	if _, title := titles[head.lower]; (title || roleNouns[head.lower]) && m.kindOf() != graph.Person {
		return nil
	}
	list := coordinatedRight(s, m)
	if !appositionCloses(s, list[len(list)-1].j) {
		return nil
	}
	return list
}

// titleOwnerAt returns the owner after "of" at token i when a one-word title stands right before it and a
// comma right after the owner: "the governor of Kasai," (the name after the comma renames the title).
func titleOwnerAt(s *sentence, i int) *mention {
	if i >= len(s.toks) || s.toks[i].lower != "of" || i == 0 {
		return nil
	}
	if _, title := titles[s.toks[i-1].lower]; !title {
		return nil
	}
	at := i + 1
	if at < len(s.toks) && s.toks[at].lower == "the" {
		at++
	}
	m := s.mentionAt(at)
	if m == nil || m.i != at || m.poss || m.j >= len(s.toks) || s.toks[m.j].lower != "," {
		return nil
	}
	return m
}

// roleNouns are heads of a noun phrase that only a person renames, besides the one-word titles: "its
// founder, X", "his successor, X".
var roleNouns = words("leaders|boss|rival|predecessor|successor|opponent|critic|son|daughter|brother|sister|wife|husband")

// renamedPhraseWord reports whether a word may stand inside a noun phrase before the comma of its
// apposition: determiners, adjectives, numbers, participles, common nouns, titles, an unknown possessor
// ("Jubaland's leader").
func renamedPhraseWord(t tok) bool {
	switch t.tag {
	case "DT", "JJ", "JJS", "JJR", "CD", "VBN", "NN", "NNS", "POS", "PRP$", "NNP":
		return !clauseStops[t.lower] && !prepositions[t.lower]
	}
	return titleWords[t.lower] || roleAdjectives[t.lower]
}

// renamedHead reports whether the word before an apposition's comma can head a noun phrase it renames.
func renamedHead(t tok) bool {
	return (t.tag == "NN" || t.tag == "NNS" || titleWords[t.lower]) && !clauseStops[t.lower] && !prepositions[t.lower]
}

// appositionCloses reports whether an apposition may end at token j: the sentence, a comma, a parenthesis
// or a dash ends there, or a preposition follows; a verb after it makes the name a clause's subject.
func appositionCloses(s *sentence, j int) bool {
	if j >= len(s.toks) {
		return true
	}
	switch t := s.toks[j]; {
	case t.lower == "," || t.lower == "." || t.lower == ";" || t.lower == "(" || t.lower == "--" || t.lower == "—":
		return true
	case t.tag == "IN" && t.lower != "that":
		return true
	}
	return false
}

// membersNamed returns the actors a list names as the members of the plural noun phrase that starts at
// token i, past determiners, numbers and adjectives: "three countries: A, B and C", "several Gulf states,
// including A and B", "its neighbours, such as A".
func (d *reading) membersNamed(s *sentence, i int) []*mention {
	for j := i; j < len(s.toks) && j < i+phraseReach; j++ {
		t := s.toks[j]
		switch {
		case pluralMembers[t.lower]:
			return d.listedMembers(s, j)
		case s.at[j] >= 0 && !possessivePronoun(s.mentionAt(j)) && s.mentionAt(j).form != formDemonym && t.tag != "NNP":
			return nil
		case determiners[t.lower] || t.tag == "JJ" || t.tag == "CD" || t.tag == "NNP" || t.tag == "PRP$":
		default:
			return nil
		}
	}
	return nil
}

// listedMembers returns the actors listed right after the plural noun at token j, after a colon or an
// opener of members ("countries: A and B", "states, including A and B").
func (d *reading) listedMembers(s *sentence, j int) []*mention {
	if j+1 >= len(s.toks) {
		return nil
	}
	switch s.toks[j+1].lower {
	case ":":
		return d.listAfter(s, j+2)
	case ",":
		if from := openerAt(s, j+2, memberOpeners); from >= 0 {
			return d.listAfter(s, from)
		}
	}
	return nil
}

// possessivePronoun reports whether m is "his", "her", "its" or "their", which qualify a noun after them.
func possessivePronoun(m *mention) bool {
	return m.ref == "his" || m.ref == "its" || m.ref == "her" || m.ref == "their"
}

// ofNouns stand for the actor named after "of" when they are a verb's object: people acting for it, and
// what it does.
var ofNouns = words("ministers|minister|leaders|leader|delegation|delegations|representatives|representative|officials|" +
	"president|head|heads|envoys|envoy|chief|chiefs|efforts|effort|decision|plan|proposal|bid|call|position|role|move|" +
	"policy|policies|offer|request|demands|demand|statement|actions|conduct|leadership|authorities|forces|troops|army")

// prepObject returns the object after one of the prepositions, looking at most prepReach tokens past from
// for the preposition and phraseReach past it for the object; a clause boundary ends the search.
func (d *reading) prepObject(s *sentence, from int, preps set) ([]*mention, int) {
	toks := s.toks
	passed := "" // a preposition whose noun phrase named no actor
	for i := from; i < len(toks) && i < from+prepReach; i++ {
		if m := s.mentionAt(i); m != nil && m.ref == "" {
			i = m.j - 1
			continue
		}
		t := toks[i].lower
		if preps[t] && t != "between" && i > from && prepNouns[toks[i-1].lower] {
			return nil, -1 // "visited troops near the border with India": the noun's "with", not the verb's
		}
		if t == passed && (strings.HasPrefix(toks[i-1].tag, "NN") || toks[i-1].tag == "RB" && strings.HasPrefix(toks[i-2].tag, "NN")) {
			// "a 40% stake in the Salar del Hombre Muerto project in Argentina's Catamarca province": the
			// same preposition again after a noun phrase of no actor belongs to that phrase (Rio Tinto had
			// OWNS_STAKE_IN Catamarca; "holds stakes in terminals elsewhere in Europe", a development
			// sentence, had COSCO OWNS_STAKE_IN Europe); "a stake of 20% in Safaricom" changes preposition
			// and reads on.
			return nil, -1
		}
		if preps[t] {
			if ms := d.membersNamed(s, i+1); len(ms) > 0 {
				return ms, i // "sanctions on three countries: Lithuania, Latvia and Estonia", "aid to its neighbours, such as"
			}
			if obj := d.nounPhraseActor(s, i+1); obj != nil {
				return coordinatedRight(s, obj), i
			}
			passed = t
			continue
		}
		if clauseStops[t] || t == "." || t == "," && i > from+1 {
			return nil, -1
		}
	}
	return nil, -1
}

// prepNouns take a preposition of their own, so an actor after it belongs to the noun, not to a verb
// before it: "the border with India", "relations with China", "a war against Russia".
var prepNouns = words("border|borders|frontier|boundary|relations|ties|links|trade|dispute|disputes|conflict|war|" +
	"clashes|clash|tensions|rivalry|cooperation|partnership|alliance|agreement|deal|treaty|talks|negotiations|" +
	"meeting|summit|contacts|dealings|business|friendship|rapprochement|standoff|stand-off|crossing|crossings")

// nounPhraseActor returns the actor heading the noun phrase that starts at token i, past determiners,
// adjectives and numbers: "the Central African Republic", "its northern neighbour", "Russia's forces".
func (d *reading) nounPhraseActor(s *sentence, i int) *mention {
	toks := s.toks
	owned := false // past a possessive pronoun: "his Philippine counterpart"
	for j := i; j < len(toks) && j < i+phraseReach; j++ {
		if m := s.mentionAt(j); m != nil {
			if possessivePronoun(m) || owned && m.form == formDemonym {
				// "spoke by phone with his Philippine counterpart, Enrique Manalo": "his" owns the noun and
				// the adjective qualifies it; neither is the phrase's actor (the United States had CALLED
				// Marco Rubio through "his")
				owned = true
				j = m.j - 1
				continue
			}
			if m.poss {
				// "Mozambique's gas-rich Cabo Delgado", "Ukraine's president": the head, when it is an actor.
				if head := headAfterPossessive(s, m); head != nil && d.actorOf(head, false) != nil {
					return head
				}
			}
			if d.actorOf(m, false) != nil {
				return m
			}
			j = m.j - 1
			continue
		}
		t := toks[j]
		if determiners[t.lower] || t.tag == "JJ" || t.tag == "JJS" || t.tag == "CD" || t.tag == "RB" || t.lower == "'s" ||
			titleWords[t.lower] || honorificTitles[t.lower] || roleAdjectives[t.lower] || directions[t.lower] ||
			(t.tag == "NN" || t.tag == "NNS") && !clauseStops[t.lower] && !prepositions[t.lower] {
			continue // "U.S. defence contractors Lockheed Martin"
		}
		return nil
	}
	return nil
}

// headAfterPossessive returns the mention a possessor owns, over adjectives: "Mozambique's gas-rich Cabo
// Delgado" → Cabo Delgado.
func headAfterPossessive(s *sentence, m *mention) *mention {
	for j := m.j + 1; j < len(s.toks) && j < m.j+4; j++ {
		if h := s.mentionAt(j); h != nil {
			if h.i == j && h.affix == "" {
				return h
			}
			return nil
		}
		if t := s.toks[j]; t.tag != "JJ" && t.tag != "JJS" && !directions[t.lower] {
			return nil
		}
	}
	return nil
}

// needAt returns the first of the need nouns after token from, before any clause boundary, and its length
// in tokens; -1 when there is none.
func needAt(s *sentence, from int, need set) (int, int) {
	toks := s.toks
	for i := from; i < len(toks) && i < from+needReach; i++ {
		if i+1 < len(toks) && need[toks[i].lower+" "+toks[i+1].lower] {
			return i, 2
		}
		if need[toks[i].lower] && !(i+1 < len(toks) && modifiedNeed[toks[i].lower] && !need[toks[i+1].lower] && toks[i+1].tag == "NN") {
			return i, 1
		}
		if clauseStops[toks[i].lower] || toks[i].lower == "." || toks[i].lower == ";" {
			return -1, 0
		}
	}
	return -1, 0
}

// modifiedNeed are need nouns that also modify another noun, which is then what was sent: "military aid",
// "police training", "army equipment" are no forces.
var modifiedNeed = words("military|police|army|naval|navy|air|security|defence|defense")

// ownerOf returns the actor that owns the noun at token k: the demonym or possessor before it, past
// numbers and adjectives ("23 Russian diplomats", "France's ambassador"), or "of X" after it ("the
// ambassador of France"). A possessive pronoun ("its ambassador") is no owner here: it is the subject.
func (d *reading) ownerOf(s *sentence, k, n int) *mention {
	toks := s.toks
	for i := k - 1; i >= 0 && i >= k-ownerReach; i-- {
		if m := s.mentionAt(i); m != nil {
			if m.ref != "" || m.affix != "" {
				return nil
			}
			if (m.form == formDemonym || m.poss || m.j == k) && m.entity != nil {
				return m
			}
			return nil
		}
		t := toks[i]
		if t.tag == "JJ" || t.tag == "CD" || t.lower == "'s" || t.lower == "'" || t.tag == "NN" && !determiners[t.lower] {
			continue
		}
		break
	}
	if e := k + n; e+1 < len(toks) && toks[e].lower == "of" {
		return d.nounPhraseActor(s, e+1)
	}
	if e := k + n; e+1 < len(toks) && toks[e].lower == "from" {
		// "the envoys from Uganda and Tanzania", "Troops from Chad": where they come from is whom they
		// serve, when it is named and is a state ("from the country", "from Bamako" name a place left).
		if m := d.nounPhraseActor(s, e+1); m != nil && m.ref == "" && m.entity != nil && m.entity.kind == graph.State {
			return m
		}
	}
	return nil
}

// ownersOf returns the actors that own the noun at token k together: ownerOf's owner and the actors listed
// with it, states' adjectives before the noun ("Russian and Belarusian diplomats") or names after its "of"
// ("the ambassadors of Russia, Belarus and Iran"); each owns a share of what the noun names.
func (d *reading) ownersOf(s *sentence, k, n int) []*mention {
	owner := d.ownerOf(s, k, n)
	switch {
	case owner == nil:
		return nil
	case owner.i > k:
		return sameSideAs(coordinatedRight(s, owner), owner)
	case owner.form != formDemonym:
		return []*mention{owner}
	}
	list := []*mention{owner}
	for j := owner.i - 1; j >= 1 && (s.toks[j].lower == "and" || s.toks[j].lower == ","); {
		m := s.mentionAt(j - 1)
		if m == nil || m.j != j || m.form != formDemonym || m.entity == nil {
			break
		}
		list, j = append([]*mention{m}, list...), m.i-1
	}
	return list
}

// passiveAt reports whether the verb at token k is passive: a past participle after a form of "be"
// ("was sanctioned"), or one that takes an agent with "by" ("troops sent by Russia"); a prefixed
// participle the tagger takes for an adjective counts ("is majority-owned by").
func passiveAt(s *sentence, k, end int) bool {
	toks := s.toks
	t := toks[k]
	participle := t.tag == "VBN" || (t.tag == "VBD" || t.tag == "JJ" && strings.Contains(t.lower, "-")) && strings.HasSuffix(t.lower, "ed")
	if !participle {
		return false
	}
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		switch toks[i].lower {
		case "was", "were", "been", "be", "is", "are", "being", "get", "got", "gets":
			return true
		}
		if toks[i].tag != "RB" && toks[i].tag != "MD" && toks[i].lower != "not" && toks[i].lower != "also" {
			break
		}
	}
	if end < len(toks) && toks[end].lower == "by" {
		return true
	}
	if end < len(toks) && (toks[end].lower == "of" || toks[end].lower == "over") && accuseVerbs[t.lower] &&
		!(k > 0 && toks[k-1].tag == "PRP") && !relativeClauseSubject(s, k) {
		// A headline's reduced passive, "Iran accused of arming Houthis": an accusation takes an object
		// first. After a subject pronoun the verb is active, its object a relative pronoun before it
		// ("Rwanda, which it accused of backing the M23"), and so after a named subject that a relative
		// pronoun opens ("Rwanda, which Kinshasa accused of backing the M23").
		return true
	}
	// A reduced relative: "the sanctions, imposed on Friday by the EU".
	for i := end; i < len(toks) && i < end+byReach; i++ {
		if i > end && toks[i].tag == "VBN" {
			break // "shelled positions held by the rebels": the "by" is the later participle's
		}
		if toks[i].lower == "by" {
			return k > 0 && (toks[k-1].text == "," || toks[k-1].tag == "NN" || toks[k-1].tag == "NNS")
		}
		if clauseStops[toks[i].lower] || toks[i].lower == "," || toks[i].lower == "." {
			break
		}
	}
	return false
}

// relativeClauseSubject reports whether the actors right before the verb at k are the subject of a
// relative clause whose pronoun is the verb's object: "which Kinshasa accused of", "whom Riyadh and
// Washington accuse of". A list of actors ("A, B and C") counts as one subject.
func relativeClauseSubject(s *sentence, k int) bool {
	toks := s.toks
	i := k - 1
	for i >= 1 {
		m := s.mentionAt(i)
		if m == nil || m.j != i+1 || m.ref != "" {
			return false
		}
		i = m.i - 1
		if i >= 0 && (toks[i].lower == "which" || toks[i].lower == "whom") {
			return true
		}
		if i < 0 || toks[i].lower != "and" && toks[i].lower != "," {
			return false
		}
		i--
	}
	return false
}

// agent returns the actor after "by" that follows the passive verb ending at end.
func (d *reading) agent(s *sentence, end int) []*mention {
	objs, _ := d.prepObject(s, end, set{"by": true})
	return objs
}

// copulaBefore reports whether a light verb or a copula governs the noun at token k: the nearest verb
// before it, within its clause, is one ("announced sanctions", "is an ally"), and returns its position.
func copulaBefore(s *sentence, k int) (int, bool) {
	toks := s.toks
	for i := k - 1; i >= 0 && i >= k-8; i-- {
		t := toks[i]
		if s.at[i] >= 0 {
			// a broker's compound qualifies the noun and names none of its parties ("held Qatar-brokered talks")
			if m := s.mentionAt(i); m != nil && m.ref == "" && m.form != formDemonym && !m.poss && !brokerVerbs[m.affix] {
				return -1, false
			}
			continue
		}
		if strings.HasPrefix(t.tag, "VB") || t.tag == "MD" || t.lower == "'s" && i > 0 && pronouns[toks[i-1].lower] {
			if lightVerbs[t.lower] || lightVerbs[t.lower+" "+nextLower(s, i)] {
				return i, true
			}
			return -1, false
		}
		if t.lower == "as" && i > 0 && asVerbs[toks[i-1].lower] {
			return i - 1, true // "acted as a guarantor"
		}
		if clauseStops[t.lower] || t.lower == "," || t.lower == "." {
			return -1, false
		}
	}
	return -1, false
}

// asVerbs take a role after "as": "acted as a mediator", "served as an envoy".
var asVerbs = verbSet("act|serve|emerge|stand|function|work|operate")

func nextLower(s *sentence, i int) string {
	if i+1 < len(s.toks) {
		return s.toks[i+1].lower
	}
	return ""
}

// possessorBefore returns the owner written right before the noun at token k: "Russia's invasion",
// "its support", "Russian sanctions", "EU sanctions", over adjectives ("Russia's full-scale invasion").
func (d *reading) possessorBefore(s *sentence, k int) *mention {
	toks := s.toks
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		if m := s.mentionAt(i); m != nil {
			if m.affix != "" {
				return nil
			}
			if m.poss || m.ref == "its" || m.ref == "his" || m.j == i+1 && (m.form == formDemonym || m.kind == graph.State || m.kind == graph.Organization) {
				return m
			}
			return nil
		}
		t := toks[i]
		if t.lower == "'s" || t.lower == "'" || t.tag == "JJ" || t.tag == "JJS" || t.tag == "VBN" || t.tag == "CD" || t.tag == "NN" && !determiners[t.lower] && !clauseStops[t.lower] || t.lower == "-" {
			continue
		}
		return nil
	}
	return nil
}

// parenthesisReach is how many tokens a parenthesis after a name may hold and still be skipped to the
// name: an acronym, or a short alias ("China Merchants Port Holdings (CMPort), a unit of ...").
const parenthesisReach = 4

// beforeParenthesis returns the token before the comma at i, or, when a short parenthesis ends there, the
// token before the parenthesis.
func beforeParenthesis(s *sentence, i int) int {
	if i < 1 || s.toks[i-1].text != ")" {
		return i - 1
	}
	for j := i - 2; j >= 1 && j >= i-1-parenthesisReach; j-- {
		if s.toks[j].text == "(" {
			return j - 1
		}
	}
	return i - 1
}

// appositionWords is how many words an apposition's noun phrase may hold before the word at k, a name
// counting as one: "X, a Hong Kong-based unit".
const appositionWords = 5

// appositionOwner returns the actor a noun phrase is set beside: "Belarus, a close ally of Russia,".
func (d *reading) appositionOwner(s *sentence, k int) *mention {
	toks := s.toks
	reach := k - appositionWords
	for i := k - 1; i >= 1 && i >= reach; i-- {
		t := toks[i].lower
		if t == "," {
			if m := s.mentionAt(beforeParenthesis(s, i)); m != nil && (m.entity != nil || m.ref != "") {
				return m
			}
			return nil
		}
		if m := s.mentionAt(i); m != nil {
			if !m.poss && m.form != formDemonym && m.affix == "" {
				return nil
			}
			// "Jordan, Syria's southern neighbour", "X, a Hong Kong-based unit of Y": the owner or the
			// compound is part of the phrase, and counts as one word ("an Abu Dhabi-based mining investor").
			reach -= i - m.i
			i = m.i
			continue
		}
		if !(determiners[t] || t == "'s" || t == "'" || toks[i].tag == "JJ" || toks[i].tag == "JJS" || toks[i].tag == "RB" || toks[i].tag == "NN") {
			return nil
		}
	}
	return nil
}

// representativeNouns name people who act for the actors after their "of" or "from": "the leaders of Kenya
// and Uganda met", "officials from Ghana and Togo discussed".
var representativeNouns = nounSet("leader|president|premier|minister|official|delegation|delegate|envoy|representative|" +
	"negotiator|diplomat|ambassador|counterpart|spokesman|spokeswoman|spokesperson")

// representedOpeners may stand right before the noun phrase of a clause's subject.
var representedOpeners = words(",|;|\"|and|but|while|after|when|as|before|since")

// represented reports whether m, after "of" or "from", names whom the noun before it represents, and that
// noun phrase opens its clause: the representatives' act is their actors' ("The foreign ministers of Chile
// and Peru held talks"); a meeting named by its participants is a meeting between them.
func represented(s *sentence, m *mention) bool {
	if m.prep != "of" && m.prep != "from" {
		return false
	}
	toks := s.toks
	prep := phraseStart(s, m.i) - 1
	if prep < 1 || toks[prep].lower != m.prep || !representativeNouns[toks[prep-1].lower] {
		return false
	}
	i := prep - 2
	for i >= 0 && (toks[i].tag == "DT" || toks[i].tag == "JJ" || toks[i].tag == "NN" || toks[i].tag == "NNP") && s.mentionAt(i) == nil {
		i-- // "The foreign ministers", "Senior Ghanaian officials"
	}
	return i < 0 || representedOpeners[toks[i].lower]
}
