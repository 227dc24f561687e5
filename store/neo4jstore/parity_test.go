package neo4jstore_test

import (
	"context"
	"fmt"
	"maps"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/seeds"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

// views are the analyst reads both stores offer beside graph.Store.
type views interface {
	Snapshot(ctx context.Context, f graph.Filter) (graph.Subgraph, error)
	Adjacent(ctx context.Context, ids []string, f graph.Filter) ([]graph.Relation, error)
}

// TestSeedsReadTheSameAsInTheEmbeddedStore ingests the seed articles, as `serve` does, into the embedded
// store and into this one (emulated), and asks both the same questions about every entity.
func TestSeedsReadTheSameAsInTheEmbeddedStore(t *testing.T) {
	ctx := t.Context()
	mem, err := boltstore.Open(filepath.Join(t.TempDir(), "parity.db"), boltstore.NoSync())
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	neo := mustOpenEmulated(t, newFakeNeo4j(), 50)
	defer neo.Close()
	files, err := ingest.ReadFS(seeds.FS, "seeds")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []graph.Store{mem, neo} {
		for range 2 { // the second time changes nothing
			in := ingest.Ingester{Store: s}
			rep, err := in.Ingest(ctx, files)
			if err == nil {
				err = rep.Err()
			}
			if err != nil {
				t.Fatalf("%T: ingesting the seeds: %v", s, err)
			}
		}
	}
	same := func(what string, get func(s graph.Store) (any, error)) {
		t.Helper()
		a, errA := get(mem)
		b, errB := get(neo)
		if graph.ErrorCode(errA) != graph.ErrorCode(errB) || !reflect.DeepEqual(a, b) {
			t.Errorf("%s:\nembedded %+v (%v)\nneo4j    %+v (%v)", what, a, errA, b, errB)
		}
	}
	same("Stats", func(s graph.Store) (any, error) { return s.Stats(ctx) })
	same("Documents", func(s graph.Store) (any, error) { return s.Documents(ctx) })

	// Every entity a one-letter search finds (they all have a vowel or more).
	ids := map[string]bool{}
	for _, q := range []string{"a", "e", "i", "o", "u", "y"} {
		found, err := mem.Search(ctx, q, graph.MaxSearchLimit)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range found {
			ids[e.ID] = true
		}
		same("Search "+q, func(s graph.Store) (any, error) { return s.Search(ctx, q, graph.MaxSearchLimit) })
	}
	st, _ := mem.Stats(ctx)
	t.Logf("%+v; comparing %d entities", st, len(ids))
	if len(ids) < st.Entities/2 {
		t.Fatalf("found %d of %d entities to compare", len(ids), st.Entities)
	}
	for _, f := range []graph.Filter{{}, {Kinds: []graph.Kind{graph.State, graph.Organization}}, {Stances: []graph.Stance{graph.Conflict}},
		{MinConfidence: 0.7}, {MinConfidence: 1}} {
		same(fmt.Sprintf("Snapshot %+v", f), func(s graph.Store) (any, error) { return s.(views).Snapshot(ctx, f) })
	}
	same("Adjacent", func(s graph.Store) (any, error) {
		return s.(views).Adjacent(ctx, slices.Sorted(maps.Keys(ids)), graph.Filter{Kinds: []graph.Kind{graph.State, graph.Person}})
	})
	all := slices.Sorted(maps.Keys(ids))
	same("RelationCounts", func(s graph.Store) (any, error) { return s.RelationCounts(ctx, append(all, "person:nobody")) })
	docs, _ := mem.Documents(ctx)
	for _, d := range append(docs, graph.Document{ID: "no-such-document"}) {
		same("DocumentEntities "+d.ID, func(s graph.Store) (any, error) { return s.DocumentEntities(ctx, d.ID) })
	}
	same("Adjacent of an unknown entity", func(s graph.Store) (any, error) {
		return s.(views).Adjacent(ctx, []string{"person:nobody"}, graph.Filter{})
	})
	for _, id := range slices.Sorted(func(yield func(string) bool) {
		for id := range ids {
			if !yield(id) {
				return
			}
		}
	}) {
		same("Entity "+id, func(s graph.Store) (any, error) { return s.Entity(ctx, id) })
		same("EntityDocuments "+id, func(s graph.Store) (any, error) { return s.EntityDocuments(ctx, id) })
		for depth := 1; depth <= 2; depth++ {
			q := graph.NeighborhoodQuery{Focus: []string{id}, Depth: depth, Filter: graph.Filter{MaxNodes: 12}}
			same("Neighborhood "+id, func(s graph.Store) (any, error) { return s.Neighborhood(ctx, q) })
		}
		q := graph.NeighborhoodQuery{Focus: []string{id}, Depth: 2, Filter: graph.Filter{MinConfidence: 0.7}}
		same("Neighborhood at confidence 0.7 "+id, func(s graph.Store) (any, error) { return s.Neighborhood(ctx, q) })
	}
}
