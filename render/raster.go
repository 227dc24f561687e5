package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"os/exec"
	"strconv"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// PNG resolution limits, in dots per inch. 72 is one pixel per point, as the SVG is laid out; 600 is more
// than any printer needs.
const (
	MinDPI     = 72
	MaxDPI     = 600
	DefaultDPI = 150
)

// Limits on a PNG, so that a large drawing at a high DPI cannot exhaust memory: the rasteriser holds 4
// bytes per pixel, and cairo, which draws it, refuses sides over 32,767 pixels.
const (
	maxPNGPixels = 64 << 20 // 256 MB of pixels
	maxPNGSide   = 32767
)

// ToolOff, given as a tool's path in ServiceConfig, keeps the service from using that tool.
const ToolOff = "-"

// The tools that make PNG, with the Debian packages that install them.
const (
	rsvgConvert = "rsvg-convert" // Debian librsvg2-bin
	nativeDot   = "dot"          // Debian graphviz
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
			return graph.Errorf(graph.ETOOLARGE, "the drawing would be %d×%d pixels at %d DPI, over the limit of %d megapixels; ask for %d DPI or less, or download the SVG",
				w, h, dpi, maxPNGPixels>>20, lower)
		}
	}
	return graph.Errorf(graph.ETOOLARGE, "the drawing is too large for a PNG (%d×%d pixels at %d DPI); download the SVG instead", w, h, dpi)
}

// lookTool returns the path of a tool: configured (ToolOff: none) or found on PATH when asked for, so a tool
// installed while the server runs is used from then on.
func lookTool(configured, name string) (string, bool) {
	switch configured {
	case ToolOff:
		return "", false
	case "":
		p, err := exec.LookPath(name)
		return p, err == nil
	}
	return configured, true
}

// pngSignature starts every PNG file.
var pngSignature = []byte("\x89PNG\r\n\x1a\n")

// runTool runs a rasteriser on input and returns its standard output. It is killed when it takes longer
// than limit or ctx ends: a rasteriser can take long on a large drawing and nobody waits for it then.
func runTool(ctx context.Context, limit time.Duration, path string, args []string, input []byte) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Stdin = bytes.NewReader(input)
	var stdout bytes.Buffer
	stderr := &capped{max: 4 << 10}
	cmd.Stdout = &capped{buf: &stdout, max: maxPayload}
	cmd.Stderr = stderr
	cmd.WaitDelay = time.Second
	err := cmd.Run()
	switch {
	case ctx.Err() != nil && errors.Is(ctx.Err(), context.DeadlineExceeded):
		return nil, graph.Wrap(ctx.Err(), graph.ETIMEOUT, fmt.Sprintf("making the PNG took longer than %s; try a lower DPI or a smaller view", limit))
	case ctx.Err() != nil:
		return nil, graph.Wrap(ctx.Err(), graph.EUNAVAILABLE, "the request was cancelled while making the PNG")
	case err != nil:
		return nil, graph.Wrap(fmt.Errorf("%s: %w: %s", path, err, clean(stderr.String())), graph.EINTERNAL, "the PNG could not be made")
	case stdout.Len() > maxPayload:
		return nil, graph.Errorf(graph.ETOOLARGE, "the PNG is over %d MB; try a lower DPI", maxPayload>>20)
	case !bytes.HasPrefix(stdout.Bytes(), pngSignature):
		return nil, graph.Wrap(fmt.Errorf("%s wrote no PNG: %s", path, clean(stderr.String())), graph.EINTERNAL, "the PNG could not be made")
	}
	return stdout.Bytes(), nil
}

// capped keeps the first max bytes written to it, and one more to tell that there were more; the rest is
// read and dropped, so the tool never blocks on a full pipe.
type capped struct {
	buf *bytes.Buffer
	max int
}

func (c *capped) Write(p []byte) (int, error) {
	if c.buf == nil {
		c.buf = &bytes.Buffer{}
	}
	if room := c.max + 1 - c.buf.Len(); room > 0 {
		c.buf.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

func (c *capped) String() string {
	if c.buf == nil {
		return ""
	}
	return c.buf.String()
}

// rsvgArgs rasterise the SVG on stdin: 72 DPI is one pixel per point, the unit Graphviz lays out in.
func rsvgArgs(dpi int) []string {
	d := strconv.Itoa(dpi)
	return []string{"--format=png", "--dpi-x=" + d, "--dpi-y=" + d, "--background-color=white"}
}

// dotArgs draw the DOT on stdin with native Graphviz and cairo.
func dotArgs(layout string, dpi int) []string {
	return []string{"-K" + layout, "-Tpng:cairo", "-Gdpi=" + strconv.Itoa(dpi)}
}
