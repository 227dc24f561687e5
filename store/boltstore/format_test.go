package boltstore_test

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/store/boltstore"
)

// TestImageOfAnOlderBuild opens a store file that the build of c6f2458 wrote (the seed article and its
// overlay, closed with its image; testdata/format2-c6f2458.db.gz), whose image this build reads with its
// evidence left to decode on first use, and checks that it answers exactly as the same file merged from its
// layers.
func TestImageOfAnOlderBuild(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "old.db")
	gunzip(t, "testdata/format2-c6f2458.db.gz", path)
	if !hasImage(t, path) {
		t.Fatal("the older build's file has no image")
	}
	merged := filepath.Join(dir, "merged.db")
	gunzip(t, "testdata/format2-c6f2458.db.gz", merged)
	dropImageMark(t, merged)

	s := mustOpenStore(t, path)
	if !boltstore.FromImage(s) {
		t.Fatal("the older build's image was not read")
	}
	got := answersOf(t, s)
	s.Close()
	m := mustOpenStore(t, merged)
	want := answersOf(t, m)
	m.Close()
	if want.Stats.Relations != 53 || want.Stats.Evidence != 103 {
		t.Fatalf("the file merged from its layers holds %+v, want the seed's 53 relationships and 103 pieces of evidence", want.Stats)
	}
	sameAnswers(t, "the older build's image", got, want)
}

func gunzip(t *testing.T, from, to string) {
	t.Helper()
	f, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	out, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, z); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}
