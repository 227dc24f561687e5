package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestRulesTitledBodies holds fresh sentences, in shapes general news uses, of a title whose body the words
// before it name: a state's army, government or police ("Sudanese army spokesman X"), where the title
// belongs to that body and not to the state itself.
func TestRulesTitledBodies(t *testing.T) {
	checkPrecision(t, []precisionCase{
		{
			name:   "a state's army before a spokesman's title",
			text:   "Sudanese army spokesman Nabil Abdallah said the paramilitary forces had shelled El Fasher overnight.",
			want:   []rel{{"person:nabil-abdallah", graph.SpokespersonFor, "organization:sudanese-army"}},
			noPair: [][2]string{{"person:nabil-abdallah", "state:sudan"}},
		},
		{
			name:   "a state's government before a spokesman's title",
			text:   "Ethiopian government spokesman Legesse Tulu said Addis Ababa would not negotiate with the rebels.",
			want:   []rel{{"person:legesse-tulu", graph.SpokespersonFor, "organization:government-of-ethiopia"}},
			noPair: [][2]string{{"person:legesse-tulu", "state:ethiopia"}},
		},
		{
			name:   "a state's police before a spokeswoman's title",
			text:   "Colombian police spokeswoman Sandra Hernández said officers had seized two tonnes of cocaine in Cartagena.",
			want:   []rel{{"person:sandra-hernandez", graph.SpokespersonFor, "organization:colombian-police"}},
			noPair: [][2]string{{"person:sandra-hernandez", "state:colombia"}},
		},
		{
			name:   "a state's possessive, its army and a chief",
			text:   "Thailand's army chief Narongpan Jittkaewtae met Cambodian commanders at the border crossing.",
			want:   []rel{{"person:narongpan-jittkaewtae", graph.Leads, "organization:thai-army"}},
			noPair: [][2]string{{"person:narongpan-jittkaewtae", "state:thailand"}},
		},
		{
			name:   "a state's navy before a spokesman's title",
			text:   "Indian navy spokesman Vivek Madhwal said the warship had escorted the tanker through the Gulf of Aden.",
			want:   []rel{{"person:vivek-madhwal", graph.SpokespersonFor, "organization:indian-navy"}},
			noPair: [][2]string{{"person:vivek-madhwal", "state:india"}},
		},
		{
			name:   "a state's military before a spokesman's title",
			text:   "Philippine military spokesman Medel Aguilar said Chinese coast guard vessels had fired water cannon at a supply boat.",
			want:   []rel{{"person:medel-aguilar", graph.SpokespersonFor, "organization:philippine-armed-forces"}},
			noPair: [][2]string{{"person:medel-aguilar", "state:philippines"}},
		},
		{
			name:   "a minister named by the forces he runs is not the forces' official",
			text:   "Chilean Armed Forces Minister Rodrigo Vargas said the troops would stay in the Araucanía region.",
			noPair: [][2]string{{"person:rodrigo-vargas", "organization:chilean-armed-forces"}},
		},
	})
}

// TestRulesPlaceTitles holds fresh sentences, in shapes general news uses, of a title a region or a city
// owns: "Tigray's president, X", "the governor of Lagos State, Y", "Moscow's mayor, Z". The holder leads
// (or serves) the place, not the state the place is in.
func TestRulesPlaceTitles(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "a region's president in an apposition",
			text: "Tigray's president, Debretsion Gebremichael, met Abiy Ahmed in Addis Ababa.",
			want: []rel{{"person:debretsion-gebremichael", graph.Leads, "place:tigray"}},
			not:  []rel{{"person:debretsion-gebremichael", graph.Leads, "state:ethiopia"}},
		},
		{
			name: "a region's premier in an apposition",
			text: "Bavaria's premier, Markus Söder, criticised the coalition in Berlin.",
			want: []rel{{"person:markus-soder", graph.Leads, "place:bavaria"}},
			not:  []rel{{"person:markus-soder", graph.Leads, "state:germany"}},
		},
		{
			name: "a region's leader, the state named after",
			text: "Puntland's leader, Said Abdullahi Deni, cut ties with Mogadishu on Sunday.",
			want: []rel{{"person:said-abdullahi-deni", graph.Leads, "place:puntland"}},
			not:  []rel{{"person:said-abdullahi-deni", graph.Leads, "state:somalia"}},
		},
		{
			name: "a region's regional president",
			text: "Catalonia's regional president, Pere Aragonès, met Pedro Sánchez in Madrid.",
			want: []rel{{"person:pere-aragones", graph.Leads, "place:catalonia"}},
			not:  []rel{{"person:pere-aragones", graph.Leads, "state:spain"}},
		},
		{
			name: "a province's minister",
			text: "Sindh's health minister, Azra Pechuho, said Pakistan needed more vaccines.",
			want: []rel{{"person:azra-pechuho", graph.OfficialOf, "place:sindh"}},
			not:  []rel{{"person:azra-pechuho", graph.OfficialOf, "state:pakistan"}},
		},
		{
			name: "the governor of a state of a federation, in an apposition",
			text: "The governor of Lagos State, Babajide Sanwo-Olu, welcomed the decision.",
			want: []rel{{"person:babajide-sanwo-olu", graph.Leads, "place:lagos-state"}},
		},
		{
			name: "a governor's title before the name, the state of the federation after it",
			text: "Governor Babajide Sanwo-Olu of Lagos State welcomed the decision.",
			want: []rel{{"person:babajide-sanwo-olu", graph.Leads, "place:lagos-state"}},
		},
		{
			name: "a capital's mayor leads the city",
			text: "Moscow's mayor, Sergei Sobyanin, closed the parks.",
			want: []rel{{"person:sergei-sobyanin", graph.Leads, "place:moscow"}},
			not:  []rel{{"person:sergei-sobyanin", graph.Leads, "state:russia"}},
		},
		{
			name: "a capital standing for its state still gives its envoy the state",
			text: "Beijing's envoy, Liu Jianchao, met the Taliban in Kabul.",
			want: []rel{{"person:liu-jianchao", graph.OfficialOf, "state:china"}},
		},
	})
	checkPrecision(t, []precisionCase{
		{
			name:   "a region's leader without a name is not the state's leader named before",
			text:   "Chinese President Xi Jinping arrived in Macau on Friday. Macau's leader criticised Taiwan.",
			noPair: [][2]string{{"person:xi-jinping", "place:macau"}, {"person:xi-jinping", "state:taiwan"}},
		},
	})
}

// TestRulesBareTitleFocus holds fresh articles in which a title without its state ("President X") names
// nobody the text or the table of office holders ties to a state: it is given the state the article is
// about only when the article is plainly about that one state.
func TestRulesBareTitleFocus(t *testing.T) {
	checkPrecision(t, []precisionCase{
		{
			name: "an article about two states as much as about one leaves a bare president alone",
			text: "Kenya and Tanzania signed a border agreement in Arusha on Monday. Kenya will build a road to the " +
				"Tanzanian border, and Tanzania will open two new crossings into Kenya. Tanzania's ports will also " +
				"handle more Kenyan cargo. President Amani Mwakyusa said the deal would double trade within five years.",
			noPair: [][2]string{{"person:amani-mwakyusa", "state:kenya"}, {"person:amani-mwakyusa", "state:tanzania"}},
		},
		{
			name: "an article plainly about one state gives it its bare president",
			text: "Guatemala declared a state of emergency on Monday after floods cut off 40 villages. Guatemala's army " +
				"flew food to the worst-hit areas, and Guatemala asked Mexico for two helicopters. President Carlos " +
				"Estrada Ruiz visited the town of Cobán.",
			want: []rel{{"person:carlos-estrada-ruiz", graph.Leads, "state:guatemala"}},
		},
	})
}

// TestRulesWhoseTitle holds fresh sentences of a title after "whose": the title belongs to the actor the
// relative clause describes.
func TestRulesWhoseTitle(t *testing.T) {
	checkPrecision(t, []precisionCase{
		{
			name:   "an association, whose president, X",
			text:   "The plan was welcomed by the Chamber of Mines of Namibia, whose president, Petrus Amupolo, said it would bring investment.",
			want:   []rel{{"person:petrus-amupolo", graph.Leads, "organization:chamber-of-mines-of-namibia"}},
			noPair: [][2]string{{"person:petrus-amupolo", "state:namibia"}},
		},
		{
			name: "a state, whose foreign minister, X",
			text: "Ecuador, whose foreign minister, Gabriela Sommerfeld, flew to Lima on Monday, rejected the ruling.",
			want: []rel{{"person:gabriela-sommerfeld", graph.OfficialOf, "state:ecuador"}},
		},
	})
}
