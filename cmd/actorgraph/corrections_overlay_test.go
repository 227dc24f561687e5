package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/store/boltstore"
	"github.com/actorgraph/actorgraph/store/corrected"
)

const seedDoc = "2022-01-07-kazakhstan-csto-intervention"

// TestCorrectionsOverlayRoundTrip: every kind of correction made on one store, `corrections export` as an
// overlay, and that overlay ingested with the seed into a fresh store give the same graph, byte for byte in
// the JSON export of two neighbourhoods (Tokayev's at depth 3 holds every actor the corrections touch); the trail comes along, undone corrections too.
func TestCorrectionsOverlayRoundTrip(t *testing.T) {
	dir := t.TempDir()
	ctx := t.Context()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	envA, envB := map[string]string{"ACTORGRAPH_STORE": a, "ACTORGRAPH_LOG_LEVEL": "error"}, map[string]string{"ACTORGRAPH_STORE": b, "ACTORGRAPH_LOG_LEVEL": "error"}
	if _, _, err := runCmd(t, ctx, envA, "ingest", "--seed"); err != nil {
		t.Fatal(err)
	}
	exports := func(env map[string]string, name string) [][]byte {
		t.Helper()
		var out [][]byte
		for i, args := range [][]string{
			{"export", "--focus", "person:kassym-jomart-tokayev", "--depth", "3", "--max-nodes", "500", "--format", "json"},
			{"export", "--focus", "state:kazakhstan", "--depth", "2", "--format", "json"}} {
			file := filepath.Join(dir, name+string(rune('0'+i))+".json")
			if _, _, err := runCmd(t, ctx, env, append(args, "-o", file)...); err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, data)
		}
		return out
	}
	uncorrected := exports(envA, "uncorrected")

	st, err := boltstore.Open(a)
	if err != nil {
		t.Fatal(err)
	}
	cs := corrected.Wrap(st)
	doc, err := cs.Document(ctx, seedDoc)
	if err != nil {
		t.Fatal(err)
	}
	sentence := "MOSCOW — Kazakhstan’s president said Friday he had ordered his troops to “shoot to kill without warning” in an effort to quash anti-government protests that have been raging since the weekend."
	start, end, _ := graph.Locate(doc.Text, sentence, 1)
	asked := "person:kassym-jomart-tokayev|REQUESTED_HELP_FROM|organization:collective-security-treaty-organization"
	attacked := "person:kassym-jomart-tokayev|ATTACKED|organization:kazakh-protesters"
	var made []graph.Correction
	for _, c := range []graph.Correction{
		{Action: graph.ActionAdd, Relation: attacked, Document: seedDoc, Start: start, End: end, Reason: "he ordered the troops to shoot\n«вот так» \u202e", Editor: "alice"},
		{Action: graph.ActionRetype, Relation: attacked, Type: graph.Opposes, Reason: "an order, not an attack", Editor: "bob"},
		{Action: graph.ActionReverse, Relation: asked, Reason: "a test of reversing", Editor: "alice"},
		{Action: graph.ActionStance, Relation: "person:xi-jinping|CALLED|person:kassym-jomart-tokayev", Stance: graph.Neutral, Reason: "a call says nothing", Editor: "bob"},
		{Action: graph.ActionHide, Entity: "organization:netblocks", Reason: `"not an actor" <b>`, Editor: "bob"},
		{Action: graph.ActionRename, Entity: "person:xi-jinping", Name: "Xi", Reason: "a test of renaming", Editor: "bob"},
		{Action: graph.ActionAdd, Relation: "organization:kazakh-protesters|PROTESTS_AGAINST|person:kassym-jomart-tokayev", Document: seedDoc, Start: start, End: end, Reason: "undone below", Editor: "alice"},
	} {
		got, err := cs.Correct(ctx, c)
		if err != nil {
			t.Fatalf("%+v: %v", c, err)
		}
		made = append(made, got)
	}
	// A stance set on an addition that is undone after: in the export, it names a relationship that is
	// gone, and the import must still take it.
	stance, err := cs.Correct(ctx, graph.Correction{Action: graph.ActionStance, Relation: made[6].Relation, Stance: graph.Conflict, Reason: "x", Editor: "bob"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cs.Undo(ctx, made[6].ID, "alice"); err != nil {
		t.Fatal(err)
	}
	st.Close()
	want := exports(envA, "a")
	if bytes.Equal(want[0], uncorrected[0]) || bytes.Equal(want[1], uncorrected[1]) {
		t.Fatal("the corrections change nothing in the exports")
	}

	file := filepath.Join(dir, "corrections.overlay.yaml")
	if _, _, err := runCmd(t, ctx, envA, "corrections", "export", "-o", file); err != nil {
		t.Fatal(err)
	}
	yaml, _ := os.ReadFile(file)
	for _, w := range []string{"# Corrections made in actorgraph", "editor_corrections:\n  - id: \"" + made[0].ID + "\"", `    text: "MOSCOW — Kazakhstan’s president`,
		`    reason: "he ordered the troops to shoot\n«вот так» \u202e"`, `    undone: {editor: "alice", at: "`, `    type: "OPPOSES"`, stance.ID} {
		if !strings.Contains(string(yaml), w) {
			t.Errorf("the overlay lacks %q:\n%s", w, yaml)
		}
	}
	out, _, err := runCmd(t, ctx, envB, "ingest", "--seed", file)
	if err != nil || !strings.Contains(out, "added 8 editor corrections") {
		t.Fatalf("ingest with the overlay: %v\n%s", err, out)
	}
	got := exports(envB, "b")
	for i := range got {
		if !bytes.Equal(got[i], want[i]) {
			t.Errorf("export %d: the fresh store with the overlay exports %d bytes that differ from the %d of the corrected one", i, len(got[i]), len(want[i]))
		}
	}
	logA, _, _ := runCmd(t, ctx, envA, "corrections", "export", "--format", "json")
	logB, _, _ := runCmd(t, ctx, envB, "corrections", "export", "--format", "json")
	if logA != logB {
		t.Error("the trail differs after the round trip")
	}
	// Ingested again, nothing changes; the JSON import of the same corrections finds them all there.
	if out, _, err := runCmd(t, ctx, envB, "ingest", "--seed", file); err != nil || strings.Contains(out, "editor corrections") {
		t.Errorf("ingesting again: %v\n%s", err, out)
	}
	jsonFile := filepath.Join(dir, "c.json")
	os.WriteFile(jsonFile, []byte(logA), 0o644)
	if out, _, err := runCmd(t, ctx, envB, "corrections", "import", jsonFile); err != nil || out != "imported 0 corrections (8 already there)\n" {
		t.Errorf("import of the JSON: %v %q", err, out)
	}
	log, _, _ := runCmd(t, ctx, envB, "corrections", "log")
	for _, w := range []string{"add             " + attacked + " from " + seedDoc, "retype          " + attacked + " to person:kassym-jomart-tokayev|OPPOSES|organization:kazakh-protesters"} {
		if !strings.Contains(log, w) {
			t.Errorf("corrections log lacks %q:\n%s", w, log)
		}
	}
}

// TestCorrectionsOverlayRefused: an overlay of corrections that names what the store does not hold is refused
// with its file, line and column, and nothing of it is added.
func TestCorrectionsOverlayRefused(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"ACTORGRAPH_STORE": filepath.Join(dir, "s.db"), "ACTORGRAPH_LOG_LEVEL": "error"}
	file := filepath.Join(dir, "c.overlay.yaml")
	os.WriteFile(file, []byte("editor_corrections:\n  - id: \"aa\"\n    action: \"hide\"\n    entity: \"state:russia\"\n    reason: \"x\"\n    editor: \"a\"\n    created: \"2026-01-01T00:00:00Z\"\n"+
		"  - {id: \"bb\", action: \"reject\", relation: \"state:a|SUPPORTS|state:b\", reason: \"x\", editor: \"a\", created: \"2026-01-01T00:00:00Z\"}\n"), 0o644)
	out, _, err := runCmd(t, t.Context(), env, "ingest", "--seed", file)
	if err == nil || !strings.Contains(out, file+`:8:5: editor correction 2 (bb): no relationship with id "state:a|SUPPORTS|state:b"`) {
		t.Errorf("ingest: %v\n%s", err, out)
	}
	if out, _, _ := runCmd(t, t.Context(), env, "corrections", "log"); out != "no corrections have been made\n" {
		t.Errorf("after a refused overlay the log holds %q", out)
	}
}
