package boltstore

import (
	"sync/atomic"
	"testing"
	"time"
)

// inParallel runs both halves of a merge; a panic in either must reach Ingest's caller, and only once the
// other half is done (it writes the update the caller's recovery drops).
func TestInParallel(t *testing.T) {
	catch := func(a, b func()) (p any) {
		defer func() { p = recover() }()
		inParallel(a, b)
		return nil
	}
	var aDone, bDone atomic.Bool
	slowA := func() { time.Sleep(20 * time.Millisecond); aDone.Store(true) }
	if p := catch(func() { aDone.Store(true) }, func() { bDone.Store(true) }); p != nil || !aDone.Load() || !bDone.Load() {
		t.Errorf("both run: panic %v, a %v, b %v", p, aDone.Load(), bDone.Load())
	}
	aDone.Store(false)
	if p := catch(slowA, func() { panic("b") }); p != "b" || !aDone.Load() {
		t.Errorf("b panicking: got %v, a done %v; want b's panic after a is done", p, aDone.Load())
	}
	bDone.Store(false)
	if p := catch(func() { panic("a") }, func() { time.Sleep(20 * time.Millisecond); bDone.Store(true) }); p != "a" || !bDone.Load() {
		t.Errorf("a panicking: got %v, b done %v; want a's panic here after b is done", p, bDone.Load())
	}
}
