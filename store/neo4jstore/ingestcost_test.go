package neo4jstore_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/internal/synthetic"
	"github.com/actorgraph/actorgraph/store/neo4jstore"
)

// corpusExtractor reads a synthetic corpus's documents as the extractor would: each text layer is the
// corpus's batch for the document.
type corpusExtractor map[string]graph.Batch

func (c corpusExtractor) Extract(_ context.Context, doc graph.Document) (graph.Batch, error) {
	b := c[doc.ID]
	b.Document = doc
	return b, nil
}

// corpusFiles returns a synthetic corpus of n documents as article files, and its extractor.
func corpusFiles(n, perDocument int) ([]ingest.File, corpusExtractor) {
	batches := synthetic.New(synthetic.Config{Relations: n * perDocument, PerDocument: perDocument, Seed: 12}).All()
	ex := corpusExtractor{}
	var files []ingest.File
	for _, b := range batches {
		ex[b.Document.ID] = b
		data := fmt.Sprintf("---\nid: %s\ntitle: %s\npublished: %s\nsource: %s\nurl: %s\n---\n%s",
			b.Document.ID, b.Document.Title, b.Document.Published, b.Document.Source, b.Document.URL, b.Document.Text)
		files = append(files, ingest.File{Name: b.Document.ID + ".txt", Data: []byte(data)})
	}
	return files, ex
}

// wireCounter wraps the store to count, on the fake Bolt server, what its Ingest calls cost, apart from
// the reads that resolving the actors across documents makes through Search.
type wireCounter struct {
	graph.Store
	srv                    *boltServer
	statements, roundTrips int
}

func (w *wireCounter) Ingest(ctx context.Context, batches ...graph.Batch) (graph.IngestResult, error) {
	st, rt := len(w.srv.statements()), w.srv.roundTrips()
	res, err := w.Store.Ingest(ctx, batches...)
	w.statements += len(w.srv.statements()) - st
	w.roundTrips += w.srv.roundTrips() - rt
	return res, err
}

// TestIngestCostPerDocument ingests 60 synthetic documents (25 relationships each) with ingest.Ingester
// into the Neo4j store over the fake Bolt server, and counts the statements and round trips per document
// on the wire: those of the store's Ingest calls, and all of them (with the searches that resolve actors
// across documents). go test -run IngestCostPerDocument -v ./store/neo4jstore prints the figures.
func TestIngestCostPerDocument(t *testing.T) {
	const docs = 60
	files, ex := corpusFiles(docs, 25)
	srv := startBoltServer(t, newFakeNeo4j())
	s := openOverBolt(t, srv, neo4jstore.Config{})
	defer s.Close()
	w := &wireCounter{Store: s, srv: srv}
	st, rt := len(srv.statements()), srv.roundTrips()
	rep, err := (&ingest.Ingester{Store: w, Extractor: ex}).Ingest(t.Context(), files)
	if err == nil {
		err = rep.Err()
	}
	if err != nil {
		t.Fatal(err)
	}
	if rep.After.Documents != docs {
		t.Fatalf("%d documents stored, want %d", rep.After.Documents, docs)
	}
	allSt, allRT := len(srv.statements())-st, srv.roundTrips()-rt
	perDoc := func(n int) float64 { return float64(n) / docs }
	t.Logf("per document: Store.Ingest %.1f statements, %.1f round trips; in all %.1f statements, %.1f round trips",
		perDoc(w.statements), perDoc(w.roundTrips), perDoc(allSt), perDoc(allRT))
	// One Store.Ingest call per document cost 41.3 statements and 45.3 round trips a document; documents
	// written several to a call share that cost.
	if perDoc(w.roundTrips) > 5 {
		t.Errorf("Store.Ingest took %.1f round trips a document, want at most 5: documents are written one to a transaction", perDoc(w.roundTrips))
	}
}
