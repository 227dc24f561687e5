package graphtest

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func testSearch(t *testing.T, open func(t *testing.T) graph.Store) {
	t.Run("names and aliases are found whatever the case accents and punctuation", func(t *testing.T) {
		s := newCorpusStore(t, open, true)
		for _, tc := range []struct{ query, want string }{
			{"tokayev", tokayevID},
			{"TOKAYEV", tokayevID},
			{"Tokáyev", tokayevID},
			{"kassym jomart", tokayevID},
			{"Kassym–Jomart", tokayevID},
			{"  kassym---jomart!! ", tokayevID},
			{"токаев", tokayevID},
			{"alma-ata", almatyID},
			{"Alma Ata", almatyID},
			{"csto", cstoID},
			{"путин", putinID},
			{"ВЛАДИМИР", putinID},
			{"习近平", xiID},
			{"近平", xiID},
			{"кремль", kremlinWatchID},
			{"<script>", kremlinWatchID},
			{"kremlin watch", kremlinWatchID},
			{"kazakh", kazakhstanID},
			{"stan", kazakhstanID},
		} {
			found := mustSearch(t, s, tc.query, 10)
			if len(found) == 0 || found[0].ID != tc.want {
				t.Errorf("Search(%q) = %v, want %s first", tc.query, entityIDs(found), tc.want)
			}
		}
	})

	t.Run("a misspelt or otherwise transliterated name finds the actor when its letters find nothing", func(t *testing.T) {
		s := newCorpusStore(t, open, true)
		for _, tc := range []struct{ query, want string }{
			{"Tokaiev", tokayevID},
			{"tokaev", tokayevID},
			{"Kasim Jomart", tokayevID},
			{"Almati", almatyID},
		} {
			found := mustSearch(t, s, tc.query, 10)
			if len(found) == 0 || found[0].ID != tc.want {
				t.Errorf("Search(%q) = %v, want %s first", tc.query, entityIDs(found), tc.want)
			}
		}
		// A query whose letters find something is not tried by its spelling: "kazakh" finds Kazakhstan and
		// the Kazakh actors by their letters alone.
		for _, e := range mustSearch(t, s, "kazakh", graph.MaxSearchLimit) {
			if graph.SearchScore(e, graph.Fold("kazakh")) < 0 {
				t.Errorf("Search(kazakh) found %s by spelling though its letters found actors", e.ID)
			}
		}
		// Short keys are not tried: they would match too much.
		if found := mustSearch(t, s, "Ksi", 10); len(found) != 0 {
			t.Errorf("Search(Ksi) = %v, want nothing", entityIDs(found))
		}
	})

	t.Run("a query that matches nothing finds nothing", func(t *testing.T) {
		s := newCorpusStore(t, open, false)
		if found := mustSearch(t, s, "xyzzy", 10); len(found) != 0 {
			t.Errorf("Search = %v, want nothing", entityIDs(found))
		}
	})

	t.Run("hits come whole name first then prefix then word then inside a word", func(t *testing.T) {
		s := newStore(t, open)
		mustIngest(t, s, unionBatch())
		want := []string{
			"organization:union", "place:union", // whole name; same name, so by id
			"organization:trade-council",                                          // an alias starts with it; shorter name first
			"organization:union-of-journalists",                                   // the name starts with it
			"organization:european-union", "organization:eurasian-economic-union", // a word starts with it
			"place:reunion", "organization:reunion-foundation", // inside a word
		}
		if got := entityIDs(mustSearch(t, s, "Union", 10)); !slices.Equal(got, want) {
			t.Errorf("Search(Union) =\n%q\nwant\n%q", got, want)
		}
		if got := entityIDs(mustSearch(t, s, "union", 3)); !slices.Equal(got, want[:3]) {
			t.Errorf("Search(union, 3) = %q, want %q", got, want[:3])
		}
	})

	t.Run("hits are ranked as graph.CompareSearchHits orders them", func(t *testing.T) {
		s := newCorpusStore(t, open, true)
		mustIngest(t, s, unionBatch())
		var all []graph.Entity
		for _, id := range append(allEntityIDs(), entityIDs(unionBatch().Entities)...) {
			all = append(all, mustEntity(t, s, id))
		}
		for _, query := range []string{"a", "ru", "on", "union", "tokayev", "st", "Kazakhstan", "o", "eu", "in"} {
			want := rank(all, query, graph.MaxSearchLimit)
			if got := entityIDs(mustSearch(t, s, query, graph.MaxSearchLimit)); !slices.Equal(got, want) {
				t.Errorf("Search(%q) =\n%q\nwant\n%q", query, got, want)
			}
			if got := entityIDs(mustSearch(t, s, query, 2)); !slices.Equal(got, want[:min(2, len(want))]) {
				t.Errorf("Search(%q, 2) = %q, want %q", query, got, want[:min(2, len(want))])
			}
		}
	})

	t.Run("an entity with more aliases than a search key holds is found by the ones it keeps", func(t *testing.T) {
		testLongAliases(t, open)
	})

	t.Run("a query without letters or a limit out of range is invalid", func(t *testing.T) {
		s := newCorpusStore(t, open, false)
		for _, tc := range []struct {
			name  string
			query string
			limit int
		}{
			{"empty query", "", 10},
			{"only spaces", "   ", 10},
			{"only punctuation", "-- ?!", 10},
			{"zero limit", "tokayev", 0},
			{"negative limit", "tokayev", -1},
			{"limit above the maximum", "tokayev", graph.MaxSearchLimit + 1},
			{"query longer than 200 characters", strings.Repeat("a", 201), 10},
		} {
			_, err := s.Search(t.Context(), tc.query, tc.limit)
			if graph.ErrorCode(err) != graph.EINVALID {
				t.Errorf("%s: got %v, want code %q", tc.name, err, graph.EINVALID)
			}
		}
	})
}

// unionBatch holds names that match "union" in every way graph.MatchScore knows.
func unionBatch() graph.Batch {
	d := newDocument("unions-2022-02-01", "Unions", "2022-02-01", "A list of unions.")
	return graph.Batch{Document: d, Origin: graph.OriginText, Entities: []graph.Entity{
		entity(graph.Organization, "Union", ""),
		entity(graph.Place, "Union", ""),
		entity(graph.Organization, "Trade Council", "", "Union of Trade"),
		entity(graph.Organization, "Union of Journalists", ""),
		entity(graph.Organization, "European Union", ""),
		entity(graph.Organization, "Eurasian Economic Union", "", "EAEU"),
		entity(graph.Place, "Réunion", ""),
		entity(graph.Organization, "Reunion Foundation", ""),
	}}
}

// rank is the reference answer: every entity scored with graph.SearchScore, ordered by
// graph.CompareSearchHits.
func rank(entities []graph.Entity, query string, limit int) []string {
	q := graph.Fold(query)
	var hits []graph.SearchHit
	for _, e := range entities {
		if score := graph.SearchScore(e, q); score >= 0 {
			hits = append(hits, graph.SearchHit{Entity: e, Score: score})
		}
	}
	slices.SortFunc(hits, graph.CompareSearchHits)
	out := []string{}
	for _, h := range hits[:min(limit, len(hits))] {
		out = append(out, h.Entity.ID)
	}
	return out
}
