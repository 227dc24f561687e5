//go:build !unix

package ingest

// openFlags adds nothing where there are no named pipes to block on or O_NOFOLLOW to ask for; readFile still
// checks that what it opened is a regular file.
const openFlags = 0
