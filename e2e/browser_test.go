package e2e_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

const (
	cstoNode    = `#graph g.node[id="n:organization:collective-security-treaty-organization"]`
	requestEdge = `#graph g.edge[id="e:person:kassym-jomart-tokayev|REQUESTED_HELP_FROM|organization:collective-security-treaty-organization"]`
	caption     = `#graph svg > g > text`
)

// TestSearchThenClickThrough is the first thing a new user does: search for Tokayev, pick him, see his
// neighbourhood drawn, click the CSTO to recentre, and read the evidence behind a line.
func TestSearchThenClickThrough(t *testing.T) {
	base := serve(t)
	ctx := browser(t)

	do(t, ctx, chromedp.Navigate(base), chromedp.WaitVisible(`#q`), chromedp.SendKeys(`#q`, "Tokayev"), chromedp.WaitVisible(`#suggestions li`))
	if s := get(t, ctx, chromedp.Text(`#suggestions li .name`)); s != "Kassym-Jomart Tokayev" {
		t.Fatalf("first suggestion for Tokayev = %q", s)
	}
	screenshot(t, ctx, "search")

	do(t, ctx, chromedp.SendKeys(`#q`, "\r"), chromedp.WaitVisible(cstoNode))
	if q := query(t, get(t, ctx, chromedp.Location())); q.Get("focus") != "person:kassym-jomart-tokayev" {
		t.Errorf("after picking Tokayev the URL has focus=%q", q.Get("focus"))
	}
	if h := get(t, ctx, chromedp.Text(`#details h2`)); h != "Kassym-Jomart Tokayev" {
		t.Errorf("details title %q", h)
	}
	if c := get(t, ctx, chromedp.TextContent(caption)); !strings.Contains(c, "Kassym-Jomart Tokayev") {
		t.Errorf("drawing caption %q", c)
	}
	labels := get(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#graph g.node text")].map(t => t.textContent)`))
	for _, want := range []string{"Russia", "China", "Kazakhstan", "Collective Security"} {
		if !strings.Contains(strings.Join(labels, "|"), want) {
			t.Errorf("Tokayev's drawing lacks %s (labels %q)", want, labels)
		}
	}
	screenshot(t, ctx, "tokayev")

	do(t, ctx, chromedp.Click(cstoNode), chromedp.WaitVisible(`#graph g.node.focus[id="n:organization:collective-security-treaty-organization"]`))
	if q := query(t, get(t, ctx, chromedp.Location())); q.Get("focus") != "organization:collective-security-treaty-organization" {
		t.Errorf("after clicking the CSTO the URL has focus=%q", q.Get("focus"))
	}
	if h := get(t, ctx, chromedp.Text(`#details h2`)); h != "Collective Security Treaty Organization" {
		t.Errorf("after clicking the CSTO the details say %q", h)
	}
	if c := get(t, ctx, chromedp.TextContent(caption)); !strings.Contains(c, "Collective Security Treaty Organization") {
		t.Errorf("after clicking the CSTO the caption is %q", c)
	}

	do(t, ctx, chromedp.Click(requestEdge+" text"), chromedp.WaitVisible(`#details .edge-details blockquote`))
	evidence := get(t, ctx, chromedp.Text(`#details .edge-details`))
	if !strings.Contains(evidence, "After receiving a Wednesday request from Tokayev") || !strings.Contains(evidence, "Says who?") {
		t.Errorf("the evidence panel of Tokayev → CSTO shows %q", evidence)
	}
	screenshot(t, ctx, "evidence")

	// Back returns to Tokayev's view: the whole view state is in the URL.
	do(t, ctx, chromedp.NavigateBack(), chromedp.WaitVisible(`#graph g.node.focus[id="n:person:kassym-jomart-tokayev"]`))
	if q := query(t, get(t, ctx, chromedp.Location())); q.Get("focus") != "person:kassym-jomart-tokayev" {
		t.Errorf("back leads to focus=%q", q.Get("focus"))
	}
}

func query(t *testing.T, loc string) url.Values {
	t.Helper()
	u, err := url.Parse(loc)
	if err != nil {
		t.Fatal(err)
	}
	return u.Query()
}
