package export

import (
	"io"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Format describes one export format. The CLI's --format, the API's format= and the page's download menu
// (which reads the list from GET /api/vocabulary) all come from this one registry: a new format is a row
// here and its encoder.
type Format struct {
	Name        string `json:"name"`         // what format= and --format take: "graphml"
	ContentType string `json:"content_type"` // for the HTTP Content-Type header
	Extension   string `json:"extension"`    // of the downloaded file, with its dot: ".graphml"
	Description string `json:"description"`  // one line for help texts
	// Drawn formats are drawn by render (render.Service.Export); Encode refuses them.
	Drawn bool `json:"drawn"`
	// Label and Note are what the page's download menu shows: "GraphML", "yEd, Cytoscape".
	Label string `json:"label"`
	Note  string `json:"note,omitempty"`
	// PartOf names the format this one is a part of (a table of the CSV zip), under which the page lists it.
	PartOf string `json:"part_of,omitempty"`
	// DPI is set for the formats that take dpi= (--dpi): a resolution.
	DPI bool `json:"dpi,omitempty"`
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
	PDF          = "pdf"
	DOT          = "dot"
)

const csvType = "text/csv; charset=utf-8; header=present"

// formats is the registry, in the order help texts list it: drawings first, then data.
var formats = []Format{
	{Name: SVG, ContentType: "image/svg+xml", Extension: ".svg", Description: "drawing for reports: title, legend, sources footer", Drawn: true,
		Label: "SVG", Note: "drawing, for the web and slides"},
	{Name: PNG, ContentType: "image/png", Extension: ".png", Description: "the SVG drawing as an image, at a chosen DPI", Drawn: true,
		Label: "PNG", Note: "picture", DPI: true},
	{Name: PDF, ContentType: "application/pdf", Extension: ".pdf", Description: "the SVG drawing as a one-page PDF, fonts embedded", Drawn: true,
		Label: "PDF", Note: "for reports, fonts embedded"},
	{Name: DOT, ContentType: "text/vnd.graphviz; charset=utf-8", Extension: ".dot", Description: "the Graphviz source of the drawing", Drawn: true,
		Label: "DOT", Note: "Graphviz source"},
	{Name: JSON, ContentType: "application/json", Extension: ".json", Description: "the subgraph as actorgraph's API returns it, indented",
		Label: "JSON", Note: "with every sentence"},
	{Name: GraphML, ContentType: "application/graphml+xml", Extension: ".graphml", Description: "GraphML 1.0 for Gephi, Cytoscape, yEd, NetworkX",
		Label: "GraphML", Note: "yEd, Cytoscape"},
	{Name: GEXF, ContentType: "application/gexf+xml", Extension: ".gexf", Description: "GEXF 1.2 for Gephi, with colours",
		Label: "GEXF", Note: "Gephi"},
	{Name: CSV, ContentType: "application/zip", Extension: ".zip", Description: "nodes.csv, edges.csv and documents.csv in one zip",
		Label: "CSV", Note: "zip of nodes, edges, documents"},
	{Name: CSVNodes, ContentType: csvType, Extension: ".csv", Description: "the nodes table alone", Label: "nodes", PartOf: CSV},
	{Name: CSVEdges, ContentType: csvType, Extension: ".csv", Description: "the edges table alone", Label: "edges", PartOf: CSV},
	{Name: CSVDocuments, ContentType: csvType, Extension: ".csv", Description: "the documents table alone", Label: "documents", PartOf: CSV},
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
