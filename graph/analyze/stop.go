package analyze

import (
	"context"

	"github.com/actorgraph/actorgraph/graph"
)

// stopEvery is how much work (adjacency entries visited, nodes moved) a loop does between two looks at its
// context: about a millisecond's worth, so an analysis stops within a few milliseconds of its context being
// done, while the look itself (a mutex in a cancelCtx) stays out of the inner loops.
const stopEvery = 1 << 16

// stopper tells a long loop when its context is done, looking at the context only after stopEvery units
// of work.
type stopper struct {
	ctx  context.Context
	done int
}

func newStopper(ctx context.Context) *stopper { return &stopper{ctx: ctx} }

// work counts n units of work done.
func (s *stopper) work(n int) { s.done += n }

// check returns the error to stop with when ctx is done, looking at it only once enough work was done since
// the last look.
func (s *stopper) check() error {
	if s.done < stopEvery {
		return nil
	}
	s.done = 0
	return s.now()
}

// now looks at ctx whatever the work done.
func (s *stopper) now() error {
	if err := s.ctx.Err(); err != nil {
		return stopped(err)
	}
	return nil
}

// stopped is the error of an analysis whose context is done.
func stopped(err error) error {
	return graph.Wrap(err, graph.ETIMEOUT, "the analysis was stopped: the request was cancelled or ran out of time")
}
