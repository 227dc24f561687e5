package export

import (
	"encoding/json"
	"io"

	"github.com/actorgraph/actorgraph/graph"
)

// WriteJSON writes sg as actorgraph's API returns it, in canonical order (see Canonical), indented by two
// spaces and ending in a newline. It is the lossless export: text is kept as it is (JSON can carry any
// character), relations whose ends are missing are kept, and <, > and & are escaped as \u003c and the like
// so the file is safe to embed in HTML.
func WriteJSON(w io.Writer, sg graph.Subgraph) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(Canonical(sg))
}
