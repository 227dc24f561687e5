package graphtest

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// testStance covers how a relationship's stance follows its evidence across documents and origins.
func testStance(t *testing.T, open func(t *testing.T) graph.Store) {
	stance := func(t *testing.T, s graph.Store) graph.Stance {
		t.Helper()
		return mustRelation(t, s, deployed).Stance
	}

	t.Run("the only evidence sets the stance", func(t *testing.T) {
		s := newStore(t, open)
		mustIngest(t, s, troopsText())
		if got := stance(t, s); got != graph.Cooperation {
			t.Errorf("stance = %s, want cooperation", got)
		}
	})

	t.Run("a later article's evidence wins", func(t *testing.T) {
		s := newStore(t, open)
		mustIngest(t, s, troopsText())
		mustIngest(t, s, hostileText())
		if got := stance(t, s); got != graph.Conflict {
			t.Errorf("stance = %s, want conflict", got)
		}
	})

	t.Run("publication date not ingest order decides which evidence is latest", func(t *testing.T) {
		s := newStore(t, open)
		mustIngest(t, s, hostileText())
		mustIngest(t, s, troopsText())
		if got := stance(t, s); got != graph.Conflict {
			t.Errorf("stance = %s, want conflict from the later article", got)
		}
	})

	t.Run("curated evidence beats later extracted evidence", func(t *testing.T) {
		s := newCorpusStore(t, open, true)
		if got := stance(t, s); got != graph.Cooperation {
			t.Errorf("stance = %s, want the analyst's cooperation", got)
		}
	})

	t.Run("dropping the curated evidence brings back the latest extracted stance", func(t *testing.T) {
		s := newCorpusStore(t, open, true)
		overlay := troopsOverlay()
		overlay.Relations = nil
		mustIngest(t, s, overlay)
		if got := stance(t, s); got != graph.Conflict {
			t.Errorf("stance = %s, want conflict", got)
		}
	})

	t.Run("a filter that hides evidence judges the stance on what it keeps", func(t *testing.T) {
		s := newCorpusStore(t, open, false)
		sg := mustNeighborhood(t, s, graph.NeighborhoodQuery{Focus: []string{russiaID}, Depth: 1,
			Filter: graph.Filter{To: "2022-01-07"}})
		for _, r := range sg.Relations {
			if r.ID == deployed && r.Stance != graph.Cooperation {
				t.Errorf("stance up to 2022-01-07 = %s, want cooperation", r.Stance)
			}
		}
	})
}
