package e2e_test

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/seeds"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

// TestSavedWebPage: a news page saved from a site (ingest/webpage/testdata/wire.html) shows in the article
// view with its title, date and publisher and the article's text alone, and a sentence the extractor read
// from it is highlighted there: evidence offsets point into the text shown.
func TestSavedWebPage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "web.db")
	s, err := boltstore.Open(path, boltstore.NoSync())
	if err != nil {
		t.Fatal(err)
	}
	files, err := ingest.ReadFS(seeds.FS, "seeds")
	if err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile("../ingest/webpage/testdata/wire.html")
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, ingest.File{Name: "wire.html", Data: page})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	if rep, err := (&ingest.Ingester{Store: s, Extractor: x}).Ingest(context.Background(), files); err != nil || rep.Err() != nil {
		t.Fatalf("ingesting: %v %v", err, rep.Err())
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	base := serveStore(t, path, "--seed=false")
	ctx := browser(t)

	edge := tokayev + "|REQUESTED_HELP_FROM|" + csto
	do(t, ctx, chromedp.Navigate(base+"/?depth=1&focus="+url.QueryEscape(tokayev)+"&edge="+url.QueryEscape(edge)),
		chromedp.WaitVisible(`#details .edge-details blockquote`))
	const sentence = "Kassym-Jomart Tokayev asked the Collective Security Treaty Organization for help on Wednesday"
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll("#details .evidence li")].find(li => li.textContent.includes("`+sentence+`")).querySelector("a.read").click()`),
		chromedp.WaitVisible(`#details .document mark`))
	if mark := get(t, ctx, chromedp.Text(`#details .document mark`)); !strings.Contains(mark, sentence) {
		t.Errorf("the highlighted sentence is %q", mark)
	}
	text := get(t, ctx, chromedp.Text(`#details .document`))
	for _, want := range []string{"Kazakh president asks Russia-led bloc for help as unrest spreads", "2022-01-05", "Wire Example",
		"taken over by protesters, a spokesperson for the airport said."} {
		if !strings.Contains(text, want) {
			t.Errorf("the article view lacks %q", want)
		}
	}
	for _, bad := range []string{"Advertisement", "Read Next", "Breakingviews", "quotes delayed"} {
		if strings.Contains(text, bad) {
			t.Errorf("the article view shows %q, which is the site's, not the article's", bad)
		}
	}
	screenshot(t, ctx, "webpage")
}
