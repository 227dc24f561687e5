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
