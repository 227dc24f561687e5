package ingest

import (
	"context"
	"errors"

	"github.com/actorgraph/actorgraph/graph"
)

// DefaultGroupRows is how many rows (entities, relationships and sentences) the documents written in one
// Store.Ingest call hold at most. Each call is a transaction and, on Neo4j, a fixed cost on top of its rows:
// two transactions, the ingest lock and the counts before and after, about 40 statements and 45 round trips
// for a document of 25 relationships, measured with the fake Bolt server (TestIngestCostPerDocument in
// store/neo4jstore). Five thousand rows are five UNWIND batches of Neo4j's default 1,000 a statement, a
// transaction of a few megabytes.
const DefaultGroupRows = 5_000

// maxGroupBytes bounds the document text one Store.Ingest call carries, which Neo4j receives in one
// statement and holds in one transaction: two articles at their 4 MiB limit.
const maxGroupBytes = 8 << 20

// writer writes the documents of one Ingest to the store several to a Store.Ingest call.
type writer struct {
	in  *Ingester
	rep *Report

	waiting     []waitingDoc
	rows, bytes int // of the documents waiting
}

// waitingDoc is a document built and not yet written.
type waitingDoc struct {
	report  int // its DocReport's index in Report.Documents
	batches []graph.Batch
}

// add makes the document wait to be written with the others, and writes them all once they are over the
// bounds.
func (w *writer) add(ctx context.Context, d DocReport, batches []graph.Batch) error {
	w.rep.Documents = append(w.rep.Documents, d)
	w.waiting = append(w.waiting, waitingDoc{report: len(w.rep.Documents) - 1, batches: batches})
	for _, b := range batches {
		w.rows += 1 + len(b.Entities) + len(b.Relations)
		for _, r := range b.Relations {
			w.rows += len(r.Evidence)
		}
		w.bytes += len(b.Document.Text)
	}
	limit := w.in.GroupRows
	if limit <= 0 {
		limit = DefaultGroupRows
	}
	if w.rows >= limit || w.bytes >= maxGroupBytes {
		return w.flush(ctx)
	}
	return nil
}

// flush writes the documents waiting. The error is non-nil only when the store fails.
func (w *writer) flush(ctx context.Context) error {
	docs := w.waiting
	w.waiting, w.rows, w.bytes = nil, 0, 0
	if len(docs) == 0 {
		return nil
	}
	return w.write(ctx, docs)
}

// write writes the documents in one Store.Ingest call, one transaction: a call that fails leaves nothing of
// any of them behind. When the store refuses the call for a document's sake (invalid, in conflict, too
// large), each document is written again alone, so that only those refused fail and no document is ever
// half written.
func (w *writer) write(ctx context.Context, docs []waitingDoc) error {
	var all []graph.Batch
	for _, d := range docs {
		all = append(all, d.batches...)
	}
	res, err := w.in.Store.Ingest(ctx, all...)
	switch {
	case err == nil:
		w.stored(docs, res)
		return nil
	case storeFailed(err):
		w.waiting = docs
		return w.abandon(err)
	case len(docs) == 1:
		rd := &w.rep.Documents[docs[0].report]
		rd.Error = graph.ErrorMessage(refused(*rd, err))
		w.rep.Failed++
		return nil
	}
	for i := range docs {
		if err := w.write(ctx, docs[i:i+1]); err != nil {
			w.waiting = docs[i+1:]
			return w.abandon(err)
		}
	}
	return nil
}

// stored reports the documents of a call that succeeded.
func (w *writer) stored(docs []waitingDoc, res graph.IngestResult) {
	unchanged := make(map[string]bool, len(res.Unchanged))
	for _, u := range res.Unchanged {
		unchanged[u] = true // "document origin", as graph.IngestResult gives them
	}
	for _, d := range docs {
		rd := &w.rep.Documents[d.report]
		rd.Unchanged = true
		for _, b := range d.batches {
			rd.Unchanged = rd.Unchanged && unchanged[b.Document.ID+" "+b.Origin]
		}
		w.in.log().Debug("ingested", "document", rd.Document, "unchanged", rd.Unchanged, "merges", len(rd.Merges),
			"entities", res.After.Entities, "relations", res.After.Relations)
	}
}

// abandon reports the documents still waiting as not ingested, because of err, and returns err.
func (w *writer) abandon(err error) error {
	msg := "not ingested: " + graph.ErrorMessage(err)
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		msg = "not ingested: the ingest stopped before this document was written"
	}
	for _, d := range w.waiting {
		w.rep.Documents[d.report].Error = msg
		w.rep.Failed++
	}
	w.waiting, w.rows, w.bytes = nil, 0, 0
	return err
}
