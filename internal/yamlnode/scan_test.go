package yamlnode

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v4"
)

// FuzzScanBoundsNodes checks what the limits rest on: whatever the file, the parser builds at most a few nodes
// per item scan counts (an item brings at most a collection, a key and a value, plus the one that follows),
// and Parse accepts nothing nested deeper than MaxDepth.
func FuzzScanBoundsNodes(f *testing.F) {
	for _, s := range []string{
		"document: d1\nentities:\n  - name: X\n    kind: state\n    aliases: [Y, Z]\n",
		"[a: b, ? c, {d, e: }, - f]", "? a\n: b\n", "- - - a\n-\n", "a: |\n  x\n  y\n", "{a,a,a}",
		"a:\u0085b: c", "a: b\r\nc: d\r\n", "- &a x\n- *a\n- !t\n", "[" + strings.Repeat("[", 20) + "]",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sh := scan(data)
		var doc yaml.Node
		if err := yaml.Unmarshal(data, &doc); err == nil {
			if n := nodes(&doc); n > 4*sh.items+2 {
				t.Fatalf("%q: %d nodes for %d items", data, n, sh.items)
			}
		}
		root, err := Parse("f.yaml", data, 0)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "invalid: f.yaml") && !strings.HasPrefix(err.Error(), "too_large: f.yaml") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		if depth(root) > MaxDepth {
			t.Fatalf("%q: Parse accepted %d levels", data, depth(root))
		}
	})
}

// nodes counts n and the nodes under it, the document node not included.
func nodes(n *yaml.Node) int {
	c := 1
	if n.Kind == yaml.DocumentNode {
		c = 0
	}
	for _, k := range n.Content {
		c += nodes(k)
	}
	return c
}

func depth(n *yaml.Node) int {
	if n.Kind != yaml.MappingNode && n.Kind != yaml.SequenceNode {
		return 0
	}
	d := 0
	for _, k := range n.Content {
		d = max(d, depth(k))
	}
	return d + 1
}
