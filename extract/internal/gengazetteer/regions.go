package main

import (
	"encoding/json"

	"fmt"
	"github.com/actorgraph/actorgraph/graph"
	"log"
	"os"
	"regexp"
	"slices"
	"strings"
)

// typeWords maps an ISO 3166-2 subdivision type to the word news puts after the name ("Idlib province",
// "Kharkiv oblast"); the file's type column gives the same word. Types not listed use their last word.
var typeWords = map[string]string{
	"Administrative region":         "region",
	"Autonomous region":             "region",
	"Autonomous community":          "region",
	"Metropolitan region":           "region",
	"Geographical region":           "region",
	"Geographical unit":             "region",
	"Development region":            "region",
	"Regional state":                "region",
	"Land":                          "state",
	"Voivodship":                    "province",
	"Autonomous republic":           "republic",
	"Rayon":                         "district",
	"Union territory":               "territory",
	"Capital territory":             "territory",
	"Federal territory":             "territory",
	"Capital district":              "district",
	"Autonomous district":           "district",
	"Autonomous province":           "province",
	"Special administrative region": "region",
	"Popularate":                    "governorate",
}

// cityTypes are subdivisions that are one city: when the city is known by that name, the city entry
// stands for both.
var cityTypes = map[string]bool{
	"City": true, "Capital city": true, "Special city": true, "Autonomous city": true, "Metropolitan city": true,
	"Republican city": true, "Capital": true, "Municipality": true, "City with county rights": true,
	"Special administrative city": true, "Special self-governing city": true, "Capital district": true,
	"Capital territory": true, "Federal district": true, "Federal capital territory": true, "Autonomous municipality": true,
}

// generic are words that name no region on their own: "North East", "Central", "Western Province".
var generic = map[string]bool{}

func init() {
	for _, w := range strings.Fields("north south east west northern southern eastern western central middle upper lower " +
		"mid far north-east north-west south-east south-west north-western north-eastern south-western south-eastern " +
		"northeast northwest southeast southwest centre center capital coast coastal inner outer greater region province " +
		"area district territory islands island state city the of and nord sud est ouest centrale centre-nord centre-sud " +
		"centre-est centre-ouest sud-ouest nord-ouest nord-est norte sul leste") {
		generic[w] = true
	}
}

type subdivision struct {
	Code   string `json:"code"`
	Name   string `json:"name"`
	Type   string `json:"type"`
	Parent string `json:"parent"`
}

type regionFix struct {
	name    string
	aliases []string
	used    bool
}

var (
	bracket = regexp.MustCompile(`\s*\[([^\]]*)\]`)
	paren   = regexp.MustCompile(`\s*\([^)]*\)`)
	isoCode = regexp.MustCompile(`^[A-Z]{2}-[A-Z0-9]{1,3}$|^[a-z]+$`)
)

// cleanISO turns an iso-codes subdivision name into the name and other spellings it gives: "Catalunya
// [Cataluña]" is Catalunya or Cataluña, "Asturias, Principado de" is Asturias, "Guyane (française)" is Guyane,
// "Elgeyo/Marakwet" is Elgeyo-Marakwet.
func cleanISO(s string) (string, []string) {
	var alts []string
	for _, m := range bracket.FindAllStringSubmatch(s, -1) {
		for _, a := range strings.Split(m[1], " ") {
			if isoCode.MatchString(a) {
				goto next
			}
		}
		alts = append(alts, m[1])
	next:
	}
	s = bracket.ReplaceAllString(s, "")
	s = paren.ReplaceAllString(s, "")
	s = strings.NewReplacer("*", "", "†", "", "//", "").Replace(s)
	if i := strings.Index(s, ", "); i > 0 {
		s = s[:i]
	}
	if strings.Contains(s, "/") {
		s = strings.ReplaceAll(s, "/", "-")
	}
	return strings.TrimSpace(s), alts
}

func typeWord(t string) string {
	if w, ok := typeWords[t]; ok {
		return w
	}
	f := strings.Fields(strings.ToLower(t))
	if len(f) == 0 {
		return "region"
	}
	return f[len(f)-1]
}

func isGeneric(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if !generic[w] {
			return false
		}
	}
	return true
}

// majorTypes are the subdivisions whose names a foreign city must not take.
var majorTypes = map[string]bool{"State": true, "Province": true, "Land": true, "Autonomous community": true,
	"Administrative region": true, "Republic": true, "Oblast": true, "Territory": true, "Union territory": true}

// regionNames returns the folded names of the states and provinces of the first-level subdivisions, as
// genRegions will name them, with their countries: a city must not take the name of another country's state or
// province ("Ontario", California, is not Ontario, Canada).
func regionNames(isoJSON, src string, st states, f *filter) map[string][]string {
	fixes := map[string]string{}
	readTSV(src, 3, func(r []string) { fixes[r[0]] = r[1] })
	out := map[string][]string{}
	for _, s := range readSubdivisions(isoJSON) {
		if s.Parent != "" || fixes[s.Code] == "-" || !majorTypes[s.Type] || f.skipCC[s.Code[:2]] {
			continue
		}
		name, _ := cleanISO(s.Name)
		if fixes[s.Code] != "" {
			name = fixes[s.Code]
		}
		cc := st.stateOf(s.Code[:2])
		for _, n := range append([]string{name}, variants(name)...) {
			k := graph.Fold(n)
			out[k] = append(out[k], cc)
		}
	}
	return out
}

func readSubdivisions(isoJSON string) []subdivision {
	data, err := os.ReadFile(isoJSON)
	if err != nil {
		log.Fatal(err)
	}
	var doc map[string][]subdivision
	if err := json.Unmarshal(data, &doc); err != nil {
		log.Fatalf("%s: %v", isoJSON, err)
	}
	subs := doc["3166-2"]
	if len(subs) < 3000 {
		log.Fatalf("%s: only %d subdivisions; is it iso-codes' iso_3166-2.json?", isoJSON, len(subs))
	}
	return subs
}

func genRegions(isoJSON, src string, st states, f *filter, taken *takenSet) (rows, report []string) {
	fixes := map[string]*regionFix{}
	readTSV(src, 3, func(r []string) {
		if fixes[r[0]] != nil {
			log.Fatalf("%s: %s twice", src, r[0])
		}
		fixes[r[0]] = &regionFix{name: r[1], aliases: split(r[2])}
	})
	subs := readSubdivisions(isoJSON)
	// States and provinces first: of two subdivisions with one name, Montana, US, and Montana, Bulgaria, the
	// state keeps it.
	slices.SortStableFunc(subs, func(a, b subdivision) int {
		switch {
		case majorTypes[a.Type] == majorTypes[b.Type]:
			return 0
		case majorTypes[a.Type]:
			return -1
		}
		return 1
	})
	kept := 0
	for _, s := range subs {
		if s.Parent != "" {
			continue // first-level subdivisions only
		}
		cc := st.stateOf(s.Code[:2])
		fix := fixes[s.Code]
		if fix != nil {
			fix.used = true
		}
		drop := func(why string) {
			report = append(report, fmt.Sprintf("region\t%s\t%s\t%s\t%s", s.Name, s.Code, s.Type, why))
		}
		switch {
		case cc == "":
			drop("no state")
			continue
		case fix != nil && fix.name == "-":
			drop("regions.src.tsv")
			continue
		case fix == nil && f.skipCC[s.Code[:2]]:
			drop("country left out (filter.src.tsv)")
			continue
		case fix == nil && f.skipType[s.Type]:
			drop("type left out (filter.src.tsv)")
			continue
		}
		base, alts := cleanISO(s.Name)
		name := base
		var aliases []string
		if fix != nil {
			if fix.name != "" {
				name = fix.name
			}
			aliases = append(aliases, fix.aliases...)
		}
		for _, a := range append([]string{base}, alts...) {
			if !isGeneric(a) {
				aliases = append(aliases, a)
			}
		}
		if fix == nil && isGeneric(name) {
			drop("generic name")
			continue
		}
		word := typeWord(s.Type)
		// A bare name that is another entry's or a false match is not listed; a city-like subdivision known by
		// its city's name is that city.
		bare := func(n string) string {
			if o := taken.owner(n); o != "" {
				return "taken by " + o
			}
			if fix != nil && n == fix.name {
				return ""
			}
			return f.why(n, 0)
		}
		why := bare(name)
		if why != "" && cityTypes[s.Type] && strings.HasPrefix(why, "taken by ") {
			drop(why)
			continue
		}
		var forms []string
		if why == "" {
			forms = append(forms, name)
		} else {
			drop("bare name " + why + "; listed as " + name + " " + word)
		}
		kept1 := regionForms(forms, name, aliases, fix == nil, word, bare, taken)
		if len(kept1) == 0 {
			drop("no free name")
			continue
		}
		canon := kept1[0]
		if why != "" {
			// The canonical name of a region whose bare name is taken says what it is: "Idlib Governorate".
			canon = name + " " + strings.ToUpper(word[:1]) + word[1:]
			if endsWithType(strings.ToLower(name)) {
				canon = name
			}
		}
		for _, v := range kept1 {
			taken.add(v, "region "+canon)
		}
		taken.add(canon, "region "+canon)
		rows = append(rows, strings.Join([]string{canon, strings.Join(dedupeFold(canon, kept1), "|"), cc, word, s.Code}, "\t"))
		kept++
	}
	for code, fix := range fixes {
		if !fix.used {
			log.Fatalf("%s: no first-level subdivision %s", src, code)
		}
	}
	log.Printf("regions: %d kept, %d notes", kept, len(report))
	return rows, report
}

// regionForms returns the forms a region is listed under, after forms: its name and aliases and their
// variants that no other entry takes bare, and its name with its type word ("Idlib province", "Kharkiv
// oblast", written lower-case, so that both cases match), without repeats, taken names or overlong ones.
// Without a hand fix (unfixed), generic names are left out.
func regionForms(forms []string, name string, aliases []string, unfixed bool, word string, bare func(string) string, taken *takenSet) []string {
	for i, n := range append([]string{name}, aliases...) {
		if unfixed && isGeneric(n) {
			continue
		}
		for _, v := range append([]string{n}, variants(n)...) {
			if bare(v) == "" {
				forms = append(forms, v)
			}
			// Only the name itself gets the type word: the other names are what they are.
			if lw := strings.ToLower(v); i == 0 && !strings.HasSuffix(lw, " "+word) && !endsWithType(lw) {
				forms = append(forms, v+" "+word)
				if word == "governorate" {
					forms = append(forms, v+" province")
				}
			}
		}
	}
	var kept []string
	for _, v := range forms {
		if taken.owner(v) == "" && !containsFold(kept, v) && !tooLong(v) {
			kept = append(kept, v)
		}
	}
	return kept
}

var typeSuffixes = []string{" province", " region", " oblast", " krai", " kray", " governorate", " state", " county",
	" prefecture", " district", " department", " territory", " republic", " voivodeship", " canton", " emirate", " municipality",
	" okrug", " krai", " län", " kraj", " oblysy", " oblast'", " voblasć", " županija", " sheng", " shi", " zizhiqu", "-do", " sar"}

func endsWithType(lw string) bool {
	for _, s := range typeSuffixes {
		if strings.HasSuffix(lw, s) {
			return true
		}
	}
	return strings.HasPrefix(lw, "republic of ")
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// dedupeFold drops the name and repeated forms; forms that differ only in case stay, for the reader.
func dedupeFold(name string, al []string) []string {
	return dedupe(name, al)
}
