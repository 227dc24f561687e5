package main

import (
	"context"
	"flag"
	"log/slog"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memstore"
	"github.com/actorgraph/actorgraph/graph/neo4jstore"
)

// storeFlags are the flags of every command that opens the store.
type storeFlags struct {
	path string
}

func (s *storeFlags) register(fs *flag.FlagSet, getenv env) {
	fs.StringVar(&s.path, "store", getenv.or("ACTORGRAPH_STORE", "actorgraph.db"),
		"embedded store `file` (env ACTORGRAPH_STORE); ignored when NEO4J_URI is set")
}

// open opens the store: Neo4j when NEO4J_URI is set, otherwise the embedded store file.
func (s *storeFlags) open(ctx context.Context, getenv env, log *slog.Logger) (graph.Store, error) {
	if uri := getenv("NEO4J_URI"); uri != "" {
		return openNeo4j(ctx, uri, getenv, log)
	}
	st, err := memstore.Open(s.path)
	if err != nil {
		return nil, err
	}
	log.Debug("opened embedded store", "file", s.path)
	return st, nil
}

// openNeo4j opens the Neo4j store at uri with the credentials and database from the environment
// (NEO4J_USERNAME, default neo4j; NEO4J_PASSWORD; NEO4J_DATABASE, default the user's home database). It waits
// up to a minute for a Neo4j that is still starting.
func openNeo4j(ctx context.Context, uri string, getenv env, log *slog.Logger) (graph.Store, error) {
	st, err := neo4jstore.Open(ctx, neo4jstore.Config{
		URI:      uri,
		Username: getenv.or("NEO4J_USERNAME", "neo4j"),
		Password: getenv("NEO4J_PASSWORD"),
		Database: strings.TrimSpace(getenv("NEO4J_DATABASE")),
		Logger:   log,
	})
	if err != nil {
		return nil, err
	}
	log.Debug("opened Neo4j store", "uri", uri)
	return st, nil
}
