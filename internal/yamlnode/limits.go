package yamlnode

import "go.yaml.in/yaml/v3"

// Bounds on the YAML Parse reads, so that any file under the size limits (4 MiB for an article or an
// overlay) is read in bounded memory and time. Measured on this project's machines (CPU time, bytes
// allocated):
//
//   - yaml.v3 builds about 250 bytes of nodes per item of dense YAML ("a, a, a", "a: b" lines) and is linear:
//     a 4 MB file of such items took 2.2-2.7 s and 400-500 MB, a 1 MB one 0.6 s and 100 MB. Nesting costs
//     it nothing (it stops at 10,000 levels: 200,000 "[" took 7 ms and 5 MB).
//   - goccy/go-yaml, asked only where a syntax error is, is quadratic in nesting and about 1 KB per item:
//     32,000 unclosed "[" took 4.4 s and 1.65 GB, 200,000 "[" or "- " did not finish, 128 KB of "a," with one
//     unclosed "[" took 48 MB, and 1,000 unclosed "[" before 43,000 items 177 MB.
//
// So the items are counted before either parser runs, and goccy runs only on small, shallow files.
const (
	// MaxItems is how many YAML items a file may have, counted before parsing as the line breaks and the
	// characters that start or separate a node: - ? : , [ {. yaml.v3 allocates at most about 450 bytes per
	// item (a flow mapping of keys without values, "{a,a,…}": 35 MB at this limit; "a: b" lines 20 MB).
	// The seed overlay (28 KB) has 1,450 items, one per 20 bytes, so overlays of 1.5 MB and more pass.
	MaxItems = 80_000
	// MaxDepth is how deeply lists and mappings may nest: an overlay needs 5 (the document's mapping, the
	// relations, a relation, its evidence, a quote), front matter 1.
	MaxDepth = 16

	// goccy/go-yaml runs for an exact position only on a file this small, with at most this many items and
	// an upper bound on its nesting this low (every "[" and "{" of the file, plus the indentation and the
	// block indicators of its widest line). The worst files within these bounds take it under 25 MB and
	// 0.3 s (TestParseBoundsPositionedErrors); larger files get yaml.v3's message, which names the line.
	maxPositionedSize  = 128 << 10
	maxPositionedItems = 5_000
	maxPositionedDepth = 1_000
)

// shape is what scan learns of a file without parsing it.
type shape struct {
	items     int // line breaks and the characters - ? : , [ {
	itemsLine int // the line of the item that went past MaxItems; 0 if none did
	// nesting bounds from above how deeply goccy/go-yaml nests: every flow collection may be open at once,
	// and a block collection needs its own column, so the block collections open on a line number at most
	// its indentation and the block indicators (- ? :) it holds, plus one.
	nesting int
}

// scan reads data once. Its count of items bounds the nodes yaml.v3 builds from above: a node starts at the
// beginning of the file, after a line break or after one of - ? : , [ {, and each such character brings at
// most a few nodes (an empty key and value, a single-pair mapping). It counts characters in quoted text and
// comments too, which only errs on the safe side.
func scan(data []byte) shape {
	var s shape
	line, flow, indent, marks, widest := 1, 0, 0, 0, 0
	leading := true
	for i := 0; i < len(data); i++ {
		c := data[i]
		item := false
		switch c {
		case '\n', '\r':
			item = true
			widest = max(widest, indent+marks+1)
			indent, marks, leading = 0, 0, true
			if c == '\n' {
				line++
			}
		case ' ', '\t':
			if leading {
				indent++
			}
		case '-', '?', ':':
			item, leading = true, false
			marks++
		case ',':
			item, leading = true, false
		case '[', '{':
			item, leading = true, false
			flow++
		case 0xc2, 0xe2:
			// NEL (C2 85), LINE SEPARATOR (E2 80 A8) and PARAGRAPH SEPARATOR (E2 80 A9) break lines in yaml.v3.
			leading = false
			item = (c == 0xc2 && i+1 < len(data) && data[i+1] == 0x85) ||
				(c == 0xe2 && i+2 < len(data) && data[i+1] == 0x80 && (data[i+2] == 0xa8 || data[i+2] == 0xa9))
		default:
			leading = false
		}
		if item {
			s.items++
			if s.items == MaxItems+1 {
				s.itemsLine = line
			}
		}
	}
	s.nesting = flow + max(widest, indent+marks+1)
	return s
}

// positioned reports whether goccy/go-yaml may be asked where a syntax error is (see the constants).
func (s shape) positioned(size int) bool {
	return size <= maxPositionedSize && s.items <= maxPositionedItems && s.nesting <= maxPositionedDepth
}

// tooDeep returns the first collection nested deeper than MaxDepth under n (at depth 1), or nil. yaml.v3
// stops at 10,000 levels, so the recursion is bounded.
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
