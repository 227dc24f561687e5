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
