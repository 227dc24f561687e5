package export

import (
	"io"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Format describes one export format.
type Format struct {
	Name        string // what format= and --format take: "graphml"
	ContentType string // for the HTTP Content-Type header
	Extension   string // of the downloaded file, with its dot: ".graphml"
	Description string // one line for help texts
	// Drawn formats are drawn by render (render.Service.Export); Encode refuses them.
	Drawn bool
}

// The format names.
const (
	JSON         = "json"
	GraphML      = "graphml"
	GEXF         = "gexf"
	CSV          = "csv"           // a zip of the three tables below
	CSVNodes     = "csv-nodes"     // one table: the entities
	CSVEdges     = "csv-edges"     // one table: the relationships
	CSVDocuments = "csv-documents" // one table: the documents the evidence cites
	SVG          = "svg"
	PNG          = "png"
	DOT          = "dot"
)

const csvType = "text/csv; charset=utf-8; header=present"

// formats is the registry, in the order help texts list it: drawings first, then data.
var formats = []Format{
	{SVG, "image/svg+xml", ".svg", "drawing for reports: title, legend, sources footer", true},
	{PNG, "image/png", ".png", "the SVG drawing as an image, at a chosen DPI", true},
	{DOT, "text/vnd.graphviz; charset=utf-8", ".dot", "the Graphviz source of the drawing", true},
	{JSON, "application/json", ".json", "the subgraph as actorgraph's API returns it, indented", false},
	{GraphML, "application/graphml+xml", ".graphml", "GraphML 1.0 for Gephi, Cytoscape, yEd, NetworkX", false},
	{GEXF, "application/gexf+xml", ".gexf", "GEXF 1.2 for Gephi, with colours", false},
	{CSV, "application/zip", ".zip", "nodes.csv, edges.csv and documents.csv in one zip", false},
	{CSVNodes, csvType, ".csv", "the nodes table alone", false},
	{CSVEdges, csvType, ".csv", "the edges table alone", false},
	{CSVDocuments, csvType, ".csv", "the documents table alone", false},
}

// Formats returns every format, drawings first.
func Formats() []Format { return slices.Clone(formats) }

// Names returns the names of every format, in the order of Formats.
func Names() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.Name
	}
	return names
}

// Lookup returns the format named name (case-insensitive), or an EINVALID error listing the formats.
func Lookup(name string) (Format, error) {
	want := strings.ToLower(strings.TrimSpace(name))
	for _, f := range formats {
		if f.Name == want {
			return f, nil
		}
	}
	return Format{}, graph.Errorf(graph.EINVALID, "unknown format %q (want one of %s)", name, strings.Join(Names(), ", "))
}

// ContentType returns the Content-Type of the format, or "" for an unknown one.
func ContentType(format string) string {
	f, err := Lookup(format)
	if err != nil {
		return ""
	}
	return f.ContentType
}

// Extension returns the file extension of the format with its dot, or "" for an unknown one.
func Extension(format string) string {
	f, err := Lookup(format)
	if err != nil {
		return ""
	}
	return f.Extension
}

// Encode writes sg to w in the format, which must not be Drawn.
//
// Errors: EINVALID for an unknown or drawn format; whatever w returns.
func Encode(w io.Writer, format string, sg graph.Subgraph) error {
	f, err := Lookup(format)
	if err != nil {
		return err
	}
	switch f.Name {
	case JSON:
		return WriteJSON(w, sg)
	case GraphML:
		return WriteGraphML(w, sg)
	case GEXF:
		return WriteGEXF(w, sg)
	case CSV:
		return WriteCSVZip(w, sg)
	case CSVNodes:
		return WriteNodesCSV(w, sg)
	case CSVEdges:
		return WriteEdgesCSV(w, sg)
	case CSVDocuments:
		return WriteDocumentsCSV(w, sg)
	}
	return graph.Errorf(graph.EINVALID, "format %q is a drawing: render it with the renderer, not the exporter", f.Name)
}
