//! Builds and tests `tests/no-std`, a `#![no_std]` crate with its own panic handler: it compiles
//! only if nothing in the facade's dependency graph links `std`.

use std::path::Path;
use std::process::Command;

fn cargo(arguments: &[&str]) {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("no-std/Cargo.toml");
    let output = Command::new(env!("CARGO"))
        .args(arguments)
        .arg("--manifest-path")
        .arg(&manifest)
        .arg("--locked")
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo {arguments:?} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn the_facade_builds_and_works_without_std() {
    cargo(&["build", "--quiet"]);
    cargo(&["test", "--quiet"]);
}
