package analyze_test

import (
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analyze"
)

const (
	russia  = "state:russia"
	belarus = "state:belarus"
	kaz     = "state:kazakhstan"
	csto    = "organization:collective-security-treaty-organization"
)

func TestAlliancesOfRussiaInTheSeedGraph(t *testing.T) {
	got := analyze.Alliances(seedGraph(t), russia)
	want := analyze.Alliance{ID: russia,
		Allies: []analyze.Tie{
			{ID: csto, Relations: []string{id(csto, graph.DeployedForcesTo, kaz), id(russia, graph.DeployedForcesTo, kaz)}, Via: []string{kaz}},
			{ID: "organization:pro-russian-separatist-groups", Relations: []string{id(russia, graph.Supports, "organization:pro-russian-separatist-groups")}},
			{ID: "place:almaty-international-airport", Relations: []string{id(russia, graph.DeployedForcesTo, "place:almaty-international-airport")}},
			{ID: belarus, Relations: []string{id(belarus, graph.DeployedForcesTo, kaz), id(russia, graph.DeployedForcesTo, kaz)}, Via: []string{kaz}},
			{ID: kaz, Relations: []string{id(russia, graph.DeployedForcesTo, kaz), id(russia, graph.LeasesFrom, kaz)}},
		},
		Opponents: []analyze.Tie{
			{ID: "state:georgia", Relations: []string{id("state:georgia", graph.Accuses, russia)}},
			{ID: "state:moldova", Relations: []string{id("state:moldova", graph.Accuses, russia)}},
			{ID: "state:ukraine", Relations: []string{id("state:ukraine", graph.Accuses, russia)}},
		}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestAlliances(t *testing.T) {
	const a, b, c, z = "state:a", "state:b", "state:c", "state:z"
	tests := []struct {
		name string
		rels []rel
		want analyze.Alliance
	}{
		{"cooperation either way makes an ally and conflict either way an opponent",
			[]rel{{from: a, typ: graph.Supports, to: b}, {from: c, typ: graph.InvestsIn, to: a}, {from: z, typ: graph.Sanctions, to: a}, {from: a, typ: graph.MetWith, to: c}},
			analyze.Alliance{ID: a,
				Allies:    []analyze.Tie{{ID: b, Relations: []string{id(a, graph.Supports, b)}}, {ID: c, Relations: []string{id(c, graph.InvestsIn, a)}}},
				Opponents: []analyze.Tie{{ID: z, Relations: []string{id(z, graph.Sanctions, a)}}}}},
		{"an actor can be both ally and opponent",
			[]rel{{from: a, typ: graph.Supports, to: b}, {from: b, typ: graph.Criticizes, to: a}},
			analyze.Alliance{ID: a,
				Allies:    []analyze.Tie{{ID: b, Relations: []string{id(a, graph.Supports, b)}}},
				Opponents: []analyze.Tie{{ID: b, Relations: []string{id(b, graph.Criticizes, a)}}}}},
		{"the same cooperation towards a third party is a shared cause",
			[]rel{{from: a, typ: graph.Supports, to: z}, {from: b, typ: graph.Supports, to: z}},
			analyze.Alliance{ID: a, Opponents: []analyze.Tie{},
				Allies: []analyze.Tie{
					{ID: b, Relations: []string{id(a, graph.Supports, z), id(b, graph.Supports, z)}, Via: []string{z}},
					{ID: z, Relations: []string{id(a, graph.Supports, z)}}}}},
		{"a shared symmetric tie counts whichever way it is stored",
			[]rel{{from: z, typ: graph.AlliedWith, to: a}, {from: b, typ: graph.AlliedWith, to: z}},
			analyze.Alliance{ID: a, Opponents: []analyze.Tie{},
				Allies: []analyze.Tie{
					{ID: b, Relations: []string{id(b, graph.AlliedWith, z), id(z, graph.AlliedWith, a)}, Via: []string{z}},
					{ID: z, Relations: []string{id(z, graph.AlliedWith, a)}}}}},
		{"different types towards a third party are no shared cause",
			[]rel{{from: a, typ: graph.Supports, to: z}, {from: b, typ: graph.InvestsIn, to: z}},
			analyze.Alliance{ID: a, Opponents: []analyze.Tie{}, Allies: []analyze.Tie{{ID: z, Relations: []string{id(a, graph.Supports, z)}}}}},
		{"opposite directions are no shared cause",
			[]rel{{from: a, typ: graph.Supports, to: z}, {from: z, typ: graph.Supports, to: b}},
			analyze.Alliance{ID: a, Opponents: []analyze.Tie{}, Allies: []analyze.Tie{{ID: z, Relations: []string{id(a, graph.Supports, z)}}}}},
		{"co-members are not allies",
			[]rel{{from: a, typ: graph.MemberOf, to: z}, {from: b, typ: graph.MemberOf, to: z}},
			analyze.Alliance{ID: a, Allies: []analyze.Tie{}, Opponents: []analyze.Tie{}}},
		{"an actor without relationships has no allies or opponents",
			[]rel{{from: b, typ: graph.Supports, to: z}},
			analyze.Alliance{ID: a, Allies: []analyze.Tie{}, Opponents: []analyze.Tie{}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := analyze.Alliances(build(t, tt.rels), a); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestCommonAllies(t *testing.T) {
	sg := seedGraph(t)
	tests := []struct {
		name string
		a, b string
		want []string
	}{
		{"of Russia and Belarus are the CSTO and Kazakhstan", russia, belarus, []string{csto, kaz}},
		{"of China and Xi Jinping are Tokayev", "state:china", "person:xi-jinping", []string{"person:kassym-jomart-tokayev"}},
		{"of Russia and the United States are none", russia, "state:united-states", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := analyze.CommonAllies(sg, tt.a, tt.b); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
