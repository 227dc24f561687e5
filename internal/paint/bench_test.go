package paint_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"testing"

	"github.com/actorgraph/actorgraph/internal/paint"
)

// The seed CSTO drawing (31 actors, 46 relationships, 2035×905 pt), as the report export writes it.
func cstoPicture(tb testing.TB) *paint.Picture {
	tb.Helper()
	b, err := os.ReadFile("testdata/csto.svg")
	if err != nil {
		tb.Fatal(err)
	}
	p, err := paint.Parse(b)
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

func BenchmarkParse(b *testing.B) {
	svg, _ := os.ReadFile("testdata/csto.svg")
	for b.Loop() {
		if _, err := paint.Parse(svg); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRaster150(b *testing.B) {
	p := cstoPicture(b)
	for b.Loop() {
		if _, err := paint.Raster(context.Background(), p, 150); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPNG150(b *testing.B) {
	p := cstoPicture(b)
	for b.Loop() {
		if _, err := paint.PNG(context.Background(), p, 150); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPDF(b *testing.B) {
	p := cstoPicture(b)
	for b.Loop() {
		if _, err := paint.PDF(context.Background(), p, paint.PDFInfo{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRSVGConvert is the yardstick: rsvg-convert, which made the PNGs before, on the same SVG at 150
// DPI, process start included (as it was run, once per PNG).
func BenchmarkRSVGConvert150(b *testing.B) {
	rsvg, err := exec.LookPath("rsvg-convert")
	if err != nil {
		b.Skip("rsvg-convert not installed (Debian librsvg2-bin)")
	}
	svg, _ := os.ReadFile("testdata/csto.svg")
	for b.Loop() {
		cmd := exec.Command(rsvg, "--format=png", "--dpi-x=150", "--dpi-y=150", "--background-color=white")
		cmd.Stdin = bytes.NewReader(svg)
		if _, err := cmd.Output(); err != nil {
			b.Fatal(err)
		}
	}
}
