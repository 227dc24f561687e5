package safetext_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/safetext"
)

func TestLine(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"printable ASCII stays", "Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"},
		{"other scripts stay", "Токаев 托卡耶夫 توكاييف", "Токаев 托卡耶夫 توكاييف"},
		{"line breaks, tabs and NUL become spaces", "a\nb\r\tc\x00d", "a b  c d"},
		{"C1 controls and separators become spaces", "a\u0085b\u2028c\u2029d", "a b c d"},
		{"an override is dropped", "RTL \u202egnp.exe", "RTL gnp.exe"},
		{"isolates are dropped", "\u2066x\u2069", "x"},
		{"the plain marks stay", "a\u200fb\u200ec", "a\u200fb\u200ec"},
		{"invalid UTF-8 becomes U+FFFD", "a\xffb", "a\uFFFDb"},
		{"noncharacters XML forbids become U+FFFD", "a\uFFFEb\uFFFF", "a\uFFFDb\uFFFD"},
		{"ESC of a terminal sequence becomes a space", "x\x1b[2Jy", "x [2Jy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := safetext.Line(tt.in); got != tt.want {
				t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzLine(f *testing.F) {
	for _, s := range []string{"Tokayev", "RTL \u202egnp.exe", "a\nb", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := safetext.Line(s)
		for _, r := range got {
			if r < 0x20 || (r >= 0x7f && r < 0xa0) || r == '\u2028' || r == '\u2029' || safetext.BidiControl(r) || r == '\uFFFE' || r == '\uFFFF' {
				t.Fatalf("Line(%q) = %q keeps %U", s, got, r)
			}
		}
		if again := safetext.Line(got); again != got {
			t.Fatalf("Line is not idempotent on %q: %q then %q", s, got, again)
		}
	})
}
