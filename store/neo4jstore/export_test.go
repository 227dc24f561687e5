package neo4jstore

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TxRunner runs transaction functions; the tests give one that emulates Neo4j in memory.
type TxRunner interface {
	Read(ctx context.Context, work func(tx neo4j.ManagedTransaction) error) error
	Write(ctx context.Context, work func(tx neo4j.ManagedTransaction) error) error
}

// OpenWith returns a store that runs its transactions with r instead of a driver, after setting up the
// schema as Open does.
func OpenWith(ctx context.Context, r TxRunner, batchSize int) (*Store, error) {
	s := newStore(testRunner{r}, "bolt://fake:7687", Config{BatchSize: batchSize})
	if err := s.setUp(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

type testRunner struct{ r TxRunner }

func (t testRunner) read(ctx context.Context, work func(tx neo4j.ManagedTransaction) error) error {
	return t.r.Read(ctx, work)
}

func (t testRunner) write(ctx context.Context, work func(tx neo4j.ManagedTransaction) error) error {
	return t.r.Write(ctx, work)
}

func (testRunner) ping(context.Context) error            { return nil }
func (testRunner) agent(context.Context) (string, error) { return "Neo4j/5.26.0", nil }
func (testRunner) close(context.Context) error           { return nil }

// Classify exposes the mapping of driver errors to coded errors.
var Classify = classify

// CheckVersion exposes the server version check.
var CheckVersion = checkVersion

// StatementError exposes what run returns when a statement fails.
var StatementError = statementError
