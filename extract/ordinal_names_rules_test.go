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
