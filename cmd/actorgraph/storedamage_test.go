package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCutStoreIsDamaged: a store file cut short (here to 8 KiB) made bbolt fault or panic with a stack
// trace; the CLI now says the file is damaged and how, and exits with status 1.
func TestCutStoreIsDamaged(t *testing.T) {
	env := seededEnv(t)
	data, err := os.ReadFile(env["ACTORGRAPH_STORE"])
	if err != nil {
		t.Fatal(err)
	}
	cut := filepath.Join(t.TempDir(), "cut.db")
	if err := os.WriteFile(cut, data[:8<<10], 0o600); err != nil {
		t.Fatal(err)
	}
	env["ACTORGRAPH_STORE"] = cut
	for _, args := range [][]string{{"blocs"}, {"ingest", "../../seeds"}, {"path", "--from", "Xi", "--to", "Zas"}} {
		t.Run(args[0], func(t *testing.T) {
			_, _, err := runCmd(t, t.Context(), env, args...)
			var b bytes.Buffer
			printError(&b, err)
			want := "actorgraph: store file " + cut + " is damaged: it is cut short: it holds 8192 bytes, and its header counts "
			if !strings.HasPrefix(b.String(), want) || exitCode(err) != 1 {
				t.Errorf("printed %q (exit status %d), want %q... and exit status 1", b.String(), exitCode(err), want)
			}
		})
	}
}
