package main

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"strings"
	"unicode/utf8"
)

// Untrusted text on a terminal. Names, aliases, ids, titles, sentences, file names and the messages that
// quote them come from articles and overlays anyone may write. Printed raw, ESC starts an escape sequence
// (clear the screen, retitle the window, on some terminals write the clipboard), CR returns to the start of
// the line to overwrite it, BEL rings, and a right-to-left override reverses what follows ("RTL exe.png").
// The CLI's text output shows such characters escaped, as Go writes them in strings: \x1b, \r, \u202e.

// unsafeRune reports whether r must not reach a terminal as it is: the C0 controls, DEL, the C1 controls
// (U+009B is CSI to a terminal that reads 8-bit controls) and the bidirectional embeddings, overrides and
// isolates (U+202A-U+202E, U+2066-U+2069).
func unsafeRune(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// termSafe returns s with every unsafeRune escaped, and every byte that is not UTF-8 as \xNN (a lone 0x9b
// byte is CSI too). Other text, non-Latin scripts included, is unchanged.
func termSafe(s string) string {
	if utf8.ValidString(s) && !strings.ContainsFunc(s, unsafeRune) {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case !unsafeRune(r):
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\a':
			b.WriteString(`\a`)
		case r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}

// tprintf is fmt.Fprintf for text on a terminal: the format is the program's own, every argument is
// untrusted. Strings (of any string type), errors and Stringers are printed through termSafe; %q quotes
// them as fmt does, which escapes the same characters. Other arguments (numbers) are printed as they are.
func tprintf(w io.Writer, format string, args ...any) {
	safe := make([]any, len(args))
	for i, a := range args {
		safe[i] = untrusted(a)
	}
	fmt.Fprintf(w, format, safe...)
}

// untrustedText is a string that formats through termSafe (or %q).
type untrustedText string

func (u untrustedText) Format(f fmt.State, verb rune) {
	s := string(u)
	if verb != 'q' {
		s = termSafe(s)
	}
	fmt.Fprintf(f, fmt.FormatString(f, verb), s)
}

func untrusted(a any) any {
	switch v := a.(type) {
	case []string:
		u := make([]untrustedText, len(v))
		for i, s := range v {
			u[i] = untrustedText(s)
		}
		return u
	case error:
		return untrustedText(v.Error())
	case fmt.Stringer:
		return untrustedText(v.String())
	}
	if rv := reflect.ValueOf(a); rv.Kind() == reflect.String {
		return untrustedText(rv.String())
	}
	return a
}

// tprintLines prints a message that may run over several lines (an error listing the inputs that failed),
// each line through termSafe: the first after prefix, the others after indent.
func tprintLines(w io.Writer, prefix, indent, msg string) {
	for i, line := range strings.Split(msg, "\n") {
		if i > 0 {
			prefix = indent
		}
		io.WriteString(w, prefix)
		tprintf(w, "%s\n", line)
	}
}

// jsonTerminalSafe escapes, in JSON that encoding/json wrote, what it leaves raw and a terminal would
// act on: DEL, the C1 controls and the bidirectional overrides and isolates (it escapes the C0 controls
// itself). Outside its strings JSON is ASCII without controls, so each is inside a string, where \uXXXX
// reads back as the same character.
func jsonTerminalSafe(data []byte) []byte {
	if !bytes.ContainsFunc(data, func(r rune) bool { return r >= 0x7f && unsafeRune(r) }) {
		return data
	}
	var b bytes.Buffer
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		if r >= 0x7f && unsafeRune(r) {
			fmt.Fprintf(&b, `\u%04x`, r)
		} else {
			b.Write(data[:n])
		}
		data = data[n:]
	}
	return b.Bytes()
}

// terminalJSON is a writer for json.Encoder that passes what it writes through jsonTerminalSafe: the
// encoder writes each value whole, in one call.
type terminalJSON struct{ w io.Writer }

func (t terminalJSON) Write(p []byte) (int, error) {
	if _, err := t.w.Write(jsonTerminalSafe(p)); err != nil {
		return 0, err
	}
	return len(p), nil
}

// printError prints an error that ends the program, as "actorgraph: " and its message: the message may
// quote names, ids and file names, and may run over several lines.
func printError(w io.Writer, err error) {
	tprintLines(w, "actorgraph: ", "", err.Error())
}
