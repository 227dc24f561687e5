package webpage_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest/webpage"
)

// FuzzParse: any bytes give a document whose text is valid UTF-8, starts with its title and hashes to its
// hash, or an EINVALID or ETOOLARGE error; never a panic, and within a second.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"wire.html", "broadcaster.htm", "daily.html", "agency.html"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[[[[[{"@type":"NewsArticle","headline":1}]]]]]}</script><p>x</p>`))
	f.Add([]byte(`<link rel="canonical" href="http://-/"><article><p>` + strings.Repeat("a ", 400) + `</p></article>`))
	f.Add([]byte(`<meta charset="shift_jis"><article><p>` + strings.Repeat("a ", 400) + `</p></article>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var doc graph.Document
		var err error
		done := make(chan struct{})
		go func() {
			defer close(done)
			doc, err = webpage.Parse("fuzz.html", data, "https://example.com/a/b", "")
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("%d bytes took over 5 s", len(data))
		}
		if err != nil {
			if c := graph.ErrorCode(err); c != graph.EINVALID && c != graph.ETOOLARGE {
				t.Fatalf("error code %s: %v", c, err)
			}
			return
		}
		if !utf8.ValidString(doc.Text) || !utf8.ValidString(doc.Title) || !utf8.ValidString(doc.Source) {
			t.Fatal("invalid UTF-8 in the document")
		}
		if !strings.HasPrefix(doc.Text, doc.Title) || doc.Hash != graph.ContentHash(doc.Text) || strings.TrimSpace(doc.Text) == "" {
			t.Fatalf("title %q, text %.100q", doc.Title, doc.Text)
		}
		if graph.Slug(doc.ID) == "" || !utf8.ValidString(doc.ID) {
			t.Fatalf("id %q", doc.ID)
		}
		// What the stores check of a document (Parse took an id of "" and one cut inside a letter).
		if err := doc.Validate(); err != nil {
			t.Fatalf("Parse accepted a document that does not validate: %v", err)
		}
	})
}
