#!/usr/bin/env python3
"""Prints each PerfIngest pair of run.sh's output folder (default: this folder), their ratios and medians,
and, for runs made with GODEBUG=gctrace=1, the collections and the collector's CPU (mark phases' cpu ms)."""
import re, statistics, sys, pathlib

d = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent)
def read(f):
    s = f.read_text()
    m = re.search(r"BenchmarkPerfIngest\S*\s+\d+\s+(\d+) ns/op\s+(\d+) faults/op\s+(\d+) heap-MB\s+(\d+) relations/cpu-s\s+(\d+) relations/s", s)
    if not m:
        return None
    gcs = re.findall(r"^gc \d+ .*?, ([\d.]+)\+([\d.]+)/([\d.]+)/([\d.]+)\+([\d.]+) ms cpu", s, re.M)
    loads = re.findall(r"load average: ([\d.]+)", s)
    return dict(faults=int(m[2]), heap=int(m[3]), cpu=int(m[4]), wall=int(m[5]), loads=loads,
                gcs=len(gcs), gccpu=sum(sum(map(float, g)) for g in gcs) / 1000)
rc, rw = [], []
for i in range(1, 100):
    o, n = d / f"old-{i}.txt", d / f"new-{i}.txt"
    if not (o.exists() and n.exists()):
        continue
    a, b = read(o), read(n)
    if not (a and b):
        continue
    rc.append(b["cpu"] / a["cpu"]); rw.append(b["wall"] / a["wall"])
    gc = f" gc {a['gcs']}/{b['gcs']} cycles, {a['gccpu']:.1f}/{b['gccpu']:.1f} s" if a["gcs"] else ""
    print(f"pair {i}: relations/cpu-s {a['cpu']} -> {b['cpu']} ({rc[-1]:.2f}x), relations/s {a['wall']} -> {b['wall']} "
          f"({rw[-1]:.2f}x), heap-MB {a['heap']} -> {b['heap']}, load {a['loads'][0]}-{b['loads'][-1]}{gc}")
print(f"medians of the pair ratios: per CPU second {statistics.median(rc):.2f}x, relations/s {statistics.median(rw):.2f}x ({len(rc)} pairs)")
