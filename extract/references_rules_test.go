package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestFreshArticlePair: "the two countries", "both countries" paragraphs after the article named its two
// states together (a Central American border wire, testdata/fresh) stand for them when the article named no
// other list of two states before: further back than the two sentences the nearest list is looked for in.
func TestFreshArticlePair(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "the two countries, three sentences after the lede's pair",
			text: "Guatemala and Honduras reopened the El Florido crossing on Tuesday. Drivers said they had waited nine days. " +
				"The dispute began in February over screwworm larvae. Ranchers accused inspectors of protecting local breeders. " +
				"Mexico, which has offered $6 million in veterinary aid to the two countries, said it would send specialists.",
			want: []rel{{"state:mexico", graph.Supports, "state:guatemala"}, {"state:mexico", graph.Supports, "state:honduras"}},
		},
		{
			name: "both countries, far from the headline's pair",
			text: "Zambia and Malawi agree to share Luangwa power line\n\n" +
				"LUSAKA, May 2 - The agreement was signed at State House on Friday. Engineers said the line would carry 300 megawatts. " +
				"Work is due to start in August. The African Development Bank said it would lend both countries $120 million for the line.",
			want: []rel{{"organization:african-development-bank", graph.Supports, "state:zambia"},
				{"organization:african-development-bank", graph.Supports, "state:malawi"}},
		},
		{
			name: "two different pairs named before leave the two countries unresolved",
			text: "Guatemala and Honduras reopened the El Florido crossing on Tuesday. Nicaragua and Costa Rica closed the Penas Blancas post. " +
				"Drivers said they had waited nine days. The dispute began in February over screwworm larvae. " +
				"Ranchers accused inspectors of protecting local breeders. " +
				"Mexico, which has offered $6 million in veterinary aid to the two countries, said it would send specialists.",
			not: []rel{{"state:mexico", graph.Supports, "state:guatemala"}, {"state:mexico", graph.Supports, "state:honduras"},
				{"state:mexico", graph.Supports, "state:nicaragua"}, {"state:mexico", graph.Supports, "state:costa-rica"}},
		},
		{
			name: "the three countries are no pair",
			text: "Guatemala and Honduras reopened the El Florido crossing on Tuesday. Drivers said they had waited nine days. " +
				"The dispute began in February over screwworm larvae. Ranchers accused inspectors of protecting local breeders. " +
				"Mexico, which has offered $6 million in veterinary aid to the three countries, said it would send specialists.",
			not: []rel{{"state:mexico", graph.Supports, "state:guatemala"}, {"state:mexico", graph.Supports, "state:honduras"}},
		},
	})
}

// TestFreshFrontedTime: a pronoun that opens its clause after a fronted time phrase ("On Monday, he",
// "Last year it") is the subject of the sentence before, as one that opens the sentence is; before, "he"
// went to the last person named, the object of the sentence before.
func TestFreshFrontedTime(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "he after a fronted day is the subject before, not its object",
			text: "Zambian President Hakainde Hichilema received Tanzanian President Samia Suluhu Hassan in Lusaka. " +
				"On Monday, he had met Kenyan President William Ruto in Nairobi.",
			want: []rel{{"person:hakainde-hichilema", graph.MetWith, "person:william-ruto"}},
			not:  []rel{{"person:samia-suluhu-hassan", graph.MetWith, "person:william-ruto"}},
		},
		{
			name: "it after a fronted year is the organisation that was the subject before",
			text: "The Philippine Coast Guard said a Chinese vessel fired a water cannon near Second Thomas Shoal. " +
				"Last year it accused China of ramming a supply boat.",
			want: []rel{{"organization:philippine-coast-guard", graph.Accuses, "state:china"}},
		},
	})
}

// TestFreshBareTitle: a title without a name ("the crown prince", "the foreign minister") further back than
// the three sentences a role noun looks in stands for the one person the article gave that title, and for the
// leader of the article's state only when that leader holds the title; two holders named leave it unresolved.
func TestFreshBareTitle(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "the crown prince, five sentences after his title, is not the host's king",
			text: "Jordan and Saudi Arabia sign water pipeline accord\n\n" +
				"AMMAN, Oct 14 - Jordan's King Abdullah II hosted Saudi Crown Prince Mohammed bin Salman in Amman on Monday. " +
				"Jordan has suffered years of drought. Officials said the pipeline would carry 300 million cubic metres a year. " +
				"The project is expected to cost $2.5 billion. Work is due to start in 2027. " +
				"Israel criticised the crown prince on Wednesday over the route of the pipeline.",
			want: []rel{{"state:israel", graph.Criticizes, "person:mohammed-bin-salman"}},
			not:  []rel{{"state:israel", graph.Criticizes, "person:abdullah"}},
		},
		{
			name: "the foreign minister, four sentences after the one minister named",
			text: "LIMA, March 2 - Peruvian Foreign Minister Elmer Schialer flew to Santiago on Monday for talks on the disputed maritime border. " +
				"Fishermen in Tacna have complained of seizures for months. Two boats were held in January. " +
				"Their crews were released after a week. " +
				"Chilean President Gabriel Boric received the foreign minister at La Moneda palace on Tuesday.",
			want: []rel{{"person:gabriel-boric", graph.MetWith, "person:elmer-schialer"}},
		},
		{
			name: "two presidents named before leave the president unresolved",
			text: "NAIROBI, May 9 - Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Friday. " +
				"The talks were about a fuel pipeline. Traders have waited for years. " +
				"Fuel prices rose by 12 percent last month. " +
				"The Law Society of Kenya criticised the president on Saturday over the cost of the trip.",
			not: []rel{{"organization:law-society-of-kenya", graph.Criticizes, "person:william-ruto"},
				{"organization:law-society-of-kenya", graph.Criticizes, "person:yoweri-museveni"}},
		},
	})
}

// TestFreshOpeningPronouns: a pronoun that opens its clause takes the subject of the sentence before past a
// fronted phrase set off by a comma ("In a statement, it condemned ..."), past an apposition whose noun a
// relative "that" follows ("X, the charity that runs ..., has suspended ... Its president, Y"), and "Both"
// as a subject stands for a subject of two actors before it; "it" is neither of two actors named together.
func TestFreshOpeningPronouns(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "it after a fronted phrase and its comma",
			text: "CAIRO, Oct 3 - The Arab League met in Cairo on Sunday. In a statement, it condemned Israel for the strikes on Beirut.",
			want: []rel{{"organization:arab-league", graph.Criticizes, "state:israel"}},
		},
		{
			name: "a fronted clause with its own subject carries no subject before",
			text: "CAIRO, Oct 3 - The Arab League met in Cairo on Sunday. When Qatar withdrew its envoy, it condemned Israel for the strikes.",
			not:  []rel{{"organization:arab-league", graph.Criticizes, "state:israel"}},
		},
		{
			name: "its after an apposition with a relative that",
			text: "GENEVA, Jan 4 - Doctors Without Borders, the medical charity that runs clinics across eastern Congo, has suspended work " +
				"at two hospitals near Goma. Its president, Isabelle Defourny, accused the M23 rebels of looting medicine.",
			want: []rel{{"person:isabelle-defourny", graph.Leads, "organization:doctors-without-borders"}},
			not:  []rel{{"person:isabelle-defourny", graph.Leads, "state:democratic-republic-of-the-congo"}},
		},
		{
			name: "both opening a sentence after two states",
			text: "ACCRA, Aug 12 - Ghana and Togo have moved troops to their northern borders. Both accused Burkina Faso of harbouring militants.",
			want: []rel{{"state:ghana", graph.Accuses, "state:burkina-faso"}, {"state:togo", graph.Accuses, "state:burkina-faso"}},
		},
		{
			name: "both opening a sentence after two leaders",
			text: "Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Entebbe on Monday. " +
				"Both criticised the African Union for its slow response.",
			want: []rel{{"person:william-ruto", graph.Criticizes, "organization:african-union"},
				{"person:yoweri-museveni", graph.Criticizes, "organization:african-union"}},
		},
		{
			name: "both after a meeting of two stands for its two sides",
			text: "HANOI, Nov 20 - Vietnamese Prime Minister Pham Minh Chinh met Malaysian Prime Minister Anwar Ibrahim in Hanoi on Tuesday. " +
				"Both criticised the Association of Southeast Asian Nations for its slow response to the crisis in Myanmar.",
			want: []rel{{"person:pham-minh-chinh", graph.Criticizes, "organization:association-of-southeast-asian-nations"},
				{"person:anwar-ibrahim", graph.Criticizes, "organization:association-of-southeast-asian-nations"}},
		},
		{
			name: "both after two meetings of different pairs stands for nothing",
			text: "NAIROBI, Feb 2 - Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud in Nairobi, " +
				"while Ethiopian Prime Minister Abiy Ahmed met Ugandan President Yoweri Museveni in Kampala. " +
				"Both criticised the African Union for its slow response.",
			not: []rel{{"person:william-ruto", graph.Criticizes, "organization:african-union"},
				{"person:hassan-sheikh-mohamud", graph.Criticizes, "organization:african-union"},
				{"person:abiy-ahmed", graph.Criticizes, "organization:african-union"},
				{"person:yoweri-museveni", graph.Criticizes, "organization:african-union"}},
		},
		{
			name: "both after a subject of one actor stands for nothing",
			text: "SANTIAGO, May 2 - Chile said it would send aid to Haiti. Both condemned Venezuela for its silence.",
			not:  []rel{{"state:chile", graph.Criticizes, "state:venezuela"}, {"state:haiti", graph.Criticizes, "state:venezuela"}},
		},
		{
			name: "it after two actors named together is neither",
			text: "CAIRO, Oct 3 - The Arab League and the African Union met in Cairo on Sunday. It condemned Israel for the strikes.",
			not: []rel{{"organization:arab-league", graph.Criticizes, "state:israel"},
				{"organization:african-union", graph.Criticizes, "state:israel"}},
		},
	})
}

// TestFreshPairBeforeReference: "the two countries" and "both countries" stand for a list of states named
// before them, never for a list their own sentence names after them (the accused, other members, the states
// a protest goes to); a list renaming the reference in apposition still counts.
func TestFreshPairBeforeReference(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "the two countries accuse a list named after them",
			text: "ACCRA, March 3 - Ghana and Togo agreed on Monday to share intelligence on militant movements along their northern borders. " +
				"The two countries have accused Burkina Faso and Niger of failing to secure the frontier.",
			want: []rel{{"state:ghana", graph.Accuses, "state:burkina-faso"}, {"state:togo", graph.Accuses, "state:niger"}},
			not:  []rel{{"state:burkina-faso", graph.Accuses, "state:niger"}, {"state:niger", graph.Accuses, "state:burkina-faso"}},
		},
		{
			name: "both countries are members with two others named after",
			text: "LIMA, May 9 - Chile and Peru signed a fisheries accord in Lima on Tuesday. " +
				"Both countries are members of the Pacific Alliance with Mexico and Colombia.",
			want: []rel{{"state:chile", graph.MemberOf, "organization:pacific-alliance"}, {"state:peru", graph.MemberOf, "organization:pacific-alliance"}},
		},
		{
			name: "the two countries protest to a list named after them",
			text: "HANOI, June 2 - Vietnam and the Philippines held coast guard talks in Hanoi on Friday. " +
				"The two countries have protested to China and Malaysia over fishing bans in the South China Sea.",
			want: []rel{{"state:vietnam", graph.Criticizes, "state:china"}},
			not:  []rel{{"state:china", graph.Criticizes, "state:malaysia"}},
		},
		{
			name: "a list renaming the two countries in apposition",
			text: "NAIROBI, June 2 - Trade ministers met in Nairobi on Friday. The two countries, Kenya and Uganda, signed a deal on rail freight.",
			want: []rel{{"state:kenya", graph.SignedAgreementWith, "state:uganda"}},
		},
	})
}

// TestFreshSubjectAndPartner: "the two countries" with no list of states before it stands for the state the
// sentence before is about and the next state that sentence names (a leader standing for his state); not in
// a paragraph's first sentence. The other members listed after "members of ORG with" are members too.
func TestFreshSubjectAndPartner(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "the two countries after a capital drawing closer to another",
			text: "CANBERRA, Feb 12 - Canberra has been drawing closer to Jakarta as a hedge against Beijing. " +
				"The two countries are members of the Indian Ocean Rim Association.",
			want: []rel{{"state:australia", graph.MemberOf, "organization:indian-ocean-rim-association"},
				{"state:indonesia", graph.MemberOf, "organization:indian-ocean-rim-association"}},
			not: []rel{{"state:china", graph.MemberOf, "organization:indian-ocean-rim-association"}},
		},
		{
			name: "the two countries after two leaders",
			text: "ASTANA, Oct 8 - Kazakh President Kassym-Jomart Tokayev said after talks with Uzbek President Shavkat Mirziyoyev " +
				"that work on the canal would speed up. The two countries are members of the Shanghai Cooperation Organisation, which India joined in 2017.",
			want: []rel{{"state:kazakhstan", graph.MemberOf, "organization:shanghai-cooperation-organization"},
				{"state:uzbekistan", graph.MemberOf, "organization:shanghai-cooperation-organization"}},
		},
		{
			name: "a capital the article also writes as a place stands for its state",
			text: "Arindam Bagchi told reporters in New Delhi that India decides for itself.\n\n" +
				"Washington has been drawing closer to New Delhi as a counterweight to Beijing. The two countries are members of the Quad with Japan and Australia.",
			want: []rel{{"state:india", graph.MemberOf, "organization:quad"}, {"state:united-states", graph.MemberOf, "organization:quad"}},
			not:  []rel{{"state:china", graph.MemberOf, "organization:quad"}},
		},
		{
			name: "a paragraph's first sentence does not take the two of the paragraph before",
			text: "CANBERRA, Feb 12 - Canberra has been drawing closer to Jakarta as a hedge against Beijing.\n\n" +
				"The two countries are members of the Indian Ocean Rim Association.",
			not: []rel{{"state:australia", graph.MemberOf, "organization:indian-ocean-rim-association"},
				{"state:indonesia", graph.MemberOf, "organization:indian-ocean-rim-association"}},
		},
		{
			name: "the other members listed after members of",
			text: "LIMA, May 9 - Chile, Peru and Colombia signed a fisheries accord in Lima on Tuesday. " +
				"The three countries are members of the Pacific Alliance along with Mexico.",
			want: []rel{{"state:mexico", graph.MemberOf, "organization:pacific-alliance"}},
		},
		{
			name: "with a state's backing names no member",
			text: "LIMA, May 9 - Chile and Peru are members of the Pacific Alliance with Mexico's backing.",
			not:  []rel{{"state:mexico", graph.MemberOf, "organization:pacific-alliance"}},
		},
	})
}
