package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/server"
)

// maxEditorsFile bounds the editors file read at start: a thousand editors take under 100 KB.
const maxEditorsFile = 1 << 20

// editorsFromEnv reads who may write: ACTORGRAPH_EDIT_TOKEN, the token of one editor named by
// ACTORGRAPH_EDITOR_NAME (default "editor"), and ACTORGRAPH_EDITORS_FILE, a file naming several (see
// server.ParseEditors). Either, both or none may be set; with none, nobody may write.
// warn says what is risky about the file (readable by others).
func editorsFromEnv(getenv env, warn func(string, ...any)) (*server.Editors, error) {
	eds := &server.Editors{}
	if path := strings.TrimSpace(getenv("ACTORGRAPH_EDITORS_FILE")); path != "" {
		data, err := readEditorsFile(path, warn)
		if err != nil {
			return nil, err
		}
		if eds, err = server.ParseEditors(path, data); err != nil {
			return nil, err
		}
	}
	if token := getenv("ACTORGRAPH_EDIT_TOKEN"); token != "" {
		name := getenv.or("ACTORGRAPH_EDITOR_NAME", server.DefaultEditorName)
		if err := eds.Add(name, strings.TrimSpace(token)); err != nil {
			return nil, graph.Errorf(graph.EINVALID, "ACTORGRAPH_EDIT_TOKEN: %s", graph.ErrorMessage(err))
		}
	}
	return eds, nil
}

func readEditorsFile(path string, warn func(string, ...any)) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "ACTORGRAPH_EDITORS_FILE: cannot read %s: %v", path, unwrapPathErr(err))
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "ACTORGRAPH_EDITORS_FILE: cannot read %s: %v", path, unwrapPathErr(err))
	}
	if !info.Mode().IsRegular() {
		return nil, graph.Errorf(graph.EINVALID, "ACTORGRAPH_EDITORS_FILE: %s is not a regular file", path)
	}
	if info.Mode().Perm()&0o077 != 0 {
		warn("the editors file can be read by other users of this machine; chmod 600 it", "file", path, "mode", info.Mode().Perm().String())
	}
	data, err := io.ReadAll(io.LimitReader(f, maxEditorsFile+1))
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "ACTORGRAPH_EDITORS_FILE: cannot read %s: %v", path, unwrapPathErr(err))
	}
	if len(data) > maxEditorsFile {
		return nil, graph.Errorf(graph.EINVALID, "ACTORGRAPH_EDITORS_FILE: %s is larger than %d bytes", path, maxEditorsFile)
	}
	return data, nil
}

func unwrapPathErr(err error) error {
	if pe := (*os.PathError)(nil); errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// writesLine is what serve says at start about writing.
func writesLine(eds *server.Editors) string {
	if eds.Len() == 0 {
		return "actorgraph: writing is off (no ACTORGRAPH_EDIT_TOKEN or ACTORGRAPH_EDITORS_FILE): the page and the API are read-only"
	}
	names := eds.Names()
	if len(names) > 5 {
		names = append(names[:5], fmt.Sprintf("and %d more", len(names)-5))
	}
	noun := "editors"
	if eds.Len() == 1 {
		noun = "editor"
	}
	return fmt.Sprintf("actorgraph: %d %s may write: %s", eds.Len(), noun, strings.Join(names, ", "))
}
