package graphtest

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func testVersion(t *testing.T, open func(t *testing.T) graph.Store) {
	t.Run("reads leave the version as it was", func(t *testing.T) {
		s := newCorpusStore(t, open, false)
		before := mustVersion(t, s)
		mustStats(t, s)
		mustNeighborhood(t, s, graph.NeighborhoodQuery{Focus: []string{tokayevID}, Depth: 2})
		if _, err := s.Snapshot(t.Context(), graph.Filter{}); err != nil {
			t.Fatal(err)
		}
		if after := mustVersion(t, s); after != before {
			t.Errorf("version %q after reads, was %q", after, before)
		}
	})

	t.Run("every ingest that changes the graph gives a version not seen before", func(t *testing.T) {
		s := newStore(t, open)
		seen := map[string]string{mustVersion(t, s): "the empty store"}
		for _, step := range []struct {
			name    string
			batches []graph.Batch
		}{
			{"the corpus", corpus()},
			{"the overlay", []graph.Batch{troopsOverlay()}},
			{"a relationship removed", []graph.Batch{without(troopsText(), supports, xiID)}},
			{"the relationship back", []graph.Batch{troopsText()}},
		} {
			mustIngest(t, s, step.batches...)
			v := mustVersion(t, s)
			if was, ok := seen[v]; ok {
				t.Errorf("after ingesting %s the version is %q, as it was for %s", step.name, v, was)
			}
			seen[v] = step.name
		}
	})

	t.Run("an ingest that changes nothing or fails leaves the version as it was", func(t *testing.T) {
		s := newCorpusStore(t, open, true)
		before := mustVersion(t, s)
		mustIngest(t, s, append(corpus(), troopsOverlay())...)
		if after := mustVersion(t, s); after != before {
			t.Errorf("version %q after ingesting the same batches again, was %q", after, before)
		}
		// The first batch would change the graph; the second fails, and with it the whole call.
		_, err := s.Ingest(t.Context(), without(troopsText(), supports, xiID),
			graph.Batch{Document: graph.Document{ID: "nowhere"}, Origin: graph.OriginText})
		wantCode(t, err, graph.ENOTFOUND)
		if after := mustVersion(t, s); after != before {
			t.Errorf("version %q after a failed ingest, was %q", after, before)
		}
	})
}

func mustVersion(t testing.TB, s graph.Store) string {
	t.Helper()
	v, err := s.Version(t.Context())
	if err != nil {
		t.Fatalf("Version: %v", err)
	}
	if v == "" {
		t.Fatal("Version is empty")
	}
	return v
}
