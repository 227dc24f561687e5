// Package hugepages lets the Go heap grow into transparent huge pages on a kernel that gives them only on
// request (/sys/kernel/mm/transparent_hugepage/enabled set to "madvise", as on this machine). The Go runtime
// (1.26) asks for huge pages only for GC metadata, so a heap growing to 2 GB, as an ingest of 1M
// relationships does, faults in about 600,000 pages of 4 KiB; on this VM each costs about 10 us.
//
// It is an experiment toward issue 17's ingest aim, used only by the ingest benchmark (AG_THP=reserve): an
// ingest of 1M with the heap reserved and advised first faulted about 6,000 times instead of about 300,000
// and ran 1.18x faster by the clock and 1.35x by CPU (medians of five alternating pairs on the quiet machine,
// BENCHMARKS.md). It is not in the store's ingest path: Reserve makes the runtime map memory by allocating
// and dropping a slice, which is free only when the runtime maps it fresh; taken from pages the heap used
// before, the runtime zeroes it, touching every page it meant to save.
package hugepages

import "runtime"

// Mode is the kernel's setting for transparent huge pages ("always", "madvise", "never"), or "" where it
// cannot be read.
func Mode() string { return mode() }

// Reserve maps size bytes of heap without touching them, advises the process's anonymous read-write mappings
// of 2 MiB or more for huge pages (the runtime's heap arenas among them), and drops the slice, so that the
// heap's next growth reuses those pages and faults them in 2 MiB at a time. It collects the garbage to free
// the slice at once (a whole collection: the caller's heap is scanned). It returns the bytes advised: 0
// where the kernel has no such setting or gives huge pages always or never.
func Reserve(size int) int {
	if Mode() != "madvise" {
		return 0
	}
	ballast := make([]byte, size) // mapped by the runtime, never written
	n := advise()
	runtime.KeepAlive(ballast)
	runtime.GC()
	return n
}
