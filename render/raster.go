package render

import (
	"math"

	"github.com/actorgraph/actorgraph/graph"
)

// PNG resolution limits, in dots per inch. 72 is one pixel per point, as the SVG is laid out; 600 is more
// than any printer needs.
const (
	MinDPI     = 72
	MaxDPI     = 600
	DefaultDPI = 150
)

// Limits on a PNG, so that a large drawing at a high DPI cannot exhaust memory: the painter holds 4 bytes
// per pixel, and many viewers refuse sides over 32,767 pixels.
const (
	maxPNGPixels = 64 << 20 // 256 MB of pixels
	maxPNGSide   = 32767
)

// pngSize returns the size in pixels of a drawing of the given size in points at dpi.
func pngSize(widthPt, heightPt float64, dpi int) (w, h int) {
	return int(math.Ceil(widthPt * float64(dpi) / 72)), int(math.Ceil(heightPt * float64(dpi) / 72))
}

// checkPNGSize returns ETOOLARGE when the drawing at dpi is over the limits, naming the highest DPI that fits.
func checkPNGSize(widthPt, heightPt float64, dpi int) error {
	fits := func(dpi int) bool {
		w, h := pngSize(widthPt, heightPt, dpi)
		return w <= maxPNGSide && h <= maxPNGSide && int64(w)*int64(h) <= maxPNGPixels
	}
	if fits(dpi) {
		return nil
	}
	w, h := pngSize(widthPt, heightPt, dpi)
	for lower := dpi - 1; lower >= MinDPI; lower-- {
		if fits(lower) {
			return graph.Errorf(graph.ETOOLARGE, "the drawing would be %d×%d pixels at %d DPI, over the limit of %d megapixels; ask for %d DPI or less, or download the SVG or PDF",
				w, h, dpi, maxPNGPixels>>20, lower)
		}
	}
	return graph.Errorf(graph.ETOOLARGE, "the drawing is too large for a PNG (%d×%d pixels at %d DPI); download the SVG or PDF instead", w, h, dpi)
}
