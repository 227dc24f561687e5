package main

import (
	"context"
	"flag"
	"log/slog"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memstore"
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

func openNeo4j(ctx context.Context, uri string, getenv env, log *slog.Logger) (graph.Store, error) {
	return nil, graph.Errorf(graph.EUNAVAILABLE, "NEO4J_URI is set (%s), but this build has no Neo4j store yet; unset it to use the embedded store", uri)
}
