package render_test

import (
	"bytes"
	"context"
	"fmt"
	stdpng "image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

// simplerNote is what the title of a drawing simplified for time starts with.
const simplerNote = "Simplified · "

// TestSlowLayoutIsDrawnSimpler asks for a drawing that takes far longer than the render timeout: a view of
// 500 actors and 500 lines from internal/synthetic's graph, drawn by circo, which took 11.9 s of Graphviz
// CPU (35 s of wall time at a load of about 15) on one worker. With the render timeout it used to fail with
// ETIMEOUT; now the page gets the simpler drawing (dot, the title saying so) in time, and the second ask is
// answered from the cache. The timeout is 12 s, so circo would be stopped at 4 s and the simpler drawing
// have 8: with 4 s (1.3 s and 2.7 s) the simpler drawing, by a worker built with -race, overran its share
// once in CI at load 5-18 and once at load 18. Since the estimate of a layout's cost by size (tooSlowToTry),
// circo at 500 actors is not tried at all: the simpler drawing is the first render.
func TestSlowLayoutIsDrawnSimpler(t *testing.T) {
	if testing.Short() {
		t.Skip("draws a 500-actor view for seconds")
	}
	sg := syntheticViews(t, 500, 1)[0]
	p := newTestPool(t, render.PoolConfig{Workers: 1, Timeout: 12 * time.Second})
	s := render.NewService(render.ServiceConfig{Pool: p, LinkBase: linkBase})
	start := time.Now()
	svg, err := s.Render(t.Context(), sg, "circo", "svg")
	took := time.Since(start)
	if err != nil {
		t.Fatalf("circo's drawing of %d actors, %d lines: %v after %s; want the simpler drawing", len(sg.Entities), len(sg.Relations), err, took)
	}
	if !bytes.Contains(svg, []byte(simplerNote)) {
		t.Errorf("the drawing's title does not say it was simplified (%s)", took)
	}
	if !bytes.Contains(svg, []byte(`class="graph"`)) {
		t.Error("no drawing in the answer")
	}
	// The renders' time is bounded by the timeout; the two workers' starts are not (a second or so each
	// under load). serve gives a request the render timeout and 5 s more.
	if limit := p.Timeout() + 5*time.Second; took > limit {
		t.Errorf("took %s, more than the %s serve gives a request", took, limit)
	}
	if s.SimplifiedBySize() != 1 {
		t.Errorf("simplified by size %d, want 1: circo at 500 actors is estimated far past the budget", s.SimplifiedBySize())
	}
	st := p.Stats()
	again, err := s.Render(t.Context(), sg, "circo", "svg")
	if err != nil || !bytes.Equal(again, svg) || p.Stats().Renders != st.Renders {
		t.Errorf("asked again: %v, same bytes %v, renders %d -> %d; want the cached drawing", err, bytes.Equal(again, svg), st.Renders, p.Stats().Renders)
	}
	t.Logf("answered in %s; pool %+v", took, st)
}

// newHastyService is a service over a disk cache in dir whose every page drawing is stopped at once
// (SimplifyAfter of a nanosecond) and drawn simpler, and its one-worker pool.
func newHastyService(t *testing.T, dir string) (*render.Service, *render.Pool, *render.DiskCache) {
	t.Helper()
	disk, err := render.OpenDiskCache(dir, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	p := newTestPool(t, render.PoolConfig{Workers: 1})
	return render.NewService(render.ServiceConfig{Pool: p, LinkBase: linkBase, Disk: disk, SimplifyAfter: time.Nanosecond}), p, disk
}

// TestSimplerDrawing stops every first try at once (SimplifyAfter of a nanosecond), so every page drawing
// is the simpler one: a 60-actor view of 90 lines keeps one line per actor, counts the rest in its title
// ("+N more") and says why; a drawing with nothing simpler to draw (dot of a view with a line per actor
// or fewer) is drawn in full; a simplified drawing is not written to the disk cache, so that after a
// restart the full one is tried again.
func TestSimplerDrawing(t *testing.T) {
	dir := t.TempDir()
	s, _, disk := newHastyService(t, dir)
	sg := syntheticViews(t, 60, 1)[0]
	if len(sg.Relations) <= len(sg.Entities) {
		t.Fatalf("the view has %d lines for %d actors, want more lines than actors", len(sg.Relations), len(sg.Entities))
	}
	svg, err := s.Render(context.Background(), sg, "", "svg")
	if err != nil {
		t.Fatal(err)
	}
	cut := len(sg.Relations) - len(sg.Entities)
	for _, want := range []string{"60 actors, 60 relationships", fmt.Sprintf("%d more relationships not shown", cut+sg.OmittedRelations), simplerNote} {
		if !bytes.Contains(svg, []byte(want)) {
			t.Errorf("the drawing does not say %q: %s", want, svg[:min(len(svg), 1500)])
		}
	}
	if got := s.Simplified(); got != 1 {
		t.Errorf("Simplified() = %d, want 1", got)
	}
	disk.Wait()
	if files := cacheFiles(t, dir); len(files) != 0 {
		t.Errorf("the simplified drawing was written to disk: %v", files)
	}

	small := graph.SimplerRelations(seedSubgraph(t)) // a line per actor at most: drawn by dot as it is
	full, err := s.Render(context.Background(), small, "", "svg")
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(full, []byte(simplerNote)) || s.Simplified() != 1 {
		t.Errorf("a view with nothing simpler to draw was simplified (%d)", s.Simplified())
	}
}

// TestSlowDrawingMadeAheadIsSimpler: a drawing made ahead (Drawing.Speculative) that overruns SimplifyAfter
// is drawn simpler as a request's would be, so the click that follows gets the simpler drawing from the
// cache without a render, and it is not written to disk. Before, the drawing ahead kept its idle worker for
// the whole render timeout and then failed, and the click drew again.
func TestSlowDrawingMadeAheadIsSimpler(t *testing.T) {
	dir := t.TempDir()
	s, p, disk := newHastyService(t, dir)
	sg := syntheticViews(t, 60, 1)[0]
	ahead := render.Drawing{Format: "svg", Speculative: true}
	if _, err := s.Draw(context.Background(), sg, ahead); err != nil {
		t.Fatal(err)
	}
	if st := s.PrerenderStats(); st.Rendered != 1 || s.Simplified() != 1 {
		t.Fatalf("prerender %+v, %d simplified; want one drawn ahead, simplified", st, s.Simplified())
	}
	renders := p.Stats().Renders
	svg, err := s.Render(context.Background(), sg, "", "svg")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(svg, []byte(simplerNote)) || p.Stats().Renders != renders || s.PrerenderStats().Used != 1 {
		t.Errorf("the click: simplified %v, renders %d -> %d, used %d; want the simpler drawing made ahead",
			bytes.Contains(svg, []byte(simplerNote)), renders, p.Stats().Renders, s.PrerenderStats().Used)
	}
	disk.Wait()
	if files := cacheFiles(t, dir); len(files) != 0 {
		t.Errorf("the simplified drawing made ahead was written to disk: %v", files)
	}
}

// TestSlowExportIsDrawnSimpler exports, as SVG, PNG and PDF, a view that circo takes far longer than the
// render timeout to draw (500 actors, 500 lines: 11.9 s of Graphviz CPU), under a 6 s timeout. Exports used
// to be drawn in full or not at all: ETIMEOUT after 6 s, a 504 from the API. Now the estimate of circo's
// cost at that size sends it to the simpler drawing before any render, so every format is answered at once,
// says so in its title, and is the same bytes from another server.
func TestSlowExportIsDrawnSimpler(t *testing.T) {
	if testing.Short() {
		t.Skip("draws a 500-actor view")
	}
	sg := syntheticViews(t, 500, 1)[0]
	export := func() (*render.Service, map[string][]byte) {
		p := newTestPool(t, render.PoolConfig{Workers: 2, Timeout: 6 * time.Second})
		s := render.NewService(render.ServiceConfig{Pool: p, LinkBase: linkBase})
		out := map[string][]byte{}
		for _, format := range []string{"svg", "png", "pdf"} {
			start := time.Now()
			b, err := s.Export(t.Context(), sg, format, render.ExportOptions{Layout: "circo", DPI: render.MinDPI})
			if err != nil {
				t.Fatalf("%s export of circo's %d actors, %d lines: %v after %s; want the simpler drawing",
					format, len(sg.Entities), len(sg.Relations), err, time.Since(start))
			}
			out[format] = b
		}
		return s, out
	}
	s, first := export()
	if !bytes.Contains(first["svg"], []byte(simplerNote)) {
		t.Errorf("the exported SVG's title does not say it was simplified: %s", first["svg"][:min(len(first["svg"]), 1500)])
	}
	if !bytes.HasPrefix(first["pdf"], []byte("%PDF-")) { // painted from that SVG, as the PNG is
		t.Errorf("the PDF export starts %q", first["pdf"][:min(len(first["pdf"]), 20)])
	}
	cfg, err := stdpng.DecodeConfig(bytes.NewReader(first["png"]))
	if err != nil || cfg.Width < 100 || cfg.Height < 100 {
		t.Errorf("the PNG: %v, %d × %d pixels", err, cfg.Width, cfg.Height)
	}
	if s.SimplifiedBySize() != 1 || s.Simplified() != 0 {
		t.Errorf("simplified by size %d, for time %d; want 1 and 0 (the estimate decides, no render is stopped)", s.SimplifiedBySize(), s.Simplified())
	}
	if *exportDir != "" {
		if err := os.WriteFile(filepath.Join(*exportDir, "slow-export-simplified.png"), first["png"], 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, again := export()
	for format, b := range first {
		if !bytes.Equal(b, again[format]) {
			t.Errorf("the %s export differs from another server's", format)
		}
	}
}

// TestExportSimplifiedForTime: an export whose drawing overruns SimplifyAfter (here a nanosecond, so every
// first try does) is drawn simpler within the render timeout, as the page's drawing is, rather than left to
// time out; since a calmer moment would draw it in full, it is not written to the disk cache.
func TestExportSimplifiedForTime(t *testing.T) {
	dir := t.TempDir()
	s, _, disk := newHastyService(t, dir)
	sg := syntheticViews(t, 60, 1)[0] // drawn by dot, which the estimate never holds back
	svg, err := s.Export(t.Context(), sg, "svg", render.ExportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(svg, []byte(simplerNote)) || s.Simplified() != 1 {
		t.Errorf("simplified %d, title says so %v; want the simpler drawing", s.Simplified(), bytes.Contains(svg, []byte(simplerNote)))
	}
	disk.Wait()
	if files := cacheFiles(t, dir); len(files) != 0 {
		t.Errorf("the export simplified for time was written to disk: %v", files)
	}
}

// TestLayoutCostEstimate: which views the estimate holds back at the default timeout (a budget of 3.3 s,
// so an estimate over 1.1 s of CPU), by layout and size, against BenchmarkSlowEngines' figures.
func TestLayoutCostEstimate(t *testing.T) {
	budget := render.DefaultTimeout / 3
	for _, tt := range []struct {
		layout string
		actors int
		pinned bool
		slow   bool
	}{
		{"dot", 500, false, false},
		{"sfdp", 500, false, false},
		{"neato", 200, false, false}, // 958 ms measured
		{"neato", 201, false, true},  // 1,948 ms at 300
		{"neato", 500, true, false},  // pinned: only the lines are routed
		{"fdp", 300, false, false},   // 954 ms
		{"fdp", 301, false, true},    // 2,111 ms at 400
		{"circo", 300, false, false}, // 307 ms
		{"circo", 400, false, true},  // 1,232 ms
		{"circo", 500, false, true},  // 11.9 s
		{"neato", 60, false, false},
	} {
		sg := graph.Subgraph{Entities: make([]graph.Entity, tt.actors)}
		if got := render.TooSlowToTry(sg, tt.layout, tt.pinned, budget); got != tt.slow {
			t.Errorf("%s, %d actors, pinned %v: too slow %v, want %v", tt.layout, tt.actors, tt.pinned, got, tt.slow)
		}
	}
}
