//go:build linux || darwin || freebsd

package boltstore_test

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

// fullDiskChildEnv, set to a store path, makes TestFullDisk the child process: it opens the store with the
// file size limit at the file's current size and tries to ingest a big document into it.
const fullDiskChildEnv = "MEMSTORE_FULLDISK_CHILD_STORE"

// fullDiskReport is what the child tells the parent, as JSON on stdout.
type fullDiskReport struct {
	Limit   int64       // RLIMIT_FSIZE the child ran with, in bytes
	Before  graph.Stats // what the child's store held before the big ingest
	After   graph.Stats // what it held after the big ingest failed
	Err     string      // the whole error, as logged
	Code    string      // its graph code
	Message string      // what a user sees
	Small   string      // the error of a small ingest after the big one failed; "" if it succeeded
	CloseOK bool
}

// bigArticle is a document far bigger than the pages the store file has spare.
func bigArticle() graph.Batch { return article(900_000, 4000) }

// TestFullDisk ingests a big document in a child process whose file size limit (RLIMIT_FSIZE, as a full
// disk or quota would) stops the store file from growing: the ingest must fail with an error that says so,
// and the store, opened again without the limit, must hold exactly what it held before and still ingest.
func TestFullDisk(t *testing.T) {
	if path := os.Getenv(fullDiskChildEnv); path != "" {
		fullDiskChild(t, path)
		return
	}
	if testing.Short() {
		t.Skip("starts a child process")
	}
	t.Parallel()
	path := filepath.Join(t.TempDir(), "full.db")
	s := mustOpenStore(t, path)
	for i := range 4 {
		mustIngestTB(t, s, article(i, 5+i))
	}
	want, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	wantDocs := mustDocumentIDs(t, s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(os.Args[0], "-test.run=^TestFullDisk$", "-test.count=1")
	cmd.Env = append(os.Environ(), fullDiskChildEnv+"="+path)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("child: %v; stdout: %s", err, out)
	}
	var rep fullDiskReport
	line := ""
	for l := range strings.Lines(string(out)) {
		if strings.HasPrefix(l, "{") {
			line = l
		}
	}
	if err := json.Unmarshal([]byte(line), &rep); err != nil {
		t.Fatalf("child said %q: %v", out, err)
	}
	t.Logf("with RLIMIT_FSIZE %d bytes the big ingest failed with: %s", rep.Limit, rep.Err)
	t.Logf("a user sees: %s: %s", rep.Code, rep.Message)

	// The error: coded as a condition to retry once there is room, and saying what happened.
	if rep.Code != graph.EUNAVAILABLE {
		t.Errorf("code %q, want %q", rep.Code, graph.EUNAVAILABLE)
	}
	for _, w := range []string{path, "full"} {
		if !strings.Contains(rep.Message, w) {
			t.Errorf("the message %q does not mention %q", rep.Message, w)
		}
	}
	if rep.Before != want || rep.After != want {
		t.Errorf("in the child, the store went from %+v to %+v; it held %+v", rep.Before, rep.After, want)
	}
	if rep.Small != "" {
		t.Logf("a small ingest after the failure also failed (no spare page in the file): %s", rep.Small)
	}
	if !rep.CloseOK {
		t.Error("the child could not close the store after the failed ingest")
	}

	// Opened normally, the store holds what it held before, whole documents only.
	s = mustOpenStore(t, path)
	defer s.Close()
	got, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	small := 0
	if rep.Small == "" {
		small = 1 // the child's small ingest went through
		want.Documents++
		want.Relations++
		want.Evidence++
		want.Entities++
	}
	if got != want {
		t.Errorf("after the failed ingest the store holds %+v, want %+v", got, want)
	}
	if small == 1 {
		wantDocs = append(wantDocs, articleID(900_001))
		slices.Sort(wantDocs)
	}
	if docs := mustDocumentIDs(t, s); !slices.Equal(docs, wantDocs) {
		t.Errorf("documents %v, want %v", docs, wantDocs)
	}
	for _, id := range wantDocs {
		mustDocumentTB(t, s, id)
	}
	if _, err := s.Document(t.Context(), bigArticle().Document.ID); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("the big document: %v, want not found", err)
	}

	// With room again, the same ingest succeeds.
	big := bigArticle()
	res := mustIngestTB(t, s, big)
	if res.After.Documents != got.Documents+1 || res.After.Relations != got.Relations+len(big.Relations) {
		t.Errorf("the big ingest without the limit went from %+v to %+v", res.Before, res.After)
	}
}

// fullDiskChild runs in the child: limit the file size to the store's current size, then ingest.
func fullDiskChild(t *testing.T, path string) {
	// Past the limit the kernel sends SIGXFSZ, which by default kills the process; ignored, the write or
	// truncate fails with EFBIG instead, as it fails with ENOSPC on a full disk.
	signal.Ignore(syscall.SIGXFSZ)
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
		t.Fatal(err)
	}
	lim.Cur = uint64(fi.Size())
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
		t.Fatal(err)
	}
	rep := fullDiskReport{Limit: fi.Size()}
	s, err := boltstore.Open(path, boltstore.LockTimeout(5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Before, err = s.Stats(t.Context()); err != nil {
		t.Fatal(err)
	}
	_, err = s.Ingest(t.Context(), bigArticle())
	if err == nil {
		t.Fatalf("the big ingest succeeded with the file size limited to %d bytes", fi.Size())
	}
	rep.Err, rep.Code, rep.Message = err.Error(), graph.ErrorCode(err), graph.ErrorMessage(err)
	if rep.After, err = s.Stats(t.Context()); err != nil {
		t.Fatal(err)
	}
	// A small document may still fit in the pages the file has spare; either way the store stays whole.
	if _, err := s.Ingest(t.Context(), article(900_001, 1)); err != nil {
		rep.Small = err.Error()
	}
	rep.CloseOK = s.Close() == nil
	b, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("%s\n", b)
}

func mustDocumentIDs(tb testing.TB, s graph.Store) []string {
	tb.Helper()
	docs, err := s.Documents(tb.Context())
	if err != nil {
		tb.Fatal(err)
	}
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	slices.Sort(ids)
	return ids
}
