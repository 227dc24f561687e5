package render

import (
	"context"
	"errors"
	"sync/atomic"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// ErrNoIdleWorker is what SpeculativeSVG returns when no worker is idle or a real call waits for one.
var ErrNoIdleWorker = graph.Errorf(graph.EUNAVAILABLE, "no render worker is idle")

// ErrPreempted is in the error of a speculative render stopped because a real call needed its worker.
var ErrPreempted = errors.New("a real request needed the render worker")

// Ticket is one speculative render: SpeculativeSVG registers it while it renders, so that a real call that
// finds no idle worker can stop it, unless Promote has made it a real one first.
type Ticket struct {
	promoted atomic.Bool
	pool     atomic.Pointer[Pool]
	cancel   context.CancelCauseFunc // set under the pool's mu before the ticket is registered
	// wake is closed by Promote while the render runs on a niced worker (see renderAhead); set and closed
	// under the pool's mu.
	wake chan struct{}
}

// Promote makes the render real: no call stops it any more to take its worker. A caller that wants the very
// drawing being made speculatively promotes it and waits for it, rather than stopping it to start again.
// It may be called before, during or after SpeculativeSVG.
func (t *Ticket) Promote() {
	t.promoted.Store(true)
	// SpeculativeSVG stores the pool before it looks at promoted: either it sees promoted and does not
	// register the ticket, or the pool is seen here and the ticket taken out of its register.
	if p := t.pool.Load(); p != nil {
		p.mu.Lock()
		delete(p.spec, t)
		if t.wake != nil {
			close(t.wake)
			t.wake = nil
		}
		p.mu.Unlock()
	}
}

// SpeculativeSVG renders like SVG, but only on a worker nobody else wants: it returns ErrNoIdleWorker at
// once when no worker is idle or a call is waiting for one, and the render is stopped (its worker killed and
// replaced) the moment a real call finds no idle worker, unless t has been promoted. So a real call never
// waits behind a speculative one; the cost of stopping one is a worker start for the real call (about 30 ms
// with the WebAssembly compilation cache). t must be new, not used by another call.
//
// Errors: those of SVG, and EUNAVAILABLE with ErrPreempted as the context's cause when stopped.
func (p *Pool) SpeculativeSVG(ctx context.Context, dot []byte, layout string, t *Ticket) ([]byte, error) {
	return p.speculativeSVG(ctx, dot, layout, t, 0)
}

// speculativeSVG is SpeculativeSVG with the render given at most limit (0: the pool's Timeout), as
// svgWithin. t may be used again once a call has returned: a promoted ticket stays promoted.
func (p *Pool) speculativeSVG(ctx context.Context, dot []byte, layout string, t *Ticket, limit time.Duration) ([]byte, error) {
	if err := CheckLayout(layout); err != nil {
		return nil, err
	}
	if len(dot) == 0 || len(dot) > maxPayload || ctx.Err() != nil {
		return p.SVG(ctx, nil, layout) // the same errors, without taking a worker
	}
	if p.waiting.Load() > 0 {
		return nil, ErrNoIdleWorker
	}
	var s *slot
	select {
	case s = <-p.slots:
	default:
		return nil, ErrNoIdleWorker
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	t.pool.Store(p)
	p.mu.Lock()
	t.cancel = cancel
	var wake chan struct{} // nil once promoted: a request waits, the render is a real one
	if !t.promoted.Load() {
		p.spec[t] = struct{}{}
		wake = make(chan struct{})
		t.wake = wake
	}
	p.mu.Unlock()
	defer func() {
		p.mu.Lock()
		delete(p.spec, t)
		t.wake = nil
		p.mu.Unlock()
	}()
	// A real call that came after the check above and found no worker either preempted this render (it is
	// registered now) or counted itself as waiting before looking: give the worker back to it.
	if p.waiting.Load() > 0 && p.isSpeculative(t) {
		p.slots <- s
		return nil, ErrNoIdleWorker
	}
	defer func() { p.slots <- s }()
	p.busy.Add(1)
	defer p.busy.Add(-1)
	svg, err := p.renderAhead(ctx, s, dot, layout, limit, wake)
	if err != nil {
		if errors.Is(context.Cause(ctx), ErrPreempted) {
			return nil, graph.Wrap(ErrPreempted, graph.EUNAVAILABLE, "the drawing ahead was stopped for a request")
		}
		p.errs.Add(1)
		return nil, err
	}
	p.renders.Add(1)
	p.specRenders.Add(1)
	return svg, nil
}

func (p *Pool) isSpeculative(t *Ticket) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	_, ok := p.spec[t]
	return ok
}

// preempt stops one speculative render in progress, if there is one, and reports whether it did: its worker
// is killed and its place comes back to the pool within moments.
func (p *Pool) preempt() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	for t := range p.spec {
		delete(p.spec, t)
		t.cancel(ErrPreempted)
		p.specPreempted.Add(1)
		return true
	}
	return false
}

// errOvertaken stops the slower of the two renders of a promoted drawing (see renderAhead).
var errOvertaken = errors.New("the same drawing was made on another worker")

// renderAhead renders for speculativeSVG, which holds the place s: on a niced worker (PoolConfig.SpecWorkers)
// while nobody waits for the drawing, on s's own worker when there is none free or the ticket was promoted
// already (wake nil). When the ticket is promoted midway (wake closed), a request waits for the drawing at
// the lowest priority, which a busy machine may barely run: the same render starts on s's worker, at normal
// priority, and the first to finish is taken, the other stopped (its worker killed and replaced later).
func (p *Pool) renderAhead(ctx context.Context, s *slot, dot []byte, layout string, limit time.Duration, wake <-chan struct{}) ([]byte, error) {
	var ns *slot
	if wake != nil {
		select {
		case ns = <-p.specSlots:
		default:
		}
	}
	if ns == nil {
		return p.render(ctx, s, dot, layout, false, limit)
	}
	defer func() { p.specSlots <- ns }()
	type result struct {
		svg []byte
		err error
	}
	run := func(ctx context.Context, s *slot) <-chan result {
		ch := make(chan result, 1)
		go func() {
			svg, err := p.render(ctx, s, dot, layout, false, limit)
			ch <- result{svg, err}
		}()
		return ch
	}
	nctx, stopNiced := context.WithCancelCause(ctx)
	defer stopNiced(nil)
	niced := run(nctx, ns)
	select {
	case r := <-niced:
		return r.svg, r.err
	case <-wake:
	}
	rctx, stopReal := context.WithCancelCause(ctx)
	defer stopReal(nil)
	real := run(rctx, s)
	select {
	case r := <-niced:
		if r.err != nil { // the niced render failed (or timed out): the request has the other one
			r = <-real
			return r.svg, r.err
		}
		stopReal(errOvertaken)
		<-real // s is the caller's again only once its render has returned
		return r.svg, nil
	case r := <-real:
		stopNiced(errOvertaken)
		<-niced
		return r.svg, r.err
	}
}
