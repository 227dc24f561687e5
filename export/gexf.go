package export

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"time"

	"gonum.org/v1/gonum/graph/formats/gexf12"

	"github.com/actorgraph/actorgraph/graph"
)

// GEXF attribute ids. They double as titles: Gephi shows the title as the column name.
var (
	gexfNodeAttrs = []gexf12.Attribute{
		{ID: "kind", Title: "kind", Type: "string"},
		{ID: "description", Title: "description", Type: "string"},
		{ID: "aliases", Title: "aliases", Type: "string"},
		{ID: "focus", Title: "focus", Type: "boolean", Default: "false"},
	}
	gexfEdgeAttrs = []gexf12.Attribute{
		{ID: "relation", Title: "relation", Type: "string"},
		{ID: "stance", Title: "stance", Type: "string"},
		{ID: "symmetric", Title: "symmetric", Type: "boolean", Default: "false"},
		{ID: "evidence_count", Title: "evidence_count", Type: "integer"},
		{ID: "confidence", Title: "confidence", Type: "double"},
		{ID: "claimed", Title: "claimed", Type: "boolean", Default: "false"},
		{ID: "claimants", Title: "claimants", Type: "string"},
		{ID: "first", Title: "first", Type: "string"},
		{ID: "last", Title: "last", Type: "string"},
		{ID: "documents", Title: "documents", Type: "string"},
		{ID: "evidence", Title: "evidence", Type: "string"},
	}
)

// Colours for Gephi: the hues whose light tints fill the nodes of actorgraph's drawings (Okabe and Ito's
// colour-blind-safe palette), full strength because Gephi draws small discs, and the drawings' edge colours
// and line styles per stance.
var (
	kindColors = map[graph.Kind]gexf12.Color{
		graph.Person:       {R: 0x56, G: 0xB4, B: 0xE9},
		graph.State:        {R: 0xE6, G: 0x9F, B: 0x00},
		graph.Organization: {R: 0x00, G: 0x9E, B: 0x73},
		graph.Outlet:       {R: 0xCC, G: 0x79, B: 0xA7}, // Okabe–Ito reddish purple
		graph.Place:        {R: 0xD9, G: 0xC8, B: 0x1E}, // Okabe–Ito yellow, darkened to show on white
	}
	otherKindColor = gexf12.Color{R: 0x99, G: 0x99, B: 0x99}
	stanceViz      = map[graph.Stance]struct {
		color gexf12.Color
		shape string
	}{
		graph.Cooperation: {gexf12.Color{R: 0x00, G: 0x9E, B: 0x73}, "solid"},
		graph.Conflict:    {gexf12.Color{R: 0xD5, G: 0x5E, B: 0x00}, "solid"},
		graph.Structural:  {gexf12.Color{R: 0x00, G: 0x72, B: 0xB2}, "dashed"},
		graph.Neutral:     {gexf12.Color{R: 0x55, G: 0x55, B: 0x55}, "dotted"},
	}
)

// Node sizes for Gephi: the focus entities stand out as in the drawings.
const (
	gexfNodeSize  = 10
	gexfFocusSize = 20
)

// WriteGEXF writes sg as GEXF 1.2 (namespace http://www.gexf.net/1.2draft, which Gephi reads), with gonum's
// GEXF types: a static directed graph, a node per entity labelled with its name and an edge per relationship
// labelled with its type and weighted by its evidence count, the facts of the package doc as attribute
// values, and viz colours by kind and by stance (dashed structural and dotted neutral edges, as drawn). Ids
// are the actorgraph ids, cleaned of characters XML forbids. The meta element names the documents and takes
// the latest publication date as its last-modified date, so the file does not change with the clock.
func WriteGEXF(w io.Writer, sg graph.Subgraph) error {
	c := gexfContent(tableOf(sg))
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(c); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func gexfContent(t table) *gexf12.Content {
	c := &gexf12.Content{Version: "1.2", Meta: &gexf12.Meta{Creator: "actorgraph", Description: gexfDescription(t)}}
	for _, d := range t.docs {
		if p, err := time.Parse(graph.DateLayout, d.published); err == nil && p.After(c.Meta.LastModified) {
			c.Meta.LastModified = p
		}
	}
	c.Graph = gexf12.Graph{
		Mode: "static", DefaultEdgeType: "directed", IDType: "string",
		Attributes: []gexf12.Attributes{
			{Class: "node", Mode: "static", Attributes: gexfNodeAttrs},
			{Class: "edge", Mode: "static", Attributes: gexfEdgeAttrs},
		},
		Nodes: gexf12.Nodes{Count: len(t.nodes), Nodes: make([]gexf12.Node, 0, len(t.nodes))},
		Edges: gexf12.Edges{Count: len(t.edges), Edges: make([]gexf12.Edge, 0, len(t.edges))},
	}
	for _, n := range t.nodes {
		color, ok := kindColors[graph.Kind(n.kind)]
		if !ok {
			color = otherKindColor
		}
		size := gexfNodeSize
		if n.focus {
			size = gexfFocusSize
		}
		c.Graph.Nodes.Nodes = append(c.Graph.Nodes.Nodes, gexf12.Node{
			ID: n.id, Label: n.name,
			AttValues: attValues("kind", n.kind, "description", n.description, "aliases", n.aliasText(), "focus", n.focusText()),
			Color:     &color, Size: &gexf12.Size{Value: float64(size)},
		})
	}
	for _, e := range t.edges {
		viz, ok := stanceViz[graph.Stance(e.stance)]
		if !ok {
			viz = stanceViz[graph.Neutral]
		}
		c.Graph.Edges.Edges = append(c.Graph.Edges.Edges, gexf12.Edge{
			ID: e.id, Source: e.from, Target: e.to, Label: e.typ, Weight: float64(e.count()),
			AttValues: attValues("relation", e.typ, "stance", e.stance, "symmetric", e.symmetricText(),
				"evidence_count", e.countText(), "confidence", e.confidenceText(), "claimed", e.claimedText(),
				"claimants", e.claimantText(), "first", e.first, "last", e.last,
				"documents", e.documentText(), "evidence", e.evidenceText()),
			Color: &viz.color, Shape: &gexf12.Edgeshape{Shape: viz.shape},
		})
	}
	return c
}

// attValues pairs attribute ids with values, leaving out empty values: Gephi shows them as empty cells.
func attValues(kv ...string) *gexf12.AttValues {
	var av gexf12.AttValues
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			av.AttValues = append(av.AttValues, gexf12.AttValue{For: kv[i], Value: kv[i+1]})
		}
	}
	return &av
}

// gexfDescription says what the file shows and where its facts come from.
func gexfDescription(t table) string {
	var b strings.Builder
	b.WriteString("actorgraph view")
	if len(t.focus) > 0 {
		b.WriteString(" of " + t.focusText())
	}
	if t.depth > 0 {
		b.WriteString(" at depth " + strconv.Itoa(t.depth))
	}
	b.WriteString(": " + strconv.Itoa(len(t.nodes)) + " entities, " + strconv.Itoa(len(t.edges)) + " relationships")
	if t.hasOmitted() {
		b.WriteString(" (not shown: " + t.omittedText() + ")")
	}
	if n := len(t.hidden); n > 0 {
		b.WriteString(" (" + actorsHidden(n) + ": " + t.hiddenText() + ")")
	}
	if s := t.sourcesText(); s != "" {
		b.WriteString(". Sources: " + s)
	}
	return b.String()
}
