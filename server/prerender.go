package server

import (
	"cmp"
	"context"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
	"github.com/actorgraph/actorgraph/view"
	"github.com/labstack/echo/v4"
)

// Defaults of the drawings made ahead of clicks (Config.Prerender, Config.PrerenderQueue).
const (
	DefaultPrerender      = 12
	DefaultPrerenderQueue = 48
)

// prerenderer draws, while render workers are idle, the views a person is likely to ask for next: after a
// neighbourhood is drawn for the page, the neighbourhoods of the actors on screen (most connected first) and
// the same view one step deeper, with the same filters and layout, into the render cache. A real request
// always comes first: a speculative drawing runs only on an idle worker and is stopped the moment a real
// one needs that worker (render.Pool.SpeculativeSVG). The work is bounded: at most queue views wait, the
// newest first (what a person looks at now says more about their next click than what they looked at
// before), drawings go into the render cache within its bound, and runners goroutines draw at once, each
// only while there is work.
type prerenderer struct {
	s        *Server
	rend     Renderer // the renderer itself, not the server's timed and limited one: these are not requests
	perView  int
	maxQueue int
	runners  int

	mu      sync.Mutex
	queue   []url.Values // query strings of /api/graph?format=svg to draw, the next first
	running int
	closed  bool
	stop    context.CancelFunc
	ctx     context.Context

	dropped atomic.Int64 // views taken off the queue unstarted, for newer ones
}

func newPrerenderer(s *Server, rend Renderer, perView, maxQueue, runners int) *prerenderer {
	ctx, cancel := context.WithCancel(context.Background())
	return &prerenderer{s: s, rend: rend, perView: perView, maxQueue: maxQueue, runners: runners, ctx: ctx, stop: cancel}
}

// after schedules the views likely to follow the neighbourhood sg, drawn for the page with the query q.
func (p *prerenderer) after(sg graph.Subgraph, q url.Values) {
	if p == nil || len(sg.Entities) == 0 {
		return
	}
	next := nextViews(sg, q, p.perView)
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	p.queue = append(next, p.queue...)
	if len(p.queue) > p.maxQueue {
		p.dropped.Add(int64(len(p.queue) - p.maxQueue))
		clear(p.queue[p.maxQueue:])
		p.queue = p.queue[:p.maxQueue]
	}
	for p.running < p.runners {
		p.running++
		go p.run()
	}
}

// nextViews returns the query strings of the views likely to follow: each actor on screen but the focus
// as the only focus, the most connected in the drawing first, and the same view one step deeper after the
// first three actors; at most n, every other parameter as in q.
func nextViews(sg graph.Subgraph, q url.Values, n int) []url.Values {
	degree := map[string]int{}
	for _, r := range sg.Relations {
		degree[r.From]++
		degree[r.To]++
	}
	var ids []string
	for _, e := range sg.Entities {
		if !slices.Contains(sg.Focus, e.ID) {
			ids = append(ids, e.ID)
		}
	}
	slices.SortFunc(ids, func(a, b string) int { return cmp.Or(cmp.Compare(degree[b], degree[a]), cmp.Compare(a, b)) })
	base := url.Values{}
	for k, v := range q {
		switch k {
		case "focus", "download":
		default:
			base[k] = slices.Clone(v)
		}
	}
	base.Set("format", "svg")
	var out []url.Values
	for _, id := range ids {
		v := cloneValues(base)
		v.Set("focus", id)
		out = append(out, v)
	}
	if sg.Depth > 0 && sg.Depth < graph.MaxDepth {
		deeper := cloneValues(base)
		deeper["focus"] = slices.Clone(sg.Focus)
		deeper.Set("depth", strconv.Itoa(sg.Depth+1))
		out = slices.Insert(out, min(3, len(out)), deeper)
	}
	return out[:min(n, len(out))]
}

func cloneValues(v url.Values) url.Values {
	out := make(url.Values, len(v)+1)
	for k, vs := range v {
		out[k] = slices.Clone(vs)
	}
	return out
}

// run draws queued views until none is left, each once no request is in progress (the server's own work
// for a request, its store queries and DOT, comes first too). When no worker is idle it waits a moment and
// tries the same view again: real requests are using the workers.
func (p *prerenderer) run() {
	for {
		for p.s.serving.Load() > 0 && p.ctx.Err() == nil {
			time.Sleep(idlePoll)
		}
		p.mu.Lock()
		if len(p.queue) == 0 || p.closed {
			p.running--
			p.mu.Unlock()
			return
		}
		q := p.queue[0]
		p.queue = p.queue[1:]
		p.mu.Unlock()
		err := p.draw(q)
		if errors.Is(err, render.ErrNoIdleWorker) {
			p.mu.Lock()
			if !p.closed && len(p.queue) < p.maxQueue {
				p.queue = append([]url.Values{q}, p.queue...)
			}
			p.mu.Unlock()
			select {
			case <-time.After(idlePoll):
			case <-p.ctx.Done():
			}
		}
	}
}

// idlePoll is how often a runner looks for an idle worker, or for no request in progress.
const idlePoll = 20 * time.Millisecond

// draw makes the drawing GET /api/graph?q would, for the cache only.
func (p *prerenderer) draw(q url.Values) error {
	ctx, cancel := context.WithTimeout(p.ctx, 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "/api/graph?"+q.Encode(), nil)
	if err != nil {
		return err
	}
	c := p.s.echo.NewContext(req, nil)
	nq, err := p.s.neighborhoodParams(c, "focus")
	if err != nil {
		return err
	}
	out, err := outputParams(c)
	if err != nil {
		return err
	}
	v, err := view.Neighborhood(ctx, p.s.store, nq)
	if err != nil {
		return err
	}
	if err := v.SizeBy(ctx, out.size); err != nil {
		return err
	}
	if out.pane != nil {
		// Fitting measures drawings: each is drawn ahead, then read back from the cache.
		if err := v.Fit(ctx, measuringDrawer{p.rend}, out.Layout, *out.pane, &p.s.fits); err != nil {
			return err
		}
	}
	_, _, err = v.Bytes(ctx, speculativeDrawer{p.rend}, out.Output)
	return err
}

// close stops the drawings in progress and drops the queue.
func (p *prerenderer) close() {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.closed = true
	p.queue = nil
	p.mu.Unlock()
	p.stop()
}

// speculativeDrawer asks the renderer for speculative drawings.
type speculativeDrawer struct{ Renderer }

func (d speculativeDrawer) Draw(ctx context.Context, sg graph.Subgraph, dr render.Drawing) ([]byte, error) {
	dr.Speculative = true
	return d.Renderer.Draw(ctx, sg, dr)
}

// measuringDrawer draws speculatively and hands the drawing back for Fit to measure (render.Drawing.Measure),
// without counting it as used by a request.
type measuringDrawer struct{ Renderer }

func (d measuringDrawer) Draw(ctx context.Context, sg graph.Subgraph, dr render.Drawing) ([]byte, error) {
	dr.Speculative, dr.Measure = true, true
	return d.Renderer.Draw(ctx, sg, dr)
}

// countRequests counts the requests in progress, for drawing ahead to wait for none.
func (s *Server) countRequests(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		s.serving.Add(1)
		defer s.serving.Add(-1)
		return next(c)
	}
}
