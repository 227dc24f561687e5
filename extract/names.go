package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Names the gazetteer lacks are typed by the words they are made of, as a reader types "Galwan Valley" or
// "Supreme Court of Kenya" without knowing them: the last word (the head) or, for "X of Y" names, the
// first.
var (
	// placeHeadWords end the names of places: "Galwan Valley", "Victoria Park", "Harcourt Road".
	placeHeadWords = words("down|gurdwara|hafen|valley|park|road|street|avenue|square|corridor|peninsula|island|islands|mountains|mountain|" +
		"range|river|lake|bay|gulf|strait|straits|sea|ocean|coast|desert|plateau|basin|canal|airport|port|harbour|" +
		"harbor|base|airbase|station|stadium|palace|camp|prison|bridge|dam|field|oilfield|mine|refinery|terminal|" +
		"pipeline|pipe|plant|crossing|checkpoint|province|region|district|county|oblast|governorate|prefecture|" +
		"territory|state|heights|hills|plain|plains|delta|reef|atoll|strip|bank|pass|gorge|enclave|town|city|" +
		"village|green|gardens|garden|hall|tower|towers|building|cathedral|mosque|temple|monastery|barracks|" +
		"cosmodrome|spaceport|zone|line|front|border|frontier|archipelago|cape|glacier|forest|falls|highway|shoal|shoals|cay")
	// lowerPlaceHeads follow a name in lower case and make it a place: "Kasarani stadium", "Hambantota port".
	lowerPlaceHeads = words("stadium|port|airport|air base|airbase|base|field|oilfield|gas field|station|camp|prison|" +
		"square|street|road|district|province|region|valley|river|lake|border crossing|crossing|refinery|terminal|" +
		"pipeline|plant|power plant|nuclear plant|dam|mine|corridor|peninsula|island|islands|naval base|military base|" +
		"air force station|air station|compound|checkpoint|enclave|strip|county|state|oblast|governorate|prefecture|" +
		"pass|mountain pass|palace|hospital|bridge|park|" +
		// settlements and sites of news from the field ("Bodowe village", "the Nakapelo border post", "the
		// Kondeli gold mine", "Kalobeyi refugee camp"): a town or village is named without its word (adminHeads)
		"village|town|township|border post|border town|refugee camp|gold mine|copper mine|coal mine|diamond mine")
	// settlementHeads are the lowerPlaceHeads that follow other words too ("Across town", "Old Town"): the
	// name before them must be a proper noun to the tagger.
	settlementHeads = words("town|village|township")
	// orgLeadWords begin "X of Y" names of organisations: "Bank of China", "Ministry of Defence".
	orgLeadWords = words("ministry|department|bank|office|council|court|university|institute|commission|committee|" +
		"board|agency|federation|association|union|party|front|movement|rally|congress|army|forces|house|senate|parliament|" +
		"assembly|school|academy|organisation|organization|league|alliance|coalition|confederation|secretariat|" +
		"society|centre|center|foundation|fund|authority|service|corps|directorate|bureau|chamber|guard|police")
	// placeLeadWords begin "X of Y" names of places: "Port of Mombasa", "Gulf of Aden", "Strait of Hormuz".
	placeLeadWords = words("port|gulf|strait|bay|isle|island|islands|lake|mount|cape|sea|straits|city|province|region|district|state|line")
	// englishPlaceLeads begin English names of places, military camps and forts above all: "Camp Tabuko", "Fort
	// Kigoma", "Mount Elgon" (a camp's name had been read as a person's).
	englishPlaceLeads = words("camp|fort|mount")
	// foreignOrgLeads begin names of organisations in the languages world news quotes untranslated
	// (Spanish, Portuguese, French, Italian): "Empresa Nacional de Hidrocarbonetos", "Partido Liberal",
	// "Radiodiffusion Télévision du Burkina", "Banco Central do Brasil".
	foreignOrgLeads = words("empresa|compañía|compania|companhia|compagnie|société|societe|società|banco|banque|" +
		"partido|parti|partito|frente|movimiento|movimento|mouvement|ejército|ejercito|exército|armée|fuerzas|forças|" +
		"agencia|agência|agence|consejo|conselho|conseil|ministerio|ministério|ministère|instituto|institut|" +
		"universidad|universidade|université|asamblea|assemblée|congreso|radiodiffusion|televisión|télévision|" +
		"unión|união|confederación|federación|fédération|organización|comité|comisión|comissão|sindicato|" +
		"petróleos|grupo|groupe|gruppo|corporación|autoridad|secretaría|guardia|gendarmerie|gendarmería|policía|" +
		"polícia|fundación|fundação|fondation|caja|caixa|administración|direction|dirección|tribunal|corte|cour|" +
		"alianza|aliança|coalición|coligação|bloque|defensoría|defensoria|fiscalía|procuraduría|contraloría|audiencia|" +
		"juzgado|armada|fuerza|força|servicio|serviço|superintendencia|aeropuertos|aeroportos|ferrovie|banca|poste|" +
		"consiglio|ministero|procura|cantieri|partai|badan|kementerian|perusahaan|galangan|deutsche|verband|bundesamt|" +
		// companies named by their trade first: "Minera Escondida", "Industrias Peñoles", "Transportes Yaqui
		// Norte", "Constructora Andina", "Aceites Guadalmar", "Naviera Armas", "Astilleros Españoles"
		"minera|mineração|industrias|indústrias|transportes|constructora|construtora|inversiones|distribuidora|" +
		"comercializadora|naviera|aceites|petrolera|astilleros|laboratorios|aerolíneas|aerolineas|cementos|cervecería")
	// foreignPlaceLeads begin names of places in those languages and in Arabic: "Teatro Colón", "Palacio de
	// Miraflores", "Bab al-Hawa" (a gate, the name of border crossings), "Jebel Marra", "Wadi Halfa".
	foreignPlaceLeads = words("teatro|théâtre|palacio|palácio|palais|plaza|praça|castillo|château|puerto|porto|" +
		"río|rio|lago|monte|sierra|cerro|isla|ilha|île|bab|jebel|jabal|wadi|ras|bir|khor|shatt|pulau|gunung|" +
		"aeropuerto|aeroporto|aéroport|estadio|estádio|stade|avenida|calle|rua|rue|puente|ponte|pont|paso|col|" +
		"lac|laguna|lagoa|mont|golfe|golfo|bahía|baía|baie|ciudad|cidade")
	// connectors join the words of a name: "Bank of China", "Casa de Nariño", "Trinidad and Tobago".
	connectors = words("of|de|del|da|do|dos|das|la|le|les|du|des|al|el|and|&|for|on|in")
)

// ruleOrgHead names an organisation read by its words: its head, its lead word, a language's first word.
const ruleOrgHead = "name:org-head"

// headedName is a capitalised run of words the gazetteer does not know, with how its words type it.
type headedName struct {
	i, e  int // tokens [i, e)
	kind  graph.Kind
	owner *mention // "of Nigeria" in "Central Bank of Nigeria"
	// collective: the owner is a region before a plural the name goes on over ("of Eastern Caribbean
	// States"): hidden inside the name, but no owner of the body.
	collective bool
}

// collectivePlurals are the capitalised plurals that close an organisation's "of X" name after a region
// or a nationality ("of West African States", "of Southeast Asian Nations", "of Central American
// Countries", "of Small Island States" ), which had cut the name before them.
var collectivePlurals = words("states|nations|countries|republics|peoples|economies")

// collectiveAfterRegion reports whether token j is a capitalised collective plural no mention claims.
func collectiveAfterRegion(s *sentence, j int) bool {
	return j < len(s.toks) && s.at[j] < 0 && s.toks[j].isCap() && collectivePlurals[s.toks[j].lower]
}

// findHeadedNames reads organisations and places by their head words ("Galwan Valley", "Central Bank of
// Nigeria", "Kasarani stadium", "Democratic Alliance"), completing a fragment with the capitalised words
// before it and dropping a head alone ("the Army").
func (d *reading) findHeadedNames(s *sentence) {
	if shouting(s) {
		return // a heading in capitals ("PROTESTS AND POLICE"): every word looks like a name
	}
	toks := s.toks
	for k := 0; k < len(toks); k++ {
		if s.at[k] >= 0 || !toks[k].isCap() || calendar[toks[k].lower] {
			continue
		}
		n, ok := d.headedNameAt(s, k)
		if !ok {
			continue
		}
		name := d.text.norm[toks[n.i].start:toks[n.e-1].end]
		if n.kind == graph.Place && n.e-n.i >= 2 && adminHeads[toks[n.e-1].text] {
			name = d.text.norm[toks[n.i].start:toks[n.e-2].end] // namedWithoutAdminHead
		}
		if n.owner != nil {
			d.hideInside(s, n.owner)
		}
		m := d.newMention(s, n.i, n.e, n.kind, name, "name:head", 0.75)
		if n.kind == graph.Organization {
			m.rule = ruleOrgHead
			d.ownerBefore(s, m)
		} else {
			m.rule = "name:place-head"
		}
		switch {
		case n.owner != nil && n.kind == graph.Place:
			m.special, m.head = "place-in", n.owner // "the Port of Mombasa" is in Mombasa
		case n.collective:
			m.special, n.owner.withinName = "longer", true
		case n.owner != nil:
			m.special, m.ownerM = "longer", n.owner
		}
		if s.claim(m) {
			if n.kind == graph.Organization {
				d.acronymAfterName(s, m)
			}
			k = m.j - 1
		}
	}
}

// hideInside takes a mention out of its sentence's list, to become part of a longer name.
func (d *reading) hideInside(s *sentence, m *mention) {
	d.dropMention(s, m)
	m.sentence = s
	d.hidden = append(d.hidden, m)
}

// headedNameAt returns the name starting at token k, if its words type it.
func (d *reading) headedNameAt(s *sentence, k int) (headedName, bool) {
	i := k
	if s.toks[i].lower == "the" || s.toks[i].lower == "about" && opensSentence(s, i) {
		i++ // "About Sahra Minerals", a press release's heading over what the company says of itself
	}
	i = afterOpeningPlural(s, i)
	e := nameRun(s, i)
	if e <= i {
		return headedName{}, false
	}
	if n, ok := leadOfPlace(s, i, e); ok {
		return n, true // "the University of Nairobi", "the Port of Mombasa"
	}
	n := headedName{i: i, e: e}
	var ok bool
	if n.e, n.kind, ok = typeByWords(s, i, e); !ok {
		if e = d.joinedName(s, i, e); e == n.e {
			return headedName{}, false
		}
		if leadJoinAt(s, i, e) >= 0 {
			// The lead word types a name that goes on over "for" or "of": "the Front for the Liberation of
			// the Enclave" is no place for its last word.
			n.e, n.kind = e, graph.Organization
		} else if n.e, n.kind, ok = typeByWords(s, i, e); !ok || n.kind != graph.Organization {
			return headedName{}, false
		}
	} else if n.kind == graph.Organization {
		n.e = d.joinedName(s, i, n.e) // "the Committee of Emergency Situations and Civil Defence"
	}
	// "Central Bank of Nigeria", "Supreme Court of Kenya": the name goes on over the state it belongs to.
	if n.kind == graph.Organization && n.e+1 < len(s.toks) && s.toks[n.e].lower == "of" {
		if o := s.mentionAt(n.e + 1); o != nil && o.i == n.e+1 && o.ref == "" && (o.kind == graph.State || o.kind == graph.Place) && o.affix == "" {
			n.owner, n.e = o, o.j
			if collectiveAfterRegion(s, o.j) {
				// "Organisation of Eastern Caribbean States", "Central Bank of West African States": the
				// region names the states the body gathers, not where it belongs; its name goes on.
				n.e, n.collective = o.j+1, true
			}
		}
	}
	// "Great Hall of the People", "Palace of the Nations": after its head, a place's name goes on over "of
	// the" and capitalised words no mention claims. An organisation's does not: "the Central Committee of
	// the Communist Party" names two, one part of the other.
	if n.kind == graph.Place && n.owner == nil && n.e+2 < len(s.toks) && s.toks[n.e].lower == "of" && s.toks[n.e+1].lower == "the" && s.at[n.e] < 0 && s.at[n.e+1] < 0 {
		if r := nameRun(s, n.e+2); r > n.e+2 && s.toks[n.e+2].isCap() {
			n.e = r
		}
	}
	n.i = ordinalStart(s, n)
	// A head alone after a word that opens sentences is no name ("The Army", "Our Party").
	first := s.toks[i].lower
	if n.e-n.i < 2 || notNames[first] && n.e-n.i == 2 && !orgLeadWords[first] && !placeLeadWords[first] {
		return headedName{}, false
	}
	return n, true
}

// afterOpeningPlural returns where a name starts after a common plural noun and "of" that open the sentence
// ("Shares of Ganfeng Lithium fell", "Supporters of the Democratic Party marched"): the noun is capitalised
// only for opening it and is no word of the name, which had been "Shares of Ganfeng Lithium"; so too before a
// place typed by its lower-case head ("Residents of Bodowe village fled", not a place "Residents of Bodowe"). A lead word
// keeps its name whole ("Ministers of Finance", "Friends of the Earth" are left as they are read).
func afterOpeningPlural(s *sentence, i int) int {
	toks := s.toks
	if !opensSentence(s, i) || i+2 >= len(toks) || toks[i].tag != "NNS" || toks[i+1].lower != "of" ||
		orgLeadWords[toks[i].lower] || placeLeadWords[toks[i].lower] || orgHeads[toks[i].lower] {
		return i
	}
	q := i + 2
	if toks[q].lower == "the" && q+1 < len(toks) {
		q++
	}
	if r := nameRun(s, q); r > q {
		if e, kind, ok := typeByWords(s, q, r); ok && (kind == graph.Organization || kind == graph.Place && e > r) {
			return q
		}
	}
	return i
}

// possessorWords are the capitalised words whose possessive is a word of a body's name: the office of a
// holder ("the Ombudsman's Office", "the Prosecutor General's Office", "the Mayor's Office") and the people a
// body is for ("the Women's League", "the People's Party", "the Children's Fund"). A plural's possessive
// ("the Farmers' Union", "the Fishers' Association") is always one, and needs no row.
var possessorWords = words("people|women|children|men|youth|ombudsman|ombudsperson|general|minister|president|" +
	"mayor|governor|registrar|comptroller|attorney|chancellor|premier|speaker|auditor|inspector|veteran|worker")

// possessiveInName reports whether token p is a possessive inside a name: after a capitalised word of
// possessorWords, or a capitalised plural's "'", and before a capitalised word no mention claims. Whether the
// name is a body's is its head's to say ("Women's World Cup" names none).
func possessiveInName(s *sentence, p int) bool {
	toks := s.toks
	if p == 0 || p+1 >= len(toks) || s.at[p] >= 0 || s.at[p+1] >= 0 || !toks[p+1].isCap() || !toks[p-1].isCap() {
		return false
	}
	before := toks[p-1].lower
	switch toks[p].text {
	case "'s", "’s":
		return possessorWords[before]
	case "'", "’":
		return len(before) > 2 && strings.HasSuffix(before, "s")
	}
	return false
}

// nameRun returns the end of the run of capitalised words starting at token i that no mention claims, with
// the connectors inside names ("Bank of China", "Casa de Nariño") and a possessive inside a body's name
// ("the Ombudsman's Office", "the Farmers' Union").
func nameRun(s *sentence, i int) int {
	toks := s.toks
	e := i
	for e < len(toks) && e < i+8 && s.at[e] < 0 {
		t := toks[e]
		if t.isCap() && isNameLike(t.text) || e > i && isNameToken(t) && !t.isCap() || e > i && possessiveInName(s, e) {
			e++ // "Bab al-Hawa": an Arabic article inside a name
			continue
		}
		// A weekday or a month after a connector is a date, never in the name: "the Monetary Council for
		// Monday", "its Authority for Wednesday" had run on into it.
		if connectors[t.lower] && e > i && e+1 < len(toks) && toks[e+1].isCap() && s.at[e+1] < 0 && t.lower != "and" && t.lower != "in" && t.lower != "on" && !calendar[toks[e+1].lower] {
			e++
			continue
		}
		break
	}
	return e
}

// typeByWords types the name [i, e) by its words: a lower-case place head after it ("Kasarani stadium"),
// its head word, or the first word of an "X of Y" name. It returns the name's end, which a lower-case head
// extends.
func typeByWords(s *sentence, i, e int) (int, graph.Kind, bool) {
	toks := s.toks
	head, first := toks[e-1].lower, toks[i].lower
	switch {
	case e < len(toks) && s.at[e] < 0 && lowerHeadAt(s, e) > e && (!settlementHeads[toks[e].lower] || strings.HasPrefix(toks[i].tag, "NNP")):
		return lowerHeadAt(s, e), graph.Place, true
	case e-i >= 2 && placeHeadWords[head] && !orgHeads[head]:
		return e, graph.Place, true
	case e-i >= 2 && orgHeads[head] && head != "ministry":
		return e, graph.Organization, true
	case e-i >= 3 && toks[i+1].lower == "of" && orgLeadWords[first]:
		return e, graph.Organization, true
	case e-i >= 3 && toks[i+1].lower == "of" && placeLeadWords[first]:
		return e, graph.Place, true
	case leadJoinAt(s, i, e) >= 0:
		return e, graph.Organization, true // "Movement for Democratic Change", "Patriotic Alliance for Reconstruction"
	case e-i >= 2 && foreignOrgLeads[first]:
		return e, graph.Organization, true
	case e-i >= 2 && (foreignPlaceLeads[first] || englishPlaceLeads[first]):
		return e, graph.Place, true
	}
	return e, "", false
}

// lowerHeadAt returns the end of a lower-case place head starting at token e, or e.
func lowerHeadAt(s *sentence, e int) int {
	for n := 3; n >= 1; n-- {
		if e+n > len(s.toks) {
			continue
		}
		var b strings.Builder
		for j := e; j < e+n; j++ {
			if j > e {
				b.WriteByte(' ')
			}
			b.WriteString(s.toks[j].lower)
		}
		if lowerPlaceHeads[b.String()] && !s.toks[e].isCap() && (b.String() != "pass" || strings.HasPrefix(s.toks[e].tag, "NN")) {
			return e + n
		}
	}
	return e
}

// isNameLike reports whether a capitalised token can be part of a name: letters, digits, hyphens,
// apostrophes and dots ("No.", "17", "St", "O'Hare").
func isNameLike(w string) bool {
	for _, r := range w {
		if !(r == '-' || r == '\'' || r == '.' || r == '&' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 127) {
			return false
		}
	}
	return true
}

// ordinalStart returns where an organisation's name starts with the ordinal before it: "the 11th Airborne
// Division", "the 3rd Infantry Brigade", whose ordinal numbers the unit and is the first word of its name,
// though no capitalised word; the name had lost it. A place's name and an "X of Y" name with its owner keep
// their start.
func ordinalStart(s *sentence, n headedName) int {
	if n.kind == graph.Organization && n.owner == nil && n.i > 0 && s.at[n.i-1] < 0 && isOrdinal(s.toks[n.i-1].lower) {
		return n.i - 1
	}
	return n.i
}

// ordinalSuffixes end the ordinals written in digits that number units and bodies ("11th", "82nd", "3rd",
// "1st").
var ordinalSuffixes = []string{"st", "nd", "rd", "th"}

// isOrdinal reports whether a lower-case word is an ordinal in digits: "11th", "101st", "3rd".
func isOrdinal(w string) bool {
	for _, suf := range ordinalSuffixes {
		if digits, ok := strings.CutSuffix(w, suf); ok && digits != "" && strings.Trim(digits, "0123456789") == "" {
			return true
		}
	}
	return false
}
