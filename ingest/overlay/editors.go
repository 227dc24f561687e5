package overlay

import (
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/yamlnode"
	"go.yaml.in/yaml/v4"
)

// An overlay's editor_corrections are the corrections editors made in the app (graph.Correction), as
// `actorgraph corrections export` writes them: each with its id, who made it, when, why and whether it was
// undone. Unlike the corrections section, which changes what the extractor read from the overlay's own
// document, they apply to the whole graph, on every read, as in the store they were made in; ingesting them
// adds them to the store's log (the ingest's Corrections), after the documents of the same run.
//
// The keys are the JSON fields of graph.Correction, so the two exports say the same things in the same
// words.

// MaxEditorCorrections bounds an overlay's editor_corrections: as many as a store keeps.
const MaxEditorCorrections = 10_000

// EditorCorrection is one item of editor_corrections, with where it is in the file.
type EditorCorrection struct {
	graph.Correction
	Line, Column int
}

// correctionField is one key of an editor correction: the JSON name and kind of a graph.Correction field.
type correctionField struct {
	key  string
	kind reflect.Kind
}

// correctionFields lists graph.Correction's fields in their order.
var correctionFields = func() []correctionField {
	t := reflect.TypeFor[graph.Correction]()
	out := make([]correctionField, 0, t.NumField())
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		out = append(out, correctionField{name, t.Field(i).Type.Kind()})
	}
	return out
}()

func correctionKeys() []string {
	keys := make([]string, len(correctionFields))
	for i, f := range correctionFields {
		keys[i] = f.key
	}
	return keys
}

func (o *Overlay) parseEditorCorrections(n *yaml.Node) error {
	if n.Kind != yaml.SequenceNode {
		return yamlnode.Errorf(o.File, n, "editor_corrections should be a list")
	}
	if len(n.Content) > MaxEditorCorrections {
		return yamlnode.Errorf(o.File, n, "editor_corrections: %d items, more than the %d a store keeps", len(n.Content), MaxEditorCorrections)
	}
	keys := correctionKeys()
	seen := map[string]int{}
	for i, item := range n.Content {
		what := "editor correction " + strconv.Itoa(i+1)
		m, err := yamlnode.Mapping(o.File, item, what, keys...)
		if err != nil {
			return err
		}
		fields := map[string]any{}
		for _, f := range correctionFields {
			v, ok := m[f.key]
			if !ok {
				continue
			}
			if fields[f.key], err = o.editorValue(v.Value, what+" "+f.key, f.kind); err != nil {
				return err
			}
		}
		// Through JSON, as the store reads its log, so the two spell every field the same way.
		var c graph.Correction
		data, _ := json.Marshal(fields)
		if err := json.Unmarshal(data, &c); err != nil {
			return yamlnode.Errorf(o.File, item, "%s: %v", what, err)
		}
		if err := c.ValidateRecord(); err != nil {
			return yamlnode.Errorf(o.File, item, "%s: %s", what, graph.ErrorMessage(err))
		}
		if j, dup := seen[c.ID]; dup {
			return yamlnode.Errorf(o.File, item, "%s: id %s is that of editor correction %d too", what, c.ID, j)
		}
		seen[c.ID] = i + 1
		o.EditorCorrections = append(o.EditorCorrections, EditorCorrection{Correction: c, Line: item.Line, Column: item.Column})
	}
	return nil
}

// editorValue reads one value of an editor correction: text, a whole number, or the undo's mapping.
func (o *Overlay) editorValue(v *yaml.Node, what string, kind reflect.Kind) (any, error) {
	switch kind {
	case reflect.Int:
		return yamlnode.Int(o.File, v, what)
	case reflect.Pointer: // undone
		m, err := yamlnode.Mapping(o.File, v, what, "editor", "at")
		if err != nil {
			return nil, err
		}
		undo := map[string]string{}
		for k, f := range m {
			if undo[k], err = yamlnode.String(o.File, f.Value, what+" "+k); err != nil {
				return nil, err
			}
		}
		return undo, nil
	default:
		if v.Kind == yaml.ScalarNode && v.Tag != "!!str" {
			return nil, yamlnode.Errorf(o.File, v, "%s should be text in quotes", what)
		}
		return yamlnode.String(o.File, v, what)
	}
}

// WriteEditorCorrections writes an overlay holding the corrections as editor_corrections, after the
// comment lines of header: every string double-quoted, so that any text (a reason in another script, a
// quote, a control character) reads back as written.
func WriteEditorCorrections(w io.Writer, header string, cs []graph.Correction) error {
	var b strings.Builder
	for line := range strings.Lines(header) {
		b.WriteString("# " + strings.TrimRight(line, "\n") + "\n")
	}
	if len(cs) == 0 {
		b.WriteString("editor_corrections: []\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	b.WriteString("editor_corrections:\n")
	for _, c := range cs {
		v := reflect.ValueOf(c)
		first := true
		for i, f := range correctionFields {
			fv := v.Field(i)
			if fv.IsZero() {
				continue
			}
			b.WriteString(map[bool]string{true: "  - ", false: "    "}[first])
			first = false
			b.WriteString(f.key + ": ")
			switch f.kind {
			case reflect.Int:
				b.WriteString(strconv.FormatInt(fv.Int(), 10))
			case reflect.Pointer:
				u := fv.Interface().(*graph.Undo)
				b.WriteString("{editor: " + quoteYAML(u.Editor) + ", at: " + quoteYAML(u.At) + "}")
			default:
				b.WriteString(quoteYAML(fv.String()))
			}
			b.WriteByte('\n')
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// quoteYAML writes s as a YAML double-quoted scalar: JSON's escapes are YAML's, for every character.
// Format characters (bidi controls, zero-width joiners) and C1 controls are escaped too, so the file shows
// them as what they are in an editor or a terminal rather than reordering the text around them.
func quoteYAML(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	q := strings.TrimSuffix(b.String(), "\n")
	if !strings.ContainsFunc(q, hidden) {
		return q
	}
	var out strings.Builder
	for _, r := range q {
		switch {
		case hidden(r) && r > 0xffff:
			fmt.Fprintf(&out, "\\U%08x", r)
		case hidden(r):
			fmt.Fprintf(&out, "\\u%04x", r)
		default:
			out.WriteRune(r)
		}
	}
	return out.String()
}

// hidden reports whether a character is one a reader cannot see: a format character or a C1 control.
func hidden(r rune) bool {
	return unicode.Is(unicode.Cf, r) || (r >= 0x80 && r <= 0x9f)
}
