package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestFreshDistributedAgreements: "A and B each signed deals", "have both signed agreements" (plural) say
// each signed its own: no agreement between A and B; each agrees with the object when one is named.
func TestFreshDistributedAgreements(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "each signed deals with an object",
			text: "Rwanda and Burundi each signed deals with the United Arab Emirates on gold refining last year.",
			want: []rel{{"state:rwanda", graph.SignedAgreementWith, "state:united-arab-emirates"},
				{"state:burundi", graph.SignedAgreementWith, "state:united-arab-emirates"}},
			not: []rel{{"state:rwanda", graph.SignedAgreementWith, "state:burundi"}, {"state:burundi", graph.SignedAgreementWith, "state:rwanda"}},
		},
		{
			name: "each signed deals with no object",
			text: "Zambia and Malawi each signed deals at the forum in Lusaka on Thursday.",
			not:  []rel{{"state:zambia", graph.SignedAgreementWith, "state:malawi"}, {"state:malawi", graph.SignedAgreementWith, "state:zambia"}},
		},
		{
			name: "have both signed agreements (plural) with no object",
			text: "Laos and Myanmar have both signed agreements in recent months, according to the bank.",
			not:  []rel{{"state:laos", graph.SignedAgreementWith, "state:myanmar"}, {"state:myanmar", graph.SignedAgreementWith, "state:laos"}},
		},
		{
			name: "have both signed agreements, after an aside on the subject",
			text: "Norway and Iceland, which the bloc calls its closest partners, have both signed agreements this year to buy Chilean copper.",
			not:  []rel{{"state:norway", graph.SignedAgreementWith, "state:iceland"}, {"state:iceland", graph.SignedAgreementWith, "state:norway"}},
		},
		{
			name: "both signed the accord is still one accord between them",
			text: "Sudan and South Sudan both signed the accord in Juba on Sunday.",
			want: []rel{{"state:sudan", graph.SignedAgreementWith, "state:south-sudan"}},
		},
	})
}
