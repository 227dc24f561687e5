package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Definite descriptions by an organisation's kind: a reporter names an actor once and then calls it "the
// party", "the militia", "the court", "the bank" ("The Pheu Thai Party won the most seats. The Move Forward
// Party accused the party of buying votes"). Each head word may name only organisations of the kinds its
// row gives, and the description is resolved only when exactly one such organisation was named in the
// window before it: two parties named there leave "the party" unresolved, since a wrong antecedent is a
// false relationship.

// descriptionHead says which organisations a head word may name: those the gazetteer types as one of
// types, and those of no gazetteer type whose name has one of nameWords as a word ("Supreme Court of
// Kenya", "Constitutional Tribunal").
type descriptionHead struct {
	types     set
	nameWords set
}

// descriptionHeads is the table from a description's head word to the organisations it may name.
var descriptionHeads = map[string]descriptionHead{
	"party":      {types: words("party"), nameWords: words("party|league|congress|movement|front")},
	"militia":    {types: words("armed"), nameWords: words("militia|militias|brigade|brigades")},
	"rebels":     {types: words("armed"), nameWords: words("rebels|rebel|movement|front|army|brigades")},
	"insurgents": {types: words("armed"), nameWords: words("insurgents|movement|front|army")},
	"militants":  {types: words("armed"), nameWords: words("militants|movement|front|army")},
	"jihadists":  {types: words("armed"), nameWords: words("movement|front")},
	"guerrillas": {types: words("armed"), nameWords: words("guerrillas|movement|front|army")},
	"club":       {nameWords: words("club|fc|united|city|athletic|rovers|wanderers|sporting")},
	"court":      {nameWords: words("court|tribunal")},
	"tribunal":   {nameWords: words("tribunal|court")},
	"bank":       {nameWords: words("bank")},
	"council":    {nameWords: words("council")},
	"commission": {nameWords: words("commission")},
	"parliament": {nameWords: words("parliament|assembly|legislature")},
	"union":      {nameWords: words("union")},
}

// fits reports whether the organisation e may be what the head word names.
func (h descriptionHead) fits(e *entity) bool {
	if e.kind != graph.Organization {
		return false
	}
	if e.typ != "" && h.types[e.typ] {
		return true
	}
	if e.gz != nil && e.typ != "" && len(h.types) > 0 {
		return false // a known organisation of another kind: the ICC is no militia, whatever its name
	}
	for _, w := range strings.Fields(graph.Fold(e.name)) {
		if h.nameWords[w] {
			return true
		}
	}
	return false
}

// describedOrg resolves a description by its head word: the one organisation that fits, named before it
// in its sentence or the recentReach sentences before, other than its own clause's subject ("The Move
// Forward Party accused the party" is no accusation of itself). Nil when none or several fit.
func (d *reading) describedOrg(s *sentence, m *mention) *entity {
	h, ok := descriptionHeads[m.topic]
	if !ok {
		return nil
	}
	if m.i > 0 && s.toks[m.i].isCap() {
		// "He thanked the Bank", "the Court ruled": a capitalised head is the article's short name for
		// the body of that kind it names most, wherever it was last named.
		return d.mainOrg(h.fits)
	}
	var self *entity
	if subj := d.subjects(s, m.i); len(subj) > 0 {
		self = d.actorOf(subj[0], true)
	}
	var found *entity
	several := false
	d.lookBack(s, m.i, recentReach, func(cur *sentence, i int) bool {
		x := cur.mentionAt(i)
		if x == nil || x == m || x.entity == nil || x.entity == self || x.entity == found || !h.fits(x.entity) || !d.basedIn(m, x.entity) {
			return false
		}
		if found != nil {
			several = true
			return true
		}
		found = x.entity
		return false
	})
	if several {
		return nil
	}
	return found
}

// compoundModifier reports whether the noun at k modifies a noun after it ("the bank accounts", "the party
// leadership", "the court ruling"), and so names no actor.
func compoundModifier(toks []tok, k int) bool {
	return k+1 < len(toks) && (toks[k+1].tag == "NN" || toks[k+1].tag == "NNS")
}
