package graph_test

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

const text = "Tokayev asked the CSTO for help. The CSTO sent troops. China backed Tokayev."

func doc() graph.Document {
	d := graph.Document{ID: "d1", Title: "T", Published: "2022-01-07", Text: text}
	d.Hash = graph.ContentHash(d.Text)
	return d
}

func quote(t testing.TB, q string, stance graph.Stance) graph.Evidence {
	t.Helper()
	s, e, ok := graph.Locate(text, q, 1)
	if !ok {
		t.Fatalf("%q not in text", q)
	}
	return graph.Evidence{Document: "d1", Text: q, Start: s, End: e, Stance: stance, Origin: graph.Curated, Confidence: 1}
}

func validBatch(t testing.TB) graph.Batch {
	tok := graph.NewEntity(graph.Person, "Kassym-Jomart Tokayev", "Tokayev")
	csto := graph.NewEntity(graph.Organization, "Collective Security Treaty Organization", "CSTO")
	return graph.Batch{Document: doc(), Origin: "overlay:x.yaml",
		Entities: []graph.Entity{csto, tok, graph.NewEntity(graph.Person, "kassym jomart tokayev", "K. Tokayev")},
		Relations: []graph.Relation{
			{From: tok.ID, To: csto.ID, Type: graph.RequestedHelpFrom, Evidence: []graph.Evidence{quote(t, "Tokayev asked the CSTO for help.", graph.Cooperation)}},
			{From: tok.ID, To: csto.ID, Type: graph.RequestedHelpFrom, Evidence: []graph.Evidence{quote(t, "Tokayev asked the CSTO for help.", graph.Cooperation)}},
		}}
}

func TestNormalizeMergesAndOrders(t *testing.T) {
	b := validBatch(t)
	b.Normalize()
	if len(b.Entities) != 2 || b.Entities[0].Kind != graph.Organization {
		t.Fatalf("entities = %+v, want the CSTO then one merged Tokayev", b.Entities)
	}
	tok := b.Entities[1]
	if want := []string{"K. Tokayev", "Tokayev"}; !reflect.DeepEqual(tok.Aliases, want) {
		t.Errorf("merged aliases = %q, want %q", tok.Aliases, want)
	}
	if len(b.Relations) != 1 || len(b.Relations[0].Evidence) != 1 {
		t.Fatalf("relations = %+v, want one with the duplicate evidence dropped", b.Relations)
	}
	r := b.Relations[0]
	if r.ID != "person:kassym-jomart-tokayev|REQUESTED_HELP_FROM|organization:collective-security-treaty-organization" {
		t.Errorf("relation id = %q", r.ID)
	}
	if r.Stance != graph.Cooperation || r.Evidence[0].Published != "2022-01-07" {
		t.Errorf("stance %q, evidence date %q: want cooperation and the document's date", r.Stance, r.Evidence[0].Published)
	}
	again := validBatch(t)
	again.Normalize()
	if !reflect.DeepEqual(again, b) {
		t.Error("normalising the same batch twice gave different results")
	}
	if err := b.Validate(b.Document.Text); err != nil {
		t.Errorf("valid batch rejected: %v", err)
	}
}

// TestNormalizedEvidenceIsApart: Normalize cuts every relationship's evidence from one array for the batch,
// so appending to one relationship's evidence, as a store merging layers does, must not write into the
// next one's, and the caller's evidence stays as it was.
func TestNormalizedEvidenceIsApart(t *testing.T) {
	b := validBatch(t)
	china := graph.NewEntity(graph.State, "China", "")
	b.Entities = append(b.Entities, china)
	b.Relations = append(b.Relations[:1:1], graph.Relation{From: china.ID, To: b.Entities[1].ID, Type: graph.Supports,
		Evidence: []graph.Evidence{quote(t, "China backed Tokayev.", graph.Cooperation)}})
	given := b.Relations[1].Evidence
	b.Normalize()
	if len(b.Relations) != 2 {
		t.Fatalf("relations = %+v, want two", b.Relations)
	}
	first, second := b.Relations[0], b.Relations[1]
	want := second.Evidence[0]
	_ = append(first.Evidence, quote(t, "The CSTO sent troops.", graph.Neutral))
	if second.Evidence[0] != want {
		t.Errorf("appending to %s's evidence changed %s's: %+v", first.ID, second.ID, second.Evidence[0])
	}
	if given[0].Published != "" {
		t.Errorf("Normalize dated the caller's evidence: %+v", given[0])
	}
	for _, r := range b.Relations {
		if r.ID != graph.RelationID(r.From, r.Type, r.To) {
			t.Errorf("id %q, want %q", r.ID, graph.RelationID(r.From, r.Type, r.To))
		}
	}
}

func TestValidateRejects(t *testing.T) {
	tests := map[string]func(b *graph.Batch){
		"unknown origin":       func(b *graph.Batch) { b.Origin = "mine" },
		"empty overlay origin": func(b *graph.Batch) { b.Origin = "overlay:" },
		"unknown kind":         func(b *graph.Batch) { b.Entities[0].Kind = "planet" },
		"id not derived":       func(b *graph.Batch) { b.Entities[0].ID = "organization:nato" },
		"unknown type":         func(b *graph.Batch) { b.Relations[0].Type = "LIKES" },
		"dangling end":         func(b *graph.Batch) { b.Relations[0].To = "state:russia" },
		"self loop":            func(b *graph.Batch) { b.Relations[0].To = b.Relations[0].From },
		"no evidence":          func(b *graph.Batch) { b.Relations[0].Evidence = nil },
		"wrong offsets":        func(b *graph.Batch) { b.Relations[0].Evidence[0].Start++ },
		"quote from elsewhere": func(b *graph.Batch) { b.Relations[0].Evidence[0].Document = "d2" },
		"bad stance":           func(b *graph.Batch) { b.Relations[0].Evidence[0].Stance = "friendly" },
		"bad origin":           func(b *graph.Batch) { b.Relations[0].Evidence[0].Origin = "guessed" },
		"confidence over 1":    func(b *graph.Batch) { b.Relations[0].Evidence[0].Confidence = 1.5 },
		"stale document hash":  func(b *graph.Batch) { b.Document.Hash = "sha256:00" },
	}
	for name, spoil := range tests {
		t.Run(name, func(t *testing.T) {
			b := validBatch(t)
			b.Normalize()
			spoil(&b)
			err := b.Validate(b.Document.Text)
			if graph.ErrorCode(err) != graph.EINVALID {
				t.Fatalf("Validate = %v, want EINVALID", err)
			}
		})
	}
}

// TestValidateFindsEndsInEitherOrder: the ends and claimants of relationships are looked up among the
// batch's entities by a binary search when they are sorted by id (as Normalize leaves them) and in a map
// otherwise; both must accept the same batch and refuse the same strangers.
func TestValidateFindsEndsInEitherOrder(t *testing.T) {
	for _, order := range []string{"sorted", "unsorted"} {
		t.Run(order, func(t *testing.T) {
			for name, tc := range map[string]struct {
				spoil func(b *graph.Batch)
				ok    bool
			}{
				"valid":            {func(b *graph.Batch) {}, true},
				"claimant known":   {func(b *graph.Batch) { b.Relations[0].Evidence[0].Claim = b.Entities[0].ID }, true},
				"dangling from":    {func(b *graph.Batch) { b.Relations[0].From = "state:russia" }, false},
				"dangling to":      {func(b *graph.Batch) { b.Relations[0].To = "person:zz" }, false},
				"claimant unknown": {func(b *graph.Batch) { b.Relations[0].Evidence[0].Claim = "state:aaa" }, false},
			} {
				b := validBatch(t)
				b.Normalize()
				b.Entities = append(b.Entities, graph.NewEntity(graph.State, "Kazakhstan"))
				if order == "unsorted" {
					slices.Reverse(b.Entities)
				}
				tc.spoil(&b)
				err := b.Validate(b.Document.Text)
				if tc.ok && err != nil {
					t.Errorf("%s: Validate = %v, want nil", name, err)
				}
				if !tc.ok && graph.ErrorCode(err) != graph.EINVALID {
					t.Errorf("%s: Validate = %v, want EINVALID", name, err)
				}
			}
		})
	}
}

func TestMergeStanceLatestCuratedWins(t *testing.T) {
	ev := func(date, origin string, s graph.Stance) graph.Evidence {
		return graph.Evidence{Published: date, Origin: origin, Stance: s}
	}
	tests := []struct {
		name string
		in   []graph.Evidence
		want graph.Stance
	}{
		{"none", nil, graph.Neutral},
		{"latest wins", []graph.Evidence{ev("2022-01-01", graph.Extracted, graph.Cooperation), ev("2023-01-01", graph.Extracted, graph.Conflict)}, graph.Conflict},
		{"curated beats newer extracted", []graph.Evidence{ev("2022-01-01", graph.Curated, graph.Cooperation), ev("2023-01-01", graph.Extracted, graph.Conflict)}, graph.Cooperation},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := graph.MergeStance(graph.SortEvidence(tt.in)); got != tt.want {
				t.Errorf("MergeStance = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLookupRelTypeAcceptsReadableSpellings(t *testing.T) {
	for _, s := range []string{"REQUESTED_HELP_FROM", "requested help from", "Requested-Help-From"} {
		info, err := graph.LookupRelType(s)
		if err != nil || info.Type != graph.RequestedHelpFrom {
			t.Errorf("LookupRelType(%q) = %v, %v", s, info.Type, err)
		}
	}
	if _, err := graph.LookupRelType("LIKES"); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("unknown type: err = %v, want EINVALID", err)
	}
	seen := map[graph.RelType]bool{}
	for _, info := range graph.RelTypes {
		if seen[info.Type] {
			t.Errorf("%s is listed twice in the vocabulary", info.Type)
		}
		seen[info.Type] = true
		if _, err := graph.ParseStance(string(info.Stance)); err != nil || info.Phrase == "" {
			t.Errorf("%s: stance %q, phrase %q", info.Type, info.Stance, info.Phrase)
		}
	}
}

// TestValidateClipsWhatItQuotes: a batch whose relationship names a 20,000-character end, type or origin
// gets a message that says what is wrong without repeating the value whole.
func TestValidateClipsWhatItQuotes(t *testing.T) {
	huge := strings.Repeat("x", 20_000)
	for name, spoil := range map[string]func(b *graph.Batch){
		"end":             func(b *graph.Batch) { b.Relations[0].From = huge },
		"type":            func(b *graph.Batch) { b.Relations[0].Type = graph.RelType(huge) },
		"evidence origin": func(b *graph.Batch) { b.Relations[0].Evidence[0].Origin = huge },
		"evidence doc":    func(b *graph.Batch) { b.Relations[0].Evidence[0].Document = huge },
		"batch origin":    func(b *graph.Batch) { b.Origin = huge },
	} {
		b := validBatch(t)
		b.Normalize()
		spoil(&b)
		if name == "end" || name == "type" {
			b.Relations[0].ID = graph.RelationID(b.Relations[0].From, b.Relations[0].Type, b.Relations[0].To)
		}
		err := b.Validate(text)
		if graph.ErrorCode(err) != graph.EINVALID {
			t.Errorf("%s: %v, want EINVALID", name, err)
			continue
		}
		if msg := graph.ErrorMessage(err); len(msg) > 600 || !strings.Contains(msg, "xxxx…") {
			t.Errorf("%s: the message has %d bytes: %.300s", name, len(msg), msg)
		}
	}
}

// Names, aliases and descriptions are bounded far above any real one; what is over is refused with the
// entity, the field and the lengths (a 20,000-character name and a 100,000-character description overflowed
// the page).
func TestValidateBoundsLengths(t *testing.T) {
	long := func(n int) string { return strings.Repeat("é", n) } // two bytes a character: the bounds count characters
	many := make([]string, graph.MaxAliases+1)
	for i := range many {
		many[i] = "Alias " + strconv.Itoa(i)
	}
	for _, tt := range []struct {
		name   string
		entity graph.Entity
		want   string // "" when valid
	}{
		{"a name of 200 characters", graph.NewEntity(graph.Person, long(200)), ""},
		{"a name of 201 characters", graph.NewEntity(graph.Person, long(201)),
			`document d1: entity "` + long(100) + `…": the name is 201 characters long, over the limit of 200`},
		{"a name of 20,000 characters", graph.NewEntity(graph.Person, long(20_000)),
			`document d1: entity "` + long(100) + `…": the name is 20000 characters long, over the limit of 200`},
		{"an alias of 200 characters", graph.NewEntity(graph.Person, "X", long(200)), ""},
		{"an alias of 201 characters", graph.NewEntity(graph.Person, "X", "Y", long(201)),
			`document d1: entity "X": alias "` + long(100) + `…" is 201 characters long, over the limit of 200`},
		{"50 aliases", graph.NewEntity(graph.Person, "X", many[:50]...), ""},
		{"51 aliases", graph.NewEntity(graph.Person, "X", many...), `document d1: entity "X": 51 aliases, over the limit of 50`},
		{"a description of 2,000 characters", withDescription(graph.NewEntity(graph.Person, "X"), long(2_000)), ""},
		{"a description of 100,000 characters", withDescription(graph.NewEntity(graph.Person, "X"), long(100_000)),
			`document d1: entity "X": the description is 100000 characters long, over the limit of 2000`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := graph.Batch{Document: doc(), Origin: graph.OriginText, Entities: []graph.Entity{tt.entity}}
			err := b.Validate(text)
			if tt.want == "" {
				if err != nil {
					t.Errorf("Validate = %v, want it valid", err)
				}
				return
			}
			if graph.ErrorCode(err) != graph.EINVALID || graph.ErrorMessage(err) != tt.want {
				t.Errorf("Validate = %v\nwant EINVALID %s", err, tt.want)
			}
		})
	}
}

func withDescription(e graph.Entity, d string) graph.Entity {
	e.Description = d
	return e
}

// TestValidateEndsKeepsWhereItFoundThem: ValidateEnds gives each relationship's ends as the positions of
// their first entities in the batch, whether the entities are sorted (binary search) or not (map), with
// an entity given twice.
func TestValidateEndsKeepsWhereItFoundThem(t *testing.T) {
	for _, order := range []string{"sorted", "unsorted"} {
		t.Run(order, func(t *testing.T) {
			b := validBatch(t)
			b.Normalize()
			kz := graph.NewEntity(graph.State, "Kazakhstan")
			b.Entities = append(b.Entities, kz, kz) // sorted: the state after the organisation and the person
			b.Relations = append(b.Relations, graph.Relation{From: b.Entities[0].ID, To: kz.ID, Type: graph.Supports,
				Evidence: []graph.Evidence{quote(t, "The CSTO sent troops.", graph.Cooperation)}})
			if order == "unsorted" {
				slices.Reverse(b.Entities)
			}
			ends := slices.Repeat([]int32{-1}, 2*len(b.Relations))
			if err := b.ValidateEnds(b.Document.Text, ends); err != nil {
				t.Fatal(err)
			}
			for i, r := range b.Relations {
				for k, id := range []string{r.From, r.To} {
					want := slices.IndexFunc(b.Entities, func(e graph.Entity) bool { return e.ID == id })
					if got := ends[2*i+k]; int(got) != want {
						t.Errorf("relationship %d, end %d (%s): at %d, want %d", i, k, id, got, want)
					}
				}
			}
			if err := b.ValidateEnds(b.Document.Text, nil); err != nil {
				t.Errorf("without ends: %v", err)
			}
		})
	}
}
