package hugepages

import (
	"bytes"
	"os"
	"runtime"
	"strconv"
	"testing"
)

// anonHuge returns the process's resident anonymous memory in huge pages (AnonHugePages of
// /proc/self/smaps_rollup), in bytes.
func anonHuge(t *testing.T) int {
	b, err := os.ReadFile("/proc/self/smaps_rollup")
	if err != nil {
		t.Skip("no /proc/self/smaps_rollup:", err)
	}
	for line := range bytes.Lines(b) {
		if f := bytes.Fields(line); len(f) == 3 && string(f[0]) == "AnonHugePages:" {
			kb, err := strconv.Atoi(string(f[1]))
			if err != nil {
				t.Fatal(err)
			}
			return kb << 10
		}
	}
	t.Fatal("no AnonHugePages line in /proc/self/smaps_rollup")
	return 0
}

var kept [][]byte

// TestReserveGivesTheHeapHugePages grows the heap by 256 MiB after a Reserve of 512 MiB and checks that at
// least half of what it touched is in huge pages. Without the Reserve, on this machine's "madvise" kernel,
// none of it is (0 MiB of 256 MiB, tried by hand), so the test fails if the advice does not reach the heap.
func TestReserveGivesTheHeapHugePages(t *testing.T) {
	if Mode() != "madvise" {
		t.Skipf("transparent huge pages are %q here, not madvise", Mode())
	}
	if n := Reserve(512 << 20); n < 512<<20 {
		t.Fatalf("Reserve advised %d bytes, want at least 512 MiB", n)
	}
	before := anonHuge(t)
	for range 64 {
		b := make([]byte, 4<<20)
		for i := 0; i < len(b); i += 4096 {
			b[i] = 1
		}
		kept = append(kept, b)
	}
	got := anonHuge(t) - before
	t.Logf("huge pages grew by %d MiB while 256 MiB were touched", got>>20)
	if got < 128<<20 {
		t.Fatalf("huge pages grew by %d MiB, want at least 128 MiB of the 256 MiB touched", got>>20)
	}
	kept = nil
}

var garbage []byte

// TestForGrowthSkipsAHeapWithFreePages: a heap that has touched and freed 256 MiB would zero them for the
// reservation's slice, touching what it means to save, so ForGrowth of 1 GiB (free pages allowed: 64 MiB)
// does nothing; below MinGrowth it does nothing either.
func TestForGrowthSkipsAHeapWithFreePages(t *testing.T) {
	if Mode() != "madvise" {
		t.Skipf("transparent huge pages are %q here, not madvise", Mode())
	}
	if n := ForGrowth(MinGrowth - 1); n != 0 {
		t.Errorf("ForGrowth(MinGrowth-1) advised %d bytes, want 0", n)
	}
	garbage = make([]byte, 256<<20)
	for i := 0; i < len(garbage); i += 4096 {
		garbage[i] = 1
	}
	garbage = nil
	runtime.GC()
	if free, _ := heapFreeAndLive(); free < 128<<20 {
		t.Skipf("the runtime returned the freed pages already (%d MiB free)", free>>20)
	}
	if n := ForGrowth(1 << 30); n != 0 {
		t.Errorf("ForGrowth(1 GiB) advised %d MiB in a heap with 256 MiB of free pages, want 0", n>>20)
	}
}
