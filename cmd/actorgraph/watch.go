package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/ingest/fetch"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

// minWatchEvery keeps a watch from hammering the sites it reads.
const minWatchEvery = time.Second

func runWatch(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	fs := newFlags("watch", "[--every 15m] FEED...", stdout, stderr)
	var sf storeFlags
	sf.register(fs, getenv)
	every := fs.Duration("every", 15*time.Minute, "how often to read the feeds again")
	var ff fetchFlags
	ff.register(fs, getenv)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("watch needs at least one feed: a link or a file: %w", errUsage)
	}
	if *every < minWatchEvery {
		return fmt.Errorf("--every %v is under %v: %w", *every, minWatchEvery, errUsage)
	}
	log := newLogger(getenv, stderr)
	store, err := sf.open(ctx, getenv, log)
	if errors.Is(err, boltstore.ErrInUse) {
		return errors.New(inUseHint(sf.path) + "; or run serve --watch FEED")
	}
	if err != nil {
		return userError(err)
	}
	defer store.Close()
	w, err := newWatcher(store, ff, fs.Args(), *every, log)
	if err != nil {
		return err
	}
	tprintf(stdout, "watching %d feeds every %v; Ctrl-C stops\n", len(fs.Args()), *every)
	err = w.Run(ctx, func(r fetch.Round) { printRound(stdout, stderr, r) })
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return userError(err)
}

// newWatcher builds the watcher of serve --watch and watch.
func newWatcher(store graph.Store, ff fetchFlags, feeds []string, every time.Duration, log *slog.Logger) (*fetch.Watcher, error) {
	x, err := extract.New()
	if err != nil {
		return nil, err
	}
	return &fetch.Watcher{
		Fetcher:  ff.fetcher(),
		Ingester: &ingest.Ingester{Store: store, Extractor: x, Logger: log},
		Feeds:    feeds,
		Every:    every,
	}, nil
}

// printRound says what a round added, one line an article, and what failed on stderr.
func printRound(stdout, stderr io.Writer, r fetch.Round) {
	now := time.Now().Format("2006-01-02 15:04:05")
	for _, n := range r.New {
		tprintf(stdout, "%s new      %s %q (%s) from %s\n", now, n.Document, n.Title, orNone(n.Published), n.Link)
	}
	for _, f := range r.Failed {
		what := f.Feed
		if f.Link != "" {
			what = f.Link
		}
		tprintf(stderr, "%s failed   %s: %s\n", now, what, strings.TrimPrefix(f.Error, what+": "))
	}
	if len(r.New) == 0 && len(r.Failed) == 0 {
		tprintf(stdout, "%s nothing new in %d items\n", now, r.Items)
	}
}

func orNone(date string) string {
	if date == "" {
		return "no date"
	}
	return date
}
