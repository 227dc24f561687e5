package graph

import (
	"cmp"
	"slices"
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

// MaxSearchKeyBytes bounds what search finds an entity by: its folded name and aliases, each counted with
// one byte for the separator before it and one more at the end, as the Neo4j store indexes them
// ("|name|alias|...|"). Neo4j's text index refuses a value over 32,766 bytes (Lucene's limit on one term),
// and an entity merged from many documents gathers aliases without end; both stores search by the same
// bounded keys, so they find the same entities by the same names.
const MaxSearchKeyBytes = 32_000

// SearchKeys returns the folded forms of the entity's name and aliases that search matches queries
// against: the name's always, then each alias's once, shortest first, while they fit in
// MaxSearchKeyBytes. They come back in the entity's order, the name first. An alias left out is still the
// entity's, stored and shown; search does not find the entity by it.
func SearchKeys(e Entity) []string {
	name := Fold(e.Name)
	folds := make([]string, 0, len(e.Aliases))
	seen := map[string]bool{name: true}
	for _, a := range e.Aliases {
		if f := Fold(a); f != "" && !seen[f] {
			seen[f] = true
			folds = append(folds, f)
		}
	}
	used := len(name) + 2
	keep := make([]bool, len(folds))
	byLength := make([]int, len(folds))
	for i := range byLength {
		byLength[i] = i
	}
	slices.SortStableFunc(byLength, func(a, b int) int { return cmp.Compare(len(folds[a]), len(folds[b])) })
	for _, i := range byLength {
		if used+len(folds[i])+1 > MaxSearchKeyBytes {
			break // the rest are as long or longer
		}
		used += len(folds[i]) + 1
		keep[i] = true
	}
	out := append(make([]string, 0, 1+len(folds)), name)
	for i, f := range folds {
		if keep[i] {
			out = append(out, f)
		}
	}
	return out
}

// SearchScore is the best MatchScore of the entity's SearchKeys against the folded query; -1 means no
// match.
func SearchScore(e Entity, foldedQuery string) int {
	best := -1
	for _, k := range SearchKeys(e) {
		if s := MatchScore(k, foldedQuery); s >= 0 && (best < 0 || s < best) {
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
