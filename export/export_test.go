package export_test

import (
	"bytes"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/golden"
)

// dataFormats are the formats Encode writes.
var dataFormats = []string{export.JSON, export.GraphML, export.GEXF, export.CSV, export.CSVNodes, export.CSVEdges, export.CSVDocuments}

func mustEncode(tb testing.TB, format string, sg graph.Subgraph) []byte {
	tb.Helper()
	var b bytes.Buffer
	if err := export.Encode(&b, format, sg); err != nil {
		tb.Fatalf("Encode(%s): %v", format, err)
	}
	return b.Bytes()
}

func wantCode(tb testing.TB, err error, code string) {
	tb.Helper()
	if got := graph.ErrorCode(err); got != code {
		tb.Errorf("error %v has code %q, want %q", err, got, code)
	}
}

func TestGolden(t *testing.T) {
	sg := fixture(t)
	// The zip is checked through its entries (TestCSVZip): its bytes are not worth reading in a diff.
	for _, f := range []string{export.JSON, export.GraphML, export.GEXF, export.CSVNodes, export.CSVEdges, export.CSVDocuments} {
		t.Run(f+" matches its golden file", func(t *testing.T) {
			golden.Check(t, "fixture"+goldenSuffix(f), mustEncode(t, f, sg))
		})
	}
}

func goldenSuffix(format string) string {
	switch format {
	case export.CSVNodes:
		return "-nodes.csv"
	case export.CSVEdges:
		return "-edges.csv"
	case export.CSVDocuments:
		return "-documents.csv"
	}
	return export.Extension(format)
}

func TestDeterministic(t *testing.T) {
	for _, f := range dataFormats {
		t.Run(f+" is byte-identical twice and for shuffled input", func(t *testing.T) {
			for _, sg := range []graph.Subgraph{fixture(t), hostile(t), synthetic(t, 50)} {
				first := mustEncode(t, f, sg)
				if again := mustEncode(t, f, sg); !bytes.Equal(first, again) {
					t.Fatal("two encodings of the same subgraph differ")
				}
				for seed := range uint64(5) {
					if got := mustEncode(t, f, shuffled(sg, seed)); !bytes.Equal(first, got) {
						t.Fatalf("shuffled input (seed %d) gives different bytes", seed)
					}
				}
			}
		})
	}
	t.Run("input is not modified", func(t *testing.T) {
		sg := shuffled(fixture(t), 7)
		before := mustEncode(t, export.JSON, sg) // canonical, so compare the raw order by hand
		ids := make([]string, len(sg.Entities))
		for i, e := range sg.Entities {
			ids[i] = e.ID
		}
		for _, f := range dataFormats {
			mustEncode(t, f, sg)
		}
		for i, e := range sg.Entities {
			if e.ID != ids[i] {
				t.Fatal("encoding reordered the caller's entities")
			}
		}
		if !bytes.Equal(before, mustEncode(t, export.JSON, sg)) {
			t.Fatal("encoding changed the subgraph")
		}
	})
}

func TestRegistry(t *testing.T) {
	tests := []struct {
		name, format, contentType, ext string
		drawn                          bool
	}{
		{"svg is a drawing", "svg", "image/svg+xml", ".svg", true},
		{"png is a drawing", "png", "image/png", ".png", true},
		{"dot is a drawing", "dot", "text/vnd.graphviz; charset=utf-8", ".dot", true},
		{"json is data", "json", "application/json", ".json", false},
		{"graphml is data", "graphml", "application/graphml+xml", ".graphml", false},
		{"gexf is data", "gexf", "application/gexf+xml", ".gexf", false},
		{"csv is a zip", "csv", "application/zip", ".zip", false},
		{"csv-nodes is one table", "csv-nodes", "text/csv; charset=utf-8; header=present", ".csv", false},
		{"csv-edges is one table", "csv-edges", "text/csv; charset=utf-8; header=present", ".csv", false},
		{"names are case-insensitive", " GraphML ", "application/graphml+xml", ".graphml", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := export.Lookup(tt.format)
			if err != nil {
				t.Fatal(err)
			}
			if f.ContentType != tt.contentType || f.Extension != tt.ext || f.Drawn != tt.drawn ||
				export.ContentType(tt.format) != tt.contentType || export.Extension(tt.format) != tt.ext {
				t.Errorf("got %+v", f)
			}
		})
	}
	t.Run("unknown format is invalid", func(t *testing.T) {
		_, err := export.Lookup("tiff")
		wantCode(t, err, graph.EINVALID)
		if export.ContentType("tiff") != "" || export.Extension("tiff") != "" {
			t.Error("an unknown format has a content type or extension")
		}
		wantCode(t, export.Encode(&bytes.Buffer{}, "tiff", fixture(t)), graph.EINVALID)
	})
	t.Run("drawn formats are refused by Encode", func(t *testing.T) {
		for _, f := range export.Formats() {
			if f.Drawn {
				wantCode(t, export.Encode(&bytes.Buffer{}, f.Name, fixture(t)), graph.EINVALID)
			}
		}
	})
	t.Run("every format is listed once", func(t *testing.T) {
		names := export.Names()
		if len(names) != len(export.Formats()) || len(slices.Compact(slices.Sorted(slices.Values(names)))) != len(names) {
			t.Errorf("names %v", names)
		}
		for _, f := range dataFormats {
			if !slices.Contains(names, f) {
				t.Errorf("%s is not listed", f)
			}
		}
	})
}

func TestFilename(t *testing.T) {
	sg := fixture(t)
	long := graph.Subgraph{Focus: []string{"person:x"}, Entities: []graph.Entity{{ID: "person:x", Name: "Sir " + string(bytes.Repeat([]byte("Verylongname "), 10))}}, Depth: 3}
	tests := []struct {
		name, format, want string
		sg                 graph.Subgraph
	}{
		{"named after the first focus, with the others counted", "graphml", "actorgraph-collective-security-treaty-organization-and-1-more-depth2.graphml", sg},
		{"one table gets its name", "csv-edges", "actorgraph-collective-security-treaty-organization-and-1-more-depth2-edges.csv", sg},
		{"csv is a zip", "csv", "actorgraph-collective-security-treaty-organization-and-1-more-depth2.zip", sg},
		{"a name in another script falls back to the id's kind", "svg", "actorgraph-person-depth1.svg",
			graph.Subgraph{Focus: []string{"person:习近平"}, Entities: []graph.Entity{{ID: "person:习近平", Name: "习近平"}}, Depth: 1}},
		{"hostile names give plain ASCII", "png", "actorgraph-robert-bobby-tables-drop-table-depth1.png", hostile(t)},
		{"no focus is a graph", "json", "actorgraph-graph.json", empty(t)},
		{"long names are cut but keep the depth", "dot", "actorgraph-sir-verylongname-verylongname-verylongname-depth3.dot", long},
		{"unknown format gets no extension", "tiff", "actorgraph-graph", empty(t)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := export.Filename(tt.sg, tt.format); got != tt.want {
				t.Errorf("Filename = %q, want %q", got, tt.want)
			}
		})
	}
}
