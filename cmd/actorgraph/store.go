package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/store/boltstore"
	"github.com/actorgraph/actorgraph/store/corrected"
	"github.com/actorgraph/actorgraph/store/neo4jstore"
)

// storeFlags are the flags of every command that opens the store.
type storeFlags struct {
	path string
	// inputBytes is what the command will ingest, for the embedded store to size its heap (ExpectInput).
	inputBytes int64
}

func (s *storeFlags) register(fs *flag.FlagSet, getenv env) {
	fs.StringVar(&s.path, "store", getenv.or("ACTORGRAPH_STORE", "actorgraph.db"),
		"embedded store `file` (env ACTORGRAPH_STORE); ignored when NEO4J_URI is set")
}

// open opens the store: Neo4j when NEO4J_URI is set, otherwise the embedded store file.
// Every command reads and writes the store through the editors' corrections (store/corrected), so what
// the app shows, the CLI draws and exports too.
func (s *storeFlags) open(ctx context.Context, getenv env, log *slog.Logger) (*corrected.Store, error) {
	if uri := getenv("NEO4J_URI"); uri != "" {
		st, err := openNeo4j(ctx, uri, getenv, log)
		if err != nil {
			return nil, err
		}
		return corrected.Wrap(st), nil
	}
	st, err := boltstore.Open(s.path, boltstore.ExpectInput(s.inputBytes))
	if err != nil {
		return nil, err
	}
	log.Debug("opened embedded store", "file", s.path, "input_bytes", s.inputBytes)
	return corrected.Wrap(st), nil
}

// openForReading opens the store for a command that reads the graph, which says so when the store holds
// nothing yet and how to load something: an empty store would otherwise answer "no actor matches Tokayev"
// or an empty ranking, as if the name were wrong. Errors come back as userError makes them.
func (s *storeFlags) openForReading(ctx context.Context, getenv env, log *slog.Logger) (graph.Store, error) {
	st, err := s.open(ctx, getenv, log)
	if err != nil {
		return nil, userError(err)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		st.Close()
		return nil, userError(err)
	}
	if stats.Documents == 0 {
		st.Close()
		where := "the store " + s.path
		if getenv("NEO4J_URI") != "" {
			where = "the Neo4j database at " + getenv("NEO4J_URI")
		}
		return nil, fmt.Errorf("%s is empty: load the seed article with `actorgraph ingest --seed` (actorgraph serve loads it too, into an empty store), or your articles with `actorgraph ingest FILE_OR_FOLDER...`", where)
	}
	return st, nil
}

// openNeo4j opens the Neo4j store at uri with the credentials and database from the environment
// (NEO4J_USERNAME, default neo4j; NEO4J_PASSWORD; NEO4J_DATABASE, default the user's home database; and
// NEO4J_BATCH_SIZE, the rows each write statement takes). It waits up to a minute for a Neo4j that is still
// starting.
func openNeo4j(ctx context.Context, uri string, getenv env, log *slog.Logger) (graph.Store, error) {
	batch, err := neo4jBatchSize(getenv)
	if err != nil {
		return nil, err
	}
	st, err := neo4jstore.Open(ctx, neo4jstore.Config{
		URI:       uri,
		Username:  getenv.or("NEO4J_USERNAME", "neo4j"),
		Password:  getenv("NEO4J_PASSWORD"),
		Database:  strings.TrimSpace(getenv("NEO4J_DATABASE")),
		BatchSize: batch,
		Logger:    log,
	})
	if err != nil {
		return nil, err
	}
	log.Debug("opened Neo4j store", "uri", uri)
	return st, nil
}

// maxNeo4jBatchSize bounds NEO4J_BATCH_SIZE: a statement's rows travel in one Bolt message and are held
// in the server's memory at once.
const maxNeo4jBatchSize = 100_000

// neo4jBatchSize reads NEO4J_BATCH_SIZE: 0 (the store's default of 1,000 rows) when it is unset.
// Errors: EINVALID.
func neo4jBatchSize(getenv env) (int, error) {
	v := strings.TrimSpace(getenv("NEO4J_BATCH_SIZE"))
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > maxNeo4jBatchSize {
		return 0, graph.Errorf(graph.EINVALID, "NEO4J_BATCH_SIZE %q is not a number of rows from 1 to %d", graph.Clip(v), maxNeo4jBatchSize)
	}
	return n, nil
}
