package neo4jstore

import (
	"context"
	"strconv"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Version returns a token that changes with every ingest that writes, from this process or another (see
// graph.Store): the epoch and number the ingest lock node carries, which the write transaction raises, so
// a reader sees the version of the graph it reads. A graph no ingest of this version of actorgraph wrote
// has neither, and the token "0" until the first ingest.
// Errors: EUNAVAILABLE when Neo4j cannot be reached.
func (s *Store) Version(ctx context.Context) (string, error) {
	token := "0"
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		rows, err := run(ctx, tx, stmtVersion, nil)
		if err != nil || len(rows) == 0 {
			return err
		}
		if epoch := str(rows[0]["epoch"]); epoch != "" {
			token = epoch + "/" + strconv.Itoa(integer(rows[0]["version"]))
		}
		return nil
	})
	return token, err
}
