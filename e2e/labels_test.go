package e2e_test

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// labelPlacement finds, in the drawing on screen, each line label whose box is not nearer its own line than
// every other line (a tie counts as misplaced): the distance from the box to a line is the least over points
// 1 unit apart along the line's path (in the drawing's units), 0 inside the box. A label at the end of a
// leader (render's path.leader, not part of the line) is its line's when the leader starts on its line
// (within 1 unit) where no other line passes (within 1), ends at the box (within 1), and no other line
// touches the box. It returns those, the farthest any label not at a leader's end is from its own line,
// the number of leaders, and the pairs of labels of different lines whose boxes overlap.
const labelPlacement = `(() => {
	const edges = [...document.querySelectorAll("#graph g.edge[id^='e:']")];
	const along = (p, step) => { const pts = [], n = p.getTotalLength(); for (let l = 0; l <= n; l += step) { const q = p.getPointAtLength(l); pts.push([q.x, q.y]); } return pts; };
	const paths = edges.map(g => [...g.querySelectorAll("path:not(.leader)")].flatMap(p => along(p, 1)));
	const leaders = edges.map(g => { const p = g.querySelector("path.leader"); if (!p) return null; const a = p.getPointAtLength(0), b = p.getPointAtLength(p.getTotalLength()); return [[a.x, a.y], [b.x, b.y]]; });
	const dist = (b, pts) => Math.min(...pts.map(([x, y]) => Math.hypot(Math.max(b.x - x, 0, x - b.x - b.width), Math.max(b.y - y, 0, y - b.y - b.height))));
	const out = {labels: 0, misplaced: [], farthest: 0, overlaps: [], leaders: 0};
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
			const label = t.textContent.trim();
			let own = dist(b, paths[i]);
			const ld = leaders[i];
			if (ld) {
				out.leaders++;
				const start = {x: ld[0][0], y: ld[0][1], width: 0, height: 0};
				const length = Math.hypot(ld[1][0] - ld[0][0], ld[1][1] - ld[0][1]);
				if (dist(start, paths[i]) > 1 || dist(b, [ld[1]]) > 1) {
					out.misplaced.push({label: label, line: g.id, own: length, other: g.id + " (its leader is not from its line to it)", distance: own});
					continue;
				}
				const crowded = paths.findIndex((pts, j) => j !== i && pts.length && dist(start, pts) <= 1);
				if (crowded >= 0) {
					out.misplaced.push({label: label, line: g.id, own: 0, other: edges[crowded].id + " (where its leader starts)", distance: 0});
					continue;
				}
				own = 0;
			} else {
				out.farthest = Math.max(out.farthest, own);
			}
			let nearest = -1, best = Infinity;
			paths.forEach((pts, j) => { if (j !== i && pts.length) { const d = dist(b, pts); if (d < best) { best = d; nearest = j; } } });
			if (nearest >= 0 && best <= own) out.misplaced.push({label: label, line: g.id, own: own, other: edges[nearest].id, distance: best, tie: best === own});
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
	// Tie is a label as near another line as its own (across both, say), which reads as either's.
	Tie bool `json:"tie"`
}

// TestLabelsByTheirLines opens the seed's views (Tokayev's and the CSTO's neighbourhoods, the blocs grown by
// Kazakhstan's "+N more" (at first fit they draw one actor a side, and no line), the
// allies and opponents of Russia, Tokayev, the CSTO, Kazakhstan and China) and fails for every line label
// nearer another line than its own or as near (a tie reads as either's), naming both, and for any pair of
// labels that overlap. These views are drawn afresh by dot, which places its own labels in the
// neighbourhoods; in the views with boxes render places them. Before, dot drew Russia's "supports" to the
// pro-Russian separatists and their support back on one path ("support" on "supports"), and the labels of
// Tokayev's three lines to his allies' and opponents' boxes in one spot (render's
// TestLinesBothWaysDrawnApart).
func TestLabelsByTheirLines(t *testing.T) {
	base := serve(t)
	ctx := desktop(t, 90*time.Second)
	for _, path := range []string{"/?focus=" + tokayev, "/?focus=" + csto, "/?view=blocs&more=state:kazakhstan", "/?view=alliances&focus=state:russia", "/?view=alliances&focus=" + tokayev, "/?view=alliances&focus=" + csto, "/?view=alliances&focus=state:kazakhstan", "/?view=alliances&focus=state:china"} {
		do(t, ctx, chromedp.Navigate(base+path))
		waitDrawn(t, ctx, 0)
		r := get(t, ctx, chromedp.Evaluate[struct {
			Labels    int         `json:"labels"`
			Misplaced []misplaced `json:"misplaced"`
			Overlaps  []string    `json:"overlaps"`
			Leaders   int         `json:"leaders"`
		}](labelPlacement))
		t.Logf("%s: %d line labels (%d at a leader's end), %d nearer another line or as near, %d pairs overlapping", path, r.Labels, r.Leaders, len(r.Misplaced), len(r.Overlaps))
		if r.Labels == 0 {
			t.Errorf("%s: no line label drawn", path)
		}
		for _, m := range r.Misplaced {
			t.Errorf("%s: label %q is %.1f from its line %s and %.1f from %s", path, m.Label, m.Own, m.Line, m.Distance, m.Other)
		}
		for _, o := range r.Overlaps {
			t.Errorf("%s: line labels %s overlap", path, o)
		}
	}
}
