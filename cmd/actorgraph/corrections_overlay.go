package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest/overlay"
)

// overlayHeader opens an exported overlay of corrections.
const overlayHeader = `Corrections made in actorgraph by its editors, with who made each, when and why, and who undid it.
Ingest this overlay with the same articles into a fresh store to make the same graph:
  actorgraph ingest ARTICLES... corrections.overlay.yaml
or add the corrections to a store that holds the articles: actorgraph corrections import FILE.`

// exportCorrections writes the corrections as an overlay or as JSON.
func exportCorrections(w io.Writer, format string, list []graph.Correction) error {
	switch format {
	case "overlay":
		return overlay.WriteEditorCorrections(w, overlayHeader, list)
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if list == nil {
			list = []graph.Correction{}
		}
		return enc.Encode(correctionsFile{Corrections: list})
	}
	return fmt.Errorf("--format %q is not overlay or json: %w", graph.Clip(format), errUsage)
}

// readCorrections reads a file `corrections export` wrote: JSON, or an overlay holding only
// editor_corrections.
func readCorrections(name string, data []byte) ([]graph.Correction, error) {
	if bytes.HasPrefix(bytes.TrimSpace(data), []byte("{")) {
		var f correctionsFile
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&f); err != nil {
			return nil, graph.Errorf(graph.EINVALID, "%s: not a file of corrections (`actorgraph corrections export` writes them): %v", name, err)
		}
		return f.Corrections, nil
	}
	o, err := overlay.Parse(name, data)
	if err != nil {
		return nil, err
	}
	if o.Document != "" {
		return nil, graph.Errorf(graph.EINVALID, "%s: an overlay about document %q; ingest it with its article (`actorgraph ingest`)", name, graph.Clip(o.Document))
	}
	list := make([]graph.Correction, len(o.EditorCorrections))
	for i, c := range o.EditorCorrections {
		list[i] = c.Correction
	}
	return list, nil
}

// relationChange says what an addition, a retype or a reversal did, after the relationship's id.
func relationChange(c graph.Correction) string {
	switch c.Action {
	case graph.ActionAdd:
		return fmt.Sprintf(" from %s:%d-%d %q", c.Document, c.Start, c.End, graph.Clip(c.Text))
	case graph.ActionRetype, graph.ActionReverse:
		return " to " + c.Target()
	}
	return ""
}
