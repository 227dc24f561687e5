package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestRulesAffiliations checks the structure news states about people by where they work, in titles and
// appositions: each case is a shape wire copy uses, written fresh, that the extractor misread before.
func TestRulesAffiliations(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "a spokesman for a state's ministry speaks for the ministry, not only the state",
			text: "Li Wei, a spokesman for the Chinese Foreign Ministry, said on Tuesday that talks would continue. " +
				"Ana Costa, a spokeswoman for Brazil's Foreign Ministry, declined to comment.",
			want: []rel{{"person:li-wei", graph.SpokespersonFor, "organization:chinese-foreign-ministry"},
				{"person:ana-costa", graph.SpokespersonFor, "organization:brazilian-foreign-ministry"}},
			not: []rel{{"person:li-wei", graph.SpokespersonFor, "state:china"}, {"person:ana-costa", graph.SpokespersonFor, "state:brazil"}},
		},
		{
			name: "what a title's holder is 'of' after the name says whose the title is",
			text: "Police Commissioner Mark Dunn of the Metropolitan Police said officers had arrested two men. " +
				"Under Secretary Kenji Sato of Japan's defence ministry will visit Seoul.",
			want: []rel{{"person:mark-dunn", graph.Leads, "organization:metropolitan-police"},
				{"person:kenji-sato", graph.OfficialOf, "organization:japanese-defence-ministry"}},
		},
		{
			name: "a researcher, fellow, analyst or lawyer at an organisation is a member of it; one from a country is not",
			text: `"The deal is lawful," said Anna Berg, a researcher at the Nordic Policy Institute. ` +
				"Tom Hale, a senior fellow at the Lowy Institute, said the port mattered to Australia. " +
				"Jonas Weber, a lawyer with Amnesty International, said the trial was unfair. " +
				"Maria Lopez, a senator from the Liberal Party, voted against the bill. " +
				"Samuel Otieno, a historian from Kenya, wrote the report.",
			want: []rel{{"person:anna-berg", graph.MemberOf, "organization:nordic-policy-institute"},
				{"person:tom-hale", graph.MemberOf, "organization:lowy-institute"},
				{"person:jonas-weber", graph.MemberOf, "organization:amnesty-international"},
				{"person:maria-lopez", graph.OfficialOf, "organization:liberal-party"}},
			not: []rel{{"person:tom-hale", graph.MemberOf, "state:australia"}, {"person:samuel-otieno", graph.MemberOf, "state:kenya"}},
		},
		{
			name: "an apposition naming a party alone or before the noun makes its person a member",
			text: "Pedro Alves, a Labour Party member, resigned on Friday. Finance Minister Rachel Stone, of the Labour Party, opposed the deal.",
			want: []rel{{"person:pedro-alves", graph.MemberOf, "organization:labour-party"}, {"person:rachel-stone", graph.MemberOf, "organization:labour-party"}},
		},
		{
			name: "one of a party's leaders is its member, its leader leads it; 'ruling' and 'opposition' before its name are adjectives",
			text: "Ravi Menon, a senior leader of the opposition Congress party, accused the government of silence. " +
				"Peter Mwangi, the leader of the opposition Labour Party, resigned. " +
				"Prime Minister Levan Abashidze, a Georgian Dream member, accused the opposition of plotting a coup.",
			want: []rel{{"person:ravi-menon", graph.MemberOf, "organization:indian-national-congress"},
				{"person:peter-mwangi", graph.Leads, "organization:labour-party"},
				{"person:levan-abashidze", graph.MemberOf, "organization:georgian-dream"}},
			not: []rel{{"person:ravi-menon", graph.Leads, "organization:indian-national-congress"}},
		},
		{
			name: "what a stance verb takes is the doer of a possessed or inflicted act, not the one it is done to",
			text: "Germany condemned Russia's invasion of Ukraine. Poland criticised Belarus's brutal treatment of Lithuania. " +
				"Canada condemned the arrest of Joe Biden. Kenya criticised the government of Somalia.",
			want: []rel{{"state:germany", graph.Criticizes, "state:russia"}, {"state:poland", graph.Criticizes, "state:belarus"},
				{"state:kenya", graph.Criticizes, "organization:government-of-somalia"}},
			not: []rel{{"state:germany", graph.Criticizes, "state:ukraine"}, {"state:poland", graph.Criticizes, "state:lithuania"},
				{"state:canada", graph.Criticizes, "person:joe-biden"}},
		},
		{
			name: "a copula ties a person to the title an owner's name or adjective qualifies",
			text: "William Ruto is Kenya's president. Lee Jae-myung became South Korea's president in June. " +
				"Mark Rutte has been the secretary general of NATO since October. Ali Hassan met Nigeria's president on Monday. " +
				"Musa Bello is not Ghana's president.",
			want: []rel{{"person:william-ruto", graph.Leads, "state:kenya"}, {"person:lee-jae-myung", graph.Leads, "state:south-korea"},
				{"person:mark-rutte", graph.Leads, "organization:north-atlantic-treaty-organization"}},
			not: []rel{{"person:ali-hassan", graph.Leads, "state:nigeria"}, {"person:musa-bello", graph.Leads, "state:ghana"}},
		},
		{
			name: "an officer in a service is its member",
			text: "Sergei Orlov, a former colonel in the Federal Security Service, was arrested in Vilnius.",
			want: []rel{{"person:sergei-orlov", graph.MemberOf, "organization:federal-security-service"}},
		},
		{
			name: "a grouping made up of a list has each listed actor as a member",
			text: "Mercosur, the South American bloc made up of Brazil, Argentina, Paraguay and Uruguay, signed the deal. " +
				"The Quad, a grouping of the United States, Japan, India and Australia, met in Tokyo. " +
				"The summit brought together leaders from Nigeria, Ghana and Togo. " +
				"Talks between the European Union and ASEAN, the regional bloc made up of Indonesia, Vietnam and Thailand, resumed.",
			want: []rel{{"state:argentina", graph.MemberOf, "organization:mercosur"}, {"state:india", graph.MemberOf, "organization:quad"},
				{"state:vietnam", graph.MemberOf, "organization:association-of-southeast-asian-nations"}},
			not: []rel{{"state:ghana", graph.MemberOf, "state:nigeria"}, {"state:vietnam", graph.MemberOf, "organization:european-union"}},
		},
		{
			name: "an apposition's state adjective before a people's adjective places the organisation in the state",
			text: "Turkey criticised Sweden over the YPG, a Syrian Kurdish militia.",
			want: []rel{{"organization:peoples-protection-units", graph.LocatedIn, "state:syria"}},
		},
	})
}
