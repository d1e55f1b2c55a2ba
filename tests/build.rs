//! Writes a table of every code from 100 to 999 for `tests/every_code.rs`.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let mut table = String::from(
        "status_codes::status_codes! {\n    /// Every three-digit code.\n    pub enum Every {\n",
    );
    for hundred in 1..=9 {
        let _ = write!(table, "        {hundred}xx Hundred{hundred} <");
        for code in hundred * 100..hundred * 100 + 100 {
            let _ = write!(table, " {code} Code{code},");
        }
        table.push_str(" >\n");
    }
    table.push_str("    }\n}\n");
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("every_code.rs"), table).expect("OUT_DIR is writable");
    println!("cargo::rerun-if-changed=build.rs");
}
