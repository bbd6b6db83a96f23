#!/usr/bin/env bash
# Our generator and generated code measured beside progenitor's on the same machine, in one
# interleaved run (A B A B ...), with the shared yardstick: progenitor's 193-operation sample
# (benches/yardstick/progenitor-nexus.json) against a synthetic spec set of the same size.
# Prints each measurement as it is taken, then medians and ratios. See BENCHMARKS.md.
#
# Usage: benches/beside-progenitor.sh [RUNS]      (default 3)
# Env:   SAMPLE (the OpenAPI document), WORK (scratch folder), TOOLS (where cargo-progenitor
#        is installed if missing: `cargo install cargo-progenitor --version ~0.15`).
set -euo pipefail
runs=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
sample=${SAMPLE:-$root/benches/yardstick/progenitor-nexus.json}
work=${WORK:-/tmp/beside-progenitor}
tools=${TOOLS:-/tmp/progenitor-tools}
[ -f "$sample" ] || { echo "no sample at $sample (set SAMPLE)" >&2; exit 2; }
n=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sum(1 for p in d["paths"].values() for m in p if m in ("get","put","post","delete","patch","head","options")))' "$sample")

progenitor=$(command -v cargo-progenitor || true)
if [ -z "$progenitor" ]; then
  [ -x "$tools/bin/cargo-progenitor" ] || cargo install -q cargo-progenitor --version '~0.15' --root "$tools"
  progenitor=$tools/bin/cargo-progenitor
fi
cargo build -q --release -p codegen --manifest-path "$root/Cargo.toml"
codegen="$root/target/release/codegen"
# shellcheck source=synth-workspace.sh
. "$root/benches/synth-workspace.sh"

mkdir -p "$work"
results=$work/results.txt
: > "$results"
export CARGO_INCREMENTAL=0

# Ours: N synthetic operations (the default set, and the worst case for enums) and a program
# calling every one of them.
synth_workspace "$work/ours" "$n"
synth_workspace "$work/ours-distinct" "$n" --distinct-enums
# The same operations, the program turning on the crate's precompiled-operations feature.
CRATE_FEATURES=precompiled-operations synth_workspace "$work/ours-pre" "$n"
# Theirs: progenitor's crate for the sample.
gen_theirs() { rm -rf "$work/theirs"; "$progenitor" progenitor -i "$sample" -o "$work/theirs" -n nexus -v 0.1.0 >/dev/null; }
# Its own workspace, and the lock file of the first build kept across regenerations.
setup_theirs() {
  printf '\n[workspace]\n' >> "$work/theirs/Cargo.toml"
  if [ -f "$work/theirs.lock" ]; then cp "$work/theirs.lock" "$work/theirs/Cargo.lock"; fi
}
gen_ours() { rm -rf "$work/ours/crate/src/products"; "$codegen" generate --specs "$work/ours/specs" --out "$work/ours/crate" >/dev/null; }
gen_theirs
setup_theirs

# Dependencies and a first build of everything, not timed.
# Each selection of packages once: cargo unifies dependency features per selection, so a
# selection not built here would rebuild its dependencies inside a timed run.
pre="-p alicloud-migration --features precompiled-operations"
for ws in ours ours-distinct ours-pre; do
  crate="-p alicloud-migration"
  [ "$ws" != ours-pre ] || crate=$pre
  for sel in "$crate" "-p program --bin every" "-p program --bin one"; do
    # shellcheck disable=SC2086
    (cd "$work/$ws" && CARGO_TARGET_DIR=$work/target-$ws cargo build -q $sel)
  done
done
(cd "$work/theirs" && CARGO_TARGET_DIR=$work/target-theirs cargo build -q && cp Cargo.lock "$work/theirs.lock")

# One measurement: label, then the command; appends "label seconds peak_kib" to the results.
measure() {
  local label=$1
  shift
  /usr/bin/time -o "$work/time.txt" -f "%e %M" bash -c '"$@"' _ "$@"
  read -r secs kib < "$work/time.txt"
  printf '%-34s %7.2f s %8d KiB\n' "$label" "$secs" "$kib"
  printf '%s %s %s\n' "$label" "$secs" "$kib" >> "$results"
}
build() { # workspace, files to touch..., then -- and cargo arguments
  local ws=$1
  shift
  while [ "$1" != -- ]; do touch "$work/$ws/$1"; shift; done
  shift
  (cd "$work/$ws" && CARGO_TARGET_DIR=$work/target-$ws cargo build -q "$@")
}

# measure runs each step in a child shell.
export work codegen progenitor sample
export -f gen_ours gen_theirs build

for run in $(seq "$runs"); do
  echo "run $run of $runs ($n operations)"
  # Our generator flushes its output with syncfs before the swap (docs/robustness.md);
  # flushing the builds' dirty data first keeps that wait from timing the build's writes.
  sync
  measure gen.ours gen_ours
  sync
  measure gen.theirs gen_theirs
  setup_theirs
  measure crate.ours build ours crate/src/lib.rs -- -p alicloud-migration
  measure crate.theirs build theirs src/lib.rs --
  # The program's selection compiles its own copy of the crate (tokio's features unify
  # differently with the program in it), so the crate is rebuilt there first, as part of
  # crate+program, and the programs alone are timed after it.
  measure crate+program.ours build ours crate/src/lib.rs program/src/every.rs -- -p program --bin every
  measure program-every.ours build ours program/src/every.rs -- -p program --bin every
  measure program-one.ours build ours program/src/one.rs -- -p program --bin one
  measure crate.ours-distinct build ours-distinct crate/src/lib.rs -- -p alicloud-migration
  measure crate+program.ours-distinct build ours-distinct crate/src/lib.rs program/src/every.rs -- -p program --bin every
  # shellcheck disable=SC2086
  measure crate.ours-pre build ours-pre crate/src/lib.rs -- $pre
  measure crate+program.ours-pre build ours-pre crate/src/lib.rs program/src/every.rs -- -p program --bin every
  measure program-every.ours-pre build ours-pre program/src/every.rs -- -p program --bin every
  measure program-one.ours-pre build ours-pre program/src/one.rs -- -p program --bin one
done

echo
echo "medians over $runs runs ($n operations; ours: synthetic set of the same size)"
python3 - "$results" "$n" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    label, secs, kib = line.split()
    rows.setdefault(label, []).append(float(secs))
n = int(sys.argv[2])
med = {k: statistics.median(v) for k, v in rows.items()}
for k, v in rows.items():
    print(f"{k:34} {med[k]:7.2f} s  ({min(v):.2f}-{max(v):.2f})")
def ratio(a, b, what):
    print(f"{what:70} {med[a] / med[b]:.2f}")
print()
ratio("gen.ours", "gen.theirs", "generation, ours / progenitor's (target <= 0.5)")
print(f"{'generation per operation, ours / progenitor (ms)':70} {1000 * med['gen.ours'] / n:.2f} / {1000 * med['gen.theirs'] / n:.2f}")
ratio("crate.ours", "crate.theirs", "crate build, ours / progenitor's (target <= 0.5)")
ratio("crate+program.ours", "crate.theirs", "crate + program calling every operation, ours / progenitor's crate (target <= 1)")
ratio("crate+program.ours-distinct", "crate.theirs", "same, every enum distinct, ours / progenitor's crate")
print(f"{'program calling every operation, on top of the crate, s per 100 ops':70} {100 * med['program-every.ours'] / n:.2f}")
print(f"{'  same, less a program calling one operation, s per 100 ops':70} {100 * (med['program-every.ours'] - med['program-one.ours']) / n:.2f}")
print(f"{'crate with every enum distinct, s per 100 ops':70} {100 * med['crate.ours-distinct'] / n:.2f}")
print("with the crate's precompiled-operations feature:")
ratio("crate.ours-pre", "crate.theirs", "  crate build, ours / progenitor's")
ratio("crate+program.ours-pre", "crate.theirs", "  crate + program calling every operation, ours / progenitor's crate")
print(f"{'  program calling every operation, on top of the crate, s per 100 ops':70} {100 * med['program-every.ours-pre'] / n:.2f}")
print(f"{'  same, less a program calling one operation, s per 100 ops':70} {100 * (med['program-every.ours-pre'] - med['program-one.ours-pre']) / n:.2f}")
PY
