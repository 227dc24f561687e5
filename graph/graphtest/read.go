package graphtest

import (
	"reflect"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func testRead(t *testing.T, open func(t *testing.T) graph.Store) {
	t.Run("an entity comes back with its merged aliases", func(t *testing.T) {
		s := newCorpusStore(t, open, false)
		got := mustEntity(t, s, putinID)
		want := graph.Entity{ID: putinID, Name: "Vladimir Putin", Kind: graph.Person, Aliases: []string{"Putin", "Владимир Путин"}}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Entity = %+v, want %+v", got, want)
		}
	})

	t.Run("an entity without aliases has an empty alias list", func(t *testing.T) {
		s := newCorpusStore(t, open, false)
		if got := mustEntity(t, s, russiaID); got.Aliases == nil || len(got.Aliases) != 0 {
			t.Errorf("aliases = %#v, want an empty list", got.Aliases)
		}
	})

	t.Run("a name with quotes markup and Cyrillic comes back as written", func(t *testing.T) {
		s := newCorpusStore(t, open, false)
		if got := mustEntity(t, s, kremlinWatchID); got.Name != hostileName || got.Kind != graph.Organization {
			t.Errorf("Entity = %+v, want name %q", got, hostileName)
		}
		if got := mustDocument(t, s, hostileID); got != hostileDoc() {
			t.Errorf("Document = %+v, want %+v", got, hostileDoc())
		}
	})

	t.Run("an unknown entity is not found", func(t *testing.T) {
		s := newCorpusStore(t, open, false)
		_, err := s.Entity(t.Context(), "person:nobody")
		wantCode(t, err, graph.ENOTFOUND)
	})

	t.Run("a document comes back with its text and metadata", func(t *testing.T) {
		s := newCorpusStore(t, open, true)
		for _, want := range []graph.Document{unrestDoc(), troopsDoc(), hostileDoc()} {
			if got := mustDocument(t, s, want.ID); got != want {
				t.Errorf("Document(%s) = %+v, want %+v", want.ID, got, want)
			}
		}
	})

	t.Run("an unknown document is not found", func(t *testing.T) {
		s := newCorpusStore(t, open, false)
		_, err := s.Document(t.Context(), "no-such-article")
		wantCode(t, err, graph.ENOTFOUND)
	})

	t.Run("documents are listed without text by date and then id", func(t *testing.T) {
		s := newCorpusStore(t, open, false)
		brief := newDocument("aa-brief", "Morning brief", "2022-01-07", "Nothing happened.")
		undated := newDocument("undated-note", "A note", "", "No date.")
		mustIngest(t, s, graph.Batch{Document: brief, Origin: graph.OriginText},
			graph.Batch{Document: undated, Origin: graph.OriginText})
		docs, err := s.Documents(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		var want []graph.Document
		for _, d := range []graph.Document{undated, unrestDoc(), brief, troopsDoc(), hostileDoc()} {
			d.Text = ""
			want = append(want, d)
		}
		if !reflect.DeepEqual(docs, want) {
			t.Errorf("Documents = %v, want %v", documentIDs(docs), documentIDs(want))
		}
		if got := mustStats(t, s).Documents; got != 5 {
			t.Errorf("Stats counts %d documents, want 5", got)
		}
	})

	t.Run("an empty store lists nothing and counts zero", func(t *testing.T) {
		s := newStore(t, open)
		docs, err := s.Documents(t.Context())
		if err != nil || len(docs) != 0 {
			t.Errorf("Documents = %v, %v; want none", docs, err)
		}
		if got := mustStats(t, s); got != (graph.Stats{}) {
			t.Errorf("Stats = %+v, want zeros", got)
		}
		if err := s.Ping(t.Context()); err != nil {
			t.Errorf("Ping: %v", err)
		}
	})

	t.Run("changing what a read returned does not change the store", func(t *testing.T) {
		s := newCorpusStore(t, open, true)
		e := mustEntity(t, s, tokayevID)
		e.Aliases[0] = "changed"
		found := mustSearch(t, s, "tokayev", 1)
		found[0].Aliases[0] = "changed"
		q := graph.NeighborhoodQuery{Focus: []string{russiaID}, Depth: 1}
		sg := mustNeighborhood(t, s, q)
		for i := range sg.Relations {
			sg.Relations[i].Evidence[0].Text = "changed"
		}
		sg.Entities[0].Aliases = append(sg.Entities[0].Aliases[:0], "changed")
		docs, _ := s.Documents(t.Context())
		docs[0].Title = "changed"

		if got := mustEntity(t, s, tokayevID).Aliases; slices.Contains(got, "changed") {
			t.Errorf("aliases = %q after changing a copy", got)
		}
		for _, r := range mustNeighborhood(t, s, q).Relations {
			if r.Evidence[0].Text == "changed" {
				t.Errorf("evidence of %s changed with a copy", r.ID)
			}
		}
		if docs, _ := s.Documents(t.Context()); docs[0].Title == "changed" {
			t.Errorf("document title changed with a copy")
		}
	})
}
