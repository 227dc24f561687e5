package neo4jstore_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/store/neo4jstore"
)

// TestLostConnectionIsRetried drops the connection in the middle of a write and of a read: the driver
// retries the transaction on a new connection, and the caller sees it succeed.
func TestLostConnectionIsRetried(t *testing.T) {
	srv := startBoltServer(t, newFakeNeo4j())
	s := openOverBolt(t, srv, neo4jstore.Config{})
	defer s.Close()
	ctx := t.Context()

	dropOnce := func(statement string) *atomic.Int32 {
		var drops atomic.Int32
		srv.setFault(func(name string) (string, bool) {
			return "", name == statement && drops.Add(1) == 1
		})
		return &drops
	}
	writes := srv.transactions("w")
	drops := dropOnce("upsertDocuments")
	res, err := s.Ingest(ctx, article("a", "2022-01-07"))
	if err != nil {
		t.Fatalf("Ingest with the connection lost once: %v", err)
	}
	if want := (graph.Stats{Documents: 1, Entities: 2, Relations: 1, Evidence: 1}); res.After != want {
		t.Errorf("Ingest = %+v, want %+v after", res.After, want)
	}
	if drops.Load() < 2 || srv.transactions("w")-writes != 2 {
		t.Errorf("upsertDocuments ran %d times in %d write transactions, want 2 in 2: the retry", drops.Load(), srv.transactions("w")-writes)
	}

	dropOnce("entities")
	e, err := s.Entity(ctx, "state:russia")
	if err != nil || e.Name != "Russia" {
		t.Errorf("Entity with the connection lost once = %+v, %v; want Russia", e, err)
	}
}

// TestOutOfMemoryIsTooLargeAtOnce answers a write with Neo4j's memory pool error: the ingest fails at once
// with ETOOLARGE naming the batch size, rather than after the driver retried the same transaction until
// MaxRetryTime and then as "retry later".
func TestOutOfMemoryIsTooLargeAtOnce(t *testing.T) {
	srv := startBoltServer(t, newFakeNeo4j())
	s := openOverBolt(t, srv, neo4jstore.Config{BatchSize: 500, MaxRetryTime: 3 * time.Second})
	defer s.Close()
	srv.setFault(func(name string) (string, bool) {
		if strings.HasPrefix(name, "upsertEntities/") {
			return "Neo.TransientError.General.MemoryPoolOutOfMemoryError", false
		}
		return "", false
	})
	writes := srv.transactions("w")
	start := time.Now()
	_, err := s.Ingest(t.Context(), article("a", "2022-01-07"))
	took := time.Since(start)
	msg := graph.ErrorMessage(err)
	if graph.ErrorCode(err) != graph.ETOOLARGE || !strings.Contains(msg, "in batches of 500 rows") || !strings.Contains(msg, "NEO4J_BATCH_SIZE") {
		t.Errorf("Ingest = %v (%s), want too_large naming the batch size and NEO4J_BATCH_SIZE", msg, graph.ErrorCode(err))
	}
	if n := srv.transactions("w") - writes; n != 1 || took > 2*time.Second {
		t.Errorf("%d write transactions in %s, want 1 and no retries", n, took)
	}
	srv.setFault(nil)
	if st, err := s.Stats(context.Background()); err != nil || st != (graph.Stats{}) {
		t.Errorf("Stats after the failed ingest = %+v, %v; want nothing written", st, err)
	}
}
