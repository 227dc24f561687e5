package fetch

import (
	"context"
	"io"
	"os"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/ingest/feed"
)

// Watcher keeps a store current with feeds: every interval it reads each feed again, fetches the items it
// has not seen and ingests them.
type Watcher struct {
	Fetcher  *Fetcher
	Ingester *ingest.Ingester
	Feeds    []string // links, or paths of feed files
	Every    time.Duration

	mu   sync.Mutex
	seen map[string]bool // items fetched and ingested (or found unchanged), by feed and item id
}

// Round is what one look at the feeds did.
type Round struct {
	New    []NewItem   // articles the store did not hold
	Failed []FailedRun // feeds that could not be read and items that could not be fetched or ingested
	Items  int         // the items the feeds list
}

// NewItem is an article a round added.
type NewItem struct {
	Feed, Link, Document, Title, Published string
}

// FailedRun is a feed or an item that failed, and why. It is tried again next round.
type FailedRun struct {
	Feed, Link, Error string
}

// Run does a round at once and then every w.Every until ctx is done, handing each round to report. It
// returns ctx's error, or the store's when the store fails (a round's other failures go to report).
func (w *Watcher) Run(ctx context.Context, report func(Round)) error {
	tick := time.NewTicker(w.Every)
	defer tick.Stop()
	for {
		r, err := w.Round(ctx)
		if err != nil {
			return err
		}
		report(r)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
	}
}

// Round reads the feeds once and ingests the items not seen before.
func (w *Watcher) Round(ctx context.Context) (Round, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.seen == nil {
		w.seen = map[string]bool{}
	}
	var r Round
	for _, src := range w.Feeds {
		if ctx.Err() != nil {
			return r, ctx.Err()
		}
		fd, err := w.read(ctx, src)
		if err != nil {
			r.Failed = append(r.Failed, FailedRun{Feed: src, Error: graph.ErrorMessage(err)})
			continue
		}
		r.Items += len(fd.Items)
		var fresh []feed.Item
		for _, it := range fd.Items {
			if !w.seen[src+"\x00"+it.ID] {
				fresh = append(fresh, it)
			}
		}
		if len(fresh) == 0 {
			continue
		}
		files := w.Fetcher.Items(ctx, fresh)
		rep, err := w.Ingester.Ingest(ctx, files)
		if err != nil {
			return r, err
		}
		byLink := map[string]ingest.DocReport{}
		for _, d := range rep.Documents {
			byLink[d.File] = d
		}
		for i, it := range fresh {
			d, ok := byLink[it.Link]
			switch {
			case files[i].Err != nil:
				r.Failed = append(r.Failed, FailedRun{Feed: src, Link: it.Link, Error: graph.ErrorMessage(files[i].Err)})
			case !ok || d.Error != "":
				r.Failed = append(r.Failed, FailedRun{Feed: src, Link: it.Link, Error: d.Error})
			default:
				w.seen[src+"\x00"+it.ID] = true
				if !d.Unchanged {
					r.New = append(r.New, NewItem{Feed: src, Link: it.Link, Document: d.Document,
						Title: files[i].Doc.Title, Published: files[i].Doc.Published})
				}
			}
		}
	}
	return r, nil
}

// read gets the feed at a link, or in a file.
func (w *Watcher) read(ctx context.Context, src string) (feed.Feed, error) {
	if !IsLink(src) {
		data, err := readFile(src)
		if err != nil {
			return feed.Feed{}, err
		}
		return feed.Parse(src, data, "")
	}
	p, err := w.Fetcher.Get(ctx, src)
	if err != nil {
		return feed.Feed{}, err
	}
	return feed.Parse(p.URL, p.Body, p.URL)
}

// readFile reads a feed file, within feed.MaxSize.
func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "%v", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, feed.MaxSize+1))
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "%v", err)
	}
	if len(data) > feed.MaxSize {
		return nil, graph.Errorf(graph.ETOOLARGE, "%s: over the %d-byte limit for a feed", path, feed.MaxSize)
	}
	return data, nil
}
