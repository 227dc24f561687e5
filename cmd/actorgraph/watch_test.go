package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// feedSite serves the pages of ingest/webpage/testdata under /news/ and an RSS feed at /feed.rss listing
// the pages added to it.
type feedSite struct {
	*httptest.Server
	mu    sync.Mutex
	items []string
}

func newFeedSite(t *testing.T, items ...string) *feedSite {
	s := &feedSite{items: items}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.rss" {
			s.mu.Lock()
			var b strings.Builder
			b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>`)
			for _, it := range s.items {
				b.WriteString("<item><title>" + it + "</title><link>/news/" + it + "</link><guid>" + it + "</guid></item>")
			}
			b.WriteString("</channel></rss>")
			s.mu.Unlock()
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte(b.String()))
			return
		}
		name, ok := strings.CutPrefix(r.URL.Path, "/news/")
		if !ok || strings.Contains(name, "/") {
			http.NotFound(w, r)
			return
		}
		b, err := os.ReadFile("../../ingest/webpage/testdata/" + name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write(b)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *feedSite) add(item string) {
	s.mu.Lock()
	s.items = append(s.items, item)
	s.mu.Unlock()
}

// TestWatchPicksUpANewItem: watch ingests the feed's items at once, says when nothing is new, and picks up
// an item added to the feed within one interval.
func TestWatchPicksUpANewItem(t *testing.T) {
	site := newFeedSite(t, "daily.html")
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	stdout, stderr := &syncBuffer{}, &syncBuffer{}
	env := map[string]string{"ACTORGRAPH_STORE": filepath.Join(t.TempDir(), "watch.db"), "ACTORGRAPH_LOG_LEVEL": "warn"}
	const every = 2 * time.Second
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"watch", "--every", every.String(), "--allow-private", site.URL + "/feed.rss"}, func(k string) string { return env[k] }, stdout, stderr)
	}()
	waitFor := func(what string, within time.Duration) time.Duration {
		t.Helper()
		start := time.Now()
		for time.Since(start) < within {
			if strings.Contains(stdout.String(), what) {
				return time.Since(start)
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Fatalf("no %q within %v; stdout:\n%s\nstderr:\n%s", what, within, stdout, stderr)
		return 0
	}
	waitFor(`new      daily-example-kazakhstan-tokayev-fire-without-warning "Russian troops land in Kazakhstan as Tokayev orders forces to ‘fire without warning’" (2022-01-07) from `+site.URL+"/news/daily.html", 30*time.Second)
	waitFor("nothing new in 1 items", every+5*time.Second)

	site.add("wire.html")
	took := waitFor(`new      wire-example-kazakh-president-asks-russia-led-bloc-help-2022-01-05 "Kazakh president asks Russia-led bloc for help as unrest spreads" (2022-01-05)`, 2*every+5*time.Second)
	// The next round starts within one interval of the item's appearing; fetching and reading the page takes
	// the rest (well under a second alone, seconds on a loaded machine under the race detector).
	if took > every+3*time.Second {
		t.Errorf("the new item took %v to be picked up, more than the interval of %v and 3 s to fetch and read it", took, every)
	}
	if n := strings.Count(stdout.String(), "new      daily-example"); n != 1 {
		t.Errorf("the first item was reported new %d times", n)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("watch returned %v when stopped", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("watch did not stop")
	}
}

// TestServeWatch: serve --watch ingests the feed's items into the store it serves.
func TestServeWatch(t *testing.T) {
	site := newFeedSite(t, "wire.html")
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	base, done := startServe(t, ctx, map[string]string{
		"ACTORGRAPH_STORE": filepath.Join(t.TempDir(), "serve.db"), "ACTORGRAPH_LOG_LEVEL": "warn",
		"ACTORGRAPH_WATCH": site.URL + "/feed.rss", "ACTORGRAPH_ALLOW_PRIVATE": "true",
	})
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(get(t, base+"/api/documents"), "wire-example-kazakh-president-asks-russia-led-bloc-help-2022-01-05") {
		if time.Now().After(deadline) {
			t.Fatalf("the feed's article is not served: %s", get(t, base+"/api/documents"))
		}
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve: %v", err)
	}
}
