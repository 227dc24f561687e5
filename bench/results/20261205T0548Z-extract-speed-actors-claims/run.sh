#!/bin/sh
# Extraction speed of two builds, alternately on one core (words/s of BenchmarkExtract), four rounds of
# three iterations each. OLD and NEW are extract test binaries built with `go test -c ./extract`; both ran
# from NEW's extract/ folder. Used on 2026-12-05 05:48 UTC: OLD at 589965f (before the company-unit,
# listed-towns and reported-troops steps), NEW at d0690c4 (with them and the other engineers' extractor
# commits landed between).
set -e
OLD=${OLD:?} NEW=${NEW:?} DIR=${DIR:?}
cd "$DIR"
uptime
for r in 1 2 3 4; do
	for b in "$OLD" "$NEW"; do
		"$b" -test.run '^$' -test.bench BenchmarkExtract -test.cpu 1 -test.benchtime 3x | grep '^BenchmarkExtract'
	done
done
uptime
