package neo4jstore

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
)

// The analyst views (paths, blocs, centrality) read the graph through these two, as they read the embedded
// store; both answer with the graph package's pure functions over what they fetch, so the stores agree.

// Adjacent returns every filtered relationship that touches one of the entities (graph.Adjacent): one round
// trip per frontier of a path search. Errors: EINVALID for a bad filter.
func (s *Store) Adjacent(ctx context.Context, ids []string, f graph.Filter) ([]graph.Relation, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	var out []graph.Relation
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		src := newFetched()
		ids := uniq(ids)
		rows, err := run(ctx, tx, stmtAdjacency, map[string]any{"ids": ids})
		if err != nil {
			return err
		}
		src.add(rows)
		for _, id := range ids {
			src.loaded[id] = true // an unknown id has no relationships
		}
		src.missing, src.missingDocs = map[string]bool{}, map[string]bool{}
		out, err = graph.Adjacent(ids, f, src)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Snapshot returns every entity that passes the filter's kinds and every filtered relationship between
// them, without a node limit (graph.Induce over the whole graph). It reads the whole graph: it is for
// analyses that need all of it. Errors: EINVALID for a bad filter.
func (s *Store) Snapshot(ctx context.Context, f graph.Filter) (graph.Subgraph, error) {
	if err := f.Validate(); err != nil {
		return graph.Subgraph{}, err
	}
	var sg graph.Subgraph
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		src := newFetched()
		rows, err := run(ctx, tx, stmtAllEntities, nil)
		if err != nil {
			return err
		}
		ids := make([]string, 0, len(rows))
		for _, r := range rows {
			e := decodeEntity(dict(r["entity"]))
			src.entities[e.ID] = e
			src.loaded[e.ID] = true
			ids = append(ids, e.ID)
		}
		if rows, err = run(ctx, tx, stmtAllRelations, nil); err != nil {
			return err
		}
		src.add(rows)
		if rows, err = run(ctx, tx, stmtDocumentList, nil); err != nil {
			return err
		}
		for _, r := range rows {
			d := decodeDocument(r)
			src.docs[d.ID] = d
		}
		src.missing, src.missingDocs = map[string]bool{}, map[string]bool{}
		sg, err = graph.Induce(ids, f, src)
		return err
	})
	if err != nil {
		return graph.Subgraph{}, err
	}
	return sg, nil
}
