package e2e_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// axeDir holds axe-core, installed from npm by ./scripts/test (npm ci in tools/axe).
const axeDir = "../tools/axe/node_modules/axe-core"

var axeSource = sync.OnceValues(func() ([]byte, error) { return os.ReadFile(filepath.Join(axeDir, "axe.min.js")) })

// axeTags are the rules axe runs: WCAG 2.0, 2.1 and 2.2 at levels A and AA (2.2 adds target-size, the 24 px
// targets), and axe's best practices (landmarks, one main heading, regions).
var axeTags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"}

type axeViolation struct {
	ID    string   `json:"id"`
	Help  string   `json:"help"`
	Nodes []string `json:"nodes"`
}

// checkAxe runs axe-core on the page as it is and fails the test with every violation, naming the view.
// Without axe-core the test is skipped, unless ACTORGRAPH_REQUIRE_AXE is set (./scripts/test installs it and
// sets it).
func checkAxe(tb testing.TB, ctx context.Context, view string) {
	tb.Helper()
	src, err := axeSource()
	if err != nil {
		if os.Getenv("ACTORGRAPH_REQUIRE_AXE") != "" {
			tb.Fatalf("axe-core is not installed (./scripts/test runs npm ci in tools/axe): %v", err)
		}
		tb.Skipf("axe-core is not installed: run npm ci in tools/axe (%v)", err)
	}
	// The page's CSP allows no eval; the DevTools protocol's evaluation is not the page's script.
	do(tb, ctx, chromedp.Evaluate[chromedp.Void](`window.axe ? undefined : (() => {`+string(src)+`})()`))
	tags := `["` + strings.Join(axeTags, `","`) + `"]`
	got := get(tb, ctx, chromedp.Evaluate[[]axeViolation](`axe.run(document, {runOnly: {type: "tag", values: `+tags+`}, resultTypes: ["violations"]}).then(r =>
		r.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(" ") + ": " + n.failureSummary.replace(/\s+/g, " "))})))`, chromedp.EvalAwaitPromise))
	for _, v := range got {
		tb.Errorf("%s: axe %s (%s) on %d elements, e.g. %s", view, v.ID, v.Help, len(v.Nodes), strings.Join(first(v.Nodes, 3), " | "))
	}
}

func first[T any](s []T, n int) []T { return s[:min(n, len(s))] }

// TestAxe checks every view of the page with axe-core, on a desktop screen and on a phone: no violation of
// WCAG 2.2 A and AA or of axe's best practices, in any state a view can be in (menus and suggestions open,
// an actor or a line chosen, an article open, empty, failed).
func TestAxe(t *testing.T) {
	if _, err := axeSource(); err != nil && os.Getenv("ACTORGRAPH_REQUIRE_AXE") == "" {
		t.Skipf("axe-core is not installed: run npm ci in tools/axe (%v)", err)
	}
	base := serve(t)
	const doc = "2022-01-07-kazakhstan-csto-intervention"
	request := "person:kassym-jomart-tokayev|REQUESTED_HELP_FROM|organization:collective-security-treaty-organization"
	views := []struct {
		name, path string
		then       []chromedp.Action[chromedp.Void] // what the user does before axe looks
	}{
		{"the start page", "/", nil},
		{"a neighbourhood", "/?focus=" + tokayev, nil},
		{"the search's suggestions", "/?focus=" + tokayev, []chromedp.Action[chromedp.Void]{typeInto(`#q`, "Kaz"), chromedp.WaitVisible(`#q-list li[role=option]`)}},
		{"the filters", "/?focus=" + tokayev, []chromedp.Action[chromedp.Void]{chromedp.Click(`#filters summary`), chromedp.WaitVisible(`#types input`)}},
		{"the downloads", "/?focus=" + tokayev, []chromedp.Action[chromedp.Void]{chromedp.Click(`#downloads summary`), chromedp.WaitVisible(`#download-list a`)}},
		{"a line's evidence", "/?focus=" + tokayev + "&edge=" + request, []chromedp.Action[chromedp.Void]{chromedp.WaitVisible(`#details blockquote`)}},
		{"an article", "/?focus=" + tokayev + "&edge=" + request + "&doc=" + doc, []chromedp.Action[chromedp.Void]{chromedp.WaitVisible(`#details .doc-text`)}},
		{"a path", "/?view=path&from=person:xi-jinping&to=person:stanislav-zas", nil},
		{"an actor on a path", "/?view=path&from=person:xi-jinping&to=person:stanislav-zas&node=" + csto, []chromedp.Action[chromedp.Void]{chromedp.WaitVisible(`#details .entity-details`)}},
		{"a path without its ends", "/?view=path", nil},
		{"allies", "/?view=alliances&focus=state:russia", nil},
		{"blocs", "/?view=blocs", []chromedp.Action[chromedp.Void]{chromedp.WaitVisible(`#details .central-list li`)}},
		{"changes", "/?view=changes&focus=" + tokayev, nil},
		{"filters that leave nothing", "/?focus=" + tokayev + "&from_date=2030-01-01", []chromedp.Action[chromedp.Void]{chromedp.WaitVisible(`#status.empty`)}},
		{"an unknown actor", "/?focus=person:nobody-at-all", []chromedp.Action[chromedp.Void]{chromedp.WaitVisible(`#status.error`)}},
	}
	for _, screen := range []struct {
		name string
		size chromedp.Action[chromedp.Void]
	}{
		{"desktop", chromedp.EmulateViewport(1400, 900)},
		{"phone", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateTouch, chromedp.EmulateScale(3))},
	} {
		t.Run(screen.name, func(t *testing.T) {
			ctx := browserFor(t, 5*time.Minute)
			do(t, ctx, screen.size)
			for _, v := range views {
				do(t, ctx, chromedp.Navigate(base+v.path))
				if strings.Contains(v.path, "focus=") && !strings.Contains(v.name, "unknown") || strings.Contains(v.path, "blocs") || strings.Contains(v.path, "from=") {
					waitDrawn(t, ctx, 0)
				}
				do(t, ctx, v.then...)
				checkAxe(t, ctx, screen.name+", "+v.name)
			}
		})
	}
}
