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
