package main

import (
	"context"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"
)

// TestServeAnswersYesterdaysDrawingsAfterARestart runs serve, asks for Tokayev's drawing, stops it, and
// runs it again on the same store: the drawing comes back from the folder of drawings beside the store
// (its default place) with the same bytes, and no render worker draws anything.
func TestServeAnswersYesterdaysDrawingsAfterARestart(t *testing.T) {
	env := map[string]string{"ACTORGRAPH_STORE": filepath.Join(t.TempDir(), "serve.db"), "ACTORGRAPH_LOG_LEVEL": "warn",
		"ACTORGRAPH_PRERENDER": "0"} // drawings made ahead would be counted as renders too
	const view = "/api/graph?focus=person:kassym-jomart-tokayev&depth=2&format=svg"
	serveOnce := func() (svg string, took time.Duration, metrics string) {
		ctx, cancel := context.WithCancel(t.Context())
		base, done := startServe(t, ctx, env)
		start := time.Now()
		svg = get(t, base+view)
		took = time.Since(start)
		metrics = get(t, base+"/metrics")
		stopServe(t, cancel, done, 20*time.Second) // the drawings are on disk once it returns
		return svg, took, metrics
	}
	first, drawn, m := serveOnce()
	if metric(t, m, "actorgraph_renders_total") != 1 {
		t.Fatalf("first run: %v renders, want 1", metric(t, m, "actorgraph_renders_total"))
	}
	again, answered, m := serveOnce()
	if again != first {
		t.Errorf("after the restart the drawing differs (%d bytes, %d before)", len(again), len(first))
	}
	if renders, hits := metric(t, m, "actorgraph_renders_total"), metric(t, m, "actorgraph_render_disk_hits_total"); renders != 0 || hits != 1 {
		t.Errorf("after the restart: %v renders, %v disk hits; want 0 and 1", renders, hits)
	}
	t.Logf("drawn in %s, answered after the restart in %s", drawn, answered)
}

// metric returns the value of the series named exactly name in a /metrics page.
func metric(t *testing.T, page, name string) float64 {
	t.Helper()
	m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + ` (\S+)$`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no %s in /metrics", name)
	}
	v, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
