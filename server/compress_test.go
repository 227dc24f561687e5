package server_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"testing"

	"github.com/actorgraph/actorgraph/server"
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
		{"/api/graph?focus=" + tokayev + "&format=png", false},           // compressed already
		{"/api/graph?focus=" + tokayev + "&format=csv", false},           // a zip
		{"/api/documents/2022-01-07-kazakhstan-csto-intervention", true}, // by the middleware
		{"/healthz", false}, // too small to be worth it
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			plain := ts.get(t, tt.path, "Accept-Encoding", "identity") // else Go asks for gzip and unzips itself
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
			if etag := res.header.Get("ETag"); etag != "" {
				if etag == plain.header.Get("ETag") {
					t.Errorf("gzipped and plain bodies share the ETag %s", etag)
				}
				if again := ts.get(t, tt.path, "Accept-Encoding", "gzip", "If-None-Match", etag); again.status != 304 {
					t.Errorf("If-None-Match with the gzip ETag: status %d, want 304", again.status)
				}
			}
		})
	}
}

func TestAcceptsGzip(t *testing.T) {
	for header, want := range map[string]bool{
		"":                     false,
		"gzip":                 true,
		"gzip, deflate, br":    true,
		"br;q=1.0, gzip;q=0.8": true,
		"GZIP":                 true,
		"gzip;q=0":             false,
		"deflate, gzip; q=0.0": false,
		"identity":             false,
		"x-gzip-not-really":    false,
		"br, gzip;q=0.001":     true,
	} {
		if got := server.AcceptsGzip(header); got != want {
			t.Errorf("Accept-Encoding %q: gzip %v, want %v", header, got, want)
		}
	}
}
