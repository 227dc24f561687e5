package boltstore_test

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
	// TestOpenCutShort and TestOpenDamagedHeaderOrPages run it again as the process that opens a damaged file.
	if path := os.Getenv(openChildEnv); path != "" {
		openChild(path)
		return
	}
	code := m.Run()
	removeBenchData()
	os.Exit(code)
}
