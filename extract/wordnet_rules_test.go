package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestRulesWordNet holds fresh sentences for verbs that neither the lexicon nor the corpus uses, which the
// table generated from WordNet (wordnet_verbs.go, scripts/wordnet-verbs) reads as the lexicon row whose
// verb they stand beside, under rules of their own (verb-wordnet:...); and the readings a word's other
// sense, or a sense the generator leaves out, must not give.
func TestRulesWordNet(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "opposition: stonewalled, stymied, gainsaid (synonyms and troponyms of block, challenge)",
			text: "Peru's Congress stonewalled President Dina Boluarte on Friday. Hungary stymied Ukraine at the summit in Brussels on Thursday. " +
				"Turkey gainsaid Greece at the NATO summit.",
			want: []rel{{"organization:congress-of-peru", graph.Opposes, "person:dina-boluarte"}, {"state:hungary", graph.Opposes, "state:ukraine"},
				{"state:turkey", graph.Opposes, "state:greece"}},
		},
		{
			name: "accusation and criticism: slandered, defamed (troponyms of accuse), reproved, dressed down (of criticise, rebuke)",
			text: "Azerbaijan slandered Armenia in a letter to the United Nations. Bolivia defamed Chile in a radio address on Monday. " +
				"Mexico reproved Ecuador for the raid on its embassy. Russia dressed down Armenia over the vote.",
			want: []rel{{"state:azerbaijan", graph.Accuses, "state:armenia"}, {"state:bolivia", graph.Accuses, "state:chile"},
				{"state:mexico", graph.Criticizes, "state:ecuador"}, {"state:russia", graph.Criticizes, "state:armenia"}},
		},
		{
			name: "support and praise: plumped for (support), succoured (aid), exalted (praise)",
			text: "Nepal plumped for India in the dispute over the road. Sri Lanka succoured the Maldives after the floods. " +
				"China exalted Pakistan as an ironclad friend.",
			want: []rel{{"state:nepal", graph.Supports, "state:india"}, {"state:sri-lanka", graph.Supports, "state:maldives"},
				{"state:china", graph.Supports, "state:pakistan"}},
		},
		{
			name: "force: collared (arrest), flogged (beat), firebombed (bomb)",
			text: "Georgian police collared opposition leader Nika Melia near the parliament building. " +
				"Venezuelan police flogged opposition leader Freddy Superlano. Russian jets firebombed Ukrainian positions near Kupiansk overnight.",
			want: []rel{{"organization:georgian-police", graph.Detained, "person:nika-melia"},
				{"organization:venezuelan-police", graph.Attacked, "person:freddy-superlano"}, {"state:russia", graph.Attacked, "state:ukraine"}},
		},
		{
			name: "structure and brokers: bought out (buy), spearheaded (lead), liaised between (mediate)",
			text: "Shell bought out BG Group in 2016. Abu Mohammed al-Jolani spearheaded Hayat Tahrir al-Sham for a decade. " +
				"Qatar liaised between Rwanda and Congo for months.",
			want: []rel{{"organization:shell", graph.OwnsStakeIn, "organization:bg-group"},
				{"person:abu-mohammed-al-jolani", graph.Leads, "organization:hayat-tahrir-al-sham"},
				{"state:qatar", graph.Mediates, "state:rwanda"}, {"state:qatar", graph.Mediates, "state:democratic-republic-of-the-congo"}},
		},
		{
			name: "a verb's other sense gives nothing: sugar cane, the scourge of, the spearhead of",
			text: "Fiji's sugar cane growers sold their crop to Australia this year. " +
				"Piracy remains the scourge of Somalia's coast, the International Maritime Bureau said. " +
				"The 3rd Assault Brigade was the spearhead of Ukraine's offensive near Bakhmut.",
			not: []rel{{"state:fiji", graph.Attacked, "state:australia"}, {"organization:international-maritime-bureau", graph.Sanctions, "state:somalia"},
				{"organization:3rd-assault-brigade", graph.Leads, "state:ukraine"}},
		},
		{
			name: "senses the generator leaves out give nothing: defeat in a game, honours bestowed",
			text: "Morocco outplayed Spain in the quarter-final in Doha. Brazil thrashed Argentina 4-1 in Rio de Janeiro. " +
				"Egypt honoured the Emirati envoy with a medal.",
			not: []rel{{"state:morocco", graph.Attacked, "state:spain"}, {"state:brazil", graph.Attacked, "state:argentina"},
				{"state:egypt", graph.Supports, "state:united-arab-emirates"}},
		},
	})
}
