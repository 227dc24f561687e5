package graph

// MaxQuoted is how many characters of a value given by a user an error message repeats.
const MaxQuoted = 100

// Clip returns s cut to MaxQuoted characters, with "…" when it was longer: for error messages that quote
// a value a user gave (an id, a parameter, a name), which may be thousands of characters long.
func Clip(s string) string {
	if len(s) <= MaxQuoted {
		return s
	}
	n := 0
	for i := range s {
		if n == MaxQuoted {
			return s[:i] + "…"
		}
		n++
	}
	return s
}
