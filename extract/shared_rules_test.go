package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestSharedLists checks, on sentences written in the shapes of wire copy, actors listed beside a clause's
// subject that share its verb: after the object ("..., alongside Peru and Chile", "as did France",
// "joined by South Korea") and in an aside before the verb ("Several countries, including Kenya and
// Uganda, have sent"), and what such lists are not (more objects, members of the subject).
func TestSharedLists(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "'alongside' after the object adds subjects, not objects",
			text: "Canada recalled its ambassador from Venezuela, alongside Peru and Chile.",
			want: []rel{{"state:peru", graph.Opposes, "state:venezuela"}, {"state:chile", graph.Opposes, "state:venezuela"},
				{"state:canada", graph.Opposes, "state:venezuela"}},
			not: []rel{{"state:canada", graph.Opposes, "state:peru"}, {"state:canada", graph.Opposes, "state:chile"}},
		},
		{
			name: "'as did' and 'as have' after the object",
			text: "Germany expelled four Iranian diplomats, as did France and the Netherlands. " +
				"Brazil criticised Israel over the strikes on Thursday, as did South Africa.",
			want: []rel{{"state:france", graph.Expelled, "state:iran"}, {"state:netherlands", graph.Expelled, "state:iran"},
				{"state:south-africa", graph.Criticizes, "state:israel"}},
		},
		{
			name: "'joined by' after the object shares the verb; before the verb it is no membership",
			text: "Japan imposed sanctions on North Korea, joined by South Korea and Australia. " +
				"The European Union, joined by Norway and Switzerland, condemned Belarus.",
			want: []rel{{"state:south-korea", graph.Sanctions, "state:north-korea"}, {"state:australia", graph.Sanctions, "state:north-korea"},
				{"state:norway", graph.Criticizes, "state:belarus"}, {"organization:european-union", graph.Criticizes, "state:belarus"}},
			not: []rel{{"state:norway", graph.MemberOf, "organization:european-union"}, {"state:switzerland", graph.MemberOf, "organization:european-union"}},
		},
		{
			name: "an aside between the subject and its verb: 'together with', 'alongside'",
			text: "Ukraine, together with Poland, condemned Belarus on Tuesday. " +
				"Kenya, alongside Ethiopia, sent troops to Somalia.",
			want: []rel{{"state:poland", graph.Criticizes, "state:belarus"}, {"state:ethiopia", graph.DeployedForcesTo, "state:somalia"},
				{"state:kenya", graph.DeployedForcesTo, "state:somalia"}},
		},
		{
			name: "members of a plural subject listed in an aside: 'including', 'such as'",
			text: "Several countries, including Qatar and Egypt, have mediated between Hamas and Israel. " +
				"Gulf states, such as Oman and Kuwait, have sent aid to Yemen.",
			want: []rel{{"state:qatar", graph.Mediates, "organization:hamas"}, {"state:egypt", graph.Mediates, "state:israel"},
				{"state:oman", graph.Supports, "state:yemen"}, {"state:kuwait", graph.Supports, "state:yemen"}},
		},
		{
			name: "places and objects after 'along with' or 'as well as' are no subjects",
			text: "Russia attacked Kyiv on Monday, along with Kharkiv and Odesa. Iran sanctioned Britain on Friday, as well as Canada.",
			not:  []rel{{"place:kharkiv", graph.Attacked, "place:kyiv"}, {"state:canada", graph.Sanctions, "state:united-kingdom"}},
		},
	})
}

// TestCarriedDescriptions checks definite descriptions carried from the sentence before: a
// sentence-opening "the country" is the state that was the subject just before, not the article's state;
// "the bloc" the body of states named last; "its neighbour" never its owner.
func TestCarriedDescriptions(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "'The country' opening a sentence is the previous sentence's subject",
			text: "Israel struck targets in Syria on Sunday, Israeli officials said. Israel said the strikes hit Iranian weapons depots. " +
				"Jordan condemned the strikes. The country also recalled its ambassador from Israel.",
			want: []rel{{"state:jordan", graph.Opposes, "state:israel"}},
		},
		{
			name: "'The country' is the subject before, though the article names another state more",
			text: "Turkey launched air strikes on Kurdish positions in northern Iraq. Turkey said the strikes targeted the PKK. " +
				"Iraq condemned the raids. The country summoned Turkey's ambassador on Monday.",
			want: []rel{{"state:iraq", graph.Criticizes, "state:turkey"}},
		},
		{
			name: "'the bloc' is the body of states just named, not only an alliance",
			text: "The Arab League met in Cairo on Sunday. The bloc condemned Israel and called for a ceasefire. " +
				"The African Union urged both governments to show restraint. The bloc's special envoy, Moussa Diarra, met Paul Kagame.",
			want: []rel{{"organization:arab-league", graph.Criticizes, "state:israel"},
				{"person:moussa-diarra", graph.OfficialOf, "organization:african-union"}},
		},
		{
			name: "'its neighbour' is the state named before that is not its owner",
			text: "Morocco recalled its envoy from Algeria on Thursday. The kingdom accused its neighbour of arming the Polisario Front.",
			want: []rel{{"state:morocco", graph.Accuses, "state:algeria"}},
			not:  []rel{{"state:morocco", graph.Supports, "organization:polisario-front"}, {"state:algeria", graph.Supports, "organization:polisario-front"}},
		},
		{
			name: "'the bloc' and 'the alliance' stand for a body named before them, never for one the article names only later",
			text: "Thailand welcomed Cambodia's decision to leave the bloc.\n\nOn Friday, Vietnam hosted officials of ASEAN in Hanoi. " +
				"Hungary praised the alliance on Monday. Later, Armenia met officials of the CSTO in Yerevan.",
			want: []rel{{"state:thailand", graph.Supports, "state:cambodia"}},
			not: []rel{{"state:thailand", graph.Supports, "organization:association-of-southeast-asian-nations"},
				{"state:cambodia", graph.Opposes, "organization:association-of-southeast-asian-nations"},
				{"state:hungary", graph.Supports, "organization:collective-security-treaty-organization"}},
		},
		{
			name: "'the bloc' is the body named before it, not the one the article names most",
			text: "ECOWAS leaders met in Abuja. The bloc suspended Guinea on Sunday. The AU backed the suspension. " +
				"The AU said it would send envoys. The AU met the junta.",
			want: []rel{{"organization:economic-community-of-west-african-states", graph.Sanctions, "state:guinea"}},
			not:  []rel{{"organization:african-union", graph.Sanctions, "state:guinea"}},
		},
	})
}

// TestNominalRequests checks nominalisations that name who asked and who brokered: "at X's request" is
// X asking the clause's subject, "the EU-facilitated dialogue between A and B" the EU mediating.
func TestNominalRequests(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "'at X's request' after the clause and opening it",
			text: "The OPCW sent inspectors to Syria at France's request. " +
				"At Mozambique's request, Rwanda deployed 1,000 troops to Cabo Delgado. " +
				"Chad sent troops to Niger on Kenya's invitation.",
			want: []rel{{"state:france", graph.RequestedHelpFrom, "organization:organisation-for-the-prohibition-of-chemical-weapons"},
				{"state:mozambique", graph.RequestedHelpFrom, "state:rwanda"}, {"state:kenya", graph.RequestedHelpFrom, "state:chad"}},
			not: []rel{{"state:mozambique", graph.RequestedHelpFrom, "place:cabo-delgado"}},
		},
		{
			name: "a facilitated dialogue is mediated",
			text: "Serbia praised the EU-facilitated dialogue between Belgrade and Pristina.",
			want: []rel{{"organization:european-union", graph.Mediates, "state:serbia"}, {"organization:european-union", graph.Mediates, "state:kosovo"}},
		},
	})
}
