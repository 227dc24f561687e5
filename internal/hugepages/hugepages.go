// Package hugepages lets the Go heap grow into transparent huge pages on a kernel that gives them only on
// request (/sys/kernel/mm/transparent_hugepage/enabled set to "madvise", as on this machine). The Go runtime
// (1.26) asks for huge pages only for GC metadata, so a heap growing to 2 GB, as an ingest of 1M
// relationships does, faults in about 600,000 pages of 4 KiB; on this VM each costs about 10 us.
//
// An ingest of 1M with the heap reserved and advised first faulted about 6,000 times instead of about
// 300,000 and ran 1.20x faster by the clock and 1.38x by CPU (medians of eight alternating pairs on the
// quiet machine, BENCHMARKS.md). The store calls ForGrowth when it opens a large file or is told of a large
// input (boltstore.ExpectInput): at the start of a process that will grow a large heap.
package hugepages

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// Mode is the kernel's setting for transparent huge pages ("always", "madvise", "never"), or "" where it
// cannot be read.
func Mode() string { return mode() }

// Reserve maps size bytes of heap without touching them, advises the process's anonymous read-write mappings
// of 2 MiB or more for huge pages (the runtime's heap arenas among them), and drops the slice, so that the
// heap's next growth reuses those pages and faults them in 2 MiB at a time. It collects the garbage to free
// the slice at once (a whole collection: the caller's heap is scanned). It returns the bytes advised: 0
// where the kernel has no such setting or gives huge pages always or never.
//
// Reserve is free only when the runtime maps the slice fresh: taken from free pages the heap used before,
// the runtime zeroes it, touching every page it meant to save. ForGrowth checks that first.
//
// The collector is off while the slice is allocated (debug.SetGCPercent(-1)): a slice that large crosses the
// collector's trigger, and the cycle it began kept the slice (allocated while marking), so freeing it took a
// second whole cycle over the caller's heap (TestReserveCollectsOnce; in PerfIngest at 1M two marks of the
// 600 MB corpus within Open, 10.53-11.88 s of its execution trace at load 3.5). The process's percent is put
// back before the collection, not after: built the other way, the first click after PerfOpen took more CPU
// than main's in 15 of 20 pairs (pair ratios' medians 1.15x and 1.22x, load 8-15), this way in 3 of 8. A
// likely reason, not proven: a cycle run with the collector off leaves the runtime "no goal" as its last
// heap goal, by which it paces returning memory to the system until the next cycle. A caller that sets the
// percent on another goroutine must not run beside.
func Reserve(size int) int {
	if Mode() != "madvise" {
		return 0
	}
	percent := debug.SetGCPercent(-1) // waits for a cycle in progress to end its mark
	ballast := make([]byte, size)     // mapped by the runtime, never written
	n := advise()
	runtime.KeepAlive(ballast)
	debug.SetGCPercent(percent) // starts no cycle by itself (an allocation elsewhere before the next line may)
	runtime.GC()
	return n
}

// MinGrowth is the least growth ForGrowth reserves for: below it the faults saved (about 10 us per 4 KiB
// page here, 160 ms for 64 MiB) are not worth a collection and a read of /proc/self/maps.
const MinGrowth = 64 << 20

// ForGrowth reserves for a heap about to grow by size bytes (Reserve), only where that is cheap and safe: size
// at least MinGrowth, capped at half the machine's memory (an untouched slice larger than the memory could
// fail where the kernel checks what is mapped), and only while the heap holds little it could reuse for the
// slice: free pages it used before (the runtime would zero them) no more than size/16, live objects (the
// collection scans them) no more than size/2. A process's start passes, a serve that has run does not.
// It returns the bytes advised, 0 when it did nothing.
func ForGrowth(size int) int {
	if size < MinGrowth {
		return 0 // before reading /proc/meminfo: every Open of a small store comes here
	}
	if total := memTotal(); total > 0 {
		size = min(size, total/2)
	}
	if size < MinGrowth || Mode() != "madvise" {
		return 0
	}
	free, live := heapFreeAndLive()
	if free > uint64(size)/16 || live > uint64(size)/2 {
		return 0
	}
	return Reserve(size)
}

// heapFreeAndLive reads the heap's free pages that hold memory (not returned to the system) and its live
// objects' bytes, from the runtime's metrics (no stop of the world).
func heapFreeAndLive() (free, live uint64) {
	s := []metrics.Sample{{Name: "/memory/classes/heap/free:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() == metrics.KindUint64 {
		free = s[0].Value.Uint64()
	}
	if s[1].Value.Kind() == metrics.KindUint64 {
		live = s[1].Value.Uint64()
	}
	return free, live
}
