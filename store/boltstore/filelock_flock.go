//go:build !windows && !plan9 && !solaris && !aix && !android

package boltstore

import (
	"os"
	"syscall"
)

// releaseLock drops the flock bbolt took on the file. Closing the file alone does not: bbolt's mapping of
// the file holds the open file, and with it the lock, until the mapping goes (measured: a second Open in
// the same process then waited for the lock and gave up).
func releaseLock(f *os.File) {
	_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
}
