package yamlnode

import "go.yaml.in/yaml/v4"

// Bounds on the YAML Parse reads, so that any file under the size limits (4 MiB for an article or an
// overlay) is read in bounded memory and time. Measured on this project's machines (CPU time, bytes
// allocated; go test -v -run Bounds ./internal/yamlnode/):
//
//   - go.yaml.in/yaml/v4 builds about 100 bytes of nodes per item of block YAML ("a: b", "- a" lines: 7.6 MB
//     for 79,000 items) but keeps every token of a flow collection that could be a key (one that opens a
//     line, a list item or the file) until it closes: about 2 KB per item, 160 MB for 79,000 items of
//     "[a: b, a: b, …" and linear in them. Nesting is checked by the parser itself (MaxDepth, below).
//   - Items cannot be told to be inside such a collection without parsing (quotes and comments can hold
//     brackets), so the one item limit is set for the flow case: at 20,000 items the costliest files take
//     40 MB and 0.13 s (TestParseBoundsItems, TestParseBoundsSyntaxErrors).
//
// So the items are counted before the parser runs.
const (
	// MaxItems is how many YAML items a file may have, counted before parsing as the line breaks and the
	// characters that start or separate a node: - ? : , [ {. The seed overlay (28 KB) has 1,450 items, one
	// per 20 bytes, so overlays of about 400 KB pass; larger ones are refused with a request to split them.
	MaxItems = 20_000
	// MaxDepth is how deeply lists and mappings may nest: an overlay needs 5 (the document's mapping, the
	// relations, a relation, its evidence, a quote), front matter 1.
	MaxDepth = 16
)

// shape is what scan learns of a file without parsing it.
type shape struct {
	items     int // line breaks and the characters - ? : , [ {
	itemsLine int // the line of the item that went past MaxItems; 0 if none did
}

// scan reads data once. Its count of items bounds the nodes the parser builds from above: a node starts at the
// beginning of the file, after a line break or after one of - ? : , [ {, and each such character brings at
// most a few nodes (an empty key and value, a single-pair mapping). It counts characters in quoted text and
// comments too, which only errs on the safe side.
func scan(data []byte) shape {
	var s shape
	line := 1
	for i := 0; i < len(data); i++ {
		c := data[i]
		item := false
		switch c {
		case '\n', '\r':
			item = true
			if c == '\n' {
				line++
			}
		case '-', '?', ':', ',', '[', '{':
			item = true
		case 0xc2, 0xe2:
			// NEL (C2 85), LINE SEPARATOR (E2 80 A8) and PARAGRAPH SEPARATOR (E2 80 A9) may break lines.
			item = (c == 0xc2 && i+1 < len(data) && data[i+1] == 0x85) ||
				(c == 0xe2 && i+2 < len(data) && data[i+1] == 0x80 && (data[i+2] == 0xa8 || data[i+2] == 0xa9))
		}
		if item {
			s.items++
			if s.items == MaxItems+1 {
				s.itemsLine = line
			}
		}
	}
	return s
}

// tooDeep returns the first collection nested deeper than MaxDepth under n (at depth 1), or nil. The parser
// stops past MaxDepth flow levels and past MaxDepth block levels, so the recursion is bounded.
func tooDeep(n *yaml.Node, depth int) *yaml.Node {
	if n.Kind != yaml.MappingNode && n.Kind != yaml.SequenceNode {
		return nil
	}
	if depth > MaxDepth {
		return n
	}
	for _, c := range n.Content {
		if deep := tooDeep(c, depth+1); deep != nil {
			return deep
		}
	}
	return nil
}
