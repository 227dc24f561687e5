package boltstore_test

import (
	"path/filepath"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/synthetic"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

// TestReadsSeeTheIngestJustDone checks that a read started once Ingest has returned sees what it ingested,
// though the swap into what reads see finishes after Ingest returns: the counts, the documents, and the
// relations of every end, call after call, while other readers read all along (run with -race).
func TestReadsSeeTheIngestJustDone(t *testing.T) {
	s, err := boltstore.Open(filepath.Join(t.TempDir(), "x.db"), boltstore.NoSync())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	batches := synthetic.New(synthetic.Config{Relations: 3_000, Seed: 11}).All()
	stop := make(chan struct{})
	var readers sync.WaitGroup
	for range 2 {
		readers.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := s.Neighborhood(t.Context(), graph.NeighborhoodQuery{Focus: []string{batches[0].Entities[0].ID}, Depth: 2}); err != nil && graph.ErrorCode(err) != graph.ENOTFOUND {
					t.Error(err)
					return
				}
			}
		})
	}
	defer readers.Wait()
	defer close(stop)
	for i := 0; i < len(batches); i += 7 {
		next := batches[i:min(i+7, len(batches))]
		res, err := s.Ingest(t.Context(), next...)
		if err != nil {
			t.Fatal(err)
		}
		if st, err := s.Stats(t.Context()); err != nil || st != res.After {
			t.Fatalf("call %d: Stats = %+v, %v right after the ingest, which left %+v", i/7, st, err, res.After)
		}
		for _, b := range next {
			if _, err := s.Document(t.Context(), b.Document.ID); err != nil {
				t.Fatalf("call %d: document %s: %v", i/7, b.Document.ID, err)
			}
			for _, r := range b.Relations {
				rels, err := s.Adjacent(t.Context(), []string{r.From}, graph.Filter{})
				if err != nil || !hasRelation(rels, r.From, r.Type, r.To) {
					t.Fatalf("call %d: the relationships of %s right after the ingest lack %s %s (%v)", i/7, r.From, r.Type, r.To, err)
				}
			}
		}
	}
}

func hasRelation(rels []graph.Relation, from string, t graph.RelType, to string) bool {
	for _, r := range rels {
		if r.From == from && r.Type == t && r.To == to {
			return true
		}
	}
	return false
}
