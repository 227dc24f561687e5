package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestIntoARunningServer: while serve holds the store, `ingest` on the same file says in one line how
// to send the files to it, and `ingest --server` does, with the editor's token; the article is then found
// by the running server's search, with no restart.
func TestIngestIntoARunningServer(t *testing.T) {
	dir := t.TempDir()
	store := filepath.Join(dir, "served.db")
	const token = "a-token-for-the-cli-test-0123"
	ctx, stop := context.WithCancel(t.Context())
	defer stop()
	serveOut := &syncBuffer{}
	base, done := startServeOut(t, ctx, map[string]string{"ACTORGRAPH_STORE": store, "ACTORGRAPH_LOG_LEVEL": "error",
		"ACTORGRAPH_EDIT_TOKEN": token, "ACTORGRAPH_EDITOR_NAME": "alice"}, serveOut)
	if !strings.Contains(serveOut.String(), "actorgraph: 1 editor may write: alice\n") {
		t.Errorf("serve's start does not name its editor:\n%s", serveOut.String())
	}

	article := filepath.Join(dir, "talks.txt")
	if err := os.WriteFile(article, []byte("Talks in Astana\n\nChina criticized Japan on Monday. Belarus supports Russia.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"ACTORGRAPH_STORE": store, "ACTORGRAPH_LOG_LEVEL": "error"}
	_, _, err := runCmd(t, t.Context(), env, "ingest", article)
	want := "store file " + store + " is in use by a running actorgraph (serve?): send the files to it with `actorgraph ingest --server http://localhost:8080 FILE...`"
	if err == nil || !strings.HasPrefix(err.Error(), want) || strings.Contains(err.Error(), "\n") {
		t.Errorf("ingest into a held store: %v\nwant one line starting %q", err, want)
	}

	_, _, err = runCmd(t, t.Context(), env, "ingest", "--server", base, article)
	if err == nil || !strings.Contains(err.Error(), "ACTORGRAPH_EDIT_TOKEN") {
		t.Errorf("ingest --server without a token: %v", err)
	}
	env["ACTORGRAPH_EDIT_TOKEN"] = "not-the-token-0123456789"
	_, _, err = runCmd(t, t.Context(), env, "ingest", "--server", base, article)
	if err == nil || err.Error() != "the server answered 401: this token is not an editor's" {
		t.Errorf("ingest --server with a wrong token: %v", err)
	}

	env["ACTORGRAPH_EDIT_TOKEN"] = token
	out, _, err := runCmd(t, t.Context(), env, "ingest", "--server", base, article)
	if err != nil || !strings.Contains(out, "ingested   talks (talks.txt)") || !strings.Contains(out, "store: 2 documents (+1)") {
		t.Fatalf("ingest --server: %v\n%s", err, out)
	}
	if got := get(t, base+"/api/search?q=japan"); !strings.Contains(got, `"id":"state:japan"`) {
		t.Errorf("the running server does not find Japan: %s", got)
	}
	out, _, err = runCmd(t, t.Context(), env, "ingest", "--server", base, article)
	if err != nil || !strings.Contains(out, "unchanged  talks (talks.txt)") {
		t.Errorf("ingest --server again: %v\n%s", err, out)
	}
	if _, _, err := runCmd(t, t.Context(), env, "ingest", "--server", "ftp://example.com", article); err == nil || !strings.Contains(err.Error(), "is not a server's address") {
		t.Errorf("--server ftp://: %v", err)
	}
	stop()
	if err := <-done; err != nil {
		t.Errorf("serve: %v", err)
	}
}

// TestServeSaysWritingIsOff: with no token, serve says at start that the page and API are read-only.
func TestServeSaysWritingIsOff(t *testing.T) {
	ctx, stop := context.WithCancel(t.Context())
	defer stop()
	out := &syncBuffer{}
	_, done := startServeOut(t, ctx, map[string]string{"ACTORGRAPH_STORE": filepath.Join(t.TempDir(), "s.db"), "ACTORGRAPH_SEED": "false", "ACTORGRAPH_LOG_LEVEL": "error"}, out)
	if !strings.HasPrefix(out.String(), "actorgraph: writing is off (no ACTORGRAPH_EDIT_TOKEN or ACTORGRAPH_EDITORS_FILE): the page and the API are read-only\n") {
		t.Errorf("serve's start:\n%s", out.String())
	}
	stop()
	<-done
}

// TestServeRefusesABadEditorsFile: an editors file that breaks the rules stops serve with file and line.
func TestServeRefusesABadEditorsFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "editors")
	if err := os.WriteFile(file, []byte("alice short\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, err := runCmd(t, t.Context(), map[string]string{"ACTORGRAPH_EDITORS_FILE": file, "ACTORGRAPH_STORE": filepath.Join(t.TempDir(), "s.db")}, "serve", "--addr", "127.0.0.1:0")
	if err == nil || err.Error() != file+":1: the token of editor alice is shorter than 16 characters" {
		t.Errorf("serve with a bad editors file: %v", err)
	}
}
