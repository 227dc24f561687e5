package render_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/goccy/go-graphviz"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

// inProcess serialises every use of go-graphviz inside the test process: its one WebAssembly module is
// not safe for concurrent use.
var inProcess sync.Mutex

// graphvizView parses DOT with Graphviz itself and returns the node and edge counts and, per node name, the
// label and tooltip attributes as Graphviz read them.
func graphvizView(tb testing.TB, dot []byte) (nodes, edges int, attrs map[string][2]string) {
	tb.Helper()
	inProcess.Lock()
	defer inProcess.Unlock()
	g, err := graphviz.ParseBytes(dot)
	if err != nil || g == nil {
		tb.Fatalf("Graphviz cannot parse the DOT: %v\n%s", err, dot)
	}
	defer g.Close()
	nodes, _ = g.NodeNum()
	edges, _ = g.EdgeNum()
	attrs = map[string][2]string{}
	n, _ := g.FirstNode()
	for n != nil {
		name, _ := n.Name()
		attrs[name] = [2]string{n.GetStr("label"), n.GetStr("tooltip")}
		n, _ = g.NextNode(n)
	}
	return nodes, edges, attrs
}

func FuzzDOT(f *testing.F) {
	f.Add("Kassym-Jomart Tokayev", "Tokayev", "President of Kazakhstan", "Tokayev asked the CSTO for help.", "reuters-1", "REQUESTED_HELP_FROM", "cooperation", "person", "Title", 3)
	f.Add(quoteName, `"];`, `\N\G`, "said \"\\N\" & <b>\n", `doc"]`, `X"];`, `"`, `k"`, hostileTitle, 1)
	f.Add(backslashName, `\`, `\\`, `\\\"`, `\`, `\`, `\`, `\`, `\`, 0)
	f.Add(scriptName, ampName, "&#10;&amp;", "\x00\r\n\t", "\xff", "<", ">", "&", htmlTitle, -5)
	f.Add(rtlName, cyrillicName, chineseName, controlName, invalidName, "BORDERS", "conflict", "state", "", 2)
	f.Fuzz(func(t *testing.T, name, alias, desc, sentence, doc, relType, stance, kind, title string, omitted int) {
		a := graph.Entity{ID: "person:" + name, Name: name, Kind: graph.Kind(kind), Aliases: []string{alias}, Description: desc}
		b := graph.Entity{ID: "state:x", Name: alias, Kind: graph.State, Description: sentence}
		r := graph.Relation{From: a.ID, To: b.ID, Type: graph.RelType(relType), Stance: graph.Stance(stance),
			// Claimants reach the tooltip: one not in the view (its id is shown) and one in it (its name).
			Evidence: []graph.Evidence{{Document: doc, Text: sentence, Published: desc, Claim: "person:" + alias},
				{Document: name, Text: title, Claim: a.ID, Confidence: 0.5}}}
		r.ID = graph.RelationID(r.From, r.Type, r.To)
		sg := graph.Subgraph{Focus: []string{a.ID}, Depth: 1, Entities: []graph.Entity{a, b},
			Relations: []graph.Relation{r}, Omitted: map[graph.Kind]int{graph.Kind(kind): omitted}}
		dot := render.DOT(sg, render.Options{Title: title, LinkBase: linkBase + name})

		parsed, err := parseDOT(string(dot))
		if err != nil {
			t.Fatalf("DOT does not parse: %v\n%s", err, dot)
		}
		checkDOTSafe(t, parsed, legendOf(t))
		wantNodes, wantEdges := 3, 1 // two entities and the legend; one relationship
		if omitted > 0 {
			wantNodes, wantEdges = 4, 2 // and the summary, tied to the focus
		}
		if len(parsed.nodes()) != wantNodes || len(parsed.edges()) != wantEdges {
			t.Fatalf("%d nodes and %d edges, want %d and %d\n%s", len(parsed.nodes()), len(parsed.edges()), wantNodes, wantEdges, dot)
		}
		for _, s := range parsed.stmts {
			// Node names are escaped like escStrings, so both decode to the same text.
			if s.kind == "n" && strings.HasPrefix(s.from, "n:") && unescLabel(s.attrs["id"]) != unescLabel(s.from) {
				t.Errorf("node %q has id %q", s.from, unescLabel(s.attrs["id"]))
			}
		}

		// Graphviz must read the same graph: the same nodes and edges, and attribute values that are exactly
		// the strings this test's reader found (so no data closed a string early or opened a new one).
		nodes, edges, attrs := graphvizView(t, dot)
		if nodes != wantNodes || edges != wantEdges {
			t.Fatalf("Graphviz reads %d nodes and %d edges, want %d and %d\n%s", nodes, edges, wantNodes, wantEdges, dot)
		}
		for name, s := range parsed.nodes() {
			got, ok := attrs[name]
			if !ok {
				t.Fatalf("Graphviz has no node %q", name)
			}
			if s.html["label"] {
				continue
			}
			if got[0] != s.attrs["label"] || got[1] != s.attrs["tooltip"] {
				t.Errorf("node %q: Graphviz reads label %q tooltip %q, want %q %q", name, got[0], got[1], s.attrs["label"], s.attrs["tooltip"])
			}
		}
	})
}
