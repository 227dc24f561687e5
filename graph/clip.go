package graph

// MaxQuoted is how many characters of a value given by a user an error message repeats.
const MaxQuoted = 100

// Clip returns s cut to MaxQuoted characters, with "…" when it was longer: for error messages that quote
// a value a user gave (an id, a parameter, a name), which may be thousands of characters long.
func Clip(s string) string { return ClipTo(s, MaxQuoted) }

// ClipTo returns s cut to n characters (code points), with "…" when it was longer. It reads at most the
// first n+1 characters of s, however long s is.
func ClipTo(s string, n int) string {
	if len(s) <= n {
		return s
	}
	count := 0
	for i := range s {
		if count == n {
			return s[:i] + "…"
		}
		count++
	}
	return s
}
