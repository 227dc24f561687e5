package ingest_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/store/corrected"
)

const editorOverlay = "editor_corrections:\n  - {id: \"aa\", action: \"reject\", relation: \"state:belarus|SUPPORTS|state:russia\", reason: \"x\", editor: \"mallory\", created: \"2026-01-01T00:00:00Z\"}\n"

// TestEditorCorrectionsNeedAnImporter: an ingest with no Corrections (the server's upload) refuses an
// overlay of editor corrections, which would write a trail in others' names, and ingests the rest; with the
// store as Corrections they are added after the article they name.
func TestEditorCorrectionsNeedAnImporter(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a1.txt": article, "a1.overlay.yaml": overlay, "trail.overlay.yaml": editorOverlay})
	store := corrected.Wrap(mustOpenStore(t))
	rep := ingestPaths(t, store, dir)
	if rep.Failed != 1 || rep.Corrections != 0 || !strings.Contains(rep.Err().Error(), "trail.overlay.yaml: editor_corrections are added by `actorgraph ingest` or `actorgraph corrections import`") {
		t.Errorf("without an importer: %+v", rep)
	}
	if log, _ := store.Corrections(t.Context()); len(log) != 0 {
		t.Errorf("the log holds %+v", log)
	}
	files, err := ingest.ReadPaths([]string{filepath.Join(dir, "trail.overlay.yaml"), filepath.Join(dir, "a1.txt")})
	if err != nil {
		t.Fatal(err)
	}
	in := ingest.Ingester{Store: store, Corrections: store}
	rep, err = in.Ingest(t.Context(), files)
	if err != nil || rep.Failed != 0 || rep.Corrections != 1 {
		t.Fatalf("with the store as importer: %v %+v", err, rep)
	}
	if st, _ := store.Stats(t.Context()); st.Relations != 0 || rep.After.Relations != 0 {
		t.Errorf("the rejected relationship is counted: %+v, report %+v", st, rep.After)
	}
}
