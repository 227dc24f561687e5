package graph

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Origin names of batches: the text layer is what the extractor read from the document; an overlay layer is
// what an analyst's overlay file says about it ("overlay:kazakhstan.overlay.yaml").
const (
	OriginText    = "text"
	OriginOverlay = "overlay:"
)

// ValidOrigin reports whether an origin names a kind of layer: OriginText, or OriginOverlay followed by a
// name. Validate refuses the others, saying so.
func ValidOrigin(origin string) bool {
	return origin == OriginText || (len(origin) > len(OriginOverlay) && strings.HasPrefix(origin, OriginOverlay))
}

// Batch is what one source says about one document: the document, and the entities and relationships drawn
// from it. Stores write a batch atomically and replace what the same (document, origin) pair wrote before,
// so an overlay can be re-ingested without touching what the extractor found and the other way round.
//
// A batch is self-contained: every relationship's ends are among its entities, and every piece of evidence
// quotes its document.
type Batch struct {
	// Document is the document. Its Text may be empty in an overlay batch for a document the store already
	// holds; the store then checks the evidence against the stored text.
	Document  Document   `json:"document"`
	Origin    string     `json:"origin"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}

// Normalize puts b in canonical form, so that two batches with the same facts are equal byte for byte: it
// merges entities with the same id (union of aliases, first non-empty description) and relationships with
// the same id (union of evidence), sorts everything, copies the document's publication date into its
// evidence and sets every relationship's stance from its evidence.
func (b *Batch) Normalize() {
	// Entities and relationships are ordered by id and then by position, and each run of equal ids is
	// merged in the order the batch gives them: sorting small indexes rather than the structs, and no map.
	ents := b.Entities
	order := make([]int32, max(len(ents), len(b.Relations)))
	eorder := order[:len(ents)]
	for i := range eorder {
		eorder[i] = int32(i)
	}
	// A batch from the extractor, an overlay or the resolver is normalised already, in the order the sort
	// would give (ties stay in place): checking that costs less than sorting.
	if !slices.IsSortedFunc(ents, func(a, b Entity) int { return strings.Compare(a.ID, b.ID) }) {
		slices.SortFunc(eorder, func(x, y int32) int { return cmp.Or(strings.Compare(ents[x].ID, ents[y].ID), cmp.Compare(x, y)) })
	}
	// New slices, never the caller's backing arrays: a Batch copied by value must not change under its copy.
	outEnts := make([]Entity, 0, len(ents))
	for k := 0; k < len(eorder); {
		e := ents[eorder[k]]
		e.Aliases = MergeAliases(e.Name, e.Aliases)
		for k++; k < len(eorder) && ents[eorder[k]].ID == e.ID; k++ {
			next := &ents[eorder[k]]
			e.Aliases = MergeAliases(e.Name, e.Aliases, next.Aliases, []string{next.Name})
			e.Description = cmp.Or(e.Description, next.Description)
		}
		outEnts = append(outEnts, e)
	}
	b.Entities = outEnts

	rels := b.Relations
	// The evidence of all relations is cut from one array (see buildRelationIDs for why). A normalised
	// batch's relations have their ids already, in order: then those ids (strings, which never change) are
	// used as they are, and none is built or sorted.
	evs, canonical := 0, true
	for i := range rels {
		r := &rels[i]
		evs += len(r.Evidence)
		canonical = canonical && isRelationID(r.ID, r.From, r.Type, r.To) && (i == 0 || rels[i-1].ID <= r.ID)
	}
	rorder := order[:len(rels)]
	for i := range rorder {
		rorder[i] = int32(i)
	}
	ids := make([]string, len(rels))
	if canonical {
		for i := range rels {
			ids[i] = rels[i].ID
		}
	} else {
		buildRelationIDs(rels, ids)
		slices.SortFunc(rorder, func(x, y int32) int { return cmp.Or(strings.Compare(ids[x], ids[y]), cmp.Compare(x, y)) })
	}
	outRels := make([]Relation, 0, len(rels))
	evidence := make([]Evidence, 0, evs)
	for k := 0; k < len(rorder); {
		r := rels[rorder[k]]
		r.ID = ids[rorder[k]]
		start := len(evidence)
		evidence = append(evidence, r.Evidence...)
		for k++; k < len(rorder) && ids[rorder[k]] == r.ID; k++ {
			evidence = append(evidence, rels[rorder[k]].Evidence...)
		}
		if len(evidence) == start {
			r.Evidence = slices.Clone(r.Evidence) // nil stays nil, as before (Validate refuses both)
		} else {
			r.Evidence = evidence[start:len(evidence):len(evidence)]
		}
		for i := range r.Evidence {
			r.Evidence[i].Published = b.Document.Published
		}
		// Clipped, so that appending to one relation's evidence copies it rather than write into the
		// next one's (TestNormalizedEvidenceIsApart).
		r.Evidence = slices.Clip(SortEvidence(r.Evidence))
		r.Stance = MergeStance(r.Evidence)
		outRels = append(outRels, r)
	}
	b.Relations = outRels
}

// isRelationID reports whether id is RelationID(from, t, to), without building that.
func isRelationID(id, from string, t RelType, to string) bool {
	f, k := len(from), len(from)+1+len(t)
	return len(id) == k+1+len(to) && id[:f] == from && id[f] == '|' && id[f+1:k] == string(t) && id[k] == '|' &&
		id[k+1:] == to
}

// buildRelationIDs sets ids[i] to RelationID of rels[i], cutting them all from one string, as Normalize cuts
// the evidence from one array: at a million relationships one allocation of each per relation was a fifth of
// ingest's allocations, and objects the collector then scanned. A batch's relations live as long as its
// layer, so no piece keeps the others longer than they would live anyway.
func buildRelationIDs(rels []Relation, ids []string) {
	size := 0
	for i := range rels {
		size += len(rels[i].From) + len(rels[i].Type) + len(rels[i].To) + 2
	}
	var sb strings.Builder
	sb.Grow(size)
	starts := make([]int, len(rels)+1)
	for i := range rels {
		r := &rels[i]
		starts[i] = sb.Len()
		sb.WriteString(r.From)
		sb.WriteByte('|')
		sb.WriteString(string(r.Type))
		sb.WriteByte('|')
		sb.WriteString(r.To)
	}
	starts[len(rels)] = sb.Len()
	all := sb.String()
	for i := range rels {
		ids[i] = all[starts[i]:starts[i+1]]
	}
}

// Validate reports the first problem that would stop b from being stored. text is the document text the
// evidence must quote: b.Document.Text, or the stored text when the batch carries none.
func (b *Batch) Validate(text string) error { return b.ValidateEnds(text, nil) }

// ValidateEnds is Validate, which finds every relationship's ends among the batch's entities, and keeps
// what it found: when ends is not nil (at least two a relationship) and b is valid, ends[2i] and ends[2i+1]
// are the positions in b.Entities of the entities with relationship i's From and To ids (the first of
// them, should two entities share an id). A store that ingests b finds them there rather than look every
// end up again (graph/layer keeps them beside the normalised batch).
func (b *Batch) ValidateEnds(text string, ends []int32) error {
	d := b.Document
	if !ValidOrigin(b.Origin) {
		return Errorf(EINVALID, "document %s: origin %q is neither %q nor %q followed by a name", d.ID, Clip(b.Origin), OriginText, OriginOverlay)
	}
	if d.Text != "" || d.Hash != "" {
		if err := d.Validate(); err != nil {
			return err
		}
	} else if d.ID == "" {
		return Errorf(EINVALID, "batch has no document id")
	}
	idx := NewTextIndex(text)
	for _, e := range b.Entities {
		if err := e.Validate(); err != nil {
			return Errorf(EINVALID, "document %s: %s", d.ID, ErrorMessage(err))
		}
	}
	ids := newEntitySet(b.Entities)
	var at *[2]int32
	for i, r := range b.Relations {
		if ends != nil {
			at = (*[2]int32)(ends[2*i : 2*i+2])
		}
		if err := validateRelation(d.ID, idx, r, ids, at); err != nil {
			return err
		}
	}
	return nil
}

// entitySet answers whether an id is that of one of a batch's entities. A normalised batch's entities are
// sorted by id, unique, and found by a binary search; the others go in a map. Building a map for every
// batch was a fifth of validating the batches of an ingest at a million relationships.
type entitySet struct {
	sorted []Entity
	ids    map[string]int32 // the position of each id's first entity
}

func newEntitySet(entities []Entity) entitySet {
	if slices.IsSortedFunc(entities, func(a, b Entity) int { return strings.Compare(a.ID, b.ID) }) {
		return entitySet{sorted: entities}
	}
	ids := make(map[string]int32, len(entities))
	for i, e := range entities {
		if _, dup := ids[e.ID]; !dup {
			ids[e.ID] = int32(i)
		}
	}
	return entitySet{ids: ids}
}

func (s entitySet) has(id string) bool {
	_, found := s.find(id)
	return found
}

// find returns the position of the first entity with the id, and whether there is one.
func (s entitySet) find(id string) (int32, bool) {
	if s.ids != nil {
		i, found := s.ids[id]
		return i, found
	}
	i, found := slices.BinarySearchFunc(s.sorted, id, func(e Entity, id string) int { return strings.Compare(e.ID, id) })
	return int32(i), found
}

// validateRelation checks a relationship of a batch and, when at is not nil, puts the positions of its
// ends among the batch's entities there.
func validateRelation(doc string, text TextIndex, r Relation, ids entitySet, at *[2]int32) error {
	if _, ok := r.Type.Info(); !ok {
		return Errorf(EINVALID, "document %s: relationship %s: unknown type %q", doc, Clip(r.ID), Clip(string(r.Type)))
	}
	// Until both ends are known entity ids (at most about 140 characters each), r.ID may be any length.
	for k, end := range [2]string{r.From, r.To} {
		i, found := ids.find(end)
		if !found {
			return Errorf(EINVALID, "document %s: relationship %s: entity %q is not in the batch", doc, Clip(r.ID), Clip(end))
		}
		if at != nil {
			at[k] = i
		}
	}
	if r.From == r.To {
		return Errorf(EINVALID, "document %s: relationship %s links an entity to itself", doc, r.ID)
	}
	if len(r.Evidence) == 0 {
		return Errorf(EINVALID, "document %s: relationship %s has no evidence", doc, r.ID)
	}
	for _, ev := range r.Evidence {
		if ev.Document != doc {
			return Errorf(EINVALID, "document %s: relationship %s: evidence quotes document %q", doc, r.ID, Clip(ev.Document))
		}
		if _, err := ParseStance(string(ev.Stance)); err != nil {
			return Errorf(EINVALID, "document %s: relationship %s: %s", doc, r.ID, ErrorMessage(err))
		}
		if ev.Origin != Curated && ev.Origin != Extracted {
			return Errorf(EINVALID, "document %s: relationship %s: evidence origin %q is neither %q nor %q", doc, r.ID, Clip(ev.Origin), Curated, Extracted)
		}
		if ev.Confidence < 0 || ev.Confidence > 1 {
			return Errorf(EINVALID, "document %s: relationship %s: confidence %v is outside 0..1", doc, r.ID, ev.Confidence)
		}
		if ev.Claim != "" && ev.Claim != ClaimUnattributed && !ids.has(ev.Claim) {
			return Errorf(EINVALID, "document %s: relationship %s: the claimant %q is not an entity of the batch", doc, r.ID, Clip(ev.Claim))
		}
		if got, ok := text.Slice(ev.Start, ev.End); !ok || got != ev.Text {
			return Errorf(EINVALID, "document %s: relationship %s: evidence %q is not the text at characters %d..%d", doc, r.ID, ClipTo(ev.Text, 60), ev.Start, ev.End)
		}
	}
	return nil
}

// TextIndex slices a text by code-point offsets in constant time, where Slice walks the text from the start
// for every range: validating a batch checks every piece of evidence, and most texts are long.
type TextIndex struct {
	text   string
	starts []int32 // byte offset of every code point, and len(text) at the end; nil for ASCII text
	n      int     // code points
}

// NewTextIndex indexes text (at most 2 GiB, which no document comes near: they are at most 16 MiB).
func NewTextIndex(text string) TextIndex {
	ix := TextIndex{text: text, n: len(text)}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ix.starts = make([]int32, 0, len(text)+1)
			for j := range text {
				ix.starts = append(ix.starts, int32(j))
			}
			ix.n = len(ix.starts)
			ix.starts = append(ix.starts, int32(len(text)))
			break
		}
	}
	return ix
}

// Slice returns the characters [start, end) of the text, counted in code points, and false when the range
// is outside the text: what Slice returns, without walking the text.
func (ix TextIndex) Slice(start, end int) (string, bool) {
	if start < 0 || end < start || end > ix.n {
		return "", false
	}
	if ix.starts == nil {
		return ix.text[start:end], true
	}
	return ix.text[ix.starts[start]:ix.starts[end]], true
}
