package neo4jstore_test

import (
	"context"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/store/neo4jstore"
)

// article returns a small valid batch: two entities and one relationship quoted from its text.
func article(id, published string) graph.Batch {
	text := "Russia deployed paratroopers to Kazakhstan."
	d := graph.Document{ID: id, Title: "Troops", Published: published, Hash: graph.ContentHash(text), Text: text}
	ru, kz := graph.NewEntity(graph.State, "Russia"), graph.NewEntity(graph.State, "Kazakhstan")
	ev := graph.Evidence{Document: id, Text: text, Start: 0, End: len(text), Stance: graph.Cooperation,
		Origin: graph.Extracted, Rule: "verb-pattern", Confidence: 0.8}
	return graph.Batch{Document: d, Origin: graph.OriginText, Entities: []graph.Entity{ru, kz},
		Relations: []graph.Relation{{From: ru.ID, To: kz.ID, Type: graph.DeployedForcesTo, Evidence: []graph.Evidence{ev}}}}
}

func TestIngestThatChangesNothingWritesNothing(t *testing.T) {
	f := newFakeNeo4j()
	s := mustOpenEmulated(t, f, 1000)
	defer s.Close()
	ctx := t.Context()
	if _, err := s.Ingest(ctx, article("a", "2022-01-07")); err != nil {
		t.Fatal(err)
	}
	locks := f.runs("lock")
	res, err := s.Ingest(ctx, article("a", "2022-01-07"))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Unchanged) != 1 || res.Before != res.After {
		t.Errorf("Ingest again = %+v, want one unchanged batch and no change", res)
	}
	if got := f.runs("lock"); got != locks {
		t.Errorf("ingesting the same batch again opened a write transaction (%d locks, want %d)", got, locks)
	}
	// An invalid call is refused before any write transaction too.
	bad := article("b", "2022-01-08")
	bad.Relations[0].Evidence[0].End--
	if _, err := s.Ingest(ctx, bad); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("Ingest(bad) = %v, want EINVALID", err)
	}
	if got := f.runs("lock"); got != locks {
		t.Errorf("an invalid batch opened a write transaction")
	}
}

func TestIngestWritesInBatchesOfTheConfiguredSize(t *testing.T) {
	f := newFakeNeo4j()
	s := mustOpenEmulated(t, f, 1)
	defer s.Close()
	var batches []graph.Batch
	for _, id := range []string{"a", "b", "c"} {
		batches = append(batches, article(id, "2022-01-07"))
	}
	if _, err := s.Ingest(t.Context(), batches...); err != nil {
		t.Fatal(err)
	}
	// Three documents, one row each, one row per statement run.
	if got := f.runs("upsertDocuments"); got != 3 {
		t.Errorf("upsertDocuments ran %d times, want 3 with batches of 1 row", got)
	}
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if want := (graph.Stats{Documents: 3, Entities: 2, Relations: 1, Evidence: 3}); st != want {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
}

func TestClosedStoreIsUnavailable(t *testing.T) {
	s := mustOpenEmulated(t, newFakeNeo4j(), 1000)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	ctx := t.Context()
	for name, call := range map[string]func() error{
		"Ping":   func() error { return s.Ping(ctx) },
		"Stats":  func() error { _, err := s.Stats(ctx); return err },
		"Entity": func() error { _, err := s.Entity(ctx, "state:russia"); return err },
		"Ingest": func() error { _, err := s.Ingest(ctx, article("a", "")); return err },
		"Clear":  func() error { return s.Clear(ctx) },
	} {
		if err := call(); graph.ErrorCode(err) != graph.EUNAVAILABLE {
			t.Errorf("%s after Close = %v, want EUNAVAILABLE", name, err)
		}
	}
}

func TestClearEmptiesTheGraph(t *testing.T) {
	s := mustOpenEmulated(t, newFakeNeo4j(), 1000)
	defer s.Close()
	ctx := t.Context()
	if _, err := s.Ingest(ctx, article("a", "2022-01-07")); err != nil {
		t.Fatal(err)
	}
	if err := s.Clear(ctx); err != nil {
		t.Fatal(err)
	}
	if st, err := s.Stats(ctx); err != nil || st != (graph.Stats{}) {
		t.Errorf("Stats after Clear = %+v, %v; want zeros", st, err)
	}
}

func TestCancelledContextIsATimeout(t *testing.T) {
	s := mustOpenEmulated(t, newFakeNeo4j(), 1000)
	defer s.Close()
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := s.Stats(ctx); graph.ErrorCode(err) != graph.ETIMEOUT {
		t.Errorf("Stats with a cancelled context = %v, want ETIMEOUT", err)
	}
}

var _ graph.Store = (*neo4jstore.Store)(nil)
