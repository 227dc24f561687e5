package e2e_test

import (
	"math"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// crossingsJS lists, in the drawing on screen, every line that passes through the shape of an actor other
// than its ends: a point along the line's path (every 2 units) inside the actor's shape with 3 units to
// spare each way, so that a line grazing an actor's border does not count. A relation's id is
// "from|TYPE|to".
const crossingsJS = `(() => {
	const actors = [...document.querySelectorAll("#graph g.node[id^='n:']")].filter(g => getComputedStyle(g).display !== "none").map(g => ({
		id: g.id.slice(2), shapes: [...(g.querySelector("a") || g).querySelectorAll("polygon, ellipse, path")]}));
	const inside = (s, x, y) => [[0, 0], [3, 0], [-3, 0], [0, 3], [0, -3]].every(([dx, dy]) => s.isPointInFill(new DOMPoint(x + dx, y + dy)));
	const out = [];
	for (const g of document.querySelectorAll("#graph g.edge[id^='e:']")) {
		if (getComputedStyle(g).display === "none") continue;
		const parts = g.id.slice(2).split("|");
		const ends = new Set([parts[0], parts[parts.length - 1]]);
		const pts = [];
		for (const p of g.querySelectorAll("path")) {
			const n = p.getTotalLength();
			for (let l = 0; l <= n; l += 2) pts.push(p.getPointAtLength(l));
		}
		for (const a of actors) {
			if (ends.has(a.id)) continue;
			if (pts.some(q => a.shapes.some(s => inside(s, q.x, q.y)))) out.push(g.id.slice(2) + " through " + a.id);
		}
	}
	return out;
})()`

// TestGrownViewsStayAndRouteLines grows Tokayev's neighbourhood of depth 1 by Kazakhstan (a shift-click) in
// every layout the page offers. For each: the actors on screen before stay within 3 px of where they were
// (dot, circo and sfdp used to redraw from scratch, moving them by hundreds of pixels), and in the grown
// drawing no line passes through an actor other than its ends (pinned drawings had straight lines through
// them). The server places the line labels of a grown drawing itself (render's placeLabels), beside or
// across its line or at the end of a leader: no pair overlaps, and none of the 164 labels of the six
// drawings is nearer another line than its own or as near (Graphviz's own placement left 3 to 9 of 24 to 29
// a drawing); each is logged. circo and sfdp draw actors
// on top of each other at times,
// where Graphviz's router would keep every line straight: the server parts them, so for these two layouts
// the actors may move.
func TestGrownViewsStayAndRouteLines(t *testing.T) {
	base := serve(t)
	ctx := desktop(t, 150*time.Second)
	labelsInAll, misplacedInAll, overlapsInAll := 0, 0, 0
	for _, layout := range []string{"", "dot", "neato", "fdp", "circo", "sfdp"} {
		name := layout
		if name == "" {
			name = "default"
		}
		before, after := growByKazakhstan(t, ctx, base+"/?focus="+tokayev+"&depth=1&layout="+layout)
		if len(after) <= len(before) {
			t.Errorf("%s: %d actors before, %d after: the view did not grow", name, len(before), len(after))
		}
		worst, who := 0.0, ""
		for id, p := range before {
			q, ok := after[id]
			if !ok {
				t.Errorf("%s: %s was drawn before and is not after", name, id)
				continue
			}
			if d := math.Hypot(q[0]-p[0], q[1]-p[1]); d > worst {
				worst, who = d, id
			}
		}
		crossings := get(t, ctx, chromedp.Evaluate[[]string](crossingsJS))
		labels := get(t, ctx, chromedp.Evaluate[struct {
			Labels    int         `json:"labels"`
			Misplaced []misplaced `json:"misplaced"`
			Farthest  float64     `json:"farthest"`
			Overlaps  []string    `json:"overlaps"`
			Leaders   int         `json:"leaders"`
		}](labelPlacement))
		t.Logf("%s: %d actors, then %d; the farthest moved %.2f px (%s); %d lines through actors; %d of %d line labels nearer another line, %d at a leader's end, the others each within %.1f of its own",
			name, len(before), len(after), worst, who, len(crossings), len(labels.Misplaced), labels.Labels, labels.Leaders, labels.Farthest)
		screenshot(t, ctx, "grown-"+name)
		// circo and sfdp draw actors on or next to each other; the page sends each shape's size with its
		// pin and the server parts the actors closer than Graphviz's line router needs (12 points), and those
		// tied by a line closer than its label needs, which moves them and their neighbours (by 30 px in
		// circo, 41 px in sfdp here) but lets every line go around the actors (5 and 16 went through them when
		// they stayed) and every label by its line.
		overlapping := layout == "circo" || layout == "sfdp"
		if worst > 3 && !overlapping {
			t.Errorf("%s: %s moved by %.1f px when the view grew; want at most 3", name, who, worst)
		}
		// The page pins the legend where it was too; the server moves it clear of the actors, or dot's first
		// drawing, 4 points from Xi Jinping, had 9 lines drawn straight through actors in the default and dot
		// layouts.
		for _, c := range crossings {
			t.Errorf("%s: line %s", name, c)
		}
		// The server places a label beside its line, touching it (1.5 points away) where that is clear of
		// the other lines, actors and labels, and up to 21.5 points away when nothing nearer is (24.1 px
		// measured in chromium), or at the end of a leader.
		if labels.Farthest > 25 {
			t.Errorf("%s: a line label is %.1f from its own line; want each within 25", name, labels.Farthest)
		}
		overlapsInAll += len(labels.Overlaps)
		for _, o := range labels.Overlaps {
			t.Logf("%s: line labels %s overlap", name, o)
		}
		labelsInAll, misplacedInAll = labelsInAll+labels.Labels, misplacedInAll+len(labels.Misplaced)
		for _, m := range labels.Misplaced {
			t.Logf("%s: label %q is %.1f from its line %s but %.1f from %s", name, m.Label, m.Own, m.Line, m.Distance, m.Other)
		}
	}
	// Labels with no place beside or across their line where it reads as theirs go at the end of a leader
	// (23 of the 164 were nearer another line before leaders, counting no ties; 4 and an overlap with them,
	// where sfdp drew Kazakhstan on Russia and the CSTO beside it). sfdp now parts its actors and a view grown
	// from sfdp or circo parts actors tied by a line by the room its label needs, and the third line between
	// two actors (fdp's protesters against the government) leaves them from the other side than the second,
	// not on it. None is left: any label misplaced (a tie counts) or overlapping fails.
	const maxMisplaced, maxOverlaps = 0, 0
	t.Logf("%d line labels in all, %d nearer another line, %d pairs overlapping", labelsInAll, misplacedInAll, overlapsInAll)
	if overlapsInAll > maxOverlaps {
		t.Errorf("%d pairs of line labels overlap; want at most %d", overlapsInAll, maxOverlaps)
	}
	if misplacedInAll > maxMisplaced {
		t.Errorf("%d of %d line labels are nearer another line than their own; want at most %d", misplacedInAll, labelsInAll, maxMisplaced)
	}
}

// TestStatusLeavesTheTitleReadable grows Tokayev's view by Kazakhstan, on a 1366x768 window and on a
// phone, with the page's requests held back for a second, so that the status line says "Drawing…" over the
// drawing on screen: it covers neither the drawing's title nor an actor nor the legend (at the top of the
// pane, status lines covered the title), and it is gone when the grown drawing is shown. The status lines
// after a merge, a rejection or an addition are checked in the editors' tests (checkStatusClear).
func TestStatusLeavesTheTitleReadable(t *testing.T) {
	base := serve(t)
	for _, screen := range []struct {
		name string
		size chromedp.Action[chromedp.Void]
	}{{"desktop", chromedp.EmulateViewport(1366, 768)}, {"phone", phone}} {
		ctx := browserFor(t, 60*time.Second)
		do(t, ctx, screen.size, chromedp.Navigate(base+"/?focus="+tokayev+"&depth=1"))
		waitDrawn(t, ctx, 0)
		n := drawn(t, ctx)
		do(t, ctx, chromedp.Evaluate[chromedp.Void](`(() => {
			const f = window.fetch;
			window.fetch = (...args) => new Promise((r) => setTimeout(r, 1000)).then(() => f(...args));
		})()`))
		do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.getElementById("n:state:kazakhstan").querySelector("a").dispatchEvent(
			new MouseEvent("click", { bubbles: true, cancelable: true, shiftKey: true }))`))
		do(t, ctx, chromedp.WaitVisible(`#status.loading`))
		checkStatusClear(t, ctx, screen.name+", growing")
		waitDrawn(t, ctx, n)
		if shown := get(t, ctx, chromedp.Evaluate[bool](`!document.querySelector("#status").hidden`)); shown {
			t.Errorf("%s: a status line stays after the growth: %q", screen.name, get(t, ctx, chromedp.Text(`#status`)))
		}
	}
}
