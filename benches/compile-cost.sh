#!/usr/bin/env bash
# Compile cost of the generated crate alone, dependencies (the runtime crate among them)
# prebuilt, CARGO_INCREMENTAL=0.
# Usage: [SYNTH_FLAGS=--distinct-enums] benches/compile-cost.sh N [--release]
#        (N synthetic operations; 0 = the crate with no operation)
# Prints one line per run: wall time and peak RSS. See BENCHMARKS.md.
set -euo pipefail
n=${1:?number of operations}
profile=${2:-}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-/tmp/compile-cost}
cargo build -q --release -p codegen --manifest-path "$root/Cargo.toml"
codegen="$root/target/release/codegen"

rm -rf "$work/specs" "$work/crate"
mkdir -p "$work/crate/src"
"$codegen" synth --operations "$n" --out "$work/specs" ${SYNTH_FLAGS:-} >/dev/null
# The generated crate's own manifest (the runtime crate by absolute path, workspace
# inheritance spelled out) and its hand-written lib.rs.
sed -e 's/^edition.workspace = true/edition = "2021"/' -e '/^rust-version.workspace/d' -e '/^license.workspace/d' \
    -e 's/^serde.workspace = true/serde = { version = "1", features = ["derive"] }/' \
    -e 's/^serde_json.workspace = true/serde_json = "1"/' \
    -e "s#path = \"../runtime\"#path = \"$root/runtime\"#" "$root/generated/Cargo.toml" > "$work/crate/Cargo.toml"
printf '\n[workspace]\n' >> "$work/crate/Cargo.toml"
cp "$root/generated/src/lib.rs" "$work/crate/src/"
cp "$root/Cargo.lock" "$work/crate/"
"$codegen" generate --specs "$work/specs" --out "$work/crate" >/dev/null

cd "$work/crate"
export CARGO_TARGET_DIR="$work/target"
cargo build -q $profile            # dependencies and a first build, not timed
for run in 1 2 3; do
  touch src/lib.rs
  CARGO_INCREMENTAL=0 /usr/bin/time -f "ops=$n ${profile:-debug} run=$run wall=%e s peak_rss=%M KB" cargo build -q $profile
done
