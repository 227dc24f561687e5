package server_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"testing"
)

func TestCompression(t *testing.T) {
	ts := newTestServer(t)
	tests := []struct {
		path    string
		gzipped bool
	}{
		{"/", true},
		{"/static/app.js", true},
		{"/api/graph?focus=" + tokayev + "&format=svg", true},
		{"/api/graph?focus=" + tokayev, true},
		{"/api/graph?focus=" + tokayev + "&format=png", false}, // compressed already
		{"/api/graph?focus=" + tokayev + "&format=csv", false}, // a zip
		{"/healthz", false}, // too small to be worth it
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			plain := ts.get(t, tt.path)
			res := ts.get(t, tt.path, "Accept-Encoding", "gzip")
			if res.status != 200 || plain.status != 200 {
				t.Fatalf("status %d and %d, want 200", res.status, plain.status)
			}
			if got := res.header.Get("Content-Encoding") == "gzip"; got != tt.gzipped {
				t.Fatalf("Content-Encoding %q, want gzip: %v", res.header.Get("Content-Encoding"), tt.gzipped)
			}
			if !tt.gzipped {
				return
			}
			zr, err := gzip.NewReader(bytes.NewReader([]byte(res.body)))
			if err != nil {
				t.Fatal(err)
			}
			body, err := io.ReadAll(zr)
			if err != nil {
				t.Fatal(err)
			}
			if string(body) != plain.body {
				t.Errorf("gunzipped body (%d bytes) differs from the plain one (%d bytes)", len(body), len(plain.body))
			}
			if len(res.body)*2 > len(plain.body) {
				t.Errorf("gzip sent %d bytes for %d: less than half expected", len(res.body), len(plain.body))
			}
		})
	}
}
