package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestRulesActs checks, on fresh sentences of several regions, stances toward an actor stated through its
// act: the adjective of its state before the act noun ("condemned the Turkish incursion"), a possessive
// ("questioned China's lending"), or "by X" after it ("welcomed the offer by Brazil"); the act noun's own
// complement is not the stance's object ("backed Togo's decision to quit the African Union").
func TestRulesActs(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "a stance verb toward an act named by its state's adjective",
			text: "Argentina condemned the British military exercises near the Falklands. Vietnam denounced the Chinese drilling near the Paracel Islands. " +
				"Bolivia welcomed the Peruvian offer to mediate. Uruguay opposed the Brazilian tariffs on beef.",
			want: []rel{{"state:argentina", graph.Criticizes, "state:united-kingdom"}, {"state:vietnam", graph.Criticizes, "state:china"},
				{"state:bolivia", graph.Supports, "state:peru"}, {"state:uruguay", graph.Opposes, "state:brazil"}},
		},
		{
			name: "an act named with its owner after it: by X",
			text: "Colombia welcomed the offer by Brazil to host the talks. Armenia condemned the incursion by Azerbaijan into its territory.",
			want: []rel{{"state:colombia", graph.Supports, "state:brazil"}, {"state:armenia", graph.Criticizes, "state:azerbaijan"}},
		},
		{
			name: "a stance noun toward an act: criticism, support, concern",
			text: "Chile voiced criticism of the Argentine tariffs. Mexico expressed support for the Guatemalan plan. " +
				"Thailand expressed concern over the Cambodian buildup near the border. Kenya raised concerns about Ethiopia's plan to build a port. " +
				"Canada was alarmed by the Indian crackdown in Punjab.",
			want: []rel{{"state:chile", graph.Criticizes, "state:argentina"}, {"state:mexico", graph.Supports, "state:guatemala"},
				{"state:thailand", graph.Criticizes, "state:cambodia"}, {"state:kenya", graph.Criticizes, "state:ethiopia"},
				{"state:canada", graph.Criticizes, "state:india"}},
		},
		{
			name: "a word of doubt is a stance only toward an act",
			text: "Sri Lanka questioned the Indian plan for the port. Ghana questioned China's lending to Zambia. " +
				"Zimbabwean police questioned Tendai Biti for six hours.",
			want: []rel{{"state:sri-lanka", graph.Criticizes, "state:india"}, {"state:ghana", graph.Criticizes, "state:china"}},
			not: []rel{{"organization:zimbabwean-police", graph.Criticizes, "person:tendai-biti"},
				{"state:ghana", graph.Criticizes, "state:zambia"}},
		},
		{
			name: "the act noun's complement is not the stance's object",
			text: "Ghana supported Togo's decision to quit the African Union. Greece condemned the Turkish incursion into Cypriot waters. " +
				"Uruguay opposed the Brazilian tariffs on Argentina.",
			want: []rel{{"state:ghana", graph.Supports, "state:togo"}, {"state:greece", graph.Criticizes, "state:turkey"},
				{"state:uruguay", graph.Opposes, "state:brazil"}},
			not: []rel{{"state:ghana", graph.Supports, "organization:african-union"}, {"state:greece", graph.Criticizes, "state:cyprus"},
				{"state:uruguay", graph.Opposes, "state:argentina"}},
		},
		{
			name: "no justification for an act, no faith in it: the speaker criticises its owner",
			text: "The Kenyan government said there was no justification for Uganda's move. Nigeria said that there was no excuse for the Cameroonian raid. " +
				"There was no basis for the Venezuelan claim, Guyana said. Senegal said it had no faith in the Gambian commitment to the truce.",
			want: []rel{{"organization:government-of-kenya", graph.Criticizes, "state:uganda"}, {"state:nigeria", graph.Criticizes, "state:cameroon"},
				{"state:guyana", graph.Criticizes, "state:venezuela"}, {"state:senegal", graph.Criticizes, "state:gambia"}},
		},
		{
			name: "states' adjectives coordinated before one act: each owns it",
			text: "Lithuania condemned the Russian and Belarusian exercises near its border. " +
				"Bahrain welcomed the Saudi, Emirati and Qatari offer of talks.",
			want: []rel{{"state:lithuania", graph.Criticizes, "state:russia"}, {"state:lithuania", graph.Criticizes, "state:belarus"},
				{"state:bahrain", graph.Supports, "state:saudi-arabia"}, {"state:bahrain", graph.Supports, "state:united-arab-emirates"},
				{"state:bahrain", graph.Supports, "state:qatar"}},
		},
		{
			name: "dismissing an actor or its act as something criticises it",
			text: "China brushed aside the Japanese complaint as groundless. Mali dismissed ECOWAS as a tool of foreign powers. " +
				"Zambia dismissed Hakainde Hichilema from the cabinet.",
			want: []rel{{"state:china", graph.Criticizes, "state:japan"}, {"state:mali", graph.Criticizes, "organization:economic-community-of-west-african-states"}},
			not:  []rel{{"state:zambia", graph.Criticizes, "person:hakainde-hichilema"}},
		},
		{
			name: "a passive whose subject is an owned act",
			text: "The Moroccan offer was welcomed by Algeria. Rwanda's decision was criticised by Belgium. " +
				"The Venezuelan claim has been firmly rejected by Guyana. The Kenyan plan was not welcomed by Tanzania.",
			want: []rel{{"state:algeria", graph.Supports, "state:morocco"}, {"state:belgium", graph.Criticizes, "state:rwanda"},
				{"state:guyana", graph.Opposes, "state:venezuela"}},
			not: []rel{{"state:tanzania", graph.Supports, "state:kenya"}},
		},
		{
			name: "a speaker who judges an act criticises its owner",
			text: "Indonesia said that the Australian decision was a mistake. The Chinese drills were a provocation, Taiwan said. " +
				"Ecuador said the deal signed by Colombia was illegal. " +
				"Mercosur said the plan put forward by Paraguay, which would delay the vote until 2027, was totally unacceptable.",
			want: []rel{{"state:indonesia", graph.Criticizes, "state:australia"}, {"state:taiwan", graph.Criticizes, "state:china"},
				{"state:ecuador", graph.Criticizes, "state:colombia"}, {"organization:mercosur", graph.Criticizes, "state:paraguay"}},
		},
		{
			name: "a judgement denied or negated criticises no one",
			text: "Ghana said the Togolese decision was not a mistake. Nigeria denied that the Cameroonian raid was illegal.",
			not:  []rel{{"state:ghana", graph.Criticizes, "state:togo"}, {"state:nigeria", graph.Criticizes, "state:cameroon"}},
		},
		{
			name: "negated, reported and doubted stances toward acts are no facts",
			text: "Poland did not criticise the German plan. Peru reportedly welcomed the Chilean offer. " +
				"Nepal denied that it had questioned the Indian decision. Mali did not say there was no justification for the Algerian move.",
			not: []rel{{"state:poland", graph.Criticizes, "state:germany"}, {"state:peru", graph.Supports, "state:chile"},
				{"state:nepal", graph.Criticizes, "state:india"}, {"state:mali", graph.Criticizes, "state:algeria"}},
		},
	})
}
