package render_test

import (
	"context"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analyze"
	"github.com/actorgraph/actorgraph/internal/golden"
	"github.com/actorgraph/actorgraph/render"
)

var (
	xiID      = graph.EntityID(graph.Person, "Xi Jinping")
	blinkenID = graph.EntityID(graph.Person, "Antony Blinken")
)

// emphasisCases are the drawings of the analyst views: a path, clusters, sizes and the marks of a change.
func emphasisCases(tb testing.TB) []struct {
	name string
	sg   graph.Subgraph
	opts render.Options
} {
	tb.Helper()
	sg := seedSubgraph(tb)
	path := sg
	path.Focus = []string{xiID, cstoID}
	xiSupports := graph.RelationID(xiID, graph.Supports, tokayevID)
	asks := graph.RelationID(tokayevID, graph.RequestedHelpFrom, cstoID)
	sizes := map[string]float64{}
	for i, e := range sg.Entities {
		sizes[e.ID] = float64(i) / float64(len(sg.Entities))
	}
	sizes[tokayevID] = 1
	pagerank := map[string]float64{} // what size=centrality draws
	for id, sc := range analyze.Centrality(sg) {
		pagerank[id] = sc.PageRank
	}
	return []struct {
		name string
		sg   graph.Subgraph
		opts render.Options
	}{
		{"path", path, render.Options{Title: "Xi Jinping to the CSTO: 1 path of 2 steps",
			EdgeMarks: map[string]render.Mark{xiSupports: render.MarkPath, asks: render.MarkPath},
			NodeMarks: map[string]render.Mark{xiID: render.MarkPath, tokayevID: render.MarkPath, cstoID: render.MarkPath}}},
		{"clusters", sg, render.Options{Clusters: []render.Cluster{
			{Label: `Allies of "Tokayev" \ & co`, Tone: render.ToneAlly, Members: []string{cstoID, xiID, "no:such-entity"}},
			{Label: "Opponents", Tone: render.ToneOpponent, Members: []string{blinkenID, cstoID}}, // CSTO is taken
			{Label: "Empty", Members: []string{"no:such-entity"}},
			{Label: "Unknown tone", Tone: "purple\"]; x=[", Members: []string{russiaID}},
		}}},
		{"sizes", sg, render.Options{Sizes: render.NodeSizes(sizes)}},
		{"pagerank", sg, render.Options{Sizes: render.NodeSizes(pagerank)}},
		{"changes", sg, render.Options{EdgeMarks: map[string]render.Mark{
			xiSupports: render.MarkAppeared, asks: render.MarkChanged,
			graph.RelationID(blinkenID, graph.Criticizes, tokayevID):                                      render.MarkNotMentioned,
			graph.RelationID(russiaID, graph.DeployedForcesTo, graph.EntityID(graph.State, "Kazakhstan")): render.MarkEnded,
			graph.RelationID(tokayevID, graph.Leads, graph.EntityID(graph.State, "Kazakhstan")):           "no-such-mark",
		}}},
	}
}

func TestDOTEmphasisGolden(t *testing.T) {
	for _, tt := range emphasisCases(t) {
		t.Run(tt.name, func(t *testing.T) {
			if tt.opts.Title == "" {
				tt.opts.Title = render.Title(tt.sg)
			}
			tt.opts.LinkBase = linkBase
			dot := render.DOT(tt.sg, tt.opts)
			checkDOTSafe(t, mustParseDOT(t, dot), legendOf(t))
			golden.Check(t, "emphasis-"+tt.name+".dot", dot)
		})
	}
}

// TestDOTEmphasis checks what a reader of each drawing sees, beyond the golden bytes.
func TestDOTEmphasis(t *testing.T) {
	cases := emphasisCases(t)
	byName := map[string]dotFile{}
	for _, c := range cases {
		byName[c.name] = mustParseDOT(t, render.DOT(c.sg, c.opts))
	}

	t.Run("path edges are thick and both ends have a focus border", func(t *testing.T) {
		f := byName["path"]
		e := f.edgeByID(t, "e:"+graph.RelationID(xiID, graph.Supports, tokayevID))
		if e.attrs["penwidth"] != "4" || !strings.Contains(e.attrs["class"], "path") {
			t.Errorf("path edge: %v", e.attrs)
		}
		for _, id := range []string{xiID, cstoID} {
			if n := f.nodeByID(t, "n:"+id); n.attrs["penwidth"] != "3.5" || !strings.Contains(n.attrs["class"], "focus") {
				t.Errorf("path end %s: %v", id, n.attrs)
			}
		}
		other := f.edgeByID(t, "e:"+graph.RelationID(blinkenID, graph.Criticizes, tokayevID))
		if other.attrs["penwidth"] == "4" {
			t.Errorf("an edge off the path is drawn as on it")
		}
		if !strings.Contains(f.nodes()["legend"].attrs["label"], "on the path") {
			t.Errorf("legend does not explain the path")
		}
	})

	t.Run("clusters hold their members once with escaped labels", func(t *testing.T) {
		f := byName["clusters"]
		members := map[string][]string{}
		labels := map[string]string{}
		classes := map[string]string{}
		for _, s := range f.stmts {
			switch {
			case s.kind == "member":
				members[s.in] = append(members[s.in], s.from)
			case s.kind == "graph" && s.in != "":
				labels[s.in] = unescLabel(s.attrs["label"])
				classes[s.in] = s.attrs["class"]
			}
		}
		want := map[string][]string{
			"cluster_1": {"n:" + cstoID, "n:" + xiID},
			"cluster_2": {"n:" + blinkenID},
			"cluster_3": {"n:" + russiaID},
		}
		if len(members) != len(want) {
			t.Errorf("clusters %v, want %v", members, want)
		}
		for c, ids := range want {
			if strings.Join(members[c], " ") != strings.Join(ids, " ") {
				t.Errorf("%s holds %v, want %v", c, members[c], ids)
			}
		}
		if labels["cluster_1"] != `Allies of "Tokayev" \ & co` || classes["cluster_1"] != "ally" ||
			classes["cluster_2"] != "opponent" || classes["cluster_3"] != "group" {
			t.Errorf("labels %q, classes %q", labels, classes)
		}
	})

	t.Run("sizes grow the font with the score", func(t *testing.T) {
		f := byName["sizes"]
		if got := f.nodeByID(t, "n:"+tokayevID).attrs["fontsize"]; got != "24.0" {
			t.Errorf("largest node fontsize %q, want 24.0", got)
		}
		if got := f.nodeByID(t, "n:"+cases[2].sg.Entities[0].ID).attrs["fontsize"]; got != "11.0" {
			t.Errorf("smallest node fontsize %q, want 11.0", got)
		}
	})

	t.Run("changes are coloured and labelled", func(t *testing.T) {
		f := byName["changes"]
		for id, want := range map[string]string{
			graph.RelationID(xiID, graph.Supports, tokayevID):                                             "(new)",
			graph.RelationID(tokayevID, graph.RequestedHelpFrom, cstoID):                                  "(changed)",
			graph.RelationID(blinkenID, graph.Criticizes, tokayevID):                                      "(not mentioned later)",
			graph.RelationID(russiaID, graph.DeployedForcesTo, graph.EntityID(graph.State, "Kazakhstan")): "(ended)",
			graph.RelationID(tokayevID, graph.Leads, graph.EntityID(graph.State, "Kazakhstan")):           "",
		} {
			label := unescLabel(f.edgeByID(t, "e:"+id).attrs["label"])
			if want == "" && strings.Contains(label, "(") || !strings.HasSuffix(label, want) {
				t.Errorf("edge %s label %q, want suffix %q", id, label, want)
			}
		}
		legend := f.nodes()["legend"].attrs["label"]
		for _, w := range []string{"new", "ended", "not mentioned later", "stance changed"} {
			if !strings.Contains(legend, w) {
				t.Errorf("legend lacks %q", w)
			}
		}
		if strings.Contains(legend, "on the path") {
			t.Errorf("legend explains a mark the drawing does not use")
		}
	})
}

// TestDrawClustersSVG draws the cluster view through the pool: the boxes and their labels reach the SVG.
func TestDrawClustersSVG(t *testing.T) {
	s, _ := newTestService(t, 0)
	c := emphasisCases(t)[1] // clusters
	for _, report := range []bool{false, true} {
		svg, err := s.Draw(context.Background(), c.sg, render.Drawing{Options: c.opts, Format: "svg", Report: report})
		if err != nil {
			t.Fatal(err)
		}
		checkSVG(t, svg)
		text := string(svg)
		for _, want := range []string{`class="cluster ally"`, `class="cluster opponent"`, "Allies of &quot;Tokayev&quot; \\ &amp; co", `id="cluster:1"`} {
			if !strings.Contains(text, want) {
				t.Errorf("report=%v: SVG lacks %s", report, want)
			}
		}
	}
}

// TestBoxesStackedToThePane: in a drawing for the page's pane (Compact) dot's boxes are titled by their Short
// title, the full one kept as the tooltip, and stacked in rows by invisible lines, columns to the pane's shape
// (six one-actor boxes: two columns in a 920×560 pane, one in a phone's); a drawing of its own keeps the full
// titles and dot's one row.
func TestBoxesStackedToThePane(t *testing.T) {
	sg := seedSubgraph(t)
	if len(sg.Entities) < 6 {
		t.Fatalf("the seed has %d actors", len(sg.Entities))
	}
	var boxes []render.Cluster
	for i, e := range sg.Entities[:6] {
		n := string(rune('1' + i))
		boxes = append(boxes, render.Cluster{Label: "Bloc " + n + ": " + e.Name + ", against bloc 1", Short: "Bloc " + n, Members: []string{e.ID}})
	}
	for _, c := range []struct {
		name      string
		compact   bool
		ratio     float64
		invisible int // lines stacking the boxes: boxes less the columns, each box one actor
		title     string
	}{
		{"own page", false, 0.6, 0, `label="Bloc 1: `},
		{"920x560 pane", true, 560.0 / 920, 4, `label="Bloc 1"`},
		{"phone", true, 1.6, 5, `label="Bloc 1"`},
		{"square pane", true, 1, 4, `label="Bloc 1"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			dot := string(render.DOT(sg, render.Options{Layout: "dot", Compact: c.compact, Ratio: c.ratio, Clusters: boxes}))
			if n := strings.Count(dot, "[style=invis]"); n != c.invisible {
				t.Errorf("%d invisible lines, want %d", n, c.invisible)
			}
			if !strings.Contains(dot, c.title) || !strings.Contains(dot, `tooltip="Bloc 1: `) {
				t.Errorf("box titles: want %s and the full title as tooltip in\n%s", c.title, dot)
			}
		})
	}
}
