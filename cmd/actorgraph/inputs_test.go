//go:build unix

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A folder with a link out of it, a named pipe and a link to nothing beside an article: ingest reads the
// article, says on stderr and in its JSON what it skipped, reports the link to nothing as failed, and
// stores nothing from outside the folder.
func TestIngestSaysWhatItSkipped(t *testing.T) {
	dir := t.TempDir()
	news := filepath.Join(dir, "news")
	secret := filepath.Join(dir, "secret")
	for name, text := range map[string]string{news + "/a1.txt": "Belarus supports Russia.\n", secret: "root:x:0:0\n"} {
		os.MkdirAll(filepath.Dir(name), 0o755)
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(secret, filepath.Join(news, "passwd.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("gone.txt", filepath.Join(news, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(news, "pipe.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	secret, _ = filepath.EvalSymlinks(secret) // what the message names: where the link really leads
	env := map[string]string{"ACTORGRAPH_STORE": filepath.Join(dir, "cli.db"), "ACTORGRAPH_LOG_LEVEL": "warn"}

	out, stderr, err := runCmd(t, t.Context(), env, "ingest", "--json", news)
	if err == nil || err.Error() != "1 of 2 inputs failed; the store holds everything else" {
		t.Errorf("ingest: error %v, want the link to nothing to fail alone", err)
	}
	for _, want := range []string{
		"skipped    " + filepath.Join(news, "passwd.txt") + ": a link out of the folder, to " + secret + "\n",
		"skipped    " + filepath.Join(news, "pipe.md") + ": not a regular file but a named pipe\n",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	var rep struct {
		Documents []struct{ Document, File, Error string }
		Failed    int
		Skipped   []struct{ Path, Reason string }
		After     struct{ Documents int }
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if len(rep.Skipped) != 2 || rep.Skipped[0].Path != filepath.Join(news, "passwd.txt") || rep.Skipped[0].Reason != "a link out of the folder, to "+secret ||
		rep.Skipped[1].Reason != "not a regular file but a named pipe" {
		t.Errorf("skipped %+v", rep.Skipped)
	}
	if rep.Failed != 1 || rep.After.Documents != 1 || len(rep.Documents) != 2 ||
		rep.Documents[0].Error != filepath.Join(news, "dangling.txt")+": a link to gone.txt, which does not exist" || rep.Documents[1].Document != "a1" {
		t.Errorf("report %+v", rep)
	}
}
