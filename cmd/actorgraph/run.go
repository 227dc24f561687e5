package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// env reads configuration from the environment; tests pass their own.
type env func(string) string

// command is one subcommand.
type command struct {
	name, summary string
	run           func(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"serve", "ingest the seeds into an empty store, then serve the API and the web page", runServe},
		{"ingest", "load articles, saved web pages, links, feeds and overlays (files, folders, links) into the store", runIngest},
		{"watch", "keep the store current with news feeds: read them every interval and ingest what is new", runWatch},
		{"extract", "print what ingest would load from articles and overlays, without touching the store", runExtract},
		{"render", "draw the neighbourhood of an actor as SVG, DOT or JSON", runRender},
		{"export", "save the neighbourhood of an actor for a report or another tool: SVG, PNG, GraphML, CSV...", runExport},
		{"path", "the shortest paths between two actors, with the sentence behind every step", runPath},
		{"alliances", "the allies and opponents of an actor, with the relationships behind each", runAlliances},
		{"blocs", "the sides of the graph: blocs of actors that cooperation ties together", runBlocs},
		{"changes", "what appeared, vanished or changed stance around an actor between two periods", runChanges},
		{"centrality", "rank the actors by PageRank, degree or betweenness", runCentrality},
		{"corrections", "the editors' corrections made in the app: log (the audit trail), export, import", runCorrections},
	}
}

// run is the whole program: main only adds the process around it.
func run(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		usage(stderr)
		return errUsage
	}
	name := args[0]
	switch name {
	case "help", "-h", "--help", "-help":
		usage(stdout)
		return nil
	case "version", "-version", "--version":
		fmt.Fprintln(stdout, versionLine())
		return nil
	}
	for _, c := range commands() {
		if c.name == name {
			err := c.run(ctx, args[1:], getenv, stdout, stderr)
			switch {
			case errors.Is(err, flag.ErrHelp):
				return nil // the usage went to stdout: asked for, it is the answer
			case errors.Is(err, errUsage):
				return &commandUsageError{command: name, err: err}
			}
			return err
		}
	}
	usage(stderr)
	return fmt.Errorf("unknown command %q: %w", name, errUsage)
}

// commandUsageError is a command called wrongly: the message, then where the flags are listed, in place of
// the whole usage printed above it (40 lines that scrolled the message out of sight).
type commandUsageError struct {
	command string
	err     error
}

func (e *commandUsageError) Error() string {
	return fmt.Sprintf("%s\nRun `actorgraph %s --help` for its flags.", strings.TrimSuffix(e.err.Error(), ": "+errUsage.Error()), e.command)
}

func (e *commandUsageError) Unwrap() error { return e.err }

func usage(w io.Writer) {
	fmt.Fprintln(w, "actorgraph turns news about world affairs into a graph of actors you can explore and cite.")
	fmt.Fprintln(w, "\nUsage: actorgraph COMMAND [flags]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun `actorgraph COMMAND --help` for a command's flags. The store is the embedded file given by")
	fmt.Fprintln(w, "--store or ACTORGRAPH_STORE (default actorgraph.db), or Neo4j when NEO4J_URI is set.")
}

// errUsage marks errors in how the program was called (exit status 2).
var errUsage = errors.New("usage error")

func exitCode(err error) int {
	if errors.Is(err, errUsage) {
		return 2
	}
	return 1
}

// newFlags returns a flag set that returns errors instead of exiting. Its usage, printed for --help, goes
// to stdout; parse reports the other problems as errors, without the usage.
func newFlags(name, args string, stdout, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stdout)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: actorgraph %s %s\n\nFlags:\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags: -h and --help print the usage and return flag.ErrHelp (run turns it into exit status
// 0); an unknown flag is a usage error that suggests the nearest one the command has.
func parse(fs *flag.FlagSet, args []string) error {
	out, usage := fs.Output(), fs.Usage
	fs.SetOutput(io.Discard) // the flag package prints its errors and the usage; run prints the error alone
	fs.Usage = func() {}
	err := fs.Parse(args)
	fs.SetOutput(out)
	fs.Usage = usage
	switch {
	case err == nil:
		return nil
	case errors.Is(err, flag.ErrHelp):
		fs.Usage()
		return err
	}
	const undefined = "flag provided but not defined: -"
	if name, ok := strings.CutPrefix(err.Error(), undefined); ok {
		msg := fmt.Sprintf("unknown flag -%s", name)
		if near := nearestFlag(fs, name); near != "" {
			msg += fmt.Sprintf("; did you mean --%s?", near)
		}
		return fmt.Errorf("%s: %w", msg, errUsage)
	}
	return fmt.Errorf("%v: %w", err, errUsage)
}

// nearestFlag returns the flag of fs whose name is closest to name: at most two edits away, or one that
// starts with it or that it starts with; "" when none is.
func nearestFlag(fs *flag.FlagSet, name string) string {
	best, bestDist := "", 3
	fs.VisitAll(func(f *flag.Flag) {
		d := editDistance(strings.ToLower(name), f.Name)
		if d > 2 && len(name) >= 3 && (strings.HasPrefix(f.Name, name) || strings.HasPrefix(name, f.Name)) {
			d = 2
		}
		if d < bestDist {
			best, bestDist = f.Name, d
		}
	})
	return best
}

// editDistance is the Levenshtein distance between a and b, by bytes (flag names are ASCII).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// or returns the environment variable's value, or def when it is unset or empty.
func (e env) or(name, def string) string {
	if v := strings.TrimSpace(e(name)); v != "" {
		return v
	}
	return def
}

// newLogger writes structured logs to stderr: text for people, JSON when ACTORGRAPH_LOG_FORMAT=json. The
// text handler quotes values with control characters, escaping them; the JSON handler leaves DEL, C1 and
// the bidirectional controls raw, so its records go out through terminalJSON (one Write per record).
func newLogger(getenv env, stderr io.Writer) *slog.Logger {
	var level slog.Level // info unless ACTORGRAPH_LOG_LEVEL says debug, warn or error
	if err := level.UnmarshalText([]byte(getenv("ACTORGRAPH_LOG_LEVEL"))); err != nil {
		level = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: level}
	if strings.EqualFold(getenv("ACTORGRAPH_LOG_FORMAT"), "json") {
		return slog.New(slog.NewJSONHandler(terminalJSON{stderr}, opts))
	}
	return slog.New(slog.NewTextHandler(stderr, opts))
}

// userError makes a graph error readable on a terminal: the message alone, without the code.
func userError(err error) error {
	var e *graph.Error
	if errors.As(err, &e) && e.Code != graph.EINTERNAL {
		return errors.New(e.Message)
	}
	return err
}
