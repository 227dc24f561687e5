package extract

import (
	"cmp"
	"context"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/jdkato/prose/v3/ner"
	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tokenize"
)

// MaxText is the longest document text Extract reads, in bytes: far above any news story, it bounds the
// memory one call can take.
const MaxText = 4 << 20

// Extractor reads news text and returns the actors it names and the relationships it states. It holds the
// language models and the gazetteer, loaded once by New; one Extractor is safe for concurrent use.
type Extractor struct {
	gz  *gazetteer
	seg *segment.Segmenter
	tok *tokenize.Tokenizer
	tag *tag.Tagger
	ner *ner.Extracter
	// pairs is the pair classifier; nil reads with the rules alone, as its training does.
	pairs *pairModel
}

// New loads the models and the gazetteer.
func New() (*Extractor, error) {
	gz, err := loadGazetteer()
	if err != nil {
		return nil, graph.Errorf(graph.EINTERNAL, "extract: gazetteer: %v", err)
	}
	seg, err := segment.New()
	if err != nil {
		return nil, graph.Errorf(graph.EINTERNAL, "extract: sentence model: %v", err)
	}
	tg, err := tag.New()
	if err != nil {
		return nil, graph.Errorf(graph.EINTERNAL, "extract: tagger model: %v", err)
	}
	nr, err := ner.New()
	if err != nil {
		return nil, graph.Errorf(graph.EINTERNAL, "extract: entity model: %v", err)
	}
	return &Extractor{gz: gz, seg: seg, tok: tokenize.New(), tag: tg, ner: nr, pairs: trainedPairs}, nil
}

// reading is the state of one Extract call.
type reading struct {
	extractor *Extractor
	text      *text
	sents     []*sentence

	roles  []*role
	descs  []*described
	hidden []*mention // mentions another took the place of ("Almaty" inside "the Almaty airport")

	acronyms     map[string]*mention
	acronymNames map[string]string
	stateBodies  map[string]*entity // a state's body named by common words ("Constitutional Court"), by its folded name
	orgNames     []string           // organisations' names of two words or more, for their short forms (shortforms.go)
	commonOrgs   []string           // such names that open with a common word ("Unity bloc"), shortened only before a title
	personWords  map[string]bool    // the words of persons' names, which shorten no organisation's (shortforms.go)
	contextOrgs  map[string]bool    // the names of organisations read by their context (contextorgs.go), folded: true for a company

	ents    map[string]*entity
	entList []*entity
	focus   *entity
	// focusAlone: the focus is the only state the article names (chooseFocus).
	focusAlone bool
	// focusClear: the article names its focus more than focusDominance times as often as any other state.
	focusClear bool
	leaders    map[*entity][]*entity // state or organisation → the people who lead it
	rels       []*rel
	dateline   *entity
	// datelineIn is the state or region a dateline places its city in: "ABUJA, Nigeria —".
	datelineIn *entity
	surnames   map[string][]*entity
	lede       []*entity
	// statePairs are the lists of states the text names together, sentence by sentence (articlePair).
	statePairs []namedList
	rolesDone  bool
	built      []builtRel
	// focusLeader is the one person whose government, named by his name alone, the article's focus state
	// was given ("Hichilema's government" in a Zambian story); another such leader is left unguessed.
	focusLeader *entity
	// affiliations lists, for each person, the states and organisations the text says they lead, serve or
	// speak for: a speaker who serves the actor of a claim states a fact, not a claim.
	affiliations map[*entity][]*entity
	// guessed marks the entities whose names no gazetteer or definition confirms.
	guessed map[*entity]bool
	// instruments are the acronyms the text defined for a law or treaty ("... Sanctions Act (CAATSA)"):
	// no actor wherever they stand.
	instruments set
}

// entity is an actor as the document names it.
type entity struct {
	kind    graph.Kind
	name    string
	aliases []string
	desc    string
	gz      *gzEntry
	code    string // the state it is, belongs to or is based in
	order   int
	count   int
	typ     string
	// generic marks an actor the text names by a common noun ("the Kenyan government", "protesters"): it is
	// reported only when it takes part in a relationship.
	generic bool
	// tied marks a generic actor the text ties to its state by name ("Kazakh security forces", "the
	// government of Niger"), which an analyst lists even when it only belongs to that state; one tied only
	// by the article's focus ("the police said") is kept only when it acts.
	tied bool
	// class is the class of a collective ("junta", "police"): a later bare "the junta" is the one named last.
	class string
	// named marks an actor the text names other than by an adjective of it: a region read only from
	// "European governments" or "the Himalayan frontier" is no actor of the article unless a relationship
	// holds it (on the development split 12 of 13 such places were not the analyst's).
	named bool
	// outlet marks an organisation a descriptor says is a news outlet ("the state news agency Kazinform").
	outlet bool
	// business marks an organisation a descriptor says is a company, a bank or a trader ("Eesti Energia, the
	// state-owned Estonian power company"): see firmLike.
	business bool
}

// graphKind is the kind the entity is stored as. The rules read a news outlet as the organisation it is
// (it says, reports, is based in a state); the graph keeps it apart, so that allies, blocs and centrality
// leave it out unless asked (view.ActorKinds): RIA Novosti quoting Russia's officials put it in Russia's bloc.
func (e *entity) graphKind() graph.Kind {
	if e.kind == graph.Organization && (e.typ == "media" || e.outlet || e.typ == "" && outletNameRE.MatchString(e.name) && !overseerRE.MatchString(e.name)) {
		return graph.Outlet
	}
	return e.kind
}

// outletNameRE matches the name of a news outlet the gazetteer does not know by the words in it
// ("Radiodiffusion Télévision du Burkina", "Khabar News Agency"), not that of a body that oversees them.
var (
	outletNameRE = regexp.MustCompile(`(?i)\b(?:news agency|press agency|television|télévision|broadcasting (?:corporation|company|service)|radio)\b`)
	overseerRE   = regexp.MustCompile(`(?i)\b(?:ministry|authority|commission|council|regulator|committee)\b`)
)

// Extract reads the document's text and returns its text layer: the entities it names and the
// relationships it states, each with the sentence that states it. The same document always gives the same
// batch. It fails only for text that is not valid UTF-8 or is longer than MaxText, or when ctx ends.
func (x *Extractor) Extract(ctx context.Context, d graph.Document) (graph.Batch, error) {
	b := graph.Batch{Document: d, Origin: graph.OriginText, Entities: []graph.Entity{}, Relations: []graph.Relation{}}
	if !utf8.ValidString(d.Text) {
		return graph.Batch{}, graph.Errorf(graph.EINVALID, "document %s: text is not valid UTF-8", d.ID)
	}
	if len(d.Text) > MaxText {
		return graph.Batch{}, graph.Errorf(graph.ETOOLARGE, "document %s: %d bytes of text is over the %d-byte limit", d.ID, len(d.Text), MaxText)
	}
	st, err := x.read(ctx, d.Text)
	if err != nil {
		return graph.Batch{}, err
	}
	st.build(&b, KeepAbove)
	b.Normalize()
	return b, nil
}

// read runs the pipeline over a text up to the relationships and their confidences.
func (x *Extractor) read(ctx context.Context, text string) (*reading, error) {
	st := &reading{extractor: x, acronyms: map[string]*mention{}, acronymNames: map[string]string{}, ents: map[string]*entity{},
		leaders: map[*entity][]*entity{}, affiliations: map[*entity][]*entity{}, guessed: map[*entity]bool{}}
	st.text = prepare(text, x.isOrgAcronym)
	st.sents = x.sentences(st.text)
	for n, s := range st.sents {
		if n%32 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		x.tokenize(st.text, s)
		st.findMentions(s)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	st.laterDefinitions()
	st.retypeContextOrgs()
	st.resolve()
	st.markBusinesses()
	st.markSentences()
	st.findRelations()
	return st, nil
}

// laterDefinitions gives an acronym used before the text defines it the defined name: a headline says
// "CPEC" that the body spells out as "the China-Pakistan Economic Corridor (CPEC)" only later.
func (d *reading) laterDefinitions() {
	for _, s := range d.sents {
		for _, m := range s.ments {
			if m.rule != "acronym:unknown" {
				continue
			}
			if name, ok := d.acronymNames[m.surface]; ok {
				m.name, m.rule = name, "acronym"
				if def := d.acronyms[m.surface]; def != nil {
					m.kind = def.kind
				}
			}
		}
	}
}

// markSentences counts each sentence's actors and notes its quotations, and records which entities rest
// on a guess alone: features of the confidence model.
func (d *reading) markSentences() {
	confirmed := map[*entity]bool{}
	for _, s := range d.sents {
		s.quoted = strings.Contains(d.text.norm[s.start:s.end], "\"")
		for _, m := range s.ments {
			if m.entity == nil {
				continue
			}
			s.actors++
			switch {
			case m.gz != nil, m.ref != "", m.special != "", strings.HasPrefix(m.rule, "acronym"), m.rule == "title", m.rule == "apposition", m.rule == "coref:surname":
				confirmed[m.entity] = true
			default:
				d.guessed[m.entity] = true
			}
		}
	}
	for e := range confirmed {
		delete(d.guessed, e)
	}
}

func (x *Extractor) isOrgAcronym(s string) bool {
	for _, h := range x.gz.lookup(s) {
		if h.e.kind == graph.Organization {
			return true
		}
	}
	return false
}

// entity returns the document's entity of the kind and name, creating it.
func (d *reading) entity(kind graph.Kind, name string) *entity {
	name = capName(strings.TrimSpace(name))
	key := string(kind) + ":" + graph.Fold(name)
	if e, ok := d.ents[key]; ok {
		return e
	}
	e := &entity{kind: kind, name: name, order: len(d.entList)}
	d.ents[key] = e
	d.entList = append(d.entList, e)
	return e
}

// capName cuts a name the rules built to the store's limit, with "…" where it was cut: no real name is
// that long, but a capitalised run of words joined by hyphens is read as one name word (a run of 80 such
// words made a name of 805 characters, and the store refused the whole article).
func capName(n string) string {
	if len(n) <= graph.MaxNameLength {
		return n
	}
	return graph.ClipTo(n, graph.MaxNameLength-1)
}

func (e *entity) alias(a string) {
	a = capName(strings.TrimSpace(a))
	if a == "" || graph.Fold(a) == "" || graph.Fold(a) == graph.Fold(e.name) {
		return
	}
	for _, x := range e.aliases {
		if graph.Fold(x) == graph.Fold(a) {
			return
		}
	}
	e.aliases = append(e.aliases, a)
}

// build fills the batch: the entities mentioned and the relationships with their evidence. A relationship
// stated in the body keeps only its body sentences: a caption repeats the story and must not count twice.
func (d *reading) build(b *graph.Batch, keepAbove float64) {
	used := map[*entity]bool{}
	for _, e := range d.entList {
		if e.count > 0 && (!e.generic || e.tied) && (e.named || e.kind != graph.Place) {
			used[e] = true
		}
	}
	type key struct {
		from, to *entity
		typ      graph.RelType
	}
	inBody := map[key]bool{}
	for _, r := range d.rels {
		if r.sentence.kind != regCaption && r.conf >= keepAbove {
			inBody[key{r.from, r.to, r.t()}] = true
		}
	}
	acts := map[*entity]bool{} // generic actors that do something beyond what their names say
	for _, e := range d.entList {
		if e.tied {
			acts[e] = true
		}
	}
	for _, r := range d.rels {
		if !strings.HasPrefix(r.rule, "name:") && r.conf >= keepAbove {
			acts[r.from], acts[r.to] = true, true
		}
	}
	seen := map[string]int{}
	for _, r := range d.rels {
		if r.conf < keepAbove || r.sentence.kind == regCaption && inBody[key{r.from, r.to, r.t()}] {
			continue
		}
		if r.from.generic && !acts[r.from] || r.to.generic && !acts[r.to] {
			continue // "the Kenyan police" named in passing: no actor of the graph
		}
		used[r.from], used[r.to] = true, true
		start, end := d.text.origRange(r.sentence.start, r.sentence.end)
		ev := graph.Evidence{Document: b.Document.ID, Text: d.text.origText(r.sentence.start, r.sentence.end), Start: start, End: end,
			Stance: r.stance, Origin: graph.Extracted, Rule: r.rule, Confidence: round2(r.conf)}
		if r.claimed {
			ev.Claim = graph.ClaimUnattributed
			if r.claimant != nil {
				used[r.claimant] = true
				ev.Claim = graph.EntityID(r.claimant.graphKind(), r.claimant.name)
			}
		}
		from, to := graph.EntityID(r.from.graphKind(), r.from.name), graph.EntityID(r.to.graphKind(), r.to.name)
		if info, _ := r.typ.Info(); info.Symmetric && to < from {
			from, to = to, from
		}
		// One piece of evidence per sentence and relationship: the most confident rule.
		id := graph.RelationID(from, r.typ, to) + "@" + itoa(start)
		if n, ok := seen[id]; ok {
			prev := &b.Relations[n].Evidence[0]
			if ev.Confidence > prev.Confidence || ev.Confidence == prev.Confidence && ev.Rule < prev.Rule {
				*prev = ev
			}
			continue
		}
		seen[id] = len(b.Relations)
		b.Relations = append(b.Relations, graph.Relation{From: from, To: to, Type: r.typ, Evidence: []graph.Evidence{ev}})
	}
	ents := make([]*entity, 0, len(used))
	for e := range used {
		ents = append(ents, e)
	}
	slices.SortFunc(ents, func(a, b *entity) int { return cmp.Compare(a.order, b.order) })
	// An alias that folds like another entity's name or alias ("OPEC+" and "OPEC") would make the
	// entities impossible to tell apart by name: it is left out.
	names := map[string]int{}
	for _, e := range ents {
		seen := map[string]bool{}
		for _, n := range append([]string{e.name}, e.aliases...) {
			if f := graph.Fold(n); !seen[f] {
				seen[f] = true
				names[f]++
			}
		}
	}
	for _, e := range ents {
		var aliases []string
		for _, a := range e.aliases {
			if names[graph.Fold(a)] == 1 {
				aliases = append(aliases, a)
			}
		}
		ge := graph.NewEntity(e.graphKind(), e.name, aliases...)
		ge.Description = e.desc
		b.Entities = append(b.Entities, ge)
	}
}

func (r *rel) t() graph.RelType { return r.typ }

func round2(f float64) float64 {
	return float64(int(f*100+0.5)) / 100
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
