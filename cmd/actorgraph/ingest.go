package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/ingest/fetch"
	"github.com/actorgraph/actorgraph/seeds"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

func runIngest(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	fs := newFlags("ingest", "[flags] PATH_OR_LINK...", stdout, stderr)
	var sf storeFlags
	sf.register(fs, getenv)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	seed := fs.Bool("seed", false, "also load the seed article shipped in the binary (the January 2022 unrest in Kazakhstan)")
	serverURL := fs.String("server", "", "send the files to the actorgraph server at this `URL` (http://localhost:8080) instead of opening the store; the token is ACTORGRAPH_EDIT_TOKEN")
	var ff fetchFlags
	ff.register(fs, getenv)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 && !*seed {
		return fmt.Errorf("ingest needs at least one file, folder or link, or --seed: %w", errUsage)
	}
	log := newLogger(getenv, stderr)
	var rem *remote
	if *serverURL != "" {
		var err error
		if rem, err = newRemote(*serverURL, strings.TrimSpace(getenv("ACTORGRAPH_EDIT_TOKEN"))); err != nil {
			return err
		}
	}
	var found ingest.Found
	paths, links := splitLinks(fs.Args())
	if len(paths) > 0 {
		var err error
		if found, err = readInputs(paths, stderr); err != nil {
			return err
		}
	}
	// Links, and files of links, become the articles they lead to, fetched before the store is opened.
	if rem != nil {
		for _, f := range found.Files {
			if _, ok := fetch.LinkList(f.Data); ok && !f.IsOverlay() {
				links = append(links, f.Name)
			}
		}
		if len(links) > 0 {
			// The server's own fetcher, with its own address rules, is the one to fetch for it.
			return fmt.Errorf("--server sends files, not links (%s): add links on the server's page, or ingest them with the server stopped: %w", links[0], errUsage)
		}
	} else {
		found.Files = ff.fetchAll(ctx, found.Files, links)
	}
	if *seed {
		files, err := ingest.ReadFS(seeds.FS, "seeds")
		if err != nil {
			return err
		}
		found.Files = append(files, found.Files...)
	}
	var (
		rep ingest.Report
		err error
	)
	if rem != nil {
		rep, err = rem.ingest(ctx, found.Files, nil)
	} else {
		rep, err = ingestLocal(ctx, sf, getenv, log, found.Files, stderr)
	}
	if err != nil {
		return userError(err)
	}
	if *asJSON {
		enc := json.NewEncoder(terminalJSON{stdout})
		enc.SetIndent("", "  ")
		out := struct {
			ingest.Report
			Skipped []ingest.Skipped `json:"skipped"` // what the folders held and ingest did not read
		}{rep, append([]ingest.Skipped{}, found.Skipped...)}
		if err := enc.Encode(out); err != nil {
			return err
		}
	} else {
		printReport(stdout, rep)
	}
	if rep.Failed > 0 {
		return fmt.Errorf("%d of %d inputs failed; the store holds everything else", rep.Failed, len(rep.Documents))
	}
	return nil
}

// ingestLocal ingests the files into the store the flags name. A store that a running server holds gets one
// line saying how to send the files to it.
func ingestLocal(ctx context.Context, sf storeFlags, getenv env, log *slog.Logger, files []ingest.File, stderr io.Writer) (ingest.Report, error) {
	for _, f := range files {
		sf.inputBytes += int64(len(f.Data))
		if f.Doc != nil {
			sf.inputBytes += int64(len(f.Doc.Text))
		}
	}
	store, err := sf.open(ctx, getenv, log)
	if errors.Is(err, boltstore.ErrInUse) {
		return ingest.Report{}, errors.New(inUseHint(sf.path))
	}
	if err != nil {
		return ingest.Report{}, err
	}
	defer store.Close()
	x, err := extract.New()
	if err != nil {
		return ingest.Report{}, err
	}
	in := ingest.Ingester{Store: store, Extractor: x, Logger: log, Progress: progress(stderr), Corrections: store}
	return in.Ingest(ctx, files)
}

// printReport prints the report for a person to read; the file names, ids and messages in it go through
// tprintf.
func printReport(w io.Writer, rep ingest.Report) {
	for _, d := range rep.Documents {
		what := d.File
		if len(d.Overlays) > 0 {
			what = strings.TrimPrefix(what+" + "+strings.Join(d.Overlays, " + "), " + ")
		}
		switch {
		case d.Error != "":
			tprintf(w, "FAILED     %s\n", what)
			tprintLines(w, "           ", "           ", d.Error)
		case d.Unchanged:
			tprintf(w, "unchanged  %s (%s)\n", d.Document, what)
		default:
			tprintf(w, "ingested   %s (%s)\n", d.Document, what)
		}
		for _, warning := range d.Warnings {
			tprintf(w, "           warning: %s\n", warning)
		}
		for _, m := range d.Merges {
			tprintf(w, "           %q is %s (%s)\n", m.Alias, m.Into, m.Rule)
		}
	}
	if rep.Corrections > 0 {
		fmt.Fprintf(w, "added %d editor corrections\n", rep.Corrections)
	}
	b, a := rep.Before, rep.After
	fmt.Fprintf(w, "store: %d documents (%+d), %d entities (%+d), %d relationships (%+d), %d evidence sentences (%+d)\n",
		a.Documents, a.Documents-b.Documents, a.Entities, a.Entities-b.Entities,
		a.Relations, a.Relations-b.Relations, a.Evidence, a.Evidence-b.Evidence)
}

// fetchFlags are the flags of the commands that fetch links.
type fetchFlags struct {
	allowPrivate bool
	timeout      time.Duration
}

func (f *fetchFlags) register(fs *flag.FlagSet, getenv env) {
	fs.BoolVar(&f.allowPrivate, "allow-private", getenv.or("ACTORGRAPH_ALLOW_PRIVATE", "false") == "true",
		"fetch links to loopback, private and link-local addresses too (env ACTORGRAPH_ALLOW_PRIVATE); off, a link that leads into the machine's own network is refused")
	fs.DurationVar(&f.timeout, "fetch-timeout", fetch.DefaultTimeout, "longest the fetch of one page may take, redirects included")
}

func (f *fetchFlags) fetcher() *fetch.Fetcher {
	return fetch.New(fetch.Config{AllowPrivate: f.allowPrivate, Timeout: f.timeout, UserAgent: "actorgraph/" + shortVersion() + " (+https://github.com/actorgraph/actorgraph; news reader for analysts)"})
}

// splitLinks tells the links among a command's arguments from the paths.
func splitLinks(args []string) (paths, links []string) {
	for _, a := range args {
		if fetch.IsLink(a) {
			links = append(links, a)
		} else {
			paths = append(paths, a)
		}
	}
	return paths, links
}

// fetchAll replaces the files of links and the feeds among files with the articles they lead to, and adds
// the articles of the links, fetched.
func (f *fetchFlags) fetchAll(ctx context.Context, files []ingest.File, links []string) []ingest.File {
	fetcher := f.fetcher()
	files, _ = fetcher.Expand(ctx, files)
	return append(files, fetcher.Files(ctx, links)...)
}
