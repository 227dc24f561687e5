package export

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"io"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// The CSV tables. Column names are the ones Gephi's and Cytoscape's import dialogs recognise where they have
// one: "id" and "label" for nodes, "source" and "target" for edges. The relationship type is "relation", not
// "type", because Gephi reads an edge column named type as directed or undirected.
var (
	nodesHeader = []string{"id", "label", "kind", "description", "aliases", "focus"}
	edgesHeader = []string{"id", "source", "target", "relation", "stance", "symmetric", "evidence_count",
		"confidence", "claimed", "claimants", "first", "last", "documents", "evidence"}
	documentsHeader = []string{"id", "title", "source", "url", "published", "evidence_count"}
)

// WriteNodesCSV writes the entities as CSV (RFC 4180: a header row, CRLF line ends, UTF-8 without a byte
// order mark), one row per entity: id, label (the name), kind, description, aliases (separated by "; ") and
// focus (true or false). Cells that a spreadsheet would run as a formula (starting with =, +, - or @) get a
// leading apostrophe, which spreadsheets hide.
func WriteNodesCSV(w io.Writer, sg graph.Subgraph) error {
	return writeNodes(w, tableOf(sg))
}

// WriteEdgesCSV writes the relationships as CSV, as WriteNodesCSV does, one row per relationship: id, source
// and target (entity ids), relation (the type), stance, symmetric, evidence_count, confidence (the highest of
// the evidence, 0..1), claimed (true when every sentence reports a claim), claimants (entity ids or
// "unattributed", separated by "; "), first and last (the publication dates of the earliest and latest
// evidence), documents (ids, separated by "; ") and evidence (every sentence with its document and date,
// its confidence under 1 and its claim, separated by " | ").
func WriteEdgesCSV(w io.Writer, sg graph.Subgraph) error {
	return writeEdges(w, tableOf(sg))
}

// WriteDocumentsCSV writes the documents the evidence cites as CSV, as WriteNodesCSV does: id, title,
// source, url, published and evidence_count (sentences of this view that quote the document).
func WriteDocumentsCSV(w io.Writer, sg graph.Subgraph) error {
	return writeDocuments(w, tableOf(sg))
}

// WriteCSVZip writes a zip archive of the three tables, nodes.csv, edges.csv and documents.csv, in a folder
// named like the download (see Filename), so that unzipping two exports side by side keeps them apart. It is
// what format=csv delivers: an analyst gets both tables Gephi and Cytoscape import, and the sources, in one
// download. A view with hidden actors says so in the archive's comment. Entries are dated with the latest publication date, not the clock, so the bytes are stable.
func WriteCSVZip(w io.Writer, sg graph.Subgraph) error {
	t := tableOf(sg)
	modified := time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC) // the earliest date a zip can hold
	for _, d := range t.docs {
		if p, err := time.Parse(graph.DateLayout, d.published); err == nil && p.After(modified) {
			modified = p
		}
	}
	dir := baseName(sg) + "/"
	zw := zip.NewWriter(w)
	if len(t.hidden) > 0 {
		// The tables have no row for what is not there: the archive's comment, which unzip -l prints,
		// says which actors the reader hid.
		if err := zw.SetComment(actorsHidden(len(t.hidden)) + ": " + t.hiddenText()); err != nil {
			return err
		}
	}
	for _, f := range []struct {
		name  string
		write func(io.Writer, table) error
	}{
		{"nodes.csv", writeNodes},
		{"edges.csv", writeEdges},
		{"documents.csv", writeDocuments},
	} {
		var buf bytes.Buffer
		if err := f.write(&buf, t); err != nil {
			return err
		}
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: dir + f.name, Method: zip.Deflate, Modified: modified})
		if err != nil {
			return err
		}
		if _, err := fw.Write(buf.Bytes()); err != nil {
			return err
		}
	}
	return zw.Close()
}

func writeNodes(w io.Writer, t table) error {
	rows := make([][]string, 0, len(t.nodes))
	for _, n := range t.nodes {
		rows = append(rows, []string{n.id, n.name, n.kind, n.description, n.aliasText(), n.focusText()})
	}
	return writeCSV(w, nodesHeader, rows)
}

func writeEdges(w io.Writer, t table) error {
	rows := make([][]string, 0, len(t.edges))
	for _, e := range t.edges {
		rows = append(rows, []string{e.id, e.from, e.to, e.typ, e.stance, e.symmetricText(), e.countText(),
			e.confidenceText(), e.claimedText(), e.claimantText(), e.first, e.last, e.documentText(), e.evidenceText()})
	}
	return writeCSV(w, edgesHeader, rows)
}

func writeDocuments(w io.Writer, t table) error {
	rows := make([][]string, 0, len(t.docs))
	for _, d := range t.docs {
		rows = append(rows, []string{d.id, d.title, d.source, d.url, d.published, d.sentencesText()})
	}
	return writeCSV(w, documentsHeader, rows)
}

func writeCSV(w io.Writer, header []string, rows [][]string) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, r := range rows {
		for i, c := range r {
			r[i] = defuse(c)
		}
		if err := cw.Write(r); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// defuse keeps a cell from being run as a formula when the file is opened in a spreadsheet (CSV injection):
// a name like "=HYPERLINK(...)" in an article must stay text.
func defuse(cell string) string {
	if cell != "" && strings.ContainsRune("=+-@", rune(cell[0])) {
		return "'" + cell
	}
	return cell
}
