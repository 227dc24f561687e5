package render_test

import (
	"bytes"
	"context"
	"flag"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/paint"
	"github.com/actorgraph/actorgraph/render"
)

// requireTools makes a missing rsvg-convert or pdftoppm fail the comparisons with them instead of skipping
// them; the project's test script sets it after installing Debian's librsvg2-bin and poppler-utils. PNG and
// PDF themselves need neither: they are the yardsticks.
const requireTools = "ACTORGRAPH_REQUIRE_RSVG"

var compareImage = flag.String("compare-image", "", "write a side-by-side crop of the PNG and rsvg-convert's, at 150 DPI, to this file (the README's picture)")

var exportDir = flag.String("export-dir", "", "write the seed CSTO export (SVG, 150 DPI PNG, PDF) to this directory, to look at")

// needTool returns the path of a tool or skips the test.
func needTool(tb testing.TB, name, pkg string) string {
	tb.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv(requireTools) != "" {
			tb.Fatalf("%s is required (%s is set) but not installed: apt-get install %s", name, requireTools, pkg)
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
	s := newPNGService(t, render.ServiceConfig{})
	sg := seedSubgraph(t)
	info := readSVG(t, mustExport(t, s, sg, "svg", render.ExportOptions{}))
	for _, dpi := range []int{render.MinDPI, 96} {
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
		a, _ := s.PNG(context.Background(), sg, "", render.MinDPI)
		b, _ := s.PNG(context.Background(), sg, "", render.MinDPI)
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

// TestPNGNeedsNoProgram draws PNG and PDF with an empty PATH: nothing outside the binary is used.
func TestPNGNeedsNoProgram(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	s := newPNGService(t, render.ServiceConfig{})
	sg := seedSubgraph(t)
	for _, format := range []string{"png", "pdf"} {
		b := mustExport(t, s, sg, format, render.ExportOptions{})
		if format == "png" {
			decodePNG(t, b)
		} else if !bytes.HasPrefix(b, []byte("%PDF-")) {
			t.Errorf("the PDF starts %q", b[:min(len(b), 8)])
		}
	}
}

// differs is the share of pixels whose colour differs by more than 64 (of 255) in some channel: text set a
// fraction of a pixel apart, or a line missing.
func differs(tb testing.TB, a, b image.Image) float64 {
	tb.Helper()
	if a.Bounds().Size() != b.Bounds().Size() {
		tb.Fatalf("sizes differ: %v and %v", a.Bounds().Size(), b.Bounds().Size())
	}
	pa, pb := nrgba(a), nrgba(b)
	n := 0
	for i := 0; i < len(pa.Pix); i += 4 {
		if max(absDiff(pa.Pix[i], pb.Pix[i]), absDiff(pa.Pix[i+1], pb.Pix[i+1]), absDiff(pa.Pix[i+2], pb.Pix[i+2])) > 64 {
			n++
		}
	}
	return float64(n) / float64(len(pa.Pix)/4)
}

func nrgba(img image.Image) *image.NRGBA {
	out := image.NewNRGBA(image.Rect(0, 0, img.Bounds().Dx(), img.Bounds().Dy()))
	draw.Draw(out, out.Bounds(), img, img.Bounds().Min, draw.Src)
	return out
}

// writeComparison writes the same crop of the CSTO export drawn at 150 DPI by actorgraph (left) and by
// rsvg-convert (right), each under a caption that actorgraph paints.
func writeComparison(t *testing.T, path string, s *render.Service, sg graph.Subgraph, svg []byte, rsvg string) {
	ours := decodePNG(t, mustExport(t, s, sg, "png", render.ExportOptions{DPI: 150}))
	cmd := exec.Command(rsvg, "--format=png", "--dpi-x=150", "--dpi-y=150", "--background-color=white")
	cmd.Stdin = bytes.NewReader(svg)
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	theirs := decodePNG(t, out)
	// Around the focus, the CSTO, with its labels and lines of every stance.
	cx, cy := ours.Bounds().Dx()*59/100, ours.Bounds().Dy()*47/100
	crop := image.Rect(cx-420, cy-300, cx+420, cy+300)
	const caption, gap = 40, 12
	dst := image.NewRGBA(image.Rect(0, 0, 2*crop.Dx()+gap, crop.Dy()+caption))
	draw.Draw(dst, dst.Bounds(), image.NewUniform(color.Gray{0x99}), image.Point{}, draw.Src)
	for i, img := range []image.Image{ours, theirs} {
		x := i * (crop.Dx() + gap)
		label := []string{"actorgraph export --format png (Go, embedded fonts)", "rsvg-convert (librsvg, cairo, the system's fonts)"}[i]
		labelSVG := `<svg width="` + strconv.Itoa(crop.Dx()) + `px" height="` + strconv.Itoa(caption) + `px" xmlns="http://www.w3.org/2000/svg"><text x="12" y="27" font-size="15pt" font-weight="bold">` + label + `</text></svg>`
		lab := paintSVG(t, labelSVG)
		draw.Draw(dst, image.Rect(x, 0, x+crop.Dx(), caption), lab, image.Point{}, draw.Src)
		draw.Draw(dst, image.Rect(x, caption, x+crop.Dx(), caption+crop.Dy()), img, crop.Min, draw.Src)
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, dst); err != nil {
		t.Fatal(err)
	}
}

func absDiff(a, b uint8) int {
	if a > b {
		return int(a - b)
	}
	return int(b - a)
}

// TestPNGLooksLikeRSVG compares the PNG with what rsvg-convert, which made the PNGs before, draws from the
// same SVG: the same size, and all but a few pixels (antialiasing, a glyph set a fraction of a pixel apart)
// the same.
func TestPNGLooksLikeRSVG(t *testing.T) {
	rsvg := needTool(t, "rsvg-convert", "librsvg2-bin")
	s := newPNGService(t, render.ServiceConfig{})
	sg := seedCSTO(t)
	svg := mustExport(t, s, sg, "svg", render.ExportOptions{})
	ours := decodePNG(t, mustExport(t, s, sg, "png", render.ExportOptions{DPI: 96}))
	cmd := exec.Command(rsvg, "--format=png", "--dpi-x=96", "--dpi-y=96", "--background-color=white")
	cmd.Stdin = bytes.NewReader(svg)
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	theirs := decodePNG(t, out)
	d := differs(t, ours, theirs)
	if *compareImage != "" {
		writeComparison(t, *compareImage, s, sg, svg, rsvg)
	}
	t.Logf("%.2f%% of the pixels differ from rsvg-convert's", 100*d)
	if d > 0.01 {
		t.Errorf("%.2f%% of the pixels differ from rsvg-convert's; want under 1%%", 100*d)
	}
}

var mediaBoxRe = regexp.MustCompile(`/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]`)

func TestPDF(t *testing.T) {
	s := newPNGService(t, render.ServiceConfig{})
	sg := seedCSTO(t)
	info := readSVG(t, mustExport(t, s, sg, "svg", render.ExportOptions{}))
	b := mustExport(t, s, sg, "pdf", render.ExportOptions{})
	t.Run("a PDF of the drawing's size in points, with its fonts embedded", func(t *testing.T) {
		if !bytes.HasPrefix(b, []byte("%PDF-1.")) || !bytes.HasSuffix(bytes.TrimSpace(b), []byte("%%EOF")) {
			t.Fatalf("not a PDF: starts %q", b[:min(len(b), 10)])
		}
		m := mediaBoxRe.FindSubmatch(b)
		if m == nil {
			t.Fatal("no MediaBox")
		}
		w, _ := strconv.ParseFloat(string(m[1]), 64)
		h, _ := strconv.ParseFloat(string(m[2]), 64)
		if math.Abs(w-info.widthPt) > 1 || math.Abs(h-info.heightPt) > 1 {
			t.Errorf("page %v×%v pt, want the SVG's %v×%v", w, h, info.widthPt, info.heightPt)
		}
		if n := bytes.Count(b, []byte("/FontFile2")); n < 2 {
			t.Errorf("%d embedded fonts, want the regular and the bold", n)
		}
		if !bytes.Contains(b, []byte("/CreationDate (D:20220107000000)")) {
			t.Error("the creation date is not the newest source's date")
		}
	})
	t.Run("the same view gives the same bytes", func(t *testing.T) {
		again, err := s.PDF(context.Background(), sg, "")
		if err != nil || !bytes.Equal(b, again) {
			t.Errorf("two PDFs of the same view differ (%v)", err)
		}
	})
	t.Run("its text reads as the drawing's, footer included", func(t *testing.T) {
		pdftotext := needTool(t, "pdftotext", "poppler-utils")
		cmd := exec.Command(pdftotext, "-", "-")
		cmd.Stdin = bytes.NewReader(b)
		out, err := cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(strings.Fields(string(out)), " ")
		for _, want := range []string{"Collective Security", "Kassym-Jomart Tokayev", "Sources: At least 26 protesters dead in Kazakhstan", "Relationships"} {
			if !strings.Contains(text, want) {
				t.Errorf("the PDF's text lacks %q", want)
			}
		}
	})
	t.Run("drawn by a PDF reader it looks like the PNG", func(t *testing.T) {
		pdftoppm := needTool(t, "pdftoppm", "poppler-utils")
		cmd := exec.Command(pdftoppm, "-r", "96", "-png", "-singlefile")
		cmd.Stdin = bytes.NewReader(b)
		out, err := cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		page := decodePNG(t, out)
		ours := decodePNG(t, mustExport(t, s, sg, "png", render.ExportOptions{DPI: 96}))
		if d := differs(t, ours, page); d > 0.01 {
			t.Errorf("%.2f%% of the pixels differ between the PNG and the PDF drawn by pdftoppm", 100*d)
		} else {
			t.Logf("%.2f%% of the pixels differ between the PNG and the PDF drawn by pdftoppm", 100*d)
		}
	})
}

func TestPaintStopsWhenCancelled(t *testing.T) {
	s, _ := newTestService(t, 0)
	sg := seedSubgraph(t)
	mustExport(t, s, sg, "svg", render.ExportOptions{}) // the SVG is cached: the painting meets the cancel
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, format := range []string{"png", "pdf"} {
		_, err := s.Export(ctx, sg, format, render.ExportOptions{})
		wantCode(t, err, graph.EUNAVAILABLE)
	}
}

// TestExportSeedCSTO exports what the done-when asks for: the CSTO's neighbourhood at depth 2 of the
// seed data, as SVG twice (identical) and as PNG at 150 DPI. With -export-dir it writes both for a person
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
	pngBytes := mustExport(t, s, sg, "png", render.ExportOptions{DPI: 150})
	img := decodePNG(t, pngBytes)
	if w := float64(img.Bounds().Dx()); math.Abs(w-info.widthPt/72*150) > 1.5 {
		t.Errorf("PNG is %v pixels wide, want %v", w, info.widthPt/72*150)
	}
	if *exportDir != "" {
		if err := os.WriteFile(filepath.Join(*exportDir, "export-csto.png"), pngBytes, 0o644); err != nil {
			t.Fatal(err)
		}
		pdf := mustExport(t, s, sg, "pdf", render.ExportOptions{})
		if err := os.WriteFile(filepath.Join(*exportDir, "export-csto.pdf"), pdf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func paintSVG(tb testing.TB, svg string) image.Image {
	tb.Helper()
	p, err := paint.Parse([]byte(svg))
	if err != nil {
		tb.Fatal(err)
	}
	img, err := paint.Raster(context.Background(), p, 96)
	if err != nil {
		tb.Fatal(err)
	}
	return img
}

// TestPaintedLeadersAndGrounds exports seed views that render draws with labels at leaders or across their
// lines (on a ground of the background's colour) and paints them as the PNG and PDF exports do: without the
// leaders (with their dots) or without the labels' grounds the painting differs, so the painter draws both
// as the SVG does.
func TestPaintedLeadersAndGrounds(t *testing.T) {
	src := seedGraph(t)
	s, _ := newTestService(t, -1)
	leaders := regexp.MustCompile(`<(path|circle) class="leader"[^>]*/>`)
	grounds := regexp.MustCompile(`<rect class="label-ground"[^>]*/>`)
	found := map[string]bool{}
	for _, focus := range []string{tokayevID, cstoID, russiaID} {
		sg, err := graph.Expand(graph.NeighborhoodQuery{Focus: []string{focus}, Depth: 1}, src)
		if err != nil {
			t.Fatal(err)
		}
		for _, layout := range []string{"neato", "circo", "dot"} {
			svg := string(mustExport(t, s, sg, "svg", render.ExportOptions{Layout: layout}))
			for what, re := range map[string]*regexp.Regexp{"leaders": leaders, "grounds": grounds} {
				if found[what] || !re.MatchString(svg) {
					continue
				}
				found[what] = true
				if differs(t, paintSVG(t, svg), paintSVG(t, re.ReplaceAllString(svg, ""))) == 0 {
					t.Errorf("%s %s: the painting is the same without the labels' %s", layout, focus, what)
				}
			}
		}
	}
	if !found["leaders"] || !found["grounds"] {
		t.Errorf("found leaders: %v, labels' grounds: %v in the exports; want both", found["leaders"], found["grounds"])
	}
}
