package neo4jstore_test

import (
	"errors"
	"io"
	"net"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/store/neo4jstore"
)

// TestStatementErrorsKeepWhatTheDriverRetries checks what the store's transaction functions hand back to
// ExecuteRead and ExecuteWrite: the driver runs the function again only for errors its own check,
// neo4j.IsRetryable, accepts, and that check asserts a lost connection's type rather than unwrapping it.
func TestStatementErrorsKeepWhatTheDriverRetries(t *testing.T) {
	lost := &neo4j.ConnectivityError{Inner: io.EOF}
	reset := &neo4j.ConnectivityError{Inner: &net.OpError{Op: "read", Net: "tcp", Err: errors.New("connection reset by peer")}}
	for _, tc := range []struct {
		name      string
		err       error
		retried   bool
		code      string // graph.ErrorCode of what classify makes of it at the store's boundary
		says      string
		unchanged bool // handed back as the driver gave it
	}{
		{"a connection lost mid-statement", lost, true, graph.EUNAVAILABLE, "is not reachable", true},
		{"a connection reset", reset, true, graph.EUNAVAILABLE, "connection reset by peer", true},
		{"a deadlock", &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected"}, true, graph.EUNAVAILABLE, "retry later", true},
		{"a follower asked to write", &neo4j.Neo4jError{Code: "Neo.ClientError.Cluster.NotALeader"}, true, graph.EUNAVAILABLE, "cannot serve now", true},
		{"the memory pool is full", &neo4j.Neo4jError{Code: "Neo.TransientError.General.MemoryPoolOutOfMemoryError", Msg: "dbms.memory.transaction.total.max threshold reached"},
			false, graph.ETOOLARGE, "Neo4j ran out of memory running upsertDocuments", false},
		{"the transaction is over its limit", &neo4j.Neo4jError{Code: "Neo.ClientError.General.TransactionOutOfMemoryError"},
			false, graph.ETOOLARGE, "give Neo4j more memory (server.memory.heap.max_size", false},
		{"a syntax error is a bug", &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError"}, false, graph.EINTERNAL, "query failed", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := neo4jstore.StatementError("upsertDocuments", tc.err)
			if r := neo4j.IsRetryable(got); r != tc.retried {
				t.Errorf("the driver retries it: %v, want %v (%v)", r, tc.retried, got)
			}
			if tc.unchanged && got != tc.err {
				t.Errorf("got %#v, want the driver's own error %#v", got, tc.err)
			}
			if !tc.unchanged && !tc.retried && !strings.Contains(got.Error(), "upsertDocuments") {
				t.Errorf("%q does not name the statement", got)
			}
			c := neo4jstore.Classify(got, "bolt://db:7687", "")
			if graph.ErrorCode(c) != tc.code || !strings.Contains(graph.ErrorMessage(c), tc.says) {
				t.Errorf("at the store's boundary: %q (%s), want code %s saying %q", graph.ErrorMessage(c), graph.ErrorCode(c), tc.code, tc.says)
			}
		})
	}
}
