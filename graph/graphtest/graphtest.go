// Package graphtest is the conformance suite every graph.Store runs: the same questions, the same answers,
// whatever the backend. It tests only through the graph.Store interface and states each expectation as what
// a user of the store would see.
//
// A backend runs it from its own tests:
//
//	func TestConformance(t *testing.T) {
//		graphtest.Run(t, func(t *testing.T) graph.Store { return mustOpenStore(t) })
//	}
package graphtest

import (
	"cmp"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// Run runs the suite. open is called once per test and must return a new, empty store; Run closes it when
// the test ends. The tests do not run in parallel, so backends that share one server can empty it in open.
func Run(t *testing.T, open func(t *testing.T) graph.Store) {
	t.Run("Ingest", func(t *testing.T) { testIngest(t, open) })
	t.Run("Conflict", func(t *testing.T) { testConflict(t, open) })
	t.Run("Read", func(t *testing.T) { testRead(t, open) })
	t.Run("Search", func(t *testing.T) { testSearch(t, open) })
	t.Run("Neighborhood", func(t *testing.T) { testNeighborhood(t, open) })
	t.Run("Stance", func(t *testing.T) { testStance(t, open) })
	t.Run("Views", func(t *testing.T) { testViews(t, open) })
	t.Run("Confidence", func(t *testing.T) { testConfidence(t, open) })
	t.Run("Mentions", func(t *testing.T) { testMentions(t, open) })
	t.Run("Concurrency", func(t *testing.T) { testConcurrency(t, open) })
	t.Run("Version", func(t *testing.T) { testVersion(t, open) })
	t.Run("Corrections", func(t *testing.T) { testCorrections(t, open) })
	t.Run("RelationEdits", func(t *testing.T) { testRelationEdits(t, open) })
	t.Run("ActorCorrections", func(t *testing.T) { testActorCorrections(t, open) })
}

// newStore opens an empty store that is closed when the test ends.
func newStore(t *testing.T, open func(t *testing.T) graph.Store) graph.Store {
	t.Helper()
	s := open(t)
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

// newCorpusStore opens a store holding the text layers of the three fixture documents and, if overlay is
// set, the analyst's overlay on the second.
func newCorpusStore(t *testing.T, open func(t *testing.T) graph.Store, overlay bool) graph.Store {
	t.Helper()
	s := newStore(t, open)
	batches := corpus()
	if overlay {
		batches = append(batches, troopsOverlay())
	}
	mustIngest(t, s, batches...)
	return s
}

func mustIngest(t testing.TB, s graph.Store, batches ...graph.Batch) graph.IngestResult {
	t.Helper()
	res, err := s.Ingest(t.Context(), batches...)
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	return res
}

func mustStats(t testing.TB, s graph.Store) graph.Stats {
	t.Helper()
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

func mustEntity(t testing.TB, s graph.Store, id string) graph.Entity {
	t.Helper()
	e, err := s.Entity(t.Context(), id)
	if err != nil {
		t.Fatalf("Entity(%q): %v", id, err)
	}
	return e
}

func mustDocument(t testing.TB, s graph.Store, id string) graph.Document {
	t.Helper()
	d, err := s.Document(t.Context(), id)
	if err != nil {
		t.Fatalf("Document(%q): %v", id, err)
	}
	return d
}

func mustNeighborhood(t testing.TB, s graph.Store, q graph.NeighborhoodQuery) graph.Subgraph {
	t.Helper()
	sg, err := s.Neighborhood(t.Context(), q)
	if err != nil {
		t.Fatalf("Neighborhood(%+v): %v", q, err)
	}
	checkSubgraph(t, sg)
	return sg
}

func mustSearch(t testing.TB, s graph.Store, query string, limit int) []graph.Entity {
	t.Helper()
	found, err := s.Search(t.Context(), query, limit)
	if err != nil {
		t.Fatalf("Search(%q, %d): %v", query, limit, err)
	}
	return found
}

// wantCode fails the test unless err carries the code.
func wantCode(t testing.TB, err error, code string) {
	t.Helper()
	if got := graph.ErrorCode(err); got != code {
		t.Fatalf("got error %v (code %q), want code %q", err, got, code)
	}
}

// relation returns the relation as the neighbourhood of its source entity shows it, and false if the store
// holds no such relation.
func relation(t testing.TB, s graph.Store, id string) (graph.Relation, bool) {
	t.Helper()
	from := id[:strings.Index(id, "|")]
	sg, err := s.Neighborhood(t.Context(), graph.NeighborhoodQuery{Focus: []string{from}, Depth: 1,
		Filter: graph.Filter{MaxNodes: graph.MaxMaxNodes}})
	if graph.ErrorCode(err) == graph.ENOTFOUND {
		return graph.Relation{}, false
	}
	if err != nil {
		t.Fatalf("Neighborhood of %s: %v", from, err)
	}
	for _, r := range sg.Relations {
		if r.ID == id {
			return r, true
		}
	}
	return graph.Relation{}, false
}

func mustRelation(t testing.TB, s graph.Store, id string) graph.Relation {
	t.Helper()
	r, ok := relation(t, s, id)
	if !ok {
		t.Fatalf("the store has no relation %s", id)
	}
	return r
}

func entityIDs(es []graph.Entity) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.ID
	}
	return out
}

func relationIDs(rs []graph.Relation) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.ID
	}
	return out
}

func documentIDs(ds []graph.Document) []string {
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.ID
	}
	return out
}

// sorted returns the ids sorted, for comparing sets.
func sorted(ids ...string) []string {
	return slices.Sorted(slices.Values(ids))
}

// checkSubgraph checks what every view must be: entities and relations sorted by id, every relation between
// two shown entities with evidence that quotes a listed document, documents without text by date and id.
func checkSubgraph(t testing.TB, sg graph.Subgraph) {
	t.Helper()
	if !slices.IsSortedFunc(sg.Entities, func(a, b graph.Entity) int { return strings.Compare(a.ID, b.ID) }) {
		t.Errorf("entities are not sorted by id: %v", entityIDs(sg.Entities))
	}
	if !slices.IsSortedFunc(sg.Relations, func(a, b graph.Relation) int { return strings.Compare(a.ID, b.ID) }) {
		t.Errorf("relations are not sorted by id: %v", relationIDs(sg.Relations))
	}
	docs := map[string]bool{}
	for _, d := range sg.Documents {
		docs[d.ID] = true
		if d.Text != "" {
			t.Errorf("document %s is listed with its text", d.ID)
		}
	}
	if !slices.IsSortedFunc(sg.Documents, func(a, b graph.Document) int {
		return cmp.Or(cmp.Compare(a.Published, b.Published), cmp.Compare(a.ID, b.ID))
	}) {
		t.Errorf("documents are not sorted by date and id: %v", documentIDs(sg.Documents))
	}
	cited := map[string]bool{}
	for _, r := range sg.Relations {
		for _, end := range []string{r.From, r.To} {
			if _, ok := sg.Entity(end); !ok {
				t.Errorf("relation %s ends at %s, which the view does not show", r.ID, end)
			}
		}
		if len(r.Evidence) == 0 {
			t.Errorf("relation %s has no evidence", r.ID)
		}
		for _, ev := range r.Evidence {
			cited[ev.Document] = true
			if !docs[ev.Document] {
				t.Errorf("relation %s cites document %s, which the view does not list", r.ID, ev.Document)
			}
		}
	}
	for id := range docs {
		if !cited[id] {
			t.Errorf("the view lists document %s, which no relation cites", id)
		}
	}
}
