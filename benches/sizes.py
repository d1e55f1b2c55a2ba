#!/usr/bin/env python3
"""Size of what `status_codes!` generates: expanded source and static data in a release binary.

For three tables (the 24 documented codes of `CredentialStatus`, a table of only 100 and 999,
and all 900 codes 100-999), measures:

- the expanded source of the invocation, in bytes and lines: `cargo rustc --lib --
  -Zunpretty=expanded` (with RUSTC_BOOTSTRAP=1) on a scratch library crate holding only the
  invocation, minus the same for an empty library crate. It is the code rustc has to compile:
  the macro's output, the derives it asks for expanded, in rustc's pretty-printed layout.
- the static data in a release binary: a scratch binary per table reads lines from stdin and
  calls `from_code`, `from_name`, `code()`, `name()`, `Display` and `identifier()` on them, so
  nothing is constant-folded; `size -A` gives its section sizes, minus those of the same
  program without the table (it reads, parses and prints the same way and depends on the
  facade too). Generated tables are `const` items, promoted to anonymous allocations without
  symbols, and the compiler may merge identical ones: section sizes count them whatever they
  are called. The static data is `.rodata` (strings, `Copy` arrays, jump tables) +
  `.data.rel.ro` (arrays that hold pointers, such as `&str`); `.rela.dyn` is reported beside
  it, since in a position-independent binary every such pointer also costs a 24-byte
  relocation entry, and `.text` for the code.

Every scratch crate lives under target/sizes/ and is rewritten on each run (idempotent). Each
source measured gets its own target directory and a Cargo.lock seeded from that source's
workspace lock, so dependency versions are the workspace's.

Usage:
  python3 benches/sizes.py                      # the working tree
  python3 benches/sizes.py --rev 29f9eaa --rev HEAD --worktree
                                                # one column per source (`git archive` of each
                                                # revision, read-only), e.g. before and after
Prints a Markdown table; --json prints the raw numbers instead.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "target" / "sizes"

# The documented table, exactly as status-codes/src/credential.rs had it at 29f9eaa (copied so
# that every source is measured on the same input).
DOCUMENTED = '''status_codes::status_codes! {
    /// The state of a credential (a user's bank login being synchronised), as the aggregation
    /// API reports it: 1xx progress, 2xx success, 40x user interaction needed, 41x multi-factor
    /// authentication, 5xx connection errors.
    ///
    /// Codes 201 and 205 share the documented name `Pending`. Code 205 has the identifier
    /// [`Pending205`](CredentialStatus::Pending205) and keeps the name: `Pending205.name()` is
    /// `"Pending"` and it displays as `"205 Pending"`. Parsing the bare name `"Pending"` yields
    /// the first code with that name in table order, [`Pending`](CredentialStatus::Pending)
    /// (201); code 205 parses from `"205"`, `"205 Pending"` or its identifier `"Pending205"`.
    ///
    /// ```
    /// use status_codes::CredentialStatus;
    ///
    /// assert_eq!("Pending".parse(), Ok(CredentialStatus::Pending));
    /// assert_eq!("205 Pending".parse(), Ok(CredentialStatus::Pending205));
    /// assert_eq!("Pending205".parse(), Ok(CredentialStatus::Pending205));
    /// assert_eq!(CredentialStatus::Pending205.name(), "Pending");
    /// ```
    ///
    /// The enum is `#[non_exhaustive]`: the API documents new codes from time to time, and
    /// adding one must not be a breaking release of this crate. A `match` outside this crate
    /// needs a wildcard arm, and a client that must not fail on a code it does not know yet
    /// reads codes into an [`AnyCode`](crate::AnyCode), which keeps any three-digit code.
    #[non_exhaustive]
    pub enum CredentialStatus {
        /// Progress information.
        1xx Progress <
            100 Register,
            101 Starting,
            102 Running,
            103 TokenReceived,
        >
        /// Success.
        2xx Success <
            200 Finish,
            201 Pending,
            202 NoTransactions,
            203 PartialTransactions,
            204 Incomplete,
            205 Pending205 as "Pending",
            206 NoAccounts,
        >
        /// User interaction is needed.
        40x UserInteraction <
            401 Unauthorized,
            403 Invalidtoken,
            405 Locked,
            406 Conflict,
            408 UserAction,
            409 WrongSite,
        >
        /// Multi-factor authentication.
        41x MultiFactorAuthentication <
            410 Waiting,
            411 TwofaTimeout,
            413 LoginError,
        >
        /// Connection errors.
        5xx ConnectionError <
            500 Error,
            501 Unavailable,
            504 ConnectionTimeout,
            509 UndergoingMaintenance,
        >
    }
}
'''

SPARSE = '''status_codes::status_codes! {
    /// Only the lowest and the highest code.
    pub enum Sparse {
        1xx A < 100 First >
        9xx Z < 999 Last >
    }
}
'''


def every_code():
    """The 900-code table exactly as tests/build.rs writes it."""
    table = "status_codes::status_codes! {\n    /// Every three-digit code.\n    pub enum Every {\n"
    for hundred in range(1, 10):
        table += f"        {hundred}xx Hundred{hundred} <"
        for code in range(hundred * 100, hundred * 100 + 100):
            table += f" {code} Code{code},"
        table += " >\n"
    return table + "    }\n}\n"


# key, title, enum, source, codes, (a code, its name) that the sanity check looks up
TABLES = [
    ("documented", "24 documented codes (100-509)", "CredentialStatus", DOCUMENTED, 24,
     (411, "TwofaTimeout")),
    ("sparse", "2 codes: 100 and 999", "Sparse", SPARSE, 2, (999, "Last")),
    ("every", "900 codes: 100-999", "Every", every_code(), 900, (555, "Code555")),
]

SECTIONS = [".rodata", ".data.rel.ro", ".rela.dyn", ".text"]


def run(arguments, cwd, env=None, stdin=None):
    result = subprocess.run(
        arguments, cwd=cwd, input=stdin, capture_output=True, text=True,
        env={**os.environ, **(env or {})},
    )
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(map(str, arguments))} in {cwd}\n{result.stderr}")
    return result.stdout


def source_tree(rev):
    """The repository at `rev`, exported read-only with `git archive`; None is the work tree."""
    if rev is None:
        return ROOT, "working tree"
    sha = run(["git", "rev-parse", "--short", f"{rev}^{{commit}}"], ROOT).strip()
    tree = WORK / "src" / sha
    if not (tree / "Cargo.toml").exists():
        shutil.rmtree(tree, ignore_errors=True)
        tree.mkdir(parents=True)
        archive = subprocess.run(["git", "archive", "--format=tar", sha], cwd=ROOT,
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree, sha


def write_crate(directory, name, kind, body, tree):
    """A scratch crate depending on the facade at `tree` (no features), its lock seeded."""
    directory.mkdir(parents=True, exist_ok=True)
    source = directory / "src"
    if source.exists():
        shutil.rmtree(source)
    source.mkdir()
    (directory / "Cargo.toml").write_text(
        f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n'
        f'[dependencies]\nstatus-codes = {{ path = "{tree / "status-codes"}" }}\n\n[workspace]\n'
    )
    (source / ("lib.rs" if kind == "lib" else "main.rs")).write_text(body)
    if (tree / "Cargo.lock").exists():
        shutil.copyfile(tree / "Cargo.lock", directory / "Cargo.lock")
    return directory


def expanded(crate, target):
    text = run(["cargo", "rustc", "--lib", "--quiet", "--", "-Zunpretty=expanded"], crate,
               env={"RUSTC_BOOTSTRAP": "1", "CARGO_TARGET_DIR": str(target)})
    return len(text.encode()), text.count("\n"), text


BIN = '''//! Calls the lookups of a table on input read at run time.
#![allow(dead_code, missing_docs)]

use std::io::{{BufRead as _, Write as _}};

{table}
fn main() {{
    let mut out = std::io::stdout().lock();
    for line in std::io::stdin().lock().lines() {{
        let line = line.expect("stdin is text");
        let found = match line.parse::<u16>() {{
            Ok(code) => {enum}::from_code(code),
            Err(_) => {enum}::from_name(&line),
        }};
        match found {{
            Some(status) => writeln!(
                out,
                "{{}} {{}} {{}} {{}}",
                status.code(),
                status.name(),
                status,
                status.identifier()
            ),
            None => writeln!(out, "{{line}}: unknown"),
        }}
        .expect("stdout is writable");
    }}
}}
'''

BASELINE = '''//! The same program as the others, without a table.
#![allow(dead_code, missing_docs)]

use std::io::{BufRead as _, Write as _};

fn main() {
    let mut out = std::io::stdout().lock();
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("stdin is text");
        let found = std::hint::black_box(line.parse::<u16>().ok());
        match found {
            Some(code) => writeln!(out, "{} {} {} {}", code, line.as_str(), line.as_str(), line.as_str()),
            None => writeln!(out, "{line}: unknown"),
        }
        .expect("stdout is writable");
    }
}
'''


def sections(binary):
    sizes = {}
    for line in run(["size", "-A", str(binary)], binary.parent).splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] in SECTIONS:
            sizes[parts[0]] = int(parts[1])
    sizes["file"] = binary.stat().st_size
    return {section: sizes.get(section, 0) for section in [*SECTIONS, "file"]}


def measure(rev):
    tree, label = source_tree(rev)
    work = WORK / (label if rev is not None else "worktree")
    target = work / "target"
    results = {"label": label, "tables": {}}

    empty = write_crate(work / "expand-empty", "sizes-expand-empty", "lib", "", tree)
    empty_bytes, empty_lines, _ = expanded(empty, target)
    baseline = write_crate(work / "bin-none", "sizes-bin-none", "bin", BASELINE, tree)
    crates = {}
    for key, _, enum, table, _, _ in TABLES:
        crate = write_crate(work / f"expand-{key}", f"sizes-expand-{key}", "lib", table, tree)
        size, lines, text = expanded(crate, target)
        (work / f"expand-{key}.rs").write_text(text)
        results["tables"][key] = {
            "expanded_bytes": size - empty_bytes, "expanded_lines": lines - empty_lines,
        }
        crates[key] = write_crate(work / f"bin-{key}", f"sizes-bin-{key}", "bin",
                                  BIN.format(table=table, enum=enum), tree)

    binaries = {}
    for key, crate in [("none", baseline), *crates.items()]:
        run(["cargo", "build", "--release", "--quiet"], crate,
            env={"CARGO_TARGET_DIR": str(target)})
        binaries[key] = target / "release" / f"sizes-bin-{key}"
    none = sections(binaries["none"])
    for key, _, _, _, _, (code, name) in TABLES:
        output = run([str(binaries[key])], work, stdin=f"{code}\n{name}\n207x\n").splitlines()
        if output[0] != output[1] or not output[0].startswith(f"{code} {name}") \
                or output[2] != "207x: unknown":
            sys.exit(f"unexpected output of sizes-bin-{key}: {output}")
        with_table = sections(binaries[key])
        results["tables"][key].update(
            {section: with_table[section] - none[section] for section in none}
        )
    return results


MEASURES = [
    ("expanded source",
     lambda t: f"{t['expanded_bytes']:,} B, {t['expanded_lines']:,} lines"),
    ("static data: `.rodata` + `.data.rel.ro`",
     lambda t: f"{t['.rodata'] + t['.data.rel.ro']:,} B ({t['.rodata']:,} + {t['.data.rel.ro']:,})"),
    ("relocations: `.rela.dyn`", lambda t: f"{t['.rela.dyn']:,} B"),
    ("code: `.text`", lambda t: f"{t['.text']:,} B"),
    ("binary file", lambda t: f"{t['file']:,} B"),
]


def markdown(all_results):
    header = "| table | measure | " + " | ".join(r["label"] for r in all_results) + " |"
    lines = [header, "|---|---|" + "---:|" * len(all_results)]
    for key, title, *_ in TABLES:
        for measure, value in MEASURES:
            cells = " | ".join(value(r["tables"][key]) for r in all_results)
            lines.append(f"| {title} | {measure} | {cells} |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    parser.add_argument("--rev", action="append", default=[],
                        help="measure this git revision (repeatable); default: the working tree")
    parser.add_argument("--worktree", action="store_true",
                        help="also measure the working tree (implied without --rev)")
    parser.add_argument("--json", action="store_true", help="print raw numbers as JSON")
    arguments = parser.parse_args()
    sources = list(arguments.rev)
    if arguments.worktree or not sources:
        sources.append(None)
    all_results = [measure(rev) for rev in sources]
    print(json.dumps(all_results, indent=2) if arguments.json else markdown(all_results))


if __name__ == "__main__":
    main()
