# Sourced by the compile-cost scripts: builds a scratch cargo workspace holding
#   crate/    the generated crate (its own manifest, the runtime by absolute path) with N
#             synthetic operations, and
#   program/  a binary that calls every one of those operations (`every`), or only the
#             first (`one`, chosen by the PROGRAM environment variable at build time).
# Usage: synth_workspace DIR N [synth flags...]; needs $root (the repository) and $codegen.
# CRATE_FEATURES (e.g. precompiled-operations): a feature of the crate the program turns on.

synth_workspace() {
  local dir n=$2
  # Absolute: the program's manifest names the crate by it.
  dir=$(mkdir -p "$1" && cd "$1" && pwd)
  shift 2
  rm -rf "$dir/specs" "$dir/crate" "$dir/program"
  mkdir -p "$dir/crate/src" "$dir/program/src"
  "$codegen" synth --operations "$n" --out "$dir/specs" "$@" >/dev/null
  # The generated crate's own manifest, workspace inheritance spelled out.
  sed -e 's/^edition.workspace = true/edition = "2021"/' -e '/^rust-version.workspace/d' -e '/^license.workspace/d' \
      -e 's/^serde.workspace = true/serde = { version = "1", features = ["derive"] }/' \
      -e 's/^serde_json.workspace = true/serde_json = "1"/' \
      -e "s#path = \"../runtime\"#path = \"$root/runtime\"#" "$root/generated/Cargo.toml" > "$dir/crate/Cargo.toml"
  cp "$root"/generated/src/*.rs "$dir/crate/src/"   # the hand-written files
  cp "$root/Cargo.lock" "$dir/"
  printf '[workspace]\nresolver = "2"\nmembers = ["crate", "program"]\n' > "$dir/Cargo.toml"
  "$codegen" generate --specs "$dir/specs" --out "$dir/crate" >/dev/null

  local dep_features=''
  [ -z "${CRATE_FEATURES:-}" ] || dep_features=", features = [\"$CRATE_FEATURES\"]"
  cat > "$dir/program/Cargo.toml" <<EOF
[package]
name = "program"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
alicloud-migration = { path = "$dir/crate"$dep_features }
tokio = { version = "1", features = ["rt", "macros"] }

[[bin]]
name = "every"
path = "src/every.rs"

[[bin]]
name = "one"
path = "src/one.rs"
EOF
  # One call per operation, each with its required parameters, reported like a real program
  # would (a generic report function, as examples/every_operation.rs does).
  local head='use alicloud_migration::{Config, Error};
fn report<E: std::fmt::Display>(name: &str, result: Result<(), Error<E>>) {
    match result {
        Ok(()) => println!("{name} ok"),
        Err(e) => println!("{name} {e}"),
    }
}
#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let config = Config::from_env()?;'
  local products calls=() spec action method product
  products=$(cd "$dir/specs" && ls -d synth* | sort)
  for spec in "$dir"/specs/synth*/Op*.yaml; do
    action=$(sed -n 's/^action: //p' "$spec")
    method=$(printf '%s' "$action" | sed -E 's/([a-z0-9])([A-Z])/\1_\2/g' | tr 'A-Z' 'a-z')
    product=$(basename "$(dirname "$spec")")
    calls+=("    report(\"$method\", $product.$method().region_id(\"cn-hangzhou\").instance_id(\"i-1\").send().await.map(drop));")
  done
  {
    printf '%s\n' "$head"
    for p in $products; do printf '    let %s = alicloud_migration::%s::Client::new(&config);\n' "$p" "$p"; done
    printf '%s\n' "${calls[@]}"
    printf '    Ok(())\n}\n'
  } > "$dir/program/src/every.rs"
  {
    printf '%s\n' "$head"
    for p in $products; do printf '    let %s = alicloud_migration::%s::Client::new(&config);\n' "$p" "$p"; done
    printf '%s\n' "${calls[0]}"
    printf '    let _ = (%s);\n' "$(printf '&%s, ' $products)"
    printf '    Ok(())\n}\n'
  } > "$dir/program/src/one.rs"
}
