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

// TestCorrectionsExportImportRoundTrip: corrections made on one store, exported and imported into a fresh
// store holding the same articles, give the same graph, byte for byte in the JSON export; `corrections
// log` prints the trail.
func TestCorrectionsExportImportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	for _, db := range []string{a, b} {
		if _, _, err := runCmd(t, t.Context(), map[string]string{"ACTORGRAPH_STORE": db, "ACTORGRAPH_LOG_LEVEL": "error"}, "ingest", "--seed"); err != nil {
			t.Fatal(err)
		}
	}
	exportJSON := func(db, name string) []byte {
		t.Helper()
		out := filepath.Join(dir, name)
		if _, _, err := runCmd(t, t.Context(), map[string]string{"ACTORGRAPH_STORE": db}, "export", "--focus", "person:kassym-jomart-tokayev", "--depth", "2", "--format", "json", "-o", out); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	uncorrected := exportJSON(a, "uncorrected.json")

	// Three corrections on a, one of them undone.
	st, err := boltstore.Open(a)
	if err != nil {
		t.Fatal(err)
	}
	cs := corrected.Wrap(st)
	ctx := t.Context()
	asked := "person:kassym-jomart-tokayev|REQUESTED_HELP_FROM|organization:collective-security-treaty-organization"
	for _, c := range []graph.Correction{
		{Action: graph.ActionReject, Relation: asked, Reason: "the request went to the chair", Editor: "alice"},
		{Action: graph.ActionHide, Entity: "organization:kazakh-protesters", Reason: "not an organisation", Editor: "bob"},
		{Action: graph.ActionRename, Entity: "person:xi-jinping", Name: "Xi", Reason: "a test of renaming", Editor: "bob"},
		{Action: graph.ActionAddAlias, Entity: "person:xi", Name: "Chairman Xi", Reason: "a test of aliases", Editor: "bob"},
		{Action: graph.ActionMerge, Entity: "person:vladimir-putin", Into: "state:russia", Reason: "a test of merging", Editor: "alice"},
	} {
		if _, err := cs.Correct(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	undone, err := cs.Correct(ctx, graph.Correction{Action: graph.ActionHide, Entity: "state:china", Reason: "by mistake", Editor: "alice"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cs.Undo(ctx, undone.ID, "alice"); err != nil {
		t.Fatal(err)
	}
	st.Close()

	corrected := exportJSON(a, "a.json")
	if bytes.Equal(corrected, uncorrected) {
		t.Fatal("the corrections change nothing in the export")
	}
	file := filepath.Join(dir, "corrections.json")
	envA, envB := map[string]string{"ACTORGRAPH_STORE": a}, map[string]string{"ACTORGRAPH_STORE": b}
	if _, _, err := runCmd(t, ctx, envA, "corrections", "export", "--format", "json", "-o", file); err != nil {
		t.Fatal(err)
	}
	out, _, err := runCmd(t, ctx, envB, "corrections", "import", file)
	if err != nil || out != "imported 6 corrections (0 already there)\n" {
		t.Fatalf("import: %v %q", err, out)
	}
	if got := exportJSON(b, "b.json"); !bytes.Equal(got, corrected) {
		t.Errorf("the fresh store with the imported corrections exports %d bytes that differ from the %d of the corrected one", len(got), len(corrected))
	}
	if out, _, err := runCmd(t, ctx, envB, "corrections", "import", file); err != nil || out != "imported 0 corrections (6 already there)\n" {
		t.Errorf("importing again: %v %q", err, out)
	}

	log, _, err := runCmd(t, ctx, envB, "corrections", "log")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"alice  reject          " + asked, "why: the request went to the chair", "bob  hide            organization:kazakh-protesters",
		"undone by alice at ", "bob  rename          person:xi-jinping to \"Xi\" (person:xi)", "alice  merge           person:vladimir-putin into state:russia",
		"add_alias       person:xi alias \"Chairman Xi\""} {
		if !strings.Contains(log, want) {
			t.Errorf("corrections log lacks %q:\n%s", want, log)
		}
	}
}

// TestCorrectionsImportRefusesWhatIsNotThere: an exported correction naming a relationship the store does
// not hold is refused with the file and which correction, and nothing is imported.
func TestCorrectionsImportRefusesWhatIsNotThere(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"ACTORGRAPH_STORE": filepath.Join(dir, "s.db"), "ACTORGRAPH_LOG_LEVEL": "error"}
	if _, _, err := runCmd(t, t.Context(), env, "ingest", "--seed"); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "c.json")
	os.WriteFile(file, []byte(`{"corrections":[{"id":"aa","action":"hide","entity":"state:russia","reason":"x","editor":"a","created":"2026-01-01T00:00:00Z"},
		{"id":"bb","action":"reject","relation":"state:a|SUPPORTS|state:b","reason":"x","editor":"a","created":"2026-01-01T00:00:00Z"}]}`), 0o644)
	_, _, err := runCmd(t, t.Context(), env, "corrections", "import", file)
	if err == nil || err.Error() != file+`: correction 2 (bb): no relationship with id "state:a|SUPPORTS|state:b"` {
		t.Errorf("import: %v", err)
	}
	if out, _, _ := runCmd(t, t.Context(), env, "corrections", "log"); out != "no corrections have been made\n" {
		t.Errorf("after a refused import the log holds %q", out)
	}
}
