package graph_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestSpellingKey(t *testing.T) {
	same := [][]string{
		{"tokayev", "tokaiev", "tokaev", "tokajev"},
		{"kassym", "kasym", "kasim"},
		{"organization", "organisation"},
		{"almaty", "almati"},
		{"xi jinping", "si jinping", "shi yinping"},
		{"kyrgyzstan", "kirgizstan", "kyrgysstan"},
	}
	for _, group := range same {
		for _, s := range group[1:] {
			if a, b := graph.SpellingKey(group[0]), graph.SpellingKey(s); a != b {
				t.Errorf("%q → %q but %q → %q", group[0], a, s, b)
			}
		}
	}
	for _, pair := range [][2]string{{"maria", "mario"}, {"gambia", "zambia"}, {"iran", "iraq"}, {"austria", "australia"}} {
		if graph.SpellingKey(pair[0]) == graph.SpellingKey(pair[1]) {
			t.Errorf("%q and %q have the same key %q", pair[0], pair[1], graph.SpellingKey(pair[0]))
		}
	}
	for _, s := range []string{"tokayev", "xxxxxx", "kassym jomart tokayev 2022", ""} {
		if len(graph.SpellingKey(s)) > len(s) {
			t.Errorf("the key of %q is longer than it", s)
		}
	}
}

func TestSpellingScore(t *testing.T) {
	e := graph.NewEntity(graph.Person, "Kassym-Jomart Tokayev", "Tokayev")
	for q, want := range map[string]int{"tokaiev": 4, "kasim": 5, "iomart": 6, "okaie": 7, "tok": -1, "putin": -1} {
		if got := graph.SpellingScore(e, q); got != want {
			t.Errorf("SpellingScore(%q) = %d, want %d", q, got, want)
		}
	}
}
