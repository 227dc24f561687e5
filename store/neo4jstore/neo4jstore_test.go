package neo4jstore_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/store/neo4jstore"
)

// TestConformance runs the conformance suite against the Neo4j at NEO4J_URI. It empties the actorgraph data
// in that database before every test and after the last: point it at a database you can lose, such as the
// one docker compose starts.
func TestConformance(t *testing.T) {
	cfg := neo4jConfig(t)
	t.Cleanup(func() { mustClear(t, cfg) })
	graphtest.Run(t, func(t *testing.T) graph.Store {
		s := mustOpen(t, cfg)
		if err := s.Clear(t.Context()); err != nil {
			t.Fatalf("Clear: %v", err)
		}
		return s
	})
}

// TestConformanceEmulated runs the conformance suite through all of the store's Go code against an
// in-memory emulation of its statements, where no Neo4j server is at hand.
func TestConformanceEmulated(t *testing.T) {
	graphtest.Run(t, func(t *testing.T) graph.Store {
		return mustOpenEmulated(t, newFakeNeo4j(), 1000)
	})
}

// TestConformanceEmulatedSmallBatches runs it again with UNWIND batches of two rows, so every statement
// runs several times within one transaction.
func TestConformanceEmulatedSmallBatches(t *testing.T) {
	graphtest.Run(t, func(t *testing.T) graph.Store {
		return mustOpenEmulated(t, newFakeNeo4j(), 2)
	})
}

// TestConformanceEmulatedRetries runs it with every transaction function run twice, as the driver runs
// them again after a transient failure, so none may depend on running once.
func TestConformanceEmulatedRetries(t *testing.T) {
	graphtest.Run(t, func(t *testing.T) graph.Store {
		f := newFakeNeo4j()
		f.retry = true
		return mustOpenEmulated(t, f, 1000)
	})
}

func mustOpenEmulated(tb testing.TB, f *fakeNeo4j, batchSize int) *neo4jstore.Store {
	tb.Helper()
	s, err := neo4jstore.OpenWith(context.Background(), f, batchSize)
	if err != nil {
		tb.Fatalf("OpenWith: %v", err)
	}
	return s
}

// neo4jConfig reads the Neo4j to test against from the environment, or skips the test.
func neo4jConfig(tb testing.TB) neo4jstore.Config {
	tb.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		tb.Skip("set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD, optionally NEO4J_DATABASE) to run this against Neo4j, " +
			"e.g. docker compose up -d neo4j; see the README's Neo4j section")
	}
	return neo4jstore.Config{URI: uri, Username: os.Getenv("NEO4J_USERNAME"), Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"), ConnectTimeout: 30 * time.Second}
}

// mustOpen opens the Neo4j store; the caller (or graphtest) closes it.
func mustOpen(tb testing.TB, cfg neo4jstore.Config) *neo4jstore.Store {
	tb.Helper()
	s, err := neo4jstore.Open(context.Background(), cfg)
	if err != nil {
		tb.Fatalf("Open(%s): %v", cfg.URI, err)
	}
	return s
}

// mustClear leaves the database without actorgraph data, so that a server started on it next seeds it.
func mustClear(tb testing.TB, cfg neo4jstore.Config) {
	tb.Helper()
	s := mustOpen(tb, cfg)
	defer s.Close()
	if err := s.Clear(context.Background()); err != nil {
		tb.Errorf("Clear: %v", err)
	}
}
