package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestFreshRenamedObjects: a verb's object that is a common noun phrase renamed by an apposition ("toppled
// the elected president, X", "controls Bangladesh's largest port, Chittagong") is the actor the apposition
// names, not the possessor before the noun and not nothing (docs/extraction.md, "Pairs in one sentence with
// another actor between"). Main read none of the four positive rows; the `not` rows keep the possessor from
// becoming the object and a clause after the comma ("..., Uganda said") from being read as an apposition.
func TestFreshRenamedObjects(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "a participle's object renamed after a possessive and a title",
			text: "Colonel Mamady Camara seized power in Conakry on Sunday, toppling Guinea's elected president, Alpha Sow.",
			want: []rel{{"person:mamady-camara", graph.Attacked, "person:alpha-sow"}},
			not:  []rel{{"person:mamady-camara", graph.Attacked, "state:guinea"}},
		},
		{
			name: "a body renamed after its common noun, the subject past a relative clause",
			text: "General Brice Oligui Nguema, who took power in Libreville in August, now heads the ruling junta, " +
				"the Committee for the Transition and Restoration of Institutions.",
			want: []rel{{"person:brice-oligui-nguema", graph.Leads,
				"organization:committee-for-the-transition-and-restoration-of-institutions"}},
			not: []rel{{"person:brice-oligui-nguema", graph.Leads, "place:libreville"}},
		},
		{
			name: "a place renamed after its state's possessive is the object, not the state",
			text: "DP World already controls Bangladesh's largest port, Chittagong, and is bidding for a terminal in Mongla.",
			want: []rel{{"organization:dp-world", graph.OwnsStakeIn, "place:chittagong"}},
			not:  []rel{{"organization:dp-world", graph.OwnsStakeIn, "state:bangladesh"}},
		},
		{
			name: "a leader renamed after a possessor the extractor does not know",
			text: "Rwanda has long backed Kivu's rebel leader, Corneille Nangaa, whose fighters hold Goma.",
			want: []rel{{"state:rwanda", graph.Supports, "person:corneille-nangaa"}},
			not:  []rel{{"state:rwanda", graph.Supports, "place:goma"}},
		},
		{
			name: "a clause after the object's comma is no apposition",
			text: "Kenya condemned the attack, Uganda said on Tuesday. Egypt welcomed the agreement, Sudan's first with the " +
				"rebels since April. Hungary vetoed the plan, the European Commission said. Russia struck the port city, " +
				"Ukraine and Moldova said.",
			not: []rel{{"state:kenya", graph.Criticizes, "state:uganda"}, {"state:egypt", graph.Supports, "state:sudan"},
				{"state:hungary", graph.Opposes, "organization:european-commission"},
				{"state:russia", graph.Attacked, "state:ukraine"}, {"state:russia", graph.Attacked, "state:moldova"}},
		},
	})
}

// TestFreshTitledObjectsListed: a possessor's titled holder as a verb's object goes on with the titled
// people listed after it ("spoke by phone with Sri Lanka's President X and Maldivian President Y" called
// both); main read the first only (its possessor stood for the holder, and the list stopped at the "'s").
// The possessors are no objects; expelling a state's envoy is still expelling the state.
func TestFreshTitledObjectsListed(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "a call with two leaders, the first titled after its state's possessive",
			text: "Indian Prime Minister Narendra Modi spoke by telephone with Sri Lanka's President Anura Kumara " +
				"Dissanayake and Maldivian President Mohamed Muizzu.",
			want: []rel{{"person:narendra-modi", graph.Called, "person:anura-kumara-dissanayake"},
				{"person:narendra-modi", graph.Called, "person:mohamed-muizzu"}},
			not: []rel{{"person:narendra-modi", graph.Called, "state:sri-lanka"},
				{"person:narendra-modi", graph.Called, "state:maldives"}},
		},
		{
			name: "a call by a commissioner set off by his title, with a prime minister and a president",
			text: "Bankole Adeoye, the African Union's peace and security commissioner, spoke by phone with Sudan's Prime " +
				"Minister Kamil Idris and Chadian President Mahamat Deby on Thursday.",
			want: []rel{{"person:bankole-adeoye", graph.Called, "person:kamil-idris"},
				{"person:bankole-adeoye", graph.Called, "person:mahamat-deby"}},
			not: []rel{{"person:bankole-adeoye", graph.Called, "state:sudan"},
				{"organization:african-union", graph.Called, "person:mahamat-deby"}},
		},
		{
			name: "talks with two foreign ministers, a place between the noun and its preposition",
			text: "Chinese Foreign Minister Wang Yi held talks in Beijing with Pakistan's Foreign Minister Ishaq Dar and " +
				"Afghan Foreign Minister Amir Khan Muttaqi.",
			want: []rel{{"person:wang-yi", graph.MetWith, "person:ishaq-dar"},
				{"person:wang-yi", graph.MetWith, "person:amir-khan-muttaqi"}},
			not: []rel{{"person:wang-yi", graph.MetWith, "state:pakistan"},
				{"person:wang-yi", graph.MetWith, "state:afghanistan"}},
		},
		{
			name: "an expelled envoy still stands for the state that sent him",
			text: "Lithuania expelled Belarus's ambassador Ivan Sidorov and two Russian diplomats.",
			want: []rel{{"state:lithuania", graph.Expelled, "state:belarus"}},
			not:  []rel{{"state:lithuania", graph.Expelled, "person:ivan-sidorov"}},
		},
	})
}

// TestFreshNamedGroupRelatives: a relative clause after a common noun phrase that an organisation's name
// modifies ("the M23 rebel group that seized Goma", "the ECOWAS regional bloc that suspended Mali") has
// that organisation for its subject; main gave the clause no subject, and with a comma the subject search
// ran on to the main clause's ("The United States sanctioned the Houthi rebel movement, which has attacked
// Israel" had made the United States attack Israel). A state before the nouns names no actor of the clause.
func TestFreshNamedGroupRelatives(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "a rebel group named by its modifier seized a city",
			text: "Kinshasa accuses Rwanda of backing the M23 rebel group that seized Goma in January.",
			want: []rel{{"organization:march-23-movement", graph.Attacked, "place:goma"}},
			not: []rel{{"state:rwanda", graph.Attacked, "place:goma"},
				{"state:democratic-republic-of-the-congo", graph.Attacked, "place:goma"}},
		},
		{
			name: "a bloc named by its modifier, an adjective between, suspended a state",
			text: "Niger broke with the ECOWAS regional bloc that suspended Mali in 2021.",
			want: []rel{{"organization:economic-community-of-west-african-states", graph.Sanctions, "state:mali"}},
			not:  []rel{{"state:niger", graph.Sanctions, "state:mali"}},
		},
		{
			name: "the main clause's subject does not act in the relative clause after a named group",
			text: "The United States sanctioned the Houthi rebel movement, which has repeatedly attacked Israel.",
			want: []rel{{"state:united-states", graph.Sanctions, "organization:houthis"}},
			not:  []rel{{"state:united-states", graph.Attacked, "state:israel"}},
		},
		{
			name: "a state before the nouns names no actor of the clause",
			text: "Brussels extended the Russia sanctions regime that targets Gazprom for another six months.",
			not:  []rel{{"state:russia", graph.Sanctions, "organization:gazprom"}},
		},
	})
}

// TestFreshRenamedTitleOfOwner: "the TITLE of Y, Z" as a verb's object is Z, whom the apposition names
// ("backed the governor of Kasai, Johnson Opio"): main gave nothing for a title outside its list of nouns
// that stand for the actor after "of", and the owner Y for those inside it ("the leader of Puntland").
func TestFreshRenamedTitleOfOwner(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "a governor of a province renamed after the comma",
			text: "Uganda has long backed the governor of Kasai, Johnson Opio.",
			want: []rel{{"state:uganda", graph.Supports, "person:johnson-opio"}},
			not:  []rel{{"state:uganda", graph.Supports, "place:kasai"}},
		},
		{
			name: "a leader of a region renamed after the comma",
			text: "Ethiopia has long backed the leader of Puntland, Said Deni.",
			want: []rel{{"state:ethiopia", graph.Supports, "person:said-deni"}},
			not:  []rel{{"state:ethiopia", graph.Supports, "place:puntland"}},
		},
		{
			name: "a foreign minister of a state renamed after the comma",
			text: "Antonio Guterres met the foreign minister of Iran, Abbas Araghchi, in Geneva.",
			want: []rel{{"person:antonio-guterres", graph.MetWith, "person:abbas-araghchi"}},
		},
	})
}
