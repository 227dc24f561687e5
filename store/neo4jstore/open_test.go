package neo4jstore_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/store/neo4jstore"
)

func TestOpenRefusesURIsTheDriverCannotUse(t *testing.T) {
	for _, tc := range []struct{ name, uri string }{
		{"empty", ""},
		{"no scheme", "localhost:7687"},
		{"http", "http://localhost:7474"},
		{"unknown scheme", "neo4jj://localhost:7687"},
		{"no host", "bolt://"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := neo4jstore.Open(t.Context(), neo4jstore.Config{URI: tc.uri, ConnectTimeout: time.Second})
			if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(graph.ErrorMessage(err), "NEO4J_URI") {
				t.Errorf("Open(%q) = %v, want EINVALID naming NEO4J_URI", tc.uri, err)
			}
		})
	}
}

// closedPort returns a local address where nothing listens.
func closedPort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

func TestOpenGivesUpOnAnUnreachableNeo4jWithAClearMessage(t *testing.T) {
	addr := closedPort(t)
	for _, scheme := range []string{"bolt", "neo4j"} {
		t.Run(scheme, func(t *testing.T) {
			start := time.Now()
			_, err := neo4jstore.Open(t.Context(), neo4jstore.Config{URI: scheme + "://user:secret@" + addr,
				Username: "neo4j", Password: "secret", ConnectTimeout: 1500 * time.Millisecond})
			if graph.ErrorCode(err) != graph.EUNAVAILABLE {
				t.Fatalf("Open = %v, want EUNAVAILABLE", err)
			}
			msg := graph.ErrorMessage(err)
			if want := scheme + "://" + addr + " is not reachable"; !strings.Contains(msg, want) {
				t.Errorf("message %q does not say %q", msg, want)
			}
			if strings.Contains(msg, "secret") {
				t.Errorf("message %q shows the password", msg)
			}
			if took := time.Since(start); took < time.Second || took > 20*time.Second {
				t.Errorf("Open gave up after %s, want after about its 1.5 s connect timeout", took)
			}
		})
	}
}

func TestOpenStopsWaitingWhenItsContextEnds(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 700*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: "bolt://" + closedPort(t), ConnectTimeout: time.Minute})
	if graph.ErrorCode(err) != graph.EUNAVAILABLE {
		t.Errorf("Open = %v, want EUNAVAILABLE", err)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("Open took %s after its context ended", took)
	}
}

func TestDriverErrorsBecomeCodedErrors(t *testing.T) {
	refused := &neo4j.ConnectivityError{Inner: &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connect: connection refused")}}
	for _, tc := range []struct {
		name string
		err  error
		code string
		says string
	}{
		{"a refused connection", refused, graph.EUNAVAILABLE, "Neo4j at bolt://db:7687 is not reachable: connect: connection refused"},
		{"a dropped connection", io.EOF, graph.EUNAVAILABLE, "is not reachable"},
		{"retries that ran out on a lost connection",
			&neo4j.TransactionExecutionLimit{Cause: "timeout (exceeded max retry time: 10s)", Errors: []error{refused, refused}},
			graph.EUNAVAILABLE, "is not reachable"},
		{"retries that ran out on a busy server",
			&neo4j.TransactionExecutionLimit{Cause: "timeout", Errors: []error{&neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected"}}},
			graph.EUNAVAILABLE, "retry later"},
		{"wrong credentials", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized", Msg: "The client is unauthorized"},
			graph.EUNAVAILABLE, "check NEO4J_USERNAME and NEO4J_PASSWORD"},
		{"too many attempts", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.AuthenticationRateLimit"},
			graph.EUNAVAILABLE, "NEO4J_PASSWORD"},
		{"a missing database", &neo4j.Neo4jError{Code: "Neo.ClientError.Database.DatabaseNotFound"},
			graph.EUNAVAILABLE, `no database "graphs"; create it or correct NEO4J_DATABASE`},
		{"a transient error", &neo4j.Neo4jError{Code: "Neo.TransientError.General.DatabaseUnavailable"}, graph.EUNAVAILABLE, "cannot serve now"},
		{"a follower asked to write", &neo4j.Neo4jError{Code: "Neo.ClientError.Cluster.NotALeader"}, graph.EUNAVAILABLE, "cannot serve now"},
		{"a Cypher syntax error is a bug", &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError"}, graph.EINTERNAL, "query failed"},
		{"a constraint violation is a bug", &neo4j.Neo4jError{Code: "Neo.ClientError.Schema.ConstraintValidationFailed"}, graph.EINTERNAL, "query failed"},
		{"a wrapped driver error", fmt.Errorf("adjacency: %w", refused), graph.EUNAVAILABLE, "is not reachable"},
		{"the caller's deadline", context.DeadlineExceeded, graph.ETIMEOUT, "ran out of time"},
		{"a coded error passes through", graph.Errorf(graph.ENOTFOUND, "no entity"), graph.ENOTFOUND, "no entity"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := neo4jstore.Classify(tc.err, "bolt://db:7687", "graphs")
			if graph.ErrorCode(err) != tc.code || !strings.Contains(graph.ErrorMessage(err), tc.says) {
				t.Errorf("got %q (%s), want code %s and a message saying %q", graph.ErrorMessage(err), graph.ErrorCode(err), tc.code, tc.says)
			}
			if tc.code != graph.ENOTFOUND && !errors.Is(err, tc.err) {
				t.Errorf("the coded error does not keep the driver's error as its cause")
			}
		})
	}
}

func TestServerVersionCheck(t *testing.T) {
	for _, tc := range []struct {
		agent string
		ok    bool
	}{
		{"Neo4j/5.26.0", true},
		{"Neo4j/2025.01.0", true},
		{"Neo4j/4.4.30", false},
		{"Memgraph/2.0", true}, // not ours to judge
	} {
		if err := neo4jstore.CheckVersion(tc.agent); (err == nil) != tc.ok {
			t.Errorf("CheckVersion(%q) = %v, want ok %v", tc.agent, err, tc.ok)
		}
	}
}
