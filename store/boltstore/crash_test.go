package boltstore_test

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

// crashChildEnv, set to a store path, makes the test binary the child of TestCrash: it ingests into that
// store until it is killed.
const crashChildEnv = "MEMSTORE_CRASH_CHILD_STORE"

// crashArticle is article i of the crash test; its size varies so that calls differ in size.
func crashArticle(i int) graph.Batch { return article(i, 20+i%17) }

// crashChild ingests pairs of articles, one pair per call, after what the store already holds, and prints
// "committed N" once call N has returned. It never stops by itself before a few thousand calls.
func crashChild(path string) {
	fail := func(err error) {
		fmt.Fprintln(os.Stderr, "crash child:", err)
		os.Exit(2)
	}
	s, err := boltstore.Open(path, boltstore.LockTimeout(5*time.Second))
	if err != nil {
		fail(err)
	}
	st, err := s.Stats(context.Background())
	if err != nil {
		fail(err)
	}
	for c := st.Documents / 2; c < 5000; c++ {
		if _, err := s.Ingest(context.Background(), crashArticle(2*c), crashArticle(2*c+1)); err != nil {
			fail(err)
		}
		fmt.Printf("committed %d\n", c)
	}
	_ = s.Close()
}

// TestCrash kills a process in the middle of ingesting, several times over, and checks after each kill
// that the store holds only whole calls, at least every call the process reported, and still ingests.
func TestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills child processes")
	}
	t.Parallel()
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 0))
	path := filepath.Join(t.TempDir(), "crash.db")
	for round := range 6 {
		reported := runAndKill(t, path, 1+rng.IntN(10), time.Duration(rng.IntN(4000))*time.Microsecond)
		calls := checkWholeCalls(t, path)
		if calls < reported {
			t.Fatalf("round %d: the store holds %d calls, but the child had reported %d as committed", round, calls, reported)
		}
		t.Logf("round %d: the child reported %d calls committed; the store holds %d", round, reported, calls)
	}
	// A last, clean ingest on the recovered file.
	s := mustOpenStore(t, path)
	before, _ := s.Stats(t.Context())
	mustIngestTB(t, s, article(1_000_000, 3))
	after, _ := s.Stats(t.Context())
	s.Close()
	if after.Documents != before.Documents+1 || after.Relations != before.Relations+3 {
		t.Errorf("ingest after the crashes went from %+v to %+v", before, after)
	}
}

// runAndKill starts the child on the store, waits until it has reported `reports` more calls and a further
// delay, kills it with SIGKILL and returns how many calls the store held by the child's last report.
func runAndKill(t *testing.T, path string, reports int, delay time.Duration) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+path)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	lines := make(chan int)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			var c int
			if _, err := fmt.Sscanf(sc.Text(), "committed %d", &c); err == nil {
				lines <- c
			}
		}
		close(lines)
	}()
	seen, held := 0, 0
	timeout := time.After(time.Minute)
	for seen < reports {
		select {
		case c, ok := <-lines:
			if !ok {
				t.Fatalf("the child stopped after %d calls: %v", seen, cmd.Wait())
			}
			seen, held = seen+1, c+1
		case <-timeout:
			t.Fatalf("the child reported only %d calls in a minute", seen)
		}
	}
	time.Sleep(delay)
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	// Read what it reported before it died.
	for c := range lines {
		held = c + 1
	}
	_ = cmd.Wait()
	return held
}

// checkWholeCalls opens the store and checks that it holds articles 0..2k-1 for some k, each with every
// relation and piece of evidence it was ingested with, and nothing else. It returns k.
func checkWholeCalls(t *testing.T, path string) int {
	t.Helper()
	s := mustOpenStore(t, path)
	defer s.Close()
	ctx := t.Context()
	docs, err := s.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs)%2 != 0 {
		t.Fatalf("the store holds %d articles, half a call", len(docs))
	}
	var want graph.Stats
	for i := range len(docs) {
		b := crashArticle(i)
		if got := mustDocumentTB(t, s, b.Document.ID); got != b.Document {
			t.Fatalf("article %d is not as ingested", i)
		}
		var focus []string
		for _, e := range b.Entities[1:] {
			focus = append(focus, e.ID)
		}
		sg, err := s.Neighborhood(ctx, graph.NeighborhoodQuery{Focus: focus, Depth: 1, Filter: graph.Filter{MaxNodes: graph.MaxMaxNodes}})
		if err != nil {
			t.Fatalf("article %d: %v", i, err)
		}
		if len(sg.Relations) != len(b.Relations) {
			t.Fatalf("article %d shows %d of its %d relations", i, len(sg.Relations), len(b.Relations))
		}
		for _, r := range sg.Relations {
			if len(r.Evidence) != 1 || r.Evidence[0].Document != b.Document.ID {
				t.Fatalf("article %d: relation %s has evidence %+v", i, r.ID, r.Evidence)
			}
		}
		want.Documents++
		want.Entities += len(b.Entities) - 1
		want.Relations += len(b.Relations)
		want.Evidence += len(b.Relations)
	}
	if want.Documents > 0 {
		want.Entities++ // the hub
	}
	if got, _ := s.Stats(ctx); got != want {
		t.Fatalf("Stats = %+v, want %+v for %d whole articles", got, want, len(docs))
	}
	return len(docs) / 2
}

func mustDocumentTB(tb testing.TB, s graph.Store, id string) graph.Document {
	tb.Helper()
	d, err := s.Document(context.Background(), id)
	if err != nil {
		tb.Fatalf("Document(%s): %v", id, err)
	}
	return d
}
