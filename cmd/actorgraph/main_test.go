package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/render"
)

// TestMain lets the test binary serve as the render worker, as the actorgraph binary does.
func TestMain(m *testing.M) {
	if render.IsWorker() {
		if err := render.ServeWorker(os.Stdin, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// runCmd runs the program with args and an environment holding only env.
func runCmd(t *testing.T, ctx context.Context, env map[string]string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err = run(ctx, args, func(k string) string { return env[k] }, &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestUsage(t *testing.T) {
	out, _, err := runCmd(t, t.Context(), nil, "help")
	if err != nil || !strings.Contains(out, "serve") || !strings.Contains(out, "ingest") || !strings.Contains(out, "render") {
		t.Errorf("help: %v\n%s", err, out)
	}
	_, stderr, err := runCmd(t, t.Context(), nil, "frobnicate")
	if exitCode(err) != 2 || !strings.Contains(err.Error(), `unknown command "frobnicate"`) || !strings.Contains(stderr, "Commands:") {
		t.Errorf("unknown command: exit %d, %v", exitCode(err), err)
	}
	for _, cmd := range []string{"serve", "ingest", "render"} {
		_, stderr, err := runCmd(t, t.Context(), nil, cmd, "--help")
		if !errors.Is(err, flag.ErrHelp) || !strings.Contains(stderr, "-store") {
			t.Errorf("%s --help: %v\n%s", cmd, err, stderr)
		}
	}
}

func TestIngestThenRender(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"ACTORGRAPH_STORE": filepath.Join(dir, "cli.db"), "ACTORGRAPH_LOG_LEVEL": "warn"}
	out, _, err := runCmd(t, t.Context(), env, "ingest", "../../seeds")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "ingested   2022-01-07-kazakhstan-csto-intervention") || !strings.Contains(out, "(+1)") {
		t.Errorf("ingest printed:\n%s", out)
	}
	out, _, err = runCmd(t, t.Context(), env, "ingest", "../../seeds")
	if err != nil || !strings.Contains(out, "unchanged  2022-01-07-kazakhstan-csto-intervention") || !strings.Contains(out, "(+0)") {
		t.Errorf("second ingest: %v\n%s", err, out)
	}

	svg := filepath.Join(dir, "tokayev.svg")
	_, stderr, err := runCmd(t, t.Context(), env, "render", "--focus", "Tokayev", "--depth", "2", "-o", svg)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(svg)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<svg", "Kassym&#45;Jomart Tokayev", "Collective Security"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("rendered SVG lacks %q", want)
		}
	}
	if !strings.Contains(stderr, "wrote "+svg) {
		t.Errorf("render said %q", stderr)
	}
	out, _, err = runCmd(t, t.Context(), env, "render", "--focus", "organization:collective-security-treaty-organization", "--depth", "1", "--format", "dot")
	if err != nil || !strings.HasPrefix(out, "digraph") {
		t.Errorf("render --format dot: %v %.40q", err, out)
	}
}

func TestRenderExplainsBadFocus(t *testing.T) {
	env := map[string]string{"ACTORGRAPH_STORE": filepath.Join(t.TempDir(), "cli.db"), "ACTORGRAPH_LOG_LEVEL": "warn"}
	if _, _, err := runCmd(t, t.Context(), env, "ingest", "../../seeds"); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ focus, want string }{
		{"Nobody Atall", `no actor matches "Nobody Atall"`},
		{"kazakh", `"kazakh" matches several actors; give one of these ids:`},
	}
	for _, tt := range tests {
		_, _, err := runCmd(t, t.Context(), env, "render", "--focus", tt.focus, "--format", "json")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("render --focus %q: %v, want %q", tt.focus, err, tt.want)
		}
	}
	if _, _, err := runCmd(t, t.Context(), env, "render"); exitCode(err) != 2 {
		t.Errorf("render without --focus: exit %d", exitCode(err))
	}
}

func TestServeSeedsAnEmptyStoreAndShutsDownOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	base, done := startServe(t, ctx, map[string]string{"ACTORGRAPH_STORE": filepath.Join(t.TempDir(), "serve.db"), "ACTORGRAPH_LOG_LEVEL": "warn"})
	res, err := http.Get(base + "/api/search?q=tokayev")
	if err != nil {
		t.Fatal(err)
	}
	var body bytes.Buffer
	body.ReadFrom(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(body.String(), "person:kassym-jomart-tokayev") {
		t.Errorf("search on a freshly seeded store: %d %s", res.StatusCode, body.String())
	}
	cancel() // as SIGTERM does
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v after shutdown", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not shut down")
	}
}
