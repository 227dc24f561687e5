package render

import (
	"context"
	"errors"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// speculation is a drawing being made ahead of a request: a real request for the same drawing joins it (see
// joinSpeculation) rather than stopping it to make it again.
type speculation struct {
	ticket Ticket
	done   chan struct{}
	joined bool // under Service.specMu: a real request waits for it
	svg    []byte
	err    error
}

type specCounts struct {
	rendered, skipped, busy, preempted, failed int64
}

// PrerenderStats count the drawings made ahead of requests (Drawing.Speculative).
type PrerenderStats struct {
	Rendered  int64 // drawn and cached
	Used      int64 // then asked for by a real request (joined while being drawn, or from the cache)
	Wasted    int64 // dropped from the cache before anyone asked for them
	Skipped   int64 // not drawn: cached or in the making already
	Busy      int64 // not drawn: no worker was idle
	Preempted int64 // stopped midway because a real request needed the worker
	Failed    int64 // failed otherwise
}

// PrerenderStats returns the service's counters of speculative drawings.
func (s *Service) PrerenderStats() PrerenderStats {
	s.specMu.Lock()
	c := s.spec
	s.specMu.Unlock()
	st := PrerenderStats{Rendered: c.rendered, Skipped: c.skipped, Busy: c.busy, Preempted: c.preempted, Failed: c.failed}
	if s.cache != nil {
		_, _, _, _, st.Used, st.Wasted = s.cache.stats()
	}
	return st
}

// speculate makes the page's drawing of sg on an idle worker and caches it, marked as pre-rendered. A
// drawing too slow is drawn simpler, as a request's is (drawPage), and so kept in memory only.
func (s *Service) speculate(ctx context.Context, key cacheKey, sg graph.Subgraph, o Options, ownTitle bool) error {
	if s.cache == nil || s.pool == nil {
		return graph.Errorf(graph.EUNAVAILABLE, "drawing ahead needs a cache and a renderer")
	}
	s.specMu.Lock()
	if _, ok := s.inflight[key]; ok || s.cache.has(key) {
		s.spec.skipped++
		s.specMu.Unlock()
		return nil
	}
	sp := &speculation{done: make(chan struct{})}
	s.inflight[key] = sp
	s.specMu.Unlock()

	dot := DOT(sg, o)
	var name string
	if s.disk != nil {
		name = diskKey(dot, o.Layout, "page-"+FormatSVG)
		if b, ok := s.disk.get(name); ok { // drawn before a restart: no worker needed
			s.cache.add(key, b, false)
			s.specMu.Lock()
			delete(s.inflight, key)
			sp.svg = b
			s.spec.skipped++
			s.specMu.Unlock()
			close(sp.done)
			return nil
		}
	}
	// A slow view holds the idle worker (and a core) for the budget rather than the whole render timeout,
	// and its simpler drawing is ready when asked for.
	svg, full, err := s.drawInTime(ctx, sg, o, ownTitle, dot, func(ctx context.Context, dot []byte, layout string, limit time.Duration) ([]byte, error) {
		return s.pool.speculativeSVG(ctx, dot, layout, &sp.ticket, limit)
	})
	if err == nil {
		svg = finishSVG(svg)
		if s.disk != nil && full {
			s.disk.putLater(name, svg)
		}
	}
	s.specMu.Lock()
	delete(s.inflight, key)
	sp.svg, sp.err = svg, err
	joined := sp.joined
	switch {
	case err == nil:
		s.spec.rendered++
	case errors.Is(err, ErrNoIdleWorker):
		s.spec.busy++
	case errors.Is(err, ErrPreempted):
		s.spec.preempted++
	default:
		s.spec.failed++
	}
	s.specMu.Unlock()
	if err == nil {
		s.cache.add(key, svg, !joined)
		if joined {
			s.cache.countUsed()
		}
	}
	close(sp.done)
	return err
}

// joinSpeculation waits for the drawing of key if it is being made speculatively, making that render a real
// one (Ticket.Promote) so no other request stops it. ok is false when there is no such render, or it
// failed: the caller then draws as usual.
func (s *Service) joinSpeculation(ctx context.Context, key cacheKey) (svg []byte, ok bool) {
	s.specMu.Lock()
	sp := s.inflight[key]
	if sp != nil {
		sp.joined = true
	}
	s.specMu.Unlock()
	if sp == nil {
		return nil, false
	}
	sp.ticket.Promote()
	select {
	case <-sp.done:
		return sp.svg, sp.err == nil
	case <-ctx.Done():
		return nil, false
	}
}
