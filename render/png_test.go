package render_test

import (
	"bytes"
	"context"
	"flag"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

// requireRSVG makes a missing rsvg-convert fail the PNG tests instead of skipping them; the project's test
// script sets it after installing Debian's librsvg2-bin.
const requireRSVG = "ACTORGRAPH_REQUIRE_RSVG"

var exportDir = flag.String("export-dir", "", "write the seed CSTO export (SVG and 150 DPI PNG) to this directory, to look at")

// needTool returns the path of a PNG tool or skips the test.
func needTool(tb testing.TB, name, pkg, requireEnv string) string {
	tb.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if requireEnv != "" && os.Getenv(requireEnv) != "" {
			tb.Fatalf("%s is required (%s is set) but not installed: apt-get install %s", name, requireEnv, pkg)
		}
		tb.Skipf("%s not installed (Debian %s)", name, pkg)
	}
	return p
}

func newPNGService(tb testing.TB, cfg render.ServiceConfig) *render.Service {
	tb.Helper()
	if cfg.Pool == nil {
		cfg.Pool = newTestPool(tb, render.PoolConfig{Workers: 1})
	}
	if cfg.CacheBytes == 0 {
		cfg.CacheBytes = -1
	}
	return render.NewService(cfg)
}

func decodePNG(tb testing.TB, b []byte) image.Image {
	tb.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		tb.Fatalf("not a PNG: %v", err)
	}
	return img
}

// inked is the share of pixels in the rectangle that are not near white, and how many distinct colours
// (coarsely) they have.
func inked(img image.Image, r image.Rectangle) (share float64, colours int) {
	r = r.Intersect(img.Bounds())
	seen := map[[3]uint32]bool{}
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y += 2 {
		for x := r.Min.X; x < r.Max.X; x += 2 {
			c := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
			if c.R < 230 || c.G < 230 || c.B < 230 {
				n++
				seen[[3]uint32{uint32(c.R) >> 5, uint32(c.G) >> 5, uint32(c.B) >> 5}] = true
			}
		}
	}
	total := (r.Dx() + 1) / 2 * ((r.Dy() + 1) / 2)
	if total == 0 {
		return 0, 0
	}
	return float64(n) / float64(total), len(seen)
}

func TestPNG(t *testing.T) {
	needTool(t, "rsvg-convert", "librsvg2-bin", requireRSVG)
	s := newPNGService(t, render.ServiceConfig{})
	sg := seedSubgraph(t)
	if tool, err := s.PNGTool(); err != nil || tool != "rsvg-convert" {
		t.Fatalf("PNGTool = %q, %v", tool, err)
	}
	info := readSVG(t, mustExport(t, s, sg, "svg", render.ExportOptions{}))
	for _, dpi := range []int{render.MinDPI, render.DefaultDPI, 300} {
		t.Run("at "+strconv.Itoa(dpi)+" DPI the size follows the SVG and the picture is drawn", func(t *testing.T) {
			b, err := s.PNG(context.Background(), sg, "", dpi)
			if err != nil {
				t.Fatal(err)
			}
			img := decodePNG(t, b)
			w, h := img.Bounds().Dx(), img.Bounds().Dy()
			wantW, wantH := info.widthPt/72*float64(dpi), info.heightPt/72*float64(dpi)
			if math.Abs(float64(w)-wantW) > 1.5 || math.Abs(float64(h)-wantH) > 1.5 {
				t.Errorf("%d×%d pixels, want about %.0f×%.0f", w, h, wantW, wantH)
			}
			if share, colours := inked(img, img.Bounds()); share < 0.02 || colours < 6 {
				t.Errorf("looks blank: %.3f inked, %d colours", share, colours)
			}
			// The footer is in the last strip: it must be drawn, not only the space for it.
			foot := image.Rect(0, h-int(45*float64(dpi)/72), w/2, h)
			if share, _ := inked(img, foot); share < 0.005 {
				t.Errorf("the footer strip is blank (%.4f inked)", share)
			}
		})
	}
	t.Run("the same view gives the same bytes", func(t *testing.T) {
		a, _ := s.PNG(context.Background(), sg, "", 100)
		b, _ := s.PNG(context.Background(), sg, "", 100)
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Error("two PNGs of the same view differ")
		}
	})
	t.Run("Render png is the report PNG at the default DPI", func(t *testing.T) {
		a := mustRender(t, s, sg, "", "png")
		b, _ := s.PNG(context.Background(), sg, "", render.DefaultDPI)
		if !bytes.Equal(a, b) {
			t.Error("Render(png) differs from PNG at the default DPI")
		}
	})
	t.Run("a picture over the pixel limit is too large and names a DPI that fits", func(t *testing.T) {
		_, err := s.PNG(context.Background(), seedCSTO(t), "", render.MaxDPI)
		wantCode(t, err, graph.ETOOLARGE)
		if !strings.Contains(graph.ErrorMessage(err), "DPI or less") {
			t.Errorf("message %q", graph.ErrorMessage(err))
		}
	})
}

func TestPNGWithNativeDot(t *testing.T) {
	needTool(t, "dot", "graphviz", "")
	s := newPNGService(t, render.ServiceConfig{RSVGConvert: render.ToolOff})
	if tool, err := s.PNGTool(); err != nil || tool != "dot" {
		t.Fatalf("PNGTool = %q, %v", tool, err)
	}
	b, err := s.PNG(context.Background(), seedSubgraph(t), "", 96)
	if err != nil {
		t.Fatal(err)
	}
	img := decodePNG(t, b)
	if share, colours := inked(img, img.Bounds()); share < 0.02 || colours < 6 || img.Bounds().Dx() < 500 {
		t.Errorf("%v: %.3f inked, %d colours", img.Bounds(), share, colours)
	}
}

func TestPNGUnavailable(t *testing.T) {
	s := newPNGService(t, render.ServiceConfig{RSVGConvert: render.ToolOff, Dot: render.ToolOff})
	_, err := s.PNG(context.Background(), seedSubgraph(t), "", 0)
	wantCode(t, err, graph.EUNAVAILABLE)
	for _, pkg := range []string{"librsvg2-bin", "graphviz"} {
		if !strings.Contains(graph.ErrorMessage(err), pkg) {
			t.Errorf("message %q does not name %s", graph.ErrorMessage(err), pkg)
		}
	}
	if _, err := s.PNGTool(); graph.ErrorCode(err) != graph.EUNAVAILABLE {
		t.Errorf("PNGTool: %v", err)
	}
}

func TestPNGToolKilledOnTimeout(t *testing.T) {
	sleeper := filepath.Join(t.TempDir(), "rsvg-convert")
	if err := os.WriteFile(sleeper, []byte("#!/bin/sh\nexec sleep 30\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	pool := newTestPool(t, render.PoolConfig{Workers: 1, Timeout: 2 * time.Second})
	s := newPNGService(t, render.ServiceConfig{Pool: pool, RSVGConvert: sleeper})
	sg := seedSubgraph(t)
	mustExport(t, s, sg, "svg", render.ExportOptions{}) // start the worker, so the time is the tool's
	start := time.Now()
	_, err := s.PNG(context.Background(), sg, "", 0)
	wantCode(t, err, graph.ETIMEOUT)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %s: the tool was not killed at the timeout", d)
	}
}

func TestPNGToolFailure(t *testing.T) {
	liar := filepath.Join(t.TempDir(), "rsvg-convert")
	if err := os.WriteFile(liar, []byte("#!/bin/sh\ncat >/dev/null\necho not a png\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	s := newPNGService(t, render.ServiceConfig{RSVGConvert: liar})
	_, err := s.PNG(context.Background(), seedSubgraph(t), "", 0)
	wantCode(t, err, graph.EINTERNAL)
}

// TestExportSeedCSTO checks the export of the CSTO's neighbourhood at depth 2 of the seed data: as SVG twice
// (identical bytes) and as PNG at 150 DPI. With -export-dir it writes both for a person
// to look at.
func TestExportSeedCSTO(t *testing.T) {
	sg := seedCSTO(t)
	s, _ := newTestService(t, -1)
	svg := mustExport(t, s, sg, "svg", render.ExportOptions{})
	if again := mustExport(t, s, sg, "svg", render.ExportOptions{}); !bytes.Equal(svg, again) {
		t.Error("two SVG exports differ")
	}
	info := readSVG(t, svg)
	if len(info.footer) == 0 || !strings.Contains(info.footer[0], "At least 26 protesters dead in Kazakhstan") {
		t.Errorf("footer %q", info.footer)
	}
	if *exportDir != "" {
		if err := os.WriteFile(filepath.Join(*exportDir, "export-csto.svg"), svg, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	needTool(t, "rsvg-convert", "librsvg2-bin", requireRSVG)
	pngBytes := mustExport(t, s, sg, "png", render.ExportOptions{DPI: 150})
	img := decodePNG(t, pngBytes)
	if w := float64(img.Bounds().Dx()); math.Abs(w-info.widthPt/72*150) > 1.5 {
		t.Errorf("PNG is %v pixels wide, want %v", w, info.widthPt/72*150)
	}
	if *exportDir != "" {
		if err := os.WriteFile(filepath.Join(*exportDir, "export-csto.png"), pngBytes, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
