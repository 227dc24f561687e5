// Package yamlnode reads YAML strictly and with positions, for the formats analysts write by hand (article
// front matter and overlays): every error names the file, the line and the column, and unknown keys are
// errors rather than silently ignored typos.
package yamlnode

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"go.yaml.in/yaml/v4"
	"go.yaml.in/yaml/v4/plugin/loaderlimits"
)

// Errorf returns an EINVALID error that points at node n of file.
func Errorf(file string, n *yaml.Node, format string, args ...any) error {
	return graph.Errorf(graph.EINVALID, "%s:%d:%d: %s", file, n.Line, n.Column, fmt.Sprintf(format, args...))
}

// Parse parses data as one YAML document and returns its root node (the mapping, sequence or scalar under
// the document node). lineOffset is added to line numbers, for YAML embedded after other lines. A file with
// more than MaxItems items is ETOOLARGE before any parsing, and one whose lists and mappings nest deeper
// than MaxDepth is EINVALID: both in bounded memory and time whatever the file (see limits.go).
func Parse(file string, data []byte, lineOffset int) (*yaml.Node, error) {
	sh := scan(data)
	if sh.items > MaxItems {
		return nil, graph.Errorf(graph.ETOOLARGE, "%s:%d: more than %d YAML items (line breaks and - ? : , [ {); split it into smaller files", file, sh.itemsLine+lineOffset, MaxItems)
	}
	var doc yaml.Node
	if err := yaml.Load(data, &doc, limits); err != nil {
		return nil, syntaxError(file, err, len(data), lineOffset)
	}
	if len(doc.Content) == 0 {
		return nil, graph.Errorf(graph.EINVALID, "%s: empty", file)
	}
	root := doc.Content[0]
	if n := tooDeep(root, 1); n != nil {
		return nil, graph.Errorf(graph.EINVALID, "%s:%d:%d: %s", file, n.Line+lineOffset, n.Column, tooDeepMessage)
	}
	shift(root, lineOffset)
	return root, nil
}

// limits stops the parser at the first list or mapping nested more than MaxDepth flow or block levels (it
// counts the two kinds apart; tooDeep checks them together).
var limits = yaml.WithPlugin(loaderlimits.New(loaderlimits.DepthValue(MaxDepth)))

var tooDeepMessage = fmt.Sprintf("lists and mappings nested more than %d levels deep", MaxDepth)

// syntaxError turns the parser's error into one that names the file, the line and the column where the
// parser found the mistake, whether that is where the YAML ends, and what the parser was reading there and
// where that started (a list, a mapping or a quote never closed, say).
func syntaxError(file string, err error, size, lineOffset int) error {
	var e *yaml.LoadError
	if !errors.As(err, &e) {
		return graph.Errorf(graph.EINVALID, "%s: %s", file, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	msg := strings.TrimPrefix(e.Message, "yaml: ")
	if strings.HasPrefix(msg, "exceeded max depth") {
		msg = tooDeepMessage
	} else if e.Mark.Index >= size && !strings.Contains(msg, "end of stream") {
		msg += " where the YAML ends"
	}
	if c := e.ContextMark; e.ContextMsg != "" && c.Line > 0 && c != e.Mark {
		msg += fmt.Sprintf(" (%s started at %d:%d)", e.ContextMsg, c.Line+lineOffset, c.Column)
	}
	if e.Mark.Line == 0 {
		return graph.Errorf(graph.EINVALID, "%s: %s", file, msg)
	}
	return graph.Errorf(graph.EINVALID, "%s:%d:%d: %s", file, e.Mark.Line+lineOffset, e.Mark.Column, msg)
}

func shift(n *yaml.Node, by int) {
	if by == 0 {
		return
	}
	n.Line += by
	for _, c := range n.Content {
		shift(c, by)
	}
}

// Field is one key of a mapping with its value.
type Field struct {
	Key   *yaml.Node
	Value *yaml.Node
}

// Mapping returns the fields of mapping n in order. It rejects a node that is not a mapping, keys outside
// known (naming the known ones), repeated keys, and aliases/anchors (a hand-written file has no need of them
// and they make positions misleading).
func Mapping(file string, n *yaml.Node, what string, known ...string) (map[string]Field, error) {
	if n.Kind == yaml.AliasNode || n.Anchor != "" {
		return nil, Errorf(file, n, "%s: YAML anchors and aliases are not supported", what)
	}
	if n.Kind != yaml.MappingNode {
		return nil, Errorf(file, n, "%s should be a mapping of keys to values", what)
	}
	fields := map[string]Field{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			return nil, Errorf(file, k, "%s: keys must be plain words", what)
		}
		if v.Kind == yaml.AliasNode || v.Anchor != "" || k.Anchor != "" {
			return nil, Errorf(file, v, "%s: YAML anchors and aliases are not supported", what)
		}
		if !slices.Contains(known, k.Value) {
			return nil, Errorf(file, k, "%s: unknown field %q (known: %s)", what, k.Value, strings.Join(known, ", "))
		}
		if _, dup := fields[k.Value]; dup {
			return nil, Errorf(file, k, "%s: field %q appears twice", what, k.Value)
		}
		fields[k.Value] = Field{k, v}
	}
	return fields, nil
}

// String returns the scalar string value of n.
func String(file string, n *yaml.Node, what string) (string, error) {
	if n.Kind != yaml.ScalarNode || (n.Tag != "!!str" && n.Tag != "!!int" && n.Tag != "!!float" && n.Tag != "!!timestamp") {
		return "", Errorf(file, n, "%s should be text", what)
	}
	return n.Value, nil
}

// Int returns the integer value of n.
func Int(file string, n *yaml.Node, what string) (int, error) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!int" {
		return 0, Errorf(file, n, "%s should be a whole number", what)
	}
	v, err := strconv.Atoi(n.Value)
	if err != nil {
		return 0, Errorf(file, n, "%s should be a whole number", what)
	}
	return v, nil
}

// Strings returns a list of strings: a sequence of scalars, or a single scalar as a list of one.
func Strings(file string, n *yaml.Node, what string) ([]string, error) {
	if n.Kind == yaml.ScalarNode {
		s, err := String(file, n, what)
		return []string{s}, err
	}
	if n.Kind != yaml.SequenceNode {
		return nil, Errorf(file, n, "%s should be a list", what)
	}
	out := make([]string, 0, len(n.Content))
	for _, c := range n.Content {
		s, err := String(file, c, what)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}
