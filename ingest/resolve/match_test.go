package resolve_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest/resolve"
)

func ent(kind graph.Kind, name string, aliases ...string) graph.Entity {
	return graph.NewEntity(kind, name, aliases...)
}

func TestMatch(t *testing.T) {
	P, S, O, L := graph.Person, graph.State, graph.Organization, graph.Place
	tests := []struct {
		name string
		a, b graph.Entity
		want resolve.Rule // 0: kept apart
	}{
		// The same actor under another form.
		{"case and punctuation", ent(P, "Kassym-Jomart Tokayev"), ent(P, "kassym jomart TOKAYEV"), resolve.ByName},
		{"accents", ent(P, "Kassym-Jomart Tokáyev"), ent(P, "Kassym-Jomart Tokayev"), resolve.ByName},
		{"alias of the other", ent(L, "Almaty airport"), ent(L, "Almaty International Airport", "Almaty airport"), resolve.ByAlias},
		{"gazetteer alias", ent(L, "Alma-Ata"), ent(L, "Almaty", "Alma-Ata"), resolve.ByAlias},
		{"shared alias", ent(O, "CSTO", "ODKB"), ent(O, "Collective Security Treaty Organization", "ODKB"), resolve.ByAlias},
		{"acronym", ent(O, "CSTO"), ent(O, "Collective Security Treaty Organization"), resolve.ByAcronym},
		{"acronym with dots", ent(O, "European Union"), ent(O, "E.U."), resolve.ByAcronym},
		{"acronym skips function words", ent(O, "OPEC"), ent(O, "Organization of the Petroleum Exporting Countries"), resolve.ByAcronym},
		{"doubled letter", ent(P, "Kasym-Jomart Tokayev"), ent(P, "Kassym-Jomart Tokayev"), resolve.BySpelling},
		{"british spelling", ent(O, "Collective Security Treaty Organisation"), ent(O, "Collective Security Treaty Organization"), resolve.BySpelling},
		{"defence", ent(O, "Kazakh Ministry of Defence"), ent(O, "Kazakh Ministry of Defense"), resolve.BySpelling},
		{"i and y", ent(P, "Sergei Shoigu"), ent(P, "Sergey Shoigu"), resolve.BySpelling},
		{"bare surname", ent(P, "Tokayev"), ent(P, "Kassym-Jomart Tokayev"), resolve.BySurname},
		{"plus is a word", ent(O, "OPEC+"), ent(O, "OPEC Plus"), resolve.ByName},

		// Different actors with similar names.
		{"state and person", ent(S, "Georgia"), ent(P, "Georgia"), 0},
		{"OPEC+ is not OPEC", ent(O, "OPEC+"), ent(O, "OPEC"), 0},
		{"OPEC+ is not OPEC's full name", ent(O, "OPEC+"), ent(O, "Organization of the Petroleum Exporting Countries", "OPEC"), 0},
		{"city and state", ent(L, "Moscow"), ent(S, "Russia", "Moscow"), 0},
		{"ministries of two states", ent(O, "Kazakh Ministry of Defence"), ent(O, "Russian Ministry of Defence"), 0},
		{"people sharing a surname", ent(P, "Mohammed bin Salman"), ent(P, "Abdulaziz bin Salman"), 0},
		{"brothers", ent(P, "Raul Castro"), ent(P, "Fidel Castro"), 0},
		{"different surname", ent(P, "Kim Jong-un"), ent(P, "Kim Jong-il"), 0},
		{"one letter, another name", ent(P, "Maria Lopez"), ent(P, "Mario Lopez"), 0},
		{"female and male form", ent(P, "Christina Ortiz"), ent(P, "Christine Ortiz"), 0},
		{"added letter is not a spelling", ent(P, "Karin Berg"), ent(P, "Karina Berg"), 0},
		{"states one letter apart", ent(S, "Gambia"), ent(S, "Zambia"), 0},
		{"short words must be equal", ent(S, "Iran"), ent(S, "Iraq"), 0},
		{"nested name", ent(S, "Niger"), ent(S, "Nigeria"), 0},
		{"longer name is not the same", ent(S, "Republic of the Congo"), ent(S, "Democratic Republic of the Congo"), 0},
		{"north and south", ent(S, "North Korea"), ent(S, "South Korea"), 0},
		{"first name alone is not a surname", ent(P, "Kassym"), ent(P, "Kassym-Jomart Tokayev"), 0},
		{"acronym of another organisation", ent(O, "NATO"), ent(O, "Collective Security Treaty Organization"), 0},
		{"lower-case word is no acronym", ent(O, "Csto"), ent(O, "Collective Security Treaty Organization"), 0},
		{"acronyms are for organisations and states", ent(P, "JB"), ent(P, "Joe Biden"), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, pair := range [][2]graph.Entity{{tt.a, tt.b}, {tt.b, tt.a}} {
				got, ok := resolve.Match(pair[0], pair[1])
				if ok != (tt.want != 0) || got != tt.want {
					t.Errorf("Match(%q %s, %q %s) = %v, %v; want %v", pair[0].Name, pair[0].Kind, pair[1].Name, pair[1].Kind, got, ok, tt.want)
				}
			}
		})
	}
}

func FuzzMatch(f *testing.F) {
	f.Add("Kassym-Jomart Tokayev", "Kasym-Jomart Tokayev", "person")
	f.Add("CSTO", "Collective Security Treaty Organization", "organization")
	f.Add("Organisation", "Organization", "state")
	f.Add("a\xffb", "ab", "place")
	f.Fuzz(func(t *testing.T, a, b, kind string) {
		k := graph.Kind(kind)
		ea, eb := graph.Entity{Name: a, Kind: k}, graph.Entity{Name: b, Kind: k, Aliases: []string{a + "x"}}
		r1, ok1 := resolve.Match(ea, eb)
		r2, ok2 := resolve.Match(eb, ea)
		if r1 != r2 || ok1 != ok2 {
			t.Errorf("Match is not symmetric: %v %v / %v %v", r1, ok1, r2, ok2)
		}
	})
}
