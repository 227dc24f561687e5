package e2e_test

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/actorgraph/actorgraph/graph"
)

// centresJS returns where each actor of the drawing is on screen: the centre of its shape, in CSS pixels.
// The centre of an actor's shape: its link, without the "+N more" written beside it.
const centresJS = `Object.fromEntries([...document.querySelectorAll("#graph g.node[id^='n:']")].map(g => {
	const r = (g.querySelector("a") || g).getBoundingClientRect();
	return [g.id.slice(2), [r.left + r.width / 2, r.top + r.height / 2, r.width]];
}))`

// growByKazakhstan opens the page at url and adds Kazakhstan to the view by shift-click, and returns where
// the actors were on screen before and after (centresJS).
func growByKazakhstan(t *testing.T, ctx context.Context, url string) (before, after map[string][3]float64) {
	t.Helper()
	do(t, ctx, chromedp.Navigate(url))
	waitDrawn(t, ctx, 0)
	before = get(t, ctx, chromedp.Evaluate[map[string][3]float64](centresJS))
	n := drawn(t, ctx)
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.getElementById("n:state:kazakhstan").querySelector("a").dispatchEvent(
		new MouseEvent("click", { bubbles: true, cancelable: true, shiftKey: true }))`))
	waitDrawn(t, ctx, n)
	return before, get(t, ctx, chromedp.Evaluate[map[string][3]float64](centresJS))
}

// TestExpandKeepsActorsInPlace adds Kazakhstan to Tokayev's neighbourhood of depth 1 by shift-click: the
// view grows from 7 actors to many more, and every actor that was on screen stays within 3 px of where it
// was (Graphviz's dot redrew the larger view from scratch, moving them by hundreds of pixels).
func TestExpandKeepsActorsInPlace(t *testing.T) {
	base := serve(t)
	ctx := browser(t)
	before, after := growByKazakhstan(t, ctx, base+"/?focus="+tokayev+"&depth=1")
	if q := query(t, get(t, ctx, chromedp.Location())); q.Get("focus") != tokayev+",state:kazakhstan" {
		t.Fatalf("after the shift-click the view's focus is %q", q.Get("focus"))
	}
	if len(after) <= len(before) {
		t.Fatalf("%d actors before, %d after: the view did not grow", len(before), len(after))
	}
	worst, who := 0.0, ""
	for id, p := range before {
		q, ok := after[id]
		if !ok {
			t.Errorf("%s was drawn before and is not after", id)
			continue
		}
		if d := math.Hypot(q[0]-p[0], q[1]-p[1]); d > worst {
			worst, who = d, id
		}
		if math.Abs(q[2]-p[2]) > 1 {
			t.Errorf("%s is %.1f px wide after, %.1f before: the zoom changed", id, q[2], p[2])
		}
	}
	t.Logf("%d actors before, %d after; the farthest moved %.2f px (%s)", len(before), len(after), worst, who)
	if worst > 3 {
		t.Errorf("%s moved by %.1f px when the view grew; want at most 3", who, worst)
	}
	screenshot(t, ctx, "expanded-in-place")
}

// TestHideAndBringBack hides an actor from the panel: it and its lines leave the drawing, nothing else
// moves, the URL keeps it hidden (a reload too), and the hidden bar brings it back.
func TestHideAndBringBack(t *testing.T) {
	base := serve(t)
	ctx := browserFor(t, 90*time.Second)
	const protesters = "organization:kazakh-protesters"
	// more= brings in every actor tied to Tokayev, which the page's pane would otherwise cut to those whose
	// names fit it legibly.
	do(t, ctx, chromedp.Navigate(base+"/?focus="+tokayev+"&depth=1&more="+tokayev+"&node="+protesters))
	waitDrawn(t, ctx, 0)
	visible := func(id string) bool {
		return get(t, ctx, chromedp.Evaluate[bool](fmt.Sprintf(`getComputedStyle(document.getElementById(%q)).display !== "none"`, id)))
	}
	lines := func() int {
		return get(t, ctx, chromedp.Evaluate[int](`[...document.querySelectorAll("#graph g.edge[id^='e:']")].filter(g => getComputedStyle(g).display !== "none").length`))
	}
	all := lines()
	before := get(t, ctx, chromedp.Evaluate[map[string][3]float64](centresJS))
	do(t, ctx, chromedp.Click(`#details button.hide`, chromedp.NodeVisible))
	do(t, ctx, chromedp.WaitVisible(`#hidden-bar button.unhide`))
	if visible("n:" + protesters) {
		t.Errorf("the protesters are still drawn after Hide")
	}
	if got := lines(); got != all-2 { // Tokayev accuses and opposes them
		t.Errorf("%d lines shown after hiding the protesters, %d before; want 2 fewer", got, all)
	}
	if q := query(t, get(t, ctx, chromedp.Location())); q.Get("hide") != protesters {
		t.Errorf("the URL does not keep the actor hidden: %v", q)
	}
	if bar := get(t, ctx, chromedp.Text(`#hidden-bar`)); !strings.Contains(bar, "Kazakh protesters") {
		t.Errorf("the hidden bar reads %q", bar)
	}
	// A download holds what is on screen: the menu says it leaves the hidden actor out, and the file does.
	if note := get(t, ctx, chromedp.Evaluate[string](`document.querySelector("#download-list .hidden-note")?.textContent ?? ""`)); !strings.Contains(note, "Leaves out the actor you hid") {
		t.Errorf("the download menu reads %q", note)
	}
	graphml := get(t, ctx, chromedp.Evaluate[string](`fetch(document.querySelector("#download-list a[data-format=graphml]").href).then((r) => r.text())`, chromedp.EvalAwaitPromise))
	if strings.Contains(graphml, `<node id="`+protesters+`">`) || !strings.Contains(graphml, `<data key="g_hidden">`+protesters+`</data>`) {
		t.Errorf("the GraphML download holds the hidden protesters, or does not say they are hidden:\n%.600s", graphml)
	}
	after := get(t, ctx, chromedp.Evaluate[map[string][3]float64](centresJS))
	for id, p := range before {
		if q := after[id]; id != protesters && math.Hypot(q[0]-p[0], q[1]-p[1]) > 0.5 {
			t.Errorf("%s moved when the protesters were hidden", id)
		}
	}
	screenshot(t, ctx, "hidden-actor")

	// A reload keeps it hidden; the bar's button brings it back.
	do(t, ctx, chromedp.Reload())
	waitDrawn(t, ctx, 0)
	do(t, ctx, chromedp.WaitVisible(`#hidden-bar button.unhide`))
	if visible("n:" + protesters) {
		t.Errorf("the protesters are drawn after a reload of the URL that hides them")
	}
	do(t, ctx, chromedp.Click(`#hidden-bar button.unhide`, chromedp.NodeVisible))
	do(t, ctx, chromedp.WaitNotVisible(`#hidden-bar`))
	if !visible("n:" + protesters) {
		t.Errorf("the protesters are not back after Show")
	}
	if got := lines(); got != all {
		t.Errorf("%d lines after bringing the protesters back, %d at first", got, all)
	}
	if q := query(t, get(t, ctx, chromedp.Location())); q.Has("hide") {
		t.Errorf("the URL still hides an actor: %v", q)
	}
}

// laterArticle is a month after the seed: Belarus criticises Russia.
func laterArticle(tb testing.TB) graph.Batch {
	tb.Helper()
	text := "Belarus criticized Russia for the deployment."
	doc := graph.Document{ID: "later", Title: "Later", Published: "2022-02-07", Text: text}
	doc.Hash = graph.ContentHash(text)
	s, e, ok := graph.Locate(text, text, 1)
	if !ok {
		tb.Fatal("cannot locate the sentence")
	}
	b := graph.Batch{Document: doc, Origin: graph.OriginText,
		Entities: []graph.Entity{graph.NewEntity(graph.State, "Russia"), graph.NewEntity(graph.State, "Belarus")},
		Relations: []graph.Relation{{From: "state:belarus", To: "state:russia", Type: graph.Criticizes, Evidence: []graph.Evidence{
			{Document: doc.ID, Text: text, Start: s, End: e, Stance: graph.Conflict, Origin: graph.Extracted, Confidence: 0.9}}}}}
	b.Normalize()
	return b
}

// TestTimelineSlider moves the timeline over the evidence dates: back to the seed's date, the line stated
// only a month later leaves the drawing, and the URL says up to which date; dragging it to and fro twenty
// times in quick succession draws once.
func TestTimelineSlider(t *testing.T) {
	base := serveWith(t, laterArticle(t))
	ctx := browser(t)
	do(t, ctx, chromedp.Navigate(base+"/?focus=state:russia&depth=1"))
	waitDrawn(t, ctx, 0)
	do(t, ctx, chromedp.WaitVisible(`#timeline-range`))
	const later = "e:state:belarus|CRITICIZES|state:russia"
	shown := func() bool {
		return get(t, ctx, chromedp.Evaluate[bool](fmt.Sprintf(`!!document.getElementById(%q)`, later)))
	}
	if !shown() {
		t.Fatalf("Belarus's criticism of Russia is not drawn with all the evidence")
	}
	if v := get(t, ctx, chromedp.Text(`#timeline-value`)); v != "All the evidence" {
		t.Errorf("the timeline reads %q at its end", v)
	}
	n := drawn(t, ctx)
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`(() => {
		const input = document.getElementById("timeline-range");
		for (let i = 0; i < 20; i++) {
			input.value = String(i % 2 ? 2 : 1);
			input.dispatchEvent(new Event("input", { bubbles: true }));
		}
		input.value = "0";
		input.dispatchEvent(new Event("input", { bubbles: true }));
	})()`))
	waitDrawn(t, ctx, n)
	if shown() {
		t.Errorf("the line stated on 2022-02-07 is drawn with the evidence up to 2022-01-07")
	}
	if q := query(t, get(t, ctx, chromedp.Location())); q.Get("to_date") != "2022-01-07" {
		t.Errorf("the URL's end date is %q, want 2022-01-07", q.Get("to_date"))
	}
	if v := get(t, ctx, chromedp.Text(`#timeline-value`)); v != "Evidence up to 2022-01-07" {
		t.Errorf("the timeline reads %q", v)
	}
	do(t, ctx, chromedp.Sleep(600*time.Millisecond))
	if got := drawn(t, ctx); got != n+1 {
		t.Errorf("21 moves of the slider drew %d times; want once", got-n)
	}
	screenshot(t, ctx, "timeline")
}
