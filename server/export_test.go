package server

import "net/http"

// AcceptsGzip exposes acceptsGzip to the tests.
func AcceptsGzip(header string) bool {
	r, _ := http.NewRequest(http.MethodGet, "/", nil)
	r.Header.Set("Accept-Encoding", header)
	return acceptsGzip(r)
}

// ClientIP is the address the server's echo gives as the client's for r.
func ClientIP(s *Server, r *http.Request) string {
	return s.echo.NewContext(r, nil).RealIP()
}
