package fetch

import (
	"bytes"
	"context"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/ingest"
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

// Parallel is how many pages Files fetches at once.
const Parallel = 4

// Files fetches the links as articles, Parallel at a time, in order: each link is one file, named by the
// link, holding its article or the reason it could not be fetched (which ingest reports as a failed input).
func (f *Fetcher) Files(ctx context.Context, links []string) []ingest.File {
	out := make([]ingest.File, len(links))
	sem := make(chan struct{}, Parallel)
	var wg sync.WaitGroup
	for i, link := range links {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			out[i] = ingest.File{Name: link, Rel: link}
			doc, err := f.Article(ctx, link)
			if err != nil {
				out[i].Err = err
				return
			}
			out[i].Doc = &doc
		}()
	}
	wg.Wait()
	return out
}

// Expand replaces each file of links among files (a .txt file whose lines are all links) with the
// articles its links lead to, fetched; other files are kept as they are. It returns the files and the
// number of links fetched.
func (f *Fetcher) Expand(ctx context.Context, files []ingest.File) ([]ingest.File, int) {
	var out []ingest.File
	n := 0
	for _, file := range files {
		if file.Err == nil && file.Doc == nil && !file.IsOverlay() && bytes.Contains(file.Data, []byte("://")) {
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
