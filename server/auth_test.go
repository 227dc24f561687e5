package server_test

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/server"
)

// TestWritingIsOffWithoutEditors: a server started with no token answers every write with 403 saying how
// to turn writing on, and tells the page that it takes no writes; reading stays open.
func TestWritingIsOffWithoutEditors(t *testing.T) {
	ts, _ := newWriteServer(t, server.Config{Editors: &server.Editors{}})
	r := sendJSON(t, ts, http.MethodPost, "/api/documents", map[string]string{"text": "Belarus supports Russia."})
	if r.status != http.StatusForbidden {
		t.Fatalf("POST /api/documents: status %d, want 403: %s", r.status, r.body)
	}
	if code, msg := apiError(t, r); code != "forbidden" || !strings.Contains(msg, "ACTORGRAPH_EDIT_TOKEN") {
		t.Errorf("error %s %q, want forbidden naming ACTORGRAPH_EDIT_TOKEN", code, msg)
	}
	r = send(t, ts, http.MethodGet, "/api/editor", "", nil, "Authorization", "Bearer "+aliceToken)
	if r.status != http.StatusOK || strings.TrimSpace(r.body) != `{"writes":false}` {
		t.Errorf("GET /api/editor: %d %s, want 200 {\"writes\":false}", r.status, r.body)
	}
	if r := send(t, ts, http.MethodGet, "/api/search?q=tokayev", "", nil); r.status != http.StatusOK {
		t.Errorf("search: status %d", r.status)
	}
}

// TestWritesNeedAnEditorsToken: no token, a token no editor has and a malformed Authorization header are
// 401 with WWW-Authenticate; an editor's token passes, and GET /api/editor names its editor.
func TestWritesNeedAnEditorsToken(t *testing.T) {
	ts, _ := newWriteServer(t, server.Config{})
	body := []byte(`{"text":"Belarus supports Russia."}`)
	for _, tc := range []struct {
		name       string
		header     []string
		wantAuthn  string // in WWW-Authenticate
		wantInBody string
	}{
		{"no token", nil, `Bearer realm="actorgraph"`, "writing needs an editor's token"},
		{"a wrong token", []string{"Authorization", "Bearer not-anyones-token-at-all"}, `error="invalid_token"`, "not an editor's"},
		{"another scheme", []string{"Authorization", "Basic " + aliceToken}, `error="invalid_request"`, "Bearer <token>"},
		{"no token after Bearer", []string{"Authorization", "Bearer "}, `error="invalid_request"`, "Bearer <token>"},
		{"two headers", []string{"Authorization", "Bearer " + aliceToken, "Authorization", "Bearer " + bobToken}, `error="invalid_request"`, "Bearer <token>"},
		{"a token with a space", []string{"Authorization", "Bearer " + aliceToken + " x"}, `error="invalid_request"`, "Bearer <token>"},
		{"alice's token with a letter more", []string{"Authorization", "Bearer " + aliceToken + "x"}, `error="invalid_token"`, "not an editor's"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := send(t, ts, http.MethodPost, "/api/documents?preview=1", "application/json", body, tc.header...)
			if r.status != http.StatusUnauthorized {
				t.Fatalf("status %d, want 401: %s", r.status, r.body)
			}
			if got := r.header.Get("WWW-Authenticate"); !strings.Contains(got, tc.wantAuthn) {
				t.Errorf("WWW-Authenticate %q, want it to hold %q", got, tc.wantAuthn)
			}
			if code, msg := apiError(t, r); code != "unauthorized" || !strings.Contains(msg, tc.wantInBody) {
				t.Errorf("error %s %q, want unauthorized with %q", code, msg, tc.wantInBody)
			}
			if strings.Contains(r.body, aliceToken) || strings.Contains(r.body, bobToken) {
				t.Error("the answer repeats a token")
			}
		})
	}
	t.Run("the scheme in any case, alice's token", func(t *testing.T) {
		r := send(t, ts, http.MethodPost, "/api/documents?preview=1", "application/json", body, "Authorization", "bearer "+aliceToken)
		if r.status != http.StatusOK {
			t.Fatalf("status %d, want 200: %s", r.status, r.body)
		}
	})
	t.Run("GET /api/editor names the editor", func(t *testing.T) {
		r := send(t, ts, http.MethodGet, "/api/editor", "", nil, "Authorization", "Bearer "+bobToken)
		if r.status != http.StatusOK || strings.TrimSpace(r.body) != `{"writes":true,"editor":"bob"}` {
			t.Errorf("GET /api/editor: %d %s", r.status, r.body)
		}
		if r.header.Get("Cache-Control") != "no-store" {
			t.Errorf("Cache-Control %q, want no-store", r.header.Get("Cache-Control"))
		}
		r = send(t, ts, http.MethodGet, "/api/editor", "", nil)
		if r.status != http.StatusOK || strings.TrimSpace(r.body) != `{"writes":true}` {
			t.Errorf("GET /api/editor without a token: %d %s", r.status, r.body)
		}
		r = send(t, ts, http.MethodGet, "/api/editor", "", nil, "Authorization", "Bearer wrong-token-0123456789")
		if r.status != http.StatusUnauthorized {
			t.Errorf("GET /api/editor with a wrong token: %d %s, want 401", r.status, r.body)
		}
	})
}

// TestWritesAreRateLimitedPerEditor: an editor past their burst gets 429 with Retry-After, and another
// editor is not held back by it.
func TestWritesAreRateLimitedPerEditor(t *testing.T) {
	ts, _ := newWriteServer(t, server.Config{WriteRate: 0.001, WriteBurst: 2})
	post := func(token string) response {
		// A body the handler refuses at once: the limit counts writes tried, whatever becomes of them.
		return send(t, ts, http.MethodPost, "/api/documents", "text/plain", []byte("x"), "Authorization", "Bearer "+token)
	}
	for i := range 2 {
		if r := post(aliceToken); r.status != http.StatusBadRequest {
			t.Fatalf("alice's write %d: status %d, want 400 (past the limit, refused by the handler): %s", i+1, r.status, r.body)
		}
	}
	r := post(aliceToken)
	if r.status != http.StatusTooManyRequests {
		t.Fatalf("alice's third write: status %d, want 429: %s", r.status, r.body)
	}
	if code, msg := apiError(t, r); code != "rate_limited" || !strings.Contains(msg, "alice") {
		t.Errorf("error %s %q", code, msg)
	}
	if ra := r.header.Get("Retry-After"); ra == "" || ra == "0" {
		t.Errorf("Retry-After %q", ra)
	}
	if r := post(bobToken); r.status != http.StatusBadRequest {
		t.Errorf("bob's first write: status %d, want 400 (not limited by alice's): %s", r.status, r.body)
	}
}

// TestWrongTokensAreLimitedPerAddress: after ten wrong tokens, an address gets 429 for a while, even with a
// right one, so tokens cannot be tried at the speed of the network.
func TestWrongTokensAreLimitedPerAddress(t *testing.T) {
	ts, _ := newWriteServer(t, server.Config{})
	for i := range 10 {
		r := send(t, ts, http.MethodGet, "/api/editor", "", nil, "Authorization", "Bearer guess-number-"+strings.Repeat("x", 10)+string(rune('a'+i)))
		if r.status != http.StatusUnauthorized {
			t.Fatalf("guess %d: status %d, want 401", i+1, r.status)
		}
	}
	r := send(t, ts, http.MethodGet, "/api/editor", "", nil, "Authorization", "Bearer "+aliceToken)
	if r.status != http.StatusTooManyRequests {
		t.Fatalf("after ten wrong tokens: status %d, want 429: %s", r.status, r.body)
	}
	if r.header.Get("Retry-After") != "60" {
		t.Errorf("Retry-After %q, want 60", r.header.Get("Retry-After"))
	}
}

// TestParseEditors: the editors file's rules, each broken once, with the file and line in the message and
// never the token.
func TestParseEditors(t *testing.T) {
	sum := sha256.Sum256([]byte("a-hashed-token-of-carol"))
	ok := "# who may write\n\nalice " + aliceToken + "\n  bob\t" + bobToken + "  \ncarol sha256:" + hex.EncodeToString(sum[:]) + "\n"
	eds, err := server.ParseEditors("editors.txt", []byte(ok))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(eds.Names(), ","); got != "alice,bob,carol" {
		t.Errorf("names %s", got)
	}
	for _, tc := range []struct {
		name, file, want string
	}{
		{"empty", "# nobody\n", "editors.txt: names no editor"},
		{"three words", "alice smith " + aliceToken + "\n", "editors.txt:1: a line is a name and a token separated by spaces; this one has 3 words"},
		{"no token", "alice\n", "editors.txt:1: a line is a name and a token"},
		{"short token", "# x\nalice short\n", "editors.txt:2: the token of editor alice is shorter than 16 characters"},
		{"name twice", "alice " + aliceToken + "\nalice " + bobToken + "\n", "editors.txt:2: editor alice is named twice"},
		{"token twice", "alice " + aliceToken + "\nbob " + aliceToken + "\n", "editors.txt:2: editors alice and bob have the same token"},
		{"bad hash", "alice sha256:abc\n", "editors.txt:1: the token of editor alice is \"sha256:\" followed by something other than 64 hexadecimal digits"},
		{"name with a control", "al\u202eice " + aliceToken + "\n", `editors.txt:1: editor name "al\u202eice" has '\u202e'`},
		{"name too long", strings.Repeat("a", 65) + " " + aliceToken + "\n", "is longer than 64 bytes"},
		{"non-ASCII token", "alice " + aliceToken + "é\n", "outside ASCII"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := server.ParseEditors("editors.txt", []byte(tc.file))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
			if strings.Contains(err.Error(), aliceToken) || strings.Contains(err.Error(), bobToken) {
				t.Errorf("the message repeats a token: %v", err)
			}
		})
	}
}

// TestHashedTokensSignIn: an editor listed by the SHA-256 of their token signs in with the token.
func TestHashedTokensSignIn(t *testing.T) {
	sum := sha256.Sum256([]byte("a-hashed-token-of-carol"))
	eds, err := server.ParseEditors("editors", []byte("carol sha256:"+hex.EncodeToString(sum[:])))
	if err != nil {
		t.Fatal(err)
	}
	ts, _ := newWriteServer(t, server.Config{Editors: eds})
	r := send(t, ts, http.MethodGet, "/api/editor", "", nil, "Authorization", "Bearer a-hashed-token-of-carol")
	if r.status != http.StatusOK || !strings.Contains(r.body, `"editor":"carol"`) {
		t.Errorf("%d %s", r.status, r.body)
	}
	r = send(t, ts, http.MethodGet, "/api/editor", "", nil, "Authorization", "Bearer sha256:"+hex.EncodeToString(sum[:]))
	if r.status != http.StatusUnauthorized {
		t.Errorf("the hash itself as a token: %d, want 401", r.status)
	}
}

// FuzzParseEditors: any file is read or refused with its name, and a file read names editors whose tokens
// sign them in.
func FuzzParseEditors(f *testing.F) {
	f.Add([]byte("alice " + aliceToken + "\nbob " + bobToken + "\n"))
	f.Add([]byte("# x\n\ncarol sha256:" + strings.Repeat("ab", 32) + "\n"))
	f.Add([]byte("al\u202eice short\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		eds, err := server.ParseEditors("editors", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "invalid: editors") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		if eds.Len() == 0 || len(eds.Names()) != eds.Len() {
			t.Fatalf("a file read with %d editors named %v", eds.Len(), eds.Names())
		}
	})
}
