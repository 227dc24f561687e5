package server_test

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/server"
	"github.com/actorgraph/actorgraph/store/boltstore"
	"github.com/actorgraph/actorgraph/store/corrected"
)

// Tokens of the editors of the write tests.
const (
	aliceToken = "alice-token-0123456789abcdef"
	bobToken   = "bob-token-0123456789abcdef"
)

// testEditors are alice and bob.
func testEditors(tb testing.TB) *server.Editors {
	tb.Helper()
	eds, err := server.ParseEditors("editors", []byte("alice "+aliceToken+"\nbob "+bobToken+"\n"))
	if err != nil {
		tb.Fatal(err)
	}
	return eds
}

// newWriteServer starts the server on a seeded store with the real extractor, the editors of cfg (alice
// and bob unless cfg says otherwise; set cfg.Editors to an empty *server.Editors for none) and no renderer.
func newWriteServer(tb testing.TB, cfg server.Config) (*httptest.Server, *boltstore.Store) {
	tb.Helper()
	store := seededStore(tb)
	x, err := extract.New()
	if err != nil {
		tb.Fatal(err)
	}
	cs := corrected.Wrap(store)
	cfg.Store, cfg.Corrections = cs, cs
	if cfg.Extractor == nil {
		cfg.Extractor = x
	}
	if cfg.Editors == nil {
		cfg.Editors = testEditors(tb)
	}
	ts := httptest.NewServer(server.New(cfg))
	tb.Cleanup(ts.Close)
	return ts, store
}

// send makes one request with a body and headers (pairs of name and value) and reads the whole answer.
func send(tb testing.TB, ts *httptest.Server, method, path, contentType string, body []byte, header ...string) response {
	tb.Helper()
	req, err := http.NewRequest(method, ts.URL+path, bytes.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Add(header[i], header[i+1])
	}
	res, err := ts.Client().Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return response{res.StatusCode, res.Header, string(b)}
}

// sendJSON sends v as JSON with alice's token.
func sendJSON(tb testing.TB, ts *httptest.Server, method, path string, v any) response {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return send(tb, ts, method, path, "application/json", b, "Authorization", "Bearer "+aliceToken)
}

// multipartBody is a multipart body with the files (pairs of name and content) as field "file".
func multipartBody(tb testing.TB, files ...string) (contentType string, body []byte) {
	tb.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for i := 0; i+1 < len(files); i += 2 {
		part, err := w.CreateFormFile("file", files[i])
		if err != nil {
			tb.Fatal(err)
		}
		part.Write([]byte(files[i+1]))
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	return w.FormDataContentType(), buf.Bytes()
}

// decode decodes a JSON answer into v, failing the test when it is not JSON.
func decode(tb testing.TB, r response, v any) {
	tb.Helper()
	if err := json.Unmarshal([]byte(r.body), v); err != nil {
		tb.Fatalf("status %d, body is not the JSON expected: %v: %.300s", r.status, err, r.body)
	}
}
