package view

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analyze"
	"github.com/actorgraph/actorgraph/render"
)

// View is the answer to one question.
type View struct {
	// Name names the view in file names: "paths" gives actorgraph-paths-xi-jinping-and-1-more.svg.
	Name string
	// Subgraph is what the drawing shows and the data exports hold, with what the node limit cut in Omitted.
	Subgraph graph.Subgraph
	// Body is the JSON answer.
	Body any
	// Drawing is how to draw the subgraph: title, highlights, clusters, sizes. Its Layout is set by Output.
	Drawing render.Options
	// JSON is Body encoded, when it already is (see Encode); Bytes then hands it out as it is.
	JSON []byte
}

// Encode sets v.JSON to Body encoded, so that a view kept to be handed out many times (the server's
// whole-graph views: 2 MB of JSON at 1M relationships) is encoded once. Errors: EINTERNAL.
func (v *View) Encode() error {
	b, err := json.Marshal(v.Body)
	if err != nil {
		return graph.Wrap(err, graph.EINTERNAL, "encoding the view failed")
	}
	v.JSON = b
	return nil
}

// Drawer draws subgraphs; *render.Service is one.
type Drawer interface {
	Draw(ctx context.Context, sg graph.Subgraph, d render.Drawing) ([]byte, error)
}

// Output says in which form to hand a view out.
type Output struct {
	Format string // json, or one of export.Names(): svg, png, dot, graphml, gexf, csv, csv-nodes...
	Layout string // for drawings: one of render.Layouts(), or "" to choose by size
	DPI    int    // for PNG; 0 means render.DefaultDPI
	Report bool   // drawings for a file (no links, a sources footer) rather than for the web page
	// Pins keep actors where a previous drawing put them (see render.Options.Pins): the page sends the
	// positions of the actors on screen when it adds one, so that they do not move.
	Pins map[string]render.Pin
}

// CheckOutput validates o before any work is done. Errors: EINVALID.
func CheckOutput(o Output) error {
	if _, err := export.Lookup(o.Format); err != nil {
		return err
	}
	if o.Layout != "" {
		if err := render.CheckLayout(o.Layout); err != nil {
			return err
		}
	}
	if o.DPI != 0 && (o.DPI < render.MinDPI || o.DPI > render.MaxDPI) {
		return graph.Errorf(graph.EINVALID, "DPI %d is outside %d..%d", o.DPI, render.MinDPI, render.MaxDPI)
	}
	return nil
}

// Bytes returns the view in the format: JSON is the view's Body, the data formats (GraphML, GEXF, CSV)
// hold its subgraph, and drawings are made by d. It returns the content type with the bytes.
//
// Errors: EINVALID for a bad output; those of the drawer.
func (v View) Bytes(ctx context.Context, d Drawer, o Output) ([]byte, string, error) {
	if err := CheckOutput(o); err != nil {
		return nil, "", err
	}
	f, _ := export.Lookup(o.Format)
	switch {
	case f.Name == export.JSON && v.JSON != nil:
		return v.JSON, f.ContentType, nil
	case f.Name == export.JSON:
		b, err := json.Marshal(v.Body)
		return b, f.ContentType, err
	case f.Drawn:
		opts := v.Drawing
		opts.Layout = o.Layout
		opts.Pins = o.Pins
		b, err := d.Draw(ctx, v.Subgraph, render.Drawing{Options: opts, Format: f.Name, Report: o.Report, DPI: o.DPI})
		return b, f.ContentType, err
	}
	var b bytes.Buffer
	if err := export.Encode(&b, f.Name, v.Subgraph); err != nil {
		return nil, "", err
	}
	return b.Bytes(), f.ContentType, nil
}

// Filename is the name to save the view in the format as: export.Filename with the view's name after
// "actorgraph-": actorgraph-paths-xi-jinping-and-1-more.svg, actorgraph-blocs.png.
func (v View) Filename(format string) string {
	name := export.Filename(v.Subgraph, format)
	switch {
	case v.Name == "" || v.Name == "graph":
		return name
	case len(v.Subgraph.Focus) == 0: // export names a view without focus "actorgraph-graph"
		return strings.Replace(name, "actorgraph-graph", "actorgraph-"+v.Name, 1)
	}
	return strings.Replace(name, "actorgraph-", "actorgraph-"+v.Name+"-", 1)
}

// Neighborhood is the plain view: the neighbourhood of the focus entities; its Body is the subgraph.
// Errors: those of Store.Neighborhood.
func Neighborhood(ctx context.Context, st graph.Store, q graph.NeighborhoodQuery) (View, error) {
	sg, err := st.Neighborhood(ctx, q)
	if err != nil {
		return View{}, err
	}
	return View{Name: "graph", Subgraph: sg, Body: sg}, nil
}

// Size measures for SizeBy.
const (
	SizeCentrality = "centrality" // PageRank
	SizePageRank   = analyze.ByPageRank
	SizeDegree     = analyze.ByDegree
	SizeBetween    = analyze.ByBetweenness
)

// SizeBy sizes the entities of the drawing by a centrality measure computed on the view's subgraph, and
// only that measure: "" leaves them alone, "centrality" or "pagerank" by PageRank, "degree", "betweenness".
// Errors: EINVALID for an unknown measure; ETIMEOUT when ctx is done.
func (v *View) SizeBy(ctx context.Context, measure string) error {
	if measure == "" {
		return nil
	}
	if measure == SizeCentrality {
		measure = SizePageRank
	}
	switch measure {
	case SizePageRank, SizeDegree, SizeBetween:
	default:
		return graph.Errorf(graph.EINVALID, "unknown size %q (want centrality, pagerank, degree or betweenness)", graph.Clip(measure))
	}
	m, err := analyze.Measure(ctx, v.Subgraph, measure, analyze.MeasureOptions{})
	if err != nil {
		return err
	}
	ranked, err := analyze.Rank(m.Scores, measure)
	if err != nil {
		return err
	}
	scores := make(map[string]float64, len(ranked))
	for _, r := range ranked {
		scores[r.ID] = r.Score
	}
	v.Drawing.Sizes = render.NodeSizes(scores)
	return nil
}

// Actor is an entity as the views list it.
type Actor struct {
	ID   string     `json:"id"`
	Name string     `json:"name"`
	Kind graph.Kind `json:"kind"`
}

func actorOf(sg graph.Subgraph, id string) Actor {
	if e, ok := sg.Entity(id); ok {
		return Actor{e.ID, e.Name, e.Kind}
	}
	return Actor{ID: id, Name: id, Kind: kindOf(id)}
}

// kindOf reads the kind from an entity id ("person:xi-jinping"), for counting what a limit cut.
func kindOf(id string) graph.Kind {
	k, _ := graph.KindOfID(id)
	return k
}

func name(sg graph.Subgraph, id string) string { return actorOf(sg, id).Name }

// restrict returns the part of sg with the kept entities, the relationships between them that keep allows
// (nil keeps all), the documents those cite; focus and depth as given. omitted counts what was cut.
func restrict(sg graph.Subgraph, kept map[string]bool, keep func(graph.Relation) bool, focus []string, depth int, omitted map[graph.Kind]int) graph.Subgraph {
	out := graph.Subgraph{Focus: focus, Depth: depth, Entities: []graph.Entity{}, Relations: []graph.Relation{},
		Documents: []graph.Document{}}
	if len(omitted) > 0 {
		out.Omitted = omitted
	}
	if out.Focus == nil {
		out.Focus = []string{}
	}
	for _, e := range sg.Entities {
		if kept[e.ID] {
			out.Entities = append(out.Entities, e)
		}
	}
	cited := map[string]bool{}
	for _, r := range sg.Relations {
		if kept[r.From] && kept[r.To] && (keep == nil || keep(r)) {
			out.Relations = append(out.Relations, r)
			for _, ev := range r.Evidence {
				cited[ev.Document] = true
			}
		}
	}
	for _, d := range sg.Documents {
		if cited[d.ID] {
			out.Documents = append(out.Documents, d)
		}
	}
	slices.SortFunc(out.Entities, func(a, b graph.Entity) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(out.Relations, func(a, b graph.Relation) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// related returns sg without the entities that take part in none of its relationships. The extractor keeps
// every actor an article names, also those it relates to nothing; in a picture of the whole graph they are
// islands that say nothing about its structure, and they would crowd out the actors that do (the node
// limit). Search and the document view still find them.
func related(sg graph.Subgraph) graph.Subgraph {
	tied := make(map[string]bool, 2*len(sg.Relations))
	for _, r := range sg.Relations {
		tied[r.From], tied[r.To] = true, true
	}
	sg.Entities = slices.DeleteFunc(slices.Clone(sg.Entities), func(e graph.Entity) bool { return !tied[e.ID] })
	return sg
}

// ActorKinds are the kinds the analyses (allies, blocs, centrality) consider when a filter names no kinds:
// people, states and organisations take sides and act; a place is where things happen (an airport Russia
// deployed forces to is not Russia's ally, and Central Asia, which every Kazakh town is located in, ranked
// 4th by PageRank on the seed, above Russia).
var ActorKinds = []graph.Kind{graph.Person, graph.State, graph.Organization}

// actorsOnly returns f with ActorKinds as its kinds when it names none.
func actorsOnly(f graph.Filter) graph.Filter {
	if len(f.Kinds) == 0 {
		f.Kinds = slices.Clone(ActorKinds)
	}
	return f
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// MaxHidden bounds the actors one view hides: the page keeps the last 50 the reader hid.
const MaxHidden = 50

// Hide leaves the actors with the given ids out of the view, with their relationships and the documents
// only those cite, and lists in the subgraph's Hidden those of them the view held, so that drawings and
// exports say how many they leave out. It is what the page's "Hide from view" does, applied to the view
// itself: a download, an API answer or a CLI file of what the analyst sees holds what the analyst sees.
// Ids the view does not hold are ignored (a hidden actor another filter already took out). The lists of
// allies and opponents lose them; blocs and rankings, computed with them, keep listing them, and their
// drawings leave them out.
func (v *View) Hide(ids []string) {
	if len(ids) == 0 {
		return
	}
	hide := make(map[string]bool, len(ids))
	for _, id := range ids {
		hide[id] = true
	}
	sg := v.Subgraph
	kept := make(map[string]bool, len(sg.Entities))
	var hidden []string
	for _, e := range sg.Entities {
		if hide[e.ID] {
			hidden = append(hidden, e.ID)
		} else {
			kept[e.ID] = true
		}
	}
	if len(hidden) == 0 {
		return
	}
	out := restrict(sg, kept, nil, sg.Focus, sg.Depth, sg.Omitted)
	out.OmittedRelations = sg.OmittedRelations
	out.Hidden = slices.Sorted(slices.Values(append(hidden, sg.Hidden...)))
	out.Hidden = slices.Compact(out.Hidden)
	v.setSubgraph(out)
	// The lists of allies and opponents lose them too: their relationships are no longer in the subgraph.
	switch b := v.Body.(type) {
	case AlliancesBody:
		b.Allies = slices.DeleteFunc(slices.Clone(b.Allies), func(t Tie) bool { return hide[t.ID] })
		b.Opponents = slices.DeleteFunc(slices.Clone(b.Opponents), func(t Tie) bool { return hide[t.ID] })
		v.Body = b
	case CommonAlliesBody:
		b.Allies = slices.DeleteFunc(slices.Clone(b.Allies), func(a Actor) bool { return hide[a.ID] })
		v.Body = b
	}
	if v.Drawing.Title != "" { // a view's own title; render.Title, the default, counts them itself
		v.Drawing.Title += " · " + plural(len(out.Hidden), "actor", "actors") + " hidden"
	}
}
