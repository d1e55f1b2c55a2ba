//! Builds `tests/compat-2015-fail`, an edition 2015 crate with a malformed table, directly and
//! through a `macro_rules!` wrapper: the build fails with the macro's errors, at the user's
//! tokens, and with no error of rustc's after them.

use std::path::Path;
use std::process::Command;

#[test]
fn an_edition_2015_crate_sees_the_macros_errors_alone() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("compat-2015-fail/Cargo.toml");
    let output = Command::new(env!("CARGO"))
        .args([
            "build",
            "--quiet",
            "--locked",
            "--color",
            "never",
            "--manifest-path",
        ])
        .arg(&manifest)
        .output()
        .expect("cargo runs");
    assert!(!output.status.success(), "the malformed table compiled");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let reported: Vec<&str> = stderr
        .lines()
        .filter(|line| line.starts_with("error") || line.trim_start().starts_with("--> src/"))
        .map(str::trim_start)
        .collect();
    assert_eq!(
        reported,
        [
            "error: duplicate code 201: `Again` repeats the code of `Pending`",
            "--> src/lib.rs:8:48",
            "error: first defined here",
            "--> src/lib.rs:8:35",
            "error: `status_codes!` sets `#[repr(u16)]` itself: the codes are the discriminants",
            "--> src/lib.rs:19:7",
            "error: could not compile `status-codes-compat-2015-fail` (lib) due to 3 previous errors",
        ],
        "{stderr}"
    );
}
