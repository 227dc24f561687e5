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
	slices.SortFunc(eorder, func(x, y int32) int { return cmp.Or(strings.Compare(ents[x].ID, ents[y].ID), cmp.Compare(x, y)) })
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
	// The ids of all relations are cut from one string and their evidence from one array: at a million
	// relationships one allocation of each per relation was a fifth of ingest's allocations, and objects the
	// collector then scanned. A batch's relations live as long as its layer, so no piece keeps the others
	// longer than they would live anyway.
	size, evs := 0, 0
	for i := range rels {
		size += len(rels[i].From) + len(rels[i].Type) + len(rels[i].To) + 2
		evs += len(rels[i].Evidence)
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
	ids := make([]string, len(rels))
	for i := range rels {
		ids[i] = all[starts[i]:starts[i+1]] // RelationID(r.From, r.Type, r.To)
	}
	rorder := order[:len(rels)]
	for i := range rorder {
		rorder[i] = int32(i)
	}
	slices.SortFunc(rorder, func(x, y int32) int { return cmp.Or(strings.Compare(ids[x], ids[y]), cmp.Compare(x, y)) })
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

// Validate reports the first problem that would stop b from being stored. text is the document text the
// evidence must quote: b.Document.Text, or the stored text when the batch carries none.
func (b *Batch) Validate(text string) error {
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
	ids := make(map[string]bool, len(b.Entities))
	for _, e := range b.Entities {
		if err := e.Validate(); err != nil {
			return Errorf(EINVALID, "document %s: %s", d.ID, ErrorMessage(err))
		}
		ids[e.ID] = true
	}
	for _, r := range b.Relations {
		if err := validateRelation(d.ID, idx, r, ids); err != nil {
			return err
		}
	}
	return nil
}

func validateRelation(doc string, text TextIndex, r Relation, ids map[string]bool) error {
	if _, ok := r.Type.Info(); !ok {
		return Errorf(EINVALID, "document %s: relationship %s: unknown type %q", doc, Clip(r.ID), Clip(string(r.Type)))
	}
	// Until both ends are known entity ids (at most about 140 characters each), r.ID may be any length.
	for _, end := range []string{r.From, r.To} {
		if !ids[end] {
			return Errorf(EINVALID, "document %s: relationship %s: entity %q is not in the batch", doc, Clip(r.ID), Clip(end))
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
		if ev.Claim != "" && ev.Claim != ClaimUnattributed && !ids[ev.Claim] {
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
