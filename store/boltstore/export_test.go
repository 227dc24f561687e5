package boltstore

// FromImage reports whether s's graph was read from its file's image (tests of the external package only).
func FromImage(s *Store) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.st.lazy != nil
}

// settled waits for the apply of the last ingest, which runs after Ingest returns, and returns s: for the
// tests that read its state without its locks.
func (s *Store) settled() *Store {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	s.settle()
	return s
}
