package fetch

import (
	"bytes"
	"context"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/ingest/feed"
)

// IsLink reports whether s is written as an http or https link (it may still be refused when fetched).
func IsLink(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// LinkList reads a file of links: one link a line, blank lines and lines starting with # left out. ok is
// false unless every other line is a link and there is at least one, so an article is never taken for one.
func LinkList(data []byte) (links []string, ok bool) {
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !IsLink(line) || strings.ContainsAny(line, " \t") {
			return nil, false
		}
		links = append(links, line)
	}
	return links, len(links) > 0
}

// Parallel is how many pages Files and Items fetch at once.
const Parallel = 4

// Files fetches the links, Parallel at a time, in order: a page is one file, named by its link, holding its
// article or the reason it could not be fetched (which ingest reports as a failed input); a feed stands for
// its items, each fetched so (Items).
func (f *Fetcher) Files(ctx context.Context, links []string) []ingest.File {
	type result struct {
		file ingest.File
		feed *feed.Feed
	}
	results := parallel(len(links), func(i int) result {
		link := links[i]
		file := ingest.File{Name: link, Rel: link}
		p, err := f.Get(ctx, link)
		if err == nil && p.IsFeed() {
			fd, err := feed.Parse(p.URL, p.Body, p.URL)
			if err == nil {
				return result{feed: &fd}
			}
			file.Err = err
			return result{file: file}
		}
		var doc graph.Document
		if err == nil {
			doc, err = p.Article()
		}
		if err != nil {
			file.Err = err
		} else {
			file.Doc = &doc
		}
		return result{file: file}
	})
	var out []ingest.File
	for _, r := range results {
		if r.feed != nil {
			out = append(out, f.Items(ctx, r.feed.Items)...)
		} else {
			out = append(out, r.file)
		}
	}
	return out
}

// Items fetches the articles of a feed's items, Parallel at a time. An article whose page gives no date or
// title takes the item's.
func (f *Fetcher) Items(ctx context.Context, items []feed.Item) []ingest.File {
	return parallel(len(items), func(i int) ingest.File {
		it := items[i]
		file := ingest.File{Name: it.Link, Rel: it.Link}
		doc, err := f.Article(ctx, it.Link)
		if err != nil {
			file.Err = err
			return file
		}
		if doc.Published == "" {
			doc.Published = it.Published
		}
		if doc.Title == "" {
			doc.Title = it.Title
		}
		file.Doc = &doc
		return file
	})
}

// IsFeed reports whether the page is an RSS or Atom feed.
func (p Page) IsFeed() bool {
	switch p.ContentType {
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml":
		return true
	case "application/xml", "text/xml":
		return feed.IsFeed(p.Body)
	}
	return false
}

// Expand replaces each file of links among files (a .txt file whose lines are all links) with the articles
// its links lead to, and each feed file (.rss, .atom, .xml) with its items' articles, fetched; other files
// are kept as they are. It returns the files and the number of links fetched.
func (f *Fetcher) Expand(ctx context.Context, files []ingest.File) ([]ingest.File, int) {
	var out []ingest.File
	n := 0
	for _, file := range files {
		if file.Err != nil || file.Doc != nil || file.IsOverlay() {
			out = append(out, file)
			continue
		}
		if feed.IsFeedName(file.Name) && feed.IsFeed(file.Data) {
			fd, err := feed.Parse(file.Name, file.Data, "")
			if err != nil {
				file.Err = err
				out = append(out, file)
				continue
			}
			out = append(out, f.Items(ctx, fd.Items)...)
			n += len(fd.Items)
			continue
		}
		if bytes.Contains(file.Data, []byte("://")) {
			if links, ok := LinkList(file.Data); ok {
				out = append(out, f.Files(ctx, links)...)
				n += len(links)
				continue
			}
		}
		out = append(out, file)
	}
	return out, n
}

// parallel calls fn for 0..n-1, Parallel at a time, and returns the results in order.
func parallel[T any](n int, fn func(int) T) []T {
	out := make([]T, n)
	sem := make(chan struct{}, Parallel)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			out[i] = fn(i)
		}()
	}
	wg.Wait()
	return out
}
