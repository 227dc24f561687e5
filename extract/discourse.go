package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// peopleNouns stand for two people named before when "the two" or "both" precede them: "the two leaders",
// "both presidents", "the two men".
var peopleNouns = words("leaders|presidents|men|women|ministers|premiers|heads|officials|diplomats|envoys|foreign ministers|rivals")

// peopleReach is how many sentences back "the two leaders" looks for its two people: news names them in the
// sentence before, or the one before that.
const peopleReach = 2

// pairDeterminer reports whether the noun at k is counted as two: "the two leaders", "both leaders".
func pairDeterminer(toks []tok, k int) bool {
	if k >= 1 && toks[k-1].lower == "both" {
		return true
	}
	return k >= 2 && toks[k-1].lower == "two" && toks[k-2].lower == "the"
}

// countedPairAt marks a noun counted as two at token k ("the two leaders", "both sides") as a reference of
// the kind ref: "people" for two people, "sides" for the two sides of an event (events.go).
func (d *reading) countedPairAt(s *sentence, k int, ref string) {
	i := k - 1
	if s.toks[i].lower == "two" {
		i--
	}
	m := d.newMention(s, i, k+1, "", "", "reference:"+ref, 0.7)
	m.ref = ref
	s.claim(m)
}

// recentPeople returns the last two people named before token k, in this sentence or the ones before it
// ("Xi Jinping hosted Vladimir Putin ... The two leaders"): the later one first, the other as its alternative.
func (d *reading) recentPeople(s *sentence, k int) (*entity, []*entity) {
	var found []*entity
	d.lookBack(s, k, peopleReach, func(cur *sentence, i int) bool {
		m := cur.mentionAt(i)
		if m != nil && m.entity != nil && m.entity.kind == graph.Person && (len(found) == 0 || found[0] != m.entity) {
			found = append(found, m.entity)
		}
		return len(found) == 2
	})
	if len(found) < 2 {
		return nil, nil
	}
	return found[0], found[1:]
}

// lookBack visits the tokens before token k, the last first, in this sentence and the reach sentences before
// it, until visit returns true.
func (d *reading) lookBack(s *sentence, k, reach int, visit func(cur *sentence, i int) bool) {
	for si := s.idx; si >= 0 && si >= s.idx-reach; si-- {
		cur := d.sents[si]
		end := len(cur.toks)
		if si == s.idx {
			end = k
		}
		for i := end - 1; i >= 0; i-- {
			if visit(cur, i) {
				return
			}
		}
	}
}

// forceNouns are the armed men a leader or group commands: "forces loyal to X", "fighters allied with X".
var forceNouns = words("forces|troops|fighters|militias|militiamen|units|soldiers|gunmen|rebels|guards|officers|factions")

// loyaltyWords tie forces to whom they answer.
var loyaltyWords = words("loyal|allied|aligned|answering|answerable|belonging|linked")

// loyalForces reports whether m is the one armed men are loyal to: "forces loyal to Khalifa Haftar",
// "fighters allied with the RSF". What the forces do, news states as their leader's act, so m can be the
// subject of the verb after the phrase.
func loyalForces(s *sentence, m *mention) bool {
	if m.prep != "to" && m.prep != "with" {
		return false
	}
	toks := s.toks
	i := m.i - 1
	if i >= 0 && (toks[i].lower == "the" || toks[i].lower == "their") {
		i-- // "allied with the Rapid Support Forces"
	}
	return i >= 2 && (toks[i].lower == "to" || toks[i].lower == "with") && loyaltyWords[toks[i-1].lower] && forceNouns[toks[i-2].lower]
}

// isMinistry reports whether an organisation is a ministry, which "the ministry" stands for.
func isMinistry(e *entity) bool {
	return strings.Contains(e.name, "Ministry") || strings.HasPrefix(e.name, "Ministry ")
}

// buyingVerbs are the verbs whose subject "the buyer" stands for.
var buyingVerbs = set{}

func init() {
	for _, v := range list("buy|acquire|purchase|take over|bid for|snap up") {
		for _, f := range verbForms(v) {
			buyingVerbs[strings.Fields(f)[0]] = true
		}
	}
}

// recentBuyer returns the company that "the buyer" or "the acquirer" stands for: the subject of the last verb
// of buying before token k, in this sentence or the ones before it ("Chevron agreed to acquire Hess. The
// buyer ...").
func (d *reading) recentBuyer(s *sentence, k int) *entity {
	var buyer *entity
	d.lookBack(s, k, peopleReach, func(cur *sentence, i int) bool {
		if !buyingVerbs[cur.toks[i].lower] {
			return false
		}
		for _, m := range d.subjects(cur, i) {
			if e := m.entity; e != nil && e.kind == graph.Organization {
				buyer = e
				return true
			}
		}
		return false
	})
	return buyer
}

// subordinators open a clause that ends at a comma before the main clause: "While Egypt mediated ...,
// Qatar hosted", "After Mali expelled ..., Algeria criticised".
var subordinators = words("while|whereas|after|before|as|although|though|when|since|because|if|unless|once|until")

// subordinateClauseEnds reports whether the comma at token k closes a subordinate clause that opens the
// sentence or follows a comma, and that has a verb of its own: what follows the comma is the main clause,
// whose subject is listed with nothing before the comma.
func subordinateClauseEnds(s *sentence, k int) bool {
	verb := false
	for i := k - 1; i >= 0; i-- {
		t := s.toks[i]
		if subordinators[t.lower] && (i == 0 || s.toks[i-1].lower == "," || s.toks[i-1].lower == "\"") {
			return verb
		}
		if t.lower == ";" || t.lower == ":" {
			return false
		}
		if strings.HasPrefix(t.tag, "VB") && !auxiliaries[t.lower] {
			verb = true
		}
	}
	return false
}

// relativeSubjects are the relative pronouns that stand for their clause's subject.
var relativeSubjects = words("who|which|that")

// relativeSubject reports whether token i, looking left from a verb at k, is a relative pronoun that is the
// verb's subject ("militants who attacked Kashmir"), with only auxiliaries and adverbs between: the subject
// is its antecedent, and when that is no actor, the verb has no actor as subject.
func relativeSubject(s *sentence, i, k int) bool {
	if !relativeSubjects[s.toks[i].lower] || i == 0 || s.toks[i-1].lower == "," || reportingVerbs[s.toks[i-1].lower] || groupPronouns[s.toks[i-1].lower] {
		// (", who" is a pronoun the extractor resolves; "said that" opens a reported clause; "X was among
		// those who congratulated Y" counts X among the subjects)
		return false
	}
	for j := i + 1; j < k; j++ {
		if t := s.toks[j]; !auxiliaries[t.lower] && t.tag != "RB" && t.tag != "MD" {
			return false
		}
	}
	return true
}

// groupPronouns stand for a group that a sentence's subject belongs to: "among those who", "one of the
// ones who".
var groupPronouns = words("those|ones|one|first|last|few|many|others")

// unknownAntecedent reports whether a relative pronoun after a comma follows a proper name the extractor
// knows as no actor ("Zelensky, who urged"): its clause's subject is that name, not an actor before it. After
// a common noun ("France, the former colonial power, which has"), the antecedent is the apposition's actor,
// which the subject search goes on to.
func unknownAntecedent(s *sentence, m *mention) bool {
	if m.entity != nil || m.i < 2 || s.toks[m.i-1].lower != "," {
		return false
	}
	prev := s.toks[m.i-2]
	return prev.tag == "NNP" && s.mentionAt(m.i-2) == nil
}

// namedList is a list of states a sentence names together ("Turkey and Syria").
type namedList struct {
	sentence int
	states   []*entity
}

// countedStates returns how many states a reference to a list counts ("both countries", "the two nations",
// "the three countries"); 0 when it does not count them ("those countries").
func countedStates(toks []tok, i int) int {
	switch w := toks[i].lower; {
	case w == "both" || w == "two":
		return 2
	default:
		return listNumbers[w]
	}
}

// articlePair returns, for a reference that counts n states ("the two countries", "both countries") and
// finds no list within recentPair's reach, the one list of n states the article has named together before
// it: a story about two states names them together in its headline or lede and then says "the two
// countries" paragraphs later ("Turkey and Syria ... Washington has pledged $85 million in aid to the two
// countries"). Nil when it named no such list, or lists of different states: then the reference could mean
// either, and a wrong pair makes false relationships.
func (d *reading) articlePair(s *sentence, n int) (*entity, []*entity) {
	if n < 2 {
		return nil, nil
	}
	var found []*entity
	for _, l := range d.namedLists() {
		if l.sentence >= s.idx || len(l.states) != n {
			continue
		}
		if found != nil && !sameStates(found, l.states) {
			return nil, nil
		}
		found = l.states
	}
	if found == nil {
		return nil, nil
	}
	return found[0], found[1:]
}

// namedLists returns the lists of two or more distinct states the text names together by their names, once
// for the article.
func (d *reading) namedLists() []namedList {
	if d.statePairs != nil {
		return d.statePairs
	}
	d.statePairs = []namedList{}
	for _, s := range d.sents {
		end := 0 // a list's tail is no list of its own: "Mali, Niger and Chad" is not also "Niger and Chad"
		for _, m := range s.ments {
			if m.i < end || m.ref != "" || m.entity == nil || m.entity.kind != graph.State {
				continue
			}
			list := coordinatedRight(s, m)
			end = list[len(list)-1].j
			var states []*entity
			for _, x := range list {
				if x.entity != nil && x.entity.kind == graph.State && !slices.Contains(states, x.entity) {
					states = append(states, x.entity)
				}
			}
			if len(states) >= 2 {
				d.statePairs = append(d.statePairs, namedList{s.idx, states})
			}
		}
	}
	return d.statePairs
}

// sameStates reports whether two lists name the same states, in any order.
func sameStates(a, b []*entity) bool {
	if len(a) != len(b) {
		return false
	}
	for _, e := range a {
		if !slices.Contains(b, e) {
			return false
		}
	}
	return true
}
