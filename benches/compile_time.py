#!/usr/bin/env python3
"""Compile-time comparison: the same table written with status_codes!, strum derives and a
hand-written match.

Measures, on this machine:
- a clean release build (dependencies included) of a small crate defining the 24 documented
  codes, in each style;
- the `cargo check` time of a crate defining all 900 codes 100-999, dependencies already built,
  in each style (touch, then check).

Usage: python3 benches/compile_time.py [--runs N]   (prints a Markdown table)
"""

import argparse
import os
import shutil
import statistics
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "target" / "compile-time"

DOCUMENTED = [
    (100, "Register"), (101, "Starting"), (102, "Running"), (103, "TokenReceived"),
    (200, "Finish"), (201, "Pending"), (202, "NoTransactions"), (203, "PartialTransactions"),
    (204, "Incomplete"), (205, "Pending205"), (206, "NoAccounts"), (401, "Unauthorized"),
    (403, "Invalidtoken"), (405, "Locked"), (406, "Conflict"), (408, "UserAction"),
    (409, "WrongSite"), (410, "Waiting"), (411, "TwofaTimeout"), (413, "LoginError"),
    (500, "Error"), (501, "Unavailable"), (504, "ConnectionTimeout"), (509, "UndergoingMaintenance"),
]
ALL_900 = [(code, f"Code{code}") for code in range(100, 1000)]


def ours(table):
    categories = {}
    for code, name in table:
        categories.setdefault(code // 100, []).append(f"{code} {name}")
    body = "\n".join(
        f"        {hundred}xx C{hundred} < {', '.join(codes)} >" for hundred, codes in categories.items()
    )
    return (
        "status_codes::status_codes! {\n    /// Codes.\n    pub enum Status {\n"
        + body
        + "\n    }\n}\n"
    )


def enum_body(table):
    return "\n".join(f"    {name} = {code}," for code, name in table)


def strum_style(table):
    return (
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,\n"
        "         strum::EnumString, strum::IntoStaticStr, strum::FromRepr, strum::Display)]\n"
        "#[repr(u16)]\npub enum Status {\n" + enum_body(table) + "\n}\n"
    )


def hand(table):
    from_code = "\n".join(f"            {code} => Self::{name}," for code, name in table)
    name = "\n".join(f"            Self::{name} => \"{name}\"," for code, name in table)
    from_name = "\n".join(f"            \"{name}\" => Self::{name}," for code, name in table)
    return (
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\n"
        "#[repr(u16)]\npub enum Status {\n" + enum_body(table) + "\n}\n\n"
        "impl Status {\n"
        "    pub fn from_code(code: u16) -> Option<Self> {\n        Some(match code {\n"
        + from_code + "\n            _ => return None,\n        })\n    }\n\n"
        "    pub fn name(self) -> &'static str {\n        match self {\n" + name + "\n        }\n    }\n\n"
        "    pub fn from_name(name: &str) -> Option<Self> {\n        Some(match name {\n"
        + from_name + "\n            _ => return None,\n        })\n    }\n}\n\n"
        "impl std::fmt::Display for Status {\n"
        "    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {\n"
        "        f.write_str(self.name())\n    }\n}\n"
    )


STYLES = {
    "status_codes": (ours, f'status-codes = {{ path = "{ROOT / "status-codes"}" }}'),
    "strum": (strum_style, 'strum = { version = "0.28.0", features = ["derive"] }'),
    "hand": (hand, ""),
}


def make_crate(style, size, table):
    generate, dependency = STYLES[style]
    crate = WORK / f"{style}-{size}"
    (crate / "src").mkdir(parents=True, exist_ok=True)
    (crate / "Cargo.toml").write_text(
        f'[package]\nname = "ct-{style}-{size}"\nversion = "0.0.0"\nedition = "2024"\n\n'
        f"[dependencies]\n{dependency}\n\n[workspace]\n"
    )
    (crate / "src" / "lib.rs").write_text("//! Compile-time benchmark crate.\n\n" + generate(table))
    return crate


def cargo(crate, *arguments):
    start = time.perf_counter()
    subprocess.run(
        ["cargo", *arguments, "--quiet"],
        cwd=crate,
        check=True,
        env={**os.environ, "CARGO_TARGET_DIR": str(crate / "target")},
    )
    return time.perf_counter() - start


def clean_release_build(crate, runs):
    cargo(crate, "fetch")
    times = []
    for _ in range(runs):
        shutil.rmtree(crate / "target", ignore_errors=True)
        times.append(cargo(crate, "build", "--release"))
    return statistics.median(times)


def incremental_check(crate, runs):
    cargo(crate, "check")
    times = []
    for _ in range(runs):
        (crate / "src" / "lib.rs").touch()
        times.append(cargo(crate, "check"))
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    rows = []
    build = {style: clean_release_build(make_crate(style, 24, DOCUMENTED), runs) for style in STYLES}
    check = {style: incremental_check(make_crate(style, 900, ALL_900), runs * 2) for style in STYLES}
    print("| style | clean release build, 24 codes | ratio to strum | `cargo check`, 900 codes | ratio to hand-written |")
    print("|---|---:|---:|---:|---:|")
    for style in STYLES:
        rows.append(
            f"| {style} | {build[style]:.2f} s | {build[style] / build['strum']:.2f}× "
            f"| {check[style]:.2f} s | {check[style] / check['hand']:.2f}× |"
        )
    print("\n".join(rows))


if __name__ == "__main__":
    main()
