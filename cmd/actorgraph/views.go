package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analyze"
	"github.com/actorgraph/actorgraph/render"
	"github.com/actorgraph/actorgraph/view"
)

// The analyst views on the command line: path, export, blocs and centrality. Each builds the same View the
// API does (view), so a file from the CLI and a download from the page are the same bytes.

// filterFlags are the filter flags every view takes.
type filterFlags struct {
	kinds, types, stances, documents, fromDate, toDate string
	minEvidence, maxNodes                              int
	minConfidence                                      float64
}

func (ff *filterFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&ff.kinds, "kinds", "", "keep only these entity `kinds`, comma-separated: person, state, organization, place")
	fs.StringVar(&ff.types, "types", "", "keep only these relationship `types`, comma-separated: SUPPORTS,MEMBER_OF...")
	fs.StringVar(&ff.stances, "stances", "", "keep only these `stances`, comma-separated: cooperation, conflict, structural, neutral")
	fs.StringVar(&ff.documents, "documents", "", "keep only evidence from these document `ids`, comma-separated")
	fs.StringVar(&ff.fromDate, "from-date", "", "keep only evidence published on or after this `date` (YYYY-MM-DD)")
	fs.StringVar(&ff.toDate, "to-date", "", "keep only evidence published on or before this `date` (YYYY-MM-DD)")
	fs.IntVar(&ff.minEvidence, "min-evidence", 0, "drop relationships stated in fewer `sentences`")
	fs.Float64Var(&ff.minConfidence, "min-confidence", 0, "keep only evidence of at least this `confidence`, 0..1 (curated evidence is 1)")
	fs.IntVar(&ff.maxNodes, "max-nodes", graph.DefaultMaxNodes, fmt.Sprintf("most actors in the view, 1..%d; the rest are counted as \"+N more\"", graph.MaxMaxNodes))
}

// filter returns the filter the flags describe. Errors: EINVALID.
func (ff *filterFlags) filter() (graph.Filter, error) {
	f := graph.Filter{From: ff.fromDate, To: ff.toDate, MinEvidence: ff.minEvidence, MinConfidence: ff.minConfidence,
		MaxNodes: ff.maxNodes, Documents: splitList(ff.documents)}
	for _, k := range splitList(ff.kinds) {
		kind, err := graph.ParseKind(k)
		if err != nil {
			return f, err
		}
		f.Kinds = append(f.Kinds, kind)
	}
	for _, t := range splitList(ff.types) {
		info, err := graph.LookupRelType(t)
		if err != nil {
			return f, err
		}
		f.Types = append(f.Types, info.Type)
	}
	for _, s := range splitList(ff.stances) {
		st, err := graph.ParseStance(s)
		if err != nil {
			return f, err
		}
		f.Stances = append(f.Stances, st)
	}
	if !(f.MinConfidence >= 0 && f.MinConfidence <= 1) { // NaN too
		return f, graph.Errorf(graph.EINVALID, "--min-confidence %v is outside 0..1", f.MinConfidence)
	}
	if f.MaxNodes < 1 {
		return f, graph.Errorf(graph.EINVALID, "--max-nodes %d is outside 1..%d", f.MaxNodes, graph.MaxMaxNodes)
	}
	return f, f.Validate()
}

func splitList(s string) []string {
	var out []string
	for _, item := range strings.Split(s, ",") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// outputFlags say how to hand a view out: the format, the drawing's layout, DPI and node sizes, the file.
type outputFlags struct {
	format, layout, size, out string
	dpi                       int
	text                      bool // the command also prints text
}

func (of *outputFlags) register(fs *flag.FlagSet, def string, text bool) {
	of.text = text
	formats := strings.Join(export.Names(), ", ")
	if text {
		formats = "text, " + formats
	}
	fs.StringVar(&of.format, "format", def, "output `format`: "+formats)
	fs.StringVar(&of.layout, "layout", "", "Graphviz layout: "+strings.Join(render.Layouts(), ", ")+" (default: chosen by size)")
	fs.IntVar(&of.dpi, "dpi", render.DefaultDPI, fmt.Sprintf("resolution of a PNG, %d..%d", render.MinDPI, render.MaxDPI))
	fs.StringVar(&of.size, "size", "", "size actors in drawings by centrality, pagerank, degree or betweenness")
	fs.StringVar(&of.out, "o", "-", "output `file` (- for standard output)")
}

// check validates the flags before any work; drawings are report drawings (no links, a sources footer).
func (of *outputFlags) check() (view.Output, error) {
	of.format = strings.ToLower(of.format)
	o := view.Output{Format: of.format, Layout: of.layout, DPI: of.dpi, Report: true}
	if of.text && of.format == "text" {
		return o, nil
	}
	if err := view.CheckOutput(o); err != nil {
		return o, fmt.Errorf("%s: %w", graph.ErrorMessage(err), errUsage)
	}
	switch of.size {
	case "", view.SizeCentrality, view.SizePageRank, view.SizeDegree, view.SizeBetween:
	default:
		return o, fmt.Errorf("--size %q is not one of centrality, pagerank, degree, betweenness: %w", of.size, errUsage)
	}
	return o, nil
}

// write hands the view out in the format, starting the render workers only for a drawing.
func (of *outputFlags) write(ctx context.Context, v view.View, o view.Output, rf *renderFlags, getenv env, stdout, stderr io.Writer) error {
	if err := v.SizeBy(ctx, of.size); err != nil {
		return userError(err)
	}
	var drawer view.Drawer
	if f, _ := export.Lookup(o.Format); f.Drawn {
		svc, closeRenderer := rf.service(newLogger(getenv, stderr))
		defer closeRenderer()
		drawer = svc
	}
	data, _, err := v.Bytes(ctx, drawer, o)
	if err != nil {
		return userError(err)
	}
	if o.Format == export.JSON {
		var b bytes.Buffer
		if err := json.Indent(&b, data, "", "  "); err != nil {
			return err
		}
		b.WriteByte('\n')
		data = jsonTerminalSafe(b.Bytes())
	}
	return of.emit(data, stdout, stderr, fmt.Sprintf("%d actors, %d relationships", len(v.Subgraph.Entities), len(v.Subgraph.Relations)))
}

func (of *outputFlags) emit(data []byte, stdout, stderr io.Writer, summary string) error {
	if of.out == "-" {
		_, err := stdout.Write(data)
		return err
	}
	if err := os.WriteFile(of.out, data, 0o644); err != nil {
		return err
	}
	tprintf(stderr, "wrote %s: %s\n", of.out, summary)
	return nil
}

// viewCommand is what the view commands share: store, filter, output and render flags.
type viewCommand struct {
	fs  *flag.FlagSet
	sf  storeFlags
	ff  filterFlags
	of  outputFlags
	rf  renderFlags
	out view.Output
	f   graph.Filter
}

func newViewCommand(name, usage string, getenv env, stdout, stderr io.Writer, defFormat string, text bool) *viewCommand {
	vc := &viewCommand{fs: newFlags(name, usage, stdout, stderr)}
	vc.sf.register(vc.fs, getenv)
	vc.ff.register(vc.fs)
	vc.of.register(vc.fs, defFormat, text)
	vc.rf.register(vc.fs, getenv)
	return vc
}

// parse parses and checks the flags.
func (vc *viewCommand) parse(args []string) error {
	if err := parse(vc.fs, args); err != nil {
		return err
	}
	if vc.fs.NArg() > 0 {
		return fmt.Errorf("%s takes no arguments, got %q: %w", vc.fs.Name(), vc.fs.Args(), errUsage)
	}
	var err error
	if vc.out, err = vc.of.check(); err != nil {
		return err
	}
	if vc.f, err = vc.ff.filter(); err != nil {
		return fmt.Errorf("%s: %w", graph.ErrorMessage(err), errUsage)
	}
	return nil
}

func (vc *viewCommand) open(ctx context.Context, getenv env, stderr io.Writer) (graph.Store, error) {
	return vc.sf.openForReading(ctx, getenv, newLogger(getenv, stderr))
}

func runPath(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	vc := newViewCommand("path", "--from NAME_OR_ID --to NAME_OR_ID [flags]", getenv, stdout, stderr, "text", true)
	from := vc.fs.String("from", "", "the actor to start from: an id or a name or alias")
	to := vc.fs.String("to", "", "the actor to reach: an id or a name or alias")
	maxLen := vc.fs.Int("max", analyze.DefaultMaxLength, fmt.Sprintf("longest path in steps, 1..%d", analyze.MaxMaxLength))
	limit := vc.fs.Int("limit", analyze.DefaultPathLimit, fmt.Sprintf("most paths, 1..%d", analyze.MaxPathLimit))
	coop := vc.fs.Bool("cooperation", false, "walk only relationships whose stance is cooperation")
	if err := vc.parse(args); err != nil {
		return err
	}
	if *from == "" || *to == "" {
		return fmt.Errorf("path needs --from and --to: %w", errUsage)
	}
	st, err := vc.open(ctx, getenv, stderr)
	if err != nil {
		return err
	}
	defer st.Close()
	q := analyze.PathQuery{MaxLength: *maxLen, Limit: *limit, CooperationOnly: *coop, Filter: vc.f}
	if q.From, err = graph.ResolveEntity(ctx, st, *from); err != nil {
		return userError(err)
	}
	if q.To, err = graph.ResolveEntity(ctx, st, *to); err != nil {
		return userError(err)
	}
	v, err := view.Paths(ctx, st, q, vc.f.MaxNodes)
	if err != nil {
		return userError(err)
	}
	if vc.of.format == "text" {
		return vc.of.emit([]byte(pathsText(v, q)), stdout, stderr, "paths as text")
	}
	return vc.of.write(ctx, v, vc.out, &vc.rf, getenv, stdout, stderr)
}

// pathsText writes each path as its chain of names, then each step with the sentences that state it.
// What comes from the store goes through tprintf.
func pathsText(v view.View, q analyze.PathQuery) string {
	body := v.Body.(view.PathsBody)
	sg := v.Subgraph
	nameOf := func(id string) string {
		if e, ok := sg.Entity(id); ok {
			return e.Name
		}
		return id
	}
	rels := map[string]graph.Relation{}
	for _, r := range sg.Relations {
		rels[r.ID] = r
	}
	var b strings.Builder
	if len(body.Paths) == 0 {
		tprintf(&b, "%s.\n", v.Drawing.Title)
		return b.String()
	}
	tprintf(&b, "%s\n", v.Drawing.Title)
	for i, p := range body.Paths {
		names := make([]string, len(p.Entities))
		for j, id := range p.Entities {
			names[j] = nameOf(id)
		}
		tprintf(&b, "\n%d. %s\n", i+1, strings.Join(names, " → "))
		for j, step := range p.Steps {
			for _, id := range step {
				r := rels[id]
				phrase := string(r.Type)
				if info, ok := r.Type.Info(); ok {
					phrase = info.Phrase
				}
				tprintf(&b, "   step %d: %s %s %s (%s)\n", j+1, nameOf(r.From), phrase, nameOf(r.To), r.Stance)
				seen := map[string]bool{} // a sentence both curated and extracted is one sentence to a reader
				for _, ev := range r.Evidence {
					if key := fmt.Sprint(ev.Document, ev.Start, ev.End); seen[key] {
						continue
					} else {
						seen[key] = true
					}
					tprintf(&b, "      “%s” (%s", strings.Join(strings.Fields(ev.Text), " "), ev.Document)
					if ev.Published != "" {
						tprintf(&b, ", %s", ev.Published)
					}
					b.WriteString(")\n")
				}
			}
		}
	}
	if n := 0; len(sg.Omitted) > 0 {
		for _, c := range sg.Omitted {
			n += c
		}
		fmt.Fprintf(&b, "\n%d more actors are on paths not shown; raise --max-nodes to see them.\n", n)
	}
	return b.String()
}

func runExport(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	vc := newViewCommand("export", "--focus NAME_OR_ID [--depth N] --format FORMAT [-o FILE] [flags]", getenv, stdout, stderr, "svg", false)
	focus := vc.fs.String("focus", "", "the actor to centre on: an id (person:kassym-jomart-tokayev) or a name or alias (Tokayev)")
	depth := vc.fs.Int("depth", 2, fmt.Sprintf("how many relationships away from the focus to show (1..%d)", graph.MaxDepth))
	if err := vc.parse(args); err != nil {
		return err
	}
	if *focus == "" {
		return fmt.Errorf("export needs --focus: %w", errUsage)
	}
	st, err := vc.open(ctx, getenv, stderr)
	if err != nil {
		return err
	}
	defer st.Close()
	id, err := graph.ResolveEntity(ctx, st, *focus)
	if err != nil {
		return userError(err)
	}
	v, err := view.Neighborhood(ctx, st, graph.NeighborhoodQuery{Focus: []string{id}, Depth: *depth, Filter: vc.f})
	if err != nil {
		return userError(err)
	}
	return vc.of.write(ctx, v, vc.out, &vc.rf, getenv, stdout, stderr)
}

func runBlocs(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	vc := newViewCommand("blocs", "[flags]", getenv, stdout, stderr, "text", true)
	if err := vc.parse(args); err != nil {
		return err
	}
	st, err := vc.open(ctx, getenv, stderr)
	if err != nil {
		return err
	}
	defer st.Close()
	v, err := view.Blocs(ctx, st, vc.f)
	if err != nil {
		return userError(err)
	}
	if vc.of.format != "text" {
		return vc.of.write(ctx, v, vc.out, &vc.rf, getenv, stdout, stderr)
	}
	all, err := st.Snapshot(ctx, vc.f)
	if err != nil {
		return userError(err)
	}
	var b strings.Builder
	for _, bloc := range v.Body.(view.BlocsBody).Blocs {
		names := make([]string, len(bloc.Members))
		for i, id := range bloc.Members {
			names[i] = id
			if e, ok := all.Entity(id); ok {
				names[i] = e.Name
			}
		}
		tprintf(&b, "Bloc %d, %s (%d): %s\n", bloc.ID, bloc.Label, len(names), strings.Join(names, ", "))
	}
	return vc.of.emit([]byte(b.String()), stdout, stderr, "blocs as text")
}

func runCentrality(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	vc := newViewCommand("centrality", "[--measure pagerank|degree|betweenness] [--limit N] [flags]", getenv, stdout, stderr, "text", true)
	measure := vc.fs.String("measure", analyze.ByPageRank, "rank by pagerank, degree or betweenness")
	limit := vc.fs.Int("limit", view.DefaultRankLimit, fmt.Sprintf("actors to list, 1..%d", view.MaxRankLimit))
	if err := vc.parse(args); err != nil {
		return err
	}
	st, err := vc.open(ctx, getenv, stderr)
	if err != nil {
		return err
	}
	defer st.Close()
	v, err := view.Centrality(ctx, st, *measure, *limit, vc.f)
	if err != nil {
		return userError(err)
	}
	if vc.of.format != "text" {
		return vc.of.write(ctx, v, vc.out, &vc.rf, getenv, stdout, stderr)
	}
	var b bytes.Buffer
	body := v.Body.(view.CentralityBody)
	if e := body.Estimate; e != nil {
		fmt.Fprintf(&b, "Betweenness estimated from %d of %d actors.\n", e.Sources, e.Actors)
	}
	tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	// Only the measure asked for is computed: degree always comes with it.
	head := "RANK\tACTOR\tKIND\tDEGREE"
	if body.Measure != analyze.ByDegree {
		head += "\t" + strings.ToUpper(body.Measure)
	}
	fmt.Fprintln(tw, head)
	for i, r := range body.Ranking {
		tprintf(tw, "%d\t%s\t%s\t%d", i+1, r.Name, r.Kind, r.Degree)
		switch {
		case r.PageRank != nil:
			fmt.Fprintf(tw, "\t%.4f", *r.PageRank)
		case r.Betweenness != nil:
			fmt.Fprintf(tw, "\t%.1f", *r.Betweenness)
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	return vc.of.emit(b.Bytes(), stdout, stderr, "ranking as text")
}

func runAlliances(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	vc := newViewCommand("alliances", "--focus NAME_OR_ID [--depth N] [flags]", getenv, stdout, stderr, "text", true)
	focus := vc.fs.String("focus", "", "the actor whose allies and opponents to find: an id or a name or alias")
	depth := vc.fs.Int("depth", 2, fmt.Sprintf("how far around the actor to look (1..%d)", graph.MaxDepth))
	if err := vc.parse(args); err != nil {
		return err
	}
	if *focus == "" {
		return fmt.Errorf("alliances needs --focus: %w", errUsage)
	}
	st, err := vc.open(ctx, getenv, stderr)
	if err != nil {
		return err
	}
	defer st.Close()
	id, err := graph.ResolveEntity(ctx, st, *focus)
	if err != nil {
		return userError(err)
	}
	v, err := view.Alliances(ctx, st, graph.NeighborhoodQuery{Focus: []string{id}, Depth: *depth, Filter: vc.f})
	if err != nil {
		return userError(err)
	}
	if vc.of.format != "text" {
		return vc.of.write(ctx, v, vc.out, &vc.rf, getenv, stdout, stderr)
	}
	body := v.Body.(view.AlliancesBody)
	var b strings.Builder
	tprintf(&b, "%s\n", v.Drawing.Title)
	for _, side := range []struct {
		name string
		ties []view.Tie
	}{{"Allies", body.Allies}, {"Opponents", body.Opponents}} {
		fmt.Fprintf(&b, "\n%s (%d)\n", side.name, len(side.ties))
		for _, t := range side.ties {
			s := "s"
			if t.Score == 1 {
				s = ""
			}
			tprintf(&b, "  %s (%s): %d relationship%s", t.Name, t.Kind, t.Score, s)
			if len(t.Via) > 0 {
				via := make([]string, len(t.Via))
				for i, id := range t.Via {
					via[i] = id
					if e, ok := v.Subgraph.Entity(id); ok {
						via[i] = e.Name
					}
				}
				tprintf(&b, ", through %s", strings.Join(via, ", "))
			}
			b.WriteByte('\n')
		}
	}
	return vc.of.emit([]byte(b.String()), stdout, stderr, "alliances as text")
}

func runChanges(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	vc := newViewCommand("changes", "--focus NAME_OR_ID --before FROM..TO --after FROM..TO [flags]", getenv, stdout, stderr, "text", true)
	focus := vc.fs.String("focus", "", "the actor around whom to compare: an id or a name or alias")
	depth := vc.fs.Int("depth", 2, fmt.Sprintf("how far around the actor to look (1..%d)", graph.MaxDepth))
	before := vc.fs.String("before", "", "the earlier `period`: FROM..TO, ..TO, FROM.. or one date (YYYY-MM-DD)")
	after := vc.fs.String("after", "", "the later `period`, as --before")
	if err := vc.parse(args); err != nil {
		return err
	}
	if *focus == "" || *before == "" || *after == "" {
		return fmt.Errorf("changes needs --focus, --before and --after: %w", errUsage)
	}
	early, err := view.ParseRange(*before)
	if err != nil {
		return fmt.Errorf("--before: %s: %w", graph.ErrorMessage(err), errUsage)
	}
	late, err := view.ParseRange(*after)
	if err != nil {
		return fmt.Errorf("--after: %s: %w", graph.ErrorMessage(err), errUsage)
	}
	st, err := vc.open(ctx, getenv, stderr)
	if err != nil {
		return err
	}
	defer st.Close()
	id, err := graph.ResolveEntity(ctx, st, *focus)
	if err != nil {
		return userError(err)
	}
	v, err := view.Changes(ctx, st, graph.NeighborhoodQuery{Focus: []string{id}, Depth: *depth, Filter: vc.f}, early, late)
	if err != nil {
		return userError(err)
	}
	if vc.of.format != "text" {
		return vc.of.write(ctx, v, vc.out, &vc.rf, getenv, stdout, stderr)
	}
	body := v.Body.(view.ChangesBody)
	nameOf := func(id string) string {
		if e, ok := v.Subgraph.Entity(id); ok {
			return e.Name
		}
		return id
	}
	line := func(r graph.Relation) string {
		phrase := string(r.Type)
		if info, ok := r.Type.Info(); ok {
			phrase = info.Phrase
		}
		return fmt.Sprintf("%s %s %s", nameOf(r.From), phrase, nameOf(r.To))
	}
	var b strings.Builder
	tprintf(&b, "%s\n", v.Drawing.Title)
	tprintf(&b, "\nAppeared (%d)\n", len(body.Appeared))
	for _, r := range body.Appeared {
		tprintf(&b, "  + %s (%s)\n", line(r), r.Stance)
	}
	tprintf(&b, "\nVanished (%d)\n", len(body.Vanished))
	for _, r := range body.Vanished {
		tprintf(&b, "  - %s (%s)\n", line(r), r.Stance)
	}
	tprintf(&b, "\nChanged stance (%d)\n", len(body.Changed))
	for _, c := range body.Changed {
		tprintf(&b, "  ~ %s: %s → %s\n", line(c.Relation), c.Before, c.After)
	}
	return vc.of.emit([]byte(b.String()), stdout, stderr, "changes as text")
}
