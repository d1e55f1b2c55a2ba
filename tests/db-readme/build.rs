//! The build script of the database test crates: writes the README's examples of the crate's
//! library (`sqlx` or `diesel`, read from the package's name) to `$OUT_DIR/readme.md`, where
//! the crate's `lib.rs` runs them as doc tests against a real database. They are the code
//! blocks fenced `rust,ignore` under a heading that names the library: the facade's own doc
//! tests, which have no database driver, leave them out.

use std::path::Path;
use std::{env, fs};

fn main() {
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let readme = Path::new(&manifest).join("../../README.md");
    println!("cargo::rerun-if-changed={}", readme.display());
    let package = env::var("CARGO_PKG_NAME").expect("cargo sets CARGO_PKG_NAME");
    let library = ["sqlx", "diesel"]
        .into_iter()
        .find(|library| package.contains(library))
        .expect("the package's name names sqlx or diesel");

    let text = fs::read_to_string(&readme).expect("README.md is readable");
    let mut examples = String::new();
    let mut count = 0;
    let mut under_library = false;
    // Inside a fence: whether it is one of the examples.
    let mut fence: Option<bool> = None;
    for line in text.lines() {
        match fence {
            Some(example) if line.trim_start().starts_with("```") => {
                if example {
                    examples.push_str("```\n\n");
                }
                fence = None;
            }
            Some(example) => {
                if example {
                    examples.push_str(line);
                    examples.push('\n');
                }
            }
            None if line.starts_with("```") => {
                let example = under_library && line == "```rust,ignore";
                if example {
                    examples.push_str("```rust\n");
                    count += 1;
                }
                fence = Some(example);
            }
            None if line.starts_with('#') => {
                under_library = line
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|word| word == library);
            }
            None => {}
        }
    }
    assert!(
        count > 0,
        "README.md has no `rust,ignore` example under a heading that names {library}"
    );
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out).join("readme.md"), examples).expect("OUT_DIR is writable");
}
