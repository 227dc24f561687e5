package render_test

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

// newDiskService is a service with a new pool and memory cache over the drawings kept in dir: what a
// restarted server has.
func newDiskService(tb testing.TB, dir string, maxBytes int64) (*render.Service, *render.Pool, *render.DiskCache) {
	tb.Helper()
	disk, err := render.OpenDiskCache(dir, maxBytes, nil)
	if err != nil {
		tb.Fatal(err)
	}
	p := newTestPool(tb, render.PoolConfig{Workers: 1})
	return render.NewService(render.ServiceConfig{Pool: p, LinkBase: linkBase, Disk: disk}), p, disk
}

// cacheFiles lists the drawings' files in dir.
func cacheFiles(tb testing.TB, dir string) []string {
	tb.Helper()
	var files []string
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, path)
		}
		return nil
	})
	return files
}

func TestDiskCacheOutlivesARestart(t *testing.T) {
	dir := t.TempDir()
	sg := seedSubgraph(t)
	first, _, disk := newDiskService(t, dir, 0)
	page := mustRender(t, first, sg, "", "svg")
	report, err := first.Export(t.Context(), sg, "svg", render.ExportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	disk.Wait()
	if n := len(cacheFiles(t, dir)); n != 2 {
		t.Fatalf("%d files on disk, want the page's drawing and the report's", n)
	}

	restarted, p, disk2 := newDiskService(t, dir, 0)
	if got := mustRender(t, restarted, sg, "", "svg"); !bytes.Equal(got, page) {
		t.Error("the page's drawing from disk differs from the one drawn")
	}
	if got, err := restarted.Export(t.Context(), sg, "svg", render.ExportOptions{}); err != nil || !bytes.Equal(got, report) {
		t.Errorf("the report from disk differs from the one drawn (%v)", err)
	}
	if st := p.Stats(); st.Renders != 0 || st.Starts != 0 {
		t.Errorf("pool %+v: a drawing on disk was drawn again", st)
	}
	if st := disk2.Stats(); st.Hits != 2 || st.Files != 2 {
		t.Errorf("disk cache %+v, want 2 hits of 2 files", st)
	}
}

func TestDiskCacheRefusesWhatDoesNotVerify(t *testing.T) {
	sg := seedSubgraph(t)
	for _, tt := range []struct {
		name   string
		damage func(b []byte) []byte
	}{
		{"cut short (a torn write)", func(b []byte) []byte { return b[:len(b)/2] }},
		{"cut within the header", func(b []byte) []byte { return b[:30] }},
		{"a byte changed", func(b []byte) []byte { b[len(b)-10] ^= 1; return b }},
		{"empty", func([]byte) []byte { return nil }},
		{"another format", func(b []byte) []byte { return append([]byte("<svg>"), b...) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			first, _, disk := newDiskService(t, dir, 0)
			want := mustRender(t, first, sg, "", "svg")
			disk.Wait()
			files := cacheFiles(t, dir)
			if len(files) != 1 {
				t.Fatalf("%d files, want 1", len(files))
			}
			b, err := os.ReadFile(files[0])
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(files[0], tt.damage(b), 0o644); err != nil {
				t.Fatal(err)
			}
			restarted, p, disk2 := newDiskService(t, dir, 0)
			if got := mustRender(t, restarted, sg, "", "svg"); !bytes.Equal(got, want) {
				t.Error("the drawing answered is not the one drawn")
			}
			if st := p.Stats(); st.Renders != 1 {
				t.Errorf("%d renders, want the damaged drawing drawn again", st.Renders)
			}
			disk2.Wait()
			if st := disk2.Stats(); st.Corrupt != 1 || st.Writes != 1 {
				t.Errorf("disk cache %+v, want the damaged file counted and written again", st)
			}
			if fixed, err := os.ReadFile(files[0]); err != nil || !bytes.Contains(fixed, want) {
				t.Errorf("the file was not written again whole (%v)", err)
			}
		})
	}
}

func TestDiskCacheIsBounded(t *testing.T) {
	dir := t.TempDir()
	// What a crash mid-write leaves: removed when the cache opens.
	if err := os.MkdirAll(filepath.Join(dir, "ab"), 0o755); err != nil {
		t.Fatal(err)
	}
	tmp := filepath.Join(dir, "ab", "abcdef.123.tmp")
	if err := os.WriteFile(tmp, []byte("half a drawing"), 0o644); err != nil {
		t.Fatal(err)
	}
	sg := seedSubgraph(t)
	probe, _, probeDisk := newDiskService(t, t.TempDir(), 0)
	size := int64(len(mustRender(t, probe, sg, "", "svg")))
	probeDisk.Wait()
	bound := 4*size + 1024 // room for about four drawings of the seed's size
	s, _, disk := newDiskService(t, dir, bound)
	if _, err := os.Stat(tmp); err == nil {
		t.Error("a temporary file a crash left is still there")
	}
	var views []graph.Subgraph
	for _, focus := range []string{tokayevID, cstoID, russiaID, graph.EntityID(graph.State, "Kazakhstan")} {
		for depth := 1; depth <= 2; depth++ {
			views = append(views, mustExpand(t, depth, 0, focus))
		}
	}
	for _, v := range views {
		mustRender(t, s, v, "", "svg")
		disk.Wait()
		if st := disk.Stats(); st.Bytes > bound {
			t.Fatalf("the folder holds %d bytes, over its bound of %d", st.Bytes, bound)
		}
	}
	st := disk.Stats()
	if st.Evicted == 0 || st.Files >= len(views) {
		t.Errorf("disk cache %+v after %d drawings: nothing was evicted", st, len(views))
	}
	var total int64
	for _, f := range cacheFiles(t, dir) {
		if strings.HasSuffix(f, ".tmp") {
			t.Errorf("temporary file %s left", f)
		}
		info, _ := os.Stat(f)
		total += info.Size()
	}
	if total != st.Bytes || total > bound {
		t.Errorf("the files hold %d bytes, the cache counts %d, bound %d", total, st.Bytes, bound)
	}
}
