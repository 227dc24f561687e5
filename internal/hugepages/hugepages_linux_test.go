package hugepages

import (
	"bytes"
	"os"
	"runtime"
	"runtime/debug"
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

var live [][]byte

// TestReserveCollectsOnce: Reserve frees its slice with one collection, also in a heap with live objects.
// Allocated with the collector on, a slice that large crossed the collector's trigger and began a cycle that
// kept it (allocated while marking), so freeing it took a second whole cycle over the caller's heap: two
// cycles here, and in PerfIngest at 1M two marks of the 600 MB corpus in Open (about 1.3 s at load 3.5).
func TestReserveCollectsOnce(t *testing.T) {
	if Mode() != "madvise" {
		t.Skipf("transparent huge pages are %q here, not madvise", Mode())
	}
	for range 64 << 10 { // 64 MiB live, in objects the collector marks one by one
		live = append(live, make([]byte, 1<<10))
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	percent := debug.SetGCPercent(100)
	defer debug.SetGCPercent(percent)
	if n := Reserve(512 << 20); n < 512<<20 {
		t.Fatalf("Reserve advised %d bytes, want at least 512 MiB", n)
	}
	runtime.ReadMemStats(&after)
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("the collector's percent after Reserve is %d, want 100 as before", got)
	}
	if cycles := after.NumGC - before.NumGC; cycles != 1 {
		t.Errorf("Reserve ran %d collections, want 1", cycles)
	}
	if after.HeapInuse > before.HeapInuse+64<<20 {
		t.Errorf("the heap holds %d MiB in use after Reserve, %d before: the slice was not freed", after.HeapInuse>>20, before.HeapInuse>>20)
	}
	live = nil
}
