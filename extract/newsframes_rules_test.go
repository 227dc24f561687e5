package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestRulesNewsFrames holds fresh sentences, in the shapes general news uses, for frames the lexicon lacked
// (issue 11: threats, offers of good offices, meetings named by their participants, calls on an
// actor to act, hosting forces): each row's first sentences failed on main at af7c786.
func TestRulesNewsFrames(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "a threat of retaliation against an actor is opposition to it",
			text: "Eritrea threatened reprisals against Ethiopia on Sunday. Turkey vowed retaliation against Syria after the shelling. " +
				"Iran promised a harsh response against Israel. Moscow warned of countermeasures against Helsinki.",
			want: []rel{{"state:eritrea", graph.Opposes, "state:ethiopia"}, {"state:turkey", graph.Opposes, "state:syria"},
				{"state:iran", graph.Opposes, "state:israel"}, {"state:russia", graph.Opposes, "state:finland"}},
		},
		{
			name: "a threatened act is opposition, not the act",
			text: "China threatened to impose sanctions on Lithuania. Rwanda threatened to invade Burundi last year. " +
				"Beijing vowed to retaliate against Manila.",
			want: []rel{{"state:china", graph.Opposes, "state:lithuania"}, {"state:rwanda", graph.Opposes, "state:burundi"},
				{"state:china", graph.Opposes, "state:philippines"}},
			not: []rel{{"state:china", graph.Sanctions, "state:lithuania"}, {"state:rwanda", graph.Attacked, "state:burundi"},
				{"state:china", graph.Attacked, "state:philippines"}},
		},
		{
			name: "a threat denied or reported is no fact",
			text: "Ghana did not threaten to impose sanctions on Togo. Peru denied that Chile had threatened reprisals against Bolivia.",
			not:  []rel{{"state:ghana", graph.Opposes, "state:togo"}, {"state:chile", graph.Opposes, "state:bolivia"}},
		},
		{
			name: "an offer of mediation or good offices is mediation",
			text: "Norway offered to mediate between Colombia and the ELN. Kenya offered to host talks between Sudan and South Sudan. " +
				"Switzerland offered its good offices to Armenia and Azerbaijan.",
			want: []rel{{"state:norway", graph.Mediates, "state:colombia"}, {"state:norway", graph.Mediates, "organization:national-liberation-army"},
				{"state:kenya", graph.Mediates, "state:sudan"}, {"state:kenya", graph.Mediates, "state:south-sudan"},
				{"state:switzerland", graph.Mediates, "state:armenia"}, {"state:switzerland", graph.Mediates, "state:azerbaijan"}},
		},
		{
			name: "an offer refused is no mediation",
			text: "Qatar declined to mediate between Ethiopia and Egypt.",
			not:  []rel{{"state:qatar", graph.Mediates, "state:ethiopia"}, {"state:qatar", graph.Mediates, "state:egypt"}},
		},
		{
			name: "a meeting named by its participants' representatives",
			text: "The leaders of Kenya and Uganda met in Kampala on Friday. The foreign ministers of Chile and Peru held talks in Lima. " +
				"Officials from Ghana and Togo discussed the border dispute.",
			want: []rel{{"state:kenya", graph.MetWith, "state:uganda"}, {"state:chile", graph.MetWith, "state:peru"},
				{"state:ghana", graph.MetWith, "state:togo"}},
		},
		{
			name: "a meeting of representatives negated, or a representative's own role, is no meeting",
			text: "The leaders of Kenya and Uganda did not meet in Kampala. The president of Ghana said Togo had closed the border.",
			not:  []rel{{"state:kenya", graph.MetWith, "state:uganda"}, {"state:ghana", graph.MetWith, "state:togo"}},
		},
		{
			name: "a matter discussed by two actors is a meeting between them; an actor discussed is not",
			text: "Brazil and Argentina discussed the trade dispute in Brasilia. Nepal discussed India's plan for the dam.",
			want: []rel{{"state:brazil", graph.MetWith, "state:argentina"}},
			not:  []rel{{"state:nepal", graph.MetWith, "state:india"}},
		},
		{
			name: "guests listed as a host's objects discuss nothing among themselves",
			text: "William Ruto will host Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan in Nairobi to discuss the railway.",
			not:  []rel{{"person:yoweri-museveni", graph.MetWith, "person:samia-suluhu-hassan"}},
		},
		{
			name: "a call to release a prisoner is a demand of the one who holds him; a call to release funds is none",
			text: "Amnesty International called on Azerbaijan to release Gubad Ibadoghlu. Norway urged Eritrea to release the detained journalists. " +
				"Ukraine urged the European Union to release the frozen funds.",
			want: []rel{{"organization:amnesty-international", graph.Opposes, "state:azerbaijan"}, {"state:norway", graph.Opposes, "state:eritrea"}},
			not:  []rel{{"state:ukraine", graph.Opposes, "organization:european-union"}},
		},
		{
			name: "a demand that an actor undo or stop what it does opposes it",
			text: "Senegal demanded that Gambia withdraw its troops from the border. Peru insisted that Chile halt the shipments.",
			want: []rel{{"state:senegal", graph.Opposes, "state:gambia"}, {"state:peru", graph.Opposes, "state:chile"}},
		},
		{
			name: "a call on an actor to investigate or examine asks its help",
			text: "Human Rights Watch urged Ecuador to open an independent inquiry into the killings. " +
				"The European Commission asked Hungary to examine the contract. Bolivia called on Interpol to identify the suspects.",
			want: []rel{{"organization:human-rights-watch", graph.RequestedHelpFrom, "state:ecuador"},
				{"organization:european-commission", graph.RequestedHelpFrom, "state:hungary"}, {"state:bolivia", graph.RequestedHelpFrom, "organization:interpol"}},
		},
		{
			name: "a call denied or reported is no fact",
			text: "Ghana did not call on Togo to release the prisoners. Mali denied that Niger had demanded that Chad withdraw its troops.",
			not:  []rel{{"state:ghana", graph.Opposes, "state:togo"}, {"state:niger", graph.Opposes, "state:chad"}},
		},
		{
			name: "hosting another state's forces is no meeting with it",
			text: "Mongolia allegedly hosted Chinese troops near the border. Djibouti hosts Japanese soldiers at a base near the airport.",
			want: []rel{{"state:china", graph.DeployedForcesTo, "state:mongolia"}},
			not:  []rel{{"state:mongolia", graph.MetWith, "state:china"}, {"state:djibouti", graph.MetWith, "state:japan"}},
		},
	})
}
