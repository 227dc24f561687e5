//go:build unix

package ingest

import "syscall"

// openFlags opens an input without waiting for a writer (a named pipe would block the open) and without
// following a link in the last component (the link was resolved and checked before).
const openFlags = syscall.O_NONBLOCK | syscall.O_NOFOLLOW
