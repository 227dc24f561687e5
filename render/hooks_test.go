package render

import (
	"bytes"
	"context"
	"sync"

	"github.com/goccy/go-graphviz"
	"github.com/goccy/go-graphviz/cgraph"
	"github.com/goccy/go-graphviz/gvc"
)

var (
	hookOnce sync.Once
	hookGV   *gvc.Context
	hookErr  error
	hookMu   sync.Mutex
)

// RelabelSVG draws the DOT in this process with the line labels placed by placeLabels, whatever its layout
// (a render worker does so for every layout but dot and large sfdp drawings): for tests that compare with
// Graphviz's own placement.
func RelabelSVG(dot []byte, layout string) ([]byte, error) { return inProcess(dot, layout, relabel) }

// GraphvizSVG draws the DOT in this process as Graphviz lays it out, labels and all (drawSVG), through the
// same Graphviz as RelabelSVG, so that the two compare.
func GraphvizSVG(dot []byte, layout string) ([]byte, error) { return inProcess(dot, layout, drawSVG) }

func inProcess(dot []byte, layout string, draw func(context.Context, *gvc.Context, *cgraph.Graph, string) ([]byte, error)) ([]byte, error) {
	hookOnce.Do(func() { hookGV, hookErr = gvc.New(context.Background()) })
	if hookErr != nil {
		return nil, hookErr
	}
	hookMu.Lock()
	defer hookMu.Unlock()
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		return nil, err
	}
	defer g.Close()
	svg, err := draw(context.Background(), hookGV, g, layout)
	return stripDoctype(bytes.Clone(svg)), err
}

// TooSlowToTry is tooSlowToTry, for the tests of the estimate.
var TooSlowToTry = tooSlowToTry
