package memstore_test

import (
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	// The crash test runs this binary again as the process it kills.
	if path := os.Getenv(crashChildEnv); path != "" {
		crashChild(path)
		return
	}
	code := m.Run()
	removeBenchData()
	os.Exit(code)
}
