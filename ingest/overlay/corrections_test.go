package overlay_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest/overlay"
)

const corrections = `document: d1
corrections:
  - merge: {from: Almaty airport, into: place:almaty-international-airport}
  - rename: {id: organization:kazakh-protesters, name: Protesters in Kazakhstan}
  - split:
      alias: Georgia
      from: state:georgia
      into_new: {name: Georgia Meloni, kind: person}
  - split: {alias: Kasym Tokayev, from: person:kassym-jomart-tokayev}
  - drop_entity: place:eastern-europe
  - drop_relation: "state:united-states|MONITORS|state:russia"
`

func TestParseCorrections(t *testing.T) {
	o, err := overlay.Parse("k.overlay.yaml", []byte(corrections))
	if err != nil {
		t.Fatal(err)
	}
	want := []overlay.Correction{
		{Op: overlay.OpMerge, From: "Almaty airport", Into: "place:almaty-international-airport", Line: 3, Column: 5},
		{Op: overlay.OpRename, ID: "organization:kazakh-protesters", Name: "Protesters in Kazakhstan", Line: 4, Column: 5},
		{Op: overlay.OpSplit, Alias: "Georgia", From: "state:georgia", NewName: "Georgia Meloni", NewKind: graph.Person, Line: 5, Column: 5},
		{Op: overlay.OpSplit, Alias: "Kasym Tokayev", From: "person:kassym-jomart-tokayev", Line: 9, Column: 5},
		{Op: overlay.OpDropEntity, ID: "place:eastern-europe", Line: 10, Column: 5},
		{Op: overlay.OpDropRelation, ID: "state:united-states|MONITORS|state:russia", Line: 11, Column: 5},
	}
	if !reflect.DeepEqual(o.Corrections, want) {
		t.Errorf("corrections:\n%+v\nwant:\n%+v", o.Corrections, want)
	}
	// An overlay of corrections alone states nothing itself.
	b, err := o.Batch(doc(), nil)
	if err != nil || len(b.Entities) != 0 || len(b.Relations) != 0 {
		t.Errorf("Batch = %+v, %v", b, err)
	}
}

func TestParseRejectsBadCorrections(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"not a list", "corrections: {merge: x}\n", "bad.overlay.yaml:2:14: corrections should be a list"},
		{"unknown operation", "corrections:\n  - join: {from: a, into: state:b}\n", `bad.overlay.yaml:3:5: correction 1: unknown field "join" (known: merge, rename, split, drop_entity, drop_relation)`},
		{"two operations in one item", "corrections:\n  - drop_entity: state:a\n    drop_relation: state:a|SUPPORTS|state:b\n", "bad.overlay.yaml:3:5: correction 1: give exactly one of merge, rename, split, drop_entity, drop_relation per list item"},
		{"merge without into", "corrections:\n  - merge: {from: CSTO}\n", `bad.overlay.yaml:3:12: correction 1 (merge): missing "into"`},
		{"merge into a name", "corrections:\n  - merge: {from: CSTO, into: Collective Security Treaty Organization}\n",
			`bad.overlay.yaml:3:31: correction 1 (merge): into "Collective Security Treaty Organization" is not an entity id (KIND:NAME`},
		{"unknown kind in an id", "corrections:\n  - drop_entity: country:georgia\n", `bad.overlay.yaml:3:18: correction 1 (drop_entity): "country:georgia": unknown kind "country"`},
		{"relation id without type", "corrections:\n  - drop_relation: state:a|state:b\n", `bad.overlay.yaml:3:20: correction 1 (drop_relation): "state:a|state:b" is not a relationship id`},
		{"relation id with unknown type", "corrections:\n  - drop_relation: state:a|LIKES|state:b\n", `bad.overlay.yaml:3:20: correction 1 (drop_relation): unknown relationship type "LIKES"`},
		{"typo in a field", "corrections:\n  - rename: {id: state:a, nmae: B}\n", `bad.overlay.yaml:3:27: correction 1 (rename): unknown field "nmae" (known: id, name)`},
		{"empty name", "corrections:\n  - rename: {id: state:a, name: '--'}\n", `bad.overlay.yaml:3:33: correction 1 (rename): name "--" has no letters or digits`},
		{"split into an unknown kind", "corrections:\n  - split: {alias: G, from: state:georgia, into_new: {name: G, kind: planet}}\n", `correction 1 (split): unknown kind "planet"`},
		{"a list where an id goes", "corrections:\n  - drop_entity: [state:a]\n", "bad.overlay.yaml:3:18: correction 1 (drop_entity) should be text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := overlay.Parse("bad.overlay.yaml", []byte("document: d1\n"+tt.yaml))
			if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(graph.ErrorMessage(err), tt.want) {
				t.Errorf("Parse = %v\nwant EINVALID containing %q", err, tt.want)
			}
		})
	}
}

func FuzzParseCorrections(f *testing.F) {
	f.Add([]byte(corrections))
	f.Add([]byte("document: d1\ncorrections:\n  - split: {alias: x, from: state:x, into_new: {name: y, kind: person}}\n"))
	f.Add([]byte("document: d1\ncorrections:\n  - drop_relation: \"a|b|c|d\"\n"))
	f.Add([]byte("document: d1\ncorrections:\n  - merge: {from: '', into: ':'}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		o, err := overlay.Parse("fuzz.overlay.yaml", data)
		if err != nil {
			checkParseError(t, err)
			return
		}
		for _, c := range o.Corrections {
			if c.Line < 1 {
				t.Fatalf("correction %+v has no line", c)
			}
			var ids []string
			switch c.Op {
			case overlay.OpMerge:
				ids = []string{c.Into}
			case overlay.OpRename, overlay.OpDropEntity:
				ids = []string{c.ID}
			case overlay.OpSplit:
				ids = []string{c.From}
				if c.NewName != "" {
					if _, err := graph.ParseKind(string(c.NewKind)); err != nil {
						t.Fatalf("split %+v: %v", c, err)
					}
				}
			case overlay.OpDropRelation:
				parts := strings.Split(c.ID, "|")
				if len(parts) != 3 {
					t.Fatalf("drop_relation %q accepted", c.ID)
				}
				ids = []string{parts[0], parts[2]}
			default:
				t.Fatalf("unknown op %q accepted", c.Op)
			}
			for _, id := range ids {
				kind, name, ok := strings.Cut(id, ":")
				if _, err := graph.ParseKind(kind); !ok || err != nil || graph.Slug(name) == "" {
					t.Fatalf("%s accepted the id %q", c.Op, id)
				}
			}
		}
	})
}

func TestSymmetricRelationsHaveOneID(t *testing.T) {
	o, err := overlay.Parse("s.overlay.yaml", []byte("document: d1\nentities:\n  - {name: Russia, kind: state}\n  - {name: China, kind: state}\n"+
		"relations:\n  - {from: Russia, type: BORDERS, to: China, evidence: \"China backed Tokayev.\", }\n"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = o.Batch(doc(), nil)
	if err == nil || !strings.Contains(err.Error(), "occurs 2 times") {
		t.Fatalf("Batch = %v, want the repeated quote rejected", err)
	}
	o.Relations[0].Evidence[0].Occurrence = 1
	b, err := o.Batch(doc(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.Relations[0].ID; got != "state:china|BORDERS|state:russia" {
		t.Errorf("relation %s, want state:china|BORDERS|state:russia", got)
	}
}
