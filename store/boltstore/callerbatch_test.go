package boltstore_test

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestIngestLeavesTheCallersBatchesAlone: Ingest neither changes the batches it is given (out of order, with
// duplicates, as an extractor may give them) nor keeps a hold on them: changing them afterwards changes
// nothing in the store.
func TestIngestLeavesTheCallersBatchesAlone(t *testing.T) {
	b := article(1, 4)
	// Out of order and with a duplicate entity and relation, so that normalising them in place would show.
	b.Entities = append(b.Entities, b.Entities[1])
	b.Relations = append(b.Relations, b.Relations[0])
	b.Entities[0], b.Entities[3] = b.Entities[3], b.Entities[0]
	b.Relations[0], b.Relations[2] = b.Relations[2], b.Relations[0]
	b.Entities[2].Aliases = []string{"Zed", "Alpha"}
	var before graph.Batch
	mustCopy(t, b, &before)

	s := mustOpenStore(t, filepath.Join(t.TempDir(), "s.db"))
	defer s.Close()
	mustIngestTB(t, s, b)
	if !reflect.DeepEqual(b, before) {
		t.Fatalf("Ingest changed the caller's batch")
	}
	want, err := s.Snapshot(t.Context(), graph.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var wantCopy graph.Subgraph
	mustCopy(t, want, &wantCopy)

	// The caller reuses its batch's arrays.
	b.Entities[2].Aliases[0] = "Changed"
	for i := range b.Relations {
		b.Relations[i].Evidence[0].Text = "changed"
		b.Relations[i].Evidence[0].Stance = graph.Conflict
	}
	for i := range b.Entities {
		b.Entities[i].Name = "changed"
	}
	got, err := s.Snapshot(t.Context(), graph.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, wantCopy) {
		t.Errorf("changing the batch after Ingest changed the store")
	}
}

func mustCopy(t *testing.T, from, to any) {
	t.Helper()
	j, err := json.Marshal(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(j, to); err != nil {
		t.Fatal(err)
	}
}
