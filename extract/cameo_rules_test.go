package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestRulesCAMEO holds fresh sentences, in the shapes of general political news, for the verbs and verb
// phrases the lexicon took from the CAMEO event ontology's verb dictionary (scripts/cameo-verbs): one row
// for each relationship type, with verbs of several CAMEO classes each, and the readings they must not
// give.
func TestRulesCAMEO(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "criticism (CAMEO 111): lashed out at, hit out at, chided, reprimanded, derided",
			text: "China lashed out at Australia over the visit. Turkey hit out at Sweden on Tuesday, days before the vote. " +
				"Pakistan chided India for the remarks. Algeria reprimanded Morocco in a statement. Egypt derided Ethiopia's dam plan. " +
				"Iran railed against Israel at the assembly. Serbia took aim at Kosovo in a speech.",
			want: []rel{{"state:china", graph.Criticizes, "state:australia"}, {"state:turkey", graph.Criticizes, "state:sweden"},
				{"state:pakistan", graph.Criticizes, "state:india"}, {"state:algeria", graph.Criticizes, "state:morocco"},
				{"state:egypt", graph.Criticizes, "state:ethiopia"}, {"state:iran", graph.Criticizes, "state:israel"},
				{"state:serbia", graph.Criticizes, "state:kosovo"}},
		},
		{
			name: "armed attack (CAMEO 19x): pounded, battled, waged war on, recaptured, skirmished with",
			text: "Israel pounded Gaza overnight. Russian forces battled Ukrainian troops near Bakhmut. Eritrea waged war on Ethiopia in 1998. " +
				"Ukraine recaptured Kherson in November. Kyrgyzstan skirmished with Tajikistan along the border. " +
				"Armenia and Azerbaijan skirmished near Sotk in September.",
			want: []rel{{"state:israel", graph.Attacked, "place:gaza"}, {"state:russia", graph.Attacked, "state:ukraine"},
				{"state:eritrea", graph.Attacked, "state:ethiopia"}, {"state:ukraine", graph.Attacked, "place:kherson"},
				{"state:kyrgyzstan", graph.Attacked, "state:tajikistan"}, {"state:armenia", graph.Attacked, "state:azerbaijan"}},
		},
		{
			name: "a fight against a thing is no attack",
			text: "Kenya battled inflation all year, Ruto said. Ghana waged war on corruption in Accra. The second round on Sunday pits Turkey against Egypt.",
			not: []rel{{"state:kenya", graph.Attacked, "person:william-ruto"}, {"state:ghana", graph.Attacked, "place:accra"},
				{"state:turkey", graph.Criticizes, "state:egypt"}},
		},
		{
			name: "arrest (CAMEO 173): rearrested, apprehended, rounded up",
			text: "Belarus rearrested opposition leader Maria Kalesnikava. Iran apprehended the French researcher Fariba Adelkhah. " +
				"Uganda rounded up opposition politician Kizza Besigye.",
			want: []rel{{"state:belarus", graph.Detained, "person:maria-kalesnikava"}, {"state:iran", graph.Detained, "person:fariba-adelkhah"},
				{"state:uganda", graph.Detained, "person:kizza-besigye"}},
		},
		{
			name: "praise and support (CAMEO 051, 07x): lauded, extolled, threw its weight behind, came to the aid of, bolstered",
			text: "Japan lauded Vietnam for the reforms. Cuba threw its weight behind Venezuela. Brazil came to the aid of Bolivia after the floods. " +
				"Germany bolstered Lithuania with more troops. India extolled Bhutan as a model neighbour.",
			want: []rel{{"state:japan", graph.Supports, "state:vietnam"}, {"state:cuba", graph.Supports, "state:venezuela"},
				{"state:brazil", graph.Supports, "state:bolivia"}, {"state:germany", graph.Supports, "state:lithuania"},
				{"state:india", graph.Supports, "state:bhutan"}},
		},
		{
			name: "opposition (CAMEO 12x, 13x, 17x): voted against, campaigned against, repudiated, coerced, bullied",
			text: "Kenya voted against Russia at the General Assembly. France campaigned against Turkey in Brussels. " +
				"Kosovo repudiated Serbia on Monday. China coerced Lithuania with trade curbs. Moscow bullied Moldova for years.",
			want: []rel{{"state:kenya", graph.Opposes, "state:russia"}, {"state:france", graph.Opposes, "state:turkey"},
				{"state:kosovo", graph.Opposes, "state:serbia"}, {"state:china", graph.Opposes, "state:lithuania"},
				{"state:russia", graph.Opposes, "state:moldova"}},
		},
		{
			name: "a campaign against an actor is its owner's, whatever the clause's subject",
			text: "Lithuania said Ukraine's campaign against Russia won support in Africa.",
			want: []rel{{"state:ukraine", graph.Opposes, "state:russia"}},
			not:  []rel{{"state:lithuania", graph.Opposes, "state:russia"}},
		},
		{
			name: "sanctions (CAMEO 163, 172): proscribed, outlawed, added to an entity list, froze the assets of",
			text: "Britain proscribed Hezbollah in 2019. The United States added Huawei to its entity list. " +
				"Canada froze the assets of Russia's central bank. Britain placed Belarus under new restrictions.",
			want: []rel{{"state:united-kingdom", graph.Sanctions, "organization:hezbollah"}, {"state:united-states", graph.Sanctions, "organization:huawei"},
				{"state:canada", graph.Sanctions, "organization:russian-central-bank"}, {"state:united-kingdom", graph.Sanctions, "state:belarus"}},
		},
		{
			name: "a thing that undermines an actor's interests is no act of the speaker's",
			text: "Chinese foreign ministry spokesman Wang Wenbin said the arms sales seriously undermined China's sovereignty.",
			not:  []rel{{"person:wang-wenbin", graph.Opposes, "state:china"}},
		},
		{
			name: "consultations (CAMEO 040, 043): consulted with, huddled with",
			text: "Emmanuel Macron huddled with Olaf Scholz in Berlin. Japan consulted with South Korea on Friday.",
			want: []rel{{"person:emmanuel-macron", graph.MetWith, "person:olaf-scholz"}, {"state:japan", graph.MetWith, "state:south-korea"}},
		},
		{
			name: "pleas for help (CAMEO 02): pleaded with, implored, beseeched",
			text: "Haiti pleaded with Kenya to send police. Somalia implored Uganda for more troops.",
			want: []rel{{"state:haiti", graph.RequestedHelpFrom, "state:kenya"}, {"state:somalia", graph.RequestedHelpFrom, "state:uganda"}},
		},
		{
			name: "watching (CAMEO 090): kept watch on, kept tabs on",
			text: "Poland kept a close watch on Belarus. The IAEA kept tabs on Iran.",
			want: []rel{{"state:poland", graph.Monitors, "state:belarus"}, {"organization:international-atomic-energy-agency", graph.Monitors, "state:iran"}},
		},
		{
			name: "nominal frames of attack (CAMEO 19x): a cyberattack, counteroffensive or onslaught on or against an actor",
			text: "Russia carried out a cyberattack on Estonia. Ukraine began a counteroffensive against Russia in June.",
			want: []rel{{"state:russia", graph.Attacked, "state:estonia"},
				{"state:ukraine", graph.Attacked, "state:russia"}},
		},
		{
			name: "demands that an actor go (CAMEO 10): called for the resignation of X, demanded the withdrawal of X's troops",
			text: "Poland demanded the withdrawal of Russian troops from Belarus. Madagascar's opposition called for the resignation of " +
				"President Andry Rajoelina. Morocco demanded the departure of Algeria's ambassador. Chad sought France's withdrawal.",
			want: []rel{{"state:poland", graph.Opposes, "state:russia"}, {"organization:malagasy-opposition", graph.Opposes, "person:andry-rajoelina"},
				{"state:morocco", graph.Opposes, "state:algeria"}, {"state:chad", graph.Opposes, "state:france"}},
			not: []rel{{"state:poland", graph.Opposes, "state:belarus"}},
		},
		{
			name: "an inquiry into an actor (CAMEO 090): opened an investigation into X, launched an inquiry into X",
			text: "Kenya launched an inquiry into Safaricom last year. The European Union opened an investigation into Meta Platforms.",
			want: []rel{{"state:kenya", graph.Monitors, "organization:safaricom"}, {"organization:european-union", graph.Monitors, "organization:meta"}},
		},
		{
			name: "calls (CAMEO 041): spoke with X by phone, held phone talks with X, A and B spoke by telephone",
			text: "Narendra Modi spoke with Emmanuel Macron by phone on Friday. Recep Tayyip Erdogan held phone talks with Vladimir Putin. " +
				"Olaf Scholz and Pedro Sanchez spoke by telephone on Monday.",
			want: []rel{{"person:narendra-modi", graph.Called, "person:emmanuel-macron"}, {"person:recep-tayyip-erdogan", graph.Called, "person:vladimir-putin"},
				{"person:olaf-scholz", graph.Called, "person:pedro-sanchez"}},
		},
		{
			name: "talks without a phone are no call",
			text: "Narendra Modi spoke with Emmanuel Macron in Paris on Friday.",
			not:  []rel{{"person:narendra-modi", graph.Called, "person:emmanuel-macron"}},
		},
		{
			name: "agreements entered into, and ended (CAMEO 057, 16x): entered into an agreement with X, terminated / tore up its accords with X",
			text: "Ghana entered into an agreement with Togo. Mali terminated its defence agreement with France. " +
				"Burkina Faso tore up its military accords with Paris. Niger revoked its defence pact with Benin.",
			want: []rel{{"state:ghana", graph.SignedAgreementWith, "state:togo"}, {"state:mali", graph.Opposes, "state:france"},
				{"state:burkina-faso", graph.Opposes, "state:france"}, {"state:niger", graph.Opposes, "state:benin"}},
			not: []rel{{"state:ghana", graph.Opposes, "state:togo"}},
		},
		{
			name: "property taken (CAMEO 171): nationalised a company, retook a region",
			text: "Zambia nationalised Mopani Copper Mines Plc in 2021. Azerbaijan retook Nagorno-Karabakh in 2023.",
			want: []rel{{"state:zambia", graph.OwnsStakeIn, "organization:mopani-copper-mines"}, {"state:azerbaijan", graph.Attacked, "place:nagorno-karabakh"}},
		},
		{
			name: "a site handed over is leased; a person handed over is in custody; applications handed over are neither",
			text: "Sri Lanka handed the port to China Merchants Port Holdings in 2017. Kenya handed Miguel Gomez over to Colombia. " +
				"The ambassadors of Finland and Sweden handed their applications to NATO. The port was handed to China in 2017.",
			want: []rel{{"organization:china-merchants-port-holdings", graph.LeasesFrom, "state:sri-lanka"}, {"state:kenya", graph.Detained, "person:miguel-gomez"}},
			not: []rel{{"state:colombia", graph.LeasesFrom, "state:kenya"}, {"person:miguel-gomez", graph.LeasesFrom, "state:kenya"},
				{"organization:north-atlantic-treaty-organization", graph.LeasesFrom, "state:finland"},
				{"organization:north-atlantic-treaty-organization", graph.LeasesFrom, "state:sweden"}, {"state:china", graph.Detained, "place:hambantota"}},
		},
	})
}
