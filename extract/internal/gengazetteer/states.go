package main

import (
	"log"
	"os"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// states is what genStates made: the rows of states.tsv and every form they list (names, other names,
// demonyms, capitals), which generated cities and regions must not take.
type states struct {
	rows  []string
	forms []string
	codes map[string]bool
}

func genStates(src string) states {
	data, err := os.ReadFile(src)
	if err != nil {
		log.Fatal(err)
	}
	names := display.English.Regions()
	own := ownNames(data)
	st := states{codes: map[string]bool{}}
	readTSV(src, 5, func(f []string) {
		code, name, aliases, demonyms, capital := f[0], f[1], f[2], f[3], f[4]
		cldr := ""
		if r, err := language.ParseRegion(code); err == nil {
			cldr = clean(names.Name(r))
		}
		if name == "" {
			name = cldr
		}
		if name == "" {
			log.Fatalf("%s: %s has no CLDR name; give one", src, code)
		}
		al := split(aliases)
		// The CLDR name is kept as another name when news usage differs ("Czechia"); "Congo - Kinshasa" is
		// dropped because no reader types it.
		if cldr != "" && cldr != name && !strings.Contains(cldr, " - ") && !own[cldr] {
			al = append(al, cldr)
		}
		al = dedupe(name, al)
		st.rows = append(st.rows, strings.Join([]string{name, code, strings.Join(al, "|"), demonyms, capital}, "\t"))
		st.codes[code] = true
		st.forms = append(st.forms, name)
		st.forms = append(st.forms, al...)
		st.forms = append(st.forms, split(demonyms)...)
		st.forms = append(st.forms, split(capital)...)
	})
	return st
}

// ownNames returns the names the hand-kept file gives, so that a CLDR name that is another state's (CLDR
// maps the withdrawn code DD, East Germany, to "Germany") never becomes an alias.
func ownNames(data []byte) map[string]bool {
	own := map[string]bool{}
	for line := range strings.Lines(string(data)) {
		f := strings.Split(strings.TrimRight(line, "\r\n"), "\t")
		if len(f) == 5 && !strings.HasPrefix(f[0], "#") {
			if f[1] != "" {
				own[f[1]] = true
			} else if r, err := language.ParseRegion(f[0]); err == nil {
				own[clean(display.English.Regions().Name(r))] = true
			}
		}
	}
	return own
}

// clean turns CLDR display forms into the forms news prints: "&" is spelled out, the curly apostrophe of
// "Côte d’Ivoire" is made straight, and a parenthesised alternative is dropped.
func clean(s string) string {
	s = strings.ReplaceAll(s, " & ", " and ")
	s = strings.ReplaceAll(s, "’", "'")
	if i := strings.Index(s, " ("); i > 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// sovereign maps the ISO codes of dependent territories, which GeoNames and ISO 3166-2 treat as countries, to
// the state they belong to, so that every generated place names a state of states.tsv.
var sovereign = map[string]string{
	"HK": "CN", "MO": "CN",
	"PR": "US", "GU": "US", "VI": "US", "AS": "US", "MP": "US", "UM": "US",
	"GL": "DK", "FO": "DK",
	"NC": "FR", "PF": "FR", "RE": "FR", "GP": "FR", "MQ": "FR", "GF": "FR", "YT": "FR", "PM": "FR", "BL": "FR",
	"MF": "FR", "WF": "FR", "TF": "FR",
	"AW": "NL", "CW": "NL", "SX": "NL", "BQ": "NL",
	"GI": "GB", "BM": "GB", "KY": "GB", "FK": "GB", "VG": "GB", "MS": "GB", "TC": "GB", "AI": "GB", "SH": "GB",
	"IM": "GB", "JE": "GB", "GG": "GB", "IO": "GB", "PN": "GB", "GS": "GB",
	"CK": "NZ", "NU": "NZ", "TK": "NZ",
	"NF": "AU", "CX": "AU", "CC": "AU", "HM": "AU",
	"AX": "FI", "SJ": "NO", "BV": "NO",
}

// stateOf returns the state of states.tsv that a GeoNames or ISO 3166-2 country code names, or "".
func (st states) stateOf(cc string) string {
	if st.codes[cc] {
		return cc
	}
	if s := sovereign[cc]; st.codes[s] {
		return s
	}
	return ""
}
