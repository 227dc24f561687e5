package paint_test

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/paint"
)

func mustParse(tb testing.TB, svg string) *paint.Picture {
	tb.Helper()
	p, err := paint.Parse([]byte(svg))
	if err != nil {
		tb.Fatalf("Parse: %v", err)
	}
	return p
}

func at(img *image.RGBA, x, y int) color.RGBA { return img.RGBAAt(x, y) }

// dark says a pixel is mostly ink.
func dark(c color.RGBA) bool { return int(c.R)+int(c.G)+int(c.B) < 200 }

func TestParseSize(t *testing.T) {
	tests := []struct {
		name, svg string
		w, h      float64
	}{
		{"points", `<svg width="200pt" height="100pt" viewBox="0 0 200 100" xmlns="http://www.w3.org/2000/svg"/>`, 200, 100},
		{"pixels are three quarters of a point", `<svg width="200px" height="100px" xmlns="http://www.w3.org/2000/svg"/>`, 150, 75},
		{"no size takes the viewBox", `<svg viewBox="0 0 30 40" xmlns="http://www.w3.org/2000/svg"/>`, 30, 40},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustParse(t, tt.svg)
			if p.Width != tt.w || p.Height != tt.h {
				t.Errorf("size %v×%v, want %v×%v", p.Width, p.Height, tt.w, tt.h)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, svg, want string }{
		{"not XML", `<svg width="10" height="10"`, "reading the SVG"},
		{"not SVG", `<html/>`, "not <svg>"},
		{"no size", `<svg xmlns="http://www.w3.org/2000/svg"/>`, "has no size"},
		{"a huge page", `<svg width="9999999pt" height="10pt"/>`, "over"},
		{"an arc", `<svg width="10" height="10"><path d="M0,0 A5,5 0 0 1 10,10" stroke="black"/></svg>`, `command 'A'`},
		{"a path without a move", `<svg width="10" height="10"><path d="L5,5" stroke="black"/></svg>`, "does not start with a move"},
		{"a bad transform", `<svg width="10" height="10"><g transform="skew(3)"/></svg>`, "unknown transform"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := paint.Parse([]byte(tt.svg))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// TestRasterPlacesWhatTheSVGSays paints shapes and text at known places, through a Graphviz-like transform,
// and looks at the pixels.
func TestRasterPlacesWhatTheSVGSays(t *testing.T) {
	p := mustParse(t, `<svg width="200pt" height="100pt" viewBox="0.00 0.00 200.00 100.00" xmlns="http://www.w3.org/2000/svg">
<g transform="scale(1 1) rotate(0) translate(0 100)">
<title>ignored</title>
<polygon fill="#ff0000" stroke="none" points="10,-90 50,-90 50,-50 10,-50 10,-90"/>
<ellipse fill="none" stroke="#0000ff" stroke-width="2" cx="150" cy="-50" rx="30" ry="20"/>
<path fill="none" stroke="black" stroke-dasharray="5,2" d="M10,-20C40,-20 60,-20 90,-20"/>
<text text-anchor="middle" x="100" y="-5" font-family="Helvetica" font-size="14.00" fill="#000000">Hello <tspan font-weight="bold">world</tspan></text>
</g></svg>`)
	img, err := paint.Raster(context.Background(), p, 144) // 2 pixels a point
	if err != nil {
		t.Fatal(err)
	}
	if got := img.Bounds().Size(); got != image.Pt(400, 200) {
		t.Fatalf("size %v, want 400×200", got)
	}
	if c := at(img, 60, 60); c != (color.RGBA{255, 0, 0, 255}) {
		t.Errorf("inside the red square: %v", c)
	}
	if c := at(img, 300, 100); c != (color.RGBA{255, 255, 255, 255}) {
		t.Errorf("inside the unfilled ellipse: %v", c)
	}
	if c := at(img, 360, 100); c.B < 200 || c.R > 100 {
		t.Errorf("on the ellipse's right edge: %v, want blue", c)
	}
	// The dashed line: ink where a dash is, paper in the first gap (5 pt dash, 2 pt gap).
	if c := at(img, 24, 160); !dark(c) {
		t.Errorf("on the first dash: %v", c)
	}
	if c := at(img, 32, 160); dark(c) {
		t.Errorf("in the first gap: %v", c)
	}
	// The text is centred on x=100 pt: ink on both sides of the centre, none far out.
	left, right := false, false
	for y := 170; y < 200; y++ {
		for x := 120; x < 200; x++ {
			left = left || dark(at(img, x, y))
		}
		for x := 200; x < 280; x++ {
			right = right || dark(at(img, x, y))
		}
		for _, x := range []int{20, 380} {
			if dark(at(img, x, y)) {
				t.Errorf("ink at %d,%d, far from the centred text", x, y)
			}
		}
	}
	if !left || !right {
		t.Errorf("the text is not centred: ink left %v, right %v", left, right)
	}
}

func TestOutputIsDeterministic(t *testing.T) {
	p := cstoPicture(t)
	a, err := paint.PNG(context.Background(), p, 72)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := paint.PNG(context.Background(), p, 72)
	if !bytes.Equal(a, b) {
		t.Error("two PNGs differ")
	}
	c, err := paint.PDF(context.Background(), p, paint.PDFInfo{Title: "CSTO"})
	if err != nil {
		t.Fatal(err)
	}
	d, _ := paint.PDF(context.Background(), p, paint.PDFInfo{Title: "CSTO"})
	if !bytes.Equal(c, d) {
		t.Error("two PDFs differ")
	}
}

func TestPDFScalesHugePages(t *testing.T) {
	p := mustParse(t, `<svg width="28800pt" height="100pt" xmlns="http://www.w3.org/2000/svg"><rect x="0" y="0" width="28800" height="100" fill="red"/></svg>`)
	b, err := paint.PDF(context.Background(), p, paint.PDFInfo{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte("/MediaBox [0 0 14400.00 50.00]")) {
		t.Errorf("the page is not scaled to 14400 pt: %q", bytes.Split(b, []byte("/MediaBox"))[1][:40])
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	p := cstoPicture(t)
	if _, err := paint.PNG(ctx, p, 72); err != context.Canceled {
		t.Errorf("PNG: %v", err)
	}
	if _, err := paint.PDF(ctx, p, paint.PDFInfo{}); err != context.Canceled {
		t.Errorf("PDF: %v", err)
	}
}

// FuzzParse: any input gives a picture or an error, quickly, and a picture paints.
func FuzzParse(f *testing.F) {
	f.Add([]byte(`<svg width="20pt" height="10pt" viewBox="0 0 20 10"><g transform="translate(0 10)"><path d="M0,-5C5,-5 10,-5 15,-5" stroke="#123456"/><text x="1" y="-1" font-size="5">a<tspan font-weight="bold">b</tspan></text></g></svg>`))
	f.Add([]byte(`<svg width="2" height="2"><polygon points="0,0 1,1 2"/><ellipse rx="-1"/></svg>`))
	f.Fuzz(func(t *testing.T, svg []byte) {
		p, err := paint.Parse(svg)
		if err != nil {
			return
		}
		if p.Width*p.Height > 1e6 {
			return // painting is bounded by the caller's pixel limit, not here
		}
		if _, err := paint.Raster(context.Background(), p, 72); err != nil && p.Width >= 1 && p.Height >= 1 {
			t.Errorf("Raster: %v", err)
		}
	})
}
