package neo4jstore_test

import (
	"context"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestSpellingBackfill: entities an earlier version wrote without Entity.spelling get it when the store is
// opened, so search by spelling finds them too.
func TestSpellingBackfill(t *testing.T) {
	f := newFakeNeo4j()
	s := mustOpenEmulated(t, f, 1000)
	b := graph.Batch{Document: graph.Document{ID: "d", Title: "D", Text: "Kassym-Jomart Tokayev spoke.", Hash: graph.ContentHash("Kassym-Jomart Tokayev spoke.")},
		Origin: graph.OriginText, Entities: []graph.Entity{graph.NewEntity(graph.Person, "Kassym-Jomart Tokayev")}}
	if _, err := s.Ingest(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	// As an earlier version left them: no spelling key.
	for _, e := range f.committed.entities {
		delete(e.props, "spelling")
	}
	if found, err := s.Search(context.Background(), "Tokaiev", 10); err != nil || len(found) != 0 {
		t.Fatalf("before the backfill: %v %v", found, err)
	}
	s2 := mustOpenEmulated(t, f, 1000)
	found, err := s2.Search(context.Background(), "Tokaiev", 10)
	if err != nil || len(found) != 1 || found[0].ID != "person:kassym-jomart-tokayev" {
		t.Errorf("after the backfill: %v %v", found, err)
	}
}
