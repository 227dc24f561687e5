#!/bin/sh
# BenchmarkExtract -cpu 1 -benchtime 5x, three test binaries run in turn from one tree's extract/ (the
# benchmark reads its own testdata): af7c786 (main before t11b's steps), ea3c369 (main just before the
# calls-and-demands step, with the threat and mediation steps) and ba8c75b (with all three steps).
# Build: for c in af7c786 ea3c369 ba8c75b; do git -C /tmp/t11b-old checkout -q --detach $c &&
#   (cd /tmp/t11b-old && go test -c -o /tmp/t11b-$(echo $c | cut -c1-3).test ./extract); done
cd /tmp/t11b-old/extract || exit 1
for r in 1 2 3 4 5; do
  for b in af7 ea3 ba8; do
    echo "$r $b $(uptime | sed 's/.*average: //') $(/tmp/t11b-$b.test -test.run '^$' -test.bench BenchmarkExtract -test.cpu 1 -test.benchtime 5x 2>&1 | grep -E '^BenchmarkExtract')"
  done
done
