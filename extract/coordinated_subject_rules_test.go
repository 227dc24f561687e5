package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestFreshSubjectAcrossCoordinatedClause: a present-tense verb the tagger reads as a plural noun
// ("borders", "supplies") is still the first clause's verb, so "and joined ..." carries the first clause's
// subject, not the object before "and" (issue 11: "Laos borders Vietnam and joined ASEAN" gave Vietnam a
// member of ASEAN).
func TestFreshSubjectAcrossCoordinatedClause(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "borders X and joined: the subject of borders joined",
			text: "Paraguay borders Bolivia and joined Mercosur as a founding member in 1991.",
			want: []rel{{"state:paraguay", graph.Borders, "state:bolivia"}, {"state:paraguay", graph.MemberOf, "organization:mercosur"}},
			not:  []rel{{"state:bolivia", graph.MemberOf, "organization:mercosur"}},
		},
		{
			name: "borders X and joined, an organisation with its article",
			text: "Mongolia borders China and joined the United Nations in 1961, after years of Soviet lobbying.",
			want: []rel{{"state:mongolia", graph.MemberOf, "organization:united-nations"}},
			not:  []rel{{"state:china", graph.MemberOf, "organization:united-nations"}},
		},
		{
			name: "supplies X with arms and signed an agreement: the supplier signed",
			text: "Russia supplies Syria with arms and signed a nuclear cooperation agreement with Iran in Tehran on Monday.",
			want: []rel{{"state:russia", graph.SignedAgreementWith, "state:iran"}},
			not:  []rel{{"state:iran", graph.SignedAgreementWith, "state:syria"}, {"state:syria", graph.SignedAgreementWith, "state:iran"}},
		},
	})
}

// TestFreshJointWithPronoun: "A and B signed agreements with it" names the other party by a pronoun: each
// signed with whom "it" stands for, not with the other (issue 11: "after Egypt and Jordan signed peace
// treaties with it" gave Egypt and Jordan an agreement). "with each other" and no "with" still join them.
func TestFreshJointWithPronoun(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "A and B signed agreements with it: no agreement between A and B",
			text: "Israel's isolation in the region eased after Morocco and Bahrain signed normalisation agreements with it in 2020.",
			not:  []rel{{"state:bahrain", graph.SignedAgreementWith, "state:morocco"}, {"state:morocco", graph.SignedAgreementWith, "state:bahrain"}},
		},
		{
			name: "A and B signed a deal with them: no deal between A and B",
			text: "The rebels have kept fighting in the north since Chad and Niger signed a security pact with them last year.",
			not:  []rel{{"state:chad", graph.SignedAgreementWith, "state:niger"}, {"state:niger", graph.SignedAgreementWith, "state:chad"}},
		},
		{
			name: "A and B signed an accord with each other: still joint",
			text: "Armenia and Azerbaijan signed a peace accord with each other in Washington on Friday.",
			want: []rel{{"state:armenia", graph.SignedAgreementWith, "state:azerbaijan"}},
		},
	})
}
