package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestBrokersOfStatedEvents checks talks and deals whose broker a phrase on their noun names, in the shapes
// wire copy uses, with the parties stated by the noun's own sentence or before it: "A and B signed a
// US-brokered deal", "A and B held Qatar-brokered talks", "agreed ... in a deal brokered by X", "a deal
// the UN brokered", "The deal, which Kenya brokered, collapsed". The broker MEDIATES each party
// (docs/annotation.md); the parties meet or agree as their own verb says.
func TestBrokersOfStatedEvents(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "a compound broker on the object of the parties' own verb: 'held Qatar-brokered talks', 'signed a US-brokered deal'",
			text: "Afghanistan and Pakistan held Qatar-brokered talks in Doha last week. " +
				"Serbia and Kosovo signed a US-brokered deal on economic ties in 2020.",
			want: []rel{{"state:qatar", graph.Mediates, "state:afghanistan"}, {"state:qatar", graph.Mediates, "state:pakistan"},
				{"state:afghanistan", graph.MetWith, "state:pakistan"},
				{"state:united-states", graph.Mediates, "state:serbia"}, {"state:united-states", graph.Mediates, "state:kosovo"}},
		},
		{
			name: "a broker after 'by' on the parties' own agreement: 'signed a border deal, brokered by Zambia', 'agreed a truce brokered by the AU'",
			text: "Mozambique and Malawi signed a border deal, brokered by Zambia, in 2019. " +
				"Ethiopia and Eritrea agreed a truce brokered by the African Union.",
			want: []rel{{"state:zambia", graph.Mediates, "state:mozambique"}, {"state:zambia", graph.Mediates, "state:malawi"},
				{"organization:african-union", graph.Mediates, "state:ethiopia"}, {"organization:african-union", graph.Mediates, "state:eritrea"}},
		},
		{
			name: "a relative clause on the deal's noun names its broker: 'a deal the United Nations brokered', 'the agreement that Brazil mediated'",
			text: "Ethiopia and Eritrea signed a deal the United Nations brokered last year, ending the border war. " +
				"Peru and Ecuador signed the agreement that Brazil mediated in 1998.",
			want: []rel{{"organization:united-nations", graph.Mediates, "state:ethiopia"}, {"organization:united-nations", graph.Mediates, "state:eritrea"},
				{"state:brazil", graph.Mediates, "state:peru"}, {"state:brazil", graph.Mediates, "state:ecuador"}},
		},
		{
			name: "a deal named again with its broker in a relative clause: 'The deal, which Saudi Arabia and the United States brokered, collapsed'",
			text: "Sudan and South Sudan agreed a truce in May. The deal, which Saudi Arabia and the United States brokered, collapsed within days.",
			want: []rel{{"state:saudi-arabia", graph.Mediates, "state:sudan"}, {"state:saudi-arabia", graph.Mediates, "state:south-sudan"},
				{"state:united-states", graph.Mediates, "state:sudan"}, {"state:united-states", graph.Mediates, "state:south-sudan"}},
		},
		{
			name: "a party's own negotiating is no brokering, and a broker's phrase over another sentence's two deals names no parties",
			text: "Ethiopia signed a port deal with Somaliland that Ethiopia negotiated with Somaliland for a year. " +
				"Chile signed a lithium deal with Argentina on Monday. Peru signed a fisheries pact with Ecuador on Tuesday. The deal, which Brazil brokered, was praised.",
			not: []rel{{"state:ethiopia", graph.Mediates, "state:somaliland"},
				{"state:brazil", graph.Mediates, "state:chile"}, {"state:brazil", graph.Mediates, "state:peru"}},
		},
		{
			name: "a denied agreement gives its broker nothing",
			text: "Thailand denied that it had signed a truce with Cambodia brokered by Malaysia.",
			not:  []rel{{"state:malaysia", graph.Mediates, "state:thailand"}, {"state:malaysia", graph.Mediates, "state:cambodia"}},
		},
	})
}

// TestListsBeforeRelatives checks a list of actors before a relative clause: the clause's subject is every
// member when its verb is plural ("which have"), when "both of which", "each of which" or "all of which"
// opens it, and when a past tense, which has no number, follows a list that is its sentence's subject
// ("Ethiopia and Egypt, which brokered the accord, said"); a list after a verb keeps the nearest ("sanctions
// on Iran and Russia, which supplied drones").
func TestListsBeforeRelatives(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "'A and B, which brokered the accord': each brokered it",
			text: "Sudan and South Sudan signed a border accord on Monday. Ethiopia and Egypt, which brokered the accord, said they would send observers.",
			want: []rel{{"state:ethiopia", graph.Mediates, "state:sudan"}, {"state:ethiopia", graph.Mediates, "state:south-sudan"},
				{"state:egypt", graph.Mediates, "state:sudan"}, {"state:egypt", graph.Mediates, "state:south-sudan"}},
		},
		{
			name: "'A and B, who facilitated the talks'",
			text: "Armenia and Azerbaijan held talks in Geneva. Switzerland and the United States, who facilitated the talks, called them constructive.",
			want: []rel{{"state:switzerland", graph.Mediates, "state:armenia"}, {"state:switzerland", graph.Mediates, "state:azerbaijan"},
				{"state:united-states", graph.Mediates, "state:armenia"}},
		},
		{
			name: "'both of which', 'each of which'",
			text: "Guinea and Sierra Leone signed a fisheries accord on Monday. Ghana and Senegal, both of which brokered the accord, will monitor it. " +
				"Nepal and Bhutan agreed a trade treaty on Friday. India and Bangladesh, each of which guaranteed the treaty, welcomed the signing.",
			want: []rel{{"state:ghana", graph.Mediates, "state:guinea"}, {"state:senegal", graph.Mediates, "state:sierra-leone"},
				{"state:india", graph.Mediates, "state:nepal"}, {"state:bangladesh", graph.Mediates, "state:bhutan"}},
		},
		{
			name: "a list after a verb keeps the nearest as the relative's subject",
			text: "The United States imposed sanctions on Iran and Russia, which supplied drones to the Houthis.",
			want: []rel{{"state:russia", graph.Supports, "organization:houthis"}},
			not:  []rel{{"state:iran", graph.Supports, "organization:houthis"}},
		},
	})
}

// TestHaltedTalksNamedAgain checks talks a side halted, named again by a third party that guaranteed,
// hosted or facilitated them: talks suspended or broken off are read as opposition (verb:halted-talks-with)
// and stay talks for "the talks" after them, so the guarantor MEDIATES both sides (docs/annotation.md).
func TestHaltedTalksNamedAgain(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "guarantors of talks one side suspended mediate between both sides",
			text: "Colombia suspended peace talks with the ELN on Tuesday after an attack on a military base. " +
				"Norway and Cuba, which have guaranteed the talks since 2022, urged both sides to return to the table.",
			want: []rel{{"state:norway", graph.Mediates, "state:colombia"}, {"state:cuba", graph.Mediates, "organization:national-liberation-army"},
				{"state:colombia", graph.Opposes, "organization:national-liberation-army"}},
			not: []rel{{"state:norway", graph.Opposes, "state:colombia"}, {"state:norway", graph.Opposes, "organization:national-liberation-army"}},
		},
		{
			name: "a facilitator of negotiations broken off, and a host of talks called off",
			text: "Ethiopia broke off negotiations with Egypt over the Nile dam in March. The United States, which facilitated the negotiations, said it remained ready to help. " +
				"Serbia called off talks with Kosovo on Friday. Hungary, which hosted the talks, expressed regret.",
			want: []rel{{"state:united-states", graph.Mediates, "state:ethiopia"}, {"state:united-states", graph.Mediates, "state:egypt"},
				{"state:hungary", graph.Mediates, "state:serbia"}, {"state:hungary", graph.Mediates, "state:kosovo"}},
			not: []rel{{"state:serbia", graph.MetWith, "state:kosovo"}}, // talks called off were not held
		},
		{
			name: "talks only proposed, or refused, are no talks to mediate",
			text: "Venezuela rejected talks with Guyana over the Essequibo on Monday. Brazil, which offered to host the talks, said the door remained open.",
			not:  []rel{{"state:brazil", graph.Mediates, "state:venezuela"}, {"state:brazil", graph.Mediates, "state:guyana"}},
		},
	})
}

// TestMembersReactToTheirBlocsDeal checks a member state reacting to an agreement its own bloc made with
// another party: it speaks as one of the bloc's members, so it supports or opposes the other party only, not
// its own bloc ("ASEAN signed a trade deal with Canada. Vietnam welcomed the agreement" supports Canada); a
// state outside the bloc reacts to both parties. Membership as the text states it or the gazetteer lists it
// (gazetteer/memberships.tsv).
func TestMembersReactToTheirBlocsDeal(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "members of the bloc welcome or criticise the other party only",
			text: "ASEAN signed a free trade agreement with Canada in Kuala Lumpur on Monday. Vietnam and Thailand welcomed the agreement, while Cambodia criticised it.",
			want: []rel{{"state:vietnam", graph.Supports, "state:canada"}, {"state:thailand", graph.Supports, "state:canada"},
				{"state:cambodia", graph.Criticizes, "state:canada"}},
			not: []rel{{"state:vietnam", graph.Supports, "organization:association-of-southeast-asian-nations"},
				{"state:thailand", graph.Supports, "organization:association-of-southeast-asian-nations"},
				{"state:cambodia", graph.Criticizes, "organization:association-of-southeast-asian-nations"}},
		},
		{
			name: "a member rejecting its bloc's pact opposes the other party; an outsider reacts to both",
			text: "The Gulf Cooperation Council signed a free trade pact with the United Kingdom on Tuesday. Oman rejected the pact. Iran also rejected the pact.",
			want: []rel{{"state:oman", graph.Opposes, "state:united-kingdom"},
				{"state:iran", graph.Opposes, "organization:gulf-cooperation-council"}, {"state:iran", graph.Opposes, "state:united-kingdom"}},
			not: []rel{{"state:oman", graph.Opposes, "organization:gulf-cooperation-council"}},
		},
		{
			name: "a membership the text states counts as well",
			text: "Pakistan, a member of the Organisation of Islamic Cooperation, hosted the meeting. The Organisation of Islamic Cooperation signed a cooperation agreement with China on Friday. Pakistan hailed the agreement.",
			want: []rel{{"state:pakistan", graph.Supports, "state:china"}},
			not:  []rel{{"state:pakistan", graph.Supports, "organization:organisation-of-islamic-cooperation"}},
		},
	})
}

// TestWelcomedMeetings checks an observer welcoming talks, a meeting or a summit: it supports that they are
// held, not one of those who met, unless the text says so ("The African Union welcomed the summit" after
// Rwanda and the DRC met is no support of either); welcoming an agreement the talks reached supports its
// parties, as welcoming any agreement does.
func TestWelcomedMeetings(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "welcoming a summit or talks supports none of those who met",
			text: "The presidents of Rwanda and the Democratic Republic of Congo met in Luanda on Saturday. The African Union welcomed the summit. " +
				"Serbia and Kosovo held talks in Brussels on Thursday. The United States praised the talks.",
			want: []rel{{"state:rwanda", graph.MetWith, "state:democratic-republic-of-the-congo"}},
			not: []rel{{"organization:african-union", graph.Supports, "state:rwanda"}, {"organization:african-union", graph.Supports, "state:democratic-republic-of-the-congo"},
				{"state:united-states", graph.Supports, "state:serbia"}, {"state:united-states", graph.Supports, "state:kosovo"}},
		},
		{
			name: "talks that reached an agreement, and an agreement welcomed, support its parties",
			text: "Chile and Bolivia signed a water agreement after two days of talks in La Paz. Peru welcomed the talks. " +
				"Nepal and India agreed a power deal on Monday. Bhutan hailed the deal.",
			want: []rel{{"state:peru", graph.Supports, "state:chile"}, {"state:peru", graph.Supports, "state:bolivia"},
				{"state:bhutan", graph.Supports, "state:nepal"}, {"state:bhutan", graph.Supports, "state:india"}},
		},
	})
}

// TestBorderNounsBeforeABroker checks a border noun followed by a deal, a pact or a clash that a participle
// qualifies: the agent after the participle's "by" is that verb's, so no border with it ("reopen the
// frontier with Tajikistan under a deal mediated by Russia" had Russia BORDERS Tajikistan); a noun's own
// agent after "by" is still read.
func TestBorderNounsBeforeABroker(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "a broker after a deal's participle borders no one: 'the frontier with Tajikistan under a deal mediated by Russia'",
			text: "Kyrgyzstan agreed to reopen the frontier with Tajikistan under a deal mediated by Russia. " +
				"Ethiopia agreed to reopen the border with Eritrea in a deal brokered by Kenya. " +
				"Guatemala will demarcate the boundary with Belize through a ruling issued by the International Court of Justice.",
			not: []rel{{"state:russia", graph.Borders, "state:tajikistan"}, {"state:kenya", graph.Borders, "state:eritrea"},
				{"organization:international-court-of-justice", graph.Borders, "state:belize"}},
		},
		{
			name: "a noun's own agent after 'by' is still read, and a border with its owner stays",
			text: "The invasion of Ukraine by Russia was condemned in Vienna. Chad's border with Sudan was closed on Friday.",
			want: []rel{{"state:russia", graph.Attacked, "state:ukraine"}, {"state:chad", graph.Borders, "state:sudan"}},
		},
	})
}
