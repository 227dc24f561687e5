package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/seeds"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

func mustOpenStore(tb testing.TB) *boltstore.Store {
	tb.Helper()
	s, err := boltstore.Open(filepath.Join(tb.TempDir(), "ingest.db"), boltstore.NoSync())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// writeFiles writes name → content under a new folder and returns it.
func writeFiles(tb testing.TB, files map[string]string) string {
	tb.Helper()
	dir := tb.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

const (
	article = "---\nid: a1\npublished: 2023-05-01\n---\nMinsk backs Moscow. Belarus supports Russia.\n"
	overlay = "document: a1\nentities:\n  - {name: Belarus, kind: state}\n  - {name: Russia, kind: state}\nrelations:\n  - from: Belarus\n    type: SUPPORTS\n    to: Russia\n    evidence: \"Belarus supports Russia.\"\n"
)

func ingestPaths(tb testing.TB, store graph.Store, paths ...string) ingest.Report {
	tb.Helper()
	files, err := ingest.ReadPaths(paths)
	if err != nil {
		tb.Fatal(err)
	}
	in := ingest.Ingester{Store: store}
	rep, err := in.Ingest(context.Background(), files)
	if err != nil {
		tb.Fatal(err)
	}
	return rep
}

func TestIngestAFolderTwiceChangesNothingTheSecondTime(t *testing.T) {
	store := mustOpenStore(t)
	dir := writeFiles(t, map[string]string{"a1.txt": article, "a1.overlay.yaml": overlay, "README.md": "# not an article", "notes.json": "{}"})
	rep := ingestPaths(t, store, dir)
	if rep.Failed != 0 || len(rep.Documents) != 1 || rep.Documents[0].Unchanged {
		t.Fatalf("first ingest: %+v", rep)
	}
	if want := (graph.Stats{Documents: 1, Entities: 2, Relations: 1, Evidence: 1}); rep.After != want {
		t.Errorf("after = %+v, want %+v", rep.After, want)
	}
	again := ingestPaths(t, store, dir)
	if !again.Documents[0].Unchanged || again.After != rep.After {
		t.Errorf("second ingest: %+v", again)
	}
}

func TestABadOverlayLeavesItsDocumentOutAndTheOthersIn(t *testing.T) {
	store := mustOpenStore(t)
	bad := strings.Replace(overlay, "Belarus supports Russia.", "Belarus loves Russia.", 1)
	dir := writeFiles(t, map[string]string{
		"a1.txt": article, "a1.overlay.yaml": bad,
		"a2.txt": "Second article. Nothing here.",
	})
	rep := ingestPaths(t, store, dir)
	if rep.Failed != 1 {
		t.Fatalf("failed = %d, want 1: %+v", rep.Failed, rep)
	}
	var msg string
	for _, d := range rep.Documents {
		msg += d.Error
	}
	if !strings.Contains(msg, "a1.overlay.yaml:9: quote not found in document a1") {
		t.Errorf("error %q does not say which file, line and why", msg)
	}
	if _, err := store.Document(context.Background(), "a1"); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("the failed document was stored (err %v)", err)
	}
	if _, err := store.Document(context.Background(), "a2"); err != nil {
		t.Errorf("the good document was not stored: %v", err)
	}
	if err := rep.Err(); err == nil || !strings.Contains(err.Error(), "1 of 2 inputs failed") {
		t.Errorf("report error = %v", err)
	}
}

func TestAnOverlayAloneAppliesToAStoredDocument(t *testing.T) {
	store := mustOpenStore(t)
	dir := writeFiles(t, map[string]string{"a1.txt": article, "later/a1.overlay.yaml": overlay})
	ingestPaths(t, store, filepath.Join(dir, "a1.txt"))
	rep := ingestPaths(t, store, filepath.Join(dir, "later", "a1.overlay.yaml"))
	if rep.Failed != 0 || rep.After.Relations != 1 {
		t.Fatalf("overlay alone: %+v", rep)
	}
	// Re-ingesting the article alone keeps the overlay's facts: they are another layer.
	rep = ingestPaths(t, store, filepath.Join(dir, "a1.txt"))
	if rep.After.Relations != 1 || !rep.Documents[0].Unchanged {
		t.Errorf("article again: %+v", rep)
	}
}

func TestInputErrorsAreReported(t *testing.T) {
	store := mustOpenStore(t)
	dir := writeFiles(t, map[string]string{
		"orphan.overlay.yaml": strings.Replace(overlay, "document: a1", "document: nowhere", 1),
		"one/a.txt":           article,
		"two/a.txt":           article,
		"broken.overlay.yaml": "document: [\n",
	})
	rep := ingestPaths(t, store, dir)
	var msgs []string
	for _, d := range rep.Documents {
		msgs = append(msgs, d.Error)
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{
		`document "nowhere" is neither among the files given nor in the store`,
		`document id "a1" is already used by`,
		"broken.overlay.yaml:2:1: did not find expected node content where the YAML ends",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("errors %q lack %q", all, want)
		}
	}
	if rep.Failed != 3 || rep.After.Documents != 1 {
		t.Errorf("failed %d, documents stored %d; want 3 and the first a1", rep.Failed, rep.After.Documents)
	}
}

func TestReadPathsRejectsMissingPaths(t *testing.T) {
	if _, err := ingest.ReadPaths([]string{"/no/such/place"}); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("ReadPaths = %v, want ENOTFOUND", err)
	}
}

func TestTheSeedsIngestCleanly(t *testing.T) {
	store := mustOpenStore(t)
	files, err := ingest.ReadFS(seeds.FS, "seeds")
	if err != nil {
		t.Fatal(err)
	}
	in := ingest.Ingester{Store: store}
	rep, err := in.Ingest(context.Background(), files)
	if err != nil || rep.Err() != nil {
		t.Fatal(err, rep.Err())
	}
	if rep.After.Documents != 1 || rep.After.Entities < 35 || rep.After.Relations < 45 {
		t.Errorf("seeds gave %+v", rep.After)
	}
}

func TestProgressCountsDocuments(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a1.txt": article, "a1.overlay.yaml": overlay, "b.txt": "Belarus supports Russia.\n", "c.txt": "Russia.\n"})
	files, err := ingest.ReadPaths([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	in := ingest.Ingester{Store: mustOpenStore(t), Progress: func(done, total int) {
		got = append(got, strconv.Itoa(done)+"/"+strconv.Itoa(total))
	}}
	if _, err := in.Ingest(t.Context(), files); err != nil {
		t.Fatal(err)
	}
	if want := "1/3 2/3 3/3"; strings.Join(got, " ") != want {
		t.Errorf("progress %q, want %q", got, want)
	}
}

// TestAnUndatedArticleKeepsTheStoredDateWithoutAWarning: an article the store holds with a date (an
// editor set it in the app) ingested again without one keeps the date, and is not warned about.
func TestAnUndatedArticleKeepsTheStoredDateWithoutAWarning(t *testing.T) {
	store := mustOpenStore(t)
	dir := writeFiles(t, map[string]string{"a2.txt": "---\nid: a2\n---\nMinsk backs Moscow. Belarus supports Russia.\n"})
	first := ingestPaths(t, store, dir)
	if w := first.Documents[0].Warnings; len(w) != 1 || w[0] != ingest.NoDateWarning {
		t.Fatalf("first ingest warns %q, want the missing date", w)
	}
	doc, err := store.Document(context.Background(), "a2")
	if err != nil {
		t.Fatal(err)
	}
	doc.Published = "2023-05-01"
	if _, err := store.Ingest(context.Background(), graph.Batch{Document: doc, Origin: graph.OriginOverlay + "date"}); err != nil {
		t.Fatal(err)
	}
	again := ingestPaths(t, store, dir)
	if w := again.Documents[0].Warnings; len(w) != 0 || !again.Documents[0].Unchanged {
		t.Errorf("ingested again: warnings %q, unchanged %v; want none and unchanged", w, again.Documents[0].Unchanged)
	}
	if doc, _ := store.Document(context.Background(), "a2"); doc.Published != "2023-05-01" {
		t.Errorf("published %q, want the date kept", doc.Published)
	}
}
