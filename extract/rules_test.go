package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// rel names a relationship by entity ids.
type rel struct {
	from string
	t    graph.RelType
	to   string
}

// statedAsFact reports whether any sentence states r as fact rather than as someone's claim.
func statedAsFact(r graph.Relation) bool {
	for _, ev := range r.Evidence {
		if ev.Claim == "" {
			return true
		}
	}
	return false
}

// TestRules checks single rules on short texts: what each must find, and the false edges it must not add.
func TestRules(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "coordinated subjects across a determiner and of different kinds",
			text: "The EU and the G7 imposed sanctions on Russia.",
			want: []rel{{"organization:european-union", graph.Sanctions, "state:russia"}, {"organization:group-of-seven", graph.Sanctions, "state:russia"}},
		},
		{
			name: "a month or number after a first name ends the name; a known office holder's title takes their state",
			text: "Prime Minister Theresa May tells parliament that Britain will expel 23 Russian diplomats. Chinese ambassador Zhang Jun spoke on May 18. In Warsaw, President Joe Biden met Polish leaders.",
			want: []rel{{"person:theresa-may", graph.Leads, "state:united-kingdom"}, {"person:zhang-jun", graph.OfficialOf, "state:china"}, {"person:joe-biden", graph.Leads, "state:united-states"}},
			not:  []rel{{"person:joe-biden", graph.Leads, "state:poland"}},
		},
		{
			name: "a demand to undo is opposition, a request to act is a request, and what is asked is not done",
			text: "Mali's military government called on France to withdraw its troops without delay. " +
				"Lithuania urged the European Union to sanction Belarus. Haiti called on Kenya to send police officers. " +
				"The United States pressed Israel to halt the offensive in Rafah.",
			want: []rel{{"state:mali", graph.Opposes, "state:france"}, {"state:lithuania", graph.RequestedHelpFrom, "organization:european-union"},
				{"state:haiti", graph.RequestedHelpFrom, "state:kenya"}, {"state:united-states", graph.Opposes, "state:israel"}},
			not: []rel{{"state:mali", graph.RequestedHelpFrom, "state:france"}, {"organization:european-union", graph.Sanctions, "state:belarus"},
				{"state:lithuania", graph.RequestedHelpFrom, "state:belarus"}, {"state:haiti", graph.Opposes, "state:kenya"}},
		},
		{
			name: "leaving a body breaks with it; leaving a country does not; a matter raised with someone is talk",
			text: "Niger, Mali and Burkina Faso quit ECOWAS in January. Russia pulled out of the Council of Europe in March. " +
				"Emmanuel Macron left Germany on Friday. Joe Biden discussed the war in Ukraine with Olaf Scholz on Friday.",
			want: []rel{{"state:niger", graph.Opposes, "organization:economic-community-of-west-african-states"},
				{"state:burkina-faso", graph.Opposes, "organization:economic-community-of-west-african-states"},
				{"state:russia", graph.Opposes, "organization:council-of-europe"}, {"person:joe-biden", graph.MetWith, "person:olaf-scholz"}},
			not: []rel{{"person:emmanuel-macron", graph.Opposes, "state:germany"}, {"person:joe-biden", graph.MetWith, "state:ukraine"}},
		},
		{
			name: "a company named by its state and trade in a later sentence is the company named before, if its state fits",
			text: "TotalEnergies announced the results on Monday. The French energy group signed an agreement with Uganda on Tuesday. " +
				"Gazprom cut gas supplies to Bulgaria. The Italian energy group signed an agreement with Algeria.",
			want: []rel{{"organization:totalenergies", graph.SignedAgreementWith, "state:uganda"}},
			not:  []rel{{"organization:gazprom", graph.SignedAgreementWith, "state:algeria"}, {"organization:totalenergies", graph.SignedAgreementWith, "state:algeria"}},
		},
		{
			name: "a gerund after a phrase of place continues the clause: its subject is the clause's",
			text: "South Africa filed a case at the International Court of Justice accusing Israel of genocide. " +
				"China backed the plan, with Xi Jinping calling Kassym-Jomart Tokayev on Friday.",
			want: []rel{{"state:south-africa", graph.Accuses, "state:israel"}},
			not: []rel{{"organization:international-court-of-justice", graph.Accuses, "state:israel"},
				{"state:china", graph.Called, "person:xi-jinping"}},
		},
		{
			name: "calling an act by a word of condemnation criticises its actor",
			text: "Bulgarian Prime Minister Kiril Petkov called the Russian decision blackmail.",
			want: []rel{{"person:kiril-petkov", graph.Criticizes, "state:russia"}},
		},
		{
			name: "an opposition leader leads no state; military aid is no deployment; a warrant accuses",
			text: "Kenyan opposition leader Raila Odinga rejected the result. Washington pledged $500 million in military aid to Kyiv. The International Criminal Court issued an arrest warrant for Vladimir Putin.",
			want: []rel{{"state:united-states", graph.Supports, "state:ukraine"}, {"organization:international-criminal-court", graph.Accuses, "person:vladimir-putin"}},
			not:  []rel{{"person:raila-odinga", graph.Leads, "state:kenya"}, {"state:united-states", graph.DeployedForcesTo, "state:ukraine"}},
		},
		{
			name: "control of a state is seized, not owned; a strike on targets in a state attacks it",
			text: "The Taliban took control of Kabul in August 2021. Israel struck targets in Syria, the Syrian defence ministry said. " +
				"France's TotalEnergies owns a 26.5% stake in the Mozambique LNG project. Sweden became NATO's 32nd member in March. " +
				"Azerbaijan regained control of Nagorno-Karabakh in September. The Malian junta expelled French troops and turned to Russia's Wagner Group.",
			want: []rel{{"organization:taliban", graph.Attacked, "state:afghanistan"}, {"state:israel", graph.Attacked, "state:syria"},
				{"state:sweden", graph.MemberOf, "organization:north-atlantic-treaty-organization"}, {"state:azerbaijan", graph.Attacked, "place:nagorno-karabakh"}},
			not: []rel{{"organization:taliban", graph.OwnsStakeIn, "state:afghanistan"}, {"state:israel", graph.ProtestsAgainst, "state:syria"},
				{"organization:totalenergies", graph.Attacked, "state:mozambique"}, {"state:france", graph.RequestedHelpFrom, "organization:wagner-group"}},
		},
		{
			name: "a speaker named after the fact makes it a claim, also by an adjective or not at all",
			text: "Iran sent drones to Russia, Ukrainian officials said. North Korea shipped shells to Russia, officials said on Monday. " +
				"Belarus sent troops to Russia, Ukraine said. Syria sent fuel to Lebanon, and the United States said it would respond.",
			want: []rel{{"state:ukraine", graph.Accuses, "state:iran"}, {"state:syria", graph.Supports, "state:lebanon"}},
			not: []rel{{"state:iran", graph.Supports, "state:russia"}, {"state:north-korea", graph.Supports, "state:russia"},
				{"state:belarus", graph.DeployedForcesTo, "state:ukraine"}, {"state:iran", graph.Supports, "state:ukraine"},
				{"state:syria", graph.Supports, "state:united-states"}},
		},
		{
			name: "reports, critics, beliefs and relative accusations are claims",
			text: "Reports say Iran backed the Houthis. Critics say China supports Russia. Iran is believed to have armed Hezbollah. " +
				"Rwanda supplied arms to the M23, the report alleged. Qatar, which Egypt accuses of backing Hamas, denied it. " +
				"The US suspects that China will supply weapons to Russia.",
			not: []rel{{"state:iran", graph.Supports, "organization:houthis"}, {"state:china", graph.Supports, "state:russia"},
				{"state:iran", graph.Supports, "organization:hezbollah"}, {"state:rwanda", graph.Supports, "organization:march-23-movement"},
				{"state:qatar", graph.Supports, "organization:hamas"}, {"state:egypt", graph.Supports, "organization:hamas"},
				{"state:united-states", graph.Supports, "state:russia"}},
		},
		{
			name: "a sanction imposed in a relative clause",
			text: "Turkey objects to the arms embargo that Sweden and Finland imposed on Ankara in 2019.",
			want: []rel{{"state:sweden", graph.Sanctions, "state:turkey"}, {"state:finland", graph.Sanctions, "state:turkey"}},
		},
		{
			name: "a pronoun subject stops the search for one; a reported pronoun means the speaker",
			text: "Turkey objects to the embargo that Sweden and Finland imposed, and it has criticised Stockholm. Gazprom said on Monday it had halted gas supplies to Poland.",
			want: []rel{{"organization:gazprom", graph.Sanctions, "state:poland"}},
			not:  []rel{{"state:finland", graph.Criticizes, "state:sweden"}},
		},
		{
			name: "the speaker is not the subject of what is reported",
			text: "Prime Minister Rishi Sunak said the invasion of Ukraine was illegal.",
			not:  []rel{{"person:rishi-sunak", graph.Attacked, "state:ukraine"}},
		},
		{
			name: "applying to join is no membership; members named after the organisation are",
			text: "Finland and Sweden applied to join NATO. Putin said Finland and Sweden joining NATO posed no threat. NATO members Poland and Lithuania sent help.",
			want: []rel{{"state:poland", graph.MemberOf, "organization:north-atlantic-treaty-organization"}, {"state:lithuania", graph.MemberOf, "organization:north-atlantic-treaty-organization"}},
			not:  []rel{{"state:finland", graph.MemberOf, "organization:north-atlantic-treaty-organization"}, {"state:sweden", graph.MemberOf, "organization:north-atlantic-treaty-organization"}},
		},
		{
			name: "a terrorist designation, direct and relative",
			text: "Hamas, which Israel and the United States consider a terrorist organization, rejected the plan. The EU does not list Hezbollah as a terrorist group.",
			want: []rel{{"state:israel", graph.Opposes, "organization:hamas"}, {"state:united-states", graph.Opposes, "organization:hamas"}},
			not:  []rel{{"organization:european-union", graph.Opposes, "organization:hezbollah"}},
		},
		{
			name: "a title without a state does not take a state a noun governs",
			text: "President Joe Biden was \"disappointed by the shortsighted decision by OPEC+ while the economy suffers from Putin's invasion of Ukraine,\" adviser Jake Sullivan said.",
			want: []rel{{"person:joe-biden", graph.Criticizes, "organization:opec-plus"}},
			not:  []rel{{"person:joe-biden", graph.Leads, "state:ukraine"}, {"person:jake-sullivan", graph.OfficialOf, "state:ukraine"}},
		},
		{
			name: "a visitor's title does not take the state visited",
			text: "President Joe Biden arrived in Poland on Friday. Secretary of State Antony Blinken, speaking in Israel, urged restraint. " +
				"President Emmanuel Macron visited Morocco. Foreign Minister Mevlut Cavusoglu said Turkey expected more.",
			want: []rel{{"person:mevlut-cavusoglu", graph.OfficialOf, "state:turkey"}},
			not: []rel{{"person:joe-biden", graph.Leads, "state:poland"}, {"person:antony-blinken", graph.OfficialOf, "state:israel"},
				{"person:emmanuel-macron", graph.Leads, "state:morocco"}},
		},
		{
			name: "head of an organisation by reference, by verb and by its name's head noun",
			text: "The International Energy Agency said supplies were tight. Fatih Birol, the agency's executive director, warned of shortages. " +
				"Rafael Grossi, who heads the International Atomic Energy Agency, visited the plant. The European Commission condemned the move, Commission President Ursula von der Leyen said.",
			want: []rel{{"person:fatih-birol", graph.Leads, "organization:international-energy-agency"},
				{"person:rafael-grossi", graph.Leads, "organization:international-atomic-energy-agency"},
				{"person:ursula-von-der-leyen", graph.Leads, "organization:european-commission"}},
		},
		{
			name: "a verb of leading needs a person and a named object right after it",
			text: "John Smith led Ukraine's delegation to the talks. France led the intervention in Mali.",
			not:  []rel{{"person:john-smith", graph.Leads, "state:ukraine"}, {"state:france", graph.Leads, "state:mali"}},
		},
		{
			name: "appointed as a title",
			text: "Ukraine's parliament appointed Rustem Umerov as defence minister. A man named John Smith spoke.",
			want: []rel{{"person:rustem-umerov", graph.OfficialOf, "state:ukraine"}},
		},
		{
			name: "ousting a leader, not a government",
			text: "Soldiers of the army ousted President Mohamed Bazoum of Niger. Protesters ousted the government of Sri Lanka.",
			not:  []rel{{"organization:sri-lankan-protesters", graph.Attacked, "state:sri-lanka"}},
		},
		{
			name: "their means every one of a plural subject",
			text: "Mali and Burkina Faso sent a delegation to show their support for Niger.",
			want: []rel{{"state:mali", graph.Supports, "state:niger"}, {"state:burkina-faso", graph.Supports, "state:niger"}},
		},
		{
			name: "a state modifying a descriptor is not the object; coordinated companies share the descriptor",
			text: "China said it would impose sanctions on U.S. defence contractors Lockheed Martin and Raytheon Technologies.",
			want: []rel{{"state:china", graph.Sanctions, "organization:lockheed-martin"}, {"state:china", graph.Sanctions, "organization:raytheon-technologies"},
				{"organization:raytheon-technologies", graph.LocatedIn, "state:united-states"}},
			not: []rel{{"state:china", graph.Sanctions, "state:united-states"}},
		},
		{
			name: "titled people coordinated",
			text: "President Joe Biden and Chinese President Xi Jinping held a virtual summit in November.",
			want: []rel{{"person:joe-biden", graph.MetWith, "person:xi-jinping"}},
		},
		{
			name: "a body named after its organisation",
			text: "The African Union condemned the coup. The African Union Commission urged restraint.",
			want: []rel{{"organization:african-union-commission", graph.PartOf, "organization:african-union"}},
		},
		{
			name: "passive accusations name the accuser after by",
			text: "Russia was accused by Ukraine of shelling the plant. Moscow has been accused of war crimes.",
			want: []rel{{"state:ukraine", graph.Accuses, "state:russia"}},
		},
		{
			name: "a parenthetical speaker is not the subject",
			text: "Germany criticised Iran, which she said backed Hamas.",
			want: []rel{{"state:iran", graph.Supports, "organization:hamas"}},
			not:  []rel{{"state:germany", graph.Supports, "organization:hamas"}},
		},
		{
			name: "an apposition with a possessive state is no list",
			text: "Gazprom said it had halted deliveries to PGNiG and to Bulgargaz, Bulgaria's state gas supplier.",
			want: []rel{{"organization:bulgargaz", graph.LocatedIn, "state:bulgaria"}, {"organization:gazprom", graph.Sanctions, "organization:bulgargaz"}},
			not:  []rel{{"organization:gazprom", graph.Sanctions, "state:bulgaria"}},
		},
		{
			name: "arming someone is supporting them; an accusation of it is not",
			text: "Iran has supplied Russia with drones. The United States has provided weapons to Ukraine. Russia supplied gas to Europe. " +
				"China has not provided weapons to Russia. Russia accused Iran of supplying drones to the Houthis.",
			want: []rel{{"state:iran", graph.Supports, "state:russia"}, {"state:united-states", graph.Supports, "state:ukraine"}},
			not: []rel{{"state:china", graph.Supports, "state:russia"}, {"state:russia", graph.Supports, "organization:houthis"},
				{"state:iran", graph.Supports, "organization:houthis"}},
		},
		{
			name: "a call to a titled person",
			text: "Kassym-Jomart Tokayev also called Chinese leader Xi Jinping. Tokayev called what happened an attack on Kazakhstan.",
			want: []rel{{"person:kassym-jomart-tokayev", graph.Called, "person:xi-jinping"}},
			not:  []rel{{"person:kassym-jomart-tokayev", graph.Called, "state:kazakhstan"}},
		},
		{
			name: "a deputy is an official, and a state's own Security Council is no UN body",
			text: "Dmitry Medvedev, deputy chairman of Russia's Security Council, warned Kyiv. Matthew Miller, a spokesman for the State Department, said talks continued.",
			want: []rel{{"person:dmitry-medvedev", graph.OfficialOf, "state:russia"}, {"person:matthew-miller", graph.SpokespersonFor, "organization:us-state-department"}},
			not:  []rel{{"person:dmitry-medvedev", graph.Leads, "organization:united-nations-security-council"}},
		},
		{
			name: "a state's ally",
			text: "Russia's ally Belarus hosted the exercises. Moscow's closest ally Minsk allowed it.",
			want: []rel{{"state:belarus", graph.AlliedWith, "state:russia"}},
		},
		{
			name: "led by: the organisation right before, nothing else",
			text: "The Wagner Group, which is led by Yevgeny Prigozhin, seized Bakhmut. The talks between Israel and Hamas were led by Qatar.",
			want: []rel{{"person:yevgeny-prigozhin", graph.Leads, "organization:wagner-group"}},
			not:  []rel{{"state:qatar", graph.Leads, "organization:hamas"}, {"state:qatar", graph.Leads, "state:israel"}},
		},
		{
			name: "a leader's own government",
			text: "Bulgarian Prime Minister Kiril Petkov said his government would not be intimidated.",
			want: []rel{{"person:kiril-petkov", graph.Leads, "organization:government-of-bulgaria"}},
		},
	})
}

// ruleCase is a short text, the relationships it must yield, and those it must not yield as fact.
type ruleCase struct {
	name      string
	text      string
	want, not []rel
}

// checkRules extracts each case's text and checks its relationships, either way round for a symmetric type
// (which the batch stores in an order of its own).
func checkRules(t *testing.T, tests []ruleCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := mustExtract(t, tt.text)
			for _, w := range tt.want {
				if relationEither(b, w.from, w.t, w.to) == nil {
					t.Errorf("want %s %s %s", w.from, w.t, w.to)
				}
			}
			for _, n := range tt.not {
				if r := relationEither(b, n.from, n.t, n.to); r != nil && statedAsFact(*r) {
					t.Errorf("do not want %s %s %s as a fact", n.from, n.t, n.to)
				}
			}
			if t.Failed() {
				for _, r := range b.Relations {
					t.Logf("got %s", r.ID)
				}
			}
		})
	}
}

// relationEither finds a relationship, either way round for a symmetric type.
func relationEither(b graph.Batch, from string, t graph.RelType, to string) *graph.Relation {
	if r := hasRelation(b, from, t, to); r != nil {
		return r
	}
	if info, ok := t.Info(); ok && info.Symmetric {
		return hasRelation(b, to, t, from)
	}
	return nil
}
