package main

import (
	"flag"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/render"
)

func TestRenderMaxRSS(t *testing.T) {
	tests := []struct {
		name string
		env  string
		args []string
		want int64 // PoolConfig.MaxRSS
	}{
		{"default", "", nil, render.DefaultMaxRSS},
		{"from the environment", "250", nil, 250 << 20},
		{"the flag over the environment", "250", []string{"--render-max-rss", "1024"}, 1024 << 20},
		{"0 turns the limit off", "", []string{"--render-max-rss", "0"}, -1},
		{"a bad environment value keeps the default", "lots", nil, render.DefaultMaxRSS},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := flag.NewFlagSet("serve", flag.ContinueOnError)
			var rf renderFlags
			rf.register(fs, func(k string) string {
				if k == "ACTORGRAPH_RENDER_MAX_RSS" {
					return tt.env
				}
				return ""
			})
			if err := fs.Parse(tt.args); err != nil {
				t.Fatal(err)
			}
			c := rf.poolConfig(nil)
			if c.MaxRSS != tt.want {
				t.Errorf("MaxRSS %d, want %d", c.MaxRSS, tt.want)
			}
			// The help's bound, (N + 1) workers, holds only with one worker drawing ahead.
			if c.SpecWorkers != 1 {
				t.Errorf("SpecWorkers %d, want 1", c.SpecWorkers)
			}
		})
	}
}

func TestServeHelpStatesTheMemoryBound(t *testing.T) {
	stdout, _, err := runCmd(t, t.Context(), nil, "serve", "--help")
	if err != nil {
		t.Fatalf("serve --help: %v", err)
	}
	help := strings.Join(strings.Fields(stdout), " ")
	for _, want := range []string{
		"-render-max-rss MiB",
		"(default 400)",
		"0 turns the limit off",
		"a worker can pass the limit by what its last drawing added: at the default, N workers and the one that draws ahead of clicks hold at most about (N + 1) × 620 MiB",
		"env ACTORGRAPH_RENDER_MAX_RSS",
	} {
		if !strings.Contains(help, want) {
			t.Errorf("serve --help lacks %q:\n%s", want, stdout)
		}
	}
}

// --prerender-priority chooses where drawings ahead run: "lowest", the default, on one worker of their own
// at nice 19; "normal" on the idle ordinary workers (no worker of their own); anything else is refused
// before the server starts.
func TestPrerenderPriority(t *testing.T) {
	for _, tt := range []struct {
		aheadNormal bool
		want        int
	}{{false, 1}, {true, -1}} {
		rf := renderFlags{workers: 2, aheadNormal: tt.aheadNormal}
		if got := rf.poolConfig(nil).SpecWorkers; got != tt.want {
			t.Errorf("aheadNormal %v: SpecWorkers %d, want %d", tt.aheadNormal, got, tt.want)
		}
	}
	for _, tt := range []struct {
		name string
		env  map[string]string
		args []string
	}{
		{"flag", nil, []string{"serve", "--prerender-priority", "high"}},
		{"environment", map[string]string{"ACTORGRAPH_PRERENDER_PRIORITY": "idle"}, []string{"serve"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runCmd(t, t.Context(), tt.env, tt.args...)
			if err == nil || !strings.Contains(err.Error(), "--prerender-priority") || !strings.Contains(err.Error(), `is neither "lowest" nor "normal"`) {
				t.Errorf("got %v, want the value refused", err)
			}
		})
	}
	stdout, _, err := runCmd(t, t.Context(), nil, "serve", "--help")
	if err != nil {
		t.Fatal(err)
	}
	if help := strings.Join(strings.Fields(stdout), " "); !strings.Contains(help, `-prerender-priority string CPU priority of the drawings made ahead: "lowest" runs them on a worker of their own at nice 19`) || !strings.Contains(help, `(default "lowest")`) {
		t.Errorf("serve --help does not explain --prerender-priority:\n%s", stdout)
	}
}
