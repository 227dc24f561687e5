package yamlnode_test

import (
	"fmt"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/yamlnode"
	"go.yaml.in/yaml/v4"
)

// The bounds every file under the size limits is read within: 50 MB allocated and one second.
// Time is the process's CPU time where it can be had (cputime_*_test.go), which a machine busy with other
// work inflates far less than the clock.
const (
	maxAlloc = 50 << 20
	maxCPU   = time.Second * cpuScale
)

// parseCost parses data and returns what it cost, with the error.
func parseCost(t *testing.T, data []byte) (cpu time.Duration, alloc uint64, err error) {
	t.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	c0 := cpuTime(t)
	_, err = yamlnode.Parse("f.yaml", data, 0)
	cpu = cpuTime(t) - c0
	runtime.ReadMemStats(&after)
	return cpu, after.TotalAlloc - before.TotalAlloc, err
}

func checkCost(t *testing.T, data []byte, wantCode, wantMsg string) {
	t.Helper()
	cpu, alloc, err := parseCost(t, data)
	t.Logf("%d bytes: %v CPU, %.1f MB allocated: %v", len(data), cpu.Round(time.Millisecond), float64(alloc)/(1<<20), err)
	if graph.ErrorCode(err) != wantCode {
		t.Errorf("Parse = %v, want %s", err, wantCode)
	}
	if msg := graph.ErrorMessage(err); !strings.HasPrefix(msg, wantMsg) {
		t.Errorf("message %q, want it to start %q", msg, wantMsg)
	}
	if cpu > maxCPU || alloc > maxAlloc {
		t.Errorf("took %v CPU and %d MB, want at most %v and %d MB", cpu, alloc>>20, maxCPU, maxAlloc>>20)
	}
}

// nestedMappings is n mappings each indented one column more than the last, the deepest nesting that
// indentation alone can write in a file of this size (n² / 2 bytes).
func nestedMappings(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Repeat(" ", i))
		b.WriteString("a:\n")
	}
	return b.String()
}

func TestParseBoundsNesting(t *testing.T) {
	const items = "f.yaml:2: more than 20000 YAML items"
	tests := []struct {
		name, data, code, msg string
	}{
		// The parser stops at the 17th flow or block level; beyond MaxItems (20,000) a file is refused
		// before parsing.
		{"19,000 [", "document: x\nentities: " + strings.Repeat("[", 19_000), graph.EINVALID, "f.yaml:2:27: lists and mappings nested more than 16 levels deep"},
		{"200,000 [", "document: x\nentities: " + strings.Repeat("[", 200_000), graph.ETOOLARGE, items},
		{"19,000 {", "document: x\nentities: " + strings.Repeat("{", 19_000), graph.EINVALID, "f.yaml:2:27: lists and mappings nested more than 16 levels deep"},
		{"200,000 {", "document: x\nentities: " + strings.Repeat("{", 200_000), graph.ETOOLARGE, items},
		{"19,000 [ on the first line", strings.Repeat("[", 19_000), graph.EINVALID, "f.yaml:1:17: lists and mappings nested more than 16 levels deep"},
		{"9,000 [a: ", "document: x\nentities: " + strings.Repeat("[a: ", 9_000), graph.EINVALID, "f.yaml:2:75: lists and mappings nested more than 16 levels deep"},
		// Block nesting: each "- " is a list inside the one before, two columns further in.
		{"19,000 - ", "document: x\nentities:\n" + strings.Repeat("- ", 19_000) + "x\n", graph.EINVALID, "f.yaml:3:33: lists and mappings nested more than 16 levels deep"},
		{"200,000 - ", "document: x\nentities:\n" + strings.Repeat("- ", 200_000) + "x\n", graph.ETOOLARGE, "f.yaml:3: more than 20000 YAML items"},
		{"19,000 ? ", "document: x\nentities:\n" + strings.Repeat("? ", 19_000) + "x\n", graph.EINVALID, "f.yaml:3:33: lists and mappings nested more than 16 levels deep"},
		{"200,000 ? ", "document: x\nentities:\n" + strings.Repeat("? ", 200_000) + "x\n", graph.ETOOLARGE, "f.yaml:3: more than 20000 YAML items"},
		// Indentation one column per line: 2,800 levels fill 4 MB.
		{"2,800 indented mappings", nestedMappings(2_800), graph.EINVALID, "f.yaml:17:18: lists and mappings nested more than 16 levels deep"},
		// The parser counts flow and block levels apart: 9,000 closed "[" stop it at the 17th "[";
		// a mapping holding 16 "[" is 17 levels in all, which Parse finds in the tree, at the 16th "[".
		{"9,000 closed [", "document: " + strings.Repeat("[", 9_000) + strings.Repeat("]", 9_000), graph.EINVALID, "f.yaml:1:27: lists and mappings nested more than 16 levels deep"},
		{"16 closed [ in a mapping", "document: " + strings.Repeat("[", 16) + strings.Repeat("]", 16), graph.EINVALID, "f.yaml:1:26: lists and mappings nested more than 16 levels deep"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCost(t, []byte(tt.data), tt.code, tt.msg)
		})
	}
}

func TestParseAcceptsSixteenLevels(t *testing.T) {
	root, err := yamlnode.Parse("f.yaml", []byte("document: "+strings.Repeat("[", 15)+"x"+strings.Repeat("]", 15)), 0)
	if err != nil {
		t.Fatal(err)
	}
	n := root
	for range 15 {
		n = n.Content[len(n.Content)-1]
	}
	if n.Kind != yaml.SequenceNode || n.Content[0].Value != "x" {
		t.Errorf("the 16th level is %v %q, want the list [x]", n.Kind, n.Content[0].Value)
	}
}

// dense returns YAML of about n items, each as cheap to write and as costly to hold as possible.
var dense = []struct {
	name string
	make func(n int) string
}{
	{"flow list", func(n int) string { return "[" + strings.Repeat("a,", n) + "a]" }},
	{"flow mapping", func(n int) string { return "{" + strings.Repeat("a,", n) + "a}" }},
	{"pairs in a flow list", func(n int) string { return "[" + strings.Repeat(":,", n/2) + "a]" }},
	{"mapping lines", func(n int) string { return strings.Repeat("a: b\n", n/2) }},
	{"list lines", func(n int) string { return strings.Repeat("- a\n", n/2) }},
	{"empty list items", func(n int) string { return strings.Repeat("-\n", n/2) }},
	{"explicit keys", func(n int) string { return strings.Repeat("? a\n: b\n", n/4) }},
	{"empty explicit keys", func(n int) string { return strings.Repeat("?\n", n/2) }},
	{"nested lists", func(n int) string { return strings.Repeat("- - a\n", n/3) }},
	{"pairs with explicit keys in a flow list", func(n int) string { return "[" + strings.Repeat("? ,", n/2) + "a]" }},
	{"pairs in a flow list", func(n int) string { return "[" + strings.Repeat("a: b,", n/2) + "a]" }},
	{"empty values in a flow mapping", func(n int) string { return "{" + strings.Repeat("a: ,", n/2) + "a}" }},
	{"flow lists in a flow list", func(n int) string { return "[" + strings.Repeat("[],", n/2) + "a]" }},
	{"flow mappings in a flow list", func(n int) string { return "[" + strings.Repeat("{},", n/2) + "a]" }},
	{"one-letter lines", func(n int) string { return "a: |\n" + strings.Repeat(" a\n", n) }},
	{"tagged empty values", func(n int) string { return "[" + strings.Repeat("!a ,", n) + "a]" }},
	{"aliases", func(n int) string { return "- &a a\n" + strings.Repeat("- *a\n", n/2) }},
}

func TestParseBoundsItems(t *testing.T) {
	for _, d := range dense {
		t.Run(d.name+" at the limit", func(t *testing.T) {
			data := []byte(d.make(yamlnode.MaxItems - 2))
			cpu, alloc, err := parseCost(t, data)
			t.Logf("%d bytes: %v CPU, %.1f MB allocated: %v", len(data), cpu.Round(time.Millisecond), float64(alloc)/(1<<20), err)
			if err != nil && graph.ErrorCode(err) != graph.EINVALID {
				t.Errorf("Parse = %v", err)
			}
			if cpu > maxCPU || alloc > maxAlloc {
				t.Errorf("took %v CPU and %d MB, want at most %v and %d MB", cpu, alloc>>20, maxCPU, maxAlloc>>20)
			}
		})
		t.Run(d.name+" over the limit", func(t *testing.T) {
			checkCost(t, []byte(d.make(yamlnode.MaxItems+10)), graph.ETOOLARGE, "f.yaml:")
		})
	}
}

func TestParseTooManyItemsNamesTheLine(t *testing.T) {
	data := strings.Repeat("# a comment\n", yamlnode.MaxItems) + "document: x\n"
	_, err := yamlnode.Parse("f.overlay.yaml", []byte(data), 3)
	want := fmt.Sprintf("f.overlay.yaml:%d: more than 20000 YAML items (line breaks and - ? : , [ {); split it into smaller files", yamlnode.MaxItems+1+3)
	if graph.ErrorCode(err) != graph.ETOOLARGE || graph.ErrorMessage(err) != want {
		t.Errorf("Parse = %v, want ETOOLARGE %q", err, want)
	}
}

// Every syntax error names the line and the column where the parser found it (here the stray tab). These are the costliest such files under the limit: the parser keeps every
// token of an unclosed flow collection that could be a key.
func TestParseBoundsSyntaxErrors(t *testing.T) {
	// fill repeats item between prefix and suffix up to MaxItems.
	items := func(s string) int {
		return len(s) - len(strings.Map(func(r rune) rune {
			if strings.ContainsRune("\n\r-?:,[{", r) {
				return -1
			}
			return r
		}, s))
	}
	fill := func(prefix, item, suffix string) string {
		n := (yamlnode.MaxItems - items(prefix) - items(suffix)) / items(item)
		return prefix + strings.Repeat(item, n) + suffix
	}
	tests := []struct{ name, data, msg string }{
		{"one open [ before items", fill("[", "a,\n", "\t\n"), "f.yaml:10001:1: did not find expected node content"},
		{"one open [ before pairs", fill("[", "a: b,", "\t\n"), "f.yaml:2:1: did not find expected node content"},
		{"16 open [ before items", fill(strings.Repeat("[", 16), "a,\n", "\t\n"), "f.yaml:9993:1: did not find expected node content"},
		{"15 - then a flow list", fill("a:\n"+strings.Repeat("- ", 15)+"[", "a,", "\t\n"), "f.yaml:3:1: did not find expected node content"},
		{"long quotes", fill("a:\n", "- \""+strings.Repeat("x", 200)+"\"\n", "\tb\n"), "f.yaml:"},
		{"mapping lines then a tab", fill("", "a: b\n", "\tb\n"), "f.yaml:"},
		{"unclosed quote", fill("a: \"", "a,\n", ""), "f.yaml:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCost(t, []byte(tt.data), graph.EINVALID, tt.msg)
			_, err := yamlnode.Parse("f.yaml", []byte(tt.data), 0)
			if !regexpColumn.MatchString(graph.ErrorMessage(err)) {
				t.Errorf("message %q has no line and column", graph.ErrorMessage(err))
			}
		})
	}
}

var regexpColumn = regexp.MustCompile(`^f\.yaml:\d+:\d+: `)

func TestParseSyntaxErrorsNameLineAndColumn(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"unclosed list", strings.Repeat("a: b\n", 9_000) + "c: [x\n", "f.yaml:9002:1: did not find expected ',' or ']' where the YAML ends (while parsing a flow sequence started at 9001:4)"},
		{"tab", strings.Repeat("a: b\n", 9_000) + "\tc: x\n", "f.yaml:9001:1: found a tab character that violates indentation (while scanning a plain scalar started at 9000:4)"},
		{"list item at the wrong indentation", "a:\n  - b\n - c\n", "f.yaml:3:2: did not find expected key (while parsing a block mapping started at 1:1)"},
		{"key inside a value", "a: b\n  c: d\n", "f.yaml:2:4: mapping values are not allowed in this context"},
		{"unclosed quote", "a: \"x\nb: c\n", "f.yaml:3:1: found unexpected end of stream (while scanning a quoted scalar started at 1:4)"},
		{"two documents", "a: b\n---\nc: d\n", "f.yaml: expected single document, found multiple"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := yamlnode.Parse("f.yaml", []byte(tt.data), 0)
			if graph.ErrorCode(err) != graph.EINVALID || graph.ErrorMessage(err) != tt.want {
				t.Errorf("Parse = %v, want %q", err, tt.want)
			}
		})
	}
}
