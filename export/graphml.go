package export

import (
	"bufio"
	"encoding/xml"
	"io"
	"strconv"

	"github.com/actorgraph/actorgraph/graph"
)

// GraphMLNamespace is the namespace of GraphML 1.0.
const GraphMLNamespace = "http://graphml.graphdrawing.org/xmlns"

// graphMLKey declares one GraphML attribute. Node and edge keys named "label" and the edge key "weight" repeat
// the name, the type and the evidence count under the names Gephi maps to its own label and weight columns;
// Cytoscape names nodes by "name".
type graphMLKey struct {
	id, domain, name, typ, desc string
}

var graphMLKeys = []graphMLKey{
	{"g_focus", "graph", "focus", "string", "ids of the focus entities of the view, separated by semicolons"},
	{"g_depth", "graph", "depth", "int", "how many relationships away from the focus the view reaches"},
	{"g_sources", "graph", "sources", "string", "the documents the evidence cites: title (source, date), separated by |"},
	{"g_omitted", "graph", "omitted", "string", "entities cut by the node limit, per kind"},
	{"g_hidden", "graph", "hidden", "string", "ids of the entities the reader hid from the view, separated by semicolons"},
	{"v_label", "node", "label", "string", "the entity's name (Gephi's label)"},
	{"v_name", "node", "name", "string", "the entity's canonical name"},
	{"v_kind", "node", "kind", "string", "person, state, organization, outlet or place"},
	{"v_description", "node", "description", "string", "a short phrase saying who the entity is"},
	{"v_aliases", "node", "aliases", "string", "other names of the entity, separated by semicolons"},
	{"v_focus", "node", "focus", "boolean", "whether the view is centred on this entity"},
	{"e_label", "edge", "label", "string", "the relationship type (Gephi's label)"},
	{"e_relation", "edge", "relation", "string", "the relationship type, from actorgraph's vocabulary"},
	{"e_stance", "edge", "stance", "string", "cooperation, conflict, structural or neutral"},
	{"e_symmetric", "edge", "symmetric", "boolean", "whether the type reads the same both ways (BORDERS, MET_WITH)"},
	{"e_weight", "edge", "weight", "double", "the evidence count (Gephi's weight)"},
	{"e_evidence_count", "edge", "evidence_count", "int", "how many sentences state the relationship"},
	{"e_confidence", "edge", "confidence", "double", "the highest confidence of the sentences, 0..1 (curated is 1); drawn faint below 0.6"},
	{"e_claimed", "edge", "claimed", "boolean", "whether every sentence reports someone's claim rather than a fact; drawn dashed"},
	{"e_claimants", "edge", "claimants", "string", "ids of the entities whose claims the sentences report, or unattributed, separated by semicolons"},
	{"e_first", "edge", "first", "string", "publication date (YYYY-MM-DD) of the earliest evidence"},
	{"e_last", "edge", "last", "string", "publication date (YYYY-MM-DD) of the latest evidence"},
	{"e_documents", "edge", "documents", "string", "ids of the documents the evidence quotes, separated by semicolons"},
	{"e_evidence", "edge", "evidence", "string", "every sentence that states the relationship, with its document, date, confidence under 1 and claim, separated by |"},
}

// WriteGraphML writes sg as GraphML 1.0 with the attributes extension: one directed graph, a node per entity
// and an edge per relationship, with the facts of the package doc as data. Node and edge ids are the
// actorgraph ids made into XML NMTOKENs, as GraphML requires: ids as stores make them stay as they are,
// other characters become '.' and two hex digits (a relation id "a|LEADS|b" becomes "a.7CLEADS.7Cb").
// Symmetric relationships stay directed, as stored, with symmetric=true.
func WriteGraphML(w io.Writer, sg graph.Subgraph) error {
	t := tableOf(sg)
	x := &xmlWriter{w: bufio.NewWriter(w)}
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.raw(`<graphml xmlns="` + GraphMLNamespace + `" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
		` xsi:schemaLocation="` + GraphMLNamespace + ` http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range graphMLKeys {
		x.raw(`  <key id="` + k.id + `" for="` + k.domain + `" attr.name="` + k.name + `" attr.type="` + k.typ + `">`)
		x.raw("<desc>")
		x.text(k.desc)
		x.raw("</desc></key>\n")
	}
	x.raw(`  <graph id="actorgraph" edgedefault="directed">` + "\n")
	x.data(4, "g_focus", t.focusText())
	if t.depth > 0 {
		x.data(4, "g_depth", strconv.Itoa(t.depth))
	}
	x.data(4, "g_sources", t.sourcesText())
	x.data(4, "g_omitted", t.omittedText())
	x.data(4, "g_hidden", t.hiddenText())
	for _, n := range t.nodes {
		x.raw(`    <node id="`)
		x.text(nmtoken(n.id))
		x.raw("\">\n")
		x.data(6, "v_label", n.name)
		x.data(6, "v_name", n.name)
		x.data(6, "v_kind", n.kind)
		x.data(6, "v_description", n.description)
		x.data(6, "v_aliases", n.aliasText())
		x.data(6, "v_focus", n.focusText())
		x.raw("    </node>\n")
	}
	for _, e := range t.edges {
		x.raw(`    <edge id="`)
		x.text(nmtoken(e.id))
		x.raw(`" source="`)
		x.text(nmtoken(e.from))
		x.raw(`" target="`)
		x.text(nmtoken(e.to))
		x.raw("\">\n")
		x.data(6, "e_label", e.typ)
		x.data(6, "e_relation", e.typ)
		x.data(6, "e_stance", e.stance)
		x.data(6, "e_symmetric", e.symmetricText())
		x.data(6, "e_weight", e.countText())
		x.data(6, "e_evidence_count", e.countText())
		x.data(6, "e_confidence", e.confidenceText())
		x.data(6, "e_claimed", e.claimedText())
		x.data(6, "e_claimants", e.claimantText())
		x.data(6, "e_first", e.first)
		x.data(6, "e_last", e.last)
		x.data(6, "e_documents", e.documentText())
		x.data(6, "e_evidence", e.evidenceText())
		x.raw("    </edge>\n")
	}
	x.raw("  </graph>\n</graphml>\n")
	return x.flush()
}

// xmlWriter writes XML by hand, keeping the first error. Hand-written rather than encoding/xml's Marshal so
// that the layout of the file is ours: one element per line, attributes in a fixed order.
type xmlWriter struct {
	w   *bufio.Writer
	err error
}

func (x *xmlWriter) raw(s string) {
	if x.err == nil {
		_, x.err = x.w.WriteString(s)
	}
}

// text writes data escaped for element content and for attribute values alike: encoding/xml escapes quotes,
// <, >, &, tabs and line breaks, and replaces characters XML 1.0 forbids with U+FFFD.
func (x *xmlWriter) text(s string) {
	if x.err == nil {
		x.err = xml.EscapeText(x.w, []byte(s))
	}
}

// data writes one <data> element, or nothing for an empty value: tools show a missing value as empty.
func (x *xmlWriter) data(indent int, key, value string) {
	if value == "" {
		return
	}
	x.raw(spaces[:indent])
	x.raw(`<data key="` + key + `">`)
	x.text(value)
	x.raw("</data>\n")
}

const spaces = "        "

func (x *xmlWriter) flush() error {
	if x.err != nil {
		return x.err
	}
	return x.w.Flush()
}
