package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/hugepages"
	"github.com/actorgraph/actorgraph/seeds"
)

// hugeChildEnv names the arguments of `actorgraph` that the test binary runs as a fresh process, then prints
// the process's huge pages: TestMain calls ingestChild first.
const hugeChildEnv = "AG_TEST_HUGEPAGES_CHILD"

// ingestChild runs the arguments in the environment variable, if set, as the actorgraph program does, prints
// the process's resident anonymous memory in huge pages (AnonHugePages of /proc/self/smaps_rollup, as
// internal/hugepages' test reads it) and exits.
func ingestChild() {
	args := os.Getenv(hugeChildEnv)
	if args == "" {
		return
	}
	var out, errOut bytes.Buffer
	err := run(context.Background(), strings.Split(args, "\n"), func(string) string { return "" }, &out, &errOut)
	rollup, _ := os.ReadFile("/proc/self/smaps_rollup")
	fmt.Printf("err=%v\n%s", err, rollup)
	os.Exit(0)
}

var anonHugeLine = regexp.MustCompile(`(?m)^AnonHugePages:\s+(\d+) kB$`)

// TestIngestOfALargeInputGrowsTheHeapInHugePages: `actorgraph ingest` of 1.1 MB of articles (140 copies of
// the seed article) in a fresh process lets the heap grow into huge pages (boltstore.ExpectInput,
// internal/hugepages.ForGrowth). Without the reservation the kernel here ("madvise") gives the heap none:
// 0 MB against 38-86 MB with it (tried by hand, the race detector's run included); the faults of that
// process 18,600-19,700 -> 8,000-8,700 (bench/results/20261205T1637Z-ingest-thp-product).
func TestIngestOfALargeInputGrowsTheHeapInHugePages(t *testing.T) {
	if hugepages.Mode() != "madvise" {
		t.Skipf("transparent huge pages are %q here, not madvise", hugepages.Mode())
	}
	seed, err := seeds.FS.ReadFile("2022-01-07-kazakhstan-csto-intervention.txt")
	if err != nil {
		t.Fatal(err)
	}
	in := t.TempDir()
	for i := range 140 {
		text := bytes.Replace(seed, []byte("id: 2022-01-07-kazakhstan-csto-intervention"), []byte("id: copy-"+strconv.Itoa(i)), 1)
		if err := os.WriteFile(filepath.Join(in, fmt.Sprintf("a%d.txt", i)), text, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	store := filepath.Join(t.TempDir(), "s.db")
	cmd := exec.CommandContext(t.Context(), os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), hugeChildEnv+"="+strings.Join([]string{"ingest", "--store", store, in}, "\n"))
	out, err := cmd.CombinedOutput()
	if err != nil || !bytes.HasPrefix(out, []byte("err=<nil>\n")) {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	m := anonHugeLine.FindSubmatch(out)
	if m == nil {
		t.Skipf("no AnonHugePages in /proc/self/smaps_rollup:\n%s", out)
	}
	kb, _ := strconv.Atoi(string(m[1]))
	t.Logf("the ingest's process held %d MB in huge pages", kb>>10)
	if kb < 16<<10 {
		t.Errorf("the ingest's process held %d MB in huge pages, want at least 16 MB", kb>>10)
	}
}
