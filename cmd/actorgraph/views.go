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
	"time"

	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analyze"
	"github.com/actorgraph/actorgraph/render"
	"github.com/actorgraph/actorgraph/view"
)

// The analyst views on the command line: path, export, blocs, centrality, alliances and changes. Each is a
// viewSpec run by runView, which takes the steps they share; each builds the same View the API does (view),
// so a file from the CLI and a download from the page are the same bytes.

// filterFlags are the filter flags every view takes.
type filterFlags struct {
	kinds, types, stances, documents, fromDate, toDate string
	hide                                               string // actors to leave out of the view (view.Hide)
	minEvidence, maxNodes                              int
	minConfidence                                      float64
}

func (ff *filterFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&ff.kinds, "kinds", "", "keep only these entity `kinds`, comma-separated: person, state, organization, outlet, place")
	fs.StringVar(&ff.types, "types", "", "keep only these relationship `types`, comma-separated: SUPPORTS,MEMBER_OF...")
	fs.StringVar(&ff.stances, "stances", "", "keep only these `stances`, comma-separated: cooperation, conflict, structural, neutral")
	fs.StringVar(&ff.documents, "documents", "", "keep only evidence from these document `ids`, comma-separated")
	fs.StringVar(&ff.fromDate, "from-date", "", "keep only evidence published on or after this `date` (YYYY-MM-DD)")
	fs.StringVar(&ff.toDate, "to-date", "", "keep only evidence published on or before this `date` (YYYY-MM-DD)")
	fs.IntVar(&ff.minEvidence, "min-evidence", 0, "drop relationships stated in fewer `sentences`")
	fs.Float64Var(&ff.minConfidence, "min-confidence", 0, "keep only evidence of at least this `confidence`, 0..1 (curated evidence is 1)")
	fs.StringVar(&ff.hide, "hide", "", "leave these `actors` out of the view, comma-separated ids or names; the file says how many")
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

// viewSpec is one view command: what it adds to the steps every view command takes (runView).
type viewSpec struct {
	name, usage string
	// focus is the help of --focus for a view centred on one actor (with --depth, whose help is depth);
	// empty for the others.
	focus, depth string
	// flags adds the command's own flags; check tests them once parsed (the focus as given, "" if none).
	flags func(fs *flag.FlagSet)
	check func(focus string) error
	// build makes the view from the open store, the focus resolved to an id and the filter of the flags.
	build func(ctx context.Context, st graph.Store, q graph.NeighborhoodQuery) (view.View, error)
	// text writes the view for a person to read, the default format; nil for a command without it (SVG then).
	// summary says what it wrote, on stderr when it goes to a file.
	text    func(ctx context.Context, st graph.Store, v view.View) (string, error)
	summary string
}

// runView runs a view command: the shared flags and the command's own, the checks, the store opened for
// reading, the focus resolved, the view built and written in the format asked for, or as text.
func runView(ctx context.Context, spec viewSpec, args []string, getenv env, stdout, stderr io.Writer) error {
	def := "svg"
	if spec.text != nil {
		def = "text"
	}
	vc := newViewCommand(spec.name, spec.usage, getenv, stdout, stderr, def, spec.text != nil)
	var focus *string
	var depth *int
	if spec.focus != "" {
		focus = vc.fs.String("focus", "", spec.focus)
		depth = vc.fs.Int("depth", 2, fmt.Sprintf("%s (1..%d)", spec.depth, graph.MaxDepth))
	}
	if spec.flags != nil {
		spec.flags(vc.fs)
	}
	if err := vc.parse(args); err != nil {
		return err
	}
	q := graph.NeighborhoodQuery{Filter: vc.f}
	given := ""
	if focus != nil {
		given, q.Depth = *focus, *depth
	}
	if spec.check != nil {
		if err := spec.check(given); err != nil {
			return err
		}
	}
	if focus != nil && given == "" {
		return fmt.Errorf("%s needs --focus: %w", spec.name, errUsage)
	}
	st, err := vc.open(ctx, getenv, stderr)
	if err != nil {
		return err
	}
	defer st.Close()
	if given != "" {
		id, err := graph.ResolveEntity(ctx, st, given)
		if err != nil {
			return userError(err)
		}
		q.Focus = []string{id}
	}
	v, err := spec.build(ctx, st, q)
	if err != nil {
		return userError(err)
	}
	hide := splitList(vc.ff.hide)
	if len(hide) > view.MaxHidden {
		return fmt.Errorf("--hide names %d actors; at most %d: %w", len(hide), view.MaxHidden, errUsage)
	}
	for i, ref := range hide {
		if hide[i], err = graph.ResolveEntity(ctx, st, ref); err != nil {
			return userError(err)
		}
	}
	v.Hide(hide)
	if vc.of.format != "text" {
		return vc.of.write(ctx, v, vc.out, &vc.rf, getenv, stdout, stderr)
	}
	text, err := spec.text(ctx, st, v)
	if err != nil {
		return userError(err)
	}
	return vc.of.emit([]byte(text), stdout, stderr, spec.summary)
}

func runPath(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	var from, to *string
	var q analyze.PathQuery
	return runView(ctx, viewSpec{
		name: "path", usage: "--from NAME_OR_ID --to NAME_OR_ID [flags]",
		flags: func(fs *flag.FlagSet) {
			from = fs.String("from", "", "the actor to start from: an id or a name or alias")
			to = fs.String("to", "", "the actor to reach: an id or a name or alias")
			fs.IntVar(&q.MaxLength, "max", analyze.DefaultMaxLength, fmt.Sprintf("longest path in steps, 1..%d", analyze.MaxMaxLength))
			fs.IntVar(&q.Limit, "limit", analyze.DefaultPathLimit, fmt.Sprintf("most paths, 1..%d", analyze.MaxPathLimit))
			fs.BoolVar(&q.CooperationOnly, "cooperation", false, "walk only relationships whose stance is cooperation")
		},
		check: func(string) error {
			if *from == "" || *to == "" {
				return fmt.Errorf("path needs --from and --to: %w", errUsage)
			}
			return nil
		},
		build: func(ctx context.Context, st graph.Store, nq graph.NeighborhoodQuery) (view.View, error) {
			var err error
			q.Filter = nq.Filter
			if q.From, err = graph.ResolveEntity(ctx, st, *from); err != nil {
				return view.View{}, err
			}
			if q.To, err = graph.ResolveEntity(ctx, st, *to); err != nil {
				return view.View{}, err
			}
			return view.Paths(ctx, st, q, nq.Filter.MaxNodes)
		},
		text:    func(_ context.Context, _ graph.Store, v view.View) (string, error) { return pathsText(v, q), nil },
		summary: "paths as text",
	}, args, getenv, stdout, stderr)
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
				tprintf(&b, "   step %d: %s %s %s (%s)\n", j+1, nameOf(r.From), graph.Phrase(r.Type, nameOf(r.From)), nameOf(r.To), r.Stance)
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
	return runView(ctx, viewSpec{
		name: "export", usage: "--focus NAME_OR_ID [--depth N] --format FORMAT [-o FILE] [flags]",
		focus: "the actor to centre on: an id (person:kassym-jomart-tokayev) or a name or alias (Tokayev)",
		depth: "how many relationships away from the focus to show",
		build: func(ctx context.Context, st graph.Store, q graph.NeighborhoodQuery) (view.View, error) {
			return view.Neighborhood(ctx, st, q)
		},
	}, args, getenv, stdout, stderr)
}

func runBlocs(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	var f graph.Filter
	return runView(ctx, viewSpec{
		name: "blocs", usage: "[flags]",
		build: func(ctx context.Context, st graph.Store, q graph.NeighborhoodQuery) (view.View, error) {
			f = q.Filter
			return view.Blocs(ctx, st, q.Filter)
		},
		text: func(ctx context.Context, st graph.Store, v view.View) (string, error) {
			all, err := st.Snapshot(ctx, f)
			if err != nil {
				return "", err
			}
			return blocsText(v, all), nil
		},
		summary: "blocs as text",
	}, args, getenv, stdout, stderr)
}

// blocsText lists each bloc's members by name, looked up in the whole graph.
func blocsText(v view.View, all graph.Subgraph) string {
	var b strings.Builder
	for _, bloc := range v.Body.(view.BlocsBody).Blocs {
		names := make([]string, len(bloc.Members))
		for i, id := range bloc.Members {
			names[i] = id
			if e, ok := all.Entity(id); ok {
				names[i] = e.Name
			}
		}
		against := ""
		for i, id := range bloc.Opposes {
			if i == 0 {
				against = "; against bloc " + fmt.Sprint(id)
			} else {
				against += ", " + fmt.Sprint(id)
			}
		}
		tprintf(&b, "Bloc %d, %s (%d%s): %s\n", bloc.ID, bloc.Label, len(names), against, strings.Join(names, ", "))
	}
	return b.String()
}

func runCentrality(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	var measure *string
	var limit *int
	return runView(ctx, viewSpec{
		name: "centrality", usage: "[--measure pagerank|degree|betweenness] [--limit N] [flags]",
		flags: func(fs *flag.FlagSet) {
			measure = fs.String("measure", analyze.ByPageRank, "rank by pagerank, degree or betweenness")
			limit = fs.Int("limit", view.DefaultRankLimit, fmt.Sprintf("actors to list, 1..%d", view.MaxRankLimit))
		},
		build: func(ctx context.Context, st graph.Store, q graph.NeighborhoodQuery) (view.View, error) {
			return view.Centrality(ctx, st, *measure, *limit, q.Filter)
		},
		text:    func(_ context.Context, _ graph.Store, v view.View) (string, error) { return centralityText(v), nil },
		summary: "ranking as text",
	}, args, getenv, stdout, stderr)
}

// centralityText is the ranking as a table.
func centralityText(v view.View) string {
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
	return b.String()
}

func runAlliances(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	return runView(ctx, viewSpec{
		name: "alliances", usage: "--focus NAME_OR_ID [--depth N] [flags]",
		focus: "the actor whose allies and opponents to find: an id or a name or alias",
		depth: "how far around the actor to look",
		build: func(ctx context.Context, st graph.Store, q graph.NeighborhoodQuery) (view.View, error) {
			return view.Alliances(ctx, st, q)
		},
		text:    func(_ context.Context, _ graph.Store, v view.View) (string, error) { return alliancesText(v), nil },
		summary: "alliances as text",
	}, args, getenv, stdout, stderr)
}

// alliancesText lists the allies and opponents, each with how many relationships tie them and through whom.
func alliancesText(v view.View) string {
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
	return b.String()
}

func runChanges(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	var before, after *string
	var early, late view.Range
	return runView(ctx, viewSpec{
		name: "changes", usage: "--focus NAME_OR_ID [--before FROM..TO --after FROM..TO] [flags]",
		focus: "the actor around whom to compare: an id or a name or alias",
		depth: "how far around the actor to look",
		flags: func(fs *flag.FlagSet) {
			before = fs.String("before", "", "the earlier `period`: FROM..TO, ..TO, FROM.. or one date (YYYY-MM-DD); without --before and --after, the page's default: the documents split at their middle publication date")
			after = fs.String("after", "", "the later `period`, as --before")
		},
		check: func(focus string) error {
			if focus == "" {
				return fmt.Errorf("changes needs --focus: %w", errUsage)
			}
			if (*before == "") != (*after == "") {
				return fmt.Errorf("changes needs both --before and --after, or neither for the page's default periods: %w", errUsage)
			}
			if *before == "" {
				return nil
			}
			var err error
			if early, err = view.ParseRange(*before); err != nil {
				return fmt.Errorf("--before: %s: %w", graph.ErrorMessage(err), errUsage)
			}
			if late, err = view.ParseRange(*after); err != nil {
				return fmt.Errorf("--after: %s: %w", graph.ErrorMessage(err), errUsage)
			}
			return nil
		},
		build: func(ctx context.Context, st graph.Store, q graph.NeighborhoodQuery) (view.View, error) {
			if *before == "" {
				docs, err := st.Documents(ctx)
				if err != nil {
					return view.View{}, err
				}
				early, late = view.DefaultPeriods(docs, time.Now())
			}
			return view.Changes(ctx, st, q, early, late)
		},
		text:    func(_ context.Context, _ graph.Store, v view.View) (string, error) { return changesText(v), nil },
		summary: "changes as text",
	}, args, getenv, stdout, stderr)
}

// changesText lists what appeared, ended, changed stance and is not mentioned again between the two
// periods.
func changesText(v view.View) string {
	relation := func(sg graph.Subgraph, id string) (graph.Relation, bool) {
		for _, r := range sg.Relations {
			if r.ID == id {
				return r, true
			}
		}
		return graph.Relation{}, false
	}
	body := v.Body.(view.ChangesBody)
	nameOf := func(id string) string {
		if e, ok := v.Subgraph.Entity(id); ok {
			return e.Name
		}
		return id
	}
	line := func(r graph.Relation) string {
		return fmt.Sprintf("%s %s %s", nameOf(r.From), graph.Phrase(r.Type, nameOf(r.From)), nameOf(r.To))
	}
	var b strings.Builder
	tprintf(&b, "%s\n", v.Drawing.Title)
	tprintf(&b, "\nAppeared (%d)\n", len(body.Appeared))
	for _, r := range body.Appeared {
		tprintf(&b, "  + %s (%s)\n", line(r), r.Stance)
	}
	tprintf(&b, "\nEnded (%d)\n", len(body.Ended))
	for _, e := range body.Ended {
		var by []string
		for _, id := range e.By {
			if r, ok := relation(v.Subgraph, id); ok {
				by = append(by, line(r))
			}
		}
		tprintf(&b, "  x %s (%s): later, %s\n", line(e.Relation), e.Relation.Stance, strings.Join(by, "; "))
	}
	tprintf(&b, "\nChanged stance (%d)\n", len(body.Changed))
	for _, c := range body.Changed {
		tprintf(&b, "  ~ %s: %s → %s\n", line(c.Relation), c.Before, c.After)
	}
	tprintf(&b, "\nNot mentioned in the later period (%d)\n", len(body.NotMentioned))
	for _, r := range body.NotMentioned {
		tprintf(&b, "  . %s (%s)\n", line(r), r.Stance)
	}
	return b.String()
}
