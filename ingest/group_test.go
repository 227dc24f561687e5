package ingest_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
)

// callStore counts the Store.Ingest calls made to the embedded store, and answers some with an error
// instead, as refuse says.
type callStore struct {
	graph.Store
	calls  [][]string // the documents of each call
	refuse func(docs []string) error
}

func (c *callStore) Ingest(ctx context.Context, batches ...graph.Batch) (graph.IngestResult, error) {
	var docs []string
	for _, b := range batches {
		if len(docs) == 0 || docs[len(docs)-1] != b.Document.ID {
			docs = append(docs, b.Document.ID)
		}
	}
	c.calls = append(c.calls, docs)
	if c.refuse != nil {
		if err := c.refuse(docs); err != nil {
			return graph.IngestResult{}, err
		}
	}
	return c.Store.Ingest(ctx, batches...)
}

// articles returns n small articles, d01.txt to dNN.txt.
func articles(n int) map[string]string {
	files := map[string]string{}
	for i := 1; i <= n; i++ {
		files[fmt.Sprintf("d%02d.txt", i)] = fmt.Sprintf("---\nid: d%02d\npublished: 2023-05-%02d\n---\nReport number %d.\n", i, i, i)
	}
	return files
}

func ingestWith(t *testing.T, in *ingest.Ingester, dir string) (ingest.Report, error) {
	t.Helper()
	files, err := ingest.ReadPaths([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	return in.Ingest(t.Context(), files)
}

func TestDocumentsAreWrittenSeveralToATransaction(t *testing.T) {
	dir := writeFiles(t, articles(10))
	for _, tc := range []struct {
		name      string
		groupRows int
		calls     int
	}{
		{"all ten in one call", 0, 1},
		{"one a call", 1, 10},
		{"two a call", 2, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			store := &callStore{Store: mustOpenStore(t)}
			rep, err := ingestWith(t, &ingest.Ingester{Store: store, GroupRows: tc.groupRows}, dir)
			if err != nil || rep.Failed != 0 || rep.After.Documents != 10 || len(rep.Documents) != 10 {
				t.Fatalf("report %+v, %v; want 10 documents stored", rep, err)
			}
			if len(store.calls) != tc.calls {
				t.Errorf("%d Store.Ingest calls %v, want %d", len(store.calls), store.calls, tc.calls)
			}
			again, err := ingestWith(t, &ingest.Ingester{Store: store, GroupRows: tc.groupRows}, dir)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range again.Documents {
				if !d.Unchanged || d.Error != "" {
					t.Errorf("%s the second time: %+v, want unchanged", d.Document, d)
				}
			}
		})
	}
}

func TestARefusedDocumentFailsAloneAndItsGroupIsWritten(t *testing.T) {
	dir := writeFiles(t, articles(5))
	for _, tc := range []struct {
		name   string
		refuse func(docs []string) error
		failed []string
		says   string
	}{
		{"one document in conflict", func(docs []string) error {
			for _, d := range docs {
				if d == "d03" {
					return graph.Errorf(graph.ECONFLICT, "document d03: the new text no longer holds the evidence")
				}
			}
			return nil
		}, []string{"d03"}, "d03.txt: document d03: the new text no longer holds the evidence"},
		{"a group too large for the store", func(docs []string) error {
			if len(docs) > 1 {
				return graph.Errorf(graph.ETOOLARGE, "Neo4j ran out of memory writing upsertDocuments in batches of 1000 rows")
			}
			return nil
		}, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mem := mustOpenStore(t)
			store := &callStore{Store: mem, refuse: tc.refuse}
			rep, err := ingestWith(t, &ingest.Ingester{Store: store}, dir)
			if err != nil {
				t.Fatal(err)
			}
			var failed []string
			for _, d := range rep.Documents {
				if d.Error != "" {
					failed = append(failed, d.Document)
					if !strings.Contains(d.Error, tc.says) {
						t.Errorf("%s: error %q, want %q", d.Document, d.Error, tc.says)
					}
				}
			}
			if strings.Join(failed, " ") != strings.Join(tc.failed, " ") || rep.Failed != len(tc.failed) {
				t.Errorf("failed %v (%d), want %v", failed, rep.Failed, tc.failed)
			}
			if want := 5 - len(tc.failed); rep.After.Documents != want {
				t.Errorf("%d documents stored, want %d", rep.After.Documents, want)
			}
			// The group first, then each document alone.
			if len(store.calls) != 6 || len(store.calls[0]) != 5 {
				t.Errorf("calls %v, want the five together and then each alone", store.calls)
			}
			for _, id := range tc.failed {
				if _, err := mem.Document(t.Context(), id); graph.ErrorCode(err) != graph.ENOTFOUND {
					t.Errorf("the refused document %s is stored (%v)", id, err)
				}
			}
		})
	}
}

func TestAStoreThatFailsLeavesTheWaitingDocumentsReportedNotIngested(t *testing.T) {
	dir := writeFiles(t, articles(4))
	store := &callStore{Store: mustOpenStore(t), refuse: func([]string) error {
		return graph.Errorf(graph.EUNAVAILABLE, "Neo4j at bolt://db:7687 is not reachable")
	}}
	rep, err := ingestWith(t, &ingest.Ingester{Store: store}, dir)
	if graph.ErrorCode(err) != graph.EUNAVAILABLE {
		t.Fatalf("Ingest = %v, want the store's EUNAVAILABLE", err)
	}
	if rep.Failed != 4 || len(rep.Documents) != 4 {
		t.Fatalf("report %+v, want the 4 documents failed", rep)
	}
	for _, d := range rep.Documents {
		if d.Error != "not ingested: Neo4j at bolt://db:7687 is not reachable" {
			t.Errorf("%s: error %q", d.Document, d.Error)
		}
	}
}

func TestAnOverlayFindsTheEntitiesOfEarlierDocumentsOfTheRun(t *testing.T) {
	// a2's overlay names state:belarus by id only; a1's overlay brings it, earlier in the same run.
	a2 := "---\nid: a2\npublished: 2023-05-02\n---\nBelarus backs Moscow again.\n"
	o2 := "document: a2\nentities:\n  - {name: Moscow, kind: place}\nrelations:\n  - from: state:belarus\n    type: SUPPORTS\n    to: Moscow\n    evidence: \"Belarus backs Moscow again.\"\n"
	dir := writeFiles(t, map[string]string{"a1.txt": article, "a1.overlay.yaml": overlay, "a2.txt": a2, "a2.overlay.yaml": o2})
	store := &callStore{Store: mustOpenStore(t)}
	rep, err := ingestWith(t, &ingest.Ingester{Store: store}, dir)
	if err != nil || rep.Failed != 0 {
		t.Fatalf("report %+v, %v; want both documents stored", rep, err)
	}
	if rep.After.Relations != 2 {
		t.Errorf("%d relationships, want a1's and a2's", rep.After.Relations)
	}
}
