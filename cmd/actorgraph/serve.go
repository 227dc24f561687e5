package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/actorgraph/actorgraph/assets"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/ingest/fetch"
	"github.com/actorgraph/actorgraph/render"
	"github.com/actorgraph/actorgraph/seeds"
	"github.com/actorgraph/actorgraph/server"
)

func runServe(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	fs := newFlags("serve", "[flags]", stdout, stderr)
	var sf storeFlags
	sf.register(fs, getenv)
	addr := fs.String("addr", getenv.or("ACTORGRAPH_ADDR", ":8080"), "listen `address` (env ACTORGRAPH_ADDR)")
	seed := fs.Bool("seed", getenv.or("ACTORGRAPH_SEED", "true") == "true", "ingest the embedded seed articles when the store is empty (env ACTORGRAPH_SEED)")
	var rf renderFlags
	rf.register(fs, getenv)
	cacheDir := fs.String("render-cache-dir", getenv.or("ACTORGRAPH_RENDER_CACHE_DIR", ""),
		"`folder` that keeps finished drawings across restarts (env ACTORGRAPH_RENDER_CACHE_DIR); default: the\n"+
			"store file's name with .drawings (none with Neo4j); \"off\" keeps them in memory only")
	cacheMiB, err := strconv.Atoi(getenv.or("ACTORGRAPH_RENDER_CACHE_MB", strconv.Itoa(render.DefaultDiskCacheBytes>>20)))
	if err != nil {
		cacheMiB = render.DefaultDiskCacheBytes >> 20
	}
	fs.IntVar(&cacheMiB, "render-cache-mb", cacheMiB, "most `MiB` the drawings kept on disk take; the least recently used go first (env ACTORGRAPH_RENDER_CACHE_MB)")
	prerender, err := strconv.Atoi(getenv.or("ACTORGRAPH_PRERENDER", strconv.Itoa(server.DefaultPrerender)))
	if err != nil {
		prerender = server.DefaultPrerender
	}
	fs.IntVar(&prerender, "prerender", prerender, "drawings made ahead, on idle render workers, after each neighbourhood the page shows: the actors on\n"+
		"it and one step deeper; 0 turns it off (env ACTORGRAPH_PRERENDER)")
	aheadPriority := fs.String("prerender-priority", getenv.or("ACTORGRAPH_PRERENDER_PRIORITY", "lowest"),
		"CPU priority of the drawings made ahead: \"lowest\" runs them on a worker of their own at nice 19, so\n"+
			"they take only CPU time nothing else wants; \"normal\" runs them on the idle render workers, so that\n"+
			"on a host busy with other programs more are ready by the click, at the cost of the requests' own\n"+
			"drawings beside them (env ACTORGRAPH_PRERENDER_PRIORITY)")
	watch := fs.String("watch", getenv("ACTORGRAPH_WATCH"), "news `feeds` to keep the store current with, comma-separated links or files (env ACTORGRAPH_WATCH)")
	watchEvery := fs.Duration("watch-every", 15*time.Minute, "how often to read the --watch feeds again")
	var ff fetchFlags
	ff.register(fs, getenv)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("serve takes no arguments, got %q: %w", fs.Args(), errUsage)
	}
	var feeds []string
	for _, f := range strings.Split(*watch, ",") {
		if f = strings.TrimSpace(f); f != "" {
			feeds = append(feeds, f)
		}
	}
	switch *aheadPriority {
	case "lowest":
	case "normal":
		rf.aheadNormal = true
	default:
		return fmt.Errorf("--prerender-priority %q is neither \"lowest\" nor \"normal\": %w", *aheadPriority, errUsage)
	}
	if len(feeds) > 0 && *watchEvery < minWatchEvery {
		return fmt.Errorf("--watch-every %v is under %v: %w", *watchEvery, minWatchEvery, errUsage)
	}
	log := newLogger(getenv, stderr)
	editors, err := editorsFromEnv(getenv, log.Warn)
	if err != nil {
		return userError(err)
	}

	// Listen first: a port in use fails at once, before the store is opened and seeded.
	ln, err := listen(*addr)
	if err != nil {
		return err
	}
	defer ln.Close()
	corrections, err := sf.open(ctx, getenv, log)
	if err != nil {
		return userError(err)
	}
	defer corrections.Close()
	metrics := server.NewMetrics()
	store := metrics.Store(corrections) // counts every ingest, the seed's too
	x, err := extract.New()
	if err != nil {
		return err
	}
	if *seed {
		if err := seedIfEmpty(ctx, store, x, log); err != nil {
			return userError(err)
		}
	}
	dir := *cacheDir
	if dir == "" && getenv("NEO4J_URI") == "" {
		dir = sf.path + ".drawings"
	}
	var disk *render.DiskCache
	if dir != "" && dir != "off" {
		if disk, err = render.OpenDiskCache(dir, int64(max(cacheMiB, 1))<<20, log); err != nil {
			return userError(err)
		}
		defer disk.Wait()
		log.Debug("drawings kept on disk", "folder", dir, "max_mib", cacheMiB)
	}
	renderer, closeRenderer := rf.serviceWith(log, disk)
	defer closeRenderer()

	// Every request's context derives from base: cancelling it at shutdown stops the work of the requests
	// still running (drawings kill their worker, stores and analyses stop at their next look).
	base, stopRequests := context.WithCancel(context.Background())
	defer stopRequests()
	handler := server.New(server.Config{
		Store: store, Renderer: renderer, Assets: assets.FS, Logger: log,
		RequestTimeout: rf.timeout + 5*time.Second, Metrics: metrics, Editors: editors, Extractor: x,
		Fetcher: ff.fetcher(), Corrections: corrections,
		Prerender: cmp.Or(prerender, -1), // 0 turns it off here; in server.Config, 0 is the default
	})
	defer handler.Close()
	srv := &http.Server{
		Handler:           handler,
		BaseContext:       func(net.Listener) context.Context { return base },
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      rf.timeout + 30*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	fmt.Fprintln(stdout, writesLine(editors))
	fmt.Fprintf(stdout, "actorgraph: serving http://%s\n", displayAddr(ln.Addr()))
	log.Info("serving", "addr", ln.Addr().String())

	if len(feeds) > 0 {
		w, err := newWatcher(store, ff, feeds, *watchEvery, log)
		if err != nil {
			return err
		}
		watchCtx, stopWatch := context.WithCancel(ctx)
		defer stopWatch()
		go func() {
			err := w.Run(watchCtx, func(r fetch.Round) { logRound(log, r) })
			if err != nil && !errors.Is(err, context.Canceled) {
				log.Error("watching the feeds stopped", "error", graph.ErrorMessage(err))
			}
		}()
		log.Info("watching feeds", "feeds", len(feeds), "every", watchEvery.String())
	}

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutdown(srv, func() { stopRequests(); handler.Close() }, log)
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// logRound logs what a round of serve --watch added and what failed.
func logRound(log *slog.Logger, r fetch.Round) {
	for _, n := range r.New {
		log.Info("new article from a feed", "document", n.Document, "title", n.Title, "published", n.Published, "link", n.Link)
	}
	for _, f := range r.Failed {
		log.Warn("feed item not ingested", "feed", f.Feed, "link", f.Link, "error", f.Error)
	}
}

// listen opens the address to serve on; its errors say which flag and variable choose another.
func listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	switch {
	case errors.Is(err, syscall.EADDRINUSE):
		return nil, fmt.Errorf("cannot serve on %s: another program is using that port (another actorgraph serve?); choose another address with --addr or ACTORGRAPH_ADDR, for example --addr :8081", addr)
	case err != nil:
		return nil, fmt.Errorf("cannot serve on %s: %v; choose another address with --addr or ACTORGRAPH_ADDR (host:port, for example :8081)", addr, err)
	}
	return ln, nil
}

// Shutdown takes at most shutdownTimeout, within the 5 s a process manager gives before it kills: requests
// in progress have shutdownGrace to finish, then their work is stopped (they answer 503 at once), and
// connections still open at shutdownTimeout are closed. Before, shutdown waited up to 15 s for whatever
// ran and then failed with "context deadline exceeded".
const (
	shutdownGrace   = 2 * time.Second
	shutdownTimeout = 4 * time.Second
)

// shutdown stops srv taking requests and waits for those in progress, calling stopWork once the grace
// period is over.
func shutdown(srv *http.Server, stopWork func(), log *slog.Logger) {
	ctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	grace := time.AfterFunc(shutdownGrace, func() {
		log.Warn("stopping the requests still in progress", "after", shutdownGrace)
		stopWork()
	})
	defer grace.Stop()
	if err := srv.Shutdown(ctx); err != nil {
		log.Warn("closing the connections still open", "after", shutdownTimeout, "error", err)
		_ = srv.Close()
	}
}

// seedIfEmpty loads the embedded seed articles and overlays into a store that holds no documents, so a new
// user sees a graph at once.
func seedIfEmpty(ctx context.Context, store graph.Store, x ingest.Extractor, log interface{ Info(string, ...any) }) error {
	st, err := store.Stats(ctx)
	if err != nil || st.Documents > 0 {
		return err
	}
	files, err := ingest.ReadFS(seeds.FS, "seeds")
	if err != nil {
		return err
	}
	in := ingest.Ingester{Store: store, Extractor: x}
	rep, err := in.Ingest(ctx, files)
	if err != nil {
		return err
	}
	if err := rep.Err(); err != nil {
		return err
	}
	log.Info("ingested the seed articles", "documents", rep.After.Documents, "entities", rep.After.Entities, "relations", rep.After.Relations)
	return nil
}

// displayAddr turns a listen address into one a browser can open.
func displayAddr(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}

func defaultWorkers() string { return strconv.Itoa(runtime.NumCPU()) }
