package render

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// PoolConfig configures a Pool. Zero values mean the defaults.
type PoolConfig struct {
	// Workers is how many worker processes may render at once; default runtime.NumCPU(). Layout is CPU-bound
	// and single-threaded, so more than the cores only makes every render slower.
	Workers int
	// Timeout bounds one render; default 10s. A worker that overruns it is killed.
	Timeout time.Duration
	// StartTimeout bounds a worker's start (loading Graphviz); default 30s. It is separate from Timeout so a
	// slow start on a cold machine does not count against the drawing.
	StartTimeout time.Duration
	// MaxRenders is how many renders a worker does before it is replaced; default 200. go-graphviz leaks
	// memory on every render: a worker drawing a 30-actor view grew from 26 MB to 135 MB in 500 renders and
	// 238 MB in 1,000 (about 210 KB a render). At 200 a worker stays under about 70 MB, and a restart (some
	// 30 ms with the WebAssembly compilation cache) costs about 1% of the rendering time.
	MaxRenders int
	// MaxRSS is the resident memory, in bytes, past which a worker is replaced: the worker reports its RSS
	// after every render, and one over MaxRSS finishes that render (the caller gets its drawing) and is then
	// retired like one that has done MaxRenders. Default DefaultMaxRSS; negative turns the check off. A count
	// alone does not bound memory, because what go-graphviz leaks grows with the drawing: two workers drawing
	// 500-actor views (sfdp) grew to 954 MiB for the larger and 1.84 GiB together within their 200 renders;
	// with MaxRSS at 400 MiB, to 435 MiB and 801 MiB (agbench -only memory -mem-actors 500, BENCHMARKS.md).
	// A worker may pass MaxRSS by what its last render added, which grows with the worker: Graphviz's
	// WebAssembly memory grows by a share of its size. Under the default, a worker drawing 500-actor views
	// with neato grew by 242 MiB past it, to 611 MiB (fdp: 542 MiB); unchecked, by 454 MiB at 1.2 GiB.
	MaxRSS int64
	// MaxQueue is how many calls may wait for a worker when all are busy; beyond that SVG fails at once with
	// EUNAVAILABLE rather than piling up work nobody will wait for. 0 means 4×Workers; negative means no
	// call waits.
	MaxQueue int
	// SpecWorkers is how many workers draw ahead of requests (SpeculativeSVG), at the lowest CPU priority
	// (SpeculativeNice, on Linux); default Workers, so that every idle place can draw ahead as before. They
	// are workers of their own, beside the Workers: a worker's priority cannot be raised back without
	// CAP_SYS_NICE, so a niced worker never draws for a request that did not join its drawing. Each is
	// bounded like the others (MaxRenders, MaxRSS), and one only draws while it holds an idle place of the
	// Workers, so at most Workers draw at once. Negative: none; speculative renders run on the ordinary
	// workers, at their priority.
	SpecWorkers int
	// Command returns the command that starts a worker: a process that runs ServeWorker on its stdin and
	// stdout. It must leave Stdin, Stdout and Stderr unset. The default re-executes this executable with
	// ACTORGRAPH_RENDER_WORKER=1 (see IsWorker).
	Command func() *exec.Cmd
	// Logger receives what workers write to stderr and their starts and exits; default discards.
	Logger *slog.Logger
}

// Default pool settings.
const (
	DefaultTimeout      = 10 * time.Second
	DefaultStartTimeout = 30 * time.Second
	DefaultMaxRenders   = 200
	DefaultMaxRSS       = 400 << 20
)

// Why a worker was replaced, as Stats.RestartsBy counts it.
const (
	RestartRenders   = "renders"   // it had done MaxRenders
	RestartMemory    = "memory"    // its resident memory passed MaxRSS
	RestartFresh     = "fresh"     // FreshSVG needed a worker that had drawn nothing
	RestartTimeout   = "timeout"   // a render overran the pool's Timeout or the caller's deadline: killed
	RestartCancelled = "cancelled" // the caller left mid-render or start, the pool closed, or the slower of a joined drawing ahead's two renders (renderAhead): killed
	RestartPreempted = "preempted" // a speculative render was stopped for a real one: killed
	RestartError     = "error"     // Graphviz failed a render, or returned nothing
	RestartCrash     = "crashed"   // the process died, mid-render or idle
	RestartStart     = "start"     // it did not start: Graphviz did not load within StartTimeout, or it exited
)

// RestartReasons lists every reason a worker is replaced for, so metrics can show each from the start.
func RestartReasons() []string {
	return []string{RestartRenders, RestartMemory, RestartFresh, RestartTimeout, RestartCancelled, RestartPreempted, RestartError, RestartCrash, RestartStart}
}

// Pool renders DOT to SVG in worker processes, one render at a time per worker. Workers start when first
// needed; one that fails, crashes, overruns its time, reaches MaxRenders or grows past MaxRSS is replaced by
// a fresh one the next time its place is used. A Pool is safe for concurrent use.
type Pool struct {
	cfg   PoolConfig
	log   *slog.Logger
	slots chan *slot // the idle places; a place holds a worker, or nil until one is started
	// specSlots are the idle places of the niced workers that draw ahead (PoolConfig.SpecWorkers).
	specSlots chan *slot
	done      chan struct{}
	// watchers are the goroutines that log each worker's exit; Close waits for them, so nothing is logged
	// once it returns (a command's log may be gone by then).
	watchers sync.WaitGroup

	mu         sync.Mutex
	live       map[*worker]struct{}
	closed     bool
	restartsBy map[string]int64
	spec       map[*Ticket]struct{} // speculative renders that a real call may stop (see SpeculativeSVG)

	waiting, busy                                       atomic.Int64
	starts, restarts, renders, errs, timeouts, rejected atomic.Int64
	renderNanos                                         atomic.Int64 // time of the renders that returned SVG
	graphvizNanos, graphvizCPUNanos                     atomic.Int64 // of those, inside Graphviz as the workers report it
	specRenders, specPreempted                          atomic.Int64
}

type slot struct {
	w    *worker
	nice bool // its workers start at SpeculativeNice
}

// NewPool returns a pool; it starts no process until the first render.
func NewPool(cfg PoolConfig) *Pool {
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.NumCPU()
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.StartTimeout <= 0 {
		cfg.StartTimeout = DefaultStartTimeout
	}
	if cfg.MaxRenders <= 0 {
		cfg.MaxRenders = DefaultMaxRenders
	}
	if cfg.MaxRSS == 0 {
		cfg.MaxRSS = DefaultMaxRSS
	}
	if cfg.MaxQueue == 0 {
		cfg.MaxQueue = 4 * cfg.Workers
	}
	if cfg.Command == nil {
		cfg.Command = workerCommand
	}
	if cfg.SpecWorkers == 0 {
		cfg.SpecWorkers = cfg.Workers
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	p := &Pool{cfg: cfg, log: log, slots: make(chan *slot, cfg.Workers), done: make(chan struct{}),
		live: map[*worker]struct{}{}, restartsBy: map[string]int64{}, spec: map[*Ticket]struct{}{}}
	for range cfg.Workers {
		p.slots <- &slot{}
	}
	p.specSlots = make(chan *slot, max(cfg.SpecWorkers, 0))
	for range cfg.SpecWorkers {
		p.specSlots <- &slot{nice: true}
	}
	return p
}

// workerCommand re-executes this executable as a render worker.
func workerCommand() *exec.Cmd {
	exe, err := os.Executable()
	if err != nil {
		exe = os.Args[0]
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), WorkerEnv+"=1")
	return cmd
}

// SVG renders the DOT with the layout (one of Layouts) and returns the SVG.
//
// Errors: EINVALID for an unknown layout, empty DOT or DOT Graphviz cannot parse; ETOOLARGE for DOT over
// 64 MB; ETIMEOUT when the render takes longer than the pool's Timeout or ctx's deadline (the worker is
// killed); EUNAVAILABLE when every worker is busy and the queue is full, when ctx is cancelled, when a
// worker cannot start or dies, and after Close; EINTERNAL when Graphviz fails on valid DOT.
func (p *Pool) SVG(ctx context.Context, dot []byte, layout string) ([]byte, error) {
	return p.svg(ctx, dot, layout, false, 0)
}

// FreshSVG is SVG on a worker that has rendered nothing before: the one in the slot is retired first if it
// has. It costs a worker start (some 30 ms with the WebAssembly compilation cache), and it is what makes fdp
// and sfdp drawings reproducible (see NeedsFreshWorker). The worker then serves later calls as usual.
func (p *Pool) FreshSVG(ctx context.Context, dot []byte, layout string) ([]byte, error) {
	return p.svg(ctx, dot, layout, true, 0)
}

// Timeout returns the longest one render may take before its worker is killed.
func (p *Pool) Timeout() time.Duration { return p.cfg.Timeout }

// svgWithin is SVG with the render itself given at most limit instead of the pool's Timeout: the wait for a
// worker and its start are not counted. The error is ETIMEOUT with ctx.Err() nil when the render overran.
func (p *Pool) svgWithin(ctx context.Context, dot []byte, layout string, limit time.Duration) ([]byte, error) {
	return p.svg(ctx, dot, layout, false, limit)
}

// svg renders on a worker, a fresh one if fresh; limit bounds the render, 0 meaning the pool's Timeout.
func (p *Pool) svg(ctx context.Context, dot []byte, layout string, fresh bool, limit time.Duration) ([]byte, error) {
	if err := CheckLayout(layout); err != nil {
		return nil, err
	}
	if len(dot) == 0 {
		return nil, graph.Errorf(graph.EINVALID, "no DOT to render")
	}
	if len(dot) > maxPayload {
		return nil, graph.Errorf(graph.ETOOLARGE, "the graph is too large to draw (%d MB of DOT)", len(dot)>>20)
	}
	if ctx.Err() != nil {
		// Checked first: a render under a context already done would kill a healthy worker.
		return nil, ctxError(ctx, "before rendering")
	}
	s, err := p.acquire(ctx)
	if err != nil {
		return nil, err
	}
	defer func() { p.slots <- s }()
	p.busy.Add(1)
	defer p.busy.Add(-1)
	start := time.Now()
	svg, err := p.render(ctx, s, dot, layout, fresh, limit)
	if err != nil {
		p.errs.Add(1)
		return nil, err
	}
	p.renders.Add(1)
	p.renderNanos.Add(int64(time.Since(start)))
	return svg, nil
}

func (p *Pool) acquire(ctx context.Context) (*slot, error) {
	select {
	case <-p.done:
		return nil, errClosed()
	default:
	}
	select {
	case s := <-p.slots:
		return s, nil
	default:
	}
	// Counted as waiting before any speculative render is stopped, so that none starts in the meantime on
	// the place this call is about to free (see SpeculativeSVG).
	queued := p.waiting.Add(1)
	defer p.waiting.Add(-1)
	preempted := p.preempt()
	if !preempted && (p.cfg.MaxQueue < 0 || queued > int64(p.cfg.MaxQueue)) {
		p.rejected.Add(1)
		return nil, graph.Errorf(graph.EUNAVAILABLE, "all %d renderers are busy; try again in a few seconds", p.cfg.Workers)
	}
	select {
	case s := <-p.slots:
		return s, nil
	case <-ctx.Done():
		return nil, ctxError(ctx, "waiting for a renderer")
	case <-p.done:
		return nil, errClosed()
	}
}

func errClosed() error { return graph.Errorf(graph.EUNAVAILABLE, "the renderer is shutting down") }

func ctxError(ctx context.Context, doing string) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return graph.Wrap(ctx.Err(), graph.ETIMEOUT, "the request ran out of time "+doing+"; try a smaller depth or fewer nodes")
	}
	return graph.Wrap(ctx.Err(), graph.EUNAVAILABLE, "the request was cancelled "+doing)
}

// render runs one request on the slot's worker, starting one if needed. Whatever goes wrong, the worker is
// retired: after a failure nothing it says can be trusted (a failed go-graphviz call can break every later
// one in that process).
func (p *Pool) render(ctx context.Context, s *slot, dot []byte, layout string, fresh bool, limit time.Duration) ([]byte, error) {
	if limit <= 0 {
		limit = p.cfg.Timeout
	}
	if s.w != nil && s.w.hasExited() {
		p.log.Warn("render worker died while idle", "pid", s.w.pid)
		p.retire(s.w, false, RestartCrash)
		s.w = nil
	}
	if fresh && s.w != nil && s.w.renders > 0 {
		p.retire(s.w, true, RestartFresh)
		s.w = nil
	}
	if s.w == nil {
		w, err := p.start(s.nice)
		if err != nil {
			return nil, err
		}
		s.w = w
		if _, err := p.await(ctx, w, p.cfg.StartTimeout, w.waitReady); err != nil {
			reason := RestartStart
			if w.failure == RestartPreempted || w.failure == RestartCancelled { // stopped as it started, not failing to
				reason = w.failure
			}
			p.retire(w, false, reason)
			s.w = nil
			if code := graph.ErrorCode(err); code == graph.ETIMEOUT && ctx.Err() == nil {
				err = graph.Wrap(err, graph.EUNAVAILABLE, fmt.Sprintf("the renderer did not start within %s", p.cfg.StartTimeout))
			}
			return nil, err
		}
		if rss := w.rss.Load(); p.cfg.MaxRSS > 0 && rss > p.cfg.MaxRSS {
			p.log.Warn("render worker starts above its memory limit: each will be replaced after one render",
				"pid", w.pid, "rss_mb", rss>>20, "max_rss_mb", p.cfg.MaxRSS>>20)
		}
	}
	w := s.w
	w.failure = ""
	svg, err := p.await(ctx, w, limit, func() ([]byte, error) { return w.roundTrip(layout, dot) })
	if err != nil {
		p.retire(w, false, cmp.Or(w.failure, RestartError))
		s.w = nil
		return nil, err
	}
	w.renders++
	p.graphvizNanos.Add(int64(w.graphviz))
	p.graphvizCPUNanos.Add(int64(w.graphvizCPU))
	switch rss := w.rss.Load(); {
	case p.cfg.MaxRSS > 0 && rss > p.cfg.MaxRSS:
		p.log.Info("render worker replaced for its memory", "pid", w.pid, "renders", w.renders,
			"rss_mb", rss>>20, "max_rss_mb", p.cfg.MaxRSS>>20)
		p.retire(w, true, RestartMemory)
		s.w = nil
	case w.renders >= p.cfg.MaxRenders:
		p.retire(w, true, RestartRenders)
		s.w = nil
	}
	return svg, nil
}

// await runs fn, which talks to the worker, and gives up on it after limit, when ctx ends or when the pool
// closes, killing the worker: go-graphviz ignores deadlines, so killing the process is the only way to stop
// a layout.
func (p *Pool) await(ctx context.Context, w *worker, limit time.Duration, fn func() ([]byte, error)) ([]byte, error) {
	type result struct {
		b   []byte
		err error
	}
	ch := make(chan result, 1)
	go func() {
		b, err := fn()
		ch <- result{b, err}
	}()
	timer := time.NewTimer(limit)
	defer timer.Stop()
	var err error
	reason := RestartCancelled
	select {
	case r := <-ch:
		return r.b, r.err
	case <-timer.C:
		p.timeouts.Add(1)
		reason = RestartTimeout
		err = graph.Errorf(graph.ETIMEOUT, "rendering took longer than %s; try a smaller depth or fewer nodes", limit)
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			p.timeouts.Add(1)
			reason = RestartTimeout
		} else if errors.Is(context.Cause(ctx), ErrPreempted) {
			reason = RestartPreempted
		}
		err = ctxError(ctx, "while rendering")
	case <-p.done:
		err = errClosed()
	}
	w.retiring.Store(true)
	w.kill()
	<-ch // the worker's pipes are free again only once fn has returned
	// Now that fn has returned: it saw the pipe break and took the worker for crashed.
	w.failure = reason
	p.log.Warn("render worker killed", "pid", w.pid, "reason", graph.ErrorMessage(err))
	return nil, err
}

// start launches a worker process, at the lowest priority if nice.
func (p *Pool) start(nice bool) (*worker, error) {
	w, err := startWorker(p.cfg.Command(), p.log, nice)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		w.kill()
		w.release()
		return nil, errClosed()
	}
	p.live[w] = struct{}{}
	// Counted under mu, where Close checks closed: a Close that runs after this unlock waits for this
	// watcher, and Add never races Close's Wait (the race detector caught that in TestPoolClose).
	p.watchers.Add(1)
	p.mu.Unlock()
	p.starts.Add(1)
	p.log.Debug("render worker started", "pid", w.pid)
	go func() {
		defer p.watchers.Done()
		<-w.exited
		p.mu.Lock()
		delete(p.live, w)
		p.mu.Unlock()
		if w.retiring.Load() {
			p.log.Debug("render worker exited", "pid", w.pid, "status", w.exitErr)
		} else {
			p.log.Error("render worker exited unexpectedly", "pid", w.pid, "status", w.exitErr)
		}
	}()
	return w, nil
}

// retire takes a worker out of service, counting why (one of the Restart reasons). graceful closes its input
// so it finishes and exits by itself (used when it has done its share: MaxRenders, MaxRSS, a fresh worker
// wanted); otherwise it is killed.
func (p *Pool) retire(w *worker, graceful bool, reason string) {
	p.restarts.Add(1)
	p.mu.Lock()
	p.restartsBy[reason]++
	p.mu.Unlock()
	w.retiring.Store(true)
	if !graceful {
		w.kill()
	}
	go func() {
		w.stdin.Close()
		select {
		case <-w.exited:
		case <-time.After(5 * time.Second):
			w.kill()
			<-w.exited
		}
		w.release()
	}()
}

// Close kills every worker and waits for them to exit. Renders in progress fail with EUNAVAILABLE, and so
// does every later call.
func (p *Pool) Close() error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil
	}
	p.closed = true
	close(p.done)
	workers := make([]*worker, 0, len(p.live))
	for w := range p.live {
		workers = append(workers, w)
	}
	p.mu.Unlock()
	for _, w := range workers {
		w.retiring.Store(true)
		w.kill()
	}
	p.mu.Lock()
	for _, w := range workers {
		<-w.exited
		delete(p.live, w) // now rather than when the exit watcher runs, so Stats shows none left
	}
	p.mu.Unlock()
	p.watchers.Wait()
	return nil
}

// Stats are counters of a pool's work, for tests and metrics.
type Stats struct {
	Starts   int64 // worker processes started
	Restarts int64 // workers retired (failed, crashed, timed out, killed, done MaxRenders or over MaxRSS) to be replaced
	Renders  int64 // calls that returned SVG
	Errors   int64 // calls that failed after getting a worker, timeouts included
	Timeouts int64 // renders stopped for taking too long
	Rejected int64 // calls turned away because every worker was busy and the queue was full
	// Speculative counts the speculative renders that returned SVG (included in Renders), Preempted those
	// stopped for a real call.
	Speculative, Preempted int64
	Busy                   int   // workers rendering now
	Waiting                int   // calls waiting for a worker now
	PIDs                   []int // live worker processes, sorted
	NicedPIDs              []int // of those, the ones started at SpeculativeNice to draw ahead

	// RestartsBy counts Restarts by reason, the Restart constants (RestartMemory, RestartRenders...).
	RestartsBy map[string]int64
	// RSS is the resident memory of the live workers together, in bytes, as each last reported it (after
	// its start or its latest render).
	RSS int64
	// RenderTime is the total time of the calls that returned SVG, from getting a worker (a start included)
	// to the SVG: RenderTime/Renders is the mean render time.
	RenderTime time.Duration
	// GraphvizTime and GraphvizCPU are the part of RenderTime the workers spent in Graphviz (parsing, layout,
	// SVG), by their own clock and in their CPU time; RenderTime beyond GraphvizTime is the pipes, waiting
	// to be scheduled and worker starts.
	GraphvizTime, GraphvizCPU time.Duration
}

// Stats returns the pool's counters.
func (p *Pool) Stats() Stats {
	p.mu.Lock()
	pids := make([]int, 0, len(p.live))
	var niced []int
	var rss int64
	for w := range p.live {
		pids = append(pids, w.pid)
		if w.niced {
			niced = append(niced, w.pid)
		}
		rss += w.rss.Load()
	}
	by := maps.Clone(p.restartsBy)
	p.mu.Unlock()
	slices.Sort(pids)
	slices.Sort(niced)
	return Stats{NicedPIDs: niced,
		Starts: p.starts.Load(), Restarts: p.restarts.Load(), RestartsBy: by, Renders: p.renders.Load(),
		Errors: p.errs.Load(), Timeouts: p.timeouts.Load(), Rejected: p.rejected.Load(),
		Speculative: p.specRenders.Load(), Preempted: p.specPreempted.Load(),
		RenderTime: time.Duration(p.renderNanos.Load()), GraphvizTime: time.Duration(p.graphvizNanos.Load()),
		GraphvizCPU: time.Duration(p.graphvizCPUNanos.Load()), Busy: int(p.busy.Load()), Waiting: int(p.waiting.Load()),
		PIDs: pids, RSS: rss,
	}
}
