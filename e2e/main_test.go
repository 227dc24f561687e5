package e2e_test

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/seeds"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

var (
	binary            string // the actorgraph binary built for these tests
	binaryDir         string // a temporary folder for this run, removed at its end
	updateScreenshots = flag.Bool("update-screenshots", false, "write the screenshots to docs/screenshots for the README")
	prebuilt          = flag.String("actorgraph", "", "test this actorgraph `binary` instead of building ../cmd/actorgraph (to measure two builds alternately)")
)

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "actorgraph-e2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binaryDir = dir
	binary = filepath.Join(dir, "actorgraph")
	if *prebuilt != "" {
		binary = *prebuilt
	} else {
		build := exec.Command("go", "build", "-o", binary, "../cmd/actorgraph")
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "building actorgraph:", err)
			os.Exit(1)
		}
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// serveStartTimeout bounds the start of `actorgraph serve`: opening the store and starting to listen.
var serveStartTimeout = 60 * time.Second

// serve starts `actorgraph serve` on a new store and returns its base URL.
func serve(tb testing.TB, args ...string) string {
	tb.Helper()
	return serveStore(tb, filepath.Join(tb.TempDir(), "e2e.db"), args...)
}

// serveStore starts `actorgraph serve` on the store file and returns its base URL. A new file is seeded.
func serveStore(tb testing.TB, store string, args ...string) string {
	tb.Helper()
	return serveStoreEnv(tb, store, nil, args...)
}

// serveStoreEnv is serveStore with more environment variables ("NAME=value").
func serveStoreEnv(tb testing.TB, store string, env []string, args ...string) string {
	tb.Helper()
	cmd := exec.Command(binary, append([]string{"serve", "--addr", "127.0.0.1:0", "--store", store}, args...)...)
	cmd.Env = append(append(os.Environ(), "ACTORGRAPH_LOG_LEVEL=warn"), env...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			tb.Error("actorgraph serve did not stop within 10 s of SIGINT")
		}
	})
	lines := bufio.NewScanner(stdout)
	found := make(chan string, 1)
	go func() {
		for lines.Scan() {
			if url, ok := strings.CutPrefix(lines.Text(), "actorgraph: serving "); ok {
				found <- url
				break
			}
		}
		io.Copy(io.Discard, stdout)
	}()
	select {
	case url := <-found:
		return url
	case <-time.After(serveStartTimeout):
		tb.Fatalf("actorgraph serve did not start within %v", serveStartTimeout)
	}
	return ""
}

// serveWith starts `actorgraph serve` on a store holding the seeds and the batches, written before the
// server opens it (the embedded store is one process's at a time).
func serveWith(tb testing.TB, batches ...graph.Batch) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "e2e.db")
	s, err := boltstore.Open(path, boltstore.NoSync())
	if err != nil {
		tb.Fatal(err)
	}
	files, err := ingest.ReadFS(seeds.FS, "seeds")
	if err != nil {
		tb.Fatal(err)
	}
	if rep, err := (&ingest.Ingester{Store: s}).Ingest(context.Background(), files); err != nil || rep.Err() != nil {
		tb.Fatalf("ingesting the seeds: %v %v", err, rep.Err())
	}
	if _, err := s.Ingest(context.Background(), batches...); err != nil {
		tb.Fatalf("storing the test's documents: %v", err)
	}
	if err := s.Close(); err != nil {
		tb.Fatal(err)
	}
	return serveStore(tb, path, "--seed=false")
}

// browser returns a chromedp context on a fresh headless Debian chromium, for 45 s. Without chromium the test
// is skipped, unless ACTORGRAPH_REQUIRE_BROWSER is set (the test command sets it, and installs chromium).
func browser(tb testing.TB) context.Context {
	tb.Helper()
	return browserFor(tb, 45*time.Second)
}

// browserFor is browser for a test that needs the browser longer: one that visits many pages.
func browserFor(tb testing.TB, d time.Duration) context.Context {
	tb.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("ACTORGRAPH_REQUIRE_BROWSER") != "" {
			tb.Fatal("chromium is not installed (./scripts/test installs it from Debian)")
		}
		tb.Skip("chromium is not installed; ./scripts/test installs it and runs this test")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(tb.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.WindowSize(1400, 900),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	tb.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	tb.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, d)
	tb.Cleanup(cancel3)
	if err := chromedp.Do(ctx); err != nil {
		tb.Fatalf("starting chromium: %v", err)
	}
	return ctx
}

// screenshot saves a PNG of the page: into the test's temp dir, and into docs/screenshots with
// -update-screenshots.
func screenshot(tb testing.TB, ctx context.Context, name string) {
	tb.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		tb.Fatalf("screenshot %s: %v", name, err)
	}
	dir := tb.TempDir()
	if *updateScreenshots {
		dir = filepath.Join("..", "docs", "screenshots")
		os.MkdirAll(dir, 0o755)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		tb.Fatal(err)
	}
}

// drawn returns how many drawings the page has shown so far (the page counts them in #graph's data-drawn).
func drawn(tb testing.TB, ctx context.Context) int {
	tb.Helper()
	return get(tb, ctx, chromedp.Evaluate[int](`Number(document.querySelector("#graph") && document.querySelector("#graph").dataset.drawn || 0)`))
}

// waitDrawn waits until the page has shown a drawing after the n-th: a new view is on screen.
func waitDrawn(tb testing.TB, ctx context.Context, n int) {
	tb.Helper()
	expr := fmt.Sprintf(`Number(document.querySelector("#graph") && document.querySelector("#graph").dataset.drawn || 0) > %d`, n)
	if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(20*time.Second))); err != nil {
		status, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("#status").textContent`))
		tb.Fatalf("no new drawing after the %d-th within 20 s (status line: %q): %v", n, status, err)
	}
}

// do runs the actions, failing the test on error.
func do(tb testing.TB, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	tb.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		tb.Fatal(err)
	}
}

// get runs one action and returns its value, failing the test on error.
func get[T any](tb testing.TB, ctx context.Context, a chromedp.Action[T]) T {
	tb.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		tb.Fatal(err)
	}
	return v
}

// typeInto focuses the element sel and types text into it, as chromedp.SendKeys does. SendKeys (chromedp
// v0.23, query.go) reads the node's attributes before taking the node's lock, which the race detector
// reports when the page changes an attribute at that moment (it did in a CI run of TestActorMentionedOnly);
// Focus and KeyEvent read no attribute.
func typeInto(sel, text string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(chromedp.Focus(sel, chromedp.NodeVisible), chromedp.KeyEvent(text))
}

// statusBoxesJS measures, in CSS pixels of the window, the status line, the drawing's title (the SVG's
// graph label), the drawing's pane, its actors and legend, the zoom buttons and the canvas: each as
// [left, top, right, bottom], null when it is not shown.
const statusBoxesJS = `(() => {
	const box = (e) => { if (!e) return null; const r = e.getBoundingClientRect(); return r.width && r.height ? [r.left, r.top, r.right, r.bottom] : null; };
	const st = document.querySelector("#status");
	return {
		status: st.hidden ? null : box(st),
		text: st.hidden ? "" : st.textContent,
		title: box(document.querySelector("#graph svg g.graph > text")),
		graph: box(document.querySelector("#graph")),
		shapes: [...document.querySelectorAll("#graph g.node[id^='n:'], #graph g.node#legend")].map((g) => [g.id, box(g)]).filter(([, b]) => b),
		zoom: box(document.querySelector(".zoom")),
		canvas: box(document.querySelector(".canvas")),
		window: [0, 0, innerWidth, innerHeight],
	};
})()`

// statusBoxes are the boxes statusBoxesJS measures.
type statusBoxes struct {
	Status, Title, Graph, Zoom, Canvas, Window []float64
	Shapes                                     [][2]any // [id, box] of each actor and the legend
	Text                                       string
}

// overlap is the area two boxes ([left, top, right, bottom]) share, 0 when either is missing.
func overlap(a, b []float64) float64 {
	if len(a) < 4 || len(b) < 4 {
		return 0
	}
	return max(0, min(a[2], b[2])-max(a[0], b[0])) * max(0, min(a[3], b[3])-max(a[1], b[1]))
}

// inside reports whether box a lies within box b, to half a pixel.
func inside(a, b []float64) bool {
	return len(a) == 4 && len(b) == 4 && a[0] >= b[0]-.5 && a[1] >= b[1]-.5 && a[2] <= b[2]+.5 && a[3] <= b[3]+.5
}

// checkStatusClear checks that the status line, which must be shown, covers neither the drawing's title
// nor an actor nor the legend nor the zoom buttons, and that it lies within the canvas and the window: the
// title stays readable and the message visible.
func checkStatusClear(t *testing.T, ctx context.Context, when string) {
	t.Helper()
	b := get(t, ctx, chromedp.Evaluate[statusBoxes](statusBoxesJS))
	t.Logf("%s: status %q at %.0f, title at %.0f, drawing's pane at %.0f", when, b.Text, b.Status, b.Title, b.Graph)
	switch {
	case b.Status == nil:
		t.Errorf("%s: no status line shown", when)
	case b.Title == nil:
		t.Errorf("%s: no drawing's title shown", when)
	default:
		if a := overlap(b.Status, b.Title); a > 0 {
			t.Errorf("%s: the status line %.0f covers %.0f px² of the drawing's title %.0f", when, b.Status, a, b.Title)
		}
		for _, s := range b.Shapes {
			id, _ := s[0].(string)
			var r []float64
			if l, ok := s[1].([]any); ok {
				for _, v := range l {
					f, _ := v.(float64)
					r = append(r, f)
				}
			}
			if a := overlap(b.Status, r); a > 0 {
				t.Errorf("%s: the status line %.0f covers %.0f px² of %s %.0f", when, b.Status, a, id, r)
			}
		}
		if a := overlap(b.Status, b.Zoom); a > 0 {
			t.Errorf("%s: the status line %.0f covers the zoom buttons %.0f", when, b.Status, b.Zoom)
		}
		if !inside(b.Status, b.Canvas) || !inside(b.Status, b.Window) {
			t.Errorf("%s: the status line %.0f is not within the canvas %.0f and the window %.0f", when, b.Status, b.Canvas, b.Window)
		}
	}
}
