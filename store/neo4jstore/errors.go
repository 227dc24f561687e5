package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
)

// errClosed is what every method returns after Close.
var errClosed = graph.Errorf(graph.EUNAVAILABLE, "the Neo4j store is closed")

// memorySettings names the Neo4j settings that bound the memory of transactions, for the messages that ask
// an operator to raise them: the heap holds them, the pool total caps all transactions together, and the
// per-transaction maximum caps each one.
const memorySettings = "server.memory.heap.max_size, dbms.memory.transaction.total.max, db.memory.transaction.max"

// statementError is what run returns when the named statement fails.
//
// The driver runs a transaction function again (ExecuteRead, ExecuteWrite) only when the error the function
// returns is one it classifies as retryable, and in neo4j-go-driver v5.28 that check (retry.IsRetryable,
// which neo4j.IsRetryable exposes) recognises a lost connection by a type assertion on
// *neo4j.ConnectivityError, not with errors.As: such an error wrapped even with %w is not retried. So a
// retryable error goes back exactly as the driver gave it, and classify maps it to a graph error once the
// driver is done; any other error keeps the statement's name for the log.
//
// Running out of memory is the exception. Neo4j calls the memory pool's limit transient
// (Neo.TransientError.General.MemoryPoolOutOfMemoryError), so the driver would run the same transaction
// for MaxRetryTime, running out of memory each time, and the caller would be told to retry later. It
// becomes ETOOLARGE here, and the server's error is kept as text only: the driver looks for a
// *neo4j.Neo4jError anywhere in the chain, and must not find this one.
func statementError(name string, err error) error {
	if code, ok := outOfMemory(err); ok {
		return graph.Wrap(errors.New(err.Error()), graph.ETOOLARGE,
			fmt.Sprintf("Neo4j ran out of memory running %s (%s); give Neo4j more memory (%s)", name, code, memorySettings))
	}
	if neo4j.IsRetryable(err) {
		return err
	}
	return fmt.Errorf("%s: %w", name, err)
}

// outOfMemory reports whether err is Neo4j refusing a transaction for want of memory, and its code.
func outOfMemory(err error) (string, bool) {
	var n4 *neo4j.Neo4jError
	if !errors.As(err, &n4) {
		return "", false
	}
	switch n4.Code {
	case "Neo.TransientError.General.MemoryPoolOutOfMemoryError", // the pool of all transactions is full
		"Neo.ClientError.General.TransactionOutOfMemoryError", // this transaction is over its own limit
		"Neo.TransientError.General.OutOfMemoryError":         // the heap is full
		return n4.Code, true
	}
	return "", false
}

// classify turns an error from the driver into a *graph.Error whose message tells the person at the other
// end what to do. target is the Neo4j address without credentials; database the configured database name.
// Errors that already carry a code pass through unchanged.
func classify(err error, target, database string) error {
	if err == nil {
		return nil
	}
	var ge *graph.Error
	if errors.As(err, &ge) {
		return err
	}
	// A driver that gave up retrying reports the limit; what went wrong is the last error it saw.
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) && len(limit.Errors) > 0 {
		last := limit.Errors[len(limit.Errors)-1]
		if c := classify(last, target, database); graph.ErrorCode(c) != graph.EINTERNAL {
			return graph.Wrap(err, graph.ErrorCode(c), graph.ErrorMessage(c))
		}
		return graph.Wrap(err, graph.EUNAVAILABLE, fmt.Sprintf("Neo4j at %s did not complete the transaction: %s", target, limit.Cause))
	}
	var n4 *neo4j.Neo4jError
	if errors.As(err, &n4) {
		return classifyServer(err, n4, target, database)
	}
	var authErr *neo4j.InvalidAuthenticationError
	var tokenErr *neo4j.TokenExpiredError
	if errors.As(err, &authErr) || errors.As(err, &tokenErr) {
		return authError(err, target)
	}
	// Before net.Error, which context.DeadlineExceeded satisfies.
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return graph.Wrap(err, graph.ETIMEOUT, "the request was cancelled or ran out of time while waiting for Neo4j")
	}
	var conn *neo4j.ConnectivityError
	var netErr net.Error
	if errors.As(err, &conn) || errors.As(err, &netErr) || errors.Is(err, io.EOF) {
		return graph.Wrap(err, graph.EUNAVAILABLE, fmt.Sprintf("Neo4j at %s is not reachable: %s", target, reason(err)))
	}
	var usage *neo4j.UsageError
	if errors.As(err, &usage) && strings.Contains(usage.Message, "closed") {
		return graph.Wrap(err, graph.EUNAVAILABLE, "the Neo4j store is closed")
	}
	return graph.Wrap(err, graph.EINTERNAL, "a Neo4j query failed")
}

func classifyServer(err error, n4 *neo4j.Neo4jError, target, database string) error {
	if code, ok := outOfMemory(n4); ok {
		// Only a commit gets here: run turns the statements' memory errors into ETOOLARGE itself.
		return graph.Wrap(err, graph.ETOOLARGE, fmt.Sprintf("Neo4j at %s ran out of memory committing a transaction (%s); give Neo4j more memory (%s)", target, code, memorySettings))
	}
	switch {
	case n4.HasSecurityCode() && n4.Code != "Neo.ClientError.Security.Forbidden":
		return authError(err, target)
	case n4.Code == "Neo.ClientError.Security.Forbidden":
		return graph.Wrap(err, graph.EUNAVAILABLE, fmt.Sprintf("the Neo4j user set in NEO4J_USERNAME may not do this on %s; grant it read and write access", target))
	case n4.Code == "Neo.ClientError.Database.DatabaseNotFound":
		return graph.Wrap(err, graph.EUNAVAILABLE, fmt.Sprintf("Neo4j at %s has no database %q; create it or correct NEO4J_DATABASE", target, database))
	case n4.Code == "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase",
		n4.Code == "Neo.ClientError.Cluster.NotALeader",
		strings.HasPrefix(n4.Code, "Neo.TransientError."),
		n4.Code == "Neo.DatabaseError.General.DatabaseUnavailable",
		n4.Code == "Neo.ClientError.Transaction.Terminated",
		n4.Code == "Neo.ClientError.Transaction.LockClientStopped":
		return graph.Wrap(err, graph.EUNAVAILABLE, fmt.Sprintf("Neo4j at %s cannot serve now (%s); retry later", target, n4.Code))
	}
	// Statement, schema and constraint errors mean this package sent something wrong: a bug.
	return graph.Wrap(err, graph.EINTERNAL, "a Neo4j query failed")
}

func authError(err error, target string) error {
	return graph.Wrap(err, graph.EUNAVAILABLE,
		fmt.Sprintf("Neo4j at %s refused the credentials; check NEO4J_USERNAME and NEO4J_PASSWORD", target))
}

// reason shortens a connectivity error to its cause, for the message a user reads.
func reason(err error) string {
	var conn *neo4j.ConnectivityError
	if errors.As(err, &conn) && conn.Inner != nil {
		err = conn.Inner // it has no Unwrap
	}
	var op *net.OpError
	if errors.As(err, &op) && op.Err != nil {
		return op.Err.Error()
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return dns.Error()
	}
	msg := err.Error()
	if len(msg) > 200 {
		msg = msg[:200] + "…"
	}
	return msg
}
