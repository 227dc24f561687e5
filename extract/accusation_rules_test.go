package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// accusationCase is a ruleCase whose facts must also be stated as facts, not as anyone's claim.
type accusationCase struct {
	ruleCase
	facts []rel
}

// checkAccusations runs checkRules and then asks that each of facts is stated as a fact.
func checkAccusations(t *testing.T, tests []accusationCase) {
	t.Helper()
	var rules []ruleCase
	for _, tt := range tests {
		rules = append(rules, tt.ruleCase)
	}
	checkRules(t, rules)
	for _, tt := range tests {
		if len(tt.facts) == 0 {
			continue
		}
		b := mustExtract(t, tt.text)
		for _, f := range tt.facts {
			if r := relationEither(b, f.from, f.t, f.to); r == nil || !statedAsFact(*r) {
				t.Errorf("%s: want %s %s %s as a fact", tt.name, f.from, f.t, f.to)
			}
		}
	}
}

// TestRulesAccusations checks, on fresh sentences of several regions, what makes one actor accuse another:
// and first what does not. A description set off by commas ("Sonatrach, the Algerian state energy company,")
// is no report, though "state" is also a verb of saying: the company's act stays a fact, and its state
// accuses it of nothing.
func TestRulesAccusations(t *testing.T) {
	checkAccusations(t, []accusationCase{
		{ruleCase: ruleCase{
			name: "an apposition with a noun that is also a verb of saying is no report",
			text: "Sonatrach, the Algerian state energy company, cut gas supplies to Spain. " +
				"Petronas, the Malaysian state oil firm, signed an agreement with Brunei. " +
				"Aeroflot, the Russian state carrier, suspended flights to Georgia.",
			not: []rel{{"state:algeria", graph.Accuses, "organization:sonatrach"}, {"state:malaysia", graph.Accuses, "organization:petronas"},
				{"state:russia", graph.Accuses, "organization:aeroflot"}},
		}, facts: []rel{{"organization:sonatrach", graph.Sanctions, "state:spain"}, {"organization:petronas", graph.SignedAgreementWith, "state:brunei"}}},
		{ruleCase: ruleCase{
			name: "a role noun that describes an actor inside a report blames no one",
			text: "Sonatrach said it had suspended deliveries to Enel, Italy's largest power supplier, on Monday. " +
				"Ecopetrol said it had stopped shipments to Petroperu, Peru's state fuel supplier.",
			not: []rel{{"organization:sonatrach", graph.Accuses, "organization:enel"}, {"organization:ecopetrol", graph.Accuses, "organization:petroperu"}},
		}},
		{ruleCase: ruleCase{
			name: "a report of an attack on no actor accuses its doer",
			text: "Armenia's defence ministry said Azerbaijani troops had shelled villages near the border on Sunday. " +
				"Sudan's army said the Rapid Support Forces had killed dozens of civilians in El Fasher. " +
				"Israeli jets struck a camp in southern Lebanon overnight, Lebanon's health ministry said. " +
				"The United Nations said Ethiopian troops had killed civilians in Tigray.",
			want: []rel{{"organization:armenian-defence-ministry", graph.Accuses, "state:azerbaijan"},
				{"organization:sudanese-army", graph.Accuses, "organization:rapid-support-forces"},
				{"organization:lebanese-health-ministry", graph.Accuses, "state:israel"},
				{"organization:united-nations", graph.Accuses, "state:ethiopia"}},
		}},
		{ruleCase: ruleCase{
			name: "a reported passive's agent is accused",
			text: "Kosovo's interior minister said the gunmen had been armed by Serbia. " +
				"Colombia's defence minister said the base had been attacked by the National Liberation Army. " +
				"The village was shelled by Azerbaijani troops, Armenia's foreign ministry said. " +
				"Nepal's home minister said the checkpoint was raided by Maoist rebels from India.",
			want: []rel{{"state:kosovo", graph.Accuses, "state:serbia"}, {"state:colombia", graph.Accuses, "organization:national-liberation-army"},
				{"organization:armenian-foreign-ministry", graph.Accuses, "state:azerbaijan"}},
		}},
		{ruleCase: ruleCase{
			name: "a reported passive denied, negated or told by the doer's side accuses no one",
			text: "Serbia denied that the gunmen had been armed by Belgrade. " +
				"Colombia said the base had not been attacked by the National Liberation Army. " +
				"Azerbaijan's defence ministry said the positions had been shelled by Azerbaijani troops.",
			not: []rel{{"state:serbia", graph.Accuses, "state:serbia"}, {"state:colombia", graph.Accuses, "organization:national-liberation-army"},
				{"organization:azerbaijani-defence-ministry", graph.Accuses, "state:azerbaijan"}},
		}},
		{ruleCase: ruleCase{
			name: "a word in quotes inside the reported clause, and the use of a poison ordered",
			text: "Ethiopia's foreign ministry said that Eritrea had \"once again\" shelled the town. " +
				"Sweden's foreign minister said it was almost certain that Russia had approved the use of a nerve agent. " +
				"Syrian rebels said the government had ordered the use of chemical weapons in Douma.",
			want: []rel{{"organization:ethiopian-foreign-ministry", graph.Accuses, "state:eritrea"}, {"state:sweden", graph.Accuses, "state:russia"}},
		}},
		{ruleCase: ruleCase{
			name: "troops named by their state's demonym are the forces the article names",
			text: "The Indian Army said on Monday that its posts were on alert. " +
				"Islamabad said Indian troops had crossed the Line of Control near Kotli.",
			want: []rel{{"state:pakistan", graph.Accuses, "organization:indian-army"}},
		}},
		{ruleCase: ruleCase{
			name: "believing, and saying it is likely, accuse as saying does",
			text: "Estonia's prime minister said it was almost certain that Russia had ordered the sabotage. " +
				"Colombian officials believe Venezuela is arming the guerrillas. " +
				"Britain's defence secretary said it was highly likely that Moscow ordered the attack.",
			want: []rel{{"state:estonia", graph.Accuses, "state:russia"}, {"state:colombia", graph.Accuses, "state:venezuela"},
				{"state:united-kingdom", graph.Accuses, "state:russia"}},
		}},
		{ruleCase: ruleCase{
			name: "interference and violations told by another actor accuse",
			text: "Moldova's president said Russia was interfering in the election. " +
				"Serbia said Kosovo had violated the agreement. " +
				"Mexico's foreign minister said the United States had violated its airspace.",
			want: []rel{{"state:moldova", graph.Accuses, "state:russia"}, {"state:serbia", graph.Accuses, "state:kosovo"},
				{"state:mexico", graph.Accuses, "state:united-states"}},
		}},
		{ruleCase: ruleCase{
			name: "holding responsible and pointing the finger accuse",
			text: "Pakistan held India responsible for the blast in Quetta. " +
				"Armenia pointed the finger at Azerbaijan for the shelling. " +
				"Venezuela holds Guyana responsible for the border incident.",
			want: []rel{{"state:pakistan", graph.Accuses, "state:india"}, {"state:armenia", graph.Accuses, "state:azerbaijan"},
				{"state:venezuela", graph.Accuses, "state:guyana"}},
		}},
		{ruleCase: ruleCase{
			name: "a denial, a negation, a doubt, the doer's own word and an act of no blame accuse no one",
			text: "Azerbaijan denied that its troops had shelled villages near the border. " +
				"Georgia did not say that Russian troops had burned the village. " +
				"Chile said Argentine forces had not crossed the border. " +
				"Kenya said it was unclear whether Somali troops had killed the herders. " +
				"Azerbaijan's defence ministry said its troops had shelled positions near Lachin. " +
				"Ghana said Togo had signed the agreement on Friday.",
			not: []rel{{"state:azerbaijan", graph.Accuses, "state:azerbaijan"}, {"state:georgia", graph.Accuses, "state:russia"},
				{"state:chile", graph.Accuses, "state:argentina"}, {"state:kenya", graph.Accuses, "state:somalia"},
				{"organization:azerbaijani-defence-ministry", graph.Accuses, "state:azerbaijan"}, {"state:ghana", graph.Accuses, "state:togo"}},
		}},
	})
}
