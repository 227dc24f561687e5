package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// freshCase is a sentence of general news written for these tests (the texts of testdata/fresh and their
// like): what it must give, and relationships it must not give with their type.
type freshCase struct {
	name string
	text string
	want []rel
	not  []rel
}

func checkFresh(t *testing.T, tests []freshCase) {
	t.Helper()
	for _, tt := range tests {
		checkRules(t, []ruleCase{{name: tt.name, text: tt.text, want: tt.want}})
		t.Run(tt.name+", and not", func(t *testing.T) {
			b := mustExtract(t, tt.text)
			for _, n := range tt.not {
				if r := hasRelation(b, n.from, n.t, n.to); r != nil {
					t.Errorf("do not want %s", r.ID)
				}
			}
		})
	}
}

// TestFreshMissions: a state's embassy, high commission or consulate abroad, and a state's body named by
// its possessive ("Turkey's Competition Authority"), belong to the state (PART_OF); a mission is located
// where it is, never in the state that sends it.
func TestFreshMissions(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "a high commission abroad is part of its state and located where it is",
			text: "Kenya's High Commission in Kampala issued a statement on Tuesday.",
			want: []rel{{"organization:kenyan-high-commission-in-kampala", graph.PartOf, "state:kenya"},
				{"organization:kenyan-high-commission-in-kampala", graph.LocatedIn, "place:kampala"}},
			not: []rel{{"organization:kenyan-high-commission-in-kampala", graph.LocatedIn, "state:kenya"}},
		},
		{
			name: "an embassy named by its state's possessive is part of the state",
			text: "Chile's Embassy in Lima said two of its staff had been questioned by police.",
			want: []rel{{"organization:chilean-embassy-in-lima", graph.PartOf, "state:chile"},
				{"organization:chilean-embassy-in-lima", graph.LocatedIn, "place:lima"}},
			not: []rel{{"organization:chilean-embassy-in-lima", graph.LocatedIn, "state:chile"}},
		},
		{
			name: "a state's regulator named by its possessive is part of the state",
			text: "The merger needs the approval of Turkey's Competition Authority, which has 60 days to rule.",
			want: []rel{{"organization:competition-authority-of-turkey", graph.PartOf, "state:turkey"}},
			not:  []rel{{"organization:competition-authority-of-turkey", graph.LocatedIn, "state:turkey"}},
		},
		{
			name: "a company or armed group named by a state's possessive is still based there, not part of it",
			text: "Russia's Wagner Group sent fighters to Mali. Norway's Equinor bought a stake in the field.",
			want: []rel{{"organization:wagner-group", graph.LocatedIn, "state:russia"}},
			not:  []rel{{"organization:wagner-group", graph.PartOf, "state:russia"}},
		},
	})
}

// freshText pins what a text of testdata/fresh (news written for these tests, neither development nor
// held-out) must give and the pairs it must not give as facts.
type freshText struct {
	file   string
	want   []rel
	noPair [][2]string
}

// TestFreshTexts runs the extractor over the whole fresh texts, as a user would over an article.
func TestFreshTexts(t *testing.T) {
	for _, tt := range []freshText{
		{
			file: "pacific-tuna-dispute.txt",
			want: []rel{{"organization:australian-high-commission-in-suva", graph.PartOf, "state:australia"},
				{"organization:australian-high-commission-in-suva", graph.LocatedIn, "place:suva"}},
		},
		{
			file: "gulf-port.txt",
			want: []rel{{"organization:competition-authority-of-turkey", graph.PartOf, "state:turkey"}},
		},
	} {
		t.Run(tt.file, func(t *testing.T) {
			text, err := os.ReadFile(filepath.Join("testdata", "fresh", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			b := mustExtract(t, string(text))
			for _, w := range tt.want {
				if hasRelation(b, w.from, w.t, w.to) == nil {
					t.Errorf("want %s %s %s", w.from, w.t, w.to)
				}
			}
			checkNoFactPairs(t, b, tt.noPair)
		})
	}
}

// checkNoFactPairs fails for every relationship between one of the pairs, either way, stated as a fact.
func checkNoFactPairs(t *testing.T, b graph.Batch, noPair [][2]string) {
	t.Helper()
	for _, r := range b.Relations {
		for _, p := range noPair {
			if (r.From == p[0] && r.To == p[1] || r.From == p[1] && r.To == p[0]) && statedAsFact(r) {
				t.Errorf("do not want %s as a fact", r.ID)
			}
		}
	}
}
