#!/usr/bin/env python3
"""One line per run file of trace.sh/probetrace.sh: load, probe figures, the ingest's figures, and each
collection inside the timed ingest (where it began in the ingest's progress, its wall, the runtime's CPU
estimate: assist/background/idle, and heap before->after->live)."""
import re, sys
for f in sys.argv[1:]:
    t = open(f).read()
    loads = re.findall(r'^== \S+ (\S+)', t, re.M)
    probe = re.search(r'^probe (.*)$', t, re.M)
    alu = sorted(int(v) for v in re.findall(r'alu-ms (\d+)$', t, re.M))
    bm = re.search(r'^BenchmarkPerfIngest\S*\s+\d+\s+(\d+) ns/op(.*)$', t, re.M)
    if not bm:
        print(f, 'no result'); continue
    metrics = dict((k, float(v)) for v, k in re.findall(r'([\d.]+) (\S+)', bm.group(2)))
    marks = {m: float(v) for m, v in re.findall(r'^perf-mark (\S+) @([\d.]+)s', t, re.M)}
    user = float(re.search(r'User time \(seconds\): ([\d.]+)', t).group(1))
    sysT = float(re.search(r'System time \(seconds\): ([\d.]+)', t).group(1))
    s, e = marks.get('ingest', 0), marks.get('end', 1e9)
    tenths = sorted((v, k) for k, v in marks.items() if k.endswith('%'))
    gcs = []
    for m in re.finditer(r'^gc (\d+) @([\d.]+)s \S+ [\d.]+\+([\d.]+)\+[\d.]+ ms clock, [\d.]+\+([\d.]+)/([\d.]+)/([\d.]+)\+[\d.]+ ms cpu, (\d+)->(\d+)->(\d+) MB', t, re.M):
        at = float(m.group(2))
        if s <= at <= e:
            pos = 100 * (at - s) / (e - s)
            gcs.append('gc%s@%.0f%% %.2fs wall a%.0f/b%.0f/i%.0f %s->%s->%s' % (m.group(1), pos, float(m.group(3)) / 1e3,
                        float(m.group(4)), float(m.group(5)), float(m.group(6)), m.group(7), m.group(8), m.group(9)))
    cpu = 1e6 / metrics['relations/cpu-s']
    print('%s load %s | %s | rel/s %.0f cpu %.2fs sys %.2f gccpu %s | proc user %.1f sys %.1f | %s' % (
        f.split('/')[-1], loads[-1] if loads else '?', (probe.group(1) if probe else '-') + (' alu-median-ms %d' % alu[len(alu) // 2] if alu else ''), metrics['relations/s'], cpu,
        metrics.get('sys-s/op', 0), metrics.get('gc-cpu-s/op', '-'), user, sysT, ' ; '.join(gcs)))
