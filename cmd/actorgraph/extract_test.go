package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/golden"
)

const (
	seedArticle = "../../seeds/2022-01-07-kazakhstan-csto-intervention.txt"
	seedOverlay = "../../seeds/2022-01-07-kazakhstan-csto-intervention.overlay.yaml"
)

func TestExtractSeedGolden(t *testing.T) {
	for _, format := range []string{"json", "text"} {
		t.Run(format, func(t *testing.T) {
			out, stderr, err := runCmd(t, t.Context(), nil, "extract", "--format", format, seedArticle, seedOverlay)
			if err != nil {
				t.Fatalf("%v\n%s", err, stderr)
			}
			golden.Check(t, "extract-seed."+format, []byte(out))
			// The same input gives the same bytes.
			again, _, _ := runCmd(t, t.Context(), nil, "extract", "--format", format, seedOverlay, seedArticle)
			if again != out {
				t.Error("a second run, with the files in another order, printed something else")
			}
		})
	}
}

// TestExtractFindsWhatTheIssueAsks checks the actors and relationships the extractor alone (without the
// curated overlay) must find in the seed article, by name, as a user reads them.
func TestExtractFindsWhatTheIssueAsks(t *testing.T) {
	out, stderr, err := runCmd(t, t.Context(), nil, "extract", "--format", "json", seedArticle)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	var x extraction
	if err := json.Unmarshal([]byte(out), &x); err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, e := range x.Entities {
		names[e.Name] = e.ID
	}
	for _, n := range []string{"Kassym-Jomart Tokayev", "Vladimir Putin", "Alexander Lukashenko", "Xi Jinping", "Jen Psaki",
		"Josep Borrell", "Stanislav Zas", "Kazakhstan", "Russia", "China", "Belarus", "United States", "Ukraine", "Georgia",
		"Moldova", "Collective Security Treaty Organization", "North Atlantic Treaty Organization", "European Union",
		"White House", "Chevron", "Almaty", "Zhanaozen", "Aktau"} {
		if names[n] == "" {
			t.Errorf("no entity %q", n)
		}
	}
	rels := map[string]bool{}
	for _, r := range x.Relations {
		rels[r.ID] = true
		if len(r.Evidence) == 0 || r.Evidence[0].Text == "" {
			t.Errorf("%s has no sentence", r.ID)
		}
	}
	for _, id := range []string{
		"person:kassym-jomart-tokayev|REQUESTED_HELP_FROM|organization:collective-security-treaty-organization",
		"organization:collective-security-treaty-organization|DEPLOYED_FORCES_TO|state:kazakhstan",
		"state:china|SUPPORTS|person:kassym-jomart-tokayev",
		"state:russia|LEASES_FROM|state:kazakhstan",
	} {
		if !rels[id] {
			t.Errorf("no relationship %s", id)
		}
	}
	if len(x.Documents) != 1 || x.Merges == nil {
		t.Errorf("documents %v, merges %v", x.Documents, x.Merges)
	}
}

func TestExtractTouchesNoStore(t *testing.T) {
	dir := t.TempDir()
	store := filepath.Join(dir, "user.db")
	_, _, err := runCmd(t, t.Context(), map[string]string{"ACTORGRAPH_STORE": store}, "extract", seedArticle)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(store); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("extract created or touched %s: %v", store, err)
	}
}

func TestExtractErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.overlay.yaml")
	os.WriteFile(bad, []byte("document: 2022-01-07-kazakhstan-csto-intervention\ncorrections:\n  - drop_entity: person:nobody\n"), 0o644)
	tests := []struct {
		name string
		args []string
		want string
		code int
	}{
		{"no files", []string{"extract"}, "extract needs at least one file", 2},
		{"bad format", []string{"extract", "--format", "xml", seedArticle}, `--format "xml": want json or text`, 2},
		{"missing file", []string{"extract", filepath.Join(dir, "nope.txt")}, "nope.txt: no such file", 1},
		{"unknown id in a correction", []string{"extract", seedArticle, bad}, `bad.overlay.yaml:3: drop_entity: the text of document 2022-01-07-kazakhstan-csto-intervention names no entity "person:nobody"`, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runCmd(t, t.Context(), nil, tt.args...)
			if err == nil || !strings.Contains(err.Error(), tt.want) || exitCode(err) != tt.code {
				t.Errorf("err = %v (exit %d), want exit %d and %q", err, exitCode(err), tt.code, tt.want)
			}
		})
	}
}

func TestIngestReadsTheTextAndPrintsMerges(t *testing.T) {
	env := map[string]string{"ACTORGRAPH_STORE": filepath.Join(t.TempDir(), "cli.db"), "ACTORGRAPH_LOG_LEVEL": "warn"}
	out, stderr, err := runCmd(t, t.Context(), env, "ingest", seedArticle, seedOverlay)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if want := `"Almaty airport" is place:almaty-international-airport (alias)`; !strings.Contains(out, want) {
		t.Errorf("ingest printed:\n%s\nwant a line with %s", out, want)
	}
	if strings.Contains(stderr, "documents") {
		t.Errorf("progress shown when stderr is not a terminal: %q", stderr)
	}
	// What ingest loaded is what extract printed.
	x, _, err := runCmd(t, t.Context(), nil, "extract", "--format", "json", seedArticle, seedOverlay)
	if err != nil {
		t.Fatal(err)
	}
	var want extraction
	if err := json.Unmarshal([]byte(x), &want); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "store: 1 documents (+1), "+strconv.Itoa(len(want.Entities))+" entities (+"+strconv.Itoa(len(want.Entities))+"), "+
		strconv.Itoa(len(want.Relations))+" relationships") {
		t.Errorf("ingest printed:\n%s\nwant %d entities and %d relationships, as extract printed", out, len(want.Entities), len(want.Relations))
	}
}

// TestExtractResolvesAcrossFiles runs the real extractor on two short articles that spell the same actors
// differently (testdata/resolve) and checks what a user reads in the merges.
func TestExtractResolvesAcrossFiles(t *testing.T) {
	out, stderr, err := runCmd(t, t.Context(), nil, "extract", "--format", "json", "testdata/resolve")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	var x extraction
	if err := json.Unmarshal([]byte(out), &x); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range x.Merges {
		got = append(got, m.Document+": "+m.Alias+" -> "+m.Into+" ("+m.Rule+")")
	}
	want := []string{
		"b: Kasym-Jomart Tokayev -> person:kassym-jomart-tokayev (spelling)",
		"b: Sergey Shoigu -> person:sergei-shoigu (spelling)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("merges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	ids := map[string]bool{}
	for _, e := range x.Entities {
		ids[e.ID] = true
	}
	// Alma-Ata is Almaty through the gazetteer; the Organisation spelling and the acronym are the same alliance.
	for id, want := range map[string]bool{
		"place:almaty": true, "place:alma-ata": false,
		"organization:collective-security-treaty-organization": true, "organization:collective-security-treaty-organisation": false,
		"organization:csto": false, "person:kasym-jomart-tokayev": false, "person:sergey-shoigu": false,
	} {
		if ids[id] != want {
			t.Errorf("entity %s present: %v, want %v", id, ids[id], want)
		}
	}
}
