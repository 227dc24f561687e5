package server_test

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"
)

// BenchmarkViews measures the analyst views on the seed graph through the whole server (routing,
// parameters, store, analysis, JSON), in process, without the network: go test ./server/ -run '^$'
// -bench Views -benchtime 2s. It reports the median latency besides the mean.
func BenchmarkViews(b *testing.B) {
	ts := newTestServer(b)
	for _, bm := range []struct{ name, path string }{
		{"paths", "/api/paths?from=" + xi + "&to=" + zas},
		{"paths-cooperation", "/api/paths?cooperation=1&max=6&from=" + xi + "&to=" + zas},
		{"blocs", "/api/blocs"},
		{"blocs-all", "/api/blocs?max_nodes=500"},
		{"alliances", "/api/alliances?focus=" + russia},
		{"centrality", "/api/centrality?measure=betweenness"},
		{"paths-dot", "/api/paths?format=dot&from=" + xi + "&to=" + zas},
	} {
		b.Run(bm.name, func(b *testing.B) {
			h := ts.Config.Handler
			req := httptest.NewRequest(http.MethodGet, bm.path, nil)
			var times []time.Duration
			for b.Loop() {
				start := time.Now()
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				times = append(times, time.Since(start))
				if rec.Code != http.StatusOK {
					b.Fatalf("%s: %d %s", bm.path, rec.Code, rec.Body)
				}
			}
			slices.Sort(times)
			b.ReportMetric(float64(times[len(times)/2].Microseconds()), "median-µs")
		})
	}
}
