package graph_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kassym-Jomart Tokayev", "kassym jomart tokayev"},
		{"  KASSYM jomart   TOKAYEV ", "kassym jomart tokayev"},
		{"Kassym-Jomart Tokáyev", "kassym jomart tokayev"},
		{"Žanaözen", "zanaozen"},
		{"Kazakhstan’s", "kazakhstans"},
		{"O'Brien", "obrien"},
		{"Straße", "strasse"},
		{"Łukaszenka", "lukaszenka"},
		{"Лукашенко", "лукашенко"},
		{"Токаев Й", "токаев и"},
		{"习近平", "习近平"},
		{"U.S.", "u s"},
		{"<script>alert(1)</script>", "script alert 1 script"},
		{"e\u0301", "e"}, // decomposed accent
		{"---", ""},
	}
	for _, tt := range tests {
		if got := graph.Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEntityIDIsStableAndIgnoresSpellingNoise(t *testing.T) {
	a := graph.EntityID(graph.Person, "Kassym-Jomart Tokayev")
	if a != "person:kassym-jomart-tokayev" {
		t.Fatalf("id = %q", a)
	}
	for _, variant := range []string{"kassym jomart tokayev", "Kassym-Jomart  Tokáyev", "KASSYM-JOMART TOKAYEV"} {
		if b := graph.EntityID(graph.Person, variant); b != a {
			t.Errorf("EntityID(%q) = %q, want %q", variant, b, a)
		}
	}
	if b := graph.EntityID(graph.Place, "Kassym-Jomart Tokayev"); b == a {
		t.Errorf("kinds share an id: %q", b)
	}
}

func TestMatchScore(t *testing.T) {
	tests := []struct {
		name, query string
		want        int
	}{
		{"tokayev", "tokayev", 0},
		{"tokayev", "tok", 1},
		{"kassym jomart tokayev", "tok", 2},
		{"kassym jomart tokayev", "jomart tok", 2},
		{"kassym jomart tokayev", "kayev", 3},
		{"kassym jomart tokayev", "putin", -1},
		{"anything", "", -1},
		{"aab ab", "ab", 2}, // the second occurrence starts a word
	}
	for _, tt := range tests {
		if got := graph.MatchScore(tt.name, tt.query); got != tt.want {
			t.Errorf("MatchScore(%q, %q) = %d, want %d", tt.name, tt.query, got, tt.want)
		}
	}
}

func TestMergeAliasesDropsDuplicatesAndTheName(t *testing.T) {
	got := graph.MergeAliases("Collective Security Treaty Organization",
		[]string{"CSTO", "csto", "Collective Security Treaty Organisation"},
		[]string{"collective security treaty organization", "  ", "C.S.T.O."})
	want := []string{"C.S.T.O.", "Collective Security Treaty Organisation", "CSTO"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("MergeAliases = %q, want %q", got, want)
	}
	if got := graph.MergeAliases("X", nil); got == nil || len(got) != 0 {
		t.Errorf("MergeAliases with nothing = %#v, want an empty non-nil list", got)
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Kassym-Jomart Tokayev", "Žanaözen", "习近平", "a\u0301b", "\x00\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		folded := graph.Fold(s)
		if again := graph.Fold(folded); again != folded {
			t.Errorf("Fold is not idempotent: %q → %q → %q", s, folded, again)
		}
		if strings.HasPrefix(folded, " ") || strings.HasSuffix(folded, " ") || strings.Contains(folded, "  ") {
			t.Errorf("Fold(%q) = %q has stray spaces", s, folded)
		}
		if strings.ContainsAny(graph.Slug(s), " \"<>&\\") {
			t.Errorf("Slug(%q) = %q has characters unsafe in ids", s, graph.Slug(s))
		}
		if utf8.ValidString(s) && !utf8.ValidString(folded) {
			t.Errorf("Fold(%q) is not valid UTF-8", s)
		}
	})
}
