package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/actorgraph/actorgraph/ingest"
)

// readInputs reads the files and folders given to ingest or extract, and says on stderr what it skipped in
// the folders and why: links out of them (a folder of news must not bring /etc/passwd into the store),
// named pipes and devices (which could hang the read or never end). Files that cannot be read come back with
// their error and fail alone when ingested.
func readInputs(paths []string, stderr io.Writer) (ingest.Found, error) {
	found, err := ingest.Read(paths)
	if err != nil {
		return found, userError(err)
	}
	for _, s := range found.Skipped {
		tprintf(stderr, "skipped    %s: %s\n", s.Path, s.Reason)
	}
	if len(found.Files) == 0 {
		return found, fmt.Errorf("no articles (*.txt, *.md, *.html, *.htm) or overlays (*.overlay.yaml) in %s", strings.Join(paths, ", "))
	}
	return found, nil
}
