package boltstore

import (
	"errors"
	"fmt"
	"strings"
	"syscall"

	"github.com/actorgraph/actorgraph/graph"
)

// noSpace lists the errors of a write that failed for want of room, with what to tell the user. bbolt
// formats the error of growing the file with %s, so the errno survives only as text there.
var noSpace = []struct {
	errno syscall.Errno
	say   string
}{
	{syscall.ENOSPC, "the disk is full"},
	{syscall.EDQUOT, "the disk quota is full"},
	{syscall.EFBIG, "the file is full: it reached the largest size this process may write"},
}

// writeError is the error of an ingest whose transaction could not be written. The file and the indexes
// still hold what they held before (bbolt writes the new pages before the meta page that points to them),
// so a full disk is EUNAVAILABLE, to retry once there is room; any other failure stays EINTERNAL.
func writeError(path string, err error) error {
	for _, n := range noSpace {
		if errors.Is(err, n.errno) || strings.Contains(err.Error(), n.errno.Error()) {
			return graph.Wrap(err, graph.EUNAVAILABLE, fmt.Sprintf(
				"writing store file %s failed: %s; nothing of this ingest was stored; ingest it again once there is room", path, n.say))
		}
	}
	return graph.Wrap(err, graph.EINTERNAL, fmt.Sprintf("writing store file %s failed", path))
}
