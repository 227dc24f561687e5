package extract

import (
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

var (
	gzOnce sync.Once
	gzVal  *gazetteer
	gzErr  error
)

func testGazetteer(tb testing.TB) *gazetteer {
	tb.Helper()
	gzOnce.Do(func() { gzVal, gzErr = loadGazetteer() })
	if gzErr != nil {
		tb.Fatalf("loadGazetteer: %v", gzErr)
	}
	return gzVal
}

// best is the reading resolveName prefers without context: the first name, else the first hit.
func best(hits []gzHit) *gzHit {
	for i := range hits {
		if hits[i].form == formName {
			return &hits[i]
		}
	}
	if len(hits) > 0 {
		return &hits[0]
	}
	return nil
}

// TestGazetteerResolves checks that a sample of general names, from every file, resolve to the right kind,
// type and state.
func TestGazetteerResolves(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct {
		surface string
		kind    graph.Kind
		typ     string // "" for states
		code    string
		name    string // canonical name, when it matters
		form    gzForm
	}{
		// States: names, other names, demonyms.
		{"Georgia", graph.State, "", "GE", "Georgia", formName},
		{"Turkiye", graph.State, "", "TR", "Turkey", formName},
		{"Türkiye", graph.State, "", "TR", "Turkey", formName},
		{"Burma", graph.State, "", "MM", "Myanmar", formName},
		{"Ivory Coast", graph.State, "", "CI", "Ivory Coast", formName},
		{"Côte d'Ivoire", graph.State, "", "CI", "Ivory Coast", formName},
		{"Czechia", graph.State, "", "CZ", "Czech Republic", formName},
		{"DRC", graph.State, "", "CD", "Democratic Republic of the Congo", formName},
		{"DR Congo", graph.State, "", "CD", "Democratic Republic of the Congo", formName},
		{"UAE", graph.State, "", "AE", "United Arab Emirates", formName},
		{"U.S.", graph.State, "", "US", "United States", formName},
		{"USA", graph.State, "", "US", "United States", formName},
		{"UK", graph.State, "", "GB", "United Kingdom", formName},
		{"PRC", graph.State, "", "CN", "China", formName},
		{"Kosovo", graph.State, "", "XK", "Kosovo", formName},
		{"Taiwan", graph.State, "", "TW", "Taiwan", formName},
		{"Palestine", graph.State, "", "PS", "Palestine", formName},
		{"Emirati", graph.State, "", "AE", "", formDemonym},
		{"Kazakh", graph.State, "", "KZ", "", formDemonym},
		{"Kyrgyz", graph.State, "", "KG", "", formDemonym},
		{"Congolese", graph.State, "", "CD", "", formDemonym},
		{"Saudi", graph.State, "", "SA", "", formDemonym},
		{"Filipino", graph.State, "", "PH", "", formDemonym},
		// Capitals, with transliterations.
		{"Moscow", graph.Place, "capital", "RU", "Moscow", formCapital},
		{"Kiev", graph.Place, "capital", "UA", "Kyiv", formCapital},
		{"Nur-Sultan", graph.Place, "capital", "KZ", "Astana", formCapital},
		{"Naypyitaw", graph.Place, "capital", "MM", "", formCapital},
		// Cities from GeoNames, with the news names of cities.src.tsv and ASCII spellings.
		{"Lagos", graph.Place, "city", "NG", "Lagos", formName},
		{"Kharkiv", graph.Place, "city", "UA", "Kharkiv", formName},
		{"Kharkov", graph.Place, "city", "UA", "Kharkiv", formName},
		{"Odessa", graph.Place, "city", "UA", "Odesa", formName},
		{"Alma-Ata", graph.Place, "city", "KZ", "Almaty", formName},
		{"Sao Paulo", graph.Place, "city", "BR", "São Paulo", formName},
		{"St. Petersburg", graph.Place, "city", "RU", "Saint Petersburg", formName},
		{"New York City", graph.Place, "city", "US", "New York", formName},
		{"Hodeidah", graph.Place, "city", "YE", "Hodeidah", formName},
		{"Mumbai", graph.Place, "city", "IN", "Mumbai", formName},
		{"Bombay", graph.Place, "city", "IN", "Mumbai", formName},
		{"Houston", graph.Place, "city", "US", "Houston", formName},
		{"Medina", graph.Place, "city", "SA", "Medina", formName},
		{"Guadalajara", graph.Place, "city", "MX", "", formName},
		{"Lubumbashi", graph.Place, "city", "CD", "", formName},
		{"Chongqing", graph.Place, "city", "CN", "", formName},
		// First-level subdivisions from ISO 3166-2, with the English names of regions.src.tsv.
		{"Bavaria", graph.Place, "region", "DE", "Bavaria", formName},
		{"Bayern", graph.Place, "region", "DE", "Bavaria", formName},
		{"Sichuan", graph.Place, "region", "CN", "Sichuan", formName},
		{"Sichuan province", graph.Place, "region", "CN", "Sichuan", formName},
		{"Idlib province", graph.Place, "region", "SY", "Idlib Governorate", formName},
		{"Kharkiv region", graph.Place, "region", "UA", "Kharkiv Oblast", formName},
		{"Moscow Oblast", graph.Place, "region", "RU", "Moscow Oblast", formName},
		{"Texas", graph.Place, "region", "US", "Texas", formName},
		{"Khyber Pakhtunkhwa", graph.Place, "region", "PK", "", formName},
		{"Ontario", graph.Place, "region", "CA", "", formName},
		{"Borno", graph.Place, "region", "NG", "", formName},
		{"North Kivu", graph.Place, "region", "CD", "", formName},
		{"Catalonia", graph.Place, "region", "ES", "", formName},
		{"New York State", graph.Place, "region", "US", "", formName},
		// Hand-kept places.
		{"Sahel", graph.Place, "region", "", "Sahel", formName},
		{"Horn of Africa", graph.Place, "region", "", "", formName},
		{"Strait of Hormuz", graph.Place, "sea", "", "", formName},
		{"Gaza Strip", graph.Place, "territory", "", "Gaza", formName},
		{"Crimea", graph.Place, "territory", "UA", "Crimea", formName},
		{"Nagorno-Karabakh", graph.Place, "territory", "AZ", "", formName},
		// Organisations: by acronym and by full name in both spellings.
		{"NATO", graph.Organization, "alliance", "", "North Atlantic Treaty Organization", formName},
		{"North Atlantic Treaty Organisation", graph.Organization, "alliance", "", "North Atlantic Treaty Organization", formName},
		{"WHO", graph.Organization, "intergovernmental", "", "World Health Organization", formName},
		{"World Health Organisation", graph.Organization, "intergovernmental", "", "World Health Organization", formName},
		{"OSCE", graph.Organization, "intergovernmental", "", "Organization for Security and Co-operation in Europe", formName},
		{"Organisation for Security and Co-operation in Europe", graph.Organization, "intergovernmental", "", "Organization for Security and Co-operation in Europe", formName},
		{"ECOWAS", graph.Organization, "bloc", "", "Economic Community of West African States", formName},
		{"SADC", graph.Organization, "bloc", "", "", formName},
		{"Mercosur", graph.Organization, "bloc", "", "", formName},
		{"IAEA", graph.Organization, "intergovernmental", "", "International Atomic Energy Agency", formName},
		{"OPCW", graph.Organization, "intergovernmental", "", "", formName},
		{"Organization for the Prohibition of Chemical Weapons", graph.Organization, "intergovernmental", "", "Organisation for the Prohibition of Chemical Weapons", formName},
		{"Interpol", graph.Organization, "intergovernmental", "", "", formName},
		{"White House", graph.Organization, "government", "US", "", formName},
		{"Downing Street", graph.Organization, "government", "GB", "", formName},
		{"Elysee Palace", graph.Organization, "government", "FR", "Élysée Palace", formName},
		{"Kremlin", graph.Organization, "government", "RU", "", formName},
		{"Hezbollah", graph.Organization, "armed", "LB", "", formName},
		{"al-Shabab", graph.Organization, "armed", "SO", "Al-Shabaab", formName},
		{"JNIM", graph.Organization, "armed", "ML", "", formName},
		{"Boko Haram", graph.Organization, "armed", "NG", "", formName},
		{"Saudi Aramco", graph.Organization, "company", "SA", "", formName},
		{"Gazprom", graph.Organization, "company", "RU", "", formName},
		{"Sinopec", graph.Organization, "company", "CN", "", formName},
		{"Toyota", graph.Organization, "company", "JP", "", formName},
		{"Maersk", graph.Organization, "company", "DK", "A.P. Moller-Maersk", formName},
		{"Reuters", graph.Organization, "media", "GB", "", formName},
		{"Xinhua", graph.Organization, "media", "CN", "", formName},
		{"Brussels", graph.Organization, "bloc", "", "European Union", formStands},
	}
	for _, tt := range tests {
		hits := g.lookup(tt.surface)
		var h *gzHit
		if tt.form == formStands {
			for i := range hits {
				if hits[i].form == formStands {
					h = &hits[i]
				}
			}
		} else {
			h = best(hits)
		}
		if h == nil {
			t.Errorf("%q: not found", tt.surface)
			continue
		}
		e := h.e
		if e.kind != tt.kind || e.typ != tt.typ || e.code != tt.code || tt.name != "" && e.name != tt.name || h.form != tt.form {
			t.Errorf("%q: got %v %q %q %q form %d, want %v %q %q %q form %d", tt.surface, e.kind, e.typ, e.code, e.name, h.form,
				tt.kind, tt.typ, tt.code, tt.name, tt.form)
		}
	}
}

// TestGazetteerFalseMatches checks that the false-match filter keeps ordinary words and personal names out of
// the places, and that acronyms and names need their case.
func TestGazetteerFalseMatches(t *testing.T) {
	g := testGazetteer(t)
	for _, w := range []string{
		// Common English words that are also cities.
		"Mobile", "Reading", "Split", "Nice", "Bath", "Orange", "Sale", "Providence", "Garland",
		// Personal names that are also cities.
		"Jackson", "Charlotte", "Florence", "Aurora", "Victoria", "Austin", "Lincoln", "Madison", "Hamilton", "Vladimir",
		// Words that ISO 3166-2 uses as subdivision names.
		"Central", "Eastern", "North West", "Plateau", "Delta", "Rivers", "Lakes", "Unity",
	} {
		for _, h := range g.lookup(w) {
			if h.e.kind == graph.Place {
				t.Errorf("%q is a place (%s, %s %s)", w, h.e.name, h.e.typ, h.e.code)
			}
		}
	}
	// A name shared by a state and a subdivision is the state's.
	if h := best(g.lookup("Georgia")); h == nil || h.e.kind != graph.State || h.e.code != "GE" {
		t.Errorf("Georgia: got %+v, want the state", h)
	}
	for _, h := range g.lookup("Georgia") {
		if h.e.kind == graph.Place {
			t.Errorf("Georgia is also a place: %s %s", h.e.name, h.e.code)
		}
	}
	// Case: acronyms exactly, names capitalised.
	for _, w := range []string{"who", "Who", "us", "Us", "turkey", "chad", "mobile", "nato"} {
		if hits := g.lookup(w); len(hits) > 0 {
			t.Errorf("%q: got %s, want nothing", w, hits[0].e.name)
		}
	}
}

// TestGazetteerUnique checks that no two entries of one kind share a folded name: a surface form names one
// state, one place and one organisation at most. A form that both names an entry and stands for another
// ("Brussels") is intended, as are the forms of one entry.
func TestGazetteerUnique(t *testing.T) {
	g := testGazetteer(t)
	// graph.Fold drops "+": "OPEC+" folds like "OPEC", and the extractor leaves out an alias that folds like
	// another entity's name (see gazetteer/README.md).
	intended := map[string]bool{"opec": true}
	for key, hits := range g.byFold {
		if intended[key] {
			continue
		}
		seen := map[graph.Kind]*gzEntry{}
		for _, h := range hits {
			if h.form == formStands {
				continue
			}
			if prev := seen[h.e.kind]; prev != nil && prev != h.e {
				t.Errorf("%q names two %ss: %s (%s %s) and %s (%s %s)", key, h.e.kind, prev.name, prev.typ, prev.code,
					h.e.name, h.e.typ, h.e.code)
			}
			seen[h.e.kind] = h.e
		}
	}
}

// TestGazetteerData checks the generated files against the states: every place and organisation names a
// state that exists, the files are as large as README.md says, and no form is so long that it slows the
// matcher down.
func TestGazetteerData(t *testing.T) {
	g := testGazetteer(t)
	count := map[string]int{}
	seen := map[*gzEntry]bool{}
	for _, hits := range g.byFold {
		for _, h := range hits {
			e := h.e
			if seen[e] {
				continue
			}
			seen[e] = true
			count[string(e.kind)+"/"+e.typ]++
			if e.kind != graph.State && e.code != "" && g.state(e.code) == nil {
				t.Errorf("%s %q: no state %q", e.kind, e.name, e.code)
			}
		}
	}
	for k, min := range map[string]int{"state/": 200, "place/city": 2000, "place/region": 2000, "place/capital": 180,
		"organization/intergovernmental": 80, "organization/company": 250, "organization/armed": 60, "organization/media": 80} {
		if count[k] < min {
			t.Errorf("%s: %d entries, want at least %d", k, count[k], min)
		}
	}
	if g.maxTokens > 9 {
		var long []string
		for key := range g.byFold {
			if n := len(strings.Fields(key)); n > 9 {
				long = append(long, key)
			}
		}
		t.Errorf("forms of up to %d words slow findGazetteer down: %q", g.maxTokens, long)
	}
	t.Logf("entries: %v; %d folded forms; longest form: %d words", count, len(g.byFold), g.maxTokens)
}

// BenchmarkLoadGazetteer measures the gazetteer's share of New.
func BenchmarkLoadGazetteer(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadGazetteer(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNew measures New, which loads the gazetteer and the models.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}
