package server_test

import (
	"net/http/httptest"
	"testing"

	"github.com/actorgraph/actorgraph/server"
)

// TestClientIPIgnoresForwardingHeaders: a client cannot choose the address the server sees by sending
// X-Forwarded-For or X-Real-IP (GO-2026-6872 in tools/vulncheck/accepted.txt relies on it). echo v4.16.5's
// default already ignores them; server.New sets echo.ExtractIPDirect so that holds whatever a later echo
// defaults to, and this fails if anyone makes the server trust the headers.
func TestClientIPIgnoresForwardingHeaders(t *testing.T) {
	s := server.New(server.Config{})
	r := httptest.NewRequest("GET", "/api/search?q=x", nil)
	r.RemoteAddr = "192.0.2.7:51234"
	r.Header.Set("X-Forwarded-For", "203.0.113.1")
	r.Header.Set("X-Real-IP", "203.0.113.2")
	if got := server.ClientIP(s, r); got != "192.0.2.7" {
		t.Errorf("client address %q, want the connection's 192.0.2.7", got)
	}
}
