package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// maxCorrectionsFile bounds a file of corrections read by import: MaxCorrections lines of a few hundred
// bytes.
const maxCorrectionsFile = 32 << 20

// correctionsFile is what `corrections export` writes and `corrections import` reads.
type correctionsFile struct {
	Corrections []graph.Correction `json:"corrections"`
}

// runCorrections is `actorgraph corrections log|export|import`: the editors' corrections made in the app.
func runCorrections(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
			fmt.Fprintln(stdout, correctionsUsage)
			return nil
		}
		return fmt.Errorf("corrections needs what to do: log, export or import: %w", errUsage)
	}
	what, args := args[0], args[1:]
	fs := newFlags("corrections "+what, "[flags]", stdout, stderr)
	var sf storeFlags
	sf.register(fs, getenv)
	var format, out *string
	switch what {
	case "log":
		format = fs.String("format", "text", "`text` for a person to read, or json")
	case "export":
		out = fs.String("o", "", "write to this `file` instead of standard output")
		format = fs.String("format", "overlay", "`overlay` (YAML that `actorgraph ingest` reads with the articles) or json")
	case "import":
		fs.Usage = func() {
			fmt.Fprintf(fs.Output(), "Usage: actorgraph corrections import [flags] FILE\n\nFlags:\n")
			fs.PrintDefaults()
		}
	default:
		return fmt.Errorf("corrections %q: say log, export or import: %w", what, errUsage)
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if (what == "import") != (fs.NArg() == 1) || fs.NArg() > 1 {
		return fmt.Errorf("corrections %s takes %s: %w", what, map[bool]string{true: "one file", false: "no arguments"}[what == "import"], errUsage)
	}
	log := newLogger(getenv, stderr)
	store, err := sf.open(ctx, getenv, log)
	if err != nil {
		return userError(err)
	}
	defer store.Close()

	switch what {
	case "import":
		data, err := readLimited(fs.Arg(0), maxCorrectionsFile)
		if err != nil {
			return err
		}
		list, err := readCorrections(fs.Arg(0), data)
		if err != nil {
			return userError(err)
		}
		n, err := store.Import(ctx, list)
		if err != nil {
			return userError(graph.Errorf(graph.ErrorCode(err), "%s: %s", fs.Arg(0), graph.ErrorMessage(err)))
		}
		fmt.Fprintf(stdout, "imported %d corrections (%d already there)\n", n, len(list)-n)
		return nil
	}
	list, err := store.Corrections(ctx)
	if err != nil {
		return userError(err)
	}
	if what == "export" {
		w := stdout
		if *out != "" {
			f, err := os.Create(*out)
			if err != nil {
				return err
			}
			defer f.Close()
			w = f
		}
		return exportCorrections(w, *format, list)
	}
	if *format == "json" {
		enc := json.NewEncoder(terminalJSON{stdout})
		enc.SetIndent("", "  ")
		return enc.Encode(correctionsFile{Corrections: list})
	} else if *format != "text" {
		return fmt.Errorf("--format %q is not text or json: %w", graph.Clip(*format), errUsage)
	}
	if len(list) == 0 {
		fmt.Fprintln(stdout, "no corrections have been made")
		return nil
	}
	for _, c := range list {
		target := c.Relation
		if c.Entity != "" {
			target = c.Entity
		}
		if c.Action == graph.ActionRejectSentence {
			target += fmt.Sprintf(" (sentence %s:%d-%d)", c.Document, c.Start, c.End)
		}
		target += actorChange(c) + relationChange(c)
		tprintf(stdout, "%s  %s  %-15s %s  %s\n", c.Created, c.Editor, c.Action, target, c.ID)
		tprintf(stdout, "    why: %s\n", c.Reason)
		if c.Undone != nil {
			tprintf(stdout, "    undone by %s at %s\n", c.Undone.Editor, c.Undone.At)
		}
	}
	return nil
}

// actorChange says what an actor correction changed, after the actor's id: " into ID", " to NAME (ID)".
func actorChange(c graph.Correction) string {
	switch c.Action {
	case graph.ActionMerge:
		return " into " + c.Into
	case graph.ActionRename:
		return fmt.Sprintf(" to %q (%s)", c.Name, c.Into)
	case graph.ActionKind:
		return fmt.Sprintf(" to %s (%s)", c.Kind, c.Into)
	case graph.ActionSplit:
		return fmt.Sprintf(" alias %q off as %s", c.Name, c.Into)
	case graph.ActionAddAlias, graph.ActionRemoveAlias:
		return fmt.Sprintf(" alias %q", c.Name)
	}
	return ""
}

const correctionsUsage = `Usage: actorgraph corrections log [--format text|json]   the audit trail: who changed what, when and why
       actorgraph corrections export [-o FILE] [--format overlay|json]
                                                            every correction, undone ones too: an overlay
                                                            that ingest reads with the articles, or JSON
       actorgraph corrections import FILE                   add exported corrections (either) to this store

Each takes --store FILE (env ACTORGRAPH_STORE), or uses Neo4j when NEO4J_URI is set.`

// readLimited reads a file of at most limit bytes.
func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s is larger than %d bytes", path, limit)
	}
	return data, nil
}
