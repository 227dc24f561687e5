package render

// PoolStats returns the counters of the service's pool (zero when it has none), so the server can export
// them as metrics without holding the pool itself.
func (s *Service) PoolStats() Stats {
	if s.pool == nil {
		return Stats{}
	}
	return s.pool.Stats()
}

// DiskCacheStats returns the counters of the service's disk cache (zero when it has none).
func (s *Service) DiskCacheStats() DiskCacheStats {
	if s.disk == nil {
		return DiskCacheStats{}
	}
	return s.disk.Stats()
}
