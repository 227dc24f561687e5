// Command actorgraph turns news about world affairs into a graph of actors and serves it.
//
//	actorgraph serve                  ingest the embedded seeds into an empty store, then serve on :8080
//	actorgraph ingest PATH...         load articles and overlays
//	actorgraph extract FILE...        print what ingest would load, as JSON or text
//	actorgraph render --focus NAME    draw a neighbourhood as SVG, DOT or JSON
//	actorgraph export --focus NAME    save a neighbourhood for a report: SVG, PNG, DOT, JSON, GraphML, GEXF, CSV
//	actorgraph path --from A --to B   the shortest paths between two actors, with their evidence
//	actorgraph blocs                  the blocs of the graph; actorgraph centrality: the central actors
//
// Run `actorgraph help` or `actorgraph COMMAND --help` for the flags.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/actorgraph/actorgraph/render"
)

func main() {
	// The same binary is the render worker: the server re-executes itself so that Graphviz never runs in
	// the server process (see render).
	render.ServeIfWorker()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		printError(os.Stderr, err)
		os.Exit(exitCode(err))
	}
}
