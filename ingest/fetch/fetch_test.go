package fetch_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest/fetch"
)

// newsSite serves the daily's page from ingest/webpage/testdata at /world/kazakhstan, a redirect to it at
// /short, and robots.txt as given; it records the User-Agent of each request.
func newsSite(t *testing.T, robots string) (*httptest.Server, *atomic.Value) {
	t.Helper()
	page, err := os.ReadFile("../webpage/testdata/daily.html")
	if err != nil {
		t.Fatal(err)
	}
	var ua atomic.Value
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		if robots == "" {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(robots))
	})
	mux.HandleFunc("/world/kazakhstan", func(w http.ResponseWriter, r *http.Request) {
		ua.Store(r.UserAgent())
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/short", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/world/kazakhstan", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(strings.Repeat("<p>news</p>", 20_000)))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.7"))
	})
	mux.HandleFunc("/plain.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("Russia sends troops\n\nRussia sent troops to Kazakhstan on Thursday.\n"))
	})
	ts := httptest.NewServer(mux)
	t.Cleanup(ts.Close)
	return ts, &ua
}

func TestArticleFromALink(t *testing.T) {
	ts, ua := newsSite(t, "")
	f := fetch.New(fetch.Config{AllowPrivate: true})
	doc, err := f.Article(t.Context(), ts.URL+"/short")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Russian troops land in Kazakhstan as Tokayev orders forces to ‘fire without warning’" || doc.Published != "2022-01-07" || doc.Source != "The Daily Example" {
		t.Errorf("title %q, published %q, source %q", doc.Title, doc.Published, doc.Source)
	}
	if want := "https://www.daily.example/world/2022/jan/07/kazakhstan-tokayev-fire-without-warning"; doc.URL != want {
		t.Errorf("url %q, want the canonical %q", doc.URL, want)
	}
	if got := ua.Load(); got != fetch.DefaultUserAgent {
		t.Errorf("User-Agent %q", got)
	}
	doc, err = f.Article(t.Context(), ts.URL+"/plain.txt")
	if err != nil || doc.Title != "Russia sends troops" || doc.URL != ts.URL+"/plain.txt" {
		t.Errorf("plain text: %v %+v", err, doc)
	}
}

func TestRefusals(t *testing.T) {
	ts, _ := newsSite(t, "User-agent: *\nDisallow: /private/\n\nUser-agent: actorgraph\nDisallow: /world/\nAllow: /world/kazakhstan$\n")
	open := fetch.New(fetch.Config{AllowPrivate: true, Timeout: time.Second, MaxBytes: 100_000})
	tests := []struct {
		name string
		f    *fetch.Fetcher
		url  string
		code string
		want string
	}{
		{"loopback without --allow-private", fetch.New(fetch.Config{}), ts.URL + "/world/kazakhstan", graph.EINVALID, "is not public; links to the machine itself or its private network are refused"},
		{"a name for loopback", fetch.New(fetch.Config{}), strings.Replace(ts.URL, "127.0.0.1", "localhost", 1) + "/world/kazakhstan", graph.EINVALID, "is not public"},
		{"file", open, "file:///etc/passwd", graph.EINVALID, "only http and https links are fetched"},
		{"ftp", open, "ftp://example.com/a", graph.EINVALID, "only http and https links are fetched"},
		{"credentials", open, "http://user:pw@example.com/", graph.EINVALID, "user name or password"},
		{"no host", open, "http:///path", graph.EINVALID, "no host"},
		{"redirect loop", open, ts.URL + "/loop", graph.EINVALID, "more than 5 redirects"},
		{"too large", open, ts.URL + "/big", graph.ETOOLARGE, "over the 100000-byte limit"},
		{"too slow", open, ts.URL + "/slow", graph.ETIMEOUT, "no answer within 1s"},
		{"not found", open, ts.URL + "/nothing", graph.EINVALID, "the site answered 404 Not Found"},
		{"a pdf", open, ts.URL + "/report.pdf", graph.EINVALID, "the page is application/pdf, not a web page or text"},
		{"robots.txt for actorgraph", open, ts.URL + "/world/other", graph.EINVALID, "the site's robots.txt does not allow fetching it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := tt.f.Article(t.Context(), tt.url)
			if err == nil || graph.ErrorCode(err) != tt.code || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%v (code %s), want %s %q", err, graph.ErrorCode(err), tt.code, tt.want)
			}
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
	// The same site's page that robots.txt allows us, by the longer Allow rule, is fetched.
	if _, err := open.Article(t.Context(), ts.URL+"/world/kazakhstan"); err != nil {
		t.Errorf("allowed by robots.txt: %v", err)
	}
}

// TestRedirectToAnotherAddressIsCheckedWhenDialled: a public page that redirects into the private network
// is refused at the dial, after the redirect, not only by looking at the first link.
func TestRedirectToAnotherAddressIsCheckedWhenDialled(t *testing.T) {
	inside, _ := newsSite(t, "")
	outside := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		http.Redirect(w, r, inside.URL+"/world/kazakhstan", http.StatusFound)
	}))
	defer outside.Close()
	pub, _ := url.Parse(outside.URL)
	f := fetch.New(fetch.Config{})
	// Only the "outside" server counts as public here; the "inside" one is the private network.
	fetch.AllowOnly(f, func(ap netip.AddrPort) bool { return ap.String() == pub.Host })
	_, err := f.Article(t.Context(), outside.URL+"/story")
	if err == nil || !strings.Contains(err.Error(), "is not public") {
		t.Errorf("a redirect into the private network: %v", err)
	}
}

func TestRobotsRules(t *testing.T) {
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"/", "/anything", true},
		{"/private", "/private/page", true},
		{"/private", "/public", false},
		{"/*.pdf$", "/files/report.pdf", true},
		{"/*.pdf$", "/files/report.pdf?x=1", false},
		{"/news/*/2022", "/news/world/2022/jan", true},
		{"/page$", "/page", true},
		{"/page$", "/page2", false},
	}
	for _, tt := range tests {
		if got := fetch.MatchRobots(tt.pattern, tt.path); got != tt.want {
			t.Errorf("%q matching %q: %v", tt.pattern, tt.path, got)
		}
	}
	robots := "User-agent: Googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /search\nAllow: /search/about\n"
	for path, want := range map[string]bool{"/news/a": true, "/search?q=x": false, "/search/about": true} {
		if got := fetch.ParseRobotsAllows(robots, path); got != want {
			t.Errorf("%s: %v, want %v", path, got, want)
		}
	}
	if fetch.ParseRobotsAllows("User-agent: actorgraph\nUser-agent: other\nDisallow: /\n", "/a") {
		t.Error("a group naming us among other agents applies to us")
	}
}

// TestRobotsServerErrorDisallows: a site whose robots.txt fails with 5xx is not fetched for now (RFC 9309).
func TestRobotsServerErrorDisallows(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("<p>page</p>"))
	}))
	defer ts.Close()
	_, err := fetch.New(fetch.Config{AllowPrivate: true}).Get(context.Background(), ts.URL+"/a")
	if err == nil || !strings.Contains(err.Error(), "robots.txt does not allow") {
		t.Errorf("robots.txt answering 503: %v", err)
	}
}

func TestPublic(t *testing.T) {
	for addr, want := range map[string]bool{
		"93.184.216.34": true, "2606:2800:220:1:248:1893:25c8:1946": true,
		"127.0.0.1": false, "::1": false, "10.1.2.3": false, "172.16.0.1": false, "192.168.1.1": false,
		"169.254.169.254": false, "fe80::1": false, "fc00::1": false, "0.0.0.0": false, "::": false,
		"100.64.0.1": false, "::ffff:127.0.0.1": false, "::ffff:10.0.0.1": false, "224.0.0.1": false,
		"64:ff9b::a00:1": false, "255.255.255.255": false,
	} {
		if got := fetch.Public(netip.MustParseAddr(addr)); got != want {
			t.Errorf("Public(%s) = %v", addr, got)
		}
	}
}
