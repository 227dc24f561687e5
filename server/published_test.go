package server_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/server"
)

// TestEditorDatesAnUndatedArticle: an article posted without a date is left out by a date filter; an
// editor gives it one, and the filter keeps it, the document shows it, and posting the undated text again
// keeps it. A dated article, a date that is not one and an unknown document are refused.
func TestEditorDatesAnUndatedArticle(t *testing.T) {
	ts, _ := newWriteServer(t, server.Config{})
	undated := map[string]string{"text": talks, "title": "Talks in Astana", "id": "talks-in-astana"}
	if r := sendJSON(t, ts, http.MethodPost, "/api/documents", undated); r.status != http.StatusCreated {
		t.Fatalf("post: status %d: %s", r.status, r.body)
	}
	filtered := "/api/graph?focus=state:japan&depth=1&from=2023-05-01&to=2023-05-31"
	inFilter := func() bool {
		r := send(t, ts, http.MethodGet, filtered, "", nil, "Accept", "application/json")
		if r.status != http.StatusOK {
			t.Fatalf("%s: status %d: %.300s", filtered, r.status, r.body)
		}
		return strings.Contains(r.body, "state:china|CRITICIZES|state:japan")
	}
	if inFilter() {
		t.Fatal("the undated article is counted in May 2023")
	}

	r := sendJSON(t, ts, http.MethodPost, "/api/documents/talks-in-astana/published", map[string]string{"published": "2023-05-02"})
	if r.status != http.StatusOK || !strings.Contains(r.body, `"published":"2023-05-02"`) {
		t.Fatalf("setting the date: status %d: %s", r.status, r.body)
	}
	if !inFilter() {
		t.Error("dated 2023-05-02, the article is still left out of May 2023")
	}
	mustContain(t, "the document", send(t, ts, http.MethodGet, "/api/documents/talks-in-astana", "", nil).body, `"published":"2023-05-02"`)

	if r := sendJSON(t, ts, http.MethodPost, "/api/documents", undated); r.status != http.StatusOK {
		t.Errorf("posting the undated text again: status %d, want 200 (unchanged): %.300s", r.status, r.body)
	}
	if !inFilter() {
		t.Error("posting the undated text again took the date away")
	}

	for _, tc := range []struct {
		name, path, body string
		status           int
		want             string
	}{
		{"a dated article", "/api/documents/talks-in-astana/published", `{"published":"2024-01-01"}`, 409, "dated 2023-05-02 already"},
		{"not a date", "/api/documents/talks-in-astana/published", `{"published":"May 2"}`, 400, `published "May 2" is not a date`},
		{"another field", "/api/documents/talks-in-astana/published", `{"published":"2024-01-01","reason":"x"}`, 400, "unknown field"},
		{"no such document", "/api/documents/nowhere/published", `{"published":"2024-01-01"}`, 404, "nowhere"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := send(t, ts, http.MethodPost, tc.path, "application/json", []byte(tc.body), "Authorization", "Bearer "+aliceToken)
			if r.status != tc.status {
				t.Fatalf("status %d, want %d: %.300s", r.status, tc.status, r.body)
			}
			if _, msg := apiError(t, r); !strings.Contains(msg, tc.want) {
				t.Errorf("message %.300q, want it to hold %q", msg, tc.want)
			}
		})
	}
	if r := send(t, ts, http.MethodPost, "/api/documents/talks-in-astana/published", "application/json", []byte(`{"published":"2024-01-01"}`)); r.status != http.StatusUnauthorized && r.status != http.StatusForbidden {
		t.Errorf("without a token: status %d", r.status)
	}
}
