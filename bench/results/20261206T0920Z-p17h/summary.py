#!/usr/bin/env python3
"""One line a run of alternate.sh's output, then each pair's ratios (new / old) and the medians.
Usage: python3 summary.py alternate-*.txt"""
import re, statistics, sys

def runs(path):
    out, cur = [], None
    for line in open(path):
        m = re.match(r'== (\w+) (\S+) (\S+) (\S+) (\S+)', line)
        if m:
            cur = {'build': m[1], 'time': m[2], 'load': m[3]}
            out.append(cur)
            continue
        if cur is None:
            continue
        if line.startswith('Benchmark'):
            f = line.split()
            for v, unit in zip(f[2::2], f[3::2]):
                try:
                    cur[unit] = float(v)
                except ValueError:
                    pass
        for key, pat in (('user', r'User time \(seconds\): (\S+)'), ('sys', r'System time \(seconds\): (\S+)'),
                         ('rss', r'Maximum resident set size \(kbytes\): (\S+)'), ('minflt', r'Minor.*: (\S+)')):
            m = re.search(pat, line)
            if m:
                cur[key] = float(m[1])
    return [r for r in out if 'relations/s' in r]

cols = ['relations/s', 'relations/cpu-s', 'B/op', 'allocs/op', 'gcs/op', 'faults/op', 'heap-MB', 'user', 'sys', 'rss']
all_runs = []
for p in sys.argv[1:]:
    all_runs += runs(p)
print('build time load ' + ' '.join(cols))
for r in all_runs:
    print(r['build'], r['time'], r['load'], ' '.join('%.0f' % r.get(c, float('nan')) for c in cols))
pairs, i = [], 0
while i + 1 < len(all_runs):
    a, b = all_runs[i], all_runs[i + 1]
    if a['build'] != b['build']:
        old, new = (a, b) if a['build'] == 'old' else (b, a)
        pairs.append((old, new))
        i += 2
    else:
        i += 1
print('\npair ratios (new/old):')
for k in ['relations/s', 'relations/cpu-s', 'B/op', 'user', 'rss']:
    rs = [n.get(k, 0) / o[k] for o, n in pairs if o.get(k)]
    print('%-16s %s  median %.3f' % (k, ' '.join('%.3f' % x for x in rs), statistics.median(rs) if rs else float('nan')))
for b in ('old', 'new'):
    rr = [r for r in all_runs if r['build'] == b]
    if not rr:
        continue
    print('%s medians: ' % b + ' '.join('%s %.0f' % (k, statistics.median([r.get(k, 0) for r in rr])) for k in cols))
