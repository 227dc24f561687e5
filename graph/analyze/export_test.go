package analyze

// SetMaxPathScan lowers the cap on the relationships a path search reads, so a test can reach it without
// building a graph of a million relationships; it returns a function that restores the cap.
func SetMaxPathScan(n int) (restore func()) {
	old := maxPathScan
	maxPathScan = n
	return func() { maxPathScan = old }
}
