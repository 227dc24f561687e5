package graph

import (
	"cmp"
	"strings"
	"unicode/utf8"
)

// SearchQuery checks a search query and limit and returns the folded query.
// Errors: EINVALID.
func SearchQuery(query string, limit int) (string, error) {
	if limit < 1 || limit > MaxSearchLimit {
		return "", Errorf(EINVALID, "limit %d is outside 1..%d", limit, MaxSearchLimit)
	}
	if utf8.RuneCountInString(query) > 200 {
		return "", Errorf(EINVALID, "query is longer than 200 characters")
	}
	q := Fold(query)
	if q == "" {
		return "", Errorf(EINVALID, "query %q has no letters or digits", Clip(query))
	}
	return q, nil
}

// SearchScore is the best MatchScore of the entity's name and aliases against the folded query; -1 means
// no match.
func SearchScore(e Entity, foldedQuery string) int {
	best := MatchScore(Fold(e.Name), foldedQuery)
	for _, a := range e.Aliases {
		if s := MatchScore(Fold(a), foldedQuery); s >= 0 && (best < 0 || s < best) {
			best = s
		}
	}
	return best
}

// SearchHit is an entity with its SearchScore.
type SearchHit struct {
	Entity Entity
	Score  int
}

// CompareSearchHits orders search results: better score, then shorter name, then name, then id.
func CompareSearchHits(a, b SearchHit) int {
	return cmp.Or(
		cmp.Compare(a.Score, b.Score),
		cmp.Compare(utf8.RuneCountInString(a.Entity.Name), utf8.RuneCountInString(b.Entity.Name)),
		strings.Compare(a.Entity.Name, b.Entity.Name),
		strings.Compare(a.Entity.ID, b.Entity.ID),
	)
}
