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
	return nil
}

// alreadyExists reports a schema rule that another process created at the same moment: IF NOT EXISTS
// covers rules that exist when the statement starts, not ones committed while it runs.
func alreadyExists(err error) bool {
	var n4 *neo4j.Neo4jError
	return errors.As(err, &n4) && strings.HasPrefix(n4.Code, "Neo.ClientError.Schema.") && strings.Contains(n4.Code, "AlreadyExists")
}
