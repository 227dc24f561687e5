//go:build !linux

package hugepages

func mode() string { return "" }

func advise() int { return 0 }

func memTotal() int { return 0 }
