package view_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/store/boltstore"
	"github.com/actorgraph/actorgraph/view"
)

// islandStore holds one article that names four states: Arendelle supports Borduria (0.9), Corona opposes
// Arendelle (0.5), and Dulcinea, named in passing, is related to nothing.
func islandStore(tb testing.TB) graph.Store {
	tb.Helper()
	s, err := boltstore.Open(filepath.Join(tb.TempDir(), "islands.db"), boltstore.NoSync())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	text := "Arendelle supports Borduria. Corona opposes Arendelle. Dulcinea watched."
	d := graph.Document{ID: "islands", Title: "Islands", Published: "2022-01-01", Hash: graph.ContentHash(text), Text: text}
	ev := func(sentence string, stance graph.Stance, confidence float64) []graph.Evidence {
		start, end, _ := graph.Locate(text, sentence, 1)
		return []graph.Evidence{{Document: d.ID, Text: sentence, Start: start, End: end, Stance: stance,
			Origin: graph.Extracted, Confidence: confidence}}
	}
	a, b, c, dul := graph.NewEntity(graph.State, "Arendelle"), graph.NewEntity(graph.State, "Borduria"),
		graph.NewEntity(graph.State, "Corona"), graph.NewEntity(graph.State, "Dulcinea")
	_, err = s.Ingest(tb.Context(), graph.Batch{Document: d, Origin: graph.OriginText,
		Entities: []graph.Entity{a, b, c, dul},
		Relations: []graph.Relation{
			{From: a.ID, To: b.ID, Type: graph.Supports, Evidence: ev("Arendelle supports Borduria.", graph.Cooperation, 0.9)},
			{From: c.ID, To: a.ID, Type: graph.Opposes, Evidence: ev("Corona opposes Arendelle.", graph.Conflict, 0.5)},
		}})
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// TestWholeGraphViewsLeaveOutActorsWithoutRelationships: blocs and centrality draw and rank only the actors
// that take part in a relationship under the filter; the others are neither drawn, ranked, nor counted.
func TestWholeGraphViewsLeaveOutActorsWithoutRelationships(t *testing.T) {
	s := islandStore(t)
	tests := []struct {
		name  string
		f     graph.Filter
		shown []string
		n     string // how many actors the titles count
	}{
		{"unfiltered: Dulcinea is related to nothing", graph.Filter{},
			[]string{"state:arendelle", "state:borduria", "state:corona"}, "3 actors"},
		{"at 0.6, Corona's only relationship is filtered out", graph.Filter{MinConfidence: 0.6},
			[]string{"state:arendelle", "state:borduria"}, "2 actors"},
		{"conflict only", graph.Filter{Stances: []graph.Stance{graph.Conflict}},
			[]string{"state:arendelle", "state:corona"}, "2 actors"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := view.Centrality(t.Context(), s, "", 0, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var ranked []string
			for _, r := range c.Body.(view.CentralityBody).Ranking {
				ranked = append(ranked, r.ID)
			}
			slices.Sort(ranked)
			if !slices.Equal(ranked, tt.shown) || !slices.Equal(ids(c.Subgraph), tt.shown) {
				t.Errorf("centrality ranks %v and draws %v, want %v", ranked, ids(c.Subgraph), tt.shown)
			}
			if !strings.HasSuffix(c.Drawing.Title, "of "+tt.n) || len(c.Subgraph.Omitted) > 0 {
				t.Errorf("centrality title %q, omitted %v; want it to end with %q and nothing omitted", c.Drawing.Title, c.Subgraph.Omitted, "of "+tt.n)
			}

			b, err := view.Blocs(t.Context(), s, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var members []string
			for _, bloc := range b.Body.(view.BlocsBody).Blocs {
				members = append(members, bloc.Members...)
			}
			if slices.Contains(members, "state:dulcinea") || !slices.Equal(ids(b.Subgraph), tt.shown) {
				t.Errorf("blocs have members %v and draw %v, want %v", members, ids(b.Subgraph), tt.shown)
			}
			if !strings.HasSuffix(b.Drawing.Title, "among "+tt.n) || len(b.Subgraph.Omitted) > 0 {
				t.Errorf("blocs title %q, omitted %v; want it to end with %q and nothing omitted", b.Drawing.Title, b.Subgraph.Omitted, "among "+tt.n)
			}
		})
	}
}

// TestNeighbourhoodOfAnActorWithoutRelationships is the actor alone: a request focused on it answers.
func TestNeighbourhoodOfAnActorWithoutRelationships(t *testing.T) {
	s := islandStore(t)
	v, err := view.Neighborhood(t.Context(), s, graph.NeighborhoodQuery{Focus: []string{"state:dulcinea"}, Depth: 2})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(v.Subgraph); !slices.Equal(got, []string{"state:dulcinea"}) || len(v.Subgraph.Relations) != 0 {
		t.Errorf("the neighbourhood of Dulcinea is %v with %d relationships, want Dulcinea alone", got, len(v.Subgraph.Relations))
	}
}

func ids(sg graph.Subgraph) []string {
	out := []string{}
	for _, e := range sg.Entities {
		out = append(out, e.ID)
	}
	return out
}
