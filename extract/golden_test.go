package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/internal/golden"
)

// TestGolden keeps the extractor's whole output for every test article under review: any change in what it
// finds shows up as a diff of testdata/golden/<id>.json. Run with -update to accept a change.
func TestGolden(t *testing.T) {
	x := mustExtractor(t)
	for _, td := range mustCorpus(t) {
		t.Run(td.name, func(t *testing.T) {
			b, err := x.Extract(context.Background(), td.doc)
			if err != nil {
				t.Fatal(err)
			}
			b.Document.Text = "" // the article is in testdata already; the golden file shows what was found
			got, err := json.MarshalIndent(b, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("golden", td.name+".json"), append(got, '\n'))
		})
	}
}

// TestExtractIsDeterministic extracts the same documents twice, concurrently, and expects the same bytes.
func TestExtractIsDeterministic(t *testing.T) {
	x := mustExtractor(t)
	docs := mustCorpus(t)
	first := make([][]byte, len(docs))
	for i, td := range docs {
		b, err := x.Extract(context.Background(), td.doc)
		if err != nil {
			t.Fatal(err)
		}
		first[i], _ = json.Marshal(b)
	}
	errs := make(chan error, len(docs))
	for i, td := range docs {
		go func() {
			b, err := x.Extract(context.Background(), td.doc)
			if err == nil {
				if again, _ := json.Marshal(b); !bytes.Equal(again, first[i]) {
					err = errorString(td.name + ": a second extraction gave different output")
				}
			}
			errs <- err
		}()
	}
	for range docs {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

type errorString string

func (e errorString) Error() string { return string(e) }
