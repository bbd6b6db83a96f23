#!/usr/bin/env bash
# What the generated code's features cost to compile: the synthetic crate as generated, and
# copies with a feature taken out by editing the generated text (an experiment only; the
# generator never emits these):
#   no-output-derives  the answer's structs without `Clone` and `Debug` (`Default` kept)
#   no-constants       the enums without their named constants (`Engine::MySql`)
#   both               both taken out
# Times, interleaved per run, each crate alone and each crate with a program calling every
# operation (debug, CARGO_INCREMENTAL=0, dependencies prebuilt), then prints medians.
# Usage: [SYNTH_FLAGS=--distinct-enums] [WORK=dir] benches/feature-cost.sh N [RUNS]
# See BENCHMARKS.md, section 5 ("Seventh pass").
set -euo pipefail
n=${1:?number of operations}
runs=${2:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-/tmp/feature-cost}
cargo build -q --release -p codegen --manifest-path "$root/Cargo.toml"
codegen="$root/target/release/codegen"
# shellcheck source=synth-workspace.sh
. "$root/benches/synth-workspace.sh"
# shellcheck disable=SC2086
synth_workspace "$work/as-is" "$n" ${SYNTH_FLAGS:-}

variants=(as-is no-output-derives no-constants both)
for v in "${variants[@]:1}"; do
  rm -rf "${work:?}/$v" && cp -r "$work/as-is" "$work/$v"
  # Without Debug on some types, the crate's own lint would print a warning per type.
  sed -i 's/missing_debug_implementations/missing_docs/' "$work/$v/crate/src/lib.rs"
done
for v in no-output-derives both; do
  sed -i 's/#\[derive(Clone, Debug, Default)\]/#[derive(Default)]/' "$work/$v"/crate/src/products/*/*.rs
done
for v in no-constants both; do
  python3 - "$work/$v"/crate/src/products/*/*.rs <<'PY'
import re, sys
# A constant is its doc lines, then `pub const X: Self = Self::known(..);` in an enum's impl.
for path in sys.argv[1:]:
    out, docs = [], []
    for line in open(path).read().split("\n"):
        if line.startswith("    ///"):
            docs.append(line)
            continue
        if re.match(r"    pub const \w+: Self = Self::known\(", line):
            docs = []
            continue
        out += docs + [line]
        docs = []
    open(path, "w").write("\n".join(out))
PY
done

export CARGO_TARGET_DIR="$work/target" CARGO_INCREMENTAL=0
results=$work/results.txt
: > "$results"
for v in "${variants[@]}"; do
  (cd "$work/$v" && cargo build -q -p alicloud-migration 2>/dev/null && cargo build -q -p program --bin every 2>/dev/null)
done
for run in $(seq "$runs"); do
  for v in "${variants[@]}"; do
    cd "$work/$v"
    touch crate/src/lib.rs
    /usr/bin/time -o "$work/t" -f %e cargo build -q -p alicloud-migration 2>/dev/null
    echo "$v crate $(cat "$work/t")" | tee -a "$results"
    touch crate/src/lib.rs program/src/every.rs
    /usr/bin/time -o "$work/t" -f %e cargo build -q -p program --bin every 2>/dev/null
    echo "$v crate+program $(cat "$work/t")" | tee -a "$results"
  done
done
echo
echo "medians over $runs runs ($n operations ${SYNTH_FLAGS:-})"
python3 - "$results" "$n" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    v, what, s = line.split()
    rows.setdefault((v, what), []).append(float(s))
n = int(sys.argv[2])
base = {what: statistics.median(rows[("as-is", what)]) for what in ("crate", "crate+program")}
for (v, what), ts in rows.items():
    m = statistics.median(ts)
    print(f"{v:<18} {what:<14} {m:6.2f} s  {100 * m / n:5.2f} s per 100 ops  "
          f"{100 * (m / base[what] - 1):+5.1f}%  runs {sorted(ts)}")
PY
