// Package render draws subgraphs: it turns a graph.Subgraph into Graphviz DOT (pure and deterministic, see
// DOT) and DOT into SVG in worker processes (see Pool and Service). It is the only package that imports
// go-graphviz.
//
// go-graphviz runs Graphviz compiled to WebAssembly in one module shared by the whole process: it is not safe
// for concurrent use, leaks memory on every render and ignores context deadlines. So the server never runs it
// in its own process. The binary re-executes itself as a render worker (IsWorker, ServeWorker), a Pool keeps
// a few such workers, one render at a time each, kills a worker that overruns its time and replaces a worker
// that failed or rendered many graphs.
//
// Service.Render draws the interactive SVG of the web page; Service.Export and Service.PNG draw for reports:
// no links, a footer naming the source documents, byte-identical for the same view (see NeedsFreshWorker),
// and PNG and PDF painted from that SVG in Go with embedded fonts (internal/paint), never by go-graphviz,
// whose PNG draws edges as blobs, and with no program outside the binary. Every SVG names a stack of fonts
// with Helvetica's metrics, the metrics Graphviz laid the text out with, so labels fit their boxes on every
// system; the PNG and PDF use Liberation Sans, which has those metrics.
package render
