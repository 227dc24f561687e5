#!/bin/sh
# Report exports before (OLD, main at abce918) and after (NEW) drawing dot both top to
# bottom and left to right: each export's size and the point size its 11-point labels get on a 10 × 7 inch
# page, and its wall time, the two binaries run alternately on the same seeded store.
# Usage: OLD=/tmp/old-actorgraph NEW=/tmp/new-actorgraph RUNS=5 sh run.sh   (in a folder with a seeded
# actorgraph.db: `actorgraph ingest --seed`)
set -eu
RUNS=${RUNS:-5}
uptime
for view in "export --focus CSTO --depth 2" "export --focus Tokayev --depth 2" "blocs"; do
	for fmt in svg png pdf; do
		i=0
		while [ "$i" -lt "$RUNS" ]; do
			for which in OLD NEW; do
				eval bin=\$$which
				s=$(date +%s.%N)
				$bin $view --format $fmt -o out.$fmt 2>/dev/null
				e=$(date +%s.%N)
				size=""
				if [ "$fmt" = svg ]; then
					size=$(grep -o '<svg width="[0-9]*pt" height="[0-9]*pt"' out.svg | tr -dc '0-9 ' | awk '{w=$1;h=$2; s=720/w; if (504/h<s) s=504/h; printf "%dx%dpt labels %.2fpt", w, h, 11*s}')
				fi
				echo "$view | $fmt | $which | $(echo "$e - $s" | bc) s | $size"
			done
			i=$((i + 1))
		done
	done
done
uptime
