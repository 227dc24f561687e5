package graph_test

import (
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestInduceKeepsTheChosenEntitiesAndTheRelationsBetweenThem(t *testing.T) {
	src := star(3)
	sg, err := graph.Induce([]string{"state:hub", "person:spoke-00", "place:leaf-00", "place:leaf-01"}, graph.Filter{}, src)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"person:spoke-00", "place:leaf-00", "place:leaf-01", "state:hub"}; !reflect.DeepEqual(ids(sg), want) {
		t.Errorf("entities = %v, want %v", ids(sg), want)
	}
	if len(sg.Relations) != 2 {
		t.Errorf("relations = %d, want spoke 0 → hub and leaf 0 → spoke 0", len(sg.Relations))
	}
	sg, _ = graph.Induce([]string{"state:hub", "person:spoke-00", "place:leaf-00"}, graph.Filter{Kinds: []graph.Kind{graph.Person, graph.State}}, src)
	if len(sg.Entities) != 2 || len(sg.Relations) != 1 {
		t.Errorf("kind filter: %v, %d relations", ids(sg), len(sg.Relations))
	}
	if _, err := graph.Induce([]string{"person:nobody"}, graph.Filter{}, src); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("unknown id: %v", err)
	}
}

func TestAdjacentReturnsEachFilteredRelationOnce(t *testing.T) {
	src := star(3)
	rels, err := graph.Adjacent([]string{"state:hub", "person:spoke-00", "person:nobody"}, graph.Filter{}, src)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rels {
		got = append(got, r.ID)
	}
	want := []string{
		"organization:spoke-01|SUPPORTS|state:hub",
		"person:spoke-00|SUPPORTS|state:hub",
		"person:spoke-02|SUPPORTS|state:hub",
		"place:leaf-00|LOCATED_IN|person:spoke-00",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Adjacent = %v, want %v", got, want)
	}
	rels, _ = graph.Adjacent([]string{"state:hub"}, graph.Filter{Kinds: []graph.Kind{graph.Organization}}, src)
	if len(rels) != 1 || rels[0].From != "organization:spoke-01" {
		t.Errorf("kind filter keeps %v", rels)
	}
	rels, _ = graph.Adjacent([]string{"state:hub"}, graph.Filter{MinEvidence: 3}, src)
	if len(rels) != 1 || rels[0].From != "person:spoke-02" {
		t.Errorf("min evidence 3 keeps %v", rels)
	}
}
