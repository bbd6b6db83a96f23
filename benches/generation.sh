#!/usr/bin/env bash
# Generation time, whole process, into a fresh output folder each run: the real specs and
# synthetic sets of N operations. Prints wall, user and system seconds and peak memory of each
# run, then medians and milliseconds per operation, then one more run of each set with
# `--timings` (where the time goes: stages, and the steps of rendering). See BENCHMARKS.md,
# section 5.
#
# Usage: benches/generation.sh [RUNS]      (default 3)
# Env:   SIZES     synthetic set sizes (default "1000 10000")
#        OUT_ROOT  where the fresh output folders are made (default /dev/shm when it exists,
#                  else the scratch folder). A memory file system times the generator's own
#                  work; on ext4 without a journal, creating files where others were deleted
#                  in the last 30 s is many times slower (BENCHMARKS.md), so no output folder
#                  is deleted until every run is done.
#        WORK      scratch folder for the synthetic specs (default /tmp/generation)
set -euo pipefail
runs=${1:-3}
sizes=${SIZES:-1000 10000}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-/tmp/generation}
out_root=${OUT_ROOT:-}
if [ -z "$out_root" ]; then
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then out_root=/dev/shm; else out_root=$work; fi
fi
cargo build -q --release -p codegen --manifest-path "$root/Cargo.toml"
codegen="$root/target/release/codegen"

mkdir -p "$work" "$out_root"
outs=$(mktemp -d "$out_root/generation-out.XXXXXX")
trap 'rm -rf "$outs"' EXIT
results=$work/results.txt
: > "$results"

sets=("real:$root/specs")
for n in $sizes; do
  [ -d "$work/specs-$n" ] || "$codegen" synth --operations "$n" --out "$work/specs-$n" >/dev/null
  sets+=("$n:$work/specs-$n")
done

# The next fresh output folder, as $out; flushed first so no run waits on the last one's pages.
k=0
next_out() {
  k=$((k + 1))
  out=$outs/$k
  mkdir -p "$out"
  cp "$root/generated/Cargo.toml" "$out/"
  sync
}

for run in $(seq "$runs"); do
  for set in "${sets[@]}"; do
    label=${set%%:*}
    specs=${set#*:}
    next_out
    /usr/bin/time -o "$work/time.txt" -f "%e %U %S %M" \
      "$codegen" generate --specs "$specs" --out "$out" >/dev/null
    read -r wall user sys kib < "$work/time.txt"
    ops=$("$codegen" check --specs "$specs" --out "$out" >/dev/null && grep -rhc '^pub(super) static OPERATION' "$out/src/products" | awk '{s += $1} END {print s}')
    printf 'run %d %-6s %5d ops  wall %6.2f s  user %6.2f s  sys %5.2f s  %7d KiB\n' \
      "$run" "$label" "$ops" "$wall" "$user" "$sys" "$kib"
    echo "$label $ops $wall $user $sys $kib" >> "$results"
  done
done

echo
echo "medians over $runs runs (output under $out_root)"
python3 - "$results" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    label, ops, wall, user, sys_, kib = line.split()
    rows.setdefault(label, (int(ops), []))[1].append((float(wall), float(user), float(sys_), int(kib)))
for label, (ops, rs) in rows.items():
    wall = statistics.median(r[0] for r in rs)
    cpu = statistics.median(r[1] + r[2] for r in rs)
    mib = max(r[3] for r in rs) / 1024
    print(f"{label:>6}: {ops:6d} ops  wall {wall:6.2f} s ({1000 * wall / ops:.2f} ms/op)  "
          f"cpu {cpu:6.2f} s  peak {mib:5.0f} MiB  walls {sorted(r[0] for r in rs)}")
PY

echo
echo "where the time goes (one more run of each set, --timings, not in the medians)"
for set in "${sets[@]}"; do
  label=${set%%:*}
  specs=${set#*:}
  next_out
  echo "[$label]"
  "$codegen" generate --timings --specs "$specs" --out "$out" 2>&1 >/dev/null
done
