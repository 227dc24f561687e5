package neo4jstore

import (
	"context"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
)

// searchKey is what the TEXT index holds for an entity: graph.SearchKeys, its folded name and aliases, between
// bars, so that a folded query (which has no bar) is found inside one of them, and "|q|", "|q" and " q" tell
// a whole name, a name's start and a word's start apart. graph.MaxSearchKeyBytes keeps it within what the
// index takes (32,766 bytes).
func searchKey(e graph.Entity) string {
	return "|" + strings.Join(graph.SearchKeys(e), "|") + "|"
}

// spellingKey is what the TEXT index on Entity.spelling holds: graph.SpellingKeys between bars, never longer
// than searchKey.
func spellingKey(e graph.Entity) string {
	return "|" + strings.Join(graph.SpellingKeys(e), "|") + "|"
}

// maxSpellingCandidates bounds the entities a spelling search reads: a spelling key of four letters or more
// is in few names.
const maxSpellingCandidates = 10_000

// Search returns up to limit entities whose name or an alias matches the query, best first
// (graph.CompareSearchHits). Errors: EINVALID for a query with no letters or digits, or a limit outside
// 1..graph.MaxSearchLimit.
//
// Neo4j ranks by score only, to find the score of the limit-th hit; every candidate up to that score comes
// back and is ranked here exactly as the embedded store ranks, since names compare differently in Cypher
// (UTF-16 code units) than in Go.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]graph.Entity, error) {
	q, err := graph.SearchQuery(query, limit)
	if err != nil {
		return nil, err
	}
	params := map[string]any{"query": q, "exact": "|" + q + "|", "prefix": "|" + q, "word": " " + q, "limit": limit}
	var hits []graph.SearchHit
	err = s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		hits = hits[:0]
		rows, err := run(ctx, tx, stmtSearchCutoff, params)
		if err != nil || len(rows) == 0 || rows[0]["cutoff"] == nil {
			return err
		}
		params["cutoff"] = integer(rows[0]["cutoff"])
		if rows, err = run(ctx, tx, stmtSearchHits, params); err != nil {
			return err
		}
		for _, r := range rows {
			e := decodeEntity(dict(r["entity"]))
			if score := graph.SearchScore(e, q); score >= 0 {
				hits = append(hits, graph.SearchHit{Entity: e, Score: score})
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(hits) == 0 {
		if hits, err = s.searchSpelling(ctx, q); err != nil {
			return nil, err
		}
	}
	slices.SortFunc(hits, graph.CompareSearchHits)
	out := []graph.Entity{}
	for _, h := range hits[:min(limit, len(hits))] {
		out = append(out, h.Entity)
	}
	return out, nil
}

// searchSpelling finds the entities whose spelling keys match the query's, as the embedded store does when
// a query finds nothing by its letters (graph.SpellingScore).
func (s *Store) searchSpelling(ctx context.Context, q string) ([]graph.SearchHit, error) {
	sq := graph.SpellingKey(q)
	if len(sq) < graph.MinSpellingQuery {
		return nil, nil
	}
	var hits []graph.SearchHit
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		hits = hits[:0]
		rows, err := run(ctx, tx, stmtSearchSpelling, map[string]any{"query": sq, "scan": maxSpellingCandidates})
		if err != nil {
			return err
		}
		for _, r := range rows {
			e := decodeEntity(dict(r["entity"]))
			if score := graph.SpellingScore(e, q); score >= 0 {
				hits = append(hits, graph.SearchHit{Entity: e, Score: score})
			}
		}
		return nil
	})
	return hits, err
}
