package boltstore

import (
	"context"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// DocumentEntities returns the entities the document's layers name, sorted by id. Errors: ENOTFOUND.
func (s *Store) DocumentEntities(ctx context.Context, id string) ([]graph.Entity, error) {
	var out []graph.Entity
	err := s.read(ctx, func(st *state) error {
		ds := st.docs[id]
		if ds == nil {
			return graph.Errorf(graph.ENOTFOUND, "no document with id %q", graph.Clip(id))
		}
		out = make([]graph.Entity, 0, len(ds.mentions))
		for _, e := range ds.mentions {
			if es := st.entities[e]; es != nil {
				out = append(out, cloneEntity(es.entity))
			}
		}
		return nil
	})
	return out, err
}

// EntityDocuments returns the documents whose layers name the entity, without text, by publication date and
// id. It looks the entity up in every document's list, which is quick beside what a view costs (20,000
// documents at a million relationships) and keeps the ingest, which is measured, free of another index.
// Errors: ENOTFOUND.
func (s *Store) EntityDocuments(ctx context.Context, id string) ([]graph.Document, error) {
	out := []graph.Document{}
	err := s.read(ctx, func(st *state) error {
		if st.entities[id] == nil {
			return graph.Errorf(graph.ENOTFOUND, "no entity with id %q", graph.Clip(id))
		}
		for _, ds := range st.docs {
			if _, ok := slices.BinarySearch(ds.mentions, id); ok {
				d := ds.doc
				d.Text = ""
				out = append(out, d)
			}
		}
		return nil
	})
	slices.SortFunc(out, graph.CompareDocuments)
	return out, err
}
