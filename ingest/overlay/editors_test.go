package overlay_test

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest/overlay"
)

// hostileCorrections are corrections whose every text field holds what breaks naive YAML: quotes, a
// newline, a colon and a hash, bidi controls, a C1 control, a zero-width joiner, a tag character above the
// BMP, words YAML reads as other types, markup, and Cyrillic and Chinese.
func hostileCorrections() []graph.Correction {
	tricky := "say: \"no\" # not a comment\n\u202egnp.exe\u0085 <b>x</b> \u200d 习近平 Кремль \U000e0041 'yes' "
	return []graph.Correction{
		{ID: "0a1b", Action: graph.ActionAdd, Relation: "person:a|SUPPORTS|person:b", Document: "d1", Start: 3, End: 70, Text: tricky,
			Reason: tricky, Editor: "null", Created: "2026-12-04T10:00:00Z", Undone: &graph.Undo{Editor: "yes", At: "2026-12-04T10:01:00Z"}},
		{ID: "ff", Action: graph.ActionRetype, Relation: "person:a|SUPPORTS|person:b", Type: graph.Opposes, Reason: "~", Editor: "1e3", Created: "2026-12-04T10:02:00Z"},
		{ID: "0c", Action: graph.ActionStance, Relation: "person:a|SUPPORTS|person:b", Stance: graph.Conflict, Reason: "- [x]", Editor: "@alice", Created: "2026-12-04T10:03:00Z"},
		{ID: "0d", Action: graph.ActionHide, Entity: "person:a", Reason: "&anchor *alias", Editor: "!tag", Created: "2026-12-04T10:04:00Z"},
	}
}

// TestEditorCorrectionsRoundTrip: what WriteEditorCorrections writes, Parse reads back as it was, field for
// field, with each item's line; the file shows no invisible character as it is.
func TestEditorCorrectionsRoundTrip(t *testing.T) {
	var b bytes.Buffer
	want := hostileCorrections()
	if err := overlay.WriteEditorCorrections(&b, "exported\nfor a test", want); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(b.String(), "\u202e\u0085\u200d\U000e0041") {
		t.Errorf("the overlay holds an invisible character as it is:\n%s", b.String())
	}
	if !strings.HasPrefix(b.String(), "# exported\n# for a test\neditor_corrections:\n  - id: \"0a1b\"\n") {
		t.Errorf("the overlay starts:\n%.200s", b.String())
	}
	o, err := overlay.Parse("c.overlay.yaml", b.Bytes())
	if err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	var got []graph.Correction
	for _, c := range o.EditorCorrections {
		got = append(got, c.Correction)
	}
	if !reflect.DeepEqual(got, want) || o.Document != "" || o.EditorCorrections[1].Line < 10 || o.EditorCorrections[0].Column != 5 {
		t.Errorf("read back:\n%+v\nwant:\n%+v", o.EditorCorrections, want)
	}
	b.Reset()
	overlay.WriteEditorCorrections(&b, "none", nil)
	if o, err := overlay.Parse("e.overlay.yaml", b.Bytes()); err != nil || len(o.EditorCorrections) != 0 {
		t.Errorf("an export of no corrections: %v %+v", err, o)
	}
}

// TestEditorCorrectionsErrors: each mistake in an editor correction is refused with the file, line and
// column, and what is wrong.
func TestEditorCorrectionsErrors(t *testing.T) {
	const ok = `id: "aa", action: "hide", entity: "state:russia", reason: "x", editor: "a", created: "2026-01-01T00:00:00Z"`
	for _, tc := range []struct{ name, yaml, want string }{
		{"not a list", "editor_corrections: {a: 1}\n", "c.overlay.yaml:1:21: editor_corrections should be a list"},
		{"an unknown field", "editor_corrections:\n  - {" + ok + ", editr: \"b\"}\n", `c.overlay.yaml:2:`},
		{"an unknown action", "editor_corrections:\n  - {" + strings.Replace(ok, `"hide"`, `"drop"`, 1) + "}\n", `c.overlay.yaml:2:5: editor correction 1: action "drop" is not one of`},
		{"no reason", "editor_corrections:\n  - {" + strings.Replace(ok, `reason: "x", `, "", 1) + "}\n", "c.overlay.yaml:2:5: editor correction 1: correction hide: give a reason"},
		{"no editor", "editor_corrections:\n  - {" + strings.Replace(ok, `editor: "a", `, "", 1) + "}\n", "c.overlay.yaml:2:5: editor correction 1: an exported correction has an id of hexadecimal digits"},
		{"an id that is not hex", "editor_corrections:\n  - {" + strings.Replace(ok, `"aa"`, `"../x"`, 1) + "}\n", "an id of hexadecimal digits"},
		{"a number for text", "editor_corrections:\n  - {" + strings.Replace(ok, `editor: "a"`, `editor: 12`, 1) + "}\n", "c.overlay.yaml:2:77: editor correction 1 editor should be text in quotes"},
		{"text for a number", "editor_corrections:\n  - {" + ok + `, start: "3"` + "}\n", "editor correction 1 start should be a whole number"},
		{"an undo without a time", "editor_corrections:\n  - {" + ok + `, undone: {editor: "b"}` + "}\n", "an undo with its editor and time"},
		{"an undo as text", "editor_corrections:\n  - {" + ok + `, undone: "b"` + "}\n", "undone should be a mapping"},
		{"the same id twice", "editor_corrections:\n  - {" + ok + "}\n  - {" + ok + "}\n", "c.overlay.yaml:3:5: editor correction 2: id aa is that of editor correction 1 too"},
		{"a retype with a bad type", "editor_corrections:\n  - {" + strings.Replace(ok, `action: "hide", entity: "state:russia"`, `action: "retype", relation: "a:x|SUPPORTS|a:y", type: "<script>"`, 1) + "}\n", `unknown type "<script>"`},
		{"an addition backwards", "editor_corrections:\n  - {" + strings.Replace(ok, `action: "hide", entity: "state:russia"`, `action: "add", relation: "person:x|SUPPORTS|person:y", document: "d", start: 9, end: 2`, 1) + "}\n", "name the sentence"},
		{"entities with no document", "editor_corrections: []\nentities: []\n", `missing "document"`},
		{"an anchor", "editor_corrections:\n  - &a {" + ok + "}\n", "anchors and aliases are not supported"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := overlay.Parse("c.overlay.yaml", []byte(tc.yaml))
			if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(graph.ErrorMessage(err), tc.want) {
				t.Errorf("%v, want invalid: ...%s...", err, tc.want)
			}
		})
	}
}

func FuzzParseEditorCorrections(f *testing.F) {
	var b bytes.Buffer
	overlay.WriteEditorCorrections(&b, "seed", hostileCorrections())
	f.Add(b.Bytes())
	f.Add([]byte("editor_corrections:\n  - {id: \"aa\", action: \"hide\", entity: \"state:russia\", reason: \"x\", editor: \"a\", created: \"t\", undone: {editor: \"b\", at: \"c\"}}\n"))
	f.Add([]byte("document: d1\neditor_corrections: [{start: 1, end: 2}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		o, err := overlay.Parse("fuzz.overlay.yaml", data)
		if err != nil {
			checkParseError(t, err)
			return
		}
		var cs []graph.Correction
		for _, c := range o.EditorCorrections {
			if c.Line < 1 || c.ValidateRecord() != nil {
				t.Fatalf("editor correction %+v accepted", c)
			}
			cs = append(cs, c.Correction)
		}
		// What was read writes and reads back the same.
		var out bytes.Buffer
		if err := overlay.WriteEditorCorrections(&out, "again", cs); err != nil {
			t.Fatal(err)
		}
		again, err := overlay.Parse("again.overlay.yaml", out.Bytes())
		if err != nil {
			t.Fatalf("the written overlay does not read back: %v\n%s", err, out.String())
		}
		for i, c := range again.EditorCorrections {
			if !reflect.DeepEqual(c.Correction, cs[i]) {
				t.Fatalf("read back %+v, want %+v", c.Correction, cs[i])
			}
		}
	})
}

// checkParseError fails unless a fuzzed overlay's error is invalid input or too large, naming the file.
func checkParseError(t *testing.T, err error) {
	t.Helper()
	if c := graph.ErrorCode(err); c != graph.EINVALID && c != graph.ETOOLARGE {
		t.Fatalf("Parse error %v has code %s", err, c)
	}
	if !strings.HasPrefix(graph.ErrorMessage(err), "fuzz.overlay.yaml:") {
		t.Fatalf("message %q does not name the file", graph.ErrorMessage(err))
	}
}
