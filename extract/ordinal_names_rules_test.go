package extract_test

import "testing"

// TestFreshOrdinalNames: an ordinal in digits that numbers a unit or a body is the first word of its name
// ("the 11th Airborne Division"), which had been cut to "Airborne Division"; a weekday, a title or a
// sentence's first word still starts no name, and a date's ordinal joins no name after it.
func TestFreshOrdinalNames(t *testing.T) {
	tests := []struct {
		name, text string
		want, no   []string
	}{
		{
			name: "an ordinal opens a division's name",
			text: "Paratroopers of the 11th Airborne Division landed near Fairbanks on Tuesday, the army said.",
			want: []string{"11th Airborne Division"}, no: []string{"Airborne Division"},
		},
		{
			name: "ordinals of two and three digits, in a list",
			text: "The 101st Airborne Division and the 3rd Infantry Brigade will deploy to Romania, President Joe Biden said on Monday.",
			want: []string{"101st Airborne Division", "3rd Infantry Brigade"},
			no:   []string{"Airborne Division", "Infantry Brigade", "President", "Monday", "The 101st Airborne Division"},
		},
		{
			name: "a date's ordinal before a known body joins nothing",
			text: "On the 12th Security Council members met again in New York.",
			no:   []string{"12th Security Council", "On"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkActorNames(t, tt.text, tt.want, tt.no) })
	}
}

// TestFreshCreedNames: a word a party or an armed group names itself by before a state's demonym ("the
// United Congolese Party", "the Patriotic Kenyan Front") is the first word of its name, which had been cut
// to "Congolese Party"; the word before a demonym that starts no name ("United Nigerian troops" at a
// sentence's start) makes no actor, and "President" and a weekday stay out.
func TestFreshCreedNames(t *testing.T) {
	tests := []struct {
		name, text string
		want, no   []string
	}{
		{
			name: "a creed word opens a party's name before a demonym",
			text: "Malanga, who lived for years in Utah, founded the United Congolese Party and declared a government in exile.",
			want: []string{"United Congolese Party"}, no: []string{"Congolese Party"},
		},
		{
			name: "a front's name, with a title and a weekday in the sentence",
			text: "On Monday President William Ruto met leaders of the Patriotic Kenyan Front in Nakuru.",
			want: []string{"Patriotic Kenyan Front", "William Ruto"},
			no:   []string{"Kenyan Front", "President William Ruto", "Monday", "On Monday"},
		},
		{
			name: "a sentence's first word before a demonym and no head makes no name",
			text: "United Nigerian troops crossed into Benin on Friday.",
			want: []string{"Nigeria", "Benin"}, no: []string{"United Nigerian", "Friday"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkActorNames(t, tt.text, tt.want, tt.no) })
	}
}
