package main

import (
	"bytes"
	"context"
	"errors"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/render"
)

// TestMain lets the test binary serve as the render worker, as the actorgraph binary does, and as a fresh
// actorgraph process for TestIngestOfALargeInputGrowsTheHeapInHugePages.
func TestMain(m *testing.M) {
	render.ServeIfWorker()
	ingestChild()
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
	for _, cmd := range []string{"serve", "ingest", "render", "path", "centrality"} {
		for _, help := range []string{"--help", "-h"} {
			stdout, stderr, err := runCmd(t, t.Context(), nil, cmd, help)
			if err != nil || !strings.Contains(stdout, "-store") || stderr != "" {
				t.Errorf("%s %s: %v; stdout %q, stderr %q", cmd, help, err, stdout, stderr)
			}
		}
	}
}

// TestUnknownFlagSuggestsTheNearest: the error alone, last, with the nearest flag, not under the usage.
func TestUnknownFlagSuggestsTheNearest(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"serve", "--adr", ":9"}, "unknown flag -adr; did you mean --addr?\nRun `actorgraph serve --help` for its flags."},
		{[]string{"render", "--focsu", "x"}, "unknown flag -focsu; did you mean --focus?"},
		{[]string{"centrality", "-meassure", "degree"}, "unknown flag -meassure; did you mean --measure?"},
		{[]string{"ingest", "--stor", "x.db"}, "unknown flag -stor; did you mean --store?"},
		{[]string{"path", "--colour", "red"}, "unknown flag -colour\nRun `actorgraph path --help` for its flags."},
		{[]string{"render"}, "render needs --focus and takes no arguments\nRun `actorgraph render --help` for its flags."},
	}
	for _, tt := range tests {
		stdout, stderr, err := runCmd(t, t.Context(), nil, tt.args...)
		if exitCode(err) != 2 || err.Error() != strings.SplitN(tt.want, "\n", 2)[0]+errSuffix(tt.want, tt.args[0]) {
			t.Errorf("%q: exit %d, error %q, want %q", tt.args, exitCode(err), err, tt.want)
		}
		if stdout != "" || stderr != "" {
			t.Errorf("%q printed more than the error: stdout %q, stderr %q", tt.args, stdout, stderr)
		}
	}
}

// errSuffix is the line every usage error ends with.
func errSuffix(_, cmd string) string {
	return "\nRun `actorgraph " + cmd + " --help` for its flags."
}

func TestVersion(t *testing.T) {
	for _, arg := range []string{"--version", "version", "-version"} {
		out, _, err := runCmd(t, t.Context(), nil, arg)
		if err != nil || !strings.HasPrefix(out, "actorgraph ") || !strings.Contains(out, "go1.") {
			t.Errorf("%s: %v %q", arg, err, out)
		}
	}
	info := &debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "aff010f959b6c6de88763ccca023b881832df00f"},
		{Key: "vcs.time", Value: "2026-12-04T10:18:51Z"}, {Key: "vcs.modified", Value: "true"},
	}}
	if got, want := formatVersion("", "", info), "actorgraph v1.2.0, commit aff010f959b6+changes (2026-12-04T10:18:51Z), "+runtime.Version(); got != want {
		t.Errorf("from the build information: %q, want %q", got, want)
	}
	if got, want := formatVersion("v2.0.0", "0123456789abcdef", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}), "actorgraph v2.0.0, commit 0123456789ab, "+runtime.Version(); got != want {
		t.Errorf("from -ldflags: %q, want %q", got, want)
	}
	if got := formatVersion("", "", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}); !strings.HasPrefix(got, "actorgraph devel, commit unknown") {
		t.Errorf("without version control information: %q", got)
	}
}

// TestEmptyStoreSaysHowToLoadTheSeed: a view of an empty store names the store and the command that loads
// the seed, which then works.
func TestEmptyStoreSaysHowToLoadTheSeed(t *testing.T) {
	db := filepath.Join(t.TempDir(), "empty.db")
	env := map[string]string{"ACTORGRAPH_STORE": db, "ACTORGRAPH_LOG_LEVEL": "warn"}
	for _, args := range [][]string{{"render", "--focus", "Tokayev"}, {"centrality"}, {"blocs"}, {"path", "--from", "a", "--to", "b"}} {
		_, _, err := runCmd(t, t.Context(), env, args...)
		want := "the store " + db + " is empty: load the seed article with `actorgraph ingest --seed`"
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%q on an empty store: %v, want %q...", args, err, want)
		}
	}
	out, _, err := runCmd(t, t.Context(), env, "ingest", "--seed")
	if err != nil || !strings.Contains(out, "ingested   2022-01-07-kazakhstan-csto-intervention") {
		t.Fatalf("ingest --seed: %v\n%s", err, out)
	}
	out, _, err = runCmd(t, t.Context(), env, "centrality", "--limit", "1")
	if err != nil || !strings.Contains(out, "1     Kazakhstan") {
		t.Errorf("centrality after ingest --seed: %v\n%s", err, out)
	}
}

// TestCommandsDoNotLogWorkerStarts: the render workers' starts are debug lines, not what a command prints.
func TestCommandsDoNotLogWorkerStarts(t *testing.T) {
	env := map[string]string{"ACTORGRAPH_STORE": filepath.Join(t.TempDir(), "cli.db")}
	if _, _, err := runCmd(t, t.Context(), env, "ingest", "--seed"); err != nil {
		t.Fatal(err)
	}
	_, stderr, err := runCmd(t, t.Context(), env, "render", "--focus", "Tokayev", "--depth", "1", "-o", filepath.Join(t.TempDir(), "t.svg"))
	if err != nil || strings.Contains(stderr, "worker") || !strings.HasPrefix(stderr, "wrote ") {
		t.Errorf("render: %v; stderr:\n%s", err, stderr)
	}
	env["ACTORGRAPH_LOG_LEVEL"] = "debug"
	_, stderr, _ = runCmd(t, t.Context(), env, "render", "--focus", "Tokayev", "--depth", "1", "-o", filepath.Join(t.TempDir(), "t.svg"))
	if !strings.Contains(stderr, "render worker started") {
		t.Errorf("at debug level the worker's start is logged; stderr:\n%s", stderr)
	}
}

// TestServeOnAPortInUse names the flag and the variable that choose another, and leaves the store alone.
func TestServeOnAPortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	db := filepath.Join(t.TempDir(), "serve.db")
	env := map[string]string{"ACTORGRAPH_STORE": db, "ACTORGRAPH_ADDR": ln.Addr().String()}
	_, stderr, err := runCmd(t, t.Context(), env, "serve")
	want := "cannot serve on " + ln.Addr().String() + ": another program is using that port (another actorgraph serve?); choose another address with --addr or ACTORGRAPH_ADDR"
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("serve on a port in use: %v, want %q...", err, want)
	}
	if _, err := os.Stat(db); !errors.Is(err, os.ErrNotExist) || stderr != "" {
		t.Errorf("serve touched the store (%v) or logged %q before failing", err, stderr)
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
	stopServe(t, cancel, done, 20*time.Second)
}
