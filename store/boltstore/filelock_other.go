//go:build windows || plan9 || solaris || aix || android

package boltstore

import "os"

// releaseLock does nothing where bbolt locks with fcntl (solaris, aix, android), whose locks go with any
// close of the file, or does not use flock at all.
func releaseLock(*os.File) {}
