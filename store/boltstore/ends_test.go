package boltstore_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/synthetic"
)

// TestEndsWhereValidatingFoundThem: an ingest links each new relation to the ends that the planner found
// when it validated the batch (their places among the layer's entities), not by looking their ids up again.
// Batches whose entities come reversed and one twice, and whose relationships come reversed and without
// ids (Normalize moves both), ingested in several calls: every actor's adjacency (Adjacent, RelationCounts)
// must hold exactly the relationships the store holds with it at one end, as it must in the same file
// reopened without its image (its layers merged, each end looked up among the decoded entities).
func TestEndsWhereValidatingFoundThem(t *testing.T) {
	batches := synthetic.New(synthetic.Config{Relations: 3000, Seed: 7}).All()
	for i := range batches {
		b := &batches[i]
		b.Entities = slices.Clone(b.Entities)
		slices.Reverse(b.Entities)
		if i%3 == 0 {
			b.Entities = append(b.Entities, b.Entities[len(b.Entities)/2])
		}
		if i%2 == 0 {
			b.Relations = slices.Clone(b.Relations)
			slices.Reverse(b.Relations)
			for j := range b.Relations {
				b.Relations[j].ID = ""
			}
		}
	}
	path := filepath.Join(t.TempDir(), "ends.db")
	s := mustOpenStore(t, path)
	for i := 0; i < len(batches); i += 7 {
		if _, err := s.Ingest(t.Context(), batches[i:min(i+7, len(batches))]...); err != nil {
			t.Fatal(err)
		}
	}
	adjacencyHoldsEnds(t, "ingested", s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	dropImageMark(t, path)
	m := mustOpenStore(t, path)
	defer m.Close()
	adjacencyHoldsEnds(t, "merged from the layers", m)
}

// adjacencyHoldsEnds checks that each actor's adjacent relationships are those of the store's with the
// actor at one end.
func adjacencyHoldsEnds(t *testing.T, what string, s graph.Store) {
	t.Helper()
	ctx := context.Background()
	snap, err := s.Snapshot(ctx, graph.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{}
	for _, r := range snap.Relations {
		want[r.From] = append(want[r.From], r.ID)
		want[r.To] = append(want[r.To], r.ID)
	}
	if len(snap.Relations) < 2000 {
		t.Fatalf("%s: %d relationships", what, len(snap.Relations))
	}
	ids := make([]string, len(snap.Entities))
	for i, e := range snap.Entities {
		ids[i] = e.ID
	}
	counts, err := s.RelationCounts(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	for i, id := range ids {
		adj, err := s.Adjacent(ctx, []string{id}, graph.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range adj {
			got = append(got, r.ID)
		}
		slices.Sort(got)
		slices.Sort(want[id])
		if !slices.Equal(got, want[id]) || counts[i] != len(want[id]) {
			t.Errorf("%s: %s adjacent to %q (count %d), want %q", what, id, got, counts[i], want[id])
		}
	}
}
