package extract_test

import (
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/cputime"
)

// FuzzExtract feeds the extractor junk: binary bytes, huge lines, unbalanced quotes, empty text. It must
// not panic or hang, and what it returns must always validate against the text.
func FuzzExtract(f *testing.F) {
	f.Add("")
	f.Add("\x00\x01\x02 NATO (")
	f.Add("“Unbalanced ‘quotes’ in Kazakhstan’s “capital")
	f.Add("MOSCOW — \n\n(Reuters)\nRead More\n")
	f.Add(strings.Repeat("Russia-led pro-Russian anti-government ", 300))
	f.Add(strings.Repeat("A", 70000))
	f.Add(strings.Repeat("President Kassym-Jomart Tokayev of Belarus, the CSTO official, ", 100))
	f.Add("Collective Security Treaty Organization (CSTO) (CSTO) ((( ))) ,,,, 's 's")
	f.Add("\u2028\u2029\ufeff\u00ad Zhanaozen\r\nAktau\tAlmaty")
	f.Add("Al Al")
	f.Add("The Ministry said talks went well.") // a capitalised head alone once sliced a name backwards
	f.Add(strings.Repeat("the country's ", 50))
	f.Add("Troops of the " + strings.Repeat("Kalambaru-", 80) + "Front attacked the town.") // one name word of 805 characters
	f.Add("The Alliance for " + strings.Repeat("Grandovia Progress and ", 40) + "Reform won.")
	x := mustExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		doc := graph.Document{ID: "fuzz", Text: text, Hash: graph.ContentHash(text)}
		start := time.Now()
		b, err := x.Extract(context.Background(), doc)
		if !utf8.ValidString(text) {
			if graph.ErrorCode(err) != graph.EINVALID {
				t.Fatalf("invalid UTF-8: error %v, want EINVALID", err)
			}
			return
		}
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		if err := b.Validate(text); err != nil {
			t.Fatalf("Validate: %v", err)
		}
		// Work is linear in the text: a generous bound per kilobyte catches a blow-up.
		if d, limit := time.Since(start), time.Second+time.Duration(len(text)/1024)*50*time.Millisecond; d > limit {
			t.Fatalf("took %v for %d bytes (limit %v)", d, len(text), limit)
		}
	})
}

// TestExtractBoundsWork runs the pathological shapes at full size: lines of half a megabyte without a full stop, and
// the same made of names.
func TestExtractBoundsWork(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	texts := []string{
		strings.Repeat("word ", 100000),
		strings.Repeat("Russia Kazakhstan Tokayev NATO ", 15000),
		strings.Repeat("“", 100000),
	}
	// Shapes that once made reference resolution recurse without end.
	for _, seed := range []string{"the country's ", "he called him. ", "its neighbour. ", "NATO member Turkey and other bloc members. ", "Al Al "} {
		texts = append(texts, strings.Repeat(seed, 100000/len(seed)))
	}
	// CPU time, not the wall clock, which a shared machine's load stretches (a clean run at a load average of
	// 35 took 3.5 minutes for the quotes); the slowest shape uses about 6 s of CPU, 5 to 10 times that under
	// the race detector.
	for _, text := range texts {
		start, ok := cputime.Process()
		wall := time.Now()
		mustExtract(t, text)
		end, _ := cputime.Process()
		d := end - start
		if !ok {
			d = time.Since(wall)
		}
		if limit := 60 * time.Second * raceScale; d > limit {
			t.Errorf("%d bytes took %v of CPU (limit %v)", len(text), d, limit)
		}
	}
}

// TestBuiltNamesFitTheStore checks that a name the rules build from a run of words no longer than a
// sentence is cut to the store's limit instead of making the article's batch invalid: a capitalised run
// joined by hyphens is one name word however long it is.
func TestBuiltNamesFitTheStore(t *testing.T) {
	texts := []string{
		"The " + strings.Repeat("Kalambaru-", 80) + "Kalambaru Front signed a ceasefire with Kenya.",
		"President " + strings.Repeat("Abu-", 120) + "Hamid met Kenya's foreign minister.",
	}
	for _, text := range texts {
		b := mustExtract(t, text) // validates
		long := false
		for _, e := range b.Entities {
			n := utf8.RuneCountInString(e.Name)
			if n > graph.MaxNameLength {
				t.Errorf("%s: name of %d characters", e.ID, n)
			}
			long = long || n == graph.MaxNameLength && strings.HasSuffix(e.Name, "…")
		}
		if !long || !hasEntity(b, "state:kenya") {
			t.Errorf("want the long name cut to %d characters and the state kept, got %v", graph.MaxNameLength, b.Entities)
		}
	}
}
