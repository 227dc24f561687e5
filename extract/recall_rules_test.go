package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestRulesRecall checks, on fresh sentences in the shapes general news uses, relationships the lexicon's
// verbs and nouns missed: a purchase names its seller as the buyer's supporter, a sum of money is aid, and
// a nominalisation ("the deployment of Rwandan troops to Mozambique", "the sale of jets to Turkey by the
// United States") takes its subject from the owner of what it moves when it has none of its own.
func TestRulesRecall(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "bought or ordered arms from X: X supports the buyer",
			text: "Indonesia bought Rafale jets from France last year. Egypt ordered 12 attack helicopters from Russia in 2019. " +
				"Algeria agreed to buy Chinese drones from China.",
			want: []rel{{"state:france", graph.Supports, "state:indonesia"}, {"state:russia", graph.Supports, "state:egypt"},
				{"state:china", graph.Supports, "state:algeria"}},
			not: []rel{{"state:indonesia", graph.Supports, "state:france"}, {"state:egypt", graph.Supports, "state:russia"}},
		},
		{
			name: "a purchase of anything but arms says nothing of support",
			text: "Hungary bought gas from Russia in the winter. Germany bought a stake from Poland's Orlen.",
			not:  []rel{{"state:russia", graph.Supports, "state:hungary"}},
		},
		{
			name: "a sum of money pledged, given or sent to an actor is support",
			text: "Saudi Arabia pledged $2 billion to Sudan on Monday. Qatar gave 500 million dollars to Lebanon's army.",
			want: []rel{{"state:saudi-arabia", graph.Supports, "state:sudan"}},
		},
		{
			name: "a deployment named by its forces: 'the deployment of Rwandan troops to Mozambique'",
			text: "The deployment of Rwandan troops to Mozambique began in July. The arrival of Turkish soldiers in Libya angered Egypt.",
			want: []rel{{"state:rwanda", graph.DeployedForcesTo, "state:mozambique"}, {"state:turkey", graph.DeployedForcesTo, "state:libya"}},
		},
		{
			name: "a deployment of something else is none",
			text: "The deployment of Chinese technology in Serbia worried Brussels. The arrival of Biden in Poland was delayed.",
			not:  []rel{{"state:china", graph.DeployedForcesTo, "state:serbia"}, {"person:joe-biden", graph.DeployedForcesTo, "state:poland"}},
		},
		{
			name: "a sale or delivery of arms to X by Y, or Y's sale of arms to X: Y supports X",
			text: "The sale of F-16 jets to Turkey by the United States was approved. Japan's sale of patrol boats to Vietnam was agreed. " +
				"The delivery of German tanks to Ukraine began in March.",
			want: []rel{{"state:united-states", graph.Supports, "state:turkey"}, {"state:japan", graph.Supports, "state:vietnam"},
				{"state:germany", graph.Supports, "state:ukraine"}},
		},
		{
			name: "help its receiver tells of is no accusation; a third party's report of it still is",
			text: "Australian Prime Minister Scott Morrison spoke on Thursday. Australia will buy Tomahawk missiles from the United States, Morrison said. " +
				"Kyiv said Iran sold drones to Russia.",
			want: []rel{{"state:united-states", graph.Supports, "state:australia"}, {"state:ukraine", graph.Accuses, "state:iran"}},
			not:  []rel{{"person:scott-morrison", graph.Accuses, "state:united-states"}},
		},
		{
			name: "a purchase of arms from X: X supports the buyer",
			text: "India's purchase of S-400 missiles from Russia angered Washington. The purchase of Turkish drones by Poland was signed in May.",
			want: []rel{{"state:russia", graph.Supports, "state:india"}},
			not:  []rel{{"state:india", graph.Supports, "state:russia"}},
		},
		{
			name: "'X's decision to V Y': X is the subject of V",
			text: "Japan's decision to sanction Russia drew a protest from Moscow. Canada's decision to expel Indian diplomats came on Monday. " +
				"Brazil's decision to recognise Kosovo angered Serbia.",
			want: []rel{{"state:japan", graph.Sanctions, "state:russia"}, {"state:canada", graph.Expelled, "state:india"},
				{"state:brazil", graph.Supports, "state:kosovo"}},
			not: []rel{{"state:kosovo", graph.Criticizes, "state:serbia"}, {"state:serbia", graph.Criticizes, "state:kosovo"}},
		},
		{
			name: "a refusal or a plan to act is no act",
			text: "Brazil's refusal to recognise Kosovo angered Serbia. Kenya's plan to sanction Uganda was shelved.",
			not:  []rel{{"state:brazil", graph.Supports, "state:kosovo"}, {"state:kenya", graph.Sanctions, "state:uganda"}},
		},
		{
			name: "hit or slapped with sanctions is sanctioned, not attacked; an air strike that hits is still an attack",
			text: "ECOWAS hit Mali with sanctions in January. Iran was slapped with new sanctions by Canada on Monday. " +
				"Israel hit Hezbollah with air strikes.",
			want: []rel{{"organization:economic-community-of-west-african-states", graph.Sanctions, "state:mali"},
				{"state:canada", graph.Sanctions, "state:iran"}, {"state:israel", graph.Attacked, "organization:hezbollah"}},
			not: []rel{{"organization:economic-community-of-west-african-states", graph.Attacked, "state:mali"},
				{"state:canada", graph.Attacked, "state:iran"}},
		},
		{
			name: "suspended or expelled from a body, the body acts",
			text: "Niger was suspended from ECOWAS after the coup. Russia was expelled from the Council of Europe in March 2022.",
			want: []rel{{"organization:economic-community-of-west-african-states", graph.Sanctions, "state:niger"},
				{"organization:council-of-europe", graph.Sanctions, "state:russia"}},
		},
		{
			name: "a body admitting a member, active or passive",
			text: "Somalia was admitted to the East African Community in 2023. Gabon was readmitted to the African Union on Friday. " +
				"The East African Community admitted Somalia as its eighth member.",
			want: []rel{{"state:somalia", graph.MemberOf, "organization:east-african-community"}, {"state:gabon", graph.MemberOf, "organization:african-union"}},
			not:  []rel{{"organization:east-african-community", graph.MemberOf, "state:somalia"}},
		},
		{
			name: "the sale of a company or a stake is no support",
			text: "The sale of Kenya Power to a Chinese group was blocked. The sale of a 30% stake to Glencore was approved by Zambia.",
			not:  []rel{{"state:zambia", graph.Supports, "organization:glencore"}},
		},
	})
}
