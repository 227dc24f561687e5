package e2e_test

import (
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestEditorAddsAnArticleFromALink: an editor gives the add-article form a link; the server fetches the
// page (from a local news site: serve --allow-private), the form fills with its text, title, date and
// source, the preview lists what the extractor found, and the article is added and can be read.
func TestEditorAddsAnArticleFromALink(t *testing.T) {
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/world/talks-in-astana" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<!doctype html><html><head><title>Talks in Astana | The Daily Example</title>
<meta property="og:title" content="Talks in Astana"><meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2023-05-02T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks in Astana</h1><p>China criticized Japan on Monday.</p><p>Belarus supports Russia.</p></article>
<aside><h2>Related</h2><a href="/x">Germany condemns France</a></aside></body></html>`))
	}))
	defer site.Close()
	base := serveStoreEnv(t, filepath.Join(t.TempDir(), "e2e.db"),
		[]string{"ACTORGRAPH_EDIT_TOKEN=" + editToken, "ACTORGRAPH_EDITOR_NAME=alice"}, "--allow-private")
	ctx := browser(t)
	do(t, ctx, chromedp.Navigate(base+"/"))
	signIn(t, ctx)
	do(t, ctx, chromedp.Click(`#add-article`), chromedp.WaitVisible(`#article-link`),
		chromedp.SetValue(`#article-link`, site.URL+"/world/talks-in-astana"),
		chromedp.Click(`#article-preview-button`), chromedp.WaitVisible(`#article-commit`))
	fields := get(t, ctx, chromedp.Evaluate[[]string](`["#article-title", "#article-published", "#article-source", "#article-text"].map(s => document.querySelector(s).value)`))
	if fields[0] != "Talks in Astana" || fields[1] != "2023-05-02" || fields[2] != "The Daily Example" ||
		!strings.Contains(fields[3], "Belarus supports Russia.") || strings.Contains(fields[3], "Germany") {
		t.Errorf("the form after fetching holds %q", fields)
	}
	items := strings.Join(get(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#article-preview li")].map(li => li.textContent)`)), "|")
	if !strings.Contains(items, "China criticizes Japan") || !strings.Contains(items, "Belarus supports Russia") || strings.Contains(items, "Germany") {
		t.Fatalf("the preview lists %q", items)
	}
	checkAxe(t, ctx, "the add-article form filled from a link, with its preview")
	screenshot(t, ctx, "article-from-link")
	do(t, ctx, chromedp.Click(`#article-commit`), chromedp.WaitVisible(`#article-preview .done`))
	if done := get(t, ctx, chromedp.Text(`#article-preview .done`)); !strings.Contains(done, "Added 127-0-0-1-talks-in-astana") {
		t.Errorf("after adding: %q", done)
	}
	do(t, ctx, chromedp.Click(`#article-preview .done a`), chromedp.WaitVisible(`#details .doc-text`))
	if body := get(t, ctx, chromedp.Text(`#details .doc-text`)); !strings.Contains(body, "China criticized Japan on Monday.") {
		t.Errorf("reading the added article shows %.300q", body)
	}
}
