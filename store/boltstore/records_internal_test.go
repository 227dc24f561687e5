package boltstore

import (
	"path/filepath"
	"slices"
	"testing"
	"unsafe"

	bolt "go.etcd.io/bbolt"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/synthetic"
)

// TestRecordsFromOneKeptBuffer: an ingest encodes its documents and layers into one array that the store
// keeps for the next ingest (writePlan), rather than a fresh array a record. The next ingest that fits must
// reuse it, and what the file holds must be each call's own records: the store reopened without its image
// (every layer decoded from the file) holds the same graph as before it closed, after calls of different
// sizes and re-ingests that replace layers written by earlier calls.
func TestRecordsFromOneKeptBuffer(t *testing.T) {
	batches := synthetic.New(synthetic.Config{Relations: 3000, Seed: 11}).All()
	path := filepath.Join(t.TempDir(), "records.db")
	s, err := Open(path, NoSync())
	if err != nil {
		t.Fatal(err)
	}
	var first *byte
	reused := 0
	for i, n := 0, 9; i < len(batches); i, n = i+n, 3+(n+5)%11 {
		if _, err := s.Ingest(t.Context(), batches[i:min(i+n, len(batches))]...); err != nil {
			t.Fatal(err)
		}
		if cap(s.records) == 0 {
			t.Fatalf("after the call at %d the store kept no buffer", i)
		}
		if at := unsafe.SliceData(s.records); first == nil {
			first = at
		} else if at == first {
			reused++
		}
	}
	if reused == 0 {
		t.Error("no ingest reused the first one's buffer")
	}
	// Re-ingest every fifth document without its last relationship: new layers for documents written by
	// calls whose buffer has been written over since.
	var again []graph.Batch
	for i := 0; i < len(batches); i += 5 {
		b := batches[i]
		if len(b.Relations) > 1 {
			b.Relations = slices.Clone(b.Relations[:len(b.Relations)-1])
			again = append(again, b)
		}
	}
	for i := 0; i < len(again); i += 4 {
		if _, err := s.Ingest(t.Context(), again[i:min(i+4, len(again))]...); err != nil {
			t.Fatal(err)
		}
	}
	s.settled()
	want := dump(t, s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error { return tx.Bucket(metaBucket).Delete(imageKey) }); err != nil {
		t.Fatal(err)
	}
	db.Close()
	m, err := Open(path, NoSync())
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if got := dump(t, m); got != want {
		t.Errorf("merged from the file's layers, the store holds\n%.2000s\nbefore it closed\n%.2000s", got, want)
	}
}
