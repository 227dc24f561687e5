package fetch_test

import (
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/ingest/fetch"
)

// FuzzRobots: any robots.txt, any path: an answer within a bound, never a panic; and a file that
// disallows everything for every agent allows nothing.
func FuzzRobots(f *testing.F) {
	f.Add([]byte("User-agent: *\nDisallow: /private/\nAllow: /private/ok$\n"), "/private/ok")
	f.Add([]byte("User-agent: actorgraph\nUser-agent: other\nDisallow: /*.pdf$\n# comment\n"), "/a/b.pdf")
	f.Add([]byte(strings.Repeat("Disallow: /*a*a*a*a*a*a*a*a*b\n", 50)), strings.Repeat("a", 200))
	f.Fuzz(func(t *testing.T, data []byte, path string) {
		start := time.Now()
		fetch.RobotsAllows(data, path)
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("%d bytes and a path of %d took %v", len(data), len(path), d)
		}
		if strings.HasPrefix(path, "/") && fetch.RobotsAllows(append([]byte("User-agent: *\nDisallow: /\n"), data...), path) &&
			!strings.Contains(strings.ToLower(string(data)), "allow") && !strings.Contains(strings.ToLower(string(data)), "user-agent") {
			t.Fatalf("Disallow: / for * allowed %q", path)
		}
	})
}
