package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

// renderFlags configure the render workers.
type renderFlags struct {
	workers int
	timeout time.Duration
	maxRSS  int // MiB; 0 or less turns the limit off
	// aheadNormal draws ahead of clicks on the idle ordinary workers at their priority, not on a worker of
	// its own at nice 19 (serve's --prerender-priority normal).
	aheadNormal bool
}

func (r *renderFlags) register(fs *flag.FlagSet, getenv env) {
	n, _ := strconv.Atoi(getenv.or("ACTORGRAPH_RENDER_WORKERS", defaultWorkers()))
	fs.IntVar(&r.workers, "render-workers", n, "Graphviz worker processes (env ACTORGRAPH_RENDER_WORKERS)")
	d, err := time.ParseDuration(getenv.or("ACTORGRAPH_RENDER_TIMEOUT", "10s"))
	if err != nil {
		d = 10 * time.Second
	}
	fs.DurationVar(&r.timeout, "render-timeout", d, "longest a drawing may take before its worker is killed (env ACTORGRAPH_RENDER_TIMEOUT)")
	def := strconv.Itoa(render.DefaultMaxRSS >> 20)
	m, err := strconv.Atoi(getenv.or("ACTORGRAPH_RENDER_MAX_RSS", def))
	if err != nil {
		m, _ = strconv.Atoi(def)
	}
	fs.IntVar(&r.maxRSS, "render-max-rss", m, "resident memory in `MiB` past which a render worker is replaced, once its drawing is done; 0 turns\n"+
		"the limit off. Graphviz leaks memory on every render, more for larger drawings, and a worker can pass the\n"+
		"limit by what its last drawing added: at the default, N workers and the one that draws ahead of clicks\n"+
		"hold at most about (N + 1) × "+strconv.Itoa(workerBoundMiB)+" MiB (env ACTORGRAPH_RENDER_MAX_RSS)")
}

// workerBoundMiB is about the most a worker holds with the default --render-max-rss: 611 MiB measured, a
// worker drawing 500-actor views with neato, which grew by 242 MiB in the one render that took it past
// 400 MiB (fdp: 542 MiB; sfdp, the default layout at that size, 435 MiB). What one render adds grows with
// the worker, as Graphviz's WebAssembly memory grows by a share of its size: 454 MiB at 1.2 GiB.
// Measured with bench/cmd/agbench -only memory -mem-actors 500 -mem-workers 1 -mem-layout neato.
const workerBoundMiB = 620

// poolConfig is the render pool the flags ask for.
func (r *renderFlags) poolConfig(log *slog.Logger) render.PoolConfig {
	// One worker draws ahead of clicks (at nice 19): serve's prerenderer makes one drawing ahead at a time,
	// so a second would never be used, and with one the memory bound the help states is N + 1 workers.
	// With --prerender-priority normal there is none: drawings ahead take the idle ordinary workers.
	c := render.PoolConfig{Workers: max(r.workers, 1), SpecWorkers: 1, Timeout: r.timeout, Logger: log,
		MaxRSS: int64(r.maxRSS) << 20}
	if r.aheadNormal {
		c.SpecWorkers = -1
	}
	if r.maxRSS <= 0 {
		c.MaxRSS = -1 // the pool's "no limit"; its zero would be the default
	}
	return c
}

// service starts the worker pool behind a caching render service. Node links point at the web page.
func (r *renderFlags) service(log *slog.Logger) (*render.Service, func()) {
	return r.serviceWith(log, nil)
}

// serviceWith is service keeping drawings on disk as well, when disk is not nil.
func (r *renderFlags) serviceWith(log *slog.Logger, disk *render.DiskCache) (*render.Service, func()) {
	pool := render.NewPool(r.poolConfig(log))
	return render.NewService(render.ServiceConfig{Pool: pool, LinkBase: "/?focus=", Disk: disk}), func() { pool.Close() }
}

func runRender(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	fs := newFlags("render", "--focus NAME_OR_ID [flags]", stdout, stderr)
	var sf storeFlags
	sf.register(fs, getenv)
	focus := fs.String("focus", "", "the actor to centre on: an id (person:kassym-jomart-tokayev) or a name or alias (Tokayev)")
	depth := fs.Int("depth", 2, "how many relationships away from the focus to show (1..3)")
	layout := fs.String("layout", "", "Graphviz layout: "+strings.Join(render.Layouts(), ", ")+" (default: chosen by size)")
	format := fs.String("format", "svg", "output format: svg, dot or json")
	out := fs.String("o", "-", "output `file` (- for standard output)")
	var rf renderFlags
	rf.register(fs, getenv)
	if err := parse(fs, args); err != nil {
		return err
	}
	if *focus == "" || fs.NArg() > 0 {
		return fmt.Errorf("render needs --focus and takes no arguments: %w", errUsage)
	}
	if *format != "svg" && *format != "dot" && *format != "json" {
		return fmt.Errorf("--format %q is not one of svg, dot, json: %w", *format, errUsage)
	}
	log := newLogger(getenv, stderr)
	store, err := sf.openForReading(ctx, getenv, log)
	if err != nil {
		return err
	}
	defer store.Close()
	id, err := graph.ResolveEntity(ctx, store, *focus)
	if err != nil {
		return userError(err)
	}
	sg, err := store.Neighborhood(ctx, graph.NeighborhoodQuery{Focus: []string{id}, Depth: *depth})
	if err != nil {
		return userError(err)
	}
	var data []byte
	if *format == "json" {
		if data, err = json.MarshalIndent(sg, "", "  "); err != nil {
			return err
		}
		data = jsonTerminalSafe(append(data, '\n'))
	} else {
		svc, closeRenderer := rf.service(log)
		defer closeRenderer()
		if data, err = svc.Render(ctx, sg, *layout, *format); err != nil {
			return userError(err)
		}
	}
	if *out == "-" {
		_, err = stdout.Write(data)
		return err
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		return err
	}
	tprintf(stderr, "wrote %s: %d actors, %d relationships\n", *out, len(sg.Entities), len(sg.Relations))
	return nil
}
