package server

// Routes lists every route s answers as "METHOD PATH", the path as registered ("/api/entities/:id").
func Routes(s *Server) []string {
	var out []string
	for _, r := range s.echo.Routes() {
		out = append(out, r.Method+" "+r.Path)
	}
	return out
}
