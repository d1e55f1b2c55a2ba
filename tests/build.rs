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
    // Every third code, then every code whose digits sum to a multiple of seven: tables with
    // gaps, of more than 255 codes (a two-byte position where one is needed).
    for (name, keep) in [
        ("EveryThird", (|code: u32| code % 3 == 0) as fn(u32) -> bool),
        ("DigitSums", |code: u32| {
            (code / 100 + code / 10 % 10 + code % 10) % 7 == 0
        }),
    ] {
        let _ = write!(
            table,
            "status_codes::status_codes! {{\n    /// Codes with gaps.\n    pub enum {name} {{\n"
        );
        for hundred in 1..=9 {
            let _ = write!(table, "        {hundred}xx Hundred{hundred} <");
            for code in (hundred * 100..hundred * 100 + 100).filter(|&code| keep(code)) {
                let _ = write!(table, " {code} Code{code},");
            }
            table.push_str(" >\n");
        }
        table.push_str("    }\n}\n");
    }
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("every_code.rs"), table).expect("OUT_DIR is writable");
    println!("cargo::rerun-if-changed=build.rs");
}
