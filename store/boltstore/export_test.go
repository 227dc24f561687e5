package boltstore

// FromImage reports whether s's graph was read from its file's image (tests of the external package only).
func FromImage(s *Store) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.st.lazy != nil
}
