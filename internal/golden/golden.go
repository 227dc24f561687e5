// Package golden compares what a test produces with a file kept under the package's testdata/, and
// rewrites the file instead when the test runs with -update: for the outputs whose every byte matters and
// which a person reviews as a diff (DOT, exports, the CLI's output).
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/ with what the tests produce")

// Updating reports whether the tests run with -update.
func Updating() bool { return *update }

// Check compares got with the file testdata/name, or writes got there under -update. A difference fails the
// test with the file's path, the command that rewrites it and the first 3,000 bytes of got.
func Check(tb testing.TB, name string, got []byte) {
	tb.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (go test -run '%s' -update writes it)", err, tb.Name())
	}
	if !bytes.Equal(got, want) {
		shown := got
		if len(shown) > 3000 {
			shown = append(shown[:3000:3000], "…"...)
		}
		tb.Errorf("%s differs from what the test produces; if the change is intended, run go test -run '%s' -update and review the diff\ngot:\n%s", path, tb.Name(), shown)
	}
}
