// Package synthetic makes made-up news corpora for benchmarks and load tests: documents with dates and text,
// the actors they name and the relationships they state, each backed by a sentence of the document at its
// exact offsets, so a store ingests them as it would real extracted articles. The same Config always
// makes the same corpus, byte for byte. Graph makes the same kind of graph as one subgraph, without text,
// with camps that bloc detection can find.
//
// The corpus is shaped like news about world affairs. Actors are numbered by how often the news names
// them: the first few (states and organisations, as the great powers and the alliances) take part in a
// large share of the relationships, and most actors in a handful (each end of a relationship is actor
// ⌊u³·N⌋ for a uniform u, so the top 0.1% of actors are about 10% of the ends and the top 1% about 22%).
// Each document states PerDocument relationships no earlier document stated, and also cites about one in
// ten earlier ones again, as later reports repeat earlier news: those get a second piece of evidence.
package synthetic

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// Config says what corpus to make. Zero values mean the defaults.
type Config struct {
	// Relations is the number of distinct relationships in the corpus.
	Relations int
	// Entities is the number of actors; default Relations/10, at least 100.
	Entities int
	// PerDocument is the number of new relationships each document states; default 50.
	PerDocument int
	// Seed chooses the corpus.
	Seed uint64
	// Aliases, when above zero, gives every Aliases-th actor whose name has two words or more an alias
	// of its first initial and its last word ("K. Mine" for "Karo Mine"), as news shortens a name it gave
	// in full before; zero gives none.
	Aliases int
}

// Corpus makes the documents of a corpus one at a time, in order. It is not safe for concurrent use.
type Corpus struct {
	cfg      Config
	rng      *rand.Rand
	seen     map[relKey]struct{}
	made     []relKey // the relationships stated so far, for documents to cite again
	next     int      // the next document
	entities []graph.Entity
	infos    []graph.RelTypeInfo
}

type relKey struct {
	from, to int32
	typ      uint8
}

// New returns the corpus cfg describes.
func New(cfg Config) *Corpus {
	if cfg.Entities <= 0 {
		cfg.Entities = max(100, cfg.Relations/10)
	}
	if cfg.PerDocument <= 0 {
		cfg.PerDocument = 50
	}
	c := &Corpus{cfg: cfg, rng: rand.New(rand.NewPCG(cfg.Seed, 0x5eed_a11a_9e00)),
		seen: make(map[relKey]struct{}, cfg.Relations), infos: graph.RelTypes}
	c.entities = make([]graph.Entity, cfg.Entities)
	for i := range c.entities {
		c.entities[i] = graph.NewEntity(kindOf(i, cfg.Entities, 8), Name(i), alias(i, cfg.Aliases)...)
	}
	return c
}

// Documents is how many documents the corpus has.
func (c *Corpus) Documents() int {
	return (c.cfg.Relations + c.cfg.PerDocument - 1) / c.cfg.PerDocument
}

// Entity returns actor i: 0 is the busiest hub.
func (c *Corpus) Entity(i int) graph.Entity { return c.entities[i] }

// Entities is the number of actors.
func (c *Corpus) Entities() int { return len(c.entities) }

// Next returns the next document's batch, and false when there are no more.
func (c *Corpus) Next() (graph.Batch, bool) {
	if c.next >= c.Documents() {
		return graph.Batch{}, false
	}
	i := c.next
	c.next++
	n := min(c.cfg.PerDocument, c.cfg.Relations-i*c.cfg.PerDocument)
	keys := make([]relKey, 0, n+n/10)
	for len(keys) < n {
		k, ok := c.draw()
		if !ok {
			continue
		}
		c.seen[k] = struct{}{}
		keys = append(keys, k)
	}
	for range n / 10 { // cite earlier relationships again
		if len(c.made) > 0 {
			keys = append(keys, c.made[c.rng.IntN(len(c.made))])
		}
	}
	c.made = append(c.made, keys[:n]...)
	return c.batch(i, keys), true
}

// All returns every document's batch: Next until there are no more.
func (c *Corpus) All() []graph.Batch {
	out := make([]graph.Batch, 0, c.Documents()-c.next)
	for {
		b, ok := c.Next()
		if !ok {
			return out
		}
		out = append(out, b)
	}
}

// draw picks a relationship, or false if it is a loop or was stated before. One end leans hard towards the
// hubs (⌊u³·N⌋) and the other less (⌊u^1.5·N⌋), in either direction, so hubs meet the long tail more than
// each other. A pair of actors has a few types of relationship, not every type: its first type (70% of
// draws) and two others are fixed by the pair.
func (c *Corpus) draw() (relKey, bool) {
	n := float64(len(c.entities))
	u, v := c.rng.Float64(), c.rng.Float64()
	a, b := int32(u*u*u*n), int32(v*math.Sqrt(v)*n)
	if c.rng.IntN(2) == 0 {
		a, b = b, a
	}
	if a == b {
		return relKey{}, false
	}
	j := 0
	if x := c.rng.Float64(); x >= 0.9 {
		j = 2
	} else if x >= 0.7 {
		j = 1
	}
	pair := uint64(a)*0x9e3779b97f4a7c15 ^ uint64(b)*0xc2b2ae3d27d4eb4f
	k := relKey{from: a, to: b, typ: uint8((pair>>33 + uint64(j)*7) % uint64(len(c.infos)))}
	_, dup := c.seen[k]
	return k, !dup
}

var sources = []string{"The Daily Example", "Example Wire", "Synthetic Times", "The Placeholder Post", "Report Agency"}

// batch writes document i stating the relationships keys, one sentence each.
func (c *Corpus) batch(i int, keys []relKey) graph.Batch {
	id := fmt.Sprintf("synthetic-%07d", i)
	// Dates run from 2015 over ten years in document order, so date filters cut the corpus in proportion.
	published := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i*3650/max(1, c.Documents())).Format(graph.DateLayout)
	var text strings.Builder
	headline := fmt.Sprintf("Synthetic report %d", i)
	text.WriteString(headline + "\n\n")
	b := graph.Batch{Origin: graph.OriginText, Relations: make([]graph.Relation, 0, len(keys))}
	inBatch := make(map[int32]bool, 2*len(keys))
	for _, k := range keys {
		info := c.infos[k.typ]
		from, to := c.entities[k.from], c.entities[k.to]
		for _, e := range []int32{k.from, k.to} {
			if !inBatch[e] {
				inBatch[e] = true
				b.Entities = append(b.Entities, c.entities[e])
			}
		}
		sentence := from.Name + " " + info.Phrase + " " + to.Name + "."
		start := text.Len() // names and phrases are ASCII: byte offsets are code-point offsets
		text.WriteString(sentence)
		text.WriteString(" ")
		b.Relations = append(b.Relations, graph.Relation{From: from.ID, To: to.ID, Type: info.Type,
			Evidence: []graph.Evidence{{Document: id, Text: sentence, Start: start, End: start + len(sentence),
				Stance: info.Stance, Origin: graph.Extracted, Rule: "synthetic", Confidence: 0.7}}})
	}
	b.Document = graph.Document{ID: id, Title: headline, Source: sources[i%len(sources)],
		URL: "https://news.example/" + id, Published: published, Text: text.String()}
	b.Document.Hash = graph.ContentHash(b.Document.Text)
	b.Normalize()
	return b
}

// alias is actor i's alias when every nth actor has one: its first initial and its last word.
func alias(i, n int) []string {
	if n <= 0 || i%n != 0 {
		return nil
	}
	name := Name(i)
	last := strings.LastIndexByte(name, ' ')
	if last < 0 {
		return nil
	}
	return []string{name[:1] + ". " + name[last+1:]}
}

// kindOf makes the hubs (the first 0.1% of n, at least minHubs) states and organisations, and mixes the
// rest.
func kindOf(i, n, minHubs int) graph.Kind {
	if i < max(minHubs, n/1000) {
		return []graph.Kind{graph.State, graph.Organization}[i%2]
	}
	return []graph.Kind{graph.Person, graph.Person, graph.Person, graph.Person, graph.Organization,
		graph.Organization, graph.Organization, graph.Place, graph.Place, graph.State}[i%10]
}

// syllables form a prefix code, so different numbers always spell different names (and ids).
var syllables = []string{"Ka", "Ro", "Mi", "Ne", "To", "Sa", "Li", "Vu", "De", "Ga", "Po", "Ze", "Ti", "Mo", "Ra", "Ke"}

// Name is actor i's name: i in base 16, a syllable a digit, a space every two ("Karo Mine").
func Name(i int) string {
	var b []byte
	for k := 0; ; k++ {
		if k > 0 && k%2 == 0 {
			b = append(b, ' ')
		}
		s := syllables[i%16]
		if k%2 == 1 {
			s = string(s[0]+'a'-'A') + s[1:]
		}
		b = append(b, s...)
		if i /= 16; i == 0 {
			return string(b)
		}
	}
}
