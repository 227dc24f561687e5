package extract

import (
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

// peoplePairAt marks "the two leaders" at token k as a reference to two people.
func (d *reading) peoplePairAt(s *sentence, k int) {
	i := k - 1
	if s.toks[i].lower == "two" {
		i--
	}
	m := d.newMention(s, i, k+1, "", "", "reference:people", 0.7)
	m.ref = "people"
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
