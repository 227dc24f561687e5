package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden from the extractor's output")

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
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", td.name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s; run go test ./extract -run TestGolden -update and review the diff", path)
			}
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
