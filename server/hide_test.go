package server_test

import (
	"archive/zip"
	"bytes"
	"net/http"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestHiddenActorsAreLeftOutOfEveryForm: hide= (the page's "Hide from view", sent with a download) takes the
// actors out of the view's JSON, its drawings and every data export, which say how many they leave out.
func TestHiddenActorsAreLeftOutOfEveryForm(t *testing.T) {
	ts := newTestServer(t)
	const base = "/api/graph?focus=" + tokayev + "&depth=2"
	// One by id, one by name, as the CLI's --hide takes them.
	const hide = "&hide=state:russia,China"

	var whole, sg graph.Subgraph
	mustJSON(t, ts.get(t, base), &whole)
	mustJSON(t, ts.get(t, base+hide), &sg)
	for _, id := range []string{"state:russia", "state:china"} {
		if _, ok := whole.Entity(id); !ok {
			t.Fatalf("the view without hide lacks %s: nothing to hide", id)
		}
		if _, ok := sg.Entity(id); ok {
			t.Errorf("hide= kept %s", id)
		}
		for _, r := range sg.Relations {
			if r.From == id || r.To == id {
				t.Errorf("hide= kept the relationship %s of %s", r.ID, id)
			}
		}
	}
	if got, want := strings.Join(sg.Hidden, ","), "state:china,state:russia"; got != want {
		t.Errorf("JSON hidden = %q, want %q", got, want)
	}
	if len(sg.Entities) != len(whole.Entities)-2 {
		t.Errorf("hide= left %d actors of %d; want 2 fewer", len(sg.Entities), len(whole.Entities))
	}

	svg := ts.get(t, base+hide+"&format=svg")
	if svg.status != http.StatusOK {
		t.Fatalf("SVG: %d %s", svg.status, svg.body)
	}
	if strings.Contains(svg.body, `id="n:state:russia"`) || !strings.Contains(svg.body, `id="n:state:kazakhstan"`) {
		t.Error("the page's SVG with hide=state:russia should draw Kazakhstan and not Russia")
	}
	mustContain(t, "SVG title", svgText(t, svg.body), "2 actors hidden")
	report := ts.get(t, base+hide+"&format=svg&download=1")
	mustContain(t, "downloaded SVG", svgText(t, report.body), "2 actors hidden")

	graphml := ts.get(t, base+hide+"&format=graphml&download=1")
	mustContain(t, "GraphML", graphml.body, `<data key="g_hidden">state:china; state:russia</data>`, `<node id="state:kazakhstan">`)
	if strings.Contains(graphml.body, `<node id="state:russia">`) {
		t.Error("GraphML holds the hidden Russia")
	}
	gexf := ts.get(t, base+hide+"&format=gexf&download=1")
	mustContain(t, "GEXF", gexf.body, "(2 actors hidden: state:china; state:russia)")
	if strings.Contains(gexf.body, `id="state:russia"`) {
		t.Error("GEXF holds the hidden Russia")
	}
	nodes := ts.get(t, base+hide+"&format=csv-nodes&download=1")
	if strings.Contains(nodes.body, "state:russia") || !strings.Contains(nodes.body, "state:kazakhstan") {
		t.Errorf("nodes.csv with Russia hidden:\n%s", nodes.body)
	}
	zipped := ts.get(t, base+hide+"&format=csv&download=1")
	zr, err := zip.NewReader(bytes.NewReader([]byte(zipped.body)), int64(len(zipped.body)))
	if err != nil {
		t.Fatal(err)
	}
	if want := "2 actors hidden: state:china; state:russia"; zr.Comment != want {
		t.Errorf("CSV zip comment %q, want %q", zr.Comment, want)
	}
	for _, format := range []string{"png", "pdf"} {
		with, without := ts.get(t, base+hide+"&format="+format+"&download=1"), ts.get(t, base+"&format="+format+"&download=1")
		if with.status != http.StatusOK || with.body == without.body {
			t.Errorf("%s with hide= = %d, the same bytes as without: %v", format, with.status, with.body == without.body)
		}
	}

	// An analysis keeps its own title and says what it leaves out.
	allies := ts.get(t, "/api/alliances?focus="+tokayev+"&format=svg&download=1&hide=state:china")
	mustContain(t, "allies SVG", svgText(t, allies.body), "Allies and opponents of", "1 actor hidden")
	var body struct{ Allies []struct{ ID string } }
	mustJSON(t, ts.get(t, "/api/alliances?focus="+tokayev+"&hide=state:china"), &body)
	for _, a := range body.Allies {
		if a.ID == "state:china" {
			t.Error("the allies list holds the hidden China")
		}
	}
	if len(body.Allies) == 0 {
		t.Error("hiding China left Tokayev no allies")
	}

	bad := ts.get(t, base+"&hide=Nobody+At+All")
	if bad.status != http.StatusNotFound || !strings.Contains(bad.body, "Nobody At All") {
		t.Errorf("hide=Nobody At All = %d %s, want 404 naming it", bad.status, bad.body)
	}
}
