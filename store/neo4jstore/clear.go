package neo4jstore

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// clearBatch is how many nodes one transaction of Clear deletes, so that a large graph does not need one
// huge transaction.
const clearBatch = 10_000

// Clear deletes everything actorgraph wrote (entities, documents, layers, evidence and the relationships
// between them) in transactions of a bounded size, and leaves other data and the schema alone. Tests and
// benchmarks start from an empty graph with it. A failure part way leaves a partly emptied graph; run it
// again.
func (s *Store) Clear(ctx context.Context) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	for {
		deleted := 0
		err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
			rows, err := run(ctx, tx, stmtClear, map[string]any{"limit": clearBatch})
			if err != nil {
				return err
			}
			if len(rows) == 1 {
				deleted = integer(rows[0]["deleted"])
			}
			return nil
		})
		if err != nil || deleted == 0 {
			return err
		}
	}
}
