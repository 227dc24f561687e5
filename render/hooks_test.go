package render

import (
	"bytes"
	"context"
	"sync"

	"github.com/goccy/go-graphviz"
	"github.com/goccy/go-graphviz/gvc"
)

var (
	hookOnce sync.Once
	hookGV   *gvc.Context
	hookErr  error
	hookMu   sync.Mutex
)

// RelabelSVG draws the DOT in this process with the line labels placed by placeLabels, whatever its layout
// (a render worker does so only for pinned drawings): for tests that compare with Graphviz's own
// placement.
func RelabelSVG(dot []byte, layout string) ([]byte, error) {
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
	svg, err := relabel(context.Background(), hookGV, g, layout)
	return stripDoctype(bytes.Clone(svg)), err
}
