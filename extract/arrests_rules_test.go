package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestFreshLawfulArrests: a report that police arrested someone, or that a person was handed to the police,
// blames no one when a police body, a court or a state tells it ("..., according to Interpol", "..., the
// court said"): the detention stays, and no ACCUSES of the police is made from it. A rights group or a
// state telling of another state's forces killing people still accuses them.
func TestFreshLawfulArrests(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "an arrest by police told by Interpol",
			text: "Bolivian police arrested two associates of Rodrigo Salas Quispe in La Paz in January, according to Interpol.",
			want: []rel{{"organization:bolivian-police", graph.Detained, "person:rodrigo-salas-quispe"}},
			not:  []rel{{"organization:interpol", graph.Accuses, "organization:bolivian-police"}},
		},
		{
			name: "a person handed to police, told by a court",
			text: "Rodrigo Salas Quispe was handed to Peruvian police at the airport in Quito on Wednesday, Ecuador's National Court of Justice said.",
			want: []rel{{"organization:peruvian-police", graph.Detained, "person:rodrigo-salas-quispe"}},
			not:  []rel{{"organization:national-court-of-justice", graph.Accuses, "organization:peruvian-police"}},
		},
		{
			name: "security forces shooting protesters, told by a rights group, is still an accusation",
			text: "Hengaw, a Kurdish rights group, said Iranian security forces had shot dead protesters in several towns.",
			want: []rel{{"organization:hengaw", graph.Accuses, "organization:iranian-security-forces"}},
		},
	})
}
