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
		{"ingest", "load articles and overlays (files or folders) into the store", runIngest},
		{"extract", "print what ingest would load from articles and overlays, without touching the store", runExtract},
		{"render", "draw the neighbourhood of an actor as SVG, DOT or JSON", runRender},
		{"export", "save the neighbourhood of an actor for a report or another tool: SVG, PNG, GraphML, CSV...", runExport},
		{"path", "the shortest paths between two actors, with the sentence behind every step", runPath},
		{"alliances", "the allies and opponents of an actor, with the relationships behind each", runAlliances},
		{"blocs", "the sides of the graph: blocs of actors that cooperation ties together", runBlocs},
		{"changes", "what appeared, vanished or changed stance around an actor between two periods", runChanges},
		{"centrality", "rank the actors by PageRank, degree or betweenness", runCentrality},
	}
}

// run is the whole program: main only adds the process around it.
func run(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		usage(stderr)
		return errUsage
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" || name == "-help" {
		usage(stdout)
		return nil
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(ctx, args[1:], getenv, stdout, stderr)
		}
	}
	usage(stderr)
	return fmt.Errorf("unknown command %q: %w", name, errUsage)
}

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
	if errors.Is(err, errUsage) || errors.Is(err, flag.ErrHelp) {
		return 2
	}
	return 1
}

// newFlags returns a flag set that prints its usage to stderr and returns errors instead of exiting.
func newFlags(name, args string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: actorgraph %s %s\n\nFlags:\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags, turning -h into a clean exit and other problems into usage errors.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%v: %w", err, errUsage)
	}
	return nil
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
