#!/bin/sh
# Alternate runs of BenchmarkExtract: the test binary of 3d2f22e (the session's start, before the v11c
# actor steps) and of 1d354cf (after them, with the other engineers' extractor steps between), each run
# from its own tree's extract/ directory.
#   git worktree add --detach /tmp/v11c-old 3d2f22e && (cd /tmp/v11c-old && go test -c -o /tmp/v11c/old.test ./extract)
#   go test -c -o /tmp/v11c/new.test ./extract   # in a tree at 1d354cf
OLD=${OLD:-/tmp/v11c-old}; NEW=${NEW:-.}
for r in 1 2 3 4 5 6 7 8; do
	for b in old new; do
		if [ $b = old ]; then cd "$OLD/extract"; else cd "$NEW/extract"; fi
		/tmp/v11c/$b.test -test.run '^$' -test.bench BenchmarkExtract -test.cpu 1 -test.benchtime 3x | grep '^BenchmarkExtract' | sed "s/^/$b /"
		cd - >/dev/null
	done
done
