package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// seededEnv ingests the seeds into a new store and returns the environment that opens it.
func seededEnv(t *testing.T) map[string]string {
	t.Helper()
	// The tests check what the commands write, not how fast: a PNG painted under the race detector on a busy
	// machine took more than the default 10 s.
	env := map[string]string{"ACTORGRAPH_STORE": filepath.Join(t.TempDir(), "views.db"), "ACTORGRAPH_LOG_LEVEL": "warn",
		"ACTORGRAPH_RENDER_WORKERS": "1", "ACTORGRAPH_RENDER_TIMEOUT": "2m"}
	if _, stderr, err := runCmd(t, t.Context(), env, "ingest", "../../seeds"); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	return env
}

// TestExportTwiceIsIdentical checks that the same export twice writes the same bytes, in every kind of
// format: a drawing (SVG), pictures (PNG, PDF), a graph file (GraphML) and tables (CSV), with a PATH that
// holds no program at all: PNG and PDF need nothing outside the binary.
func TestExportTwiceIsIdentical(t *testing.T) {
	env := seededEnv(t)
	dir := t.TempDir()
	t.Setenv("PATH", t.TempDir())
	for _, format := range []string{"svg", "png", "pdf", "graphml", "csv"} {
		t.Run(format, func(t *testing.T) {
			var files [2][]byte
			for i := range files {
				out := filepath.Join(dir, format+string(rune('a'+i)))
				_, stderr, err := runCmd(t, t.Context(), env, "export", "--focus", "CSTO", "--depth", "2", "--format", format, "-o", out)
				if err != nil {
					t.Fatalf("export %s: %v\n%s", format, err, stderr)
				}
				if !strings.Contains(stderr, "wrote "+out) {
					t.Errorf("stderr %q", stderr)
				}
				files[i], err = os.ReadFile(out)
				if err != nil {
					t.Fatal(err)
				}
			}
			if len(files[0]) == 0 || !bytes.Equal(files[0], files[1]) {
				t.Errorf("two exports differ (%d and %d bytes)", len(files[0]), len(files[1]))
			}
			if format == "svg" && !bytes.Contains(files[0], []byte("Sources:")) {
				t.Errorf("the SVG export has no sources footer")
			}
			if format == "png" && !bytes.HasPrefix(files[0], []byte("\x89PNG")) {
				t.Errorf("the PNG export is not a PNG")
			}
			if format == "pdf" && (!bytes.HasPrefix(files[0], []byte("%PDF-1.")) || !bytes.Contains(files[0], []byte("/FontFile2"))) {
				t.Errorf("the PDF export is not a PDF with its fonts embedded")
			}
		})
	}
}

func TestViewCommands(t *testing.T) {
	env := seededEnv(t)
	tests := []struct {
		name  string
		args  []string
		wants []string
	}{
		{"path as text with evidence", []string{"path", "--from", "Xi Jinping", "--to", "Zas"}, []string{
			"Xi Jinping → Kassym-Jomart Tokayev → Collective Security Treaty Organization → Stanislav Zas",
			"step 3: Stanislav Zas is an official of Collective Security Treaty Organization (structural)",
			"“Stanislav Zas, the CSTO official, said the forces were there to protect infrastructure",
		}},
		{"no path", []string{"path", "--from", "Xi Jinping", "--to", "Zas", "--max", "2"}, []string{"No path within 2 steps from Xi Jinping to Stanislav Zas"}},
		{"path as json", []string{"path", "--from", "person:xi-jinping", "--to", "Zas", "--format", "json"}, []string{`"from": "person:xi-jinping"`, `"steps": [`}},
		{"path as dot", []string{"path", "--from", "Xi Jinping", "--to", "Zas", "--format", "dot"}, []string{`class="cooperation path"`}},
		{"export filtered", []string{"export", "--focus", "CSTO", "--depth", "1", "--format", "csv-nodes", "--kinds", "state,organization"}, []string{"state:russia"}},
		{"export sized", []string{"export", "--focus", "CSTO", "--depth", "1", "--format", "dot", "--size", "centrality"}, []string{`fontsize="24.0"`}},
		{"blocs", []string{"blocs"}, []string{"Bloc 1, Kazakhstan (", "Belarus", "European Union",
			"Georgia (3; against bloc 1): Georgia, Moldova, Ukraine", "Kazakh protesters (1; against bloc 1)"}},
		{"centrality hides kinds and keeps the whole graph's degree", []string{"centrality", "--measure", "degree", "--kinds", "person", "--limit", "1"},
			[]string{"1     Kassym-Jomart Tokayev  person  6"}},
		{"centrality", []string{"centrality", "--measure", "degree", "--limit", "3"}, []string{"RANK", "1     Kazakhstan"}},
		{"alliances", []string{"alliances", "--focus", "Russia"}, []string{"Allies and opponents of Russia",
			"Belarus (state): 2 relationships, through Kazakhstan", "Opponents (3)", "Ukraine (state): 1 relationship\n"}},
		{"alliances as json", []string{"alliances", "--focus", "Russia", "--format", "json"}, []string{`"focus": "state:russia"`, `"opponents": [`}},
		{"changes", []string{"changes", "--focus", "Tokayev", "--before", "..2022-01-06", "--after", "2022-01-07.."}, []string{
			"Appeared (", "  + Kassym-Jomart Tokayev requested help from Collective Security Treaty Organization (cooperation)",
			"Ended (0)", "Changed stance (0)", "Not mentioned in the later period (0)"}},
		{"changes as dot", []string{"changes", "--focus", "Tokayev", "--before", "..2022-01-06", "--after", "2022-01-07..", "--format", "dot"}, []string{"appeared"}},
		{"changes with the page's default periods", []string{"changes", "--focus", "Tokayev"}, []string{
			"(from 2022-01-07 vs until 2022-01-06)", "  + Kassym-Jomart Tokayev requested help from Collective Security Treaty Organization (cooperation)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, stderr, err := runCmd(t, t.Context(), env, tt.args...)
			if err != nil {
				t.Fatalf("%v\n%s", err, stderr)
			}
			for _, w := range tt.wants {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out[:min(len(out), 2000)])
				}
			}
			if strings.HasSuffix(tt.name, "json") && !json.Valid([]byte(out)) {
				t.Errorf("not JSON")
			}
		})
	}
}

// TestMinConfidenceFlag: every view command takes --min-confidence and shows only evidence that confident.
func TestMinConfidenceFlag(t *testing.T) {
	env := seededEnv(t)
	for _, args := range [][]string{
		{"export", "--focus", "CSTO", "--depth", "2", "--format", "json"},
		{"path", "--from", "Xi Jinping", "--to", "Zas", "--format", "json"},
		{"alliances", "--focus", "Russia", "--format", "json"},
		{"blocs", "--format", "json", "--max-nodes", "500"},
		{"changes", "--focus", "Tokayev", "--before", "..2022-01-06", "--after", "2022-01-07..", "--format", "json"},
	} {
		for _, min := range []float64{0, 0.7, 1} {
			t.Run(fmt.Sprintf("%s at %v", args[0], min), func(t *testing.T) {
				out, stderr, err := runCmd(t, t.Context(), env, append(args, "--min-confidence", fmt.Sprint(min))...)
				if err != nil {
					t.Fatalf("%v\n%s", err, stderr)
				}
				// A neighbourhood is a subgraph; the other views hold theirs under "subgraph".
				var body map[string]json.RawMessage
				if err := json.Unmarshal([]byte(out), &body); err != nil {
					t.Fatal(err)
				}
				raw := []byte(out)
				if sub, ok := body["subgraph"]; ok {
					raw = sub
				}
				var sg graph.Subgraph
				if err := json.Unmarshal(raw, &sg); err != nil {
					t.Fatal(err)
				}
				if len(sg.Relations) == 0 {
					t.Fatalf("no relationships at all: %.300s", out)
				}
				for _, r := range sg.Relations {
					for _, ev := range r.Evidence {
						if ev.Confidence < min {
							t.Errorf("%s shows a sentence at %v: %q", r.ID, ev.Confidence, ev.Text)
						}
					}
				}
			})
		}
	}
}

func TestViewCommandErrors(t *testing.T) {
	env := seededEnv(t)
	tests := []struct {
		args  []string
		usage bool
		want  string
	}{
		{[]string{"path", "--from", "Xi Jinping"}, true, "path needs --from and --to"},
		{[]string{"path", "--from", "Xi Jinping", "--to", "Nobody At All"}, false, `no actor matches "Nobody At All"`},
		{[]string{"path", "--from", "Xi", "--to", "Zas", "--format", "tiff"}, true, `unknown format "tiff"`},
		{[]string{"export", "--depth", "2"}, true, "export needs --focus"},
		{[]string{"export", "--focus", "CSTO", "--kinds", "planet"}, true, `unknown kind "planet"`},
		{[]string{"export", "--focus", "CSTO", "--format", "text"}, true, `unknown format "text"`},
		{[]string{"export", "--focus", "CSTO", "--from-date", "2022-02-01", "--to-date", "2022-01-01"}, true, "ends before it starts"},
		{[]string{"centrality", "--measure", "fame"}, false, `unknown measure "fame"`},
		{[]string{"blocs", "--min-confidence", "1.5"}, true, "--min-confidence 1.5 is outside 0..1"},
		{[]string{"export", "--focus", "CSTO", "--min-confidence", "-0.2"}, true, "--min-confidence -0.2 is outside 0..1"},
		{[]string{"path", "--from", "Xi", "--to", "Zas", "--min-confidence", "NaN"}, true, "--min-confidence NaN is outside 0..1"},
		{[]string{"centrality", "--min-confidence", "high"}, true, `invalid value "high" for flag -min-confidence`},
		{[]string{"alliances"}, true, "alliances needs --focus"},
		{[]string{"changes", "--focus", "Tokayev", "--before", "..2022-01-06"}, true, "changes needs both --before and --after, or neither"},
		{[]string{"changes", "--focus", "Tokayev", "--before", "yesterday", "--after", "2022-01-07.."}, true, `--before: date "yesterday" is not YYYY-MM-DD`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			_, _, err := runCmd(t, t.Context(), env, tt.args...)
			if err == nil || !strings.Contains(err.Error(), tt.want) || errors.Is(err, errUsage) != tt.usage {
				t.Errorf("error %v, want %q (usage error: %v)", err, tt.want, tt.usage)
			}
		})
	}
}

// TestHideFlag: --hide leaves actors out of a view as the page's "Hide from view" does, by id or name, and
// the file says how many.
func TestHideFlag(t *testing.T) {
	env := seededEnv(t)
	out, stderr, err := runCmd(t, t.Context(), env, "export", "--focus", "CSTO", "--depth", "2", "--format", "json", "--hide", "Russia,state:belarus")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	var sg graph.Subgraph
	if err := json.Unmarshal([]byte(out), &sg); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(sg.Hidden, ","); got != "state:belarus,state:russia" {
		t.Errorf("hidden = %q, want state:belarus,state:russia", got)
	}
	for _, r := range sg.Relations {
		if strings.Contains(r.ID, "state:russia") || strings.Contains(r.ID, "state:belarus") {
			t.Errorf("--hide kept %s", r.ID)
		}
	}
	svg, stderr, err := runCmd(t, t.Context(), env, "export", "--focus", "CSTO", "--depth", "2", "--hide", "Russia")
	if err != nil || !strings.Contains(svg, "1 actor hidden") {
		t.Errorf("the SVG with --hide Russia does not say \"1 actor hidden\": %v %s", err, stderr)
	}
	if _, _, err := runCmd(t, t.Context(), env, "export", "--focus", "CSTO", "--hide", "Atlantis"); err == nil || !strings.Contains(err.Error(), "Atlantis") {
		t.Errorf("--hide Atlantis = %v, want an error naming it", err)
	}
}
