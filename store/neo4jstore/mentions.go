package neo4jstore

import (
	"cmp"
	"context"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
)

// DocumentEntities returns the entities the document's layers mention, sorted by id. Errors: ENOTFOUND.
func (s *Store) DocumentEntities(ctx context.Context, id string) ([]graph.Entity, error) {
	var out []graph.Entity
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		rows, err := run(ctx, tx, stmtDocEntities, map[string]any{"id": id})
		if err != nil {
			return err
		}
		if len(rows) == 0 {
			return graph.Errorf(graph.ENOTFOUND, "no document with id %q", graph.Clip(id))
		}
		out = make([]graph.Entity, 0, len(rows))
		for _, r := range rows {
			if m := dict(r["entity"]); m != nil {
				out = append(out, decodeEntity(m))
			}
		}
		return nil
	})
	slices.SortFunc(out, func(a, b graph.Entity) int { return cmp.Compare(a.ID, b.ID) })
	return out, err
}

// EntityDocuments returns the documents whose layers mention the entity, without text, by publication date
// and id. Errors: ENOTFOUND.
func (s *Store) EntityDocuments(ctx context.Context, id string) ([]graph.Document, error) {
	var out []graph.Document
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		rows, err := run(ctx, tx, stmtEntityDocuments, map[string]any{"id": id})
		if err != nil {
			return err
		}
		if len(rows) == 0 {
			return graph.Errorf(graph.ENOTFOUND, "no entity with id %q", graph.Clip(id))
		}
		out = make([]graph.Document, 0, len(rows))
		for _, r := range rows {
			if d := decodeDocument(r); d.ID != "" {
				out = append(out, d)
			}
		}
		return nil
	})
	slices.SortFunc(out, graph.CompareDocuments)
	return out, err
}

// RelationCounts returns how many relationships each entity takes part in, in the order of ids.
func (s *Store) RelationCounts(ctx context.Context, ids []string) ([]int, error) {
	out := make([]int, len(ids))
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		clear(out) // the driver may run this again after a transient failure
		rows, err := run(ctx, tx, stmtRelationCounts, map[string]any{"ids": uniq(ids)})
		if err != nil {
			return err
		}
		n := make(map[string]int, len(rows))
		for _, r := range rows {
			n[str(r["id"])] = integer(r["n"])
		}
		for i, id := range ids {
			out[i] = n[id]
		}
		return nil
	})
	return out, err
}
