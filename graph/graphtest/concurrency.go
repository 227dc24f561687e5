package graphtest

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// The concurrency test ingests pairs of small articles, two to a call, while readers look at the graph.
const (
	concurrentCalls     = 12
	envoysPerArticle    = 3
	relationsPerArticle = 2*envoysPerArticle - 1 // each envoy visits the hub; each but the last calls the next
)

var hubID = graph.EntityID(graph.State, "Concordia")

// envoyArticle is article i: envoysPerArticle envoys whose names start a word with "c" and the number of
// the call (i/2), which no other call's envoys share.
func envoyArticle(i int) graph.Batch {
	var text strings.Builder
	names := make([]string, envoysPerArticle)
	for j := range names {
		names[j] = fmt.Sprintf("Envoy C%02d%c%d", i/2, 'a'+i%2, j)
	}
	for j, n := range names {
		fmt.Fprintf(&text, "%s visited Concordia. ", n)
		if j+1 < len(names) {
			fmt.Fprintf(&text, "%s called %s. ", n, names[j+1])
		}
	}
	d := newDocument(fmt.Sprintf("envoys-%02d", i), fmt.Sprintf("Envoys %d", i), fmt.Sprintf("2022-03-%02d", 1+i%28), text.String())
	b := graph.Batch{Document: d, Origin: graph.OriginText, Entities: []graph.Entity{entity(graph.State, "Concordia", "")}}
	for j, n := range names {
		b.Entities = append(b.Entities, entity(graph.Person, n, ""))
		id := graph.EntityID(graph.Person, n)
		b.Relations = append(b.Relations, rel(id, graph.MetWith, hubID, quote(d, n+" visited Concordia.", graph.Neutral)))
		if j+1 < len(names) {
			next := graph.EntityID(graph.Person, names[j+1])
			b.Relations = append(b.Relations, rel(id, graph.Called, next, quote(d, n+" called "+names[j+1]+".", graph.Neutral)))
		}
	}
	return b
}

func testConcurrency(t *testing.T, open func(t *testing.T) graph.Store) {
	t.Run("reads during ingests succeed and see whole calls or nothing of them", func(t *testing.T) {
		s := newCorpusStore(t, open, true)
		done := make(chan struct{})
		var wg sync.WaitGroup
		wg.Go(func() {
			defer close(done)
			for c := range concurrentCalls {
				if _, err := s.Ingest(t.Context(), envoyArticle(2*c), envoyArticle(2*c+1)); err != nil {
					t.Errorf("Ingest call %d: %v", c, err)
					return
				}
			}
		})
		for r := range 3 {
			wg.Go(func() {
				for n := 0; ; n++ {
					select {
					case <-done:
						if n > 0 {
							return
						}
					default:
					}
					if err := checkWholeCalls(t, s, r+n); err != nil {
						t.Error(err)
						return
					}
				}
			})
		}
		wg.Wait()
		if err := checkWholeCalls(t, s, 0); err != nil {
			t.Error(err)
		}
		want := corpusStats
		want.Documents += 2 * concurrentCalls
		want.Entities += 2*concurrentCalls*envoysPerArticle + 1
		want.Relations += 2 * concurrentCalls * relationsPerArticle
		want.Evidence += 1 + 2*concurrentCalls*relationsPerArticle
		if got := mustStats(t, s); got != want {
			t.Errorf("Stats = %+v, want %+v", got, want)
		}
	})
}

// checkWholeCalls reads the store once in one of several ways and checks that each pair of articles
// ingested together shows all of its relations and entities or none of them.
func checkWholeCalls(t *testing.T, s graph.Store, n int) error {
	ctx := t.Context()
	switch n % 4 {
	case 0: // the hub's visitors, where every article's relations meet
		// Its visits only: with the envoys' calls too, the neighbourhood passes graph.MaxRelations and drops
		// some of them, whole calls or not.
		sg, err := s.Neighborhood(ctx, graph.NeighborhoodQuery{Focus: []string{hubID}, Depth: 1,
			Filter: graph.Filter{MaxNodes: graph.MaxMaxNodes, Types: []graph.RelType{graph.MetWith}}})
		if graph.ErrorCode(err) == graph.ENOTFOUND {
			return nil // no article yet
		}
		if err != nil {
			return fmt.Errorf("calling Neighborhood: %w", err)
		}
		per := map[string]int{}
		for _, r := range sg.Relations {
			for _, ev := range r.Evidence {
				per[ev.Document]++
			}
		}
		for c := range concurrentCalls {
			a, b := per[fmt.Sprintf("envoys-%02d", 2*c)], per[fmt.Sprintf("envoys-%02d", 2*c+1)]
			if a != b || (a != 0 && a != envoysPerArticle) {
				return fmt.Errorf("call %d shows %d and %d visits of its articles, want %d or none", c, a, b, envoysPerArticle)
			}
		}
	case 1: // one search for the envoys of both articles of a call
		c := n / 4 % concurrentCalls
		found, err := s.Search(ctx, fmt.Sprintf("c%02d", c), graph.MaxSearchLimit)
		if err != nil {
			return fmt.Errorf("calling Search: %w", err)
		}
		if len(found) != 0 && len(found) != 2*envoysPerArticle {
			return fmt.Errorf("search finds %d envoys of call %d, want %d or none", len(found), c, 2*envoysPerArticle)
		}
	case 2: // the list of documents
		docs, err := s.Documents(ctx)
		if err != nil {
			return fmt.Errorf("calling Documents: %w", err)
		}
		if extra := len(docs) - corpusStats.Documents; extra%2 != 0 {
			return fmt.Errorf("the list of documents has %d articles beyond the corpus, want an even number", extra)
		}
	case 3: // the counts, and a document's text
		st, err := s.Stats(ctx)
		if err != nil {
			return fmt.Errorf("calling Stats: %w", err)
		}
		if extra := st.Relations - corpusStats.Relations; extra%(2*relationsPerArticle) != 0 {
			return fmt.Errorf("the stats count %d relations beyond the corpus, want a multiple of %d", extra, 2*relationsPerArticle)
		}
		if _, err := s.Document(ctx, troopsID); err != nil {
			return fmt.Errorf("calling Document: %w", err)
		}
	}
	return nil
}
