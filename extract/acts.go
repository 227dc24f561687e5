package extract

import "github.com/actorgraph/actorgraph/graph"

// News states a stance toward an actor through the actor's act: "the EU criticised the Turkish incursion
// into Syria", "Ghana questioned Chinese lending", "Brazil opposed the American tariffs", "Colombia
// welcomed the offer by Brazil to host the talks". The act's owner is the stance's object: the adjective of
// its state before the act noun, a possessive ("Ethiopia's plan"), or the actor after "by" or "from". The
// noun's own complement is not the stance's object: "backed Senegal's decision to leave the bloc" supports
// Senegal, not the bloc; "criticised the Turkish incursion into Syria" criticises Turkey, not Syria.
//
// A predicate's acts field says whether it reads acts: actsToo where its object may be an actor or an act
// ("condemned Russia", "condemned the Russian strikes"), actsOnly where it is a stance only toward an act
// ("questioned Chinese lending" criticises China; "police questioned Tendai Biti" criticises no one).

// actReading says whether a predicate's object may be the owner of an act noun.
type actReading uint8

const (
	actsNever actReading = iota // the object is an actor named as such
	actsToo                     // an actor, or when none is named, the owner of an act
	actsOnly                    // only the owner of an act: the word is a stance only toward what was done
)

// actNouns are what an actor does, decides or proposes: a stance toward one of them is a stance toward its
// owner (plural and singular forms through nounSet). Kept to acts that a state, body or person is the doer
// of; nouns of things supplied ("loan", "aid") are left out, since welcoming them is no support of the
// giver's that the gold marks as such, and so are nouns of acts done to whom they name ("arrest").
var actNouns = nounSet("incursion|invasion|annexation|occupation|offensive|counteroffensive|strike|airstrike|air strike|" +
	"raid|attack|bombing|shelling|blockade|buildup|build-up|military buildup|drill|exercise|manoeuvre|maneuver|" +
	"missile test|nuclear test|test|launch|crackdown|tariff|levy|embargo|sanction|ban|lending|financing|" +
	"investment|exploration|drilling|expansion|expansionism|militarisation|militarization|move|decision|" +
	"offer|plan|proposal|initiative|bid|policy|policies|law|bill|decree|measure|step|action|actions|" +
	"conduct|behaviour|behavior|stance|position|role|response|handling|intervention|interference|meddling|" +
	"claim|demand|request|ultimatum|threat|assurance|commitment|pledge|announcement|statement|remark|comment|" +
	"provocation|aggression|violation|timetable|roadmap|road map|reform|election|vote|referendum|takeover|" +
	"acquisition|purchase|deal|agreement")

// actReach bounds the words between a stance word and its act noun, and between an act's owner and the
// act noun it owns: "condemned the large-scale Russian military exercises" is within it.
const actReach = 6

// actModifiers may stand between an act's owner and the act noun: "India's missile test", "Turkish gas
// exploration", "the Chinese military drills" (nouns that qualify the act are read as its modifiers by the
// tag test; these are the ones the tagger reads otherwise).
var actModifiers = words("military|naval|nuclear|missile|gas|oil|trade|border|security|election|electoral|" +
	"economic|new|latest|recent|planned|proposed|unilateral|-")

// actOwnerPreps name an act's owner after it: "the offer by Brazil", "lending from China".
var actOwnerPreps = words("by|from")

// actObject returns the owner of the act that a stance word ending at end takes as its object: after the
// predicate's preposition when it has some ("criticism of the Argentine tariffs"), else right after it.
// how is argOwner for an owner before the act noun (an adjective or possessive), argAdjacent after it.
func (d *reading) actObject(s *sentence, end int, p *predicate) ([]*mention, argHow) {
	if p.preps == "" {
		return d.actOwner(s, end, p.acts)
	}
	preps := words(p.preps)
	for i := end; i < len(s.toks) && i < end+prepReach; i++ {
		t := s.toks[i].lower
		if preps[t] {
			return d.actOwner(s, i+1, p.acts)
		}
		if clauseStops[t] || t == "." || t == "," || s.at[i] >= 0 {
			break
		}
	}
	return nil, argAdjacent
}

// actOwner reads the noun phrase that starts at k as an act and returns its owner: "the Turkish
// incursion", "China's lending" (only for an actsOnly word: a possessive is any other word's object
// already), "the incursion by Azerbaijan".
func (d *reading) actOwner(s *sentence, k int, acts actReading) ([]*mention, argHow) {
	toks := s.toks
	for i := k; i < len(toks) && i < k+actReach; i++ {
		if m := s.mentionAt(i); m != nil {
			list, next := demonymList(s, m)
			if m.ref != "" || m.affix != "" || !m.poss && m.form != formDemonym || !ownsAct(s, next) {
				return nil, argAdjacent
			}
			if m.poss && acts != actsOnly {
				return nil, argAdjacent
			}
			if e := m.entity; e == nil || e.kind == graph.Place {
				return nil, argAdjacent
			}
			return list, argOwner
		}
		t := toks[i]
		if actNouns[t.lower] && (i+1 >= len(toks) || !actNouns[toks[i+1].lower]) {
			return d.actBy(s, i+1), argAdjacent
		}
		if !determiners[t.lower] && t.tag != "JJ" && t.tag != "CD" && t.tag != "RB" && !actModifiers[t.lower] {
			return nil, argAdjacent
		}
	}
	return nil, argAdjacent
}

// ownsAct reports whether the words from k on, past adjectives and the nouns that qualify an act, end in
// an act noun: "Turkish [gas exploration]", "India's [missile test]".
func ownsAct(s *sentence, k int) bool {
	for n := k; n < len(s.toks) && n < k+actReach; n++ {
		t := s.toks[n]
		if s.at[n] >= 0 {
			return false
		}
		if actNouns[t.lower] && (n+1 >= len(s.toks) || !actNouns[s.toks[n+1].lower]) {
			return true
		}
		if t.tag != "JJ" && t.tag != "NN" && t.tag != "NNS" && t.tag != "VBG" && t.tag != "VBN" && !actModifiers[t.lower] {
			return false
		}
	}
	return false
}

// demonymList returns the adjectives of states coordinated from m, which own one act together ("the
// Russian and Belarusian exercises"), and the token after them; a possessive or a name is m alone, with
// the token after its possessive ending.
func demonymList(s *sentence, m *mention) ([]*mention, int) {
	if m.form != formDemonym {
		return []*mention{m}, afterPossessive(s, m)
	}
	list, j := []*mention{m}, m.j
	for j+1 < len(s.toks) && (s.toks[j].lower == "and" || s.toks[j].lower == "," || s.toks[j].lower == "-") {
		n := s.mentionAt(j + 1)
		if n == nil || n.i != j+1 || n.form != formDemonym || n.entity == nil {
			break
		}
		list, j = append(list, n), n.j
	}
	return list, j
}

// afterPossessive returns the token after a mention and its possessive ending, if it has one.
func afterPossessive(s *sentence, m *mention) int {
	if m.j < len(s.toks) && (s.toks[m.j].lower == "'s" || s.toks[m.j].lower == "'") {
		return m.j + 1
	}
	return m.j
}

// actBy returns the owner named right after an act noun that ends at k: "the offer by Brazil", "lending
// from Chinese banks".
func (d *reading) actBy(s *sentence, k int) []*mention {
	if k+1 >= len(s.toks) || !actOwnerPreps[s.toks[k].lower] {
		return nil
	}
	m := d.nounPhraseActor(s, k+1)
	if m == nil || d.actorOf(m, false) == nil {
		return nil
	}
	return coordinatedRight(s, m)
}

// actComplement reports whether b stands in the infinitive that completes an act noun between the
// predicate at k and b: in "backed Senegal's decision to leave the bloc" the bloc is the decision's, not
// what was backed.
func actComplement(s *sentence, b *mention, k int) bool {
	for i := k + 1; i+2 < b.i; i++ {
		if actNouns[s.toks[i].lower] && s.toks[i+1].tag == "TO" && s.toks[i+2].tag == "VB" {
			return true
		}
	}
	return false
}

// existentialSpeaker returns the speaker of a reported "there is" whose copula is at v: in "the ministry
// said there was no justification for Uganda's move" the stance is the ministry's, the one who says it.
func existentialSpeaker(s *sentence, v int) []*mention {
	if v == 0 || s.toks[v-1].lower != "there" || len(s.clauseAt) != len(s.toks) {
		return nil
	}
	c := s.clauses[s.clauseAt[v]]
	switch {
	case c.kind == clauseReported && c.parent >= 0:
		return s.clauses[c.parent].subjs
	case v >= 2 && c.verb == v-2 && clauseReporting[s.toks[v-2].lower]:
		return c.subjs // "said there was": the reader leaves a report without "that" in its speaker's clause
	}
	return nil
}

// A speaker's judgement of an act is criticism of its owner: "Kenya said Uganda's move was illegal", "the
// Turkish incursion was a violation of international law, Cyprus said", "the bloc said the timetable put
// forward by the junta was totally unacceptable". The act is the subject of a copula whose complement is a
// word of condemnation (condemnWords); the owner is read as in actOwner, before the act noun or after it
// with "by"; the critic is the report's speaker, so the writer's own judgement relates no one.

// judgements are the words of condemnation a copula's complement may be, with their plurals.
var judgements = nounSet(condemnWords)

// judgementReach bounds the words between a copula and its word of judgement: "was a dangerous
// provocation", "was totally unacceptable".
const judgementReach = 4

// judgedActs is the pattern judged-act: for each copula after an owned act and before a judgement, the
// speaker who says so criticises the act's owner; the report's negation and hedges apply as to any frame.
func (d *reading) judgedActs(s *sentence, p *pattern) {
	for k, t := range s.toks {
		if !judgingCopulas[t.lower] || !judgementAfter(s, k+1) {
			continue
		}
		owner, start := d.judgedActOwner(s, asideStart(s, k))
		if owner == nil {
			continue
		}
		a := d.attribute(s, k, k+1, start)
		if a.how != claimed || a.speaker == nil {
			continue
		}
		critic, target := d.speakerActor(a.speaker), d.speakerActor(owner) // an adjective or possessive stands for its state
		if critic == nil || target == nil || critic == target {
			continue
		}
		d.addReportedAct(p, s, predicateAt{k: k, subj: start, agent: critic}, critic, target, graph.Criticizes, a.speaker, owner)
	}
}

// judgingCopulas are the copulas that judge their subject.
var judgingCopulas = words("is|are|was|were|be|been")

// judgementAfter reports whether a word of condemnation follows a copula at k, past determiners, adverbs
// and adjectives, and with no negation between: "was not illegal" judges nothing so.
func judgementAfter(s *sentence, k int) bool {
	for i := k; i < len(s.toks) && i < k+judgementReach; i++ {
		t := s.toks[i]
		if judgements[t.lower] || i+1 < len(s.toks) && judgements[t.lower+" "+s.toks[i+1].lower] {
			return true
		}
		if negators[t.lower] || s.at[i] >= 0 || t.tag != "DT" && t.tag != "RB" && t.tag != "JJ" {
			return false
		}
	}
	return false
}

// asideStart returns the comma that opens an aside ending with a comma right before the token at k, or k
// when there is none: "the plan put forward by the junta, which would extend military rule into 2026, was
// unacceptable" (asideReach, shared.go).
func asideStart(s *sentence, k int) int {
	if k < 2 || s.toks[k-1].lower != "," {
		return k
	}
	for i := k - 2; i > 0 && i >= k-asideReach; i-- {
		if s.toks[i].lower == "," {
			return i
		}
	}
	return k
}

// judgedActOwner returns the owner of the act that is the subject of the copula at k, and the token the
// subject's phrase starts at: the act noun right before the copula with its owner before it ("Uganda's
// move", "the Turkish incursion"), or the act noun followed by its owner with "by" ("the timetable put
// forward by the junta", "the offer by Brazil").
func (d *reading) judgedActOwner(s *sentence, k int) (*mention, int) {
	for i := k - 1; i >= 0 && i >= k-actReach; i-- {
		t := s.toks[i]
		if t.lower == "," || clauseStops[t.lower] {
			return nil, -1
		}
		if !actNouns[t.lower] || i+1 < k && actNouns[s.toks[i+1].lower] {
			continue
		}
		if i+1 == k {
			m := d.possessorBefore(s, i)
			if m == nil || m.ref != "" || m.entity == nil || m.entity.kind == graph.Place {
				return nil, -1
			}
			return m, phraseStart(s, i)
		}
		return d.judgedActBy(s, i+1, k), phraseStart(s, i)
	}
	return nil, -1
}

// judgedActBy returns the actor after "by" that ends the phrase [from, k) of an act noun, over a participle
// and its particle ("put forward by", "announced by"), or nil.
func (d *reading) judgedActBy(s *sentence, from, k int) *mention {
	for i := from; i < k && i < from+3; i++ {
		if s.toks[i].lower != "by" {
			continue
		}
		m := d.nounPhraseActor(s, i+1)
		if m == nil || m.j != k || d.actorOf(m, false) == nil {
			return nil
		}
		return m
	}
	return nil
}

// passiveAuxiliaries stand between a passive's subject and its participle: "was condemned", "has been
// widely criticised", "will be welcomed".
var passiveAuxiliaries = words("is|are|was|were|be|been|being|has|have|had|will|would|could|may|might")

// passiveActOwner returns the owner of the act that is the subject of a passive whose participle is at k,
// read as a judged act's is: "the Turkish incursion was condemned by the EU", "Russia's decision was
// criticised by France", "the offer by Brazil was welcomed by Colombia".
func (d *reading) passiveActOwner(s *sentence, k int) ([]*mention, argHow) {
	i := k - 1
	for i > 0 && (passiveAuxiliaries[s.toks[i].lower] || s.toks[i].tag == "RB") {
		i--
	}
	if i == k-1 {
		return nil, argAdjacent // no auxiliary: a participle after a noun qualifies it ("the plan welcomed by X")
	}
	owner, _ := d.judgedActOwner(s, i+1)
	if owner == nil {
		return nil, argAdjacent
	}
	if owner.poss || owner.form == formDemonym {
		return []*mention{owner}, argOwner
	}
	return []*mention{owner}, argAdjacent
}
