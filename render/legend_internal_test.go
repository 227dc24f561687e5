package render

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"testing"
)

// legendPolygon is the box of the legend's table in an SVG: the first polygon in its link.
var legendPolygon = regexp.MustCompile(`id="legend"[^>]*>\s*<title>legend</title>\s*<g[^>]*><a[^>]*>\s*<polygon[^>]* points="([^"]*)"`)

// TestLegendSize draws the legend alone with every combination of its optional rows (faint lines, claims,
// each subset of the marks) and checks legendSize against the table Graphviz draws: never smaller, since
// a pinned drawing keeps the legend clear of the actors by it, and at most 2 points larger.
func TestLegendSize(t *testing.T) {
	p := NewPool(PoolConfig{})
	defer p.Close()
	for ev := range 4 {
		for m := range 1 << len(marks) {
			used := map[Mark]bool{}
			for i, mk := range marks {
				if m&(1<<i) != 0 {
					used[mk] = true
				}
			}
			faint, claimed := ev&1 != 0, ev&2 != 0
			label := legendLabel(evidenceLegend(faint, claimed) + markLegend(used))
			dot := fmt.Sprintf("digraph { legend [id=\"legend\", fontname=%q, shape=\"plain\", style=\"\", tooltip=\"Legend\", label=%s]; }", fontName, label)
			svg, err := p.SVG(context.Background(), []byte(dot), "neato")
			if err != nil {
				t.Fatal(err)
			}
			sub := legendPolygon.FindSubmatch(svg)
			if sub == nil {
				t.Fatalf("no legend table in\n%s", svg)
			}
			x0, y0, x1, y1 := 1e9, 1e9, -1e9, -1e9
			for i, f := range regexp.MustCompile(`[-\d.]+`).FindAll(sub[1], -1) {
				v, err := strconv.ParseFloat(string(f), 64)
				if err != nil {
					t.Fatal(err)
				}
				if i%2 == 0 {
					x0, x1 = min(x0, v), max(x1, v)
				} else {
					y0, y1 = min(y0, v), max(y1, v)
				}
			}
			w, h := x1-x0, y1-y0
			got := legendSize(faint, claimed, used)
			if got.w < w || got.h < h || got.w > w+2 || got.h > h+2 {
				t.Errorf("faint %v, claims %v, marks %v: legendSize %.0f×%.0f, Graphviz drew %.1f×%.1f", faint, claimed, used, got.w, got.h, w, h)
			}
		}
	}
}
