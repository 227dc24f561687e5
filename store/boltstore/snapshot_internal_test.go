package boltstore

import (
	"context"
	"path/filepath"
	"reflect"
	"sync/atomic"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/synthetic"
)

func openSynthetic(t *testing.T, relations int) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "x.db"), NoSync())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Ingest(t.Context(), synthetic.New(synthetic.Config{Relations: relations, Seed: 5}).All()...); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSnapshotMatchesInduce checks that Snapshot, which walks the relationship index once, answers exactly
// what graph.Induce over every entity answers, under filters of every kind.
func TestSnapshotMatchesInduce(t *testing.T) {
	s := openSynthetic(t, 20_000)
	filters := []graph.Filter{
		{},
		{Types: []graph.RelType{graph.MetWith, graph.Supports, graph.Borders}},
		{MinEvidence: 2},
		{Kinds: []graph.Kind{graph.Person, graph.State}},
		{Stances: []graph.Stance{graph.Conflict}},
		{From: "2018-01-01", To: "2020-12-31"},
		{Documents: []string{"synthetic-0000001", "synthetic-0000020"}},
		{MinConfidence: 0.7, Kinds: []graph.Kind{graph.Organization, graph.State}},
	}
	for _, f := range filters {
		got, err := s.Snapshot(t.Context(), f)
		if err != nil {
			t.Fatal(err)
		}
		var want graph.Subgraph
		err = s.read(t.Context(), func(st *state) error {
			ids := make([]string, 0, len(st.entities))
			for id := range st.entities {
				ids = append(ids, id)
			}
			var err error
			want, err = graph.Induce(ids, f, source{st})
			cloneSubgraph(&want)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(want.Relations) == 0 {
			t.Errorf("%+v keeps nothing: not a useful case", f)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%+v: Snapshot gives %d entities, %d relations, %d documents; Induce %d, %d, %d", f,
				len(got.Entities), len(got.Relations), len(got.Documents), len(want.Entities), len(want.Relations), len(want.Documents))
		}
	}
}

// doneAfter is a context that is done from its nth look on: a walk that looks at it stops there.
type doneAfter struct {
	context.Context
	looks, n atomic.Int64
}

func (c *doneAfter) Err() error {
	if c.looks.Add(1) > c.n.Load() {
		return context.Canceled
	}
	return nil
}

// TestSnapshotStopsWhenTheContextIsDone: a Snapshot whose context is done part way through the walk stops
// at its next look (every 4,096 relationships) with ETIMEOUT, rather than reading the rest.
func TestSnapshotStopsWhenTheContextIsDone(t *testing.T) {
	s := openSynthetic(t, 20_000)
	ctx := &doneAfter{Context: t.Context()}
	ctx.n.Store(2) // the look before taking the lock, and the first one of the walk
	sg, err := s.Snapshot(ctx, graph.Filter{})
	if graph.ErrorCode(err) != graph.ETIMEOUT || len(sg.Relations) != 0 {
		t.Fatalf("got %d relations and error %v, want none and code %q", len(sg.Relations), err, graph.ETIMEOUT)
	}
	if looks := ctx.looks.Load(); looks != 3 {
		t.Errorf("%d looks at the context, want 3: the walk went on after it was done", looks)
	}
}
