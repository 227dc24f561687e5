package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestFreshSignedByReducedRelative: a deal named before a comma and a participle that takes its signers
// after "by" ("The ceasefire, signed in Doha on Saturday by Congo and the M23, ...") joins the signers, as
// "The accord was signed by A and B" did; on main the noun before the comma was not found (issue 11, t12b:
// the development split's "The truce, signed on May 13 by the GNU and the Radaa Deterrence Force" and "The
// contract, signed in Ankara on June 16 by Benin's defence ministry and Meridyen"). A report signed, and a
// deal brokered, join no one.
func TestFreshSignedByReducedRelative(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "a ceasefire signed by two sides, set off by commas",
			text: "The ceasefire, signed in Doha on Saturday by Congo and the M23, was broken within hours.",
			want: []rel{{"organization:march-23-movement", graph.SignedAgreementWith, "state:democratic-republic-of-the-congo"}},
		},
		{
			name: "a contract concluded by two companies, with a time phrase",
			text: "The supply contract, concluded in Jakarta last week by Pertamina and Saudi Aramco, runs for ten years.",
			want: []rel{{"organization:pertamina", graph.SignedAgreementWith, "organization:saudi-aramco"}},
		},
		{
			name: "a memorandum signed by two states",
			text: "The memorandum, signed in Hanoi by Vietnam and South Korea, covers rare earths.",
			want: []rel{{"state:south-korea", graph.SignedAgreementWith, "state:vietnam"}},
		},
		{
			name: "a report signed by two states is no agreement between them",
			text: "The report, signed by Ghana and Togo, was sent to the African Union.",
			not: []rel{{"state:ghana", graph.SignedAgreementWith, "state:togo"},
				{"state:togo", graph.SignedAgreementWith, "state:ghana"}},
		},
		{
			name: "a ceasefire brokered by two states makes them no parties",
			text: "The ceasefire, brokered by Qatar and Egypt, held through the night.",
			not: []rel{{"state:egypt", graph.SignedAgreementWith, "state:qatar"},
				{"state:qatar", graph.SignedAgreementWith, "state:egypt"}},
		},
	})
}
