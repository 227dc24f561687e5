package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTermSafe(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain text is unchanged", "Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"},
		{"other scripts are unchanged", "Токаев 習近平 محمد \uFFFD", "Токаев 習近平 محمد \uFFFD"},
		{"an escape sequence", "Rufus\x1b[2JFirefly", `Rufus\x1b[2JFirefly`},
		{"an OSC title ended by BEL", "\x1b]0;pwned\a", `\x1b]0;pwned\a`},
		{"CR, LF and tab", "a\rb\nc\td", `a\rb\nc\td`},
		{"NUL and DEL", "a\x00b\x7f", `a\x00b\x7f`},
		{"a C1 control", "a\u009b31mb", `a\u009b31mb`},
		{"bidirectional overrides", "RTL \u202egnp.exe", `RTL \u202egnp.exe`},
		{"every bidirectional embedding, override and isolate", "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
			`\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069`},
		{"a byte that is not UTF-8", "a\x9bb", `a\x9bb`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := termSafe(tt.in); got != tt.want {
				t.Errorf("termSafe(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzTermSafe(f *testing.F) {
	for _, s := range []string{"Tokayev", hostileName, "a\x9b\xffb", "\u202e\u2069", "\x00\x7f\u0085"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := termSafe(s)
		if i := strings.IndexFunc(out, unsafeRune); i >= 0 {
			t.Fatalf("termSafe(%q) = %q still holds %q", s, out, out[i:])
		}
		if !utf8.ValidString(out) {
			t.Fatalf("termSafe(%q) = %q is not UTF-8", s, out)
		}
		if utf8.ValidString(s) && !strings.ContainsFunc(s, unsafeRune) && out != s {
			t.Errorf("termSafe changed the safe text %q to %q", s, out)
		}
		if termSafe(out) != out {
			t.Errorf("termSafe is not stable on its own output %q", out)
		}
	})
}

type kind string

func TestTprintf(t *testing.T) {
	tests := []struct {
		name   string
		format string
		args   []any
		want   string
	}{
		{"strings are escaped", "%s (%s)", []any{"a\x1bb", kind("person\r")}, `a\x1bb (person\r)`},
		{"width counts the escaped text", "[%-8s]", []any{"a\ab"}, `[a\ab    ]`},
		{"%q quotes as fmt does", "%q", []any{"a\x1b\u202eb"}, `"a\x1b\u202eb"`},
		{"errors and lists are escaped", "%v; %v", []any{errors.New("e\x1b"), []string{"x\a", "y"}}, `e\x1b; [x\a y]`},
		{"numbers are printed as they are", "%d %.2f %+d", []any{3, 0.5, 2}, "3 0.50 +2"},
		{"the format's own newlines and tabs stay", "%s\t%s\n", []any{"a", "b"}, "a\tb\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			tprintf(&b, tt.format, tt.args...)
			if b.String() != tt.want {
				t.Errorf("tprintf(%q) = %q, want %q", tt.format, b.String(), tt.want)
			}
		})
	}
}

func TestJSONTerminalSafe(t *testing.T) {
	in := map[string]string{"name": hostileName + "\x7f\u0085\u2028"}
	data, err := json.MarshalIndent(in, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	out := jsonTerminalSafe(data)
	want := `{` + "\n" + `  "name": "Rufus\u001b[2J\u0007\rFirefly\u202e\u007f\u0085\u2028"` + "\n}"
	if string(out) != want {
		t.Errorf("jsonTerminalSafe gave\n%s\nwant\n%s", out, want)
	}
	var back map[string]string
	if err := json.Unmarshal(out, &back); err != nil || back["name"] != in["name"] {
		t.Errorf("the escaped JSON reads back as %q (%v), want %q", back["name"], err, in["name"])
	}
}

func TestPrintError(t *testing.T) {
	var b bytes.Buffer
	printError(&b, errors.New("2 of 3 inputs failed:\n  bad\x1b]0;pwned\a.txt: the article has no text\n  \u202etxt.exe"))
	want := "actorgraph: 2 of 3 inputs failed:\n" +
		`  bad\x1b]0;pwned\a.txt: the article has no text` + "\n" +
		`  \u202etxt.exe` + "\n"
	if b.String() != want {
		t.Errorf("printError wrote\n%s\nwant\n%s", b.String(), want)
	}
}

// hostileName is a name that would clear the screen, ring the bell, return to the start of the line and
// reverse what follows.
const hostileName = "Rufus\x1b[2J\a\rFirefly\u202e"

// hostileNameEscaped is how the CLI's text shows it.
const hostileNameEscaped = `Rufus\x1b[2J\a\rFirefly\u202e`

// hostileFiles writes an article whose id, title, names and sentences hold hostileName's characters, its
// overlay, and a file whose name holds them too and that fails: every kind of text the CLI prints.
func hostileFiles(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	article := "---\nid: \"evil\\e[2J\\a\\r\\u202e-doc\"\ntitle: \"The \\e]0;pwned\\a title\"\npublished: 2022-01-07\n---\n" +
		hostileName + " supports Freedonia. Freedonia criticizes Sylvania.\n"
	overlay := `document: "evil\e[2J\a\r\u202e-doc"
entities:
  - name: "Rufus\e[2J\a\rFirefly\u202e"
    kind: person
    aliases: ["Ru\e[2J\a\r\u202efus"]
  - {name: Freedonia, kind: state}
  - {name: Sylvania, kind: state}
relations:
  - {from: "Rufus\e[2J\a\rFirefly\u202e", type: SUPPORTS, to: Freedonia, evidence: ["Rufus\e[2J\a\rFirefly\u202e supports Freedonia."]}
  - {from: Freedonia, type: CRITICIZES, to: Sylvania, evidence: ["Freedonia criticizes Sylvania."]}
`
	for name, data := range map[string]string{
		"hostile.txt":           article,
		"hostile.overlay.yaml":  overlay,
		"bad\x1b]0;pwned\a.txt": "", // fails: no text
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// rawUnsafe returns the first character of out that a terminal would act on, other than the newlines
// and tabs the program writes itself, or "".
func rawUnsafe(out string) string {
	for i, r := range out {
		if r != '\n' && r != '\t' && (unsafeRune(r) || r == 0xFFFD && !strings.HasPrefix(out[i:], "\uFFFD")) {
			return fmt.Sprintf("%q at byte %d: %q", r, i, out[max(0, i-30):min(len(out), i+30)])
		}
	}
	return ""
}

// TestHostileTextIsEscaped checks that names, ids, titles, sentences and file names with ESC[2J, BEL, CR
// and U+202E never reach the terminal raw: every command's text output shows them escaped, and its JSON
// output escapes what encoding/json leaves raw (U+202E) while reading back as the same text.
func TestHostileTextIsEscaped(t *testing.T) {
	dir := hostileFiles(t)
	env := map[string]string{"ACTORGRAPH_STORE": filepath.Join(t.TempDir(), "hostile.db"), "ACTORGRAPH_LOG_LEVEL": "warn"}
	hostileDoc := `evil\x1b[2J\a\r\u202e-doc`
	period := []string{"--before", "..2022-01-06", "--after", "2022-01-07.."}
	tests := []struct {
		name  string
		args  []string
		wants []string
	}{
		{"ingest", []string{"ingest", dir}, []string{
			"FAILED     " + filepath.Join(dir, `bad\x1b]0;pwned\a.txt`) + "\n",
			"ingested   " + hostileDoc + " (" + filepath.Join(dir, "hostile.txt") + " + ",
		}},
		{"ingest again as json", []string{"ingest", "--json", dir}, []string{`"document": "evil\u001b[2J\u0007\r\u202e-doc"`}},
		{"extract", []string{"extract", filepath.Join(dir, "hostile.txt"), filepath.Join(dir, "hostile.overlay.yaml")}, []string{
			"  " + hostileDoc + "  2022-01-07  \"The \\x1b]0;pwned\\a title\"\n",
			"  person        " + hostileNameEscaped + ` (also Ru\x1b[2J\a\r\u202efus)`,
			"  " + hostileNameEscaped + "  SUPPORTS  Freedonia  (cooperation)\n",
			"      " + hostileDoc + ":0-",
		}},
		{"extract as json", []string{"extract", "--format", "json", filepath.Join(dir, "hostile.txt"), filepath.Join(dir, "hostile.overlay.yaml")},
			[]string{`"name": "Rufus\u001b[2J\u0007\rFirefly\u202e"`}},
		{"path from the hostile actor", []string{"path", "--from", "Firefly", "--to", "Sylvania"}, []string{
			hostileNameEscaped + " to Sylvania: 1 shortest path of 2 steps",
			"1. " + hostileNameEscaped + " → Freedonia → Sylvania",
			"step 1: " + hostileNameEscaped + " supports Freedonia (cooperation)",
			"“" + `Rufus\x1b[2J\a Firefly\u202e supports Freedonia.” (` + hostileDoc + ", 2022-01-07)",
		}},
		{"path as json", []string{"path", "--from", "Firefly", "--to", "Sylvania", "--format", "json"}, []string{`Firefly\u202e`}},
		{"alliances", []string{"alliances", "--focus", "Freedonia"}, []string{"  " + hostileNameEscaped + " (person): 1 relationship\n"}},
		{"blocs", []string{"blocs"}, []string{hostileNameEscaped}},
		{"centrality", []string{"centrality"}, []string{hostileNameEscaped + "  person"}},
		{"changes", append([]string{"changes", "--focus", "Freedonia"}, period...), []string{"  + " + hostileNameEscaped + " supports Freedonia (cooperation)\n"}},
		{"changes as json", append([]string{"changes", "--focus", "Freedonia", "--format", "json"}, period...), []string{`Firefly\u202e`}},
		{"render as json", []string{"render", "--focus", "Freedonia", "--format", "json"}, []string{`Firefly\u202e`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, stderr, err := runCmd(t, t.Context(), env, tt.args...)
			if err != nil && tt.args[0] != "ingest" { // ingest fails for the file with no text
				t.Fatalf("%v\n%s", err, stderr)
			}
			if err != nil { // as main prints it
				var b bytes.Buffer
				printError(&b, err)
				stderr += b.String()
			}
			for _, w := range tt.wants {
				if !strings.Contains(out, w) {
					t.Errorf("the output lacks %s\n%s", w, out)
				}
			}
			for name, text := range map[string]string{"stdout": out, "stderr": stderr} {
				if bad := rawUnsafe(text); bad != "" {
					t.Errorf("%s holds a raw %s", name, bad)
				}
			}
			if strings.HasSuffix(tt.name, "json") {
				if !json.Valid([]byte(out)) {
					t.Fatalf("not JSON: %s", out)
				}
				if !strings.Contains(fmt.Sprint(decodeJSON(t, out)), hostileName) && tt.name != "ingest again as json" {
					t.Errorf("the JSON does not read back as the name %q", hostileName)
				}
			}
		})
	}
}

func decodeJSON(t *testing.T, s string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// TestLogsAreTerminalSafe: the logs on stderr quote or escape what a terminal would act on, in both
// formats, and JSON records read back as the same text.
func TestLogsAreTerminalSafe(t *testing.T) {
	for _, format := range []string{"text", "json"} {
		t.Run(format, func(t *testing.T) {
			var b bytes.Buffer
			env := map[string]string{"ACTORGRAPH_LOG_FORMAT": format}
			newLogger(func(k string) string { return env[k] }, &b).Info("ingested "+hostileName, "document", hostileName+"\u0085\x7f")
			if bad := rawUnsafe(b.String()); bad != "" {
				t.Errorf("the log holds a raw %s", bad)
			}
			if format == "json" {
				var rec map[string]any
				if err := json.Unmarshal(b.Bytes(), &rec); err != nil || rec["document"] != hostileName+"\u0085\x7f" {
					t.Errorf("the record reads back as %v (%v)", rec, err)
				}
			}
		})
	}
}
