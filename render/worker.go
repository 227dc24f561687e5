package render

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/goccy/go-graphviz"
	"github.com/goccy/go-graphviz/gvc"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/cputime"
)

// WorkerEnv is the environment variable that makes the binary a render worker when set to "1".
const WorkerEnv = "ACTORGRAPH_RENDER_WORKER"

// IsWorker reports whether this process was started as a render worker (see ServeIfWorker).
func IsWorker() bool { return os.Getenv(WorkerEnv) == "1" }

// ServeIfWorker makes this process a render worker when it was started as one (IsWorker): it serves requests
// on stdin and stdout until the parent closes stdin, then exits, with status 1 and the error on stderr if the
// stream broke. Otherwise it returns at once. Every program the pool re-executes as its workers (actorgraph,
// agbench, the test binaries that start a pool) calls it before anything else.
func ServeIfWorker() {
	if !IsWorker() {
		return
	}
	if err := ServeWorker(os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "actorgraph render worker:", err)
		os.Exit(1)
	}
	os.Exit(0)
}

// ServeWorker loads Graphviz, announces itself and then answers render requests read from r, one at a time,
// until r ends (nil) or the stream breaks (an error). It is the whole life of a worker process: Graphviz is
// loaded once and reused, and the parent replaces the process when it fails, hangs or has rendered enough.
//
// Only SVG is rendered: go-graphviz can return stale bytes from an earlier render for other formats with no
// error. A request that fails gets an error response; the worker then carries on, but the pool does not trust
// it again. When w is os.Stdout, ServeWorker points os.Stdout at stderr so that nothing else in the process
// can write into the frames.
func ServeWorker(r io.Reader, w io.Writer) error {
	if w == os.Stdout {
		// stdout carries frames: anything a library prints there would corrupt them, so send it to stderr,
		// which the parent logs.
		os.Stdout = os.Stderr
	}
	if IsWorker() {
		go exitWhenOrphaned(os.Getppid())
	}
	ctx := context.Background()
	gv, err := gvc.New(ctx)
	if err != nil {
		return fmt.Errorf("loading graphviz: %w", err)
	}
	defer gv.Close()

	br := bufio.NewReaderSize(r, 64<<10)
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := writeFrame(bw, response{Ready: true, PID: os.Getpid(), RSS: residentBytes()}, nil); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	for {
		var req request
		dot, err := readFrame(br, &req)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		start := time.Now()
		cpu0, _ := cputime.Process()
		svg, err := renderSVG(ctx, gv, req, dot)
		cpu1, _ := cputime.Process()
		resp := response{RSS: residentBytes(), GraphvizNanos: int64(time.Since(start)), GraphvizCPUNanos: int64(cpu1 - cpu0)}
		if err != nil {
			resp.Code, resp.Error = graph.ErrorCode(err), graph.ErrorMessage(err)
			fmt.Fprintf(os.Stderr, "render failed: %v\n", err)
			svg = nil
		}
		if err := writeFrame(bw, resp, svg); err != nil {
			return err
		}
		if err := bw.Flush(); err != nil {
			return err
		}
	}
}

// renderSVG draws one graph. A panic inside go-graphviz becomes an error: the parent will replace this worker.
func renderSVG(ctx context.Context, gv *gvc.Context, req request, dot []byte) (svg []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = graph.Wrap(fmt.Errorf("panic: %v", p), graph.EINTERNAL, "the renderer failed")
		}
	}()
	if req.Format != "svg" {
		return nil, graph.Errorf(graph.EINVALID, "format %q cannot be rendered (only svg)", req.Format)
	}
	if err := CheckLayout(req.Layout); err != nil {
		return nil, err
	}
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		return nil, graph.Wrap(err, graph.EINVALID, "the DOT could not be parsed: "+firstLine(err.Error()))
	}
	if g == nil {
		return nil, graph.Errorf(graph.EINVALID, "the DOT holds no graph")
	}
	defer g.Close()
	var out []byte
	if placesOwnLabels(req.Layout, g) {
		if out, err = relabel(ctx, gv, g, req.Layout); err != nil {
			return nil, graph.Wrap(err, graph.EINTERNAL, "the renderer failed")
		}
	} else if out, err = drawSVG(ctx, gv, g, req.Layout); err != nil {
		return nil, graph.Wrap(err, graph.EINTERNAL, "the renderer failed")
	}
	if len(out) == 0 {
		return nil, graph.Errorf(graph.EINTERNAL, "the renderer returned nothing")
	}
	return stripDoctype(out), nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return truncate(clean(s), 200)
}

// stripDoctype removes the <!DOCTYPE svg PUBLIC ... "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
// that Graphviz writes after the XML declaration. SVG 2 has no DTD, browsers ignore it, and it invites a
// validating XML parser downstream to fetch a file from w3.org; inlined into HTML it is a parse error. The
// rest of the SVG is left as Graphviz wrote it.
func stripDoctype(svg []byte) []byte {
	i := bytes.Index(svg, []byte("<!DOCTYPE"))
	if i < 0 || i > bytes.Index(svg, []byte("<svg")) {
		return svg
	}
	j := bytes.IndexByte(svg[i:], '>')
	if j < 0 {
		return svg
	}
	end := i + j + 1
	if end < len(svg) && svg[end] == '\n' {
		end++
	}
	return append(svg[:i:i], svg[end:]...)
}

// residentBytes returns this process's resident memory in bytes, from /proc/self/statm (Linux), or 0. It
// costs one small read, about 10 µs, against renders of milliseconds to seconds.
func residentBytes() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	// statm is "size resident shared text lib data dt", in pages.
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return 0
	}
	pages, err := strconv.ParseInt(f[1], 10, 64)
	if err != nil {
		return 0
	}
	return pages * int64(os.Getpagesize())
}

// exitWhenOrphaned ends the worker when its parent dies: a worker left alone could spend minutes on a
// layout nobody waits for. The parent closing stdin ends it too, but only between renders.
func exitWhenOrphaned(parent int) {
	for range time.Tick(time.Second) {
		if os.Getppid() != parent {
			os.Exit(3)
		}
	}
}
