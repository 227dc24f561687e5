#!/bin/sh
# One alternating pair of TestClicksAtAMillion's random clicks: main at 589965f (old), then y17e (new).
for t in /tmp/y17e-main /work/wt-y17e; do
  echo "== $t $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
  (cd $t && go test ./e2e -run 'TestClicksAtAMillion/clicks,_random' -v -count=1 -timeout 20m -args -million-store=/tmp/y17e-million.db -million-clicks 8 2>&1 | grep -E "million_test.go:20[1-4]|^(--- |ok|FAIL)")
done
echo "== end $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
