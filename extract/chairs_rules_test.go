package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestChairsOfBlocs: the chair of a bloc named with its size ("chair of the 16-member SADC", "of the
// six-nation bloc") or by a reference to the bloc named before ("the bloc's rotating chair, X") leads it
// (docs/annotation.md: chair → LEADS); "the group" is not read so, since it is as often a group of people.
func TestChairsOfBlocs(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "chairman of the N-member bloc, named",
			text: "Mohamed Irfaan Ali, chairman of the 15-member Caribbean Community, told reporters in Georgetown that the bloc would send observers.",
			want: []rel{{"person:mohamed-irfaan-ali", graph.Leads, "organization:caribbean-community"}},
		},
		{
			name: "secretary-general of the N-nation bloc named before",
			text: "The Gulf Cooperation Council met in Doha on Sunday. Jassem Albudaiwi, secretary-general of the six-nation bloc, said the talks were constructive.",
			want: []rel{{"person:jassem-albudaiwi", graph.Leads, "organization:gulf-cooperation-council"}},
		},
		{
			name: "the bloc's rotating chair, a titled leader",
			text: "ASEAN foreign ministers gathered in Kuala Lumpur. The bloc's rotating chair, Malaysian Prime Minister Anwar Ibrahim, opened the meeting.",
			want: []rel{{"person:anwar-ibrahim", graph.Leads, "organization:association-of-southeast-asian-nations"},
				{"person:anwar-ibrahim", graph.Leads, "state:malaysia"}},
		},
		{
			name: "the leader of a group of people leads no party named before",
			text: "The Malawi Congress Party condemned the arrests. A group of farmers blocked the road near Lilongwe. John Banda, leader of the group, was detained.",
			not:  []rel{{"person:john-banda", graph.Leads, "organization:malawi-congress-party"}},
		},
	})
}
