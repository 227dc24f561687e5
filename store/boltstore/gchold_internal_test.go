package boltstore

import (
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/internal/synthetic"
)

// gcPercent reads the process's GOGC percent (setting it back at once).
func gcPercent() int {
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	return p
}

// TestOpenReadsAnImageWithTheCollectorOff checks that an Open from the file's image into a small heap runs
// no collection, leaves the collector's target where a collection at its end would have put it (about twice
// the heap), and that the next collection puts the process's own percent back; and that into a heap larger
// than smallHeap (which a collection might free) it reads with the collector on, as before.
func TestOpenReadsAnImageWithTheCollectorOff(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gc.db")
	s, err := Open(path, NoSync())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Ingest(t.Context(), synthetic.New(synthetic.Config{Relations: 50_000, Seed: 3}).All()...); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	for _, tc := range []struct {
		name    string
		inPlace int // bytes of heap the Open finds live
		paced   bool
	}{
		{"small heap", 0, true},
		{"large heap", smallHeap + 16<<20, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			inPlace := make([]byte, tc.inPlace)
			runtime.GC()
			before, _ := gcCounts()
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			after, _ := gcCounts()
			runtime.KeepAlive(inPlace)
			if s.st.lazy == nil {
				t.Fatal("the store was not read from its image")
			}
			gcHold.Lock()
			paced := gcHold.pacing
			gcHold.Unlock()
			if paced != tc.paced {
				t.Fatalf("after Open: pacing %v, want %v", paced, tc.paced)
			}
			if !tc.paced {
				if p := gcPercent(); p != 100 {
					t.Errorf("after Open into a large heap: GOGC %d, want 100", p)
				}
				return
			}
			if after != before {
				t.Errorf("%d collections while Open read the image, want none", after-before)
			}
			m := []metrics.Sample{{Name: "/gc/heap/goal:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
			metrics.Read(m)
			goal, heap := m[0].Value.Uint64(), m[1].Value.Uint64()
			if p := gcPercent(); p <= 100 || goal < heap*3/2 || goal > heap*3 {
				t.Errorf("after Open: GOGC %d, target %d MB for a heap of %d MB; want GOGC over 100 and the target 1.5-3 times the heap", p, goal>>20, heap>>20)
			}
			for deadline := time.Now().Add(5 * time.Second); ; {
				runtime.GC()
				gcHold.Lock()
				pacing := gcHold.pacing
				gcHold.Unlock()
				if !pacing && gcPercent() == 100 {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("GOGC %d 5 s after collections, want the process's 100 back", gcPercent())
				}
				time.Sleep(time.Millisecond)
			}
		})
	}
}
