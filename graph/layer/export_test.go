package layer

// EndsKept reports whether the layer holds the positions of its relationships' ends (rather than looking
// them up when asked).
func EndsKept(l *Layer) bool { return l.ends != nil }
