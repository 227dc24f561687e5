package render_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/actorgraph/actorgraph/graph/render"
)

// TestMain lets the test binary serve as its own render worker: the pool re-executes it with
// ACTORGRAPH_RENDER_WORKER=1, just as cmd/actorgraph re-executes itself.
func TestMain(m *testing.M) {
	if render.IsWorker() {
		if err := render.ServeWorker(os.Stdin, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "render worker:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}
