#!/usr/bin/env python3
# Summarises run.sh's output: per pair (OLD then NEW) open-ms, open-cpu-ms, click-ms, faults; medians and
# the medians of the pairs' ratios (NEW/OLD). Usage: summary.py run.txt [kind]  (kind: open-1x, open-5x)
import re, statistics, sys
kind = sys.argv[2] if len(sys.argv) > 2 else "open-1x"
runs, cur = [], None
for line in open(sys.argv[1]):
    m = re.match(r"== (\S+) (\S+) (\S+) load (\S+)", line)
    if m:
        cur = {"kind": m[1], "b": m[2], "t": m[3], "load": float(m[4])}
        runs.append(cur)
        continue
    if cur is None:
        continue
    for k, v in re.findall(r"([\d.]+) (open-ms|open-cpu-ms|click-ms|click-cpu-ms|p50-ms|p99-ms)", line):
        cur[v] = float(k)
    m = re.search(r"([\d.]+)-s-wall_([\d.]+)-user_([\d.]+)-sys_(\d+)-KB_(\d+)-minflt", line)
    if m:
        cur.update(wall=float(m[1]), user=float(m[2]), sys=float(m[3]), kb=int(m[4]), flt=int(m[5]))
runs = [r for r in runs if r["kind"] == kind and "open-ms" in r]
pairs = [(runs[i], runs[i + 1]) for i in range(0, len(runs) - 1, 2) if runs[i]["b"] == "OLD" and runs[i + 1]["b"] == "NEW"]
keys = ["open-ms", "open-cpu-ms", "click-ms", "click-cpu-ms", "user", "sys", "flt", "kb"]
print("pair  load   " + "  ".join(f"{k:>22}" for k in keys))
for i, (o, n) in enumerate(pairs):
    print(f"{i+1:>4} {o['load']:5.1f}  " + "  ".join(f"{o[k]:>9.5g} -> {n[k]:>9.5g}" for k in keys))
for k in keys:
    old = statistics.median(o[k] for o, _ in pairs)
    new = statistics.median(n[k] for _, n in pairs)
    ratio = statistics.median(n[k] / o[k] for o, n in pairs if o[k])
    print(f"{k:>13}: medians {old:9.1f} -> {new:9.1f}  ({new/old:.2f}x); pair ratios median {ratio:.2f}x, range {min(n[k]/o[k] for o,n in pairs):.2f}-{max(n[k]/o[k] for o,n in pairs):.2f}")
print("load", min(r["load"] for r in runs), "-", max(r["load"] for r in runs), "pairs", len(pairs))
