#!/bin/sh
# Extraction speed of two builds, run alternately on one core (the words/s of BenchmarkExtract).
# OLD and NEW are extract test binaries built with `go test -c ./extract` in worktrees of the two commits;
# each runs from its own extract/ folder (the benchmark reads testdata there).
# Used on 2026-12-05: OLD at 835866c (start of the session), NEW at 47febfd.
set -e
OLD=${OLD:?} NEW=${NEW:?} OLDDIR=${OLDDIR:?} NEWDIR=${NEWDIR:?}
for r in 1 2 3; do
	(cd "$OLDDIR" && "$OLD" -test.run '^$' -test.bench BenchmarkExtract -test.cpu 1)
	(cd "$NEWDIR" && "$NEW" -test.run '^$' -test.bench BenchmarkExtract -test.cpu 1)
	uptime
done
for r in 1 2 3 4; do
	(cd "$OLDDIR" && "$OLD" -test.run '^$' -test.bench BenchmarkExtract -test.cpu 1 -test.benchtime 3x)
	(cd "$NEWDIR" && "$NEW" -test.run '^$' -test.bench BenchmarkExtract -test.cpu 1 -test.benchtime 3x)
	uptime
done
