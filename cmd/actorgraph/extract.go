package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/ingest/resolve"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

// extraction is what `actorgraph extract` prints: what ingest would load from the files, resolved across
// them.
type extraction struct {
	Entities  []graph.Entity   `json:"entities"`
	Relations []graph.Relation `json:"relations"`
	Documents []graph.Document `json:"documents"`
	Merges    []resolve.Merge  `json:"merges"`
}

func runExtract(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	fs := newFlags("extract", "[--format json|text] FILE_OR_LINK...", stdout, stderr)
	format := fs.String("format", "text", "output `format`: json or text")
	var ff fetchFlags
	ff.register(fs, getenv)
	if err := parse(fs, args); err != nil {
		return err
	}
	if *format != "json" && *format != "text" {
		return fmt.Errorf("--format %q: want json or text: %w", *format, errUsage)
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("extract needs at least one file or folder: %w", errUsage)
	}
	log := newLogger(getenv, stderr)
	paths, links := splitLinks(fs.Args())
	var found ingest.Found
	var err error
	if len(paths) > 0 {
		if found, err = readInputs(paths, stderr); err != nil {
			return err
		}
	}
	found.Files = ff.fetchAll(ctx, found.Files, links)
	x, err := extract.New()
	if err != nil {
		return err
	}
	// A store of its own in a temporary folder: extract must never touch the user's store, and going through
	// a store is what makes its output exactly what ingest would load.
	dir, err := os.MkdirTemp("", "actorgraph-extract-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	store, err := boltstore.Open(filepath.Join(dir, "extract.db"))
	if err != nil {
		return userError(err)
	}
	defer store.Close()
	in := ingest.Ingester{Store: store, Extractor: x, Logger: log, Progress: progress(stderr)}
	rep, err := in.Ingest(ctx, found.Files)
	if err != nil {
		return userError(err)
	}
	if err := rep.Err(); err != nil {
		return userError(err)
	}
	out, err := extracted(ctx, store, rep)
	if err != nil {
		return userError(err)
	}
	if *format == "json" {
		enc := json.NewEncoder(terminalJSON{stdout})
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(out)
	}
	printExtraction(stdout, out)
	return nil
}

func extracted(ctx context.Context, store graph.Store, rep ingest.Report) (extraction, error) {
	sg, err := store.Snapshot(ctx, graph.Filter{})
	if err != nil {
		return extraction{}, err
	}
	docs, err := store.Documents(ctx)
	if err != nil {
		return extraction{}, err
	}
	out := extraction{Entities: sg.Entities, Relations: sg.Relations, Documents: docs, Merges: []resolve.Merge{}}
	for _, d := range rep.Documents {
		out.Merges = append(out.Merges, d.Merges...)
	}
	resolve.SortMerges(out.Merges)
	if out.Entities == nil {
		out.Entities = []graph.Entity{}
	}
	if out.Relations == nil {
		out.Relations = []graph.Relation{}
	}
	if out.Documents == nil {
		out.Documents = []graph.Document{}
	}
	return out, nil
}

// printExtraction writes the extraction for a person to read: entities, then each relationship with the
// sentences that state it, then the merges. Everything taken from the files goes through tprintf.
func printExtraction(w io.Writer, x extraction) {
	names := map[string]string{}
	for _, e := range x.Entities {
		names[e.ID] = e.Name
	}
	tprintf(w, "%d documents\n", len(x.Documents))
	for _, d := range x.Documents {
		tprintf(w, "  %s  %s  %q\n", d.ID, orDash(d.Published), d.Title)
	}
	tprintf(w, "\n%d entities\n", len(x.Entities))
	for _, e := range x.Entities {
		tprintf(w, "  %-13s %s", e.Kind, e.Name)
		if len(e.Aliases) > 0 {
			tprintf(w, " (also %s)", strings.Join(e.Aliases, ", "))
		}
		tprintf(w, "  [%s]\n", e.ID)
	}
	tprintf(w, "\n%d relationships\n", len(x.Relations))
	for _, r := range x.Relations {
		tprintf(w, "  %s  %s  %s  (%s)\n", names[r.From], r.Type, names[r.To], r.Stance)
		for _, ev := range r.Evidence {
			tprintf(w, "      %s:%d-%d %s %s %.2f: %s\n", ev.Document, ev.Start, ev.End, ev.Origin, ev.Rule, ev.Confidence, oneLine(ev.Text))
		}
	}
	tprintf(w, "\n%d merges\n", len(x.Merges))
	for _, m := range x.Merges {
		tprintf(w, "  %q in %s → %s  (%s; was %s)\n", m.Alias, m.Document, m.Into, m.Rule, m.From)
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// progress returns a function that shows "12/340 documents" on stderr when stderr is a terminal, and nil
// otherwise (tests, pipes, log files).
func progress(stderr io.Writer) func(done, total int) {
	f, ok := stderr.(*os.File)
	if !ok {
		return nil
	}
	if fi, err := f.Stat(); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	return func(done, total int) {
		if total < 2 {
			return
		}
		fmt.Fprintf(f, "\r%d/%d documents", done, total)
		if done == total {
			fmt.Fprintln(f)
		}
	}
}
