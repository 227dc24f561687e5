package server_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	fetcher "github.com/actorgraph/actorgraph/ingest/fetch"
	"github.com/actorgraph/actorgraph/server"
)

// newsSite serves one news page, with a navigation bar and a related-links box that must not reach the
// text, and counts the fetches of it.
func newsSite(t *testing.T) (*httptest.Server, *int) {
	t.Helper()
	fetches := 0
	mux := http.NewServeMux()
	mux.HandleFunc("/world/talks-in-astana", func(w http.ResponseWriter, r *http.Request) {
		fetches++
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<!doctype html><html><head><title>Talks in Astana | The Daily Example</title>
<meta property="og:title" content="Talks in Astana"><meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2023-05-02T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> Japan News Russia Today</nav>
<article><h1>Talks in Astana</h1><p>China criticized Japan on Monday.</p>
<p>Kassym-Jomart Tokayev met with Xi Jinping in Astana.</p><p>Belarus supports Russia.</p></article>
<aside><h2>Related</h2><a href="/x">Germany condemns France</a></aside></body></html>`))
	})
	ts := httptest.NewServer(mux)
	t.Cleanup(ts.Close)
	return ts, &fetches
}

// TestPostedLinkIsFetchedPreviewedAndStored: {"url": …} without text fetches the page through
// ingest/fetch, previews what the extractor finds in it with the page's text and metadata (which the
// client did not send), and stores it; the page's navigation and related links are not read.
func TestPostedLinkIsFetchedPreviewedAndStored(t *testing.T) {
	site, fetches := newsSite(t)
	ts, store := newWriteServer(t, server.Config{Fetcher: fetcher.New(fetcher.Config{AllowPrivate: true})})
	link := map[string]string{"url": site.URL + "/world/talks-in-astana"}

	r := sendJSON(t, ts, http.MethodPost, "/api/documents?preview=1", link)
	if r.status != http.StatusOK {
		t.Fatalf("preview: status %d: %s", r.status, r.body)
	}
	var ans postAnswer
	decode(t, r, &ans)
	doc := ans.Documents[0].Layers[0].Document
	if doc.ID != "127-0-0-1-talks-in-astana" || doc.Title != "Talks in Astana" || doc.Published != "2023-05-02" ||
		doc.Source != "The Daily Example" || doc.URL != site.URL+"/world/talks-in-astana" {
		t.Errorf("previewed document %q %q %q %q %q", doc.ID, doc.Title, doc.Published, doc.Source, doc.URL)
	}
	if !strings.Contains(doc.Text, "Belarus supports Russia.") || strings.Contains(doc.Text, "Germany") || strings.Contains(doc.Text, "Home") {
		t.Errorf("previewed text %q: want the article's paragraphs only", doc.Text)
	}
	rels := strings.Join(ans.relations(), " ")
	if !strings.Contains(rels, "state:china|CRITICIZES|state:japan") || strings.Contains(rels, "germany") {
		t.Errorf("previewed relations %s", rels)
	}
	if _, err := store.Document(context.Background(), doc.ID); err == nil {
		t.Error("the preview stored the document")
	}

	r = sendJSON(t, ts, http.MethodPost, "/api/documents", link)
	if r.status != http.StatusCreated {
		t.Fatalf("store: status %d: %s", r.status, r.body)
	}
	stored, err := store.Document(context.Background(), doc.ID)
	if err != nil || stored.Text != doc.Text || stored.Published != "2023-05-02" {
		t.Errorf("stored %+v, %v", stored, err)
	}
	if *fetches != 2 {
		t.Errorf("the page was fetched %d times, want once a request", *fetches)
	}
}

// TestPostedLinksThatAreRefused: a link into the server's own network is refused unless the fetcher
// allows private addresses (serve --allow-private), a server without a fetcher refuses links, and a link
// comes alone; nothing is stored and the site is not reached.
func TestPostedLinksThatAreRefused(t *testing.T) {
	site, fetches := newsSite(t)
	link := site.URL + "/world/talks-in-astana"
	for _, tc := range []struct {
		name   string
		fetch  server.ArticleFetcher
		body   map[string]string
		status int
		want   string
	}{
		{"a loopback address", fetcher.New(fetcher.Config{}), map[string]string{"url": link}, 400, "private"},
		{"no fetcher", nil, map[string]string{"url": link}, 503, "this server does not fetch links"},
		{"a link with a title", fetcher.New(fetcher.Config{AllowPrivate: true}), map[string]string{"url": link, "title": "Mine"}, 400, "send only the url"},
		{"not a web address", fetcher.New(fetcher.Config{AllowPrivate: true}), map[string]string{"url": "file:///etc/passwd"}, 400, "file:///etc/passwd"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ts, store := newWriteServer(t, server.Config{Fetcher: tc.fetch})
			before, _ := store.Stats(context.Background())
			r := sendJSON(t, ts, http.MethodPost, "/api/documents", tc.body)
			if r.status != tc.status {
				t.Fatalf("status %d, want %d: %.300s", r.status, tc.status, r.body)
			}
			if _, msg := apiError(t, r); !strings.Contains(msg, tc.want) {
				t.Errorf("message %.300q, want it to hold %q", msg, tc.want)
			}
			if after, _ := store.Stats(context.Background()); after != before {
				t.Errorf("the store changed: %+v → %+v", before, after)
			}
		})
	}
	if *fetches != 0 {
		t.Errorf("the site was reached %d times", *fetches)
	}
}
