package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// titles maps a title, lower case, to the relationship it gives its holder with the state or organisation
// it belongs to.
var titles = map[string]graph.RelType{}

func init() {
	for rel, list := range map[graph.RelType]string{
		graph.Leads: "president|leader|prime minister|premier|king|queen|chancellor|emir|sultan|supreme leader|" +
			"head of state|head of government|ruler|junta leader|military leader|military ruler|coup leader|head|chief|chairman|chairwoman|" +
			"chairperson|chair|secretary-general|secretary general|ceo|chief executive|chief executive officer|" +
			"convenor|convener|speaker|chief justice|police commissioner|commissioner general|head of the junta|" +
			"director|governor of the central bank|grand mufti|patriarch|pope|" +
			"director-general|director general|commission president|commission chairperson|commission chairman|" +
			"monarch|strongman|dictator|president-elect|interim president|transitional president|" +
			"acting president|general secretary|party leader|founder|crown prince|executive director|" +
			"managing director|chief executive officer|head of the junta",
		graph.OfficialOf: "deputy chairman|deputy chairwoman|vice chairman|vice chair|vice-chairman|deputy head|deputy chief|" +
			"vice-chairperson|vice chairperson|deputy chairperson|vice-chairwoman|vice chairwoman|vice-chair|" +
			"deputy leader|deputy director|deputy secretary-general|deputy secretary general|deputy president|minister|foreign minister|defense minister|defence minister|interior minister|" +
			"energy minister|oil minister|finance minister|economy minister|trade minister|justice minister|" +
			"deputy prime minister|first deputy prime minister|vice president|vice-president|vice premier|vice-premier|secretary of state|" +
			"defense secretary|defence secretary|foreign secretary|treasury secretary|energy secretary|" +
			"home secretary|commerce secretary|state secretary|secretary|ambassador|envoy|special envoy|" +
			"commissioner|commander|official|senior official|diplomat|top diplomat|chief diplomat|negotiator|" +
			"chief negotiator|adviser|advisor|national security adviser|national security advisor|counterpart|" +
			"mediator|representative|permanent representative|deputy permanent representative|delegate|" +
			"special representative|special envoy|emissary|attache|consul|consul general|high commissioner|" +
			"foreign policy chief|policy chief|army chief|military chief|intelligence chief|spy chief|" +
			"chief of staff|chief of general staff|governor|mayor|general|senator|lawmaker|legislator|" +
			"representative|prosecutor|deputy|deputy foreign minister|deputy defense minister|" +
			"deputy minister|high representative|" +
			"central bank governor|army commander|military commander|defense chief|defence chief",
		graph.SpokespersonFor: "spokesman|spokeswoman|spokesperson|press secretary|spokesmen|spokespeople|" +
			"chief spokesman|chief spokeswoman|foreign ministry spokesman|foreign ministry spokeswoman|" +
			"foreign ministry spokesperson|defense ministry spokesman|defence ministry spokesman|" +
			"kremlin spokesman|kremlin spokesperson|press officer",
	} {
		for _, t := range strings.Split(list, "|") {
			titles[t] = rel
		}
	}
	for t := range titles {
		for _, w := range strings.Fields(t) {
			titleWords[w] = true
		}
	}
}

// titleWords are the words titles are made of; they are never part of a personal name.
var titleWords = set{"prince": true, "sheikh": true, "gen.": true, "lt.": true, "col.": true, "maj.": true,
	"adm.": true, "brig.": true, "sen.": true, "rep.": true, "gov.": true, "mr.": true, "mrs.": true, "ms.": true,
	"dr.": true}

// roleAdjectives qualify a title without changing it: "the former head", "the current chairman".
var roleAdjectives = words("rotating|current|former|new|acting|interim|outgoing|incoming|then|longtime|long-time|veteran|top|senior|powerful|influential|de|facto|self-declared|self-proclaimed|ousted|deposed|elected|newly")

// honorificTitles precede a name as part of how it is written but say nothing about a role.
var honorificTitles = words("prince|sheikh|sheik|gen.|lt.|col.|maj.|adm.|brig.|sen.|rep.|gov.|rt.|hon.|smt.|smt|shri|shri.|" +
	"shrimati|capt.|amb.|cmdr.|insp.|supt.|mme.|pres.|prof.|rev.|" +
	"mr.|mrs.|ms.|dr.|mr|mrs|ms|dr|lt. gen.|maj. gen.|brig. gen.|gen|col|sir|dame|lord|general|colonel|" +
	"major|admiral|brigadier|field marshal|marshal|captain|lieutenant|lieutenant colonel|lieutenant general|" +
	"major general|brigadier general|sergeant|corporal|commander|judge|justice|magistrate|ayatollah|imam|pope|" +
	"cardinal|archbishop|bishop|rabbi|patriarch|senator|congressman|congresswoman|councillor|councilor|" +
	"commissioner|inspector|superintendent|detective|officer|chief|princess|king|queen|crown|emir|president|" +
	"premier|minister|secretary|governor|mayor|speaker|ambassador|envoy|colonel-general|air marshal|vice admiral|rear admiral|" +
	"excellency|highness|majesty")

// role is what a title says about a person: who they are to a state or organisation.
type role struct {
	person *mention
	title  string
	rel    graph.RelType
	affil  *mention // the state or organisation; nil when the sentence gives none
	rule   string
	conf   float64
	head   string  // an organisation's head noun written before the title: "Commission President X"
	to     *entity // what the title ties the person to, once resolved (the affiliation's entity, or a guess)
}

// titleAt returns the longest title starting at token k, and its length in tokens.
func titleAt(s *sentence, k int) (string, graph.RelType, int) {
	// Any minister: "climate minister", "Energy Minister".
	if k+1 < len(s.toks) && (s.toks[k+1].lower == "minister" || s.toks[k+1].lower == "secretary") && s.at[k] < 0 &&
		s.toks[k].isWord() && !determiners[s.toks[k].lower] && !prepositions[s.toks[k].lower] && (s.toks[k].tag == "NN" || s.toks[k].tag == "NNP" || s.toks[k].tag == "JJ") {
		t := s.toks[k].lower + " " + s.toks[k+1].lower
		if rel, ok := titles[t]; ok {
			return t, rel, 2
		}
		if s.toks[k].lower != "prime" && s.toks[k].lower != "general" && !notNames[s.toks[k].lower] || s.toks[k].lower == "foreign" || s.toks[k].lower == "energy" {
			return t, graph.OfficialOf, 2
		}
	}
	for n := min(5, len(s.toks)-k); n >= 1; n-- {
		var b strings.Builder
		for i := k; i < k+n; i++ {
			if i > k {
				b.WriteByte(' ')
			}
			b.WriteString(s.toks[i].lower)
		}
		if rel, ok := titles[b.String()]; ok {
			return b.String(), rel, n
		}
	}
	return "", "", 0
}

// nameAt returns the end of a personal name starting at token k (k itself if there is none): capitalised
// name words not claimed by another mention, with particles inside ("Mohammed bin Salman").
func nameAt(s *sentence, k int) int {
	e := k
	for e < len(s.toks) && e < k+6 && s.at[e] < 0 {
		t := s.toks[e]
		switch {
		case isNameToken(t) && !notNames[t.lower] && !titleWords[t.lower]:
			e++
		case e == k && initialsEnd(s, e) > e:
			e = initialsEnd(s, e) // "Colonel B. Santosh Babu"
		case e > k && innerNameWord(s, e):
			e++ // "President Roch Marc Christian Kaboré"
		case e > k && nameInnerWords[t.lower] && t.isCap() && !nextIsNumber(s, e):
			e++ // "Theresa May", "Zhang Jun", "Kaci Kullmann Five": a month or number after a name is part of it
		case e > k && particleRun(s, e) > e:
			e = particleRun(s, e)
		default:
			return e
		}
	}
	return e
}

// nameInnerWords are words that are no names on their own (months, numbers) but end personal names after a
// first name: "Theresa May", "Zhang Jun", "Kaci Kullmann Five". Weekdays are left out: "Biden Monday said".
var nameInnerWords = words("may|june|april|august|jun|march|five|seven")

// nextIsNumber reports whether the token after k is a number: "May 18" is a date.
func nextIsNumber(s *sentence, k int) bool {
	return k+1 < len(s.toks) && (s.toks[k+1].tag == "CD" || s.toks[k+1].text != "" && s.toks[k+1].text[0] >= '0' && s.toks[k+1].text[0] <= '9')
}

// isNameToken reports whether t can be a word of a personal name: capitalised ("Tokayev"), or with an
// Arabic article before a capital ("al-Mazrouei").
func isNameToken(t tok) bool {
	if t.isCap() {
		return isNameWord(t.text)
	}
	return particleName(t.text)
}

// particleName reports whether w is a name word opened by a lower-case particle and a hyphen, as news writes
// Arabic names and the bodies named after them: "al-Assad", "el-Sisi", "al-Qaeda", "al-Watiya".
func particleName(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) || !nameParticles[w[:i]] {
		return false
	}
	r := w[i+1]
	return r >= 'A' && r <= 'Z' && isNameWord(w)
}

// particleRun returns the end of a run of name particles starting at e that a name word follows ("von der
// Leyen", "bin Salman"), including that word; e when there is none.
func particleRun(s *sentence, e int) int {
	n := e
	for n < len(s.toks) && n < e+3 && nameParticles[s.toks[n].lower] && s.at[n] < 0 {
		n++
	}
	if n > e && n < len(s.toks) && s.at[n] < 0 && isNameToken(s.toks[n]) {
		return n + 1
	}
	return e
}

// affilBefore returns the state or organisation written just before token k: "Kazakh", "White House",
// "the EU's".
func affilBefore(s *sentence, k int) *mention {
	k--
	if k >= 0 && (s.toks[k].lower == "'s" || s.toks[k].lower == "'") {
		k--
	}
	m := s.mentionAt(k)
	if m == nil || m.affix != "" || m.j != k+1 {
		return nil
	}
	switch m.kind {
	case graph.State, graph.Organization:
		return m
	case graph.Place:
		if m.acting || hasForm(m, formCapital) || hasForm(m, formStands) {
			return m
		}
	}
	if m.ref == "group" || m.ref == "alliance" || m.ref == "country" || m.ref == "company" || m.ref == "described" || m.ref == "its" {
		return m // "the group's leader", "its chief executive, X": coreference says whose
	}
	return nil
}

func hasForm(m *mention, f gzForm) bool {
	for _, h := range m.gz {
		if h.form == f {
			return true
		}
	}
	return false
}

// findRoles reads titles with names: "Kazakh President Kassym-Jomart Tokayev", "President Alexander
// Lukashenko of Belarus", "Stanislav Zas, the CSTO official", "the EU's foreign policy chief, Josep Borrell",
// and titles without names ("Kazakhstan's president"), which coreference resolves.
func (d *reading) findRoles(s *sentence) {
	for k := 0; k < len(s.toks); k++ {
		if s.at[k] >= 0 {
			continue
		}
		if d.titledBodyAt(s, k) {
			continue // the title after the body is read at the next token, with the body as its owner
		}
		title, rel, n := titleAt(s, k)
		if n == 0 {
			continue
		}
		if k > 0 && nonStateModifiers[s.toks[k-1].lower] {
			k += n - 1
			continue // "Kenyan opposition leader Raila Odinga" leads no state
		}
		if d.itsCounterpart(s, k, n) {
			k += n - 1
			continue
		}
		r := roleSite{title: title, rel: rel, k: k, after: k + n, affil: d.titleOwnerBefore(s, k)}
		region := r.affil == nil
		if region {
			r.affil = placeOwnerBefore(s, k, title)
			region = r.affil != nil
		}
		r.placeRel(r.affil)
		switch {
		case d.roleNameAfter(s, &r):
		case d.roleAppositionAfter(s, &r):
		case d.roleAppositionBefore(s, &r):
		case region:
			// "Hong Kong's leader has apologised": the table of office holders knows the leaders of
			// states, and would name the state's leader (Xi Jinping) for the region's.
		default:
			d.roleReference(s, &r)
		}
		k = r.after - 1
	}
}

// bodyRoleNouns are titles a body holds as well as a person: "its Estonian counterpart Elering" is the grid
// operator's counterpart, a company.
var bodyRoleNouns = words("counterpart|counterparts")

// itsCounterpart reads a name after "its" and a body's role noun ("Fingrid said its Estonian counterpart
// Elering had agreed", "its Polish counterpart PSE"): "its" says the holder is no person, so the name is an
// organisation's, not a person's with a title. It reports whether it read one.
func (d *reading) itsCounterpart(s *sentence, k, n int) bool {
	if !bodyRoleNouns[s.toks[k].lower] || n != 1 {
		return false
	}
	b := k - 1
	for b >= 0 && b > k-4 && s.toks[b].lower != "its" && (s.toks[b].tag == "JJ" || s.toks[b].tag == "NNP" || s.at[b] >= 0) {
		b-- // "its Estonian", "its state-owned Polish"
	}
	if b < 0 || s.toks[b].lower != "its" {
		return false
	}
	i := k + 1
	if i < len(s.toks) && s.toks[i].text == "," {
		i++
	}
	e := nameAt(s, i)
	if e == i || e-i > maxCounterpartWords {
		return false
	}
	s.claim(d.newMention(s, i, e, graph.Organization, d.text.norm[s.toks[i].start:s.toks[e-1].end], ruleItsCounterpart, 0.7))
	return true
}

// ruleItsCounterpart names an organisation read after "its" and a body's role noun.
const ruleItsCounterpart = "name:its-counterpart"

// maxCounterpartWords bounds the name read after "its counterpart": a company's name, not a clause.
const maxCounterpartWords = 4

// titledBodyAt reads a state's body named by a common noun between the state and a title ("Sudanese army
// spokesman X", "Ethiopian government spokesman Y", "Thailand's army chief Z", "Philippine military
// spokesman W") as the collective the title belongs to, so that the holder serves the army, the government
// or the police and not the state itself (which the body is part of). Without the body read here, the
// collectives' reader takes "army" before "spokesman" for a modifier and the title goes to the state. It
// reports whether it read one.
func (d *reading) titledBodyAt(s *sentence, k int) bool {
	if !titledBodyFirst[s.toks[k].lower] {
		return false // (asked for every token: phraseAt builds strings, a map look-up does not)
	}
	noun, n := phraseAt(s, k, func(p string) bool { return stateBodies[titledBodyNouns[p]] })
	if n == 0 || s.at[k+n-1] >= 0 {
		return false
	}
	if _, _, t := titleAt(s, k+n); t == 0 || s.at[k+n] >= 0 || stateMinisterWords[s.toks[k+n].lower] {
		return false // "French Armed Forces Minister X" is a minister of the state, not of its forces
	}
	owner := affilBefore(s, k)
	if owner == nil || owner.kind != graph.State {
		return false // "government spokesman X", "NATO military spokesman Y": no state's body written
	}
	c := d.newMention(s, owner.i, k+n, graph.Organization, "", "name:collective", 0.75)
	c.special, c.topic, c.noun, c.ownerM = "collective", titledBodyNouns[noun], noun, owner
	d.replaceSpan(s, owner, c)
	return true
}

// titledBodyFirst are the first words of titledBodyNouns.
var titledBodyFirst = func() set {
	f := set{}
	for noun := range titledBodyNouns {
		f[strings.Fields(noun)[0]] = true
	}
	return f
}()

// stateMinisterWords open the titles of a state's ministers, whatever the words before them name.
var stateMinisterWords = words("minister|secretary")

// titledBodyNouns are the collective nouns of a state's bodies, and "military" (an adjective elsewhere:
// "military exercises"), that can stand between a state and a title.
var titledBodyNouns = func() map[string]string {
	m := map[string]string{"military": "armed forces"}
	for noun, class := range collectiveNouns {
		if stateBodies[class] {
			m[noun] = class
		}
	}
	return m
}()

// nonStateModifiers before a title make it a title of a group that is not the state: "opposition
// leader", "rebel commander", "party chairman".
var nonStateModifiers = words("opposition|rebel|rebels|party|union|student|militia|separatist|insurgent|protest|" +
	"guerrilla|jihadist|militant|tribal|clan|campaign|movement|church|religious")

// roleSite is a title found in a sentence, while its holder is looked for.
type roleSite struct {
	title    string
	rel      graph.RelType
	k, after int      // the title's tokens [k, after); after moves past what the role claims
	affil    *mention // what the title belongs to, when written before it
}

// placeOwnerBefore returns the region or city whose possessive stands right before a title, over
// adjectives only: "Tigray's president", "Catalonia's regional president", "Sindh's health minister" (the
// minister's field). Another noun between makes the title another body's ("Hamburg's police chief").
func placeOwnerBefore(s *sentence, k int, title string) *mention {
	minister := stateMinisterWords[title]
	i := k - 1
	for i >= 0 && k-i <= placeTitleAdjectives && s.at[i] < 0 && !s.toks[i].isCap() &&
		(roleAdjectives[s.toks[i].lower] || s.toks[i].tag == "JJ" || minister && s.toks[i].tag == "NN") {
		i--
	}
	if i < 1 || s.toks[i].lower != "'s" && s.toks[i].lower != "'" {
		return nil
	}
	m := s.mentionAt(i - 1)
	if m == nil || m.j != i || m.affix != "" || m.kind != graph.Place {
		return nil
	}
	return m
}

// placeTitleAdjectives is how many adjectives may stand between a place's possessive and its title:
// "Catalonia's former regional president".
const placeTitleAdjectives = 2

// localLeaderTitles are the titles of those who run a region or a city: with a place for owner, the holder
// leads the place ("Tigray's president", "the governor of Lagos State"), where the table of titles gives
// a governor or a mayor only an office in their state. cityLeaderTitles are those a capital's possessive
// still owns as a city ("Moscow's mayor"); any other title after a capital is its state's ("Beijing's
// envoy").
var (
	localLeaderTitles = words("president|premier|leader|governor|mayor|lord mayor|chief minister|first minister|" +
		"head|chief executive|prefect|administrator")
	cityLeaderTitles = words("mayor|lord mayor|governor")
)

// placeRel makes the role's holder lead the place that owns the title when the title is of those who run
// it; any other title keeps its relationship (a capital's then stands for its state, "Beijing's envoy").
func (r *roleSite) placeRel(m *mention) {
	if m != nil && m.kind == graph.Place && placeLeader(m, r.title) {
		r.rel = graph.Leads
	}
}

// placeLeader reports whether title is of one who runs the place m: a region's president or governor, a
// capital's mayor.
func placeLeader(m *mention, title string) bool {
	if m.acting || hasForm(m, formCapital) || hasForm(m, formStands) {
		return cityLeaderTitles[title]
	}
	return localLeaderTitles[title]
}

// ofPlace returns the place after "of" (and "the") at token k+1 whose leader the role's title names: "the
// governor of Lagos State, X", "Governor X of Lagos State", "the mayor of Kyiv, Y"; the role then leads it.
func (d *reading) ofPlace(s *sentence, k int, r *roleSite) *mention {
	i := k + 2
	if i < len(s.toks) && s.toks[k+1].lower == "of" && s.toks[i].lower == "the" {
		i++
	}
	if i >= len(s.toks) || s.toks[k+1].lower != "of" {
		return nil
	}
	m := s.mentionAt(i)
	if m == nil || m.i != i || m.kind != graph.Place || m.affix != "" || !placeLeader(m, r.title) {
		return nil
	}
	r.rel = graph.Leads
	return m
}

// titleOwnerBefore returns what a title belongs to when that is written before it: "Kazakh president",
// "the EU's foreign policy chief", "the agency's executive director", "White House national security
// spokesman" (over a few lower-case modifiers).
func (d *reading) titleOwnerBefore(s *sentence, k int) *mention {
	if a := affilBefore(s, k); a != nil {
		return a
	}
	if a := whoseOwner(s, k); a != nil {
		return a
	}
	if _, rel, _ := titleAt(s, k); rel == graph.Leads {
		if a := d.titledShortForm(s, k); a != nil {
			return a // "Unity's leader, Nika Melia" after "the opposition Unity bloc"
		}
	}
	if a := d.refOwnerBefore(s, k); a != nil {
		return a
	}
	i := k - 1
	for i >= 1 && k-i <= 3 && s.at[i] < 0 && !s.toks[i].isCap() && (s.toks[i].tag == "NN" || s.toks[i].tag == "JJ") && !determiners[s.toks[i].lower] {
		i--
	}
	if i < k-1 {
		return affilBefore(s, i+1)
	}
	return nil
}

// whoseOwner returns the organisation or state a relative "whose" before a title or role noun refers to,
// over up to whoseAdjectives adjectives: "the Mining Association of Canada, whose president, X, said",
// "Ecuador, whose foreign minister, Y, flew to Lima", "Glencore, whose largest shareholder is".
func whoseOwner(s *sentence, k int) *mention {
	w := k - 1
	for w > k-1-whoseAdjectives && w >= 0 && s.at[w] < 0 && (s.toks[w].tag == "JJ" || s.toks[w].tag == "JJS" || roleAdjectives[s.toks[w].lower]) {
		w--
	}
	if w < 2 || s.toks[w].lower != "whose" || s.toks[w-1].text != "," {
		return nil
	}
	m := s.mentionAt(beforeParenthesis(s, w-1))
	if m == nil || m.affix != "" || m.kind != graph.Organization && m.kind != graph.State {
		return nil
	}
	return m
}

// whoseAdjectives is how many adjectives may stand between "whose" and its noun: "whose largest", "whose
// new acting".
const whoseAdjectives = 2

// roleNameAfter reads a name right after the title, past honorifics: "President X (of Belarus)", "Prince
// Abdulaziz bin Salman".
func (d *reading) roleNameAfter(s *sentence, r *roleSite) bool {
	toks := s.toks
	ns := r.after
	for ns < len(toks) && honorificTitles[toks[ns].lower] && s.at[ns] < 0 {
		ns++
	}
	ne := d.titledNameEnd(s, ns)
	if ne <= ns {
		return false
	}
	if ne-ns == 1 && (toks[ns].tag != "NNP" && toks[ns].tag != "NNPS") {
		return true // a lower-case-looking single word: no name, and nothing else to read here
	}
	if kind := titledHeadKind(toks[ne-1].lower); kind != "" && ns == r.after {
		// "the Premier League", "King Khalid International Airport", "King Abdullah University": a title
		// that opens the name of an organisation or a place.
		s.claim(d.newMention(s, r.k, ne, kind, d.text.norm[toks[r.k].start:toks[ne-1].end], "name:titled-head", 0.75))
		return true
	}
	p := d.newMention(s, ns, ne, graph.Person, d.text.norm[toks[ns].start:toks[ne-1].end], "title", 0.9)
	if !s.claim(p) {
		return true
	}
	affil := r.affil
	if ne+1 < len(toks) && toks[ne].lower == "of" {
		// "President X of Belarus", "Police Commissioner X of the Metropolitan Police", "Under Secretary X of
		// Japan's defence ministry": what the text writes after the name says whose the title is, over a
		// class word before it ("Police") or a state whose body it names.
		if o := d.ofAffil(s, ne-1); o != nil && (affil == nil || affil.rule == "name:collective" || affil.kind == graph.State && o.kind == graph.Organization) {
			affil = o
		} else if affil == nil {
			affil = d.ofPlace(s, ne-1, r)
		}
	}
	d.addRole(p, r.title, r.rel, affil, "title:"+ruleName(r.rel), 0.9)
	if affil == nil || affil.rule == "name:collective" && affil.ownerM == nil {
		d.roles[len(d.roles)-1].head = orgHeadBefore(s, r.k, r.title)
	}
	r.after = ne
	return true
}

// titledHeadKind types a name that a title opens by its head word: an organisation's or a place's, or
// none (a person's).
func titledHeadKind(head string) graph.Kind {
	switch {
	case orgHeads[head]:
		return graph.Organization
	case placeHeadWords[head]:
		return graph.Place
	}
	return ""
}

// roleAppositionAfter reads the holder named after a comma: "the EU's foreign policy chief, Josep
// Borrell,", "its head, Ismail Demir", "the head of Kyrgyzstan's State Committee for National Security
// (GKNB), Kamchybek Tashiev", "the representative of Ukraine, Sergiy Kyslytsya".
func (d *reading) roleAppositionAfter(s *sentence, r *roleSite) bool {
	toks := s.toks
	comma := r.after
	affil := r.affil
	ownerOf := comma < len(toks) && (toks[comma].lower == "of" || toks[comma].lower == "for") && affil == nil
	if ownerOf {
		affil = d.ofAffil(s, r.after-1)
		if affil == nil {
			affil = d.ofPlace(s, r.after-1, r)
		}
	}
	if ownerOf || affil != nil && comma < len(toks) && titleComplements[toks[comma].lower] {
		// With its owner written before it, a title's complement names where or for what it serves, not
		// whom: "the bloc's special envoy for the Great Lakes, X", "Peru's ambassador to Mexico, Y".
		for comma < len(toks) && comma < r.after+10 && toks[comma].text != "," && !clauseStops[toks[comma].lower] &&
			!strings.HasPrefix(toks[comma].tag, "VB") && toks[comma].tag != "MD" {
			comma++ // (not past a verb: "the Prime Minister of Nepal will call on the President of India, X")
		}
	}
	if comma+1 >= len(toks) || toks[comma].text != "," {
		return false
	}
	ns := comma + 1
	for ns < len(toks) && ns < comma+4 && honorificTitles[toks[ns].lower] && s.at[ns] < 0 {
		ns++ // "the President of India, Smt. Droupadi Murmu": the honorific is no part of the name
	}
	ne := nameAt(s, ns)
	var p *mention
	if ne-ns < 2 && !(ne-ns == 1 && toks[ns].tag == "NNP" && s.toks[ns].isCap()) {
		if p, ne = d.titledAppositionHolder(s, ns); p == nil {
			return false
		}
	} else if p = d.newMention(s, ns, ne, graph.Person, d.text.norm[toks[ns].start:toks[ne-1].end], "apposition", 0.85); !s.claim(p) {
		return false
	}
	if affil == nil && r.after > 0 {
		affil = d.ofAffil(s, r.after-1)
	}
	d.addRole(p, r.title, r.rel, affil, "apposition:"+ruleName(r.rel), 0.85)
	r.after = ne
	return true
}

// titleComplements open a title's complement that says where or for what its holder serves: "envoy for
// the Great Lakes", "ambassador to Mexico", "representative in Kabul", "adviser on security".
var titleComplements = words("for|to|in|on")

// titledAppositionHolder reads a holder named after the comma of an apposition with a title or
// description of their own: "Its chairman, Angolan President X", "Ghana's envoy, former Foreign Minister
// Y", "its chief executive, Brazilian economist Z". The inner title is read as findRoles reads any title
// before a name, so the holder holds both. It returns the holder and the end of the name, or nil when none
// is named so, or when the name opens a list ("Kenya's president, Ugandan President Y and Tanzanian
// President Z" names three people).
func (d *reading) titledAppositionHolder(s *sentence, ns int) (*mention, int) {
	toks := s.toks
	j := ns
	for j < len(toks) && j < ns+maxRoleAdjectives && s.at[j] < 0 && roleAdjectives[toks[j].lower] {
		j++ // "former", "acting"
	}
	owned := false
	if m := s.mentionAt(j); m != nil && m.i == j && (m.kind == graph.State || m.kind == graph.Organization) {
		j, owned = m.j, true // "Angolan", "the UN's"
		if j < len(toks) && (toks[j].lower == "'s" || toks[j].lower == "'") {
			j++
		}
	}
	title, rel, n := titleAt(s, j)
	if n == 0 {
		if !owned {
			return nil, 0
		}
		return d.describedHolder(s, j)
	}
	if nonStateModifiers[toks[j-1].lower] || opensList(s, nameAt(s, j+n)) {
		return nil, 0
	}
	r := roleSite{title: title, rel: rel, k: j, after: j + n, affil: d.titleOwnerBefore(s, j)}
	roles := len(d.roles)
	d.roleNameAfter(s, &r)
	if len(d.roles) == roles {
		return nil, 0
	}
	return d.roles[len(d.roles)-1].person, r.after
}

// maxRoleAdjectives is how many role adjectives ("former", "acting") may open an apposition before its
// title.
const maxRoleAdjectives = 2

// maxDescriptionNouns is how many lower-case nouns may describe a holder between their state and their
// name: "Brazilian economist Z", "Fijian career diplomat Z".
const maxDescriptionNouns = 2

// describedHolder reads a name after a state's or body's adjective and a lower-case description at j:
// "Brazilian economist Magda Chambriard". It returns the person claimed and the end of the name, or nil.
func (d *reading) describedHolder(s *sentence, j int) (*mention, int) {
	toks := s.toks
	k := j
	for k < len(toks) && k < j+maxDescriptionNouns && s.at[k] < 0 && (toks[k].tag == "NN" || toks[k].tag == "JJ") && !toks[k].isCap() && !determiners[toks[k].lower] {
		k++
	}
	ne := nameAt(s, k)
	if k == j || ne-k < 2 || opensList(s, ne) {
		return nil, 0
	}
	p := d.newMention(s, k, ne, graph.Person, d.text.norm[toks[k].start:toks[ne-1].end], "apposition", 0.85)
	if !s.claim(p) {
		return nil, 0
	}
	return p, ne
}

// opensList reports whether "and" or "or" follows token j: a name there is one of a list, no apposition.
func opensList(s *sentence, j int) bool {
	return j < len(s.toks) && (s.toks[j].lower == "and" || s.toks[j].lower == "or")
}

// roleAppositionBefore reads the holder named before a comma: "X, the CSTO official,", "Tokayev, the
// Kazakhstan president,".
func (d *reading) roleAppositionBefore(s *sentence, r *roleSite) bool {
	toks := s.toks
	start := r.k
	if r.affil != nil {
		start = r.affil.i
	}
	for start > 0 && (roleAdjectives[toks[start-1].lower] || toks[start-1].tag == "JJ" && s.at[start-1] < 0) {
		start--
	}
	indefinite := false
	if start > 0 && (toks[start-1].lower == "the" || toks[start-1].lower == "a" || toks[start-1].lower == "an") {
		indefinite = toks[start-1].lower != "the"
		start--
	}
	if start < 2 || toks[start-1].text != "," {
		return false
	}
	ne := ageBefore(s, start-1)
	ns := ne
	for ns > 0 && ne-ns < 5 && s.at[ns-1] < 0 && (isNameToken(toks[ns-1]) && !notNames[toks[ns-1].lower] || nameParticles[toks[ns-1].lower]) {
		ns--
	}
	affil := r.affil
	if affil == nil {
		affil = d.ofAffil(s, r.after-1)
	}
	rel := r.rel
	if indefinite && rel == graph.Leads && affil != nil && affil.kind == graph.Organization {
		rel = graph.MemberOf // "X, a senior leader of the Congress party": one of its leaders, a member
	}
	titled := ns < ne && (titleWords[toks[ns].lower] || honorificTitles[toks[ns].lower])
	if ns < ne && (ns == 0 || !toks[ns-1].isCap() || titled && notNames[toks[ns-1].lower]) {
		for ne-ns > 2 && (titleWords[toks[ns].lower] || honorificTitles[toks[ns].lower]) && s.at[ns] < 0 {
			ns++ // "Colonel X, a spokesman for the army", "His Excellency Y, the President of Z": no word of the name
		}
		p := d.newMention(s, ns, ne, graph.Person, d.text.norm[toks[ns].start:toks[ne-1].end], "apposition", 0.85)
		if !s.claim(p) {
			return false
		}
		d.addRole(p, r.title, rel, affil, "apposition:"+ruleName(rel), 0.85)
		return true
	}
	if pm := s.mentionAt(ne - 1); pm != nil && pm.kind == graph.Person {
		d.addRole(pm, r.title, rel, affil, "apposition:"+ruleName(rel), 0.85)
		return true
	}
	return false
}

// maxAgeDigits is how many digits a person's age written between commas may have.
const maxAgeDigits = 3

// ageBefore returns where the name before the comma at c ends when an age set off by commas stands between
// them ("Hakainde Hichilema, 62, Zambia's president": the name ends at the comma before "62"), else c.
func ageBefore(s *sentence, c int) int {
	if c < 2 || s.toks[c-2].text != "," {
		return c
	}
	age := s.toks[c-1].text
	if age == "" || len(age) > maxAgeDigits || strings.Trim(age, "0123456789") != "" {
		return c
	}
	return c - 2
}

// roleReference records a title without a name, which coreference resolves: "Kazakhstan's president",
// "the leader", "the group's secretary general", "the foreign minister".
func (d *reading) roleReference(s *sentence, r *roleSite) {
	if r.affil == nil && (r.k == 0 || s.toks[r.k-1].lower != "the") || compoundModifier(s.toks, r.after-1) {
		return // "a minister", "the general election"
	}
	ref := "leader"
	if r.rel != graph.Leads {
		// "the foreign minister", "Japan's envoy": an office holder who leads nothing, only where the title
		// is a noun right after its determiner or owner ("the U.S. consulate general", "China's official
		// Xinhua news agency" hold no title)
		if !holderTitleAt(s, r) {
			return
		}
		ref = "holder"
	}
	m := d.newMention(s, r.k, r.after, "", "", "reference:title", 0.7)
	m.ref, m.refOf, m.topic = ref, r.affil, r.title
	s.claim(m)
}

// holderTitleAt reports whether an office holder's title without a name stands as a noun of its own: a
// noun after "the", "'s" or its owner's name, and no name after it.
func holderTitleAt(s *sentence, r *roleSite) bool {
	last := s.toks[r.after-1]
	if last.tag != "NN" && last.tag != "NNS" && last.tag != "NNP" {
		return false
	}
	if r.after < len(s.toks) && (s.at[r.after] >= 0 || s.toks[r.after].isCap()) {
		return false
	}
	prev := s.toks[r.k-1].lower
	return prev == "the" || prev == "'s" || prev == "'" || r.affil != nil && r.affil.j == r.k
}

// ofAffil returns the state or organisation a title names after it, right after token k: "... of
// Belarus", "a spokesman for the State Department"; in "of Russia's Wagner Group" and "for the Chinese
// Foreign Ministry" it is the organisation the state owns. "at", "with" and "from" name organisations only:
// "a researcher at the Lowy Institute", "a senator from the Liberal Party" (a senator from Texas is Texas's
// in another sense).
func (d *reading) ofAffil(s *sentence, k int) *mention {
	if k+2 >= len(s.toks) {
		return nil
	}
	prep := s.toks[k+1].lower
	switch {
	case prep == "for" && titles[s.toks[k].lower] == graph.SpokespersonFor, prep == "of":
	case affilPrepositions[prep]:
	default:
		return nil
	}
	i := k + 2
	o := s.mentionAt(i)
	if o == nil && s.toks[i].lower == "the" {
		i++
		if i+1 < len(s.toks) && sizeModifier(s.toks[i].lower) {
			i++ // "chair of the 16-member Southern African Development Community", "of the eight-nation bloc"
		}
		o = s.mentionAt(i)
		if o == nil && prep == "of" && titles[s.toks[k].lower] == graph.Leads {
			o = d.refMention(s, i, bodyRefs) // "chair of the bloc": the bloc named before
		}
	}
	if o == nil && i+1 < len(s.toks) && partyBefore[s.toks[i].lower] {
		o = s.mentionAt(i + 1) // "the leader of the opposition Jubilee party"
	}
	if o == nil {
		return nil
	}
	if org := orgOwnedBy(s, o); org != nil {
		return org
	}
	switch {
	case o.kind == graph.Organization, o.kind == "" && o.rule == "reference:noun" && bodyRefs[o.ref] && prep == "of":
		return o
	case affilPrepositions[prep]:
		return nil
	case o.kind == graph.State, prep == "of" && o.ref == "group" && s.toks[k+2].lower != "the":
		return o
	}
	return nil
}

// sizeSuffixes end the modifier that gives a body's size: "the 16-member bloc", "the 27-nation union".
var sizeSuffixes = []string{"-member", "-nation", "-country", "-state", "-strong"}

// sizeModifier reports whether a lower-case token gives a body's size: "16-member", "eight-nation".
func sizeModifier(w string) bool {
	for _, x := range sizeSuffixes {
		if strings.HasSuffix(w, x) && len(w) > len(x) {
			return true
		}
	}
	return false
}

// affilPrepositions tie a person's role to an organisation named after it: "an analyst at", "a lawyer
// with", "a lawmaker from", "a colonel in".
var affilPrepositions = words("at|with|from|in")

// orgOwnedBy returns the organisation a state's name or adjective owns right after it: "Russia's Wagner
// Group", "the Chinese Foreign Ministry"; nil when none follows, or when the organisation is one of many
// states' ("Russia's Security Council" is no UN body, so the state is meant).
func orgOwnedBy(s *sentence, o *mention) *mention {
	if o.kind != graph.State && o.ref != "group" {
		return nil
	}
	n := o.j
	if n < len(s.toks) && (s.toks[n].lower == "'s" || s.toks[n].lower == "'") {
		n++
	}
	org := s.mentionAt(n)
	if org == nil || org == o || org.kind != graph.Organization || org.i != n {
		return nil
	}
	if o.kind == graph.State && intergovernmental(org) {
		return nil
	}
	return org
}

func (d *reading) addRole(p *mention, title string, rel graph.RelType, affil *mention, rule string, conf float64) {
	if affil != nil && affil.kind == graph.State && rel == graph.Leads && (title == "chief" || title == "head") {
		rel = graph.OfficialOf
	}
	d.roles = append(d.roles, &role{person: p, title: title, rel: rel, affil: affil, rule: rule, conf: conf})
}

// ruleName is the rule suffix for a relationship type: LEADS → "leads".
func ruleName(t graph.RelType) string {
	return strings.ReplaceAll(strings.ToLower(string(t)), "_", "-")
}

// orgHeadNouns are the last words of organisations' names that stand for the whole name before a title:
// "Commission President Ursula von der Leyen" (the European Commission), "Fund chief X".
var orgHeadNouns = words("commission|council|parliament|bank|fund|agency|court|assembly|committee|union|alliance|organization|organisation")

// bodyClassWords open a title with the class of body it is held in, a word the body's name holds anywhere,
// not only last: "Police Commissioner X" after "the Hong Kong Police Force" or "the Kenya Police Service"
// (the one body in the article whose name has the word).
var bodyClassWords = words("police")

// orgHeadBefore returns the head noun, lower case, of an organisation named by it alone just before the
// title at token k, or as the title's first word; "" when there is none.
func orgHeadBefore(s *sentence, k int, title string) string {
	if f := strings.Fields(title); len(f) > 1 && (orgHeadNouns[f[0]] || bodyClassWords[f[0]]) && s.toks[k].isCap() {
		return f[0]
	}
	// A class word may be claimed as a collective ("Police"), which names no body of its own.
	if k == 0 {
		return ""
	}
	if w := s.toks[k-1].lower; (s.at[k-1] < 0 && orgHeadNouns[w] || bodyClassWords[w]) && s.toks[k-1].isCap() && (k < 2 || !s.toks[k-2].isCap()) {
		return w
	}
	return ""
}

// refOwnerBefore reads "the agency's executive director", "the company's chief executive": the reference
// before the title, claimed here since references are found after titles.
func (d *reading) refOwnerBefore(s *sentence, k int) *mention {
	if k >= 1 && s.at[k-1] < 0 && (s.toks[k-1].lower == "its" || s.toks[k-1].lower == "their") {
		// "its chief executive, X", "Its chairman is X": the pronoun, resolved later like any "its".
		m := d.newMention(s, k-1, k, "", "", "reference:pronoun", 0.8)
		m.ref = "its"
		if !s.claim(m) {
			return nil
		}
		return m
	}
	for j, stop := k-1, k-maxRoleAdjectives; j >= 0 && j >= stop && s.at[j] < 0 && roleAdjectives[s.toks[j].lower]; j-- {
		k = j // "the bloc's rotating chair, X", "the company's current chief executive"
	}
	if k < 3 || (s.toks[k-1].lower != "'s" && s.toks[k-1].lower != "'") || s.toks[k-3].lower != "the" || s.at[k-2] >= 0 {
		return nil
	}
	return d.refMention(s, k-2, ownerRefs)
}

// ownerRefs are the references that may own a title: "the bloc's chair", "the company's chief executive",
// "the country's president".
var ownerRefs = words("group|company|alliance|country")

// bodyRefs are the references a title's "of" may name: "chair of the bloc", "head of the alliance"; not "the
// group", which is as often a group of people ("A group of farmers ... X, leader of the group").
var bodyRefs = words("alliance")

// refMention claims the reference noun at i ("bloc", "company") as a mention to resolve later, when its
// reference is one of refs; references are found after titles, so a title's owner is claimed here.
func (d *reading) refMention(s *sentence, i int, refs map[string]bool) *mention {
	ref, ok := referenceNouns[s.toks[i].lower]
	if !ok || !refs[ref] || s.at[i] >= 0 {
		return nil
	}
	m := d.newMention(s, i, i+1, "", "", "reference:noun", 0.75)
	m.ref = ref
	if !s.claim(m) {
		return nil
	}
	return m
}

// intergovernmental reports whether a gazetteer organisation belongs to no one state: "Security Council"
// after "Russia's" is then no UN body.
func intergovernmental(m *mention) bool {
	for _, h := range m.gz {
		if h.e.typ == "intergovernmental" || h.e.typ == "alliance" || h.e.typ == "bloc" {
			return true
		}
	}
	return m.entity != nil && (m.entity.typ == "intergovernmental" || m.entity.typ == "alliance" || m.entity.typ == "bloc")
}
