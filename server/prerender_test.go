package server_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/render"
	"github.com/actorgraph/actorgraph/server"
)

// TestPrerenderDrawsTheNextClick: after the page's drawing of Tokayev's neighbourhood, the drawings of the
// actors on it are made while the workers are idle, so the click on the CSTO is answered from the cache
// with the same bytes a cold server draws, and /metrics counts it as pre-rendered and used.
func TestPrerenderDrawsTheNextClick(t *testing.T) {
	ts, _ := newInstrumentedServer(t, render.PoolConfig{Workers: 2}, server.Config{Prerender: 4})
	const filters = "&depth=1&format=svg&stances=cooperation"
	if r := ts.get(t, "/api/graph?focus="+tokayev+filters); r.status != http.StatusOK {
		t.Fatalf("status %d: %.300s", r.status, r.body)
	}
	deadline := time.Now().Add(30 * time.Second)
	var m map[string]float64
	for {
		m = scrape(t, ts)
		if m[`actorgraph_prerender_total{result="rendered"}`]+m[`actorgraph_prerender_total{result="skipped"}`] >= 4 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("not drawn ahead within 30 s: %v", prerenderSeries(m))
		}
		time.Sleep(20 * time.Millisecond)
	}
	renders := m["actorgraph_renders_total"]
	// The CSTO is the actor most connected to the rest of Tokayev's cooperation, so among the first drawn.
	got := ts.get(t, "/api/graph?focus="+csto+filters)
	if got.status != http.StatusOK {
		t.Fatalf("status %d: %.300s", got.status, got.body)
	}
	m = scrape(t, ts)
	if m["actorgraph_renders_total"] != renders {
		t.Errorf("the click was drawn again: %v renders, %v before", m["actorgraph_renders_total"], renders)
	}
	if m["actorgraph_prerender_used_total"] != 1 || m[`actorgraph_prerender_total{result="rendered"}`] < 1 {
		t.Errorf("metrics %v, want the click's drawing counted as used", prerenderSeries(m))
	}
	cold := newTestServer(t)
	if want := cold.get(t, "/api/graph?focus="+csto+filters); want.body != got.body {
		t.Error("the drawing made ahead differs from the one a cold server draws")
	}

	t.Run("off", func(t *testing.T) {
		off, _ := newInstrumentedServer(t, render.PoolConfig{Workers: 2}, server.Config{Prerender: -1})
		off.get(t, "/api/graph?focus="+tokayev+filters)
		time.Sleep(300 * time.Millisecond)
		if m := scrape(t, off); m["actorgraph_renders_total"] != 1 {
			t.Errorf("%v renders with drawing ahead off, want 1", m["actorgraph_renders_total"])
		}
	})
}

func prerenderSeries(m map[string]float64) map[string]float64 {
	out := map[string]float64{}
	for k, v := range m {
		if len(k) > 20 && k[:20] == "actorgraph_prerender" || k == "actorgraph_renders_total" {
			out[k] = v
		}
	}
	return out
}
