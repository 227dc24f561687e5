package e2e_test

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// labelPlacement finds, in the drawing on screen, each line label whose box is not nearer its own line than
// every other line: the distance from the box to a line is the least over points 1 unit apart along the
// line's path (in the drawing's units), 0 inside the box; the farthest any label is from its own line; and
// the pairs of labels of different lines whose boxes overlap.
const labelPlacement = `(() => {
	const edges = [...document.querySelectorAll("#graph g.edge[id^='e:']")];
	const paths = edges.map(g => {
		const pts = [];
		for (const p of g.querySelectorAll("path")) {
			const n = p.getTotalLength();
			for (let l = 0; l <= n; l += 1) { const q = p.getPointAtLength(l); pts.push([q.x, q.y]); }
		}
		return pts;
	});
	const dist = (b, pts) => Math.min(...pts.map(([x, y]) => Math.hypot(Math.max(b.x - x, 0, x - b.x - b.width), Math.max(b.y - y, 0, y - b.y - b.height))));
	const out = {labels: 0, misplaced: [], farthest: 0, overlaps: []};
	const boxes = [];
	edges.forEach((g, i) => {
		for (const t of g.querySelectorAll("text")) {
			if (!t.textContent.trim()) continue;
			out.labels++;
			const b = t.getBBox();
			for (const o of boxes) {
				if (o.i !== i && b.x < o.b.x + o.b.width && o.b.x < b.x + b.width && b.y < o.b.y + o.b.height && o.b.y < b.y + b.height) {
					out.overlaps.push(o.label + " / " + t.textContent.trim());
				}
			}
			boxes.push({i: i, b: b, label: t.textContent.trim()});
			const own = dist(b, paths[i]);
			out.farthest = Math.max(out.farthest, own);
			let nearest = -1, best = own;
			paths.forEach((pts, j) => { if (j !== i && pts.length) { const d = dist(b, pts); if (d < best) { best = d; nearest = j; } } });
			if (nearest >= 0) out.misplaced.push({label: t.textContent.trim(), line: g.id, own: own, other: edges[nearest].id, distance: best});
		}
	});
	return out;
})()`

type misplaced struct {
	Label    string  `json:"label"`
	Line     string  `json:"line"`
	Own      float64 `json:"own"`
	Other    string  `json:"other"`
	Distance float64 `json:"distance"`
}

// TestLabelsByTheirLines opens the seed's views and fails for every line label nearer another line than
// its own, naming both.
func TestLabelsByTheirLines(t *testing.T) {
	base := serve(t)
	ctx := desktop(t, 90*time.Second)
	for _, path := range []string{"/?focus=" + tokayev, "/?focus=" + csto, "/?view=blocs", "/?view=alliances&focus=state:russia"} {
		do(t, ctx, chromedp.Navigate(base+path))
		waitDrawn(t, ctx, 0)
		r := get(t, ctx, chromedp.Evaluate[struct {
			Labels    int         `json:"labels"`
			Misplaced []misplaced `json:"misplaced"`
		}](labelPlacement))
		t.Logf("%s: %d line labels, %d nearer another line", path, r.Labels, len(r.Misplaced))
		if r.Labels == 0 {
			t.Errorf("%s: no line label drawn", path)
		}
		for _, m := range r.Misplaced {
			t.Errorf("%s: label %q is %.1f from its line %s but %.1f from %s", path, m.Label, m.Own, m.Line, m.Distance, m.Other)
		}
	}
}
