package view_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/view"
)

// TestEncodedViewsAreHandedOutAsEncoded: a view encoded once (as the server keeps its whole-graph views)
// gives the same JSON as one encoded on the way out, and does not encode its body again.
func TestEncodedViewsAreHandedOutAsEncoded(t *testing.T) {
	body := map[string]any{"blocs": []string{"state:a", "state:b"}}
	tests := []struct {
		name   string
		encode bool
		after  func(v *view.View) // what happens to the body after Encode
		want   string
	}{
		{"not encoded: the body as it is now", false, func(v *view.View) { v.Body = map[string]int{"n": 1} }, `{"n":1}`},
		{"encoded: the body as it was encoded", true, func(v *view.View) { v.Body = map[string]int{"n": 1} }, `{"blocs":["state:a","state:b"]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := view.View{Name: "blocs", Body: body}
			if tt.encode {
				if err := v.Encode(); err != nil {
					t.Fatal(err)
				}
			}
			tt.after(&v)
			b, ct, err := v.Bytes(t.Context(), nil, view.Output{Format: "json"})
			if err != nil || string(b) != tt.want || ct != "application/json" {
				t.Errorf("got %s %q %v, want %s", b, ct, err, tt.want)
			}
		})
	}
}
