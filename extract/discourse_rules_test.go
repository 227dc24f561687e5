package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestDiscourseRules checks, on sentences written in the shapes general news uses, relationships read across
// clauses and sentences: subjects carried into coordinated clauses, reduced clauses ("a truce brokered by
// X"), and definite descriptions standing for an actor named before ("the junta", "the two leaders").
func TestDiscourseRules(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "a coordinated clause with its own verb reads its object against that verb, not the first one",
			text: "Turkey met Russia and signed a deal with Iran. Kenya hosted Uganda on Monday and later signed a trade agreement with Tanzania.",
			want: []rel{{"state:turkey", graph.MetWith, "state:russia"}, {"state:turkey", graph.SignedAgreementWith, "state:iran"},
				{"state:kenya", graph.SignedAgreementWith, "state:tanzania"}},
			not: []rel{{"state:turkey", graph.MetWith, "state:iran"}, {"state:kenya", graph.MetWith, "state:tanzania"}},
		},
		{
			name: "a compound broker mediates between the parties of the truce it brokered",
			text: "The Qatar-brokered truce between Israel and Hamas collapsed on Friday.",
			want: []rel{{"state:qatar", graph.Mediates, "state:israel"}, {"state:qatar", graph.Mediates, "organization:hamas"}},
		},
		{
			name: "a truce brokered by a third, after its parties or before them",
			text: "The truce between Ethiopia and the TPLF, brokered by the African Union, held for a year. " +
				"A ceasefire brokered by Qatar between Israel and Hamas took effect on Sunday.",
			want: []rel{{"organization:african-union", graph.Mediates, "state:ethiopia"},
				{"state:qatar", graph.Mediates, "state:israel"}, {"state:israel", graph.SignedAgreementWith, "organization:hamas"}},
		},
		{
			name: "a bare collective is the one of its class named last, not the article's state's",
			text: "Niger's junta expelled France's ambassador. The junta also suspended ties with Benin.",
			want: []rel{{"organization:nigerien-junta", graph.Opposes, "state:benin"}},
			not:  []rel{{"organization:french-junta", graph.Opposes, "state:benin"}},
		},
		{
			name: "the two leaders are the two people named together last",
			text: "Xi Jinping hosted Vladimir Putin in Beijing on Thursday. The two leaders condemned NATO.",
			want: []rel{{"person:xi-jinping", graph.Criticizes, "organization:north-atlantic-treaty-organization"},
				{"person:vladimir-putin", graph.Criticizes, "organization:north-atlantic-treaty-organization"}},
		},
		{
			name: "a company described by its trade is the last company of that trade's kind named",
			text: "BP sold its stake in Rosneft in 2022. The British oil major signed an agreement with Azerbaijan in 2023. " +
				"Rio Tinto bought a lithium project in Argentina. The Anglo-Australian miner signed a deal with Serbia.",
			want: []rel{{"organization:bp", graph.SignedAgreementWith, "state:azerbaijan"},
				{"organization:rio-tinto", graph.SignedAgreementWith, "state:serbia"}},
		},
		{
			name: "forces loyal to someone act for them; the forces themselves are no actor",
			text: "Forces loyal to Khalifa Haftar attacked Misrata in April 2019. Fighters allied with the Rapid Support Forces attacked El Fasher. " +
				"Troops loyal to the president attacked protesters.",
			want: []rel{{"person:khalifa-haftar", graph.Attacked, "place:misrata"}},
		},
		{
			name: "the ministry is the ministry named last; the buyer is the company that bought",
			text: "Ukraine's foreign ministry summoned Hungary's ambassador on Monday. The ministry also criticised Slovakia. " +
				"Chevron agreed to acquire Hess for $53 billion in October. The buyer signed a deal with Guyana in 2024.",
			want: []rel{{"organization:ukrainian-foreign-ministry", graph.Criticizes, "state:slovakia"},
				{"organization:chevron", graph.SignedAgreementWith, "state:guyana"}},
			not: []rel{{"state:ukraine", graph.Criticizes, "state:slovakia"}},
		},
		{
			name: "a subordinate clause ends at its comma: the main clause's subject is no list with the clause's actors",
			text: "While Egypt mediated between Israel and Hamas, Qatar hosted Iran. After Mali expelled France's ambassador, Algeria criticised the junta.",
			want: []rel{{"state:qatar", graph.MetWith, "state:iran"}, {"state:egypt", graph.Mediates, "state:israel"}},
			not:  []rel{{"state:egypt", graph.MetWith, "state:iran"}, {"state:israel", graph.MetWith, "state:iran"}},
		},
		{
			name: "a relative clause's verb has the relative's antecedent as subject, not an actor before it",
			text: "India accused Pakistan of sheltering militants who attacked Kashmir. Saudi Arabia hosted Zelensky, who urged China to pressure Russia.",
			want: []rel{{"state:india", graph.Accuses, "state:pakistan"}},
			not:  []rel{{"state:india", graph.Attacked, "place:kashmir"}, {"state:saudi-arabia", graph.RequestedHelpFrom, "state:china"}},
		},
		{
			name: "a loose pair is not read through a verb whose own clause holds the second side",
			text: "The EU sanctioned Iran for supplying drones to Russia, which used them against Ukraine.",
			want: []rel{{"organization:european-union", graph.Sanctions, "state:iran"}},
			not:  []rel{{"organization:european-union", graph.Sanctions, "state:russia"}},
		},
		{
			name: "an acronym in parentheses after a name does not hide the name as the verb's subject",
			text: "The Collective Security Treaty Organization (CSTO) dispatched 2,500 peacekeepers to Kazakhstan. " +
				"The Balochistan Liberation Army (BLA) attacked a convoy in Karachi.",
			want: []rel{{"organization:collective-security-treaty-organization", graph.DeployedForcesTo, "state:kazakhstan"}},
		},
	})
}
