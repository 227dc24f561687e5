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
	})
}
