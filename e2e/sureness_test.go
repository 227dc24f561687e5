package e2e_test

import (
	"context"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// The rumours article (graphtest.Rumours) beside the seed: sentences read with known confidence, claims,
// and an actor the article names and relates to nothing, which the seed's curated overlay does not have.
var (
	sylvania     = graph.EntityID(graph.State, "Sylvania")
	firefly      = graph.EntityID(graph.Person, "Rufus T. Firefly")
	opposesEdge  = `#graph g.edge[id="e:state:sylvania|OPPOSES|state:freedonia"]`
	armedEdge    = `#graph g.edge[id="e:state:freedonia|SUPPORTS|state:ruritania"]`
	bordersEdge  = `#graph g.edge[id="e:state:ruritania|BORDERS|state:sylvania"]`
	islandNotice = `#graph .island-notice`
)

// serveRumours starts `actorgraph serve` on a store holding the seeds and the rumours article.
func serveRumours(tb testing.TB) string {
	tb.Helper()
	return serveWith(tb, graphtest.Rumours())
}

// edgeIDs lists the relationships drawn.
func edgeIDs(tb testing.TB, ctx context.Context) []string {
	tb.Helper()
	return get(tb, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#graph g.edge[id^='e:']")].map(g => g.id.slice(2)).filter(id => !id.startsWith("more:")).sort()`))
}

// TestConfidenceAndClaims reads how surely each line is known: in the evidence panel (the extractor's
// confidence, whose claim), in the drawing (pale, dashed) and through the confidence filter, kept in the URL.
func TestConfidenceAndClaims(t *testing.T) {
	base := serveRumours(t)
	ctx := browser(t)

	do(t, ctx, chromedp.Navigate(base+"/?focus="+sylvania+"&depth=1"))
	waitDrawn(t, ctx, 0)
	do(t, ctx, chromedp.WaitVisible(opposesEdge))
	classes := get(t, ctx, chromedp.Evaluate[[]string](`[`+
		`document.querySelector('`+opposesEdge+`').getAttribute("class"),`+
		`document.querySelector('`+armedEdge+`').getAttribute("class"),`+
		`document.querySelector('`+bordersEdge+`').getAttribute("class")]`))
	if want := []string{"edge conflict claim", "edge cooperation faint claim", "edge structural"}; strings.Join(classes, "|") != strings.Join(want, "|") {
		t.Errorf("the lines are drawn as %q, want %q (a claim dashed, one read at 0.45 pale too)", classes, want)
	}
	if legend := get(t, ctx, chromedp.TextContent(`#graph g#legend`)); !strings.Contains(legend, "confidence below 0.6") || !strings.Contains(legend, "claims only") {
		t.Errorf("the legend does not explain pale and dashed lines: %q", legend)
	}

	// Says who: the extractor's confidence, and the claimant, named (from the article's actors: he is not
	// in the drawing) and a link to him.
	do(t, ctx, chromedp.Click(opposesEdge+" text"), chromedp.WaitVisible(`#details .edge-details blockquote`))
	do(t, ctx, chromedp.Poll[chromedp.Void](`document.querySelector("#details .sureness .claim a") && document.querySelector("#details .sureness .claim a").textContent === "Rufus T. Firefly"`,
		chromedp.WithPollingTimeout(10*time.Second)))
	if s := get(t, ctx, chromedp.TextContent(`#details .edge-details .sureness`)); s != "extracted · confidence 0.65 · claim by Rufus T. Firefly" {
		t.Errorf("the evidence of Sylvania opposing Freedonia says %q", s)
	}
	if href := get(t, ctx, chromedp.Attributes(`#details .sureness .claim a`))["href"]; !strings.Contains(href, "focus="+firefly) {
		t.Errorf("the claimant links to %q", href)
	}
	screenshot(t, ctx, "claims")
	do(t, ctx, chromedp.Click(armedEdge+" text"), chromedp.WaitVisible(`#details .edge-details blockquote`))
	if s := get(t, ctx, chromedp.TextContent(`#details .edge-details .sureness`)); s != "extracted · confidence 0.45 · unattributed claim" {
		t.Errorf("the evidence of Freedonia arming Ruritania says %q", s)
	}
	// The seed's curated sentences are the analyst's: no confidence to give.
	do(t, ctx, chromedp.Navigate(base+"/?focus="+tokayev+"&edge="+url.QueryEscape(graph.RelationID(tokayev, graph.RequestedHelpFrom, csto))))
	waitDrawn(t, ctx, 0)
	do(t, ctx, chromedp.WaitVisible(`#details .edge-details .sureness`))
	if s := get(t, ctx, chromedp.TextContent(`#details .edge-details .sureness`)); !strings.HasPrefix(s, "curated") || strings.Contains(s, "claim") {
		t.Errorf("a curated sentence of the seed says %q", s)
	}

	// The filter: at 0.7 only the border remains; the URL keeps it, and a reload shows the same.
	do(t, ctx, chromedp.Navigate(base+"/?focus="+sylvania+"&depth=1"))
	waitDrawn(t, ctx, 0)
	n := drawn(t, ctx)
	do(t, ctx, chromedp.Click(`#filters summary`), chromedp.WaitVisible(`#min_confidence`),
		chromedp.Evaluate[chromedp.Void](`(() => { const s = document.querySelector("#min_confidence"); s.value = "0.7"; s.dispatchEvent(new Event("change", {bubbles: true})); })()`))
	waitDrawn(t, ctx, n)
	if q := query(t, get(t, ctx, chromedp.Location())); q.Get("min_confidence") != "0.7" {
		t.Errorf("the URL after choosing 0.7 is %v", q)
	}
	if got := edgeIDs(t, ctx); strings.Join(got, " ") != "state:ruritania|BORDERS|state:sylvania" {
		t.Errorf("at 0.7 the drawing has %q, want only the border (0.9)", got)
	}
	if c := get(t, ctx, chromedp.TextContent(`#filter-count`)); c != "1" {
		t.Errorf("the filter count is %q", c)
	}
	loc := get(t, ctx, chromedp.Location())
	do(t, ctx, chromedp.Navigate(loc))
	waitDrawn(t, ctx, 0)
	if v := get(t, ctx, chromedp.Evaluate[string](`document.querySelector("#min_confidence").value`)); v != "0.7" {
		t.Errorf("after a reload the confidence control shows %q", v)
	}
	if got := edgeIDs(t, ctx); len(got) != 1 {
		t.Errorf("after a reload the drawing has %q", got)
	}
	// A value the menu does not offer, from a link, is shown as it is; Clear filters drops it.
	do(t, ctx, chromedp.Navigate(base+"/?focus="+sylvania+"&depth=1&min_confidence=0.6"))
	waitDrawn(t, ctx, 0)
	if got := edgeIDs(t, ctx); len(got) != 2 {
		t.Errorf("at 0.6 the drawing has %q, want the claim at 0.65 and the border", got)
	}
	do(t, ctx, chromedp.Navigate(base+"/?focus="+sylvania+"&depth=1&min_confidence=0.65"))
	waitDrawn(t, ctx, 0)
	if v := get(t, ctx, chromedp.Evaluate[string](`document.querySelector("#min_confidence").value`)); v != "0.65" {
		t.Errorf("a link's confidence 0.65 shows as %q", v)
	}
	n = drawn(t, ctx)
	do(t, ctx, chromedp.Click(`#filters summary`), chromedp.WaitVisible(`#clear-filters`), chromedp.Click(`#clear-filters`))
	waitDrawn(t, ctx, n)
	if q := query(t, get(t, ctx, chromedp.Location())); q.Has("min_confidence") {
		t.Errorf("Clear filters left %v", q)
	}
	// Outside 0..1 the server's own message is shown.
	do(t, ctx, chromedp.Navigate(base+"/?focus="+sylvania+"&min_confidence=2"), chromedp.WaitVisible(`#status.error`))
	if s := get(t, ctx, chromedp.TextContent(`#status`)); !strings.Contains(s, "min_confidence=2 is outside 0..1") {
		t.Errorf("the status line says %q", s)
	}
}

// TestActorMentionedOnly follows an actor an article names and relates to nothing: search says so, its
// view says where it is mentioned instead of drawing it alone, its article lists it, and the whole-graph
// views leave it out.
func TestActorMentionedOnly(t *testing.T) {
	base := serveRumours(t)
	ctx := browser(t)

	// suggest types q into the search box and waits until the first suggestion is the actor named.
	suggest := func(q, name string) {
		t.Helper()
		do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector("#q").value = ""`), typeInto(`#q`, q),
			chromedp.Poll[chromedp.Void](`(document.querySelector("#q-list li .name") || {}).textContent === "`+name+`"`, chromedp.WithPollingTimeout(10*time.Second)))
	}
	do(t, ctx, chromedp.Navigate(base), chromedp.WaitVisible(`#q`))
	suggest("Firefly", "Rufus T. Firefly")
	if s := get(t, ctx, chromedp.TextContent(`#q-list li[role=option]`)); !strings.Contains(s, "Rufus T. Firefly") || !strings.Contains(s, "mentioned only") {
		t.Errorf("the suggestion for Firefly is %q, want it marked mentioned only", s)
	}
	suggest("Sylvania", "Sylvania")
	if s := get(t, ctx, chromedp.TextContent(`#q-list li[role=option]`)); strings.Contains(s, "mentioned only") {
		t.Errorf("Sylvania, in two relationships, is marked %q", s)
	}
	suggest("Firefly", "Rufus T. Firefly")
	do(t, ctx, typeInto(`#q`, "\r"), chromedp.WaitVisible(islandNotice))
	notice := get(t, ctx, chromedp.TextContent(islandNotice))
	if !strings.Contains(notice, "Rufus T. Firefly is mentioned in Rumours from Freedonia (2022-01-08) with no relationship stated.") {
		t.Errorf("the notice says %q", notice)
	}
	if n := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("#graph svg").length`)); n != 0 {
		t.Errorf("the actor is drawn alone as well as explained")
	}
	if s := get(t, ctx, chromedp.TextContent(`#status`)); strings.TrimSpace(s) != "" {
		t.Errorf("the status line says %q beside the notice", s)
	}
	do(t, ctx, chromedp.WaitVisible(`#details .mentioned-in a`))
	screenshot(t, ctx, "island")

	// The notice's link opens the article, which lists the actors it names, Firefly marked.
	do(t, ctx, chromedp.Click(islandNotice+` a`), chromedp.WaitVisible(`#details .document .named-list`))
	if q := query(t, get(t, ctx, chromedp.Location())); q.Get("doc") != graphtest.RumoursID || q.Get("focus") != firefly {
		t.Errorf("the article's URL is %v", q)
	}
	rows := get(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#details .named-list li")].map(li => li.textContent)`))
	want := []string{"Freedonia state 2 relationships", "Rufus T. Firefly person no relationship", "Ruritania state 2 relationships", "Sylvania state 2 relationships"}
	if strings.Join(rows, "|") != strings.Join(want, "|") {
		t.Errorf("the article lists %q, want %q", rows, want)
	}
	if s := get(t, ctx, chromedp.TextContent(`#details .named summary`)); s != "4 actors named · 1 with no relationship" {
		t.Errorf("the list's summary is %q", s)
	}
	screenshot(t, ctx, "named")

	// From the list to an actor with relationships: its drawing.
	n := drawn(t, ctx)
	do(t, ctx, chromedp.Click(`#details .named-list a[href*="state:sylvania"]`))
	waitDrawn(t, ctx, n)
	do(t, ctx, chromedp.WaitVisible(bordersEdge))

	// Whole-graph views leave it out. The drawing in the page keeps the actors that fit it legibly, so the
	// whole view is read from the API.
	do(t, ctx, chromedp.Navigate(base+"/?view=blocs"))
	waitDrawn(t, ctx, 0)
	if n := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('#graph g.node[id="n:`+firefly+`"]').length`)); n != 0 {
		t.Error("the blocs draw Firefly, who takes part in no relationship")
	}
	ids := get(t, ctx, chromedp.Evaluate[[]string](`fetch("/api/blocs").then(r => r.json()).then(b => b.subgraph.entities.map(e => e.id))`, chromedp.EvalAwaitPromise))
	if !slices.Contains(ids, sylvania) || slices.Contains(ids, firefly) {
		t.Errorf("the blocs view holds %v: want Sylvania and not Firefly", ids)
	}
}
