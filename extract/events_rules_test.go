package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestEventsNamedAgain checks, on sentences in the shapes wire copy uses, an event stated with its actors
// and then named again by a noun: "X shelled Y's border posts on Monday. Z condemned the attack." is Z
// criticising X; "A and B signed a gas deal. C welcomed the agreement" is C supporting A and B. The noun is
// read as the one recent event of a fitting type; two such events with other actors leave it unread, and
// the reaction's negation or reporting applies as anywhere else.
func TestEventsNamedAgain(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "'it' as a reaction's object stands for the event a noun named just before ('France condemned the attack. Iran also denounced it', 'back it')",
			text: "Azerbaijan shelled Armenia's border posts near Jermuk on Tuesday. France condemned the attack. Iran also denounced it on Wednesday. " +
				"Kenya and Ethiopia signed a power-sharing accord in Addis Ababa on Friday. The African Union hailed the agreement. Somalia and Djibouti back it, but Eritrea has rejected it. " +
				"Thailand and Cambodia signed a border treaty in Bangkok on Monday. Laos welcomed it.",
			want: []rel{{"state:iran", graph.Criticizes, "state:azerbaijan"},
				{"state:somalia", graph.Supports, "state:kenya"}, {"state:djibouti", graph.Supports, "state:ethiopia"},
				{"state:eritrea", graph.Opposes, "state:kenya"}, {"state:eritrea", graph.Opposes, "state:ethiopia"},
				{"state:laos", graph.Supports, "state:thailand"}, {"state:laos", graph.Supports, "state:cambodia"}},
			not: []rel{{"state:iran", graph.Criticizes, "state:armenia"}},
		},
		{
			name: "'it' after a reaction stands for no event when no event's noun stands before, nor for the one reacting's own deal",
			text: "Serbia opened a rail line to Hungary on Monday. Croatia criticised it. " +
				"Peru and Ecuador signed a fisheries pact on Sunday. Peru's foreign ministry hailed it.",
			not: []rel{{"state:croatia", graph.Criticizes, "state:serbia"}, {"state:croatia", graph.Criticizes, "state:hungary"},
				{"organization:peruvian-foreign-ministry", graph.Supports, "state:ecuador"}, {"state:peru", graph.Supports, "state:ecuador"}},
		},
		{
			name: "condemning an attack criticises the attacker",
			text: "Azerbaijan shelled Armenia's border posts near Jermuk on Tuesday. France condemned the attack.",
			want: []rel{{"state:france", graph.Criticizes, "state:azerbaijan"}},
			not:  []rel{{"state:france", graph.Criticizes, "state:armenia"}},
		},
		{
			name: "air strikes, the shelling, a raid: the attacker, whatever the noun",
			text: "Pakistan launched air strikes on Afghanistan's Khost province on Monday. The Taliban denounced the strikes as a violation of sovereignty.",
			want: []rel{{"organization:taliban", graph.Criticizes, "state:pakistan"}},
		},
		{
			name: "the bombing, the raids: the attacker",
			text: "Israel bombed targets in Syria overnight. Qatar deplored the bombing. " +
				"Houthi rebels attacked a British tanker in the Red Sea. Days later, the United States launched raids on Houthi positions in Yemen. Oman criticised the raids.",
			want: []rel{{"state:qatar", graph.Criticizes, "state:israel"}, {"state:oman", graph.Criticizes, "state:united-states"}},
		},
		{
			name: "welcoming an agreement supports each of its parties",
			text: "Chile and Argentina signed a lithium accord in Santiago on Thursday. Bolivia welcomed the agreement.",
			want: []rel{{"state:bolivia", graph.Supports, "state:chile"}, {"state:bolivia", graph.Supports, "state:argentina"}},
		},
		{
			name: "hailing a truce supports its sides; rejecting a pact opposes them",
			text: "Colombia signed a ceasefire with the National Liberation Army on Friday. Venezuela hailed the truce.",
			want: []rel{{"state:venezuela", graph.Supports, "state:colombia"}, {"state:venezuela", graph.Supports, "organization:national-liberation-army"}},
		},
		{
			name: "rejecting a pact opposes its parties",
			text: "Somalia signed a defence pact with Egypt in Cairo. Ethiopia rejected the pact.",
			want: []rel{{"state:ethiopia", graph.Opposes, "state:somalia"}, {"state:ethiopia", graph.Opposes, "state:egypt"}},
		},
		{
			name: "two agreements of other parties in the window: the noun names neither, unless the nearest writes it",
			text: "Colombia signed a ceasefire with the National Liberation Army on Friday. Somalia signed a defence deal with Egypt in Cairo. Ethiopia rejected the agreement.",
			not:  []rel{{"state:ethiopia", graph.Opposes, "state:colombia"}, {"state:ethiopia", graph.Opposes, "state:egypt"}},
		},
		{
			name: "the nearest event named by the reaction's own noun: the pact is the pact just signed, not the ceasefire before it",
			text: "Colombia signed a ceasefire with the National Liberation Army on Friday. Somalia signed a defence pact with Egypt in Cairo. Ethiopia rejected the pact.",
			want: []rel{{"state:ethiopia", graph.Opposes, "state:somalia"}, {"state:ethiopia", graph.Opposes, "state:egypt"}},
			not:  []rel{{"state:ethiopia", graph.Opposes, "state:colombia"}},
		},
		{
			name: "condemning sanctions criticises whoever imposed them",
			text: "The European Union imposed sanctions on Belarus on Friday. Belarus denounced the sanctions as economic warfare.",
			want: []rel{{"state:belarus", graph.Criticizes, "organization:european-union"}},
		},
		{
			name: "condemning expulsions and arrests criticises who expelled or arrested",
			text: "Mali expelled France's ambassador on Monday. The European Union condemned the expulsion. " +
				"Turkish police detained Ekrem Imamoglu in Istanbul. Germany criticised the arrest.",
			want: []rel{{"organization:european-union", graph.Criticizes, "state:mali"}, {"state:germany", graph.Criticizes, "organization:turkish-police"}},
		},
		{
			name: "welcoming talks supports neither side: an observer welcoming a meeting supports that it is held (TestWelcomedMeetings)",
			text: "Serbia and Kosovo held talks in Brussels on Monday. The United States welcomed the talks.",
			not:  []rel{{"state:united-states", graph.Supports, "state:serbia"}, {"state:united-states", graph.Supports, "state:kosovo"}},
		},
		{
			name: "two attacks by different actors in the window: the noun names neither",
			text: "Russia shelled Kharkiv on Monday. Ukraine struck an oil depot in Belgorod on Tuesday. The European Union condemned the attacks.",
			not:  []rel{{"organization:european-union", graph.Criticizes, "state:russia"}, {"organization:european-union", graph.Criticizes, "state:ukraine"}},
		},
		{
			name: "an event of another type does not fit the noun",
			text: "Ghana and Togo signed a border accord on Monday. Nigeria condemned the attack.",
			not:  []rel{{"state:nigeria", graph.Criticizes, "state:ghana"}, {"state:nigeria", graph.Criticizes, "state:togo"}},
		},
		{
			name: "the article's one attack, stated further back than the sentences just before: its attacker",
			text: "Azerbaijan shelled Armenia's border posts near Jermuk on Tuesday. Armenia closed its airspace. Yerevan recalled its ambassador. " +
				"Markets fell in Baku. Shops closed early. France condemned the attack.",
			want: []rel{{"state:france", graph.Criticizes, "state:azerbaijan"}},
			not:  []rel{{"state:france", graph.Criticizes, "state:armenia"}},
		},
		{
			name: "a negated or refused reaction gives nothing; a speaker's own reaction is a fact",
			text: "Azerbaijan shelled Armenia's border posts near Jermuk on Tuesday. Turkey did not condemn the attack. Iran said it condemned the attack.",
			want: []rel{{"state:iran", graph.Criticizes, "state:azerbaijan"}},
			not:  []rel{{"state:turkey", graph.Criticizes, "state:azerbaijan"}},
		},
		{
			name: "a reaction reported by another is that speaker's claim",
			text: "Azerbaijan shelled Armenia's border posts near Jermuk on Tuesday. Armenia said Russia had welcomed the attack.",
			not:  []rel{{"state:russia", graph.Supports, "state:azerbaijan"}},
		},
		{
			name: "the attacker's own praise of its attack is no relationship; an attack only claimed is no event",
			text: "Ukraine said Russia shelled Kherson on Monday. Hungary condemned the attack.",
			not:  []rel{{"state:hungary", graph.Criticizes, "state:russia"}},
		},
		{
			name: "an event whose doer alone is stated: carried out, claimed responsibility for, launched",
			text: "Al-Shabaab said it had carried out the bombing in Mogadishu. Kenya condemned the attack.",
			want: []rel{{"state:kenya", graph.Criticizes, "organization:al-shabaab"}},
		},
		{
			name: "claimed responsibility for a day's bombing",
			text: "The Islamic State claimed responsibility for Sunday's suicide bombing in Kabul. Pakistan denounced the attack.",
			want: []rel{{"state:pakistan", graph.Criticizes, "organization:islamic-state"}},
		},
		{
			name: "a state's leader condemning an attack by a group based in that state criticises the group",
			text: "Boko Haram claimed responsibility for the raid on Tuesday. Nigerian President Bola Tinubu condemned the attack.",
			want: []rel{{"person:bola-tinubu", graph.Criticizes, "organization:boko-haram"}},
		},
		{
			name: "launched an offensive; struck a deal",
			text: "The M23 rebels launched a new offensive near Goma on Monday. Rwanda denied backing the group. Angola condemned the assault. " +
				"Nepal struck a power deal with Bangladesh on Thursday. India welcomed the agreement.",
			want: []rel{{"state:angola", graph.Criticizes, "organization:march-23-movement"}, {"state:india", graph.Supports, "state:nepal"}, {"state:india", graph.Supports, "state:bangladesh"}},
		},
		{
			name: "a doer only others name, or who denies it, states no event",
			text: "Police said the Allied Democratic Forces carried out the attack near Beni. Uganda condemned the attack. " +
				"The National Liberation Army denied carrying out the bombing in Cali. Ecuador condemned the attack.",
			not: []rel{{"state:uganda", graph.Criticizes, "organization:allied-democratic-forces"}, {"state:ecuador", graph.Criticizes, "organization:national-liberation-army"}},
		},
		{
			name: "exercises known only from who held them: condemning the drills criticises each who held them",
			text: "Egypt and Saudi Arabia began joint naval drills in the Red Sea on Sunday. Iran condemned the exercises.",
			want: []rel{{"state:iran", graph.Criticizes, "state:egypt"}, {"state:iran", graph.Criticizes, "state:saudi-arabia"}},
		},
		{
			name: "held exercises",
			text: "Venezuela held military exercises near the border with Guyana in March. Guyana denounced the drills as a provocation.",
			want: []rel{{"state:guyana", graph.Criticizes, "state:venezuela"}},
		},
		{
			name: "drills planned or called off are no event",
			text: "Egypt and Saudi Arabia did not hold the planned naval drills this year. Iran condemned the exercises.",
			not:  []rel{{"state:iran", graph.Criticizes, "state:egypt"}, {"state:iran", graph.Criticizes, "state:saudi-arabia"}},
		},
		{
			name: "a party that hails its own agreement supports no partner",
			text: "Chile and Argentina signed a lithium accord in Santiago on Thursday. Chilean President Gabriel Boric hailed the agreement.",
			want: []rel{{"person:gabriel-boric", graph.Leads, "state:chile"}},
			not:  []rel{{"person:gabriel-boric", graph.Supports, "state:argentina"}, {"person:gabriel-boric", graph.Supports, "state:chile"}},
		},
	})
}

// TestEventsMediatedAndSides checks talks and deals named again by a third party that hosted, brokered or
// guaranteed them (it mediates between their parties), and "both sides", "the two parties" read as the two
// actors of the event stated just before; an appeal to both sides to act is no demand of either.
func TestEventsMediatedAndSides(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "hosting, brokering or guaranteeing talks or a deal mediates between its parties, and is no meeting with them",
			text: "Armenia and Azerbaijan held peace talks in Almaty on Friday. Kazakhstan, which hosted the talks, said they would resume in March. " +
				"Ghana signed a maritime boundary agreement with Togo on Monday. Ivory Coast brokered the deal after two years of negotiation. A joint commission will mark the line.\n\n" +
				"Peru and Ecuador resumed negotiations on their fishing dispute on Tuesday. Brazil and Chile, which have guaranteed the negotiations since 2019, said a deal was close.",
			want: []rel{{"state:kazakhstan", graph.Mediates, "state:armenia"}, {"state:kazakhstan", graph.Mediates, "state:azerbaijan"},
				{"state:ivory-coast", graph.Mediates, "state:ghana"}, {"state:ivory-coast", graph.Mediates, "state:togo"},
				{"state:brazil", graph.Mediates, "state:peru"}, {"state:chile", graph.Mediates, "state:ecuador"}},
			not: []rel{{"state:kazakhstan", graph.MetWith, "state:armenia"}, {"state:kazakhstan", graph.MetWith, "state:azerbaijan"},
				{"state:brazil", graph.MetWith, "state:peru"}},
		},
		{
			name: "the talks that reached an agreement: the host of the talks mediates between the agreement's parties",
			text: "Sudan and South Sudan signed an oil transit agreement in Addis Ababa on Saturday. Ethiopian Prime Minister Abiy Ahmed, who hosted the talks, called it a milestone.",
			want: []rel{{"person:abiy-ahmed", graph.Mediates, "state:sudan"}, {"person:abiy-ahmed", graph.Mediates, "state:south-sudan"}},
		},
		{
			name: "a truce or deal named again with its broker after 'by': the broker mediates between its parties",
			text: "Armenia and Azerbaijan agreed a ceasefire on Monday. The truce, brokered by Russia, took effect at midnight.\n\n" +
				"Sudan signed a peace deal with South Sudan on Friday. The deal mediated by Qatar ends a year of border fighting.",
			want: []rel{{"state:russia", graph.Mediates, "state:armenia"}, {"state:russia", graph.Mediates, "state:azerbaijan"},
				{"state:qatar", graph.Mediates, "state:sudan"}, {"state:qatar", graph.Mediates, "state:south-sudan"}},
		},
		{
			name: "guarantors of the truce; shuttling between the two sides",
			text: "Ethiopia signed a truce with Eritrea in Nairobi on Sunday. Kenya and Uganda acted as guarantors of the truce.\n\n" +
				"Serbia and Kosovo held talks in Brussels on Monday. Slovakia shuttled between the two sides for three days.",
			want: []rel{{"state:kenya", graph.Mediates, "state:ethiopia"}, {"state:uganda", graph.Mediates, "state:eritrea"},
				{"state:slovakia", graph.Mediates, "state:serbia"}, {"state:slovakia", graph.Mediates, "state:kosovo"}},
			not: []rel{{"state:kenya", graph.SignedAgreementWith, "state:uganda"}},
		},
		{
			name: "an appeal to both sides is no demand of either; a party that hosts its own talks mediates nothing; an attack has no parties to mediate",
			text: "India and Pakistan clashed along the Line of Control on Sunday. The United Nations called on both sides to show restraint and urged both parties to return to talks. " +
				"Kenya and Somalia held talks in Nairobi on Monday. Kenya hosted the talks. " +
				"Russia shelled Ukrainian positions near Kharkiv on Tuesday. Turkey brokered the attack.",
			not: []rel{{"organization:united-nations", graph.Opposes, "state:india"}, {"organization:united-nations", graph.Opposes, "state:pakistan"},
				{"state:kenya", graph.Mediates, "state:somalia"}, {"state:turkey", graph.Mediates, "state:russia"}, {"state:turkey", graph.Mediates, "state:ukraine"}},
		},
	})
}

// TestEventsDoneToNoActor checks an attack whose doer the text states against a target that names no actor
// ("the rebel group attacked an army base"), and an attack named again beyond the sentences just before
// when it is the only one the article states: condemning it criticises its doer.
func TestEventsDoneToNoActor(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "an attack on a target that names no actor is still its doer's: condemning it criticises the doer",
			text: "Al-Shabaab militants stormed a hotel in Mogadishu on Friday, killing nine people. Kenya condemned the attack.",
			want: []rel{{"state:kenya", graph.Criticizes, "organization:al-shabaab"}},
		},
		{
			name: "the rebel group that overran a post, named by its kind",
			text: "Myanmar's government suspended ceasefire talks with the Arakan Army on Monday after the rebel group overran a police post in Rakhine state. Japan deplored the attack.",
			want: []rel{{"state:japan", graph.Criticizes, "organization:arakan-army"}},
		},
		{
			name: "the article's one attack, named again paragraphs later",
			text: "Boko Haram fighters raided a military base in Borno state on Sunday. The army said 11 soldiers died.\n\n" +
				"The base lies on the road to Maiduguri. Residents said the shooting lasted three hours. A curfew remains in force.\n\n" +
				"Chad also condemned the attack on Tuesday.",
			want: []rel{{"state:chad", graph.Criticizes, "organization:boko-haram"}},
		},
		{
			name: "no doer stated as fact, or two attacks of other doers before: the attack names no one",
			text: "Police said the Allied Democratic Forces attacked a village in Ituri province. Uganda condemned the attack.\n\n" +
				"A market was bombed in Gao on Monday. Mali's army blamed jihadists. Niger condemned the attack.",
			not: []rel{{"state:uganda", graph.Criticizes, "organization:allied-democratic-forces"}},
		},
		{
			name: "two attacks by other doers earlier in the article: a later reference names neither",
			text: "Russia shelled Kharkiv on Monday. Ukraine struck an oil refinery in Belgorod on Tuesday.\n\n" +
				"Energy prices rose. Markets in Europe fell. Traders expect more volatility.\n\n" +
				"Hungary condemned the attack.",
			not: []rel{{"state:hungary", graph.Criticizes, "state:russia"}, {"state:hungary", graph.Criticizes, "state:ukraine"}},
		},
	})
}
