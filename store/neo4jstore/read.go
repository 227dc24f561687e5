package neo4jstore

import (
	"context"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
)

// Entity returns the entity with the id, with the aliases of every layer that mentions it.
// Errors: ENOTFOUND.
func (s *Store) Entity(ctx context.Context, id string) (graph.Entity, error) {
	var e graph.Entity
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		found, err := readEntities(ctx, tx, []string{id})
		if err != nil {
			return err
		}
		var ok bool
		if e, ok = found[id]; !ok {
			return graph.Errorf(graph.ENOTFOUND, "no entity with id %q", graph.Clip(id))
		}
		return nil
	})
	return e, err
}

// Document returns the document with its text. Errors: ENOTFOUND.
func (s *Store) Document(ctx context.Context, id string) (graph.Document, error) {
	var d graph.Document
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		found, err := readDocuments(ctx, tx, stmtDocuments, []string{id})
		if err != nil {
			return err
		}
		var ok bool
		if d, ok = found[id]; !ok {
			return graph.Errorf(graph.ENOTFOUND, "no document with id %q", graph.Clip(id))
		}
		return nil
	})
	return d, err
}

// Documents lists the documents without their text, by publication date and then id.
func (s *Store) Documents(ctx context.Context) ([]graph.Document, error) {
	out := []graph.Document{}
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		out = out[:0] // the driver may run this again after a transient failure
		rows, err := run(ctx, tx, stmtDocumentList, nil)
		if err != nil {
			return err
		}
		for _, r := range rows {
			out = append(out, decodeDocument(r))
		}
		return nil
	})
	slices.SortFunc(out, graph.CompareDocuments)
	return out, err
}

// Stats counts what the store holds.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	var st graph.Stats
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		var err error
		st, err = readStats(ctx, tx)
		return err
	})
	return st, err
}

func readStats(ctx context.Context, tx neo4j.ManagedTransaction) (graph.Stats, error) {
	var st graph.Stats
	for _, c := range []struct {
		name string
		n    *int
	}{
		{stmtCountDocuments, &st.Documents},
		{stmtCountEntities, &st.Entities},
		{stmtCountRelations, &st.Relations},
		{stmtCountEvidence, &st.Evidence},
	} {
		rows, err := run(ctx, tx, c.name, nil)
		if err != nil {
			return graph.Stats{}, err
		}
		if len(rows) == 1 {
			*c.n = integer(rows[0]["n"])
		}
	}
	return st, nil
}

// readEntities returns the stored entities with the ids, by id; unknown ids are left out.
func readEntities(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]graph.Entity, error) {
	out := map[string]graph.Entity{}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := run(ctx, tx, stmtEntities, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		e := decodeEntity(dict(r["entity"]))
		out[e.ID] = e
	}
	return out, nil
}

// readDocuments returns the stored documents with the ids, by id, with their text or not as the statement
// says; unknown ids are left out.
func readDocuments(ctx context.Context, tx neo4j.ManagedTransaction, stmt string, ids []string) (map[string]graph.Document, error) {
	out := map[string]graph.Document{}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := run(ctx, tx, stmt, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		d := decodeDocument(r)
		out[d.ID] = d
	}
	return out, nil
}
