#!/bin/sh
# Extraction speed of two builds, run alternately on one core (the words/s of BenchmarkExtract), five
# rounds of one run each. OLD and NEW are extract test binaries built with `go test -c ./extract` at the
# two commits; both ran from one extract/ folder (NEW's; the benchmark reads the development texts there).
# Used on 2026-12-05 05:42 UTC: OLD at 05ced8e (before the lists, carried-descriptions and request steps),
# NEW at e9c8c2d (with them and two other engineers' extractor commits, 777b251 and d07a943).
set -e
OLD=${OLD:?} NEW=${NEW:?} DIR=${DIR:?}
cd "$DIR"
uptime
for r in 1 2 3 4 5; do
	"$OLD" -test.run '^$' -test.bench BenchmarkExtract -test.cpu 1 | grep '^BenchmarkExtract'
	"$NEW" -test.run '^$' -test.bench BenchmarkExtract -test.cpu 1 | grep '^BenchmarkExtract'
done
uptime
