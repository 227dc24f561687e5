package e2e_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestChanges compares Tokayev's neighbourhood before and after the seed's one article (2022-01-07): every
// relationship appeared. The list beside the drawing names them, each a way to its evidence, and the
// drawing marks them; the periods come from the URL and go back into it.
func TestChanges(t *testing.T) {
	base := serve(t)
	ctx := browser(t)

	// The tab: from Tokayev's neighbourhood, the default periods split the documents at their middle date.
	do(t, ctx, chromedp.Navigate(base+"/?focus="+tokayev))
	waitDrawn(t, ctx, 0)
	n := drawn(t, ctx)
	do(t, ctx, chromedp.Click(`.modes button[data-view=changes]`))
	waitDrawn(t, ctx, n)
	do(t, ctx, chromedp.WaitVisible(`#details .changes-details`), chromedp.WaitVisible(`#changes`))
	q := query(t, get(t, ctx, chromedp.Location()))
	if q.Get("view") != "changes" || q.Get("focus") != tokayev || q.Get("before") != "..2022-01-06" || q.Get("after") != "2022-01-07.." {
		t.Errorf("the changes view's default URL is %v, want before=..2022-01-06 and after=2022-01-07..", q)
	}
	if hint := get(t, ctx, chromedp.Text(`#changes-hint`)); !strings.Contains(hint, "2022-01-07") {
		t.Errorf("the hint does not give the documents' dates: %q", hint)
	}

	// A link reproduces the view.
	do(t, ctx, chromedp.Navigate(base+"/?view=changes&focus="+tokayev+"&before=..2022-01-06&after=2022-01-07.."))
	waitDrawn(t, ctx, 0)
	do(t, ctx, chromedp.WaitVisible(`#details .changes-details`))
	if p := get(t, ctx, chromedp.Attributes(`.modes button[data-view=changes]`)); p["aria-pressed"] != "true" {
		t.Error("the Changes tab is not pressed")
	}
	dates := get(t, ctx, chromedp.Evaluate[[]string](`["before-from", "before-to", "after-from", "after-to"].map(id => document.getElementById(id).value)`))
	if strings.Join(dates, " ") != " 2022-01-06 2022-01-07 " {
		t.Errorf("the period inputs show %q", dates)
	}
	appeared := get(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#details ul.change-list.appeared li")].map(li => li.textContent)`))
	if !strings.Contains(strings.Join(appeared, "|"), "Kassym-Jomart Tokayev requested help from Collective Security Treaty Organization") {
		t.Errorf("the appeared relationships do not include Tokayev's request to the CSTO: %q", appeared)
	}
	if c := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("#details ul.change-list.ended li, #details ul.change-list.unmentioned li, #details ul.change-list.changed li").length`)); c != 0 {
		t.Errorf("%d relationships ended, not mentioned or changed, want none", c)
	}
	// The drawing marks the same relationships as new.
	marked := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("#graph g.edge.appeared").length`))
	if marked == 0 || marked != len(appeared) {
		t.Errorf("the drawing marks %d relationships as appeared, the list has %d", marked, len(appeared))
	}
	if c := get(t, ctx, chromedp.TextContent(caption)); !strings.Contains(c, "Kassym-Jomart Tokayev") || !strings.Contains(c, "new") {
		t.Errorf("the caption of the changes drawing is %q", c)
	}
	do(t, ctx, chromedp.WaitVisible(requestEdge+`.appeared`))
	screenshot(t, ctx, "changes")

	// A line of the list opens its evidence.
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll("#details ul.change-list.appeared button")].find(b => b.textContent.includes("requested help from Collective")).click()`),
		chromedp.WaitVisible(`#details .edge-details blockquote`))
	if e := get(t, ctx, chromedp.Text(`#details .edge-details`)); !strings.Contains(e, "After receiving a Wednesday request from Tokayev") {
		t.Errorf("the evidence of the request: %q", e)
	}
	if q := query(t, get(t, ctx, chromedp.Location())); !strings.Contains(q.Get("edge"), "REQUESTED_HELP_FROM") || q.Get("view") != "changes" {
		t.Errorf("the URL of the evidence in the changes view: %v", q)
	}
	do(t, ctx, chromedp.Click(`#details .edge-details > button.link`), chromedp.WaitVisible(`#details .changes-details`))

	// A later period with no evidence at all: nothing changed, and the status says so.
	n = drawn(t, ctx)
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`(() => { const i = document.querySelector("#after-from"); i.value = "2030-01-01"; i.dispatchEvent(new Event("change", {bubbles: true})); })()`))
	waitDrawn(t, ctx, n)
	if q := query(t, get(t, ctx, chromedp.Location())); q.Get("after") != "2030-01-01.." {
		t.Errorf("after changing the later period the URL has after=%q", q.Get("after"))
	}
	do(t, ctx, chromedp.WaitVisible(`#status.empty`))
	if s := get(t, ctx, chromedp.Text(`#status`)); !strings.Contains(s, "Nothing changed around Kassym-Jomart Tokayev") {
		t.Errorf("the empty state of the changes view says %q", s)
	}
}

// TestNamesInTheDrawing: every actor and line of the drawing is named for assistive technology, the name
// beginning with the text the shape shows (WCAG 2.5.3) and saying who does what to whom; TestKeyboard walks
// them.
func TestNamesInTheDrawing(t *testing.T) {
	base := serve(t)
	ctx := browser(t)
	do(t, ctx, chromedp.Navigate(base+"/?focus="+tokayev+"&depth=1"))
	waitDrawn(t, ctx, 0)
	bad := get(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#graph g.edge, #graph g.node[id^='n:'] a")].filter(g => {
		const seen = [...g.querySelectorAll("text")].map(t => t.textContent.trim()).filter(Boolean).join(" ");
		const name = g.getAttribute("aria-label") || "";
		return !seen || !name.startsWith(seen) || name === seen;
	}).map(g => (g.closest("g.node") || g).id + ": " + g.getAttribute("aria-label"))`))
	if len(bad) != 0 {
		t.Errorf("%d shapes of the drawing are named without their visible text first, or by it alone: %q", len(bad), bad)
	}
	label := get(t, ctx, chromedp.Evaluate[string](`document.querySelector('`+requestEdge+`').getAttribute("aria-label")`))
	if !strings.HasPrefix(label, "requested help from") || !strings.Contains(label, ": Kassym-Jomart Tokayev requested help from Collective Security Treaty Organization, cooperation, ") {
		t.Errorf("the request's line is named %q", label)
	}
	actor := get(t, ctx, chromedp.Evaluate[string](`document.querySelector('#graph g.node[id="n:`+tokayev+`"] a').getAttribute("aria-label")`))
	if !strings.HasPrefix(actor, "Kassym-Jomart Tokayev, person, in focus, ") {
		t.Errorf("Tokayev's shape is named %q", actor)
	}
}
