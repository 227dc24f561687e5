package neo4jstore

import (
	"context"
	"errors"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// setUp creates the constraints and indexes that are missing. Every statement says IF NOT EXISTS, so it is
// safe on every start; each runs in a transaction of its own because Neo4j does not mix schema changes
// with other statements in one transaction.
func (s *Store) setUp(ctx context.Context) error {
	for _, st := range schemaStatements {
		err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
			_, err := run(ctx, tx, st.name, nil)
			return err
		})
		if err != nil && !alreadyExists(err) {
			return err
		}
	}
	return s.backfillSpelling(ctx)
}

// spellingBackfillBatch is how many entities one backfill transaction updates.
const spellingBackfillBatch = 1000

// backfillSpelling gives Entity.spelling (search by spelling, graph.SpellingKey) to the entities an earlier
// version wrote without it: on a graph that has it everywhere, it is one read that finds nothing.
func (s *Store) backfillSpelling(ctx context.Context) error {
	for {
		n := 0
		err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
			rows, err := run(ctx, tx, stmtSpellingMissing, map[string]any{"limit": spellingBackfillBatch})
			if err != nil {
				return err
			}
			n = len(rows)
			if n == 0 {
				return nil
			}
			set := make([]map[string]any, 0, n)
			for _, r := range rows {
				e := decodeEntity(dict(r["entity"]))
				set = append(set, map[string]any{"id": e.ID, "spelling": spellingKey(e)})
			}
			_, err = run(ctx, tx, stmtSetSpelling, map[string]any{"rows": set})
			return err
		})
		if err != nil || n < spellingBackfillBatch {
			return err
		}
	}
}

// alreadyExists reports a schema rule that another process created at the same moment: IF NOT EXISTS
// covers rules that exist when the statement starts, not ones committed while it runs.
func alreadyExists(err error) bool {
	var n4 *neo4j.Neo4jError
	return errors.As(err, &n4) && strings.HasPrefix(n4.Code, "Neo.ClientError.Schema.") && strings.Contains(n4.Code, "AlreadyExists")
}
