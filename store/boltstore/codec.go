package boltstore

import (
	"encoding/binary"
	"errors"
	"math"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/layer"
)

// The records are a compact binary form rather than JSON because Open decodes every layer of the store:
// at a million relationships JSON decoding alone took seconds. Each record starts with its own version byte
// so one kind of record can change without rewriting the others.
const (
	documentRecord = 1
	// Version 2 of a layer adds each piece of evidence's claim; version 1 records, written before claims
	// existed, are still read (their evidence states facts).
	layerRecord   = 2
	layerRecordV1 = 1
)

var errCorrupt = errors.New("corrupt record")

// layerKey is the key of a layer: the length of the document id, the id and the origin, so no id can make
// two keys collide and all layers of one document share a prefix.
func layerKey(doc, origin string) []byte {
	b := binary.AppendUvarint(make([]byte, 0, 2+len(doc)+len(origin)), uint64(len(doc)))
	b = append(b, doc...)
	return append(b, origin...)
}

func splitLayerKey(k []byte) (doc, origin string, err error) {
	n, size := binary.Uvarint(k)
	if size <= 0 || uint64(len(k)-size) < n {
		return "", "", errCorrupt
	}
	return string(k[size : size+int(n)]), string(k[size+int(n):]), nil
}

// layerSize is about the size of l encoded, at least: the buffer is allocated once rather than grown by
// doubling (in a profile of a 1M-relationship ingest, growing it was about half of encodeLayer's time).
func layerSize(l *layer.Layer) int {
	n := 16
	for _, e := range l.Entities {
		n += 8 + len(e.ID) + len(e.Name) + len(e.Kind) + len(e.Description)
		for _, a := range e.Aliases {
			n += 2 + len(a)
		}
	}
	for _, rel := range l.Relations {
		n += 8 + len(rel.Type)
		for _, ev := range rel.Evidence {
			n += 25 + len(ev.Text) + len(ev.Stance) + len(ev.Origin) + len(ev.Rule) + len(ev.Claim)
		}
	}
	return n
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func encodeDocument(d graph.Document) []byte {
	b := make([]byte, 0, 64+len(d.Title)+len(d.Source)+len(d.URL)+len(d.Hash)+len(d.Text))
	b = append(b, documentRecord)
	for _, s := range []string{d.ID, d.Title, d.Source, d.URL, d.Published, d.Hash, d.Text} {
		b = appendString(b, s)
	}
	return b
}

func decodeDocument(v []byte) (graph.Document, error) {
	r := reader{s: string(v)}
	if r.byte() != documentRecord {
		return graph.Document{}, errCorrupt
	}
	d := graph.Document{ID: r.string(), Title: r.string(), Source: r.string(), URL: r.string(),
		Published: r.string(), Hash: r.string(), Text: r.string()}
	return d, r.done()
}

// encodeLayer writes a normalised layer. What the layer can rebuild is left out: relation ids and stances,
// and the document id and date of the evidence (the date is the document's, which may change later).
func encodeLayer(l *layer.Layer) []byte {
	b := make([]byte, 1, layerSize(l))
	b[0] = layerRecord
	b = binary.AppendUvarint(b, uint64(len(l.Entities)))
	for i := range l.Entities {
		b = appendEntity(b, &l.Entities[i])
	}
	b = binary.AppendUvarint(b, uint64(len(l.Relations)))
	for i := range l.Relations {
		rel := &l.Relations[i]
		// The planner kept where validating found the ends (a binary search for each otherwise).
		from, to, _ := l.Ends(i)
		b = binary.AppendUvarint(b, uint64(from))
		b = binary.AppendUvarint(b, uint64(to))
		b = appendString(b, string(rel.Type))
		b = binary.AppendUvarint(b, uint64(len(rel.Evidence)))
		for _, ev := range rel.Evidence {
			b = appendString(b, ev.Text)
			b = binary.AppendUvarint(b, uint64(ev.Start))
			b = binary.AppendUvarint(b, uint64(ev.End))
			b = appendEvidenceTail(b, &ev)
		}
	}
	return b
}

// appendEvidenceTail encodes what follows a piece of evidence's place, in layers and the image.
func appendEvidenceTail(b []byte, ev *graph.Evidence) []byte {
	b = appendString(b, string(ev.Stance))
	b = appendString(b, ev.Origin)
	b = appendString(b, ev.Rule)
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(ev.Confidence))
	return appendString(b, ev.Claim)
}

// appendEntity encodes an entity, as layers and the image hold them.
func appendEntity(b []byte, e *graph.Entity) []byte {
	b = appendString(b, e.ID)
	b = appendString(b, e.Name)
	b = appendString(b, string(e.Kind))
	b = binary.AppendUvarint(b, uint64(len(e.Aliases)))
	for _, a := range e.Aliases {
		b = appendString(b, a)
	}
	return appendString(b, e.Description)
}

// entity decodes what appendEntity wrote.
func (r *reader) entity(e *graph.Entity) {
	e.ID, e.Name, e.Kind = r.string(), r.string(), graph.Kind(r.string())
	e.Aliases = make([]string, r.count(1))
	for j := range e.Aliases {
		e.Aliases[j] = r.string()
	}
	e.Description = r.string()
}

// decodeLayer reads a layer of document d. The strings share the memory of one copy of v.
func decodeLayer(v []byte, d graph.Document) (*layer.Layer, error) {
	r := reader{s: string(v)}
	version := r.byte()
	if version != layerRecord && version != layerRecordV1 {
		return nil, errCorrupt
	}
	l := &layer.Layer{Entities: make([]graph.Entity, r.count(4))}
	for i := range l.Entities {
		r.entity(&l.Entities[i])
	}
	l.Relations = make([]graph.Relation, r.count(4))
	for i := range l.Relations {
		rel := &l.Relations[i]
		from, to := r.uvarint(), r.uvarint()
		if r.err != nil || from >= uint64(len(l.Entities)) || to >= uint64(len(l.Entities)) {
			return nil, errCorrupt
		}
		rel.From, rel.To, rel.Type = l.Entities[from].ID, l.Entities[to].ID, graph.RelType(r.string())
		rel.ID = graph.RelationID(rel.From, rel.Type, rel.To)
		rel.Evidence = make([]graph.Evidence, r.count(13))
		for j := range rel.Evidence {
			rel.Evidence[j] = graph.Evidence{Document: d.ID, Text: r.string(), Start: r.int(), End: r.int(),
				Published: d.Published, Stance: graph.Stance(r.string()), Origin: r.string(), Rule: r.string(),
				Confidence: r.float()}
			if version >= 2 {
				rel.Evidence[j].Claim = r.string()
			}
		}
		rel.Stance = graph.MergeStance(rel.Evidence)
	}
	return l, r.done()
}

// reader decodes a record held in a string, so decoded strings are substrings and cost no allocation.
// The first error sticks; later reads return zero values.
type reader struct {
	s   string
	err error
}

func (r *reader) fail() {
	if r.err == nil {
		r.err = errCorrupt
	}
	r.s = ""
}

func (r *reader) byte() byte {
	if len(r.s) == 0 {
		r.fail()
		return 0
	}
	c := r.s[0]
	r.s = r.s[1:]
	return c
}

func (r *reader) uvarint() uint64 {
	var x uint64
	for shift := uint(0); shift < 64; shift += 7 {
		if len(r.s) == 0 {
			break
		}
		c := r.s[0]
		r.s = r.s[1:]
		x |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return x
		}
	}
	r.fail()
	return 0
}

// count reads a number of items each at least minSize (≥ 1) bytes long, refusing counts the rest of the record
// cannot hold so that a damaged record cannot make us allocate gigabytes.
func (r *reader) count(minSize int) int {
	n := r.uvarint()
	if n > uint64(len(r.s)/minSize) {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *reader) int() int {
	n := r.uvarint()
	if n > math.MaxInt32 {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *reader) string() string {
	n := r.uvarint()
	if n > uint64(len(r.s)) {
		r.fail()
		return ""
	}
	s := r.s[:n]
	r.s = r.s[n:]
	return s
}

func (r *reader) float() float64 {
	if len(r.s) < 8 {
		r.fail()
		return 0
	}
	var bits uint64
	for i := 7; i >= 0; i-- {
		bits = bits<<8 | uint64(r.s[i])
	}
	r.s = r.s[8:]
	return math.Float64frombits(bits)
}

func (r *reader) done() error {
	if r.err == nil && len(r.s) != 0 {
		r.err = errCorrupt
	}
	return r.err
}
