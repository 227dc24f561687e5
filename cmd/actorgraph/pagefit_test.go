package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// svgSizeRe reads the size in points and the viewBox of the <svg> tag a report export starts with.
var svgSizeRe = regexp.MustCompile(`<svg width="([0-9.]+)pt" height="([0-9.]+)pt"\s+viewBox="[-0-9.]+ [-0-9.]+ ([0-9.]+) [0-9.]+"`)

// TestExportsFitAPage exports the seed's CSTO, Tokayev and Blocs views as a user does and fits each drawing
// to the printable area of a landscape A4 or Letter page, 10 × 7 inches, as a report would: the actors'
// 11-point labels must come out at least minPt points there. Drawn top to bottom only, as before, they were
// 3.2 (CSTO, 2,514 × 921 points), 4.4 (Tokayev) and 4.1 (Blocs); the exports now keep the better of top to
// bottom and left to right.
func TestExportsFitAPage(t *testing.T) {
	env := seededEnv(t)
	dir := t.TempDir()
	tests := []struct {
		name  string
		args  []string
		minPt float64
	}{
		{"CSTO", []string{"export", "--focus", "CSTO", "--depth", "2"}, 3.9},
		{"Tokayev", []string{"export", "--focus", "Tokayev", "--depth", "2"}, 4.3},
		{"Blocs", []string{"blocs"}, 4.4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(dir, tt.name+".svg")
			if _, stderr, err := runCmd(t, t.Context(), env, append(tt.args, "--format", "svg", "-o", out)...); err != nil {
				t.Fatalf("%v\n%s", err, stderr)
			}
			svg, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			m := svgSizeRe.FindSubmatch(svg)
			if m == nil {
				t.Fatalf("no size in %.300s", svg)
			}
			var f [3]float64
			for i := range f {
				f[i], _ = strconv.ParseFloat(string(m[i+1]), 64)
			}
			w, h, units := f[0], f[1], f[2]
			pt := 11 * w / units * min(720/w, 504/h) // Graphviz sizes the labels in viewBox units
			t.Logf("%s: %.0f × %.0f points, labels at %.2f points on a 10 × 7 inch page", tt.name, w, h, pt)
			if pt < tt.minPt {
				t.Errorf("%s export is %.0f × %.0f points: fitted to a 10 × 7 inch page its labels are %.2f points, want %.1f or more",
					tt.name, w, h, pt, tt.minPt)
			}
		})
	}
}
