package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestMembershipsStated checks, on sentences written fresh in the shapes of general news (the texts of
// testdata/fresh: an Andean extradition wire, an East African summit live blog), the memberships a text
// states in passing, which docs/annotation.md has the analyst mark as MEMBER_OF: "the bloc ... groups A, B
// and C", "as a member of X" (the clause's state), "fellow member Y" (the bloc named before).
func TestMembershipsStated(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "groups after an apposition of where the bloc sits",
			text: "The Gulf Cooperation Council, based in Riyadh, groups Saudi Arabia, Kuwait, Qatar and Oman.",
			want: []rel{{"state:saudi-arabia", graph.MemberOf, "organization:gulf-cooperation-council"}, {"state:oman", graph.MemberOf, "organization:gulf-cooperation-council"}},
		},
		{
			name: "the bloc groups, the bloc named in the sentence before",
			text: "Ministers of the Andean Community met in Lima on Monday. The bloc, founded in 1969, groups Bolivia, Colombia, Ecuador and Peru.",
			want: []rel{{"state:bolivia", graph.MemberOf, "organization:andean-community"}, {"state:peru", graph.MemberOf, "organization:andean-community"}},
		},
		{
			name: "as a member of, the clause's state",
			text: "Indonesia said on Tuesday it would press for a ceasefire in Myanmar as a founding member of ASEAN.",
			want: []rel{{"state:indonesia", graph.MemberOf, "organization:association-of-southeast-asian-nations"}},
			not:  []rel{{"state:myanmar", graph.MemberOf, "organization:association-of-southeast-asian-nations"}},
		},
		{
			name: "as a member of, after the country",
			text: "Ghana's president said the country would meet its obligations as a member of ECOWAS.",
			want: []rel{{"state:ghana", graph.MemberOf, "organization:economic-community-of-west-african-states"}},
		},
		{
			name: "fellow member, the bloc named before in the sentence",
			text: "Burundi joined the East African Community in 2007 and has accused fellow member Rwanda of backing rebels.",
			want: []rel{{"state:rwanda", graph.MemberOf, "organization:east-african-community"}},
		},
		{
			name: "fellow member states, a list",
			text: "Guyana asked CARICOM for help on Friday, and fellow member states Jamaica and Barbados offered police officers.",
			want: []rel{{"state:jamaica", graph.MemberOf, "organization:caribbean-community"}, {"state:barbados", graph.MemberOf, "organization:caribbean-community"}},
		},
		{
			name: "the two members, the states of the sentence before",
			text: "Greece summoned Turkey's ambassador on Monday over the drilling. The row is the latest between the two NATO allies.",
			want: []rel{{"state:greece", graph.MemberOf, "organization:north-atlantic-treaty-organization"}, {"state:turkey", graph.MemberOf, "organization:north-atlantic-treaty-organization"}},
		},
		{
			name: "the two members, three states named gives nothing",
			text: "Japan, South Korea and China met in Busan, the first talks between the two G20 members in a year.",
			not:  []rel{{"state:japan", graph.MemberOf, "organization:group-of-twenty"}, {"state:china", graph.MemberOf, "organization:group-of-twenty"}},
		},
		{
			name: "a person as a member of a delegation gives the state no membership",
			text: "Maria Lopez travelled to Brussels as a member of Chile's trade delegation.",
			not:  []rel{{"state:chile", graph.MemberOf, "organization:european-union"}},
		},
		{
			name: "fellow with no bloc named gives nothing",
			text: "Kenya's president thanked fellow leaders from Uganda and Tanzania.",
			not:  []rel{{"state:uganda", graph.MemberOf, "state:kenya"}},
		},
	})
}

// TestFreshBelongsTo: "belongs to" a body is membership, for a state, a list of bodies after a clause of
// its own, and a person in a relative clause; a place that belongs to a state, negation and "neither ...
// nor" give none.
func TestFreshBelongsTo(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "a state belongs to three bodies, after a clause of its own",
			text: "Laos shares a border with Thailand and belongs to the Association of Southeast Asian Nations, the World Trade Organization and the Mekong River Commission.",
			want: []rel{{"state:laos", graph.MemberOf, "organization:association-of-southeast-asian-nations"},
				{"state:laos", graph.MemberOf, "organization:world-trade-organization"},
				{"state:laos", graph.MemberOf, "organization:mekong-river-commission"}},
			not: []rel{{"state:thailand", graph.MemberOf, "organization:association-of-southeast-asian-nations"}},
		},
		{
			name: "a lawmaker who belongs to a party",
			text: "Opposition lawmaker Ana Quispe, who belongs to the Broad Front, walked out of the chamber.",
			want: []rel{{"person:ana-quispe", graph.MemberOf, "organization:broad-front"}},
		},
		{
			name: "a place that belongs to a state, and negation, give no membership",
			text: "Greenland belongs to Denmark. Laos does not belong to the European Union.",
			not: []rel{{"place:greenland", graph.MemberOf, "state:denmark"},
				{"state:laos", graph.MemberOf, "organization:european-union"}},
		},
	})
}

// TestFreshAllianceInSentence: "the alliance" after an alliance its own sentence names is that alliance,
// not the bloc the article names more often ("accused NATO of ... Estonia and Latvia, both members of the
// alliance").
func TestFreshAllianceInSentence(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "both members of the alliance, NATO named before in the sentence",
			text: "The European Union extended its sanctions on Monday, and the European Union's envoy called for talks. Moscow has accused NATO of flying jets over Estonia and Latvia, both members of the alliance, near its border.",
			want: []rel{{"state:estonia", graph.MemberOf, "organization:north-atlantic-treaty-organization"},
				{"state:latvia", graph.MemberOf, "organization:north-atlantic-treaty-organization"}},
			not: []rel{{"state:estonia", graph.MemberOf, "organization:european-union"},
				{"state:latvia", graph.MemberOf, "organization:european-union"}},
		},
		{
			name: "a member of the alliance, the CSTO named before in the sentence",
			text: "The European Union said on Tuesday it was watching closely. Kazakhstan asked the Collective Security Treaty Organization for troops, and Armenia, a member of the alliance, said it would send none.",
			want: []rel{{"state:armenia", graph.MemberOf, "organization:collective-security-treaty-organization"}},
			not:  []rel{{"state:armenia", graph.MemberOf, "organization:european-union"}},
		},
	})
}

// TestFreshToWhichBelongs: "ORG, to which A and B belong" makes each a member of ORG, past an acronym in
// parentheses; "to which Norway does not belong" and "to which Qatar returned" give no membership.
func TestFreshToWhichBelongs(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "a list of states to which a bloc belongs",
			text: "Ministers of the Pacific Alliance, to which Peru and Chile belong, signed the declaration on Monday.",
			want: []rel{{"state:peru", graph.MemberOf, "organization:pacific-alliance"},
				{"state:chile", graph.MemberOf, "organization:pacific-alliance"}},
		},
		{
			name: "past the acronym in parentheses",
			text: "The Southern African Development Community (SADC), to which Zambia belongs, will hold its summit in Lusaka.",
			want: []rel{{"state:zambia", graph.MemberOf, "organization:southern-african-development-community"}},
		},
		{
			name: "negation and another verb give no membership",
			text: "The European Union, to which Norway does not belong, fined the company. The Gulf Cooperation Council, to which Qatar returned in 2021, issued a statement.",
			not: []rel{{"state:norway", graph.MemberOf, "organization:european-union"},
				{"state:qatar", graph.MemberOf, "organization:gulf-cooperation-council"}},
		},
	})
}

// TestFreshListOrgMembers: a list in apposition to "ORG members" that a relative clause goes on, and "a
// member of ORG" as the second predicate nominal of an apposition, make each actor a member; former
// members, "not a member" and observers give none.
func TestFreshListOrgMembers(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "a list, NATO members that border Belarus",
			text: "Poland, Lithuania and Latvia, NATO members that border Belarus, asked Washington for more troops on Monday.",
			want: []rel{{"state:poland", graph.MemberOf, "organization:north-atlantic-treaty-organization"},
				{"state:lithuania", graph.MemberOf, "organization:north-atlantic-treaty-organization"},
				{"state:latvia", graph.MemberOf, "organization:north-atlantic-treaty-organization"}},
		},
		{
			name: "both ASEAN members, with a relative clause",
			text: "Vietnam and the Philippines, both ASEAN members that claim reefs in the South China Sea, protested to Beijing.",
			want: []rel{{"state:vietnam", graph.MemberOf, "organization:association-of-southeast-asian-nations"},
				{"state:philippines", graph.MemberOf, "organization:association-of-southeast-asian-nations"}},
		},
		{
			name: "an oil producer and a member of OPEC",
			text: "Nigeria, Africa's largest oil producer and a member of OPEC, raised its output in March.",
			want: []rel{{"state:nigeria", graph.MemberOf, "organization:organization-of-the-petroleum-exporting-countries"}},
		},
		{
			name: "former members and observers give no membership",
			text: "Hungary and Bulgaria, former Warsaw Pact members that later joined the EU, met in Sofia. Venezuela, an oil producer and a former member of the Andean Community, was not invited. Timor-Leste, a small state and an observer in ASEAN, sent an envoy.",
			not: []rel{{"state:hungary", graph.MemberOf, "organization:warsaw-pact"},
				{"state:venezuela", graph.MemberOf, "organization:andean-community"},
				{"state:east-timor", graph.MemberOf, "organization:association-of-southeast-asian-nations"}},
		},
		{
			name: "not a member gives no membership",
			text: "Norway, a major gas exporter and not a member of the European Union, signed the deal.",
			not:  []rel{{"state:norway", graph.MemberOf, "organization:european-union"}},
		},
	})
}

// TestFreshListPastAcronym: a list of bodies goes on past a body's own acronym in brackets ("members of
// the African Union (AU), the Common Market for Eastern and Southern Africa (COMESA) and ..."): each is
// a membership, where the list had stopped at the first bracket. A former member, a dialogue partner, an
// observer, a bid to join and a possible accession give none (docs/annotation.md, settled cases 6, 15 and
// 22), nor does a place named after the list.
func TestFreshListPastAcronym(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "two states, members of three bodies, two of them with their acronyms",
			text: "Ethiopia and Egypt, whose dispute over the Nile dam has dragged on for a decade, are both members of the African Union (AU), the Common Market for Eastern and Southern Africa (COMESA) and the United Nations.",
			want: []rel{{"state:ethiopia", graph.MemberOf, "organization:african-union"},
				{"state:ethiopia", graph.MemberOf, "organization:common-market-for-eastern-and-southern-africa"},
				{"state:ethiopia", graph.MemberOf, "organization:united-nations"},
				{"state:egypt", graph.MemberOf, "organization:common-market-for-eastern-and-southern-africa"},
				{"state:egypt", graph.MemberOf, "organization:united-nations"}},
		},
		{
			name: "a state that belongs to bodies named with acronyms, after a clause of its own",
			text: "Timor-Leste shares a land border with Indonesia and belongs to the Association of Southeast Asian Nations (ASEAN), the World Trade Organization (WTO) and the United Nations.",
			want: []rel{{"state:east-timor", graph.MemberOf, "organization:association-of-southeast-asian-nations"},
				{"state:east-timor", graph.MemberOf, "organization:world-trade-organization"},
				{"state:east-timor", graph.MemberOf, "organization:united-nations"}},
			not: []rel{{"state:indonesia", graph.MemberOf, "organization:world-trade-organization"}},
		},
		{
			name: "a member of a body named first by its full name, its short name in brackets",
			text: "ASUNCIÓN, Paraguay — Paraguay is a founding member of the Southern Common Market (Mercosur) and the Organization of American States, and its president said on Monday the country would stay in both.",
			want: []rel{{"state:paraguay", graph.MemberOf, "organization:mercosur"},
				{"state:paraguay", graph.MemberOf, "organization:organization-of-american-states"}},
		},
		{
			name: "a former member, a dialogue partner, an observer, a bid to join and a possible accession give none",
			text: "Venezuela, a former member of the Andean Community (CAN) and Mercosur, has applied to join the BRICS group. " +
				"Norway is a dialogue partner of the Shanghai Cooperation Organisation (SCO) and an observer at the Arab League. " +
				"Ukraine has applied to join the European Union (EU) and the North Atlantic Treaty Organization, and Georgia could join the Council of Europe and the World Trade Organization (WTO) next year.",
			not: []rel{{"state:venezuela", graph.MemberOf, "organization:andean-community"},
				{"state:venezuela", graph.MemberOf, "organization:mercosur"},
				{"state:venezuela", graph.MemberOf, "organization:brics"},
				{"state:norway", graph.MemberOf, "organization:shanghai-cooperation-organization"},
				{"state:norway", graph.AlliedWith, "organization:shanghai-cooperation-organization"},
				{"organization:shanghai-cooperation-organization", graph.AlliedWith, "state:norway"},
				{"state:norway", graph.MemberOf, "organization:arab-league"},
				{"state:ukraine", graph.MemberOf, "organization:european-union"},
				{"state:ukraine", graph.MemberOf, "organization:north-atlantic-treaty-organization"},
				{"state:georgia", graph.MemberOf, "organization:council-of-europe"},
				{"state:georgia", graph.MemberOf, "organization:world-trade-organization"}},
		},
		{
			name: "a place after the bracket is no member",
			text: "Mali belongs to the West African Economic and Monetary Union (WAEMU), whose central bank sits in Dakar, Senegal.",
			want: []rel{{"state:mali", graph.MemberOf, "organization:west-african-economic-and-monetary-union"}},
			not:  []rel{{"state:senegal", graph.MemberOf, "organization:west-african-economic-and-monetary-union"}},
		},
	})
}

// TestFreshOrgMembersListed: "[Three] ORG member states, A, B and C, ..." makes each state listed in
// apposition a member of ORG, not only the first; a word before ORG that is no number or determiner
// ("former", "aspiring") reads nothing.
func TestFreshOrgMembersListed(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "two member countries listed after the bloc's plural noun",
			text: "MONTEVIDEO — Two Mercosur member countries, Uruguay and Paraguay, said on Friday they would seek a separate trade deal with China.",
			want: []rel{{"state:uruguay", graph.MemberOf, "organization:mercosur"},
				{"state:paraguay", graph.MemberOf, "organization:mercosur"}},
		},
		{
			name: "four members listed after an acronym",
			text: "Four ECOWAS members, Ghana, Togo, Benin and Nigeria, have pledged troops to the standby force, the commission said.",
			want: []rel{{"state:ghana", graph.MemberOf, "organization:economic-community-of-west-african-states"},
				{"state:togo", graph.MemberOf, "organization:economic-community-of-west-african-states"},
				{"state:benin", graph.MemberOf, "organization:economic-community-of-west-african-states"},
				{"state:nigeria", graph.MemberOf, "organization:economic-community-of-west-african-states"}},
		},
		{
			name: "former and aspiring members give none",
			text: "Two former Warsaw Pact members, Poland and Hungary, met in Krakow. Two aspiring EU members, Serbia and Albania, sent observers.",
			not: []rel{{"state:poland", graph.MemberOf, "organization:warsaw-pact"},
				{"state:hungary", graph.MemberOf, "organization:warsaw-pact"},
				{"state:serbia", graph.MemberOf, "organization:european-union"},
				{"state:albania", graph.MemberOf, "organization:european-union"}},
		},
	})
}
