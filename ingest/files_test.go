//go:build unix

package ingest_test

import (
	"cmp"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
)

// readWithin runs ingest.Read and fails the test if it takes more than ten seconds: reading a named pipe or
// /dev/zero hangs rather than fails.
func readWithin(t *testing.T, paths ...string) ingest.Found {
	t.Helper()
	type result struct {
		found ingest.Found
		err   error
	}
	done := make(chan result, 1)
	go func() {
		found, err := ingest.Read(paths)
		done <- result{found, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			t.Fatal(r.err)
		}
		return r.found
	case <-time.After(10 * time.Second):
		t.Fatal("Read did not return within 10 s")
		return ingest.Found{}
	}
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

// hostileFolder is a folder of two good articles and an overlay beside everything hostile a folder
// can hold: links out of it (to a secret and to /dev/zero), a named pipe and a link to nothing, all named
// like articles, and a file over the size limit.
func hostileFolder(t *testing.T) (dir, secret string) {
	t.Helper()
	dir = writeFiles(t, map[string]string{
		"a1.txt":               article,
		"a1.overlay.yaml":      overlay,
		"data/b.body":          "Belarus supports Russia.\n",
		"data/notes/README.md": "not an article",
	})
	outside := writeFiles(t, map[string]string{"passwd": "root:x:0:0:root:/root:/bin/bash\n"})
	secret = filepath.Join(outside, "passwd")
	symlink(t, "data/b.body", filepath.Join(dir, "b.txt"))                           // inside: read
	symlink(t, secret, filepath.Join(dir, "passwd.txt"))                             // out, absolute
	symlink(t, "../"+filepath.Base(outside)+"/passwd", filepath.Join(dir, "rel.md")) // out, relative: the temporary folders are siblings
	symlink(t, "/dev/zero", filepath.Join(dir, "zero.txt"))                          // out, and endless
	symlink(t, "nowhere.txt", filepath.Join(dir, "dangling.txt"))                    // to nothing
	symlink(t, "data", filepath.Join(dir, "folder.md"))                              // to a folder inside
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	huge, err := os.Create(filepath.Join(dir, "huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := huge.Truncate(17 << 20); err != nil { // sparse: 17 MiB on paper, nothing on disk
		t.Fatal(err)
	}
	huge.Close()
	return dir, secret
}

func TestReadAFolderSkipsLinksOutAndSpecialFiles(t *testing.T) {
	dir, secret := hostileFolder(t)
	found := readWithin(t, dir)

	var read, failed []string
	for _, f := range found.Files {
		rel, _ := filepath.Rel(dir, f.Name)
		if f.Err != nil {
			failed = append(failed, rel+": "+graph.ErrorMessage(f.Err))
			continue
		}
		read = append(read, rel+" as "+f.Rel)
	}
	if want := []string{"a1.overlay.yaml as a1.overlay.yaml", "a1.txt as a1.txt", "b.txt as b.txt"}; !slices.Equal(read, want) {
		t.Errorf("read %q, want %q", read, want)
	}
	wantFailed := []string{
		"dangling.txt: " + filepath.Join(dir, "dangling.txt") + ": a link to nowhere.txt, which does not exist",
		"huge.txt: " + filepath.Join(dir, "huge.txt") + ": 17825792 bytes is too large for an article or overlay (at most 16777216)",
	}
	if !slices.Equal(failed, wantFailed) {
		t.Errorf("failed %q, want %q", failed, wantFailed)
	}
	var skipped []string
	for _, s := range found.Skipped {
		rel, _ := filepath.Rel(dir, s.Path)
		skipped = append(skipped, rel+": "+s.Reason)
	}
	realSecret, _ := filepath.EvalSymlinks(secret)
	wantSkipped := []string{
		"folder.md: not a regular file but a folder",
		"passwd.txt: a link out of the folder, to " + realSecret,
		"pipe.txt: not a regular file but a named pipe",
		"rel.md: a link out of the folder, to " + realSecret,
		"zero.txt: a link out of the folder, to /dev/zero",
	}
	if !slices.Equal(skipped, wantSkipped) {
		t.Errorf("skipped %q, want %q", skipped, wantSkipped)
	}
}

func TestIngestAHostileFolderStoresOnlyWhatIsInIt(t *testing.T) {
	dir, _ := hostileFolder(t)
	found := readWithin(t, dir)
	store := mustOpenStore(t)
	in := ingest.Ingester{Store: store}
	rep, err := in.Ingest(t.Context(), found.Files)
	if err != nil {
		t.Fatal(err)
	}
	var ok, failed []string
	for _, d := range rep.Documents {
		if d.Error != "" {
			failed = append(failed, filepath.Base(cmp.Or(d.File, strings.Join(d.Overlays, ",")))+": "+strings.TrimPrefix(d.Error, dir+string(filepath.Separator)))
		} else {
			ok = append(ok, d.Document)
		}
	}
	if want := []string{"a1", "b"}; !slices.Equal(ok, want) {
		t.Errorf("ingested %q, want %q", ok, want)
	}
	wantFailed := []string{
		"dangling.txt: dangling.txt: a link to nowhere.txt, which does not exist",
		"huge.txt: huge.txt: 17825792 bytes is too large for an article or overlay (at most 16777216)",
	}
	if !slices.Equal(failed, wantFailed) || rep.Failed != 2 {
		t.Errorf("failed (%d) %q, want %q", rep.Failed, failed, wantFailed)
	}
	for _, id := range []string{"passwd", "rel", "zero", "pipe", "folder"} {
		if _, err := store.Document(t.Context(), id); graph.ErrorCode(err) != graph.ENOTFOUND {
			t.Errorf("Document(%q) = %v, want ENOTFOUND", id, err)
		}
	}
	if want := (graph.Stats{Documents: 2, Entities: 2, Relations: 1, Evidence: 1}); rep.After != want {
		t.Errorf("the store holds %+v, want %+v", rep.After, want)
	}
}

func TestReadFilesNamedThemselves(t *testing.T) {
	dir := writeFiles(t, map[string]string{"news/a1.txt": article})
	symlink(t, filepath.Join(dir, "news/a1.txt"), filepath.Join(dir, "link.txt"))
	pipe := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Fatal(err)
	}
	found := readWithin(t, filepath.Join(dir, "link.txt"), pipe, "/dev/zero")
	var got []string
	for _, f := range found.Files {
		got = append(got, f.Rel+" "+strings.TrimPrefix(graph.ErrorMessage(f.Err), dir+"/")+" "+strings.TrimSpace(string(f.Data)[:min(len(f.Data), 3)]))
	}
	want := []string{
		"link.txt  ---", // a link named itself is followed, and stored by its own name
		"pipe.txt pipe.txt: not a regular file but a named pipe ",
		"zero /dev/zero: not a regular file but a device ",
	}
	if !slices.Equal(got, want) {
		t.Errorf("read %q, want %q", got, want)
	}
}

func TestReadAnUnreadableFileFailsAlone(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files whatever their mode")
	}
	dir := writeFiles(t, map[string]string{"a1.txt": article, "locked.txt": "Belarus supports Russia.\n", "sub/c.txt": "x"})
	if err := os.Chmod(filepath.Join(dir, "locked.txt"), 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(dir, "sub"), 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "sub"), 0o755) })
	found := readWithin(t, dir)
	var got []string
	for _, f := range found.Files {
		got = append(got, strings.TrimPrefix(graph.ErrorMessage(f.Err), dir+"/"))
	}
	want := []string{"", "locked.txt: cannot read it: permission denied", "sub: cannot read it: permission denied"}
	if !slices.Equal(got, want) {
		t.Errorf("errors %q, want %q", got, want)
	}
}
