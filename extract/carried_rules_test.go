package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestCarriedActors checks, on sentences written in the shapes wire copy uses, actors a sentence does not
// name but carries from the one before or from another clause: a possessive opening a sentence ("Its chief
// executive, X"), definite descriptions, subjects carried over.
func TestCarriedActors(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "'its' after a control verb's object is the object's: 'praised Qatar for its mediation', 'accused Sudan of continuing its backing of'",
			text: "Egypt praised Qatar for its mediation between Israel and Hamas. Kenya accused Sudan of continuing its backing of the Rapid Support Forces. " +
				"Argentina thanked Uruguay for its mediation between Buenos Aires and London.",
			want: []rel{{"state:qatar", graph.Mediates, "state:israel"}, {"state:uruguay", graph.Mediates, "state:united-kingdom"}},
			not: []rel{{"state:egypt", graph.Mediates, "state:israel"}, {"state:egypt", graph.Mediates, "organization:hamas"},
				{"state:kenya", graph.Supports, "organization:rapid-support-forces"}, {"state:argentina", graph.Mediates, "state:united-kingdom"}},
		},
		{
			name: "'Neighbouring X' opening a sentence is its subject, and the 'it' of X's report is X ('Neighbouring Chad, whose troops ..., said it backed')",
			text: "Fighting broke out in Khartoum on Monday. Neighbouring Chad, whose troops patrol the border, said it backed the government in Khartoum. " +
				"Neighboring Paraguay accused Bolivia of harbouring smugglers.",
			want: []rel{{"state:chad", graph.Supports, "organization:government-of-sudan"}, {"state:paraguay", graph.Accuses, "state:bolivia"}},
		},
		{
			name: "a sentence-opening 'Its Ministry of X' is the ministry of the sentence before's subject, not of the article's state",
			text: "Uzbekistan and Kyrgyzstan signed a deal in Tashkent on Monday to share the river's water. Kyrgyzstan will release more water in summer. " +
				"Kazakhstan, which also depends on the river, was not invited. Its Ministry of Water Resources said the deal was unfair. " +
				"Kyrgyzstan said it would sell power to Uzbekistan. Tajikistan, whose dams sit upstream, was not consulted. Its Energy Ministry said it would protest.",
			want: []rel{{"organization:kazakh-water-resources-ministry", graph.PartOf, "state:kazakhstan"},
				{"organization:tajik-energy-ministry", graph.PartOf, "state:tajikistan"}},
			not: []rel{{"organization:kyrgyz-water-resources-ministry", graph.PartOf, "state:kyrgyzstan"},
				{"organization:kyrgyz-energy-ministry", graph.PartOf, "state:kyrgyzstan"}},
		},
		{
			name: "'the company' stands for a company the gazetteer lacks, by its name's head word ('Resources', 'Holdings', 'Airways')",
			text: "Kivu Lithium Resources reported a loss on Monday. Rwanda owns 30% of the company. " +
				"Andes Copper Holdings said its output fell. Ecuador's government sued the company in Quito on Friday. " +
				"Lake Victoria Airways opened a route to Nairobi. Tanzania later sanctioned the company.",
			want: []rel{{"state:rwanda", graph.OwnsStakeIn, "organization:kivu-lithium-resources"},
				{"state:tanzania", graph.Sanctions, "organization:lake-victoria-airways"}},
		},
		{
			name: "a sentence-opening 'The company's', 'The group's', 'The bloc's' is the sentence before's subject, not the actor of its kind named last",
			text: "Vale signed a nickel supply deal with Tesla on Tuesday. The company's chief executive, Gustavo Pimenta, flew to Texas. " +
				"The Arab League received an ASEAN delegation in Cairo. The bloc's secretary general, Ahmed Aboul Gheit, praised the visit. " +
				"Hezbollah accused Hamas of breaking the truce. The group's deputy leader, Naim Qassem, spoke on Sunday.",
			want: []rel{{"person:gustavo-pimenta", graph.Leads, "organization:vale"},
				{"person:ahmed-aboul-gheit", graph.Leads, "organization:arab-league"},
				{"person:naim-qassem", graph.OfficialOf, "organization:hezbollah"}},
			not: []rel{{"person:gustavo-pimenta", graph.Leads, "organization:tesla"},
				{"person:ahmed-aboul-gheit", graph.Leads, "organization:association-of-southeast-asian-nations"},
				{"person:naim-qassem", graph.OfficialOf, "organization:hamas"}},
		},
		{
			name: "a title's complement after its written owner ('the bloc's envoy to Mozambique, X', 'Chile's ambassador to Argentina, Y') leaves the title the owner's",
			text: "The Southern African Development Community sent observers to Maputo on Monday. The bloc's envoy to Mozambique, Joaquim Chissano, met Daniel Chapo. " +
				"Chile's ambassador to Argentina, Rodrigo Vidal, was recalled on Friday. Hezbollah rejected the plan. The group's representative in Tehran, Abdallah Safieddine, met Iranian officials.",
			want: []rel{{"person:joaquim-chissano", graph.OfficialOf, "organization:southern-african-development-community"},
				{"person:rodrigo-vidal", graph.OfficialOf, "state:chile"}, {"person:abdallah-safieddine", graph.OfficialOf, "organization:hezbollah"}},
			not: []rel{{"person:rodrigo-vidal", graph.OfficialOf, "state:argentina"}},
		},
		{
			name: "'the embassy', 'the command', 'the authority' are the one such body named before ('descriptionHeads')",
			text: "The Turkish Embassy in Stockholm issued a statement on Saturday. The embassy accused Sweden of tolerating the PKK. " +
				"U.S. Central Command said its forces shot down two drones. The command accused Iran of arming the Houthis. " +
				"The Palestinian Authority rejected the plan. The authority accused Israel of annexing land in the West Bank.",
			want: []rel{{"organization:turkish-embassy-in-stockholm", graph.Accuses, "state:sweden"},
				{"organization:us-central-command", graph.Accuses, "state:iran"},
				{"organization:palestinian-authority", graph.Accuses, "state:israel"}},
		},
		{
			name: "a possessive opening a sentence is the previous sentence's subject, and a title after it is that actor's",
			text: "Chevron reported record profits on Friday. Its chief executive, Mike Wirth, met Joe Biden. " +
				"NATO met in Brussels on Monday. Its secretary general, Mark Rutte, said the alliance would respond.",
			want: []rel{{"person:mike-wirth", graph.Leads, "organization:chevron"},
				{"person:mark-rutte", graph.Leads, "organization:north-atlantic-treaty-organization"}},
			not: []rel{{"person:mike-wirth", graph.Leads, "person:joe-biden"}},
		},
		{
			name: "a possessive title inside a sentence is its clause's subject's",
			text: "The Kenyan government said its spokesman, Isaac Mwaura, would brief reporters.",
			want: []rel{{"person:isaac-mwaura", graph.SpokespersonFor, "organization:government-of-kenya"}},
		},
		{
			name: "'X and its' is X's, the head of an 'of' phrase for 'X of Y and its'; 'its' is never a person's",
			text: "Washington blacklisted the Aerospace Research Bureau (ARB) of Iran's Defence Ministry and its head, Reza Karimi, on Tuesday. " +
				"Two diplomats, Kevin Rudd, Australia's ambassador to the United States, and Stephen Smith, its high commissioner to Britain, arrived.",
			want: []rel{{"person:reza-karimi", graph.Leads, "organization:aerospace-research-bureau"}},
			not: []rel{{"person:reza-karimi", graph.Leads, "state:united-states"}, {"person:reza-karimi", graph.Leads, "organization:iranian-defence-ministry"},
				{"person:stephen-smith", graph.OfficialOf, "person:kevin-rudd"}, {"person:stephen-smith", graph.OfficialOf, "state:united-states"}},
		},
		{
			name: "a light verb's noun is read when the verb phrase does not fit; 'with A and with B' gives both; a verb of holding before talks detains no one",
			text: "Antony Blinken held separate talks with Abdel Fattah al-Sisi and with Mahmoud Abbas. " +
				"Olaf Scholz held talks with Emmanuel Macron and with Giorgia Meloni on Friday.",
			want: []rel{{"person:antony-blinken", graph.MetWith, "person:abdel-fattah-al-sisi"}, {"person:antony-blinken", graph.MetWith, "person:mahmoud-abbas"},
				{"person:olaf-scholz", graph.MetWith, "person:emmanuel-macron"}, {"person:olaf-scholz", graph.MetWith, "person:giorgia-meloni"}},
			not: []rel{{"person:antony-blinken", graph.Detained, "person:mahmoud-abbas"}, {"person:antony-blinken", graph.Detained, "person:abdel-fattah-al-sisi"}},
		},
		{
			name: "an agentive passive after a prefixed participle ('partly-owned by', 'co-financed by')",
			text: "Kenya Airways is partly-owned by Qatar Airways. Nairobi Securities Exchange, co-financed by the World Bank, opened a new office.",
			want: []rel{{"organization:qatar-airways", graph.OwnsStakeIn, "organization:kenya-airways"},
				{"organization:world-bank", graph.InvestsIn, "organization:nairobi-securities-exchange"}},
		},
		{
			name: "the leader of a delegation acts for it; a participle after a common noun says nothing of an actor before it",
			text: "A delegation led by Sergei Lavrov met Wang Yi in Beijing. The IAEA sent a team led by Rafael Grossi to Iran.",
			want: []rel{{"person:sergei-lavrov", graph.MetWith, "person:wang-yi"}},
			not:  []rel{{"person:rafael-grossi", graph.Leads, "organization:international-atomic-energy-agency"}},
		},
		{
			name: "a leader carried into a coordinated clause: 'a delegation led by X arrived ... and met Y'",
			text: "A Chinese delegation led by Wang Yi arrived in Moscow and met Sergei Lavrov.",
			want: []rel{{"person:wang-yi", graph.MetWith, "person:sergei-lavrov"}},
			not:  []rel{{"state:china", graph.MetWith, "person:sergei-lavrov"}},
		},
		{
			name: "'it' opening a clause joined by 'and' or 'but' is that sentence's subject",
			text: "Ecuador expelled Mexico's ambassador on Friday, and it later cut ties with Mexico. " +
				"Germany welcomed the agreement but it criticised Hungary for the delay.",
			want: []rel{{"state:ecuador", graph.Opposes, "state:mexico"}, {"state:germany", graph.Criticizes, "state:hungary"}},
		},
		{
			name: "'they' after 'and' is a subject of several actors, not one actor's forces",
			text: "Chile and Peru signed a trade pact, and they later recalled their ambassadors from Bolivia. " +
				"Ghana sent troops to Mali in March, and they later clashed with rebels near Gao.",
			want: []rel{{"state:peru", graph.Opposes, "state:bolivia"}},
			not:  []rel{{"state:ghana", graph.Attacked, "place:gao"}},
		},
		{
			name: "'he' opening a sentence is the sentence before's subject when it is a person, not the last person named",
			text: "Kenyan President William Ruto met Joe Biden in Washington on Monday. He also signed a trade deal with Canada. " +
				"Olaf Scholz received Emmanuel Macron in Berlin, and he later called Volodymyr Zelensky.",
			want: []rel{{"person:william-ruto", graph.SignedAgreementWith, "state:canada"}, {"person:olaf-scholz", graph.Called, "person:volodymyr-zelensky"}},
			not:  []rel{{"person:joe-biden", graph.SignedAgreementWith, "state:canada"}, {"person:emmanuel-macron", graph.Called, "person:volodymyr-zelensky"}},
		},
		{
			name: "agreeing to act on an actor is no agreement with it",
			text: "Chile and Peru signed a trade pact on Monday. They also agreed to expel Bolivian diplomats.",
			want: []rel{{"state:chile", graph.Expelled, "state:bolivia"}},
			not:  []rel{{"state:chile", graph.SignedAgreementWith, "state:bolivia"}, {"state:peru", graph.SignedAgreementWith, "state:bolivia"}},
		},
		{
			name: "an armed group, a court or a bank named by its kind is the one organisation of that kind named just before",
			text: "The M23 captured Goma in January. Burundi sent troops to fight the rebels. " +
				"The International Criminal Court issued a warrant for Vladimir Putin in March. Moscow condemned the court on Friday. " +
				"The Asian Development Bank approved a loan to Sri Lanka. Pakistan also asked the bank for help.",
			want: []rel{{"state:burundi", graph.Opposes, "organization:march-23-movement"},
				{"state:russia", graph.Criticizes, "organization:international-criminal-court"},
				{"state:pakistan", graph.RequestedHelpFrom, "organization:asian-development-bank"}},
		},
		{
			name: "'the party', 'the militia' are never their own clause's subject, and a state's army is no militia",
			text: "The Pheu Thai Party won the most seats in the election. The Move Forward Party accused the party of buying votes. " +
				"The Rapid Support Forces seized the town of Wad Madani. Sudan's army accused the militia of looting homes.",
			want: []rel{{"organization:move-forward-party", graph.Accuses, "organization:pheu-thai-party"},
				{"organization:sudanese-army", graph.Accuses, "organization:rapid-support-forces"}},
			not: []rel{{"organization:move-forward-party", graph.Accuses, "organization:move-forward-party"}},
		},
		{
			name: "a state's army is no militia",
			text: "The Ethiopian army entered Gondar on Monday. Eritrea accused the militia of looting shops.",
			not:  []rel{{"state:eritrea", graph.Accuses, "organization:ethiopian-army"}},
		},
		{
			name: "two organisations of the kind named before leave the description unresolved; 'the bank accounts' names no bank",
			text: "The Awami League and the Jatiya Party held rallies in Dhaka on Friday. India praised the party on Saturday. " +
				"The World Bank paused its lending to Niger. Nigeria froze the bank accounts of three ministers.",
			not: []rel{{"state:india", graph.Supports, "organization:awami-league"}, {"state:india", graph.Supports, "organization:jatiya-party"},
				{"state:nigeria", graph.Sanctions, "organization:world-bank"}, {"state:nigeria", graph.Opposes, "organization:world-bank"}},
		},
		{
			name: "a capitalised head is the article's short name for the body of that kind it names most",
			text: "The Inter-American Development Bank approved a $500 million loan to Ecuador on Monday. " +
				"The loan will fund roads in the Andes. Ecuador's finance minister thanked the lender. Peru and Chile welcomed the loan. " +
				"Bolivia praised the Bank on Tuesday.",
			want: []rel{{"state:bolivia", graph.Supports, "organization:inter-american-development-bank"}},
		},
		{
			name: "a modal's perfect states what did not happen",
			text: "China vetoed a resolution in which the Security Council would have condemned Myanmar.",
			not:  []rel{{"organization:united-nations-security-council", graph.Criticizes, "state:myanmar"}},
		},
		{
			name: "a role noun is the one person named just before who holds the office, by a title the text gave or the table of office holders",
			text: "Senegalese President Bassirou Diomaye Faye arrived in Paris on Monday. Mali accused the president of harbouring rebels. " +
				"Ethiopia and Kenya signed a power deal on Friday. In Moscow, Vladimir Putin received Narendra Modi with a military band. " +
				"The Russian president called his guest a close friend. " +
				"Foreign Minister Sergey Lavrov flew to Pyongyang on Tuesday. Kim Jong Un received the minister at his residence.",
			want: []rel{{"state:mali", graph.Accuses, "person:bassirou-diomaye-faye"}, {"person:vladimir-putin", graph.Leads, "state:russia"},
				{"person:kim-jong-un", graph.MetWith, "person:sergey-lavrov"}},
		},
		{
			name: "two holders of the office named just before leave the role noun unresolved",
			text: "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday. Tanzania criticised the president on Friday.",
			not:  []rel{{"state:tanzania", graph.Criticizes, "person:william-ruto"}, {"state:tanzania", graph.Criticizes, "person:yoweri-museveni"}},
		},
		{
			name: "a pronoun opening a sentence is the sentence before's subject, not the subject of a relative clause set off by commas",
			text: "The Andean Community, of which Bolivia is a member, issued a statement on Monday. Its secretary general, Gonzalo Gutierrez, criticised Peru. " +
				"Rosatom, which is wholly owned by the Russian state, signed a deal with Hungary on Monday. Its chief executive, Alexei Likhachev, met Viktor Orban. " +
				"The Gulf Cooperation Council, which Qatar rejoined in 2021, held a summit in Riyadh on Monday. It condemned Iran on Tuesday.",
			want: []rel{{"person:gonzalo-gutierrez", graph.Leads, "organization:andean-community"},
				{"person:alexei-likhachev", graph.Leads, "organization:rosatom"},
				{"organization:gulf-cooperation-council", graph.Criticizes, "state:iran"}},
			not: []rel{{"person:gonzalo-gutierrez", graph.Leads, "state:bolivia"}, {"state:qatar", graph.Criticizes, "state:iran"}},
		},
		{
			name: "'the kingdom' inside a sentence that names no other state is the state the sentence before was about, not the article's",
			text: "Brazil hosted a climate summit in Belem on Monday. Brazil and Chile signed a trade deal on Tuesday. " +
				"Jordan hosted talks on Gaza in Amman on Wednesday. The United States, the kingdom's main ally, praised the meeting.",
			want: []rel{{"state:united-states", graph.AlliedWith, "state:jordan"}},
			not:  []rel{{"state:united-states", graph.AlliedWith, "state:brazil"}},
		},
	})
}

// TestCarriedStates checks, on short texts of several sentences in the shapes of general news, a state
// carried by its capital or by the events the text tied to it: "the government in La Paz" is Bolivia's,
// "the junta" after "the coup in Myanmar" is Myanmar's and not that of a state named earlier, and an act
// that angers an actor makes that actor the critic ("Its accession angered Moscow").
func TestCarriedStates(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "a state's body named by its seat or its state after 'in' or 'of' ('the government in La Paz', 'the junta in Ouagadougou', 'the government of Chad')",
			text: "Peru recalled its ambassador from Bolivia on Tuesday. The government in La Paz accused Peru of meddling in the election. " +
				"France closed its embassy in Burkina Faso last year. The junta in Ouagadougou expelled two Ivorian diplomats on Monday. " +
				"The government of Chad accused Sudan of arming the rebels.",
			want: []rel{{"organization:government-of-bolivia", graph.Accuses, "state:peru"},
				{"organization:government-of-bolivia", graph.PartOf, "state:bolivia"},
				{"organization:burkinabe-junta", graph.Expelled, "state:ivory-coast"},
				{"organization:government-of-chad", graph.Accuses, "state:sudan"}},
			not: []rel{{"organization:government-of-peru", graph.Accuses, "state:peru"},
				{"organization:french-junta", graph.Expelled, "state:ivory-coast"}},
		},
		{
			name: "a bare 'the junta' is the junta of the state whose coup the text named, not of the state the article named first",
			text: "Thailand hosted a regional summit in Bangkok on Monday. The Association of Southeast Asian Nations condemned the coup in Myanmar. " +
				"It also imposed sanctions on the junta.",
			want: []rel{{"organization:association-of-southeast-asian-nations", graph.Sanctions, "organization:myanmar-junta"}},
			not:  []rel{{"organization:association-of-southeast-asian-nations", graph.Sanctions, "organization:thai-junta"}},
		},
		{
			name: "'the junta' after 'the coup in Niger', with Mozambique named first",
			text: "Mozambique held talks with Malawi in Maputo on Monday. The Economic Community of West African States condemned the coup in Niger. " +
				"It also imposed sanctions on the junta.",
			want: []rel{{"organization:economic-community-of-west-african-states", graph.Sanctions, "organization:nigerien-junta"}},
			not:  []rel{{"organization:economic-community-of-west-african-states", graph.Sanctions, "organization:mozambican-junta"}},
		},
		{
			name: "'the junta' with no coup named and two states about names no state's junta",
			text: "Kenya and Uganda signed a rail deal in Nairobi on Monday. The junta welcomed the agreement.",
			not:  []rel{{"organization:kenyan-junta", graph.PartOf, "state:kenya"}, {"organization:ugandan-junta", graph.PartOf, "state:uganda"}},
		},
		{
			name: "an act that angers or alarms an actor makes that actor its critic ('Its accession angered Moscow', 'The move infuriated Lome')",
			text: "Finland joined NATO in April. The Nordic country had been neutral for decades. Its accession angered Moscow, which threatened retaliation. " +
				"Peru was frustrated with Chile.",
			want: []rel{{"state:russia", graph.Criticizes, "state:finland"}, {"state:peru", graph.Criticizes, "state:chile"}},
			not:  []rel{{"state:finland", graph.Criticizes, "state:russia"}},
		},
		{
			name: "'The move infuriated Lome' after Ghana's act: Togo the critic",
			text: "Ghana closed its border in May. The move infuriated Lome.",
			want: []rel{{"state:togo", graph.Criticizes, "state:ghana"}},
			not:  []rel{{"state:ghana", graph.Criticizes, "state:togo"}},
		},
		{
			name: "'it' as the subject of a relative clause is the subject of the clause its head stands in ('Rwanda, which it accuses of'), not the head",
			text: "Congo recalled its envoy from Rwanda, which it accuses of backing the M23. " +
				"Guyana lodged a protest with Venezuela, which it accused of massing troops on the border. " +
				"Armenia said it was freezing its ties with Belarus, which it blames for arming Azerbaijan.",
			want: []rel{{"state:democratic-republic-of-the-congo", graph.Accuses, "state:rwanda"},
				{"state:guyana", graph.Accuses, "state:venezuela"}, {"state:armenia", graph.Accuses, "state:belarus"}},
			not: []rel{{"state:rwanda", graph.Accuses, "state:democratic-republic-of-the-congo"},
				{"state:venezuela", graph.Accuses, "state:guyana"}, {"state:belarus", graph.Accuses, "state:armenia"}},
		},
		{
			name: "a named subject of a relative clause whose pronoun is its object is that clause's actor, in the past tense too ('Rwanda, which Kinshasa accused of backing')",
			text: "Congo recalled its ambassador from Rwanda, which Kinshasa accused of backing the M23 rebels. " +
				"Sudan closed its consulate in Chad, which Khartoum blamed for arming the Rapid Support Forces. " +
				"Police in Dhaka detained two men, whom Bangladesh accused of smuggling arms to Myanmar.",
			want: []rel{{"state:democratic-republic-of-the-congo", graph.Accuses, "state:rwanda"},
				{"state:sudan", graph.Accuses, "state:chad"}},
			not: []rel{{"state:democratic-republic-of-the-congo", graph.Supports, "organization:march-23-movement"},
				{"state:rwanda", graph.Supports, "organization:march-23-movement"},
				{"state:sudan", graph.Supports, "organization:rapid-support-forces"},
				{"state:chad", graph.Supports, "organization:rapid-support-forces"}},
		},
		{
			name: "each of a relative clause's named subjects accuses its object ('Iran, which Riyadh and Washington accused of')",
			text: "Oman is wary of the Houthis' ties to Iran, which Riyadh and Washington accused of supplying the group with drones. " +
				"Serbia hosted officials from Belarus, which Lithuania and Poland accused of pushing migrants over the border.",
			want: []rel{{"state:saudi-arabia", graph.Accuses, "state:iran"}, {"state:united-states", graph.Accuses, "state:iran"},
				{"state:lithuania", graph.Accuses, "state:belarus"}, {"state:poland", graph.Accuses, "state:belarus"}},
			not: []rel{{"state:iran", graph.Supports, "organization:houthis"}, {"state:poland", graph.Supports, "state:belarus"}},
		},
		{
			name: "'him' for an unnamed envoy or official is the state the title serves ('expelled the Spanish ambassador, accusing him of meddling')",
			text: "Venezuela expelled the Spanish ambassador on Friday, accusing him of meddling in its internal affairs. " +
				"Mali summoned the Algerian envoy on Monday. Bamako accused him of meeting rebel leaders in Kidal. " +
				"Peru recalled its ambassador from Bolivia in June. La Paz had accused him of funding the protests.",
			want: []rel{{"state:venezuela", graph.Accuses, "state:spain"}, {"state:mali", graph.Accuses, "state:algeria"},
				{"state:bolivia", graph.Accuses, "state:peru"}},
			not: []rel{{"state:spain", graph.Accuses, "state:venezuela"}, {"state:algeria", graph.Accuses, "state:mali"}},
		},
		{
			name: "'he' with no person named in reach is an unnamed envoy's state ('expelled the French ambassador. He had criticised')",
			text: "Mali expelled the French ambassador on Monday. He had criticised the junta in Bamako. " +
				"Kenya summoned the Ugandan high commissioner on Friday, after he accused Nairobi of arming rebels. " +
				"William Ruto, who met the Ugandan envoy on Sunday, said he would visit Somalia.",
			want: []rel{{"state:france", graph.Criticizes, "organization:malian-junta"}, {"state:uganda", graph.Accuses, "state:kenya"}},
			not:  []rel{{"state:uganda", graph.MetWith, "state:somalia"}},
		},
		{
			name: "'him' is the last person-like actor: a person named after the envoy, or no one when only states stand before",
			text: "Chad expelled the Sudanese ambassador on Monday. It arrested Succes Masra on Tuesday, accusing him of plotting a coup. " +
				"Niger closed its border with Benin, accusing him of smuggling.",
			want: []rel{{"state:chad", graph.Accuses, "person:succes-masra"}},
			not:  []rel{{"state:chad", graph.Accuses, "state:sudan"}, {"state:niger", graph.Accuses, "state:benin"}},
		},
		{
			name: "'those countries', 'the three countries' stand for the states last named as a list of that many",
			text: "Nicaragua ordered the diplomats of Costa Rica, Panama and Honduras to leave on Monday. " +
				"Managua also recalled its own envoys from those countries, which it accused of meddling. " +
				"Mali closed its border with Niger, Algeria and Mauritania. Bamako accused the three countries of sheltering rebels.",
			want: []rel{{"state:nicaragua", graph.Accuses, "state:costa-rica"}, {"state:nicaragua", graph.Accuses, "state:panama"},
				{"state:nicaragua", graph.Accuses, "state:honduras"}, {"state:mali", graph.Accuses, "state:algeria"},
				{"state:mali", graph.Accuses, "state:mauritania"}},
		},
		{
			name: "'the four countries' after a list of three stands for no one",
			text: "Chile signed a trade deal with Peru, Colombia and Mexico on Monday. Argentina criticised the four countries.",
			not:  []rel{{"state:argentina", graph.Criticizes, "state:peru"}, {"state:argentina", graph.Criticizes, "state:colombia"}},
		},
	})
}
