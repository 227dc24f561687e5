package view_test

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/view"
)

func TestParseRange(t *testing.T) {
	tests := []struct {
		in   string
		want view.Range
		err  string
	}{
		{"2022-01-01..2022-01-31", view.Range{"2022-01-01", "2022-01-31"}, ""},
		{"..2022-01-06", view.Range{"", "2022-01-06"}, ""},
		{"2022-01-07..", view.Range{"2022-01-07", ""}, ""},
		{"2022-01-07", view.Range{"2022-01-07", "2022-01-07"}, ""},
		{" 2022-01-01 .. 2022-01-02 ", view.Range{"2022-01-01", "2022-01-02"}, ""},
		{"", view.Range{}, "a period is FROM..TO"},
		{"..", view.Range{}, "a period is FROM..TO"},
		{"2022-02-01..2022-01-01", view.Range{}, "ends before it starts"},
		{"yesterday..", view.Range{}, `date "yesterday" is not YYYY-MM-DD`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := view.ParseRange(tt.in)
			if msg := graph.ErrorMessage(err); tt.err != "" && (graph.ErrorCode(err) != graph.EINVALID || !contains(msg, tt.err)) {
				t.Errorf("error %v, want %q", err, tt.err)
			}
			if tt.err == "" && (err != nil || got != tt.want) {
				t.Errorf("= %+v, %v; want %+v", got, err, tt.want)
			}
		})
	}
}

func TestCheckOutput(t *testing.T) {
	tests := []struct {
		o   view.Output
		err string
	}{
		{view.Output{Format: "json"}, ""},
		{view.Output{Format: "png", DPI: 300, Layout: "neato"}, ""},
		{view.Output{Format: "csv-edges"}, ""},
		{view.Output{Format: "tiff"}, `unknown format "tiff"`},
		{view.Output{Format: "svg", Layout: "twopi"}, `unknown layout "twopi"`},
		{view.Output{Format: "png", DPI: 5}, "DPI 5 is outside"},
	}
	for _, tt := range tests {
		err := view.CheckOutput(tt.o)
		if (tt.err == "") != (err == nil) || err != nil && !contains(graph.ErrorMessage(err), tt.err) {
			t.Errorf("CheckOutput(%+v) = %v, want %q", tt.o, err, tt.err)
		}
	}
}

func TestFilename(t *testing.T) {
	sg := graph.Subgraph{Focus: []string{"person:xi-jinping", "person:stanislav-zas"},
		Entities: []graph.Entity{graph.NewEntity(graph.Person, "Xi Jinping"), graph.NewEntity(graph.Person, "Stanislav Zas")}}
	for _, tt := range []struct{ name, format, want string }{
		{"paths", "svg", "actorgraph-paths-xi-jinping-and-1-more.svg"},
		{"graph", "csv-nodes", "actorgraph-xi-jinping-and-1-more-nodes.csv"},
		{"alliances", "graphml", "actorgraph-alliances-xi-jinping-and-1-more.graphml"},
	} {
		if got := (view.View{Name: tt.name, Subgraph: sg}).Filename(tt.format); got != tt.want {
			t.Errorf("%s %s: %q, want %q", tt.name, tt.format, got, tt.want)
		}
	}
	if got := (view.View{Name: "blocs"}).Filename("png"); got != "actorgraph-blocs.png" {
		t.Errorf("blocs: %q, want actorgraph-blocs.png", got)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
