package memstore

import (
	"context"

	"github.com/actorgraph/actorgraph/graph"
)

// Snapshot returns every entity that passes the filter's kinds and every filtered relationship between
// them, without a node limit (graph.Induce over the whole graph). Errors: EINVALID for a bad filter.
func (s *Store) Snapshot(ctx context.Context, f graph.Filter) (graph.Subgraph, error) {
	var sg graph.Subgraph
	err := s.read(ctx, func(st *state) error {
		ids := make([]string, 0, len(st.entities))
		for id := range st.entities {
			ids = append(ids, id)
		}
		var err error
		if sg, err = graph.Induce(ids, f, source{st}); err != nil {
			return err
		}
		cloneSubgraph(&sg)
		return nil
	})
	return sg, err
}

// Adjacent returns every filtered relationship that touches one of the entities (graph.Adjacent).
// Errors: EINVALID for a bad filter.
func (s *Store) Adjacent(ctx context.Context, ids []string, f graph.Filter) ([]graph.Relation, error) {
	var out []graph.Relation
	err := s.read(ctx, func(st *state) error {
		var err error
		if out, err = graph.Adjacent(ids, f, source{st}); err != nil {
			return err
		}
		for i := range out {
			out[i] = cloneRelation(out[i])
		}
		return nil
	})
	return out, err
}

// cloneSubgraph copies what a subgraph shares with the indexes, while the read lock is still held.
func cloneSubgraph(sg *graph.Subgraph) {
	for i := range sg.Entities {
		sg.Entities[i] = cloneEntity(sg.Entities[i])
	}
	for i := range sg.Relations {
		sg.Relations[i] = cloneRelation(sg.Relations[i])
	}
}
