package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestDescriptorNames checks, on sentences written fresh in the shapes of wire copy, a descriptor followed by
// a name ("the West African bloc ECOWAS", "the state-owned oil company Sonangol"): the name is the actor,
// never an earlier actor of the descriptor's kind ("Kenya's president, William Ruto, who chairs the
// regional bloc IGAD" had made Ruto lead the European Union, named two paragraphs before).
func TestDescriptorNames(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "a bloc named after its descriptor is that bloc, not the one named before",
			text: "The African Union urged calm on Tuesday. Angola's president, Joao Lourenco, who chairs the " +
				"Southern African bloc SADC, said the group would send a mission.",
			want: []rel{{"person:joao-lourenco", graph.Leads, "organization:southern-african-development-community"}},
			not:  []rel{{"person:joao-lourenco", graph.Leads, "organization:african-union"}},
		},
		{
			name: "a bloc that acts, named after its descriptor",
			text: "The European Union condemned the coup. The regional bloc ECOWAS suspended Guinea on Friday.",
			want: []rel{{"organization:economic-community-of-west-african-states", graph.Sanctions, "state:guinea"}},
			not:  []rel{{"organization:european-union", graph.Sanctions, "state:guinea"}},
		},
		{
			name: "a company named after its descriptor",
			text: "TotalEnergies posted record profits in July. The state-owned oil company Sonangol signed a supply deal with Namibia.",
			want: []rel{{"organization:sonangol", graph.SignedAgreementWith, "state:namibia"}},
			not:  []rel{{"organization:totalenergies", graph.SignedAgreementWith, "state:namibia"}},
		},
		{
			name: "an armed group named after its descriptor",
			text: "The Houthis seized a cargo ship in the Red Sea. The armed group Hezbollah fired rockets at Israel on Sunday.",
			want: []rel{{"organization:hezbollah", graph.Attacked, "state:israel"}},
			not:  []rel{{"organization:houthis", graph.Attacked, "state:israel"}},
		},
		{
			name: "a party named after its descriptor",
			text: "The Pheu Thai Party lost ground in the vote. Voters backed the opposition party Bhumjaithai, and the " +
				"ruling party Likud criticised Thailand.",
			not: []rel{{"organization:pheu-thai-party", graph.Criticizes, "state:thailand"}},
		},
		{
			name: "who chairs a company named after its descriptor",
			text: "Maersk cut its forecast on Monday. Li Wen, who chairs the shipping company COSCO, met Greek officials in Piraeus.",
			want: []rel{{"person:li-wen", graph.Leads, "organization:cosco-shipping"}},
			not:  []rel{{"person:li-wen", graph.Leads, "organization:a-p-moller-maersk"}},
		},
		{
			name: "a state that helped found a bloc is its member, no leader",
			text: "Indonesia, which helped found ASEAN in 1967, hosted the summit in Jakarta.",
			want: []rel{{"state:indonesia", graph.MemberOf, "organization:association-of-southeast-asian-nations"}},
			not:  []rel{{"state:indonesia", graph.Leads, "organization:association-of-southeast-asian-nations"}},
		},
	})
}

// TestLeadersInRelatives checks leadership a relative clause states after a name the gazetteer does not
// know ("rule by Georgian Dream, whose leader, Bidzina Ivanishvili, conceded" gave no LEADS: the party was
// no actor), for parties and companies alike, and a possessive apposition by a party's short name ("Unity's
// leader, Nika Melia, thanked voters" after "the opposition Unity bloc").
func TestLeadersInRelatives(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "whose leader, after a party the gazetteer does not know",
			text: "The vote ended three decades of rule by Frelimo, whose leader, Alberto Mucavele, conceded defeat on Sunday.",
			want: []rel{{"person:alberto-mucavele", graph.Leads, "organization:frelimo"}},
		},
		{
			name: "whose leader, after a party opening with a state's demonym",
			text: "Voters in Armenia punished Civil Contract, whose founder, Davit Harutyunyan, resigned. " +
				"Support fell for Serbian Progress, whose chairman, Dragan Jovic, blamed the media.",
			want: []rel{{"person:davit-harutyunyan", graph.Leads, "organization:civil-contract"},
				{"person:dragan-jovic", graph.Leads, "organization:serbian-progress"}},
			not: []rel{{"person:dragan-jovic", graph.Leads, "state:serbia"}},
		},
		{
			name: "whose chief executive, after a company the gazetteer does not know",
			text: "The deal was signed by Zanaco, whose chief executive, Mukwandi Chibesakunda, flew to Lusaka.",
			want: []rel{{"person:mukwandi-chibesakunda", graph.Leads, "organization:zanaco"}},
		},
		{
			name: "a possessive apposition by a party's short name, a common word",
			text: "The opposition Renewal bloc won 31 of the 120 seats. Renewal's leader, Ousmane Kone, thanked voters in Bamako.",
			want: []rel{{"person:ousmane-kone", graph.Leads, "organization:renewal-bloc"}},
		},
		{
			name: "a short form that opens two names stays unread",
			text: "The Freedom Alliance and the Freedom Party both lost seats. Freedom's leader, Tomas Varga, resigned.",
			not: []rel{{"person:tomas-varga", graph.Leads, "organization:freedom-alliance"},
				{"person:tomas-varga", graph.Leads, "organization:freedom-party"}},
		},
		{
			name: "a state's leader who chairs a bloc: the state is a member",
			text: "The African Union urged calm on Tuesday. Malawi's president, who chairs the Southern African bloc SADC, " +
				"called for talks. Ghana's president, John Mahama, who chairs ECOWAS, flew to Bamako.",
			want: []rel{{"state:malawi", graph.MemberOf, "organization:southern-african-development-community"},
				{"state:ghana", graph.MemberOf, "organization:economic-community-of-west-african-states"},
				{"person:john-mahama", graph.Leads, "organization:economic-community-of-west-african-states"}},
			not: []rel{{"state:malawi", graph.MemberOf, "organization:african-union"}},
		},
		{
			name: "a state's leader who chairs a party or a company: no membership of the state",
			text: "Zambia's president, Hakainde Hichilema, who leads the United Party for National Development, spoke. " +
				"Ghana's president, who chairs the ruling party NDC, flew to Lome.",
			not: []rel{{"state:zambia", graph.MemberOf, "organization:united-party-for-national-development"},
				{"state:ghana", graph.MemberOf, "organization:ndc"}},
		},
		{
			name: "whose president after a region is no organisation",
			text: "Somalia's president met officials from Puntland, whose president, Said Deni, boycotted the talks.",
			not:  []rel{{"person:said-deni", graph.Leads, "organization:puntland"}},
		},
	})
}

// TestListAppositions checks an apposition after a list of actors, which describes each of them
// ("Azerbaijan and Armenia, Georgia's neighbours, both welcomed the result" had given Armenia alone), and
// membership an apposition or a relative clause states ("both forum members", "whose members include").
func TestListAppositions(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "a plural neighbour apposition after a list",
			text: "Uzbekistan and Tajikistan, Kyrgyzstan's neighbours, both condemned the clash.",
			want: []rel{{"state:uzbekistan", graph.Borders, "state:kyrgyzstan"}, {"state:tajikistan", graph.Borders, "state:kyrgyzstan"}},
		},
		{
			name: "both members of a bloc named by its acronym",
			text: "Malaysia and Vietnam, both ASEAN members, protested against the patrols.",
			want: []rel{{"state:malaysia", graph.MemberOf, "organization:association-of-southeast-asian-nations"},
				{"state:vietnam", graph.MemberOf, "organization:association-of-southeast-asian-nations"}},
		},
		{
			name: "both members of a body named before by its head word",
			text: "The Arctic Council met in Tromso on Thursday. Norway and Denmark, both council members, pledged new funds.",
			want: []rel{{"state:norway", graph.MemberOf, "organization:arctic-council"}, {"state:denmark", graph.MemberOf, "organization:arctic-council"}},
		},
		{
			name: "a singular member apposition and a member by copula",
			text: "Paraguay, a Mercosur member, blocked the deal. Kazakhstan is a CSTO member.",
			want: []rel{{"state:paraguay", graph.MemberOf, "organization:mercosur"},
				{"state:kazakhstan", graph.MemberOf, "organization:collective-security-treaty-organization"}},
		},
		{
			name: "two councils named before: 'council members' stays unread",
			text: "The Arctic Council and the Nordic Council met in Oslo. Norway and Iceland, both council members, pledged funds.",
			not:  []rel{{"state:norway", graph.MemberOf, "organization:arctic-council"}, {"state:norway", graph.MemberOf, "organization:nordic-council"}},
		},
		{
			name: "whose members include",
			text: "The Shanghai Cooperation Organisation, whose members include India and Pakistan, met in Astana.",
			want: []rel{{"state:india", graph.MemberOf, "organization:shanghai-cooperation-organization"},
				{"state:pakistan", graph.MemberOf, "organization:shanghai-cooperation-organization"}},
		},
	})
}

// TestOwnersInRelatives checks ownership a relative clause or a possessive states: "Jiangxi Copper, whose
// largest shareholder is the Chinese state" had given no ownership.
func TestOwnersInRelatives(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "whose largest shareholder is an organisation",
			text: "Glencore, whose largest shareholder is the Qatar Investment Authority, bought the smelter in July.",
			want: []rel{{"organization:qatar-investment-authority", graph.OwnsStakeIn, "organization:glencore"}},
		},
		{
			name: "whose majority owner is a state",
			text: "Kazatomprom, whose majority owner is the Kazakh state, raised uranium prices.",
			want: []rel{{"state:kazakhstan", graph.OwnsStakeIn, "organization:kazatomprom"}},
		},
		{
			name: "whose majority owner is, after a company the gazetteer does not know",
			text: "Sabic, whose majority owner is Saudi Aramco, opened a plant in Jubail.",
			want: []rel{{"organization:saudi-aramco", graph.OwnsStakeIn, "organization:sabic"}},
		},
		{
			name: "a shareholder named by a possessive, in apposition or by a copula",
			text: "Glencore's largest shareholder, the Qatar Investment Authority, backed the deal. " +
				"Mubadala, Tullow Oil's biggest shareholder, sold its stake. Sonangol's largest shareholder is the Angolan state.",
			want: []rel{{"organization:qatar-investment-authority", graph.OwnsStakeIn, "organization:glencore"},
				{"organization:mubadala", graph.OwnsStakeIn, "organization:tullow-oil"},
				{"state:angola", graph.OwnsStakeIn, "organization:sonangol"}},
			not: []rel{{"organization:glencore", graph.OwnsStakeIn, "organization:qatar-investment-authority"}},
		},
		{
			name: "whose leader and whose parent are no ownership of the wrong side",
			text: "Safaricom, whose parent company is Vodacom, cut prices. Ghana, whose largest trading partner is China, signed the deal.",
			not: []rel{{"organization:safaricom", graph.OwnsStakeIn, "state:kenya"}, {"state:ghana", graph.OwnsStakeIn, "state:china"},
				{"state:china", graph.OwnsStakeIn, "state:ghana"}},
		},
	})
}
