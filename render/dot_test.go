package render_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/golden"
	"github.com/actorgraph/actorgraph/render"
)

const linkBase = "/view?focus="

// focusOnly is an entity with no neighbours: what a reader sees for an actor only just ingested.
func focusOnly(tb testing.TB) graph.Subgraph {
	tb.Helper()
	src := newSeedSource(tb)
	e, _ := src.Entity(graph.EntityID(graph.Place, "Zhanaozen"))
	return graph.Subgraph{Focus: []string{e.ID}, Depth: 1, Entities: []graph.Entity{e},
		Relations: []graph.Relation{}, Documents: []graph.Document{}}
}

func TestDOTGolden(t *testing.T) {
	small := mustExpand(t, 1, 0, tokayevID)
	tests := []struct {
		name string
		sg   graph.Subgraph
		opts render.Options
	}{
		{"seed", seedSubgraph(t), render.Options{LinkBase: linkBase}},
		{"focus-only", focusOnly(t), render.Options{LinkBase: linkBase}},
		{"hostile", hostileSubgraph(t), render.Options{Title: hostileTitle, LinkBase: linkBase}},
		{"omitted", mustExpand(t, 2, 6, cstoID), render.Options{LinkBase: linkBase}},
		{"no-links", small, render.Options{}},
		{"sureness", surenessSubgraph(t), render.Options{LinkBase: linkBase}},
	}
	// A view drawn by dot grown by Kazakhstan, its actors pinned where the first drawing had them: neato
	// draws it, the new actors placed around the pinned ones, the lines routed around them all.
	pins := map[string]render.Pin{render.LegendPin: {X: 900, Y: 0}}
	for i, e := range small.Entities {
		pins[e.ID] = render.Pin{X: float64(i%4) * 220, Y: -float64(i/4) * 110}
	}
	tests = append(tests, struct {
		name string
		sg   graph.Subgraph
		opts render.Options
	}{"pinned", mustExpand(t, 1, 0, tokayevID, graph.EntityID(graph.State, "Kazakhstan")), render.Options{LinkBase: linkBase, Layout: "dot", Pins: pins}})
	for _, l := range render.Layouts() {
		tests = append(tests, struct {
			name string
			sg   graph.Subgraph
			opts render.Options
		}{"layout-" + l, small, render.Options{LinkBase: linkBase, Layout: l}})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.opts.Title == "" {
				tt.opts.Title = render.Title(tt.sg)
			}
			dot := render.DOT(tt.sg, tt.opts)
			checkDOTSafe(t, mustParseDOT(t, dot), legendOf(t))
			golden.Check(t, tt.name+".dot", dot)
		})
	}
}

// legendOf returns the legend label of a plain drawing, to compare every other drawing's with.
func legendOf(tb testing.TB) string {
	tb.Helper()
	f := mustParseDOT(tb, render.DOT(graph.Subgraph{}, render.Options{}))
	return f.nodes()["legend"].attrs["label"]
}

func TestDOTIsDeterministic(t *testing.T) {
	sg := largeSeedSubgraph(t)
	want := render.DOT(sg, render.Options{Title: "x", LinkBase: linkBase})
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 5 {
		shuffled := sg
		shuffled.Entities = slices.Clone(sg.Entities)
		shuffled.Relations = slices.Clone(sg.Relations)
		r.Shuffle(len(shuffled.Entities), func(i, j int) {
			shuffled.Entities[i], shuffled.Entities[j] = shuffled.Entities[j], shuffled.Entities[i]
		})
		r.Shuffle(len(shuffled.Relations), func(i, j int) {
			shuffled.Relations[i], shuffled.Relations[j] = shuffled.Relations[j], shuffled.Relations[i]
		})
		if got := render.DOT(shuffled, render.Options{Title: "x", LinkBase: linkBase}); !bytes.Equal(got, want) {
			t.Fatalf("shuffle %d: DOT differs", i)
		}
	}
}

func TestDOTStyle(t *testing.T) {
	sg := seedSubgraph(t)
	f := mustParseDOT(t, render.DOT(sg, render.Options{Title: render.Title(sg), LinkBase: linkBase}))
	relID := func(from string, t graph.RelType, to string) string { return "e:" + graph.RelationID(from, t, to) }
	kazakhstan := graph.EntityID(graph.State, "Kazakhstan")
	tests := []struct {
		name string
		stmt func(t *testing.T) dotStmt
		want map[string]string // attribute → value as written (escaped)
		not  []string          // attributes that must be absent
	}{
		{"focus entity has a thick black border and its kind's shape",
			func(t *testing.T) dotStmt { return f.nodeByID(t, "n:"+tokayevID) },
			map[string]string{"class": "person focus", "shape": "ellipse", "penwidth": "3.5", "color": "#000000", "style": "filled"}, nil},
		{"other entity has the default border",
			func(t *testing.T) dotStmt { return f.nodeByID(t, "n:"+cstoID) },
			map[string]string{"class": "organization", "shape": "hexagon"}, []string{"penwidth"}},
		{"state is a box",
			func(t *testing.T) dotStmt { return f.nodeByID(t, "n:"+kazakhstan) },
			map[string]string{"class": "state", "shape": "box"}, nil},
		{"entity links to its own neighbourhood",
			func(t *testing.T) dotStmt { return f.nodeByID(t, "n:"+tokayevID) },
			map[string]string{"URL": "/view?focus=person%3Akassym-jomart-tokayev", "target": "_top"}, nil},
		{"cooperation edge is solid green with the evidence count",
			func(t *testing.T) dotStmt { return f.edgeByID(t, relID(tokayevID, graph.RequestedHelpFrom, cstoID)) },
			map[string]string{"class": "cooperation", "style": "solid", "color": "#009E73", "label": "requested help from ×3"}, []string{"dir"}},
		{"conflict edge is bold",
			func(t *testing.T) dotStmt {
				return f.edgeByID(t, relID(graph.EntityID(graph.Person, "Antony Blinken"), graph.Criticizes, tokayevID))
			},
			map[string]string{"class": "conflict", "style": "bold", "label": "criticizes ×2"}, nil},
		{"structural edge is dashed",
			func(t *testing.T) dotStmt { return f.edgeByID(t, relID(russiaID, graph.MemberOf, cstoID)) },
			map[string]string{"class": "structural", "style": "dashed", "label": "is a member of"}, nil},
		{"symmetric edge has no arrow head",
			func(t *testing.T) dotStmt { return f.edgeByID(t, relID(kazakhstan, graph.Borders, russiaID)) },
			map[string]string{"dir": "none"}, nil},
		{"neutral edge is dotted",
			func(t *testing.T) dotStmt {
				return f.edgeByID(t, relID(tokayevID, graph.Called, graph.EntityID(graph.Person, "Vladimir Putin")))
			},
			map[string]string{"class": "neutral", "style": "dotted", "label": "called"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tt.stmt(t)
			for k, v := range tt.want {
				if got := s.attrs[k]; got != v {
					t.Errorf("%s = %q, want %q", k, got, v)
				}
			}
			for _, k := range tt.not {
				if v, ok := s.attrs[k]; ok {
					t.Errorf("%s = %q, want it absent", k, v)
				}
			}
		})
	}
}

// TestDOTSureness: a relationship no sentence states with a confidence of 0.6 or more is pale and thin, one
// only claimed is dashed and says so, a view's mark still wins, and the legend explains what is drawn.
func TestDOTSureness(t *testing.T) {
	sg := surenessSubgraph(t)
	f := mustParseDOT(t, render.DOT(sg, render.Options{LinkBase: linkBase}))
	putin := graph.EntityID(graph.Person, "Vladimir Putin")
	kazakhstan := graph.EntityID(graph.State, "Kazakhstan")
	edge := func(from string, t graph.RelType, to string) string { return "e:" + graph.RelationID(from, t, to) }
	tests := []struct {
		name    string
		id      string
		want    map[string]string
		tooltip []string
	}{
		{"stated only at 0.5: pale and thin", edge(tokayevID, graph.Called, putin),
			map[string]string{"class": "neutral faint", "style": "dotted", "penwidth": "0.8", "color": "#B3B3B3", "label": "called"},
			[]string{"neutral · 1 sentence · best confidence 0.50"}},
		{"claimed by an actor shown: dashed, labelled, in the stance's colour", edge(graph.EntityID(graph.Person, "Xi Jinping"), graph.Supports, tokayevID),
			map[string]string{"class": "cooperation claim", "style": "dashed", "penwidth": "1.6", "color": "#009E73", "label": "supports (claim)"},
			[]string{"cooperation · 1 sentence · best confidence 0.90 · claimed only", ", claim by Vladimir Putin"}},
		{"a conflict claimed by nobody named at 0.4: dashed, not bold, pale and thin", edge(graph.EntityID(graph.Person, "Antony Blinken"), graph.Criticizes, tokayevID),
			map[string]string{"class": "conflict faint claim", "style": "dashed", "penwidth": "0.8", "label": "criticizes ×2 (claim)"},
			[]string{"best confidence 0.40 · claimed only", ", unattributed claim"}},
		{"claimed by someone not shown: the id, escaped", edge(graph.EntityID(graph.Organization, "Kazakh protesters"), graph.ProtestsAgainst, kazakhstan),
			map[string]string{"class": "conflict claim", "style": "dashed"},
			[]string{`, claim by person:"ghost" & \N`}},
		{"a claim and a fact: not a claim only", edge(tokayevID, graph.Leads, kazakhstan),
			map[string]string{"class": "structural", "style": "dashed", "label": "leads ×2"},
			[]string{"structural · 2 sentences · best confidence 0.90\n", ", claim by Vladimir Putin"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := f.edgeByID(t, tt.id)
			for k, v := range tt.want {
				if got := unescLabel(s.attrs[k]); got != v {
					t.Errorf("%s = %q, want %q", k, got, v)
				}
			}
			tip := unescTooltip(s.attrs["tooltip"])
			for _, w := range tt.tooltip {
				if !strings.Contains(tip, w) {
					t.Errorf("tooltip %q lacks %q", tip, w)
				}
			}
		})
	}
	legend := f.nodes()["legend"].attrs["label"]
	for _, want := range []string{"confidence below 0.6 (pale)", "claims only (dashed, “claim”)"} {
		if !strings.Contains(legend, want) {
			t.Errorf("the legend lacks %q", want)
		}
	}
	if plain := legendOf(t); strings.Contains(plain, "confidence below") || strings.Contains(plain, "claims only") {
		t.Errorf("a drawing without faint or claimed lines explains them: %s", plain)
	}
	t.Run("a mark wins over the look", func(t *testing.T) {
		id := graph.RelationID(tokayevID, graph.Called, putin)
		s := mustParseDOT(t, render.DOT(sg, render.Options{EdgeMarks: map[string]render.Mark{id: render.MarkAppeared}})).edgeByID(t, "e:"+id)
		if s.attrs["class"] != "neutral faint appeared" || s.attrs["color"] != "#1B9E3E" || s.attrs["penwidth"] != "3.5" {
			t.Errorf("an appeared faint line: %v", s.attrs)
		}
	})
}

func TestDOTTooltips(t *testing.T) {
	sg := seedSubgraph(t)
	f := mustParseDOT(t, render.DOT(sg, render.Options{}))
	t.Run("entity tooltip names kind, description and aliases", func(t *testing.T) {
		got := unescTooltip(f.nodeByID(t, "n:"+tokayevID).attrs["tooltip"])
		want := "Kassym-Jomart Tokayev\nperson · President of Kazakhstan\nalso: Kasym-Zhomart Tokayev, Tokayev"
		if got != want {
			t.Errorf("tooltip = %q, want %q", got, want)
		}
	})
	t.Run("relationship tooltip quotes every sentence with document and date", func(t *testing.T) {
		got := unescTooltip(f.edgeByID(t, "e:"+graph.RelationID(tokayevID, graph.RequestedHelpFrom, cstoID)).attrs["tooltip"])
		for _, want := range []string{
			"Kassym-Jomart Tokayev requested help from Collective Security Treaty Organization\ncooperation · 3 sentences · best confidence 0.90\n",
			"“Tokayev appealed to the Collective Security Treaty Organization for help to overcome what he called a terrorist threat.” — reuters-2022-01-05-kazakhstan-csto, 2022-01-05",
			"“Tokayev again thanked the CSTO for answering his request.” — bbc-2022-01-07-shoot-without-warning, 2022-01-07",
		} {
			if !strings.Contains(got, want) {
				t.Errorf("tooltip %q\nlacks %q", got, want)
			}
		}
	})
	t.Run("long evidence lists are capped and say how many more", func(t *testing.T) {
		r := sg.Relations[0]
		for i := range 12 {
			text := fmt.Sprintf("Sentence %d: %s", i, strings.Repeat("word ", 200))
			r.Evidence = append(r.Evidence, graph.Evidence{Document: "d", Text: text, Start: i * 2000, End: i*2000 + len(text)})
		}
		g := graph.Subgraph{Entities: sg.Entities, Relations: []graph.Relation{r}}
		got := unescTooltip(mustParseDOT(t, render.DOT(g, render.Options{})).edgeByID(t, "e:"+r.ID).attrs["tooltip"])
		if n := strings.Count(got, "“"); n != 5 {
			t.Errorf("%d sentences shown, want 5", n)
		}
		if want := "… and " + strconv.Itoa(len(r.Evidence)-5) + " more sentences"; !strings.HasSuffix(got, want) {
			t.Errorf("tooltip ends %q, want %q", got[max(0, len(got)-40):], want)
		}
		if n := utf8.RuneCountInString(got); n > 2500 {
			t.Errorf("tooltip has %d characters", n)
		}
	})
}

func TestDOTOmitted(t *testing.T) {
	sg := mustExpand(t, 2, 6, cstoID)
	if len(sg.Omitted) == 0 {
		t.Fatal("fixture: nothing omitted")
	}
	f := mustParseDOT(t, render.DOT(sg, render.Options{}))
	for k, n := range sg.Omitted {
		node := f.nodeByID(t, "more:"+string(k))
		if got := node.attrs["style"]; got != "dashed" {
			t.Errorf("%s summary style %q, want dashed", k, got)
		}
		if got := unescLabel(node.attrs["label"]); !strings.HasPrefix(got, "+"+strconv.Itoa(n)+" more ") {
			t.Errorf("%s summary label %q", k, got)
		}
		e := f.edgeByID(t, "e:more:"+string(k))
		if e.from != "n:"+cstoID || e.attrs["style"] != "dotted" || e.attrs["dir"] != "none" {
			t.Errorf("%s summary edge %+v, want a dotted line from the focus", k, e)
		}
	}
	t.Run("plural and singular", func(t *testing.T) {
		g := graph.Subgraph{Focus: []string{cstoID}, Entities: sg.Entities,
			Omitted: map[graph.Kind]int{graph.Person: 12, graph.Organization: 1, graph.Place: 0}}
		f := mustParseDOT(t, render.DOT(g, render.Options{}))
		if got := unescLabel(f.nodeByID(t, "more:person").attrs["label"]); got != "+12 more people" {
			t.Errorf("label %q", got)
		}
		if got := unescLabel(f.nodeByID(t, "more:organization").attrs["label"]); got != "+1 more organization" {
			t.Errorf("label %q", got)
		}
		if _, ok := f.nodes()[`more:place`]; ok {
			t.Error("a summary node for zero places")
		}
	})
	t.Run("compact: one node beside the focus", func(t *testing.T) {
		g := graph.Subgraph{Focus: []string{cstoID}, Entities: sg.Entities,
			Omitted: map[graph.Kind]int{graph.Person: 240, graph.State: 1, graph.Place: 122, graph.Kind("<tribe>"): 2}}
		f := mustParseDOT(t, render.DOT(g, render.Options{Compact: true}))
		node := f.nodeByID(t, "more:kinds")
		if got, want := unescLabel(node.attrs["label"]), "+240 more people\n+1 more state\n+122 more places\n+2 more (<tribe>)"; got != want {
			t.Errorf("label %q, want %q", got, want)
		}
		if got, want := unescTooltip(node.attrs["tooltip"]), "365 more actors (240 people, 1 state, 122 places, 2 (<tribe>))"; !strings.HasPrefix(got, want) {
			t.Errorf("tooltip %q, want it to start %q", got, want)
		}
		for _, k := range []string{"person", "state", "place"} {
			if _, ok := f.nodes()[`more:`+k]; ok {
				t.Errorf("a node of its own for the %s left out", k)
			}
		}
		if e := f.edgeByID(t, "e:more:kinds"); e.from != "n:"+cstoID || e.attrs["style"] != "dotted" {
			t.Errorf("summary edge %+v, want a dotted line from the focus", e)
		}
		ranks := 0
		for _, s := range f.stmts {
			if s.kind == "rank" {
				ranks++
			}
		}
		if ranks != 1 || !strings.Contains(string(render.DOT(g, render.Options{Compact: true})), `{rank=same; "n:`+cstoID+`"; "more:kinds"}`) {
			t.Errorf("%d rank statements; want the summary in the focus's rank", ranks)
		}
		pinned := render.DOT(g, render.Options{Compact: true, Pins: map[string]render.Pin{cstoID: {X: 10, Y: 10, W: 80, H: 40}}})
		if strings.Contains(string(pinned), "more:") {
			t.Error("a pinned drawing draws the summary, which nothing pins")
		}
		if title := render.Title(g); !strings.Contains(title, "365 more not shown") {
			t.Errorf("the title %q does not count what is left out", title)
		}
		one := graph.Subgraph{Focus: []string{cstoID}, Entities: sg.Entities, Omitted: map[graph.Kind]int{graph.Person: 3}}
		if got := unescLabel(mustParseDOT(t, render.DOT(one, render.Options{Compact: true})).nodeByID(t, "more:person").attrs["label"]); got != "+3 more people" {
			t.Errorf("one kind left out: label %q, want its own node", got)
		}
	})
}

func TestDOTLeavesOut(t *testing.T) {
	sg := mustExpand(t, 1, 0, tokayevID)
	dangling := graph.Relation{From: tokayevID, To: "person:nobody", Type: graph.MetWith, Stance: graph.Neutral}
	dangling.ID = graph.RelationID(dangling.From, dangling.Type, dangling.To)
	sg.Relations = append(sg.Relations, dangling, sg.Relations[0])
	sg.Entities = append(sg.Entities, sg.Entities[0])
	f := mustParseDOT(t, render.DOT(sg, render.Options{}))
	tests := []struct {
		name      string
		got, want int
	}{
		{"duplicate entities drawn once", len(f.nodes()) - 1, len(sg.Entities) - 1},
		{"relation to a missing entity and duplicate relation left out", len(f.edges()), len(sg.Relations) - 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %d, want %d", tt.got, tt.want)
			}
		})
	}
}

func TestDOTHostileNames(t *testing.T) {
	sg := hostileSubgraph(t)
	f := mustParseDOT(t, render.DOT(sg, render.Options{Title: hostileTitle, LinkBase: linkBase}))
	checkDOTSafe(t, f, legendOf(t))
	// Labels wrap at spaces or inside long words, so compare them without white space.
	label := func(t *testing.T, id string) string {
		t.Helper()
		return squash(unescLabel(f.nodeByID(t, "n:"+id).attrs["label"]))
	}
	byName := map[string]string{}
	for _, e := range sg.Entities {
		byName[e.Name] = e.ID
	}
	tests := []struct {
		name, id, want string
	}{
		{"quotes are shown as quotes", byName[quoteName], `Robert "Bobby" Tables"]; x [shapefile="/etc/pass…`},
		{"markup is shown as text", byName[scriptName], scriptName},
		{"entities are shown as written", byName[ampName], ampName},
		{"backslash sequences are shown as written", byName[backslashName], backslashName},
		{"Cyrillic is kept", byName[cyrillicName], cyrillicName},
		{"Chinese is kept", byName[chineseName], chineseName},
		{"bidi overrides are dropped, marks kept", byName[rtlName], "evil عبد الله\u200F"},
		{"control characters become spaces", byName[controlName], "tab here new line nul [31m red"},
		{"invalid UTF-8 is replaced", byName[invalidName], "bad \uFFFD bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := label(t, tt.id); got != squash(tt.want) {
				t.Errorf("label %q, want %q", got, tt.want)
			}
		})
	}
	t.Run("a 10,000-character name is cut to a readable label", func(t *testing.T) {
		got := strings.ReplaceAll(unescLabel(f.nodeByID(t, "n:place:long").attrs["label"]), "\n", " ")
		if n := utf8.RuneCountInString(got); n > 70 || !strings.HasPrefix(got, "Long name Long") || !strings.HasSuffix(got, "…") {
			t.Errorf("label %q (%d characters)", got, n)
		}
		if tip := unescTooltip(f.nodeByID(t, "n:place:long").attrs["tooltip"]); utf8.RuneCountInString(tip) > 1000 {
			t.Errorf("tooltip has %d characters", utf8.RuneCountInString(tip))
		}
	})
	t.Run("the title is shown as written", func(t *testing.T) {
		g := f.stmts[0]
		if g.kind != "graph" || g.html["label"] || unescLabel(g.attrs["label"]) != hostileTitle {
			t.Errorf("graph label %q (html %v)", g.attrs["label"], g.html["label"])
		}
	})
	t.Run("an HTML-looking title stays text", func(t *testing.T) {
		f := mustParseDOT(t, render.DOT(sg, render.Options{Title: htmlTitle}))
		checkDOTSafe(t, f, legendOf(t))
	})
	t.Run("backslashes in tooltips are shown as written", func(t *testing.T) {
		got := unescTooltip(f.nodeByID(t, `n:person:back\slash\N`).attrs["tooltip"])
		if want := backslashName + "\nperson · \\G \\E \\T"; got != want {
			t.Errorf("tooltip %q, want %q", got, want)
		}
	})
	t.Run("ids keep their characters", func(t *testing.T) {
		s := f.nodeByID(t, `n:person:back\slash\N`)
		if got := unescLabel(s.attrs["URL"]); got != linkBase+`person%3Aback%5Cslash%5CN` {
			t.Errorf("URL %q", got)
		}
	})
	t.Run("unknown kinds, types and stances are drawn plainly", func(t *testing.T) {
		s := f.nodeByID(t, `n:weapon:"x"`)
		if s.attrs["class"] != "other" || s.attrs["shape"] != "octagon" {
			t.Errorf("unknown kind drawn as %q %q", s.attrs["class"], s.attrs["shape"])
		}
		for _, e := range f.edges() {
			// The stance, then what the evidence says of the line (its sentences here have no confidence).
			c := strings.Fields(e.attrs["class"])
			if len(c) == 0 || !slices.Contains([]string{"cooperation", "conflict", "structural", "neutral", "more"}, c[0]) ||
				slices.ContainsFunc(c[1:], func(w string) bool { return w != "faint" && w != "claim" }) {
				t.Errorf("edge class %q", e.attrs["class"])
			}
		}
	})
}

func squash(s string) string { return strings.Join(strings.Fields(s), "") }

func TestLayouts(t *testing.T) {
	if got, want := render.Layouts(), []string{"dot", "neato", "fdp", "sfdp", "circo"}; !slices.Equal(got, want) {
		t.Errorf("Layouts() = %v, want %v", got, want)
	}
	for _, tt := range []struct {
		nodes int
		want  string
	}{{1, "dot"}, {60, "dot"}, {150, "dot"}, {151, "sfdp"}, {500, "sfdp"}} {
		if got := render.DefaultLayout(tt.nodes); got != tt.want {
			t.Errorf("DefaultLayout(%d) = %q, want %q", tt.nodes, got, tt.want)
		}
	}
	for _, tt := range []struct {
		name, layout, code string
	}{{"known layout accepted", "neato", ""}, {"unknown layout refused", "twopi", graph.EINVALID}, {"empty refused", "", graph.EINVALID}} {
		t.Run(tt.name, func(t *testing.T) {
			if got := graph.ErrorCode(render.CheckLayout(tt.layout)); got != tt.code {
				t.Errorf("CheckLayout(%q) code %q, want %q", tt.layout, got, tt.code)
			}
		})
	}
	t.Run("unknown layout in options falls back to the default", func(t *testing.T) {
		sg := seedSubgraph(t)
		if got, want := render.DOT(sg, render.Options{Layout: "nonsense"}), render.DOT(sg, render.Options{Layout: "dot"}); !bytes.Equal(got, want) {
			t.Error("DOT differs")
		}
	})
}
