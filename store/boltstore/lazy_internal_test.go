package boltstore

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"slices"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/synthetic"
)

// lazyViews are the reads TestLazyEvidence compares: neighbourhoods under filters that do and do not look
// into the evidence, and every relationship of a few entities.
type lazyViews struct {
	Views    []graph.Subgraph
	Adjacent [][]graph.Relation
	Snapshot graph.Subgraph
}

// readLazyViews reads the views of ids[i] for i in order (the filter is chosen by i).
func readLazyViews(t *testing.T, s *Store, ids []string, order []int, snapshot bool) lazyViews {
	t.Helper()
	v := lazyViews{Views: make([]graph.Subgraph, len(ids)), Adjacent: make([][]graph.Relation, len(ids))}
	for _, i := range order {
		id := ids[i]
		f := []graph.Filter{{}, {MinConfidence: 0.7}, {From: "2018-01-01", To: "2020-12-31"}, {MinEvidence: 2}}[i%4]
		sg, err := s.Neighborhood(t.Context(), graph.NeighborhoodQuery{Focus: []string{id}, Depth: 2, Filter: f})
		if err != nil {
			t.Fatal(err)
		}
		adj, err := s.Adjacent(t.Context(), []string{id}, f)
		if err != nil {
			t.Fatal(err)
		}
		v.Views[i], v.Adjacent[i] = sg, adj
	}
	if snapshot {
		var err error
		if v.Snapshot, err = s.Snapshot(t.Context(), graph.Filter{}); err != nil {
			t.Fatal(err)
		}
	}
	return v
}

func pendingRelations(s *Store) int {
	n := 0
	for i := range s.st.lazy.states {
		if s.st.lazy.states[i].pending.Load() {
			n++
		}
	}
	return n
}

// TestLazyEvidence checks that a store opened from its image decodes no evidence until a read needs it, that
// a view decodes only the relationships it shows, and that readers at once (run it with -race) get what the
// store that wrote the image answered.
func TestLazyEvidence(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lazy.db")
	s, err := Open(path, NoSync())
	if err != nil {
		t.Fatal(err)
	}
	corpus := synthetic.New(synthetic.Config{Relations: 5_000, Seed: 7})
	if _, err := s.Ingest(t.Context(), corpus.All()...); err != nil {
		t.Fatal(err)
	}
	var ids []string
	var order []int
	for i := range 40 {
		ids = append(ids, corpus.Entity(i*13%corpus.Entities()).ID)
		order = append(order, i)
	}
	want := readLazyViews(t, s, ids, order, true)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.st.lazy == nil {
		t.Fatal("the store was not read from its image")
	}
	if n := pendingRelations(s); n != s.st.stats.Relations {
		t.Fatalf("%d of %d relations have their evidence to decode after Open, want all", n, s.st.stats.Relations)
	}
	sg, err := s.Neighborhood(t.Context(), graph.NeighborhoodQuery{Focus: []string{ids[0]}, Depth: 2})
	if err != nil {
		t.Fatal(err)
	}
	// The relationships among the view's actors: those it draws and those its limit left out.
	if decoded, among := s.st.stats.Relations-pendingRelations(s), len(sg.Relations)+sg.OmittedRelations; decoded != among {
		t.Errorf("a view with %d relationships among its actors decoded the evidence of %d", among, decoded)
	}
	if !reflect.DeepEqual(sg, want.Views[0]) {
		t.Errorf("the first view differs from the store's before it closed")
	}

	var wg sync.WaitGroup
	got := make([]lazyViews, 8)
	for g := range got {
		wg.Go(func() {
			// Each reader goes through the entities in another order, so that they decode different
			// relations at once.
			mine := make([]int, len(ids))
			for i := range mine {
				mine[i] = (i + g*5) % len(ids)
			}
			got[g] = readLazyViews(t, s, ids, mine, g == 0)
		})
	}
	wg.Wait()
	for g := range got {
		if g == 0 {
			if !reflect.DeepEqual(got[0].Snapshot, want.Snapshot) {
				t.Errorf("the snapshot differs from the store's before it closed")
			}
		}
		for i := range ids {
			if !reflect.DeepEqual(got[g].Views[i], want.Views[i]) || !reflect.DeepEqual(got[g].Adjacent[i], want.Adjacent[i]) {
				t.Errorf("reader %d: the view or relationships of %s differ from the store's before it closed", g, ids[i])
			}
		}
	}
	if n := pendingRelations(s); n != 0 {
		t.Errorf("%d relations still pending after a snapshot", n)
	}
	// Every relationship is found by its ends and type, as the index by id found it; none by ends the
	// other way round or by another type, unless the graph has that one too.
	has := map[string]bool{}
	for _, r := range want.Snapshot.Relations {
		has[r.ID] = true
	}
	src := source{s.st}
	for _, r := range want.Snapshot.Relations {
		if got := src.RelationsBetween(r.From, r.To, []graph.RelType{r.Type}, nil); len(got) != 1 || !reflect.DeepEqual(got[0], r) {
			t.Fatalf("RelationsBetween(%s, %s, %s) = %v, want the relationship", r.From, r.To, r.Type, got)
		}
		for _, other := range []graph.Relation{{From: r.To, To: r.From, Type: r.Type}, {From: r.From, To: r.To, Type: graph.Borders}} {
			got := src.RelationsBetween(other.From, other.To, []graph.RelType{other.Type}, nil)
			if want := has[graph.RelationID(other.From, other.Type, other.To)]; (len(got) == 1) != want || len(got) > 1 {
				t.Fatalf("RelationsBetween(%s, %s, %s) = %d relationships, want %v", other.From, other.To, other.Type, len(got), want)
			}
		}
	}
}

// TestViewsOutliveTheFileMapping checks that what a store read from its image answered stays valid once
// bbolt's mapping of the file, where the image's records stay, is gone: after an ingest grew the file
// (bbolt maps it anew) and after Close. The evidence is decoded from the records into the heap; a string
// left pointing into the old mapping would fault when read (a panic here, with panics on faults).
func TestViewsOutliveTheFileMapping(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mapping.db")
	s, err := Open(path, NoSync())
	if err != nil {
		t.Fatal(err)
	}
	corpus := synthetic.New(synthetic.Config{Relations: 5_000, Seed: 11})
	batches := corpus.All()
	if _, err := s.Ingest(t.Context(), batches[:len(batches)-1]...); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if s, err = Open(path, NoSync()); err != nil {
		t.Fatal(err)
	}
	if s.st.lazy == nil || s.st.lazy.tx == nil {
		t.Fatal("the store was not read from its image, in a transaction it keeps")
	}
	var ids []string
	var order []int
	for i := range 20 {
		ids = append(ids, corpus.Entity(i*17%corpus.Entities()).ID)
		order = append(order, i)
	}
	views := readLazyViews(t, s, ids, order, false)
	want := fmt.Sprintf("%+v", views)
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	// The last document and a copy of the others under new ids: the file must grow.
	more := []graph.Batch{batches[len(batches)-1]}
	for i, b := range batches[:len(batches)-1] {
		b.Document.ID = fmt.Sprintf("copy-%d", i)
		for j := range b.Relations {
			b.Relations[j].Evidence = slices.Clone(b.Relations[j].Evidence)
			for k := range b.Relations[j].Evidence {
				b.Relations[j].Evidence[k].Document = b.Document.ID
			}
		}
		more = append(more, b)
	}
	if _, err := s.Ingest(t.Context(), more...); err != nil {
		t.Fatal(err)
	}
	if grown, err := os.Stat(path); err != nil || grown.Size() <= info.Size() {
		t.Fatalf("the ingest did not grow the file (%v): the test needs a new mapping", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	if got := fmt.Sprintf("%+v", views); got != want {
		t.Errorf("the views read before the file was mapped anew and closed changed after")
	}
}
