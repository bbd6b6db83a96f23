#!/usr/bin/env bash
# Compile cost of the generated crate alone, dependencies (the runtime crate among them)
# prebuilt, CARGO_INCREMENTAL=0; with --program, also of a program that calls every
# operation, built on top of the crate.
# Usage: [SYNTH_FLAGS=--distinct-enums] [CRATE_FEATURES=precompiled-operations] \
#        benches/compile-cost.sh N [--release] [--program]
#        (N synthetic operations; 0 = the crate with no operation)
# Prints one line per run: wall time and peak RSS. See BENCHMARKS.md.
set -euo pipefail
n=${1:?number of operations}
shift
profile='' program=''
for arg in "$@"; do
  case $arg in
    --release) profile=--release ;;
    --program) program=1 ;;
    *) echo "unknown argument $arg" >&2; exit 2 ;;
  esac
done
root=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-/tmp/compile-cost}
cargo build -q --release -p codegen --manifest-path "$root/Cargo.toml"
codegen="$root/target/release/codegen"
# shellcheck source=synth-workspace.sh
. "$root/benches/synth-workspace.sh"
# shellcheck disable=SC2086
synth_workspace "$work" "$n" ${SYNTH_FLAGS:-}

cd "$work"
export CARGO_TARGET_DIR="$work/target" CARGO_INCREMENTAL=0
# Dependencies and a first build of each selection (cargo unifies features per selection),
# not timed.
features=${CRATE_FEATURES:+--features=$CRATE_FEATURES}
# shellcheck disable=SC2086
cargo build -q $profile -p alicloud-migration $features
[ -z "$program" ] || cargo build -q $profile -p program --bin every
for run in 1 2 3; do
  touch crate/src/lib.rs
  /usr/bin/time -f "ops=$n ${profile:-debug} run=$run crate wall=%e s peak_rss=%M KB" cargo build -q $profile -p alicloud-migration $features
  if [ -n "$program" ]; then
    # The program's selection has its own copy of the crate (tokio's features unify
    # differently with the program in it): rebuilt with the program first, so that the
    # program alone is timed on a fresh crate.
    touch crate/src/lib.rs program/src/every.rs
    /usr/bin/time -f "ops=$n ${profile:-debug} run=$run crate+program wall=%e s peak_rss=%M KB" cargo build -q $profile -p program --bin every
    touch program/src/every.rs
    /usr/bin/time -f "ops=$n ${profile:-debug} run=$run program wall=%e s peak_rss=%M KB" cargo build -q $profile -p program --bin every
  fi
done
