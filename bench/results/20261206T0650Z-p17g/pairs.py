#!/usr/bin/env python3
"""Pairs of alternate.sh's output (old/new runs in order): relations/s and relations/cpu-s of each, the new
over the old, and medians."""
import re, sys, statistics
runs = []
cur = None
for line in open(sys.argv[1]):
    m = re.match(r'== (old|new) (\S+) (\S+)', line)
    if m:
        cur = {'who': m.group(1), 'at': m.group(2), 'load': m.group(3)}
        runs.append(cur)
        continue
    if line.startswith('Benchmark') and cur is not None:
        cur.update({k: float(v) for v, k in re.findall(r'([\d.]+) (\S+)', line)})
    for key, pat in (('user', r'User time \(seconds\): ([\d.]+)'), ('sys', r'System time \(seconds\): ([\d.]+)'),
                     ('rss', r'Maximum resident set size \(kbytes\): (\d+)'), ('minor', r'Minor .*: (\d+)')):
        m = re.search(pat, line)
        if m and cur is not None:
            cur[key] = float(m.group(1))
done = [r for r in runs if 'relations/s' in r]
pairs = [done[i:i + 2] for i in range(0, len(done) - 1, 2)]
rs, rc = [], []
for p in pairs:
    o = [r for r in p if r['who'] == 'old'][0]
    n = [r for r in p if r['who'] == 'new'][0]
    a, b = n['relations/s'] / o['relations/s'], n['relations/cpu-s'] / o['relations/cpu-s']
    rs.append(a); rc.append(b)
    print('%s load %s: relations/s %.0f -> %.0f (%.2fx), per CPU second %.0f -> %.0f (%.2fx), sys %.2f -> %.2f, rss %.2f -> %.2f GB' % (
        o['at'], o['load'], o['relations/s'], n['relations/s'], a, o['relations/cpu-s'], n['relations/cpu-s'], b,
        o.get('sys-s/op', 0), n.get('sys-s/op', 0), o.get('rss', 0) / 1e6, n.get('rss', 0) / 1e6))
if rs:
    for who in ('old', 'new'):
        rr = [r for r in done if r['who'] == who]
        print('%s: medians %.0f relations/s, %.0f per CPU second (%d runs)' % (who, statistics.median(r['relations/s'] for r in rr),
              statistics.median(r['relations/cpu-s'] for r in rr), len(rr)))
    print('pair ratios: relations/s median %.2fx (%.2f-%.2f), per CPU second median %.2fx (%.2f-%.2f), %d pairs' % (
        statistics.median(rs), min(rs), max(rs), statistics.median(rc), min(rc), max(rc), len(rs)))
