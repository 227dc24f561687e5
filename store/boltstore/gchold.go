package boltstore

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// The collector while Open loads the graph.
//
// Reading a file's image allocates what the store keeps: at a million relationships about 450 MB, of which
// a collection in the middle of it freed under 10 MB. Yet the collector ran one there, at the target the
// last collection set (after the huge-page reservation's, a few MB of live heap even at GOGC=400): it marked
// some 400 MB while the image was read, and the goroutines reading it paid for it in mark assists (a CPU
// profile of PerfOpen at 1M: ~0.6 s of the open's ~1.7 s of CPU at load 5-8). So Open reads an image with
// the collector off, and then sets the target as a collection that ended the load would have: as if the
// last collection had marked the load's allocations too. After the next collection, whose mark then sets
// the target, the percent the process had is put back. A layer merge leaves garbage (the layers' decoded
// records), so it keeps the collector on, at a target raised to loadGCPercent.
//
// A GOMEMLIMIT still bounds the heap with the collector off, and a process that runs without a collector
// (GOGC=off) is left so. A process that sets its own percent during an Open, or before the collection
// after it, may have it overwritten by the percent it had when the Open began.

// loadGCPercent is the GOGC that Open runs with while it merges layers.
const loadGCPercent = 400

// gcHold is the collector's setting shared by the loads that run at once (Opens of several stores).
var gcHold gcHolder

type gcHolder struct {
	sync.Mutex
	reading, merging int  // loads of an image (collector off) and merges of layers (target raised)
	saved            int  // the percent the process had when the first of them began
	small            bool // the heap was small beside the file when the first load began
	off              bool // the collector was off for a load
	pacing           bool // the loads are over and their pace is in effect until the next collection
	gen              int  // counts the pacings: a collection ends only the latest one
	// The collector's cycles and the heap's allocated bytes when the first load began.
	cycles, allocs uint64
}

// holdGC sets the collector for a load of a file of size bytes that merges layers (merge) or reads an
// image, and returns the function that ends the hold.
func holdGC(merge bool, size int64) func() {
	h := &gcHold
	h.Lock()
	defer h.Unlock()
	if h.reading+h.merging == 0 {
		// SetGCPercent(-1) waits for a collection in progress to finish marking, so the counts read after
		// it are the load's own.
		if prev := debug.SetGCPercent(-1); !h.pacing {
			h.saved = prev
		}
		h.pacing, h.off = false, false
		h.gen++
		h.cycles, h.allocs = gcCounts()
		h.small = heapObjects() <= max(smallHeap, uint64(size)/4)
	}
	if merge {
		h.merging++
	} else {
		h.reading++
	}
	h.set()
	return func() {
		h.Lock()
		defer h.Unlock()
		if merge {
			h.merging--
		} else {
			h.reading--
		}
		if h.reading+h.merging > 0 {
			h.set()
			return
		}
		cycles, allocs := gcCounts()
		if !h.off || cycles != h.cycles {
			// The collector ran, or could have (a merge's, a heap with garbage): its mark paces the next one.
			debug.SetGCPercent(h.saved)
			return
		}
		debug.SetGCPercent(pacedPercent(h.saved, allocs-h.allocs))
		h.pacing = true
		runtime.AddCleanup(&gcSentinel{}, endPacing, h.gen)
	}
}

// set applies the percent for the loads running: off while only images are read into a small heap.
func (h *gcHolder) set() {
	switch {
	case h.saved < 0:
		debug.SetGCPercent(h.saved)
	case h.merging > 0 || !h.small:
		debug.SetGCPercent(max(h.saved, loadGCPercent))
	default:
		debug.SetGCPercent(-1)
		h.off = true
	}
}

// smallHeap and a quarter of the file are the most heap a load may find in place (live or garbage) to read
// an image with the collector off: a collection could free no more than that, and reading the image
// allocates about the file's size. A heap that held a store opened before in the same process is larger:
// three Opens of the 1M store in a row with the collector off each time grew the heap to 1.4 GB and faulted
// 10,000-44,000 times each after the first; with the collector on they reuse the closed store's pages.
const smallHeap = 64 << 20

// heapObjects returns the bytes of the heap's objects, live or not yet collected.
func heapObjects() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return sampleUint(s[0])
}

// gcSentinel is an object no one keeps, whose cleanup tells that a collection has run. Its pointer keeps it
// out of the tiny allocator's shared blocks, which a cleanup may never see freed.
type gcSentinel struct{ _ *byte }

// endPacing puts the process's percent back after the collection that followed the loads of pacing gen,
// unless loads began again since.
func endPacing(gen int) {
	h := &gcHold
	h.Lock()
	defer h.Unlock()
	if h.pacing && h.gen == gen {
		debug.SetGCPercent(h.saved)
		h.pacing = false
	}
}

// gcCounts reads the collector's completed cycles and the heap's allocated bytes.
func gcCounts() (cycles, allocs uint64) {
	s := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}, {Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(s)
	return sampleUint(s[0]), sampleUint(s[1])
}

func sampleUint(s metrics.Sample) uint64 {
	if s.Value.Kind() == metrics.KindUint64 {
		return s.Value.Uint64()
	}
	return 0
}

// pacedPercent returns the percent whose target is the one a collection at the end of the loads would set,
// had the last collection's mark found the loads' allocated bytes live as well. The runtime's target is
// marked + (marked + roots) * p/100, and at least 4 MiB * p/100 (its minimum heap, which grows with p), so
// p is the lesser of the two percents that reach it.
func pacedPercent(saved int, allocated uint64) int {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/scan/stack:bytes"}, {Name: "/gc/scan/globals:bytes"}}
	metrics.Read(s)
	marked, roots := float64(sampleUint(s[0])), float64(sampleUint(s[1])+sampleUint(s[2]))
	live := marked + float64(allocated)
	goal := live + (live+roots)*float64(saved)/100
	p := min((goal-marked)*100/max(marked+roots, 1), goal*100/(4<<20))
	return int(min(max(p, float64(saved)), math.MaxInt32))
}
