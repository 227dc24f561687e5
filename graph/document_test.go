package graph_test

import (
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

func TestSliceCountsCodePoints(t *testing.T) {
	text := "Kazakhstan’s president — Токаев — said “no”."
	tests := []struct {
		start, end int
		want       string
		ok         bool
	}{
		{0, 12, "Kazakhstan’s", true},
		{25, 31, "Токаев", true},
		{0, utf8.RuneCountInString(text), text, true},
		{5, 5, "", true},
		{-1, 3, "", false},
		{3, 2, "", false},
		{0, 1000, "", false},
	}
	for _, tt := range tests {
		got, ok := graph.Slice(text, tt.start, tt.end)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Slice(%d, %d) = %q, %v; want %q, %v", tt.start, tt.end, got, ok, tt.want, tt.ok)
		}
	}
}

func TestLocateFindsTheNthOccurrence(t *testing.T) {
	text := "Ünrest. Tokayev spoke. Tokayev spoke."
	s, e, ok := graph.Locate(text, "Tokayev spoke.", 2)
	if !ok {
		t.Fatal("second occurrence not found")
	}
	if got, _ := graph.Slice(text, s, e); got != "Tokayev spoke." || s != 23 {
		t.Errorf("Locate = %d..%d (%q), want 23..37", s, e, got)
	}
	if _, _, ok := graph.Locate(text, "Tokayev spoke.", 3); ok {
		t.Error("a third occurrence was found in a text that has two")
	}
}

func FuzzLocateRoundTrip(f *testing.F) {
	f.Add("Kazakhstan’s president said.", "president", 1)
	f.Add("ааа", "аа", 1)
	f.Fuzz(func(t *testing.T, text, quote string, n int) {
		s, e, ok := graph.Locate(text, quote, n)
		if !ok {
			return
		}
		if got, ok := graph.Slice(text, s, e); !ok || got != quote {
			t.Errorf("Locate(%q, %q, %d) = %d..%d, but that slice is %q", text, quote, n, s, e, got)
		}
	})
}

func TestDocumentValidate(t *testing.T) {
	good := graph.Document{ID: "d1", Text: "Hello.", Published: "2022-01-07"}
	good.Hash = graph.ContentHash(good.Text)
	if err := good.Validate(); err != nil {
		t.Fatalf("valid document rejected: %v", err)
	}
	tests := map[string]func(d *graph.Document){
		"no id":          func(d *graph.Document) { d.ID = "" },
		"stale hash":     func(d *graph.Document) { d.Text = "Changed." },
		"bad date":       func(d *graph.Document) { d.Published = "07/01/2022" },
		"invalid utf8":   func(d *graph.Document) { d.Text = "\xff"; d.Hash = graph.ContentHash(d.Text) },
		"id punctuation": func(d *graph.Document) { d.ID = "--" },
	}
	for name, spoil := range tests {
		d := good
		spoil(&d)
		if err := d.Validate(); graph.ErrorCode(err) != graph.EINVALID {
			t.Errorf("%s: Validate = %v, want EINVALID", name, err)
		}
	}
}

// TestContentHashReadsTheText: the hash is sha256's of the text's bytes, and Validate checks a document's
// without copying its text (a copy a document was 40 MB of garbage in an ingest of a million
// relationships).
func TestContentHashReadsTheText(t *testing.T) {
	for text, want := range map[string]string{
		"":    "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
		"abc": "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
	} {
		if got := graph.ContentHash(text); got != want {
			t.Errorf("ContentHash(%q) = %s, want %s", text, got, want)
		}
	}
	text := strings.Repeat("Troops crossed the border at dawn. ", 2000) // 70 KB
	d := graph.Document{ID: "d1", Text: text, Hash: graph.ContentHash(text)}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, hash := range map[string]string{
		"upper case": strings.ToUpper(d.Hash[:7]) + d.Hash[7:],
		"short":      d.Hash[:len(d.Hash)-1],
		"longer":     d.Hash + "0",
		"other":      graph.ContentHash(text + "."),
	} {
		bad := d
		bad.Hash = hash
		if err := bad.Validate(); graph.ErrorCode(err) != graph.EINVALID {
			t.Errorf("%s hash: Validate = %v, want EINVALID", name, err)
		}
	}
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	const runs = 20
	for range runs {
		if err := d.Validate(); err != nil {
			t.Fatal(err)
		}
	}
	runtime.ReadMemStats(&ms1)
	if per := (ms1.TotalAlloc - ms0.TotalAlloc) / runs; per >= uint64(len(text))/2 {
		t.Errorf("Validate of a %d-byte text allocated %d bytes a call: it copies the text", len(text), per)
	}
}
