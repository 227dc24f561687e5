package ingest_test

import (
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// The evidence of a curated relationship names its overlay as it is within the folder ingested (or by its
// base name, for a file named itself), never by where the folder is on this machine.
func TestOverlayRulesDoNotSayWhereTheFilesWere(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a1.txt": article, "curated/a1.overlay.yaml": overlay})
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name  string
		paths []string
		want  string
	}{
		{"a folder", []string{abs}, "overlay curated/a1.overlay.yaml:9"},
		{"files named themselves", []string{filepath.Join(abs, "a1.txt"), filepath.Join(abs, "curated", "a1.overlay.yaml")}, "overlay a1.overlay.yaml:9"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			store := mustOpenStore(t)
			ingestPaths(t, store, tt.paths...)
			rels, err := store.Adjacent(t.Context(), []string{"state:belarus"}, graph.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			if len(rels) != 1 || len(rels[0].Evidence) != 1 {
				t.Fatalf("relations %+v", rels)
			}
			if got := rels[0].Evidence[0].Rule; got != tt.want {
				t.Errorf("rule %q, want %q", got, tt.want)
			}
		})
	}
}
