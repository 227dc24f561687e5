package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestPairForestScore walks a small forest by hand: each tree adds the leaf its features lead to.
func TestPairForestScore(t *testing.T) {
	f := pairForest{base: -1, scale: 2, shift: 0.5, roots: []int32{0, 3},
		nodes: []pairNode{
			{feature: "kinds:SS", yes: 1, no: 2}, {value: 0.5}, {value: -0.25},
			{feature: "w:border", yes: 4, no: 5}, {value: 1}, {value: 0},
		}}
	for _, tc := range []struct {
		features []string
		want     float64
	}{
		{nil, -1.25},
		{[]string{"kinds:SS"}, -0.5},
		{[]string{"w:border"}, -0.25},
		{[]string{"kinds:SS", "w:border", "other"}, 0.5},
	} {
		if got := f.score(featureSet(tc.features)); got != tc.want {
			t.Errorf("score(%v) = %v, want %v", tc.features, got, tc.want)
		}
		if got, want := f.prob(tc.features), sigmoid(2*tc.want+0.5); got != want {
			t.Errorf("prob(%v) = %v, want %v", tc.features, got, want)
		}
	}
}

// TestVerbClass reads fresh sentences and checks the type the verb of the second actor's clause gives a
// pair of actors, or that it gives none.
func TestVerbClass(t *testing.T) {
	x := mustInternalExtractor(t)
	for _, tc := range []struct {
		text, a, b string
		want       graph.RelType // "" for none
		reverse    bool
	}{
		{"Kenya sanctioned Uganda on Monday.", "Kenya", "Uganda", graph.Sanctions, false},
		{"Norway, which hosted the talks, expelled Belarus's ambassador on Friday.", "Norway", "Belarus", graph.Expelled, false},
		{"Uganda was sanctioned by Kenya on Monday.", "Uganda", "Kenya", "", false},
		{"Kenya praised the talks with Uganda.", "Kenya", "Uganda", "", false},
		{"Uganda said on Tuesday that Kenya had attacked Tanzania.", "Uganda", "Tanzania", "", false},
	} {
		d, err := x.read(t.Context(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		c, ok := candidateOf(d, tc.a, tc.b)
		if !ok {
			t.Errorf("%q: no mentions of %s and %s", tc.text, tc.a, tc.b)
			continue
		}
		cl, ok := verbClass(c)
		if tc.want == "" {
			if ok {
				t.Errorf("%q: %s-%s typed %v, want none", tc.text, tc.a, tc.b, cl)
			}
			continue
		}
		if !ok || cl.typ != tc.want || cl.reverse != tc.reverse {
			t.Errorf("%q: %s-%s typed %v (%v), want %s reverse %v", tc.text, tc.a, tc.b, cl, ok, tc.want, tc.reverse)
		}
	}
}

// candidateOf builds the pair of the first mentions of the entities named a and b in the reading.
func candidateOf(d *reading, a, b string) (pairCand, bool) {
	for _, s := range d.sents {
		var ma, mb *mention
		for _, m := range s.ments {
			e := d.actorOf(m, false)
			switch {
			case e == nil:
			case e.name == a && ma == nil:
				ma = m
			case e.name == b && mb == nil:
				mb = m
			}
		}
		if ma != nil && mb != nil && ma.i < mb.i {
			return pairCand{s: s, a: ma, b: mb, ea: ma.entity, eb: mb.entity}, true
		}
	}
	return pairCand{}, false
}
