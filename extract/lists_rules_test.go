package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestListedActors checks, on sentences written fresh in the shapes of wire copy, lists of actors that
// share a verb or fill one side of it: the comma inside a list of subjects is no report set off by commas
// ("Chile, Peru and Colombia announced sanctions on Venezuela, as did Ecuador" had made Peru accuse Chile
// and Colombia).
func TestListedActors(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "a list of subjects before a reporting verb is no aside: no accusation among its members",
			text: "Chile, Peru and Colombia announced new sanctions on Venezuela, as did Ecuador.",
			want: []rel{{"state:chile", graph.Sanctions, "state:venezuela"}, {"state:peru", graph.Sanctions, "state:venezuela"},
				{"state:colombia", graph.Sanctions, "state:venezuela"}, {"state:ecuador", graph.Sanctions, "state:venezuela"}},
			not: []rel{{"state:peru", graph.Accuses, "state:chile"}, {"state:peru", graph.Accuses, "state:colombia"}},
		},
		{
			name: "a list of subjects declaring a ban: each sanctions, none accuses another",
			text: "Kenya, Uganda and Rwanda declared a trade ban on Burundi, as did Tanzania.",
			want: []rel{{"state:kenya", graph.Sanctions, "state:burundi"}, {"state:rwanda", graph.Sanctions, "state:burundi"},
				{"state:uganda", graph.Sanctions, "state:burundi"}},
			not: []rel{{"state:uganda", graph.Accuses, "state:kenya"}, {"state:uganda", graph.Accuses, "state:rwanda"}},
		},
		{
			name: "a list of speakers telling of their own act: each one's word, no accusation among them",
			text: "Botswana, Namibia and Zambia said on Monday they had sent troops to Mozambique. " +
				"Estonia and Latvia announced that they would expel Russian diplomats.",
			want: []rel{{"state:namibia", graph.DeployedForcesTo, "state:mozambique"}, {"state:zambia", graph.DeployedForcesTo, "state:mozambique"},
				{"state:botswana", graph.DeployedForcesTo, "state:mozambique"}},
			not: []rel{{"state:botswana", graph.Accuses, "state:namibia"}, {"state:botswana", graph.Accuses, "state:zambia"},
				{"state:estonia", graph.Accuses, "state:latvia"}},
		},
		{
			name: "a list of owners after 'of' in the object: each is expelled or summoned",
			text: "Moldova expelled the ambassadors of Russia, Belarus and Iran on Monday. " +
				"Mexico summoned the ambassadors of Ecuador and Peru over the remarks. " +
				"Algeria declared diplomats of France and Spain persona non grata.",
			want: []rel{{"state:moldova", graph.Expelled, "state:russia"}, {"state:moldova", graph.Expelled, "state:belarus"},
				{"state:moldova", graph.Expelled, "state:iran"}, {"state:mexico", graph.Criticizes, "state:ecuador"},
				{"state:mexico", graph.Criticizes, "state:peru"}, {"state:algeria", graph.Expelled, "state:france"},
				{"state:algeria", graph.Expelled, "state:spain"}},
		},
		{
			name: "a list of states' adjectives before the noun: each owns it",
			text: "Lithuania expelled Russian and Belarusian diplomats on Friday. " +
				"Sudan ordered the envoys of Chad, Kenya and Ethiopia to leave within 72 hours. " +
				"Armenian and Georgian troops were sent to Kosovo last year.",
			want: []rel{{"state:lithuania", graph.Expelled, "state:russia"}, {"state:lithuania", graph.Expelled, "state:belarus"},
				{"state:sudan", graph.Expelled, "state:kenya"}, {"state:sudan", graph.Expelled, "state:ethiopia"},
				{"state:armenia", graph.DeployedForcesTo, "state:kosovo"}, {"state:georgia", graph.DeployedForcesTo, "state:kosovo"}},
			not: []rel{{"state:russia", graph.Expelled, "state:belarus"}},
		},
		{
			name: "a claim by a list of speakers: each accuses",
			text: "Britain, France and Germany said Iran had supplied ballistic missiles to Russia. " +
				"Rwanda had sent troops into Congo, according to Uganda and Burundi. " +
				"Eritrea supplied drones to Ethiopia, Egypt and Sudan said.",
			want: []rel{{"state:united-kingdom", graph.Accuses, "state:iran"}, {"state:france", graph.Accuses, "state:iran"},
				{"state:germany", graph.Accuses, "state:iran"}, {"state:uganda", graph.Accuses, "state:rwanda"},
				{"state:burundi", graph.Accuses, "state:rwanda"}, {"state:egypt", graph.Accuses, "state:eritrea"},
				{"state:sudan", graph.Accuses, "state:eritrea"}},
			not: []rel{{"state:iran", graph.Supports, "state:russia"}, {"state:france", graph.Accuses, "state:united-kingdom"},
				{"state:eritrea", graph.Supports, "state:egypt"}, {"state:eritrea", graph.Supports, "state:sudan"}},
		},
		{
			name: "a plural object whose members a list names: each is the object",
			text: "China imposed sanctions on three countries: Lithuania, Latvia and Estonia. " +
				"Turkey signed defence deals with several Gulf states, including Qatar and Kuwait. " +
				"Brazil sent aid to its neighbours, such as Bolivia and Paraguay. " +
				"Kenya condemned two of its neighbours, Uganda and Tanzania, over the tariffs.",
			want: []rel{{"state:china", graph.Sanctions, "state:lithuania"}, {"state:china", graph.Sanctions, "state:latvia"},
				{"state:china", graph.Sanctions, "state:estonia"}, {"state:turkey", graph.SignedAgreementWith, "state:qatar"},
				{"state:turkey", graph.SignedAgreementWith, "state:kuwait"}, {"state:brazil", graph.Supports, "state:bolivia"},
				{"state:brazil", graph.Supports, "state:paraguay"}},
		},
		{
			name: "a list of owners after 'from': envoys and troops of each",
			text: "Kenya summoned the envoys from Uganda and Tanzania. Troops from Chad and Niger were deployed to Mali. " +
				"Mali expelled the ambassador from Bamako on Monday. Niger expelled the ambassador from the country.",
			want: []rel{{"state:kenya", graph.Criticizes, "state:uganda"}, {"state:kenya", graph.Criticizes, "state:tanzania"},
				{"state:chad", graph.DeployedForcesTo, "state:mali"}, {"state:niger", graph.DeployedForcesTo, "state:mali"}},
			not: []rel{{"state:mali", graph.Expelled, "place:bamako"}, {"state:niger", graph.Expelled, "state:mali"}},
		},
		{
			name: "a report set off by commas still makes a claim of its speaker",
			text: "Belarus, Lithuanian officials said on Friday, had supplied drones to Russia.",
			want: []rel{{"state:lithuania", graph.Accuses, "state:belarus"}},
			not:  []rel{{"state:belarus", graph.Supports, "state:russia"}},
		},
	})
}

// TestListsEndBeforeAReport checks that a list of objects stops before the speakers of a report after it:
// "supplied drones to Ethiopia, Egypt and Sudan said" names one receiver, not three.
func TestListsEndBeforeAReport(t *testing.T) {
	for _, tc := range []struct{ text, from, to string }{
		{"Eritrea supplied drones to Ethiopia, Egypt and Sudan said.", "state:eritrea", "state:egypt"},
		{"Serbia sold rifles to Libya, Italy and Greece told the United Nations.", "state:serbia", "state:italy"},
	} {
		b := mustExtract(t, tc.text)
		if r := relationEither(b, tc.from, graph.Supports, tc.to); r != nil {
			t.Errorf("%q: want no %s SUPPORTS %s at all", tc.text, tc.from, tc.to)
		}
	}
}
