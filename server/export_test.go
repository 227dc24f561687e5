package server

import "net/http"

// AcceptsGzip exposes acceptsGzip to the tests.
func AcceptsGzip(header string) bool {
	r, _ := http.NewRequest(http.MethodGet, "/", nil)
	r.Header.Set("Accept-Encoding", header)
	return acceptsGzip(r)
}
