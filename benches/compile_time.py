#!/usr/bin/env python3
"""Compile-time comparison: the same table written with status_codes!, strum derives and a
hand-written match.

Measures, on this machine:
- scenario `plain`: a clean release build (dependencies included) of a small crate defining the
  24 documented codes, in each style, and the `cargo check` time of a crate defining all 900
  codes 100-999, dependencies already built, in each style (touch, then check);
- scenario `serde`: a clean release build of a small client crate that already has serde
  (derive) + serde_json and a `#[derive(Serialize, Deserialize)]` struct, (1) alone, (2) plus
  the 24 documented codes with strum's derives, (3) plus the same table with `status_codes!`
  (the facade by path, no features). Reports the time (2) and (3) add to (1), the ratio
  (3)/(2), the syn versions each build compiles, and `cargo tree -i syn` for (3), which shows
  whether one syn build serves serde_derive and the macro. With `--compare DIR`, a fourth crate,
  (3) built against DIR's facade (another checkout, such as an earlier revision), is built in
  the same interleaved runs. With `--instructions`, each crate is instead built once with the
  rustc runs that differ from (1)'s under valgrind's callgrind, the linker included, and the
  instructions each crate adds to (1) are reported: a figure the machine's load does not move.

Every clean build starts from an empty target directory of its own crate; the builds of a
scenario are interleaved (run 1 of every crate, then run 2, ..., the order rotated each run)
and each time is the median over the runs. Every build reports two times: wall time, and the
CPU time (user + system) of cargo and every process it ran, which moves much less than wall
time when other jobs share the machine. Each crate's Cargo.lock is seeded from the
workspace's, so shared dependencies resolve to the same versions in every crate and every run;
`cargo fetch` runs first and builds are `--frozen` (no network).

Usage: python3 benches/compile_time.py [--runs N] [--scenario plain|serde ...] [--source DIR]
                                      [--compare DIR] [--instructions]
(prints Markdown tables; progress goes to stderr)
"""

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "target" / "compile-time"
# The checkout whose status-codes/ the crates depend on by path (--source changes it).
SOURCE = ROOT
# Another checkout measured beside it in the serde scenario (--compare), or None.
COMPARE = None
# The serde scenario counts instructions instead of timing builds (--instructions).
INSTRUCTIONS = False

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


def ours_dependency(source=None):
    return f'status-codes = {{ path = "{(source or SOURCE) / "status-codes"}" }}'


STRUM = 'strum = { version = "0.28.0", features = ["derive"] }'
STYLES = {
    "status_codes": (ours, ours_dependency),
    "strum": (strum_style, lambda: STRUM),
    "hand": (hand, lambda: ""),
}

SERDE = (
    'serde = { version = "1.0.220", features = ["derive"] }\nserde_json = "1.0.140"'
)
SERDE_CLIENT = """use serde::{Deserialize, Serialize};

/// A record of the client's API, as its JSON reads.
#[derive(Debug, Serialize, Deserialize)]
pub struct Credential {
    pub id: u64,
    pub bank: String,
    pub status: u16,
    pub accounts: Vec<String>,
}

pub fn parse(json: &str) -> serde_json::Result<Credential> {
    serde_json::from_str(json)
}

pub fn render(credential: &Credential) -> serde_json::Result<String> {
    serde_json::to_string(credential)
}
"""
# key, label, extra dependency, extra source
SERDE_CASES = [
    ("serde", "(1) serde derive + serde_json", lambda: "", lambda: ""),
    ("serde-strum", "(2) = (1) + 24 codes, strum's derives", lambda: STRUM,
     lambda: strum_style(DOCUMENTED)),
    ("serde-status_codes", "(3) = (1) + 24 codes, `status_codes!`", ours_dependency,
     lambda: ours(DOCUMENTED)),
]


# RUSTC_WRAPPER for --instructions: runs rustc under callgrind, the linker included, when the
# unit's `-C metadata` is listed in $CT_TRACE, and appends `metadata instructions` to $CT_LOG;
# runs every other unit plain. Appends `metadata crate` of every unit to $CT_SEEN. Valgrind
# writes to log files of its own: cargo reads rustc's stderr.
TRACE_RUSTC = r'''#!/usr/bin/env bash
name=$(printf '%s\n' "$@" | grep -A1 -x -- --crate-name | tail -n1)
meta=$(printf '%s\n' "$@" | sed -n 's/^metadata=//p' | head -n1)
# Cargo's probes (`--crate-name ___`) compile nothing.
[ -n "$name" ] && [ "$name" != ___ ] || exec "$@"
echo "$meta $name" >>"$CT_SEEN"
grep -qx -- "$meta" "$CT_TRACE" || exec "$@"
logs=$(mktemp -d)
valgrind --tool=callgrind --trace-children=yes --callgrind-out-file=/dev/null \
    --log-file="$logs/%p" "$@"
status=$?
echo "$meta $(cat "$logs"/* | awk '/Collected/ {sum += $4} END {printf "%.0f", sum}')" >>"$CT_LOG"
rm -rf "$logs"
exit $status
'''


def write_crate(name, dependencies, source, lock_from=None):
    crate = WORK / name
    (crate / "src").mkdir(parents=True, exist_ok=True)
    (crate / "Cargo.toml").write_text(
        f'[package]\nname = "ct-{name}"\nversion = "0.0.0"\nedition = "2024"\n\n'
        f"[dependencies]\n{dependencies}\n\n[workspace]\n"
    )
    (crate / "src" / "lib.rs").write_text("//! Compile-time benchmark crate.\n\n" + source)
    # The same resolution every time: the workspace's versions, then `cargo fetch` (which
    # drops what the crate does not use and adds what it lacks), then `--frozen` builds.
    lock = (lock_from or SOURCE) / "Cargo.lock"
    if lock.exists():
        shutil.copyfile(lock, crate / "Cargo.lock")
    cargo(crate, "fetch")
    return crate


def make_crate(style, size, table):
    generate, dependency = STYLES[style]
    return write_crate(f"{style}-{size}", dependency(), generate(table))


def units_build(crate, trace=()):
    """A clean release build of `crate` with the rustc runs of the units whose `-C metadata` is
    in `trace` under callgrind: {metadata: instructions} of those, and {metadata: crate name}
    of every unit built."""
    wrapper = WORK / "trace-rustc.sh"
    wrapper.write_text(TRACE_RUSTC)
    wrapper.chmod(0o755)
    log, seen, traced = (WORK / f"{crate.name}.{kind}" for kind in ("counted", "seen", "trace"))
    for path in (log, seen):
        path.unlink(missing_ok=True)
    traced.write_text("".join(f"{meta}\n" for meta in trace))
    shutil.rmtree(crate / "target", ignore_errors=True)
    environment = {"RUSTC_WRAPPER": str(wrapper), "CT_LOG": str(log), "CT_SEEN": str(seen),
                   "CT_TRACE": str(traced), "CARGO_TARGET_DIR": str(crate / "target")}
    subprocess.run(["cargo", "build", "--release", "--frozen", "--quiet"], cwd=crate, check=True,
                   env={**os.environ, **environment})
    counted = dict(line.split() for line in log.read_text().splitlines()) if trace else {}
    return ({meta: int(count) for meta, count in counted.items()},
            dict(line.split() for line in seen.read_text().splitlines()))


def instructions(crates, cases):
    """The instructions each crate's build adds to (1)'s: a plain build of every crate lists
    its units (a unit is a crate with its version and features: one `-C metadata`); then the
    units only (1) builds are counted in (1)'s build, and the units (1) does not build in the
    other crate's, whose own crate is one of them. One build each: the counts do not vary."""
    units = {key: units_build(crate)[1] for key, crate in crates.items()}
    base = units["serde"]
    gone = {key: base.keys() - found.keys() for key, found in units.items()}
    counted_base, _ = units_build(crates["serde"], set().union(*gone.values()))
    added = {}
    for key, label, _, _ in cases[1:]:
        new = units[key].keys() - base.keys()
        counted, _ = units_build(crates[key], new)
        added[key] = sum(counted.values()) - sum(counted_base[meta] for meta in gone[key])
        print(f"{label}: {added[key] / 1e9:+.3f} G instructions", file=sys.stderr)
        print(f"{label}: the units (1) does not build, and (1)'s that it does not build, in "
              "millions of instructions:\n")
        changes = [(units[key][meta], count) for meta, count in counted.items()]
        changes += [(base[meta], -counted_base[meta]) for meta in gone[key]]
        for name, count in sorted(changes, key=lambda change: -abs(change[1])):
            print(f"- `{name}`: {count / 1e6:+,.0f}")
        print()
    print("| crate | instructions added to (1) | ratio to (2) |")
    print("|---|---:|---:|")
    for key, label, _, _ in cases[1:]:
        print(f"| {label} | {added[key] / 1e9:+.3f} G | "
              f"{added[key] / added['serde-strum']:.2f}× |")


def cargo(crate, *arguments, output=None):
    """Runs cargo in `crate` with its own target directory; returns the wall time and the CPU
    time (user + system) of cargo and every process it waited for, rustc and build scripts
    included. Cargo's stderr (the `Compiling …` lines) is appended to the list `output` if one
    is given."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        ["cargo", *arguments, *([] if output is not None else ["--quiet"])],
        cwd=crate,
        capture_output=output is not None,
        text=True,
        env={**os.environ, "CARGO_TARGET_DIR": str(crate / "target")},
    )
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode != 0:
        sys.exit(f"cargo {' '.join(arguments)} failed in {crate}\n{result.stderr or ''}")
    if output is not None:
        output.append(result.stderr)
    return elapsed, cpu


def interleaved_clean_builds(crates, runs):
    """Clean `cargo build --release --frozen` of every crate, interleaved: run i builds every
    crate once, starting at crate i mod n. Returns {key: [wall seconds, ...]},
    {key: [CPU seconds, ...]} and {key: stderr}."""
    keys = list(crates)
    times = {key: [] for key in keys}
    cpu = {key: [] for key in keys}
    logs = {key: [] for key in keys}
    for run in range(runs):
        order = keys[run % len(keys):] + keys[:run % len(keys)]
        for key in order:
            shutil.rmtree(crates[key] / "target", ignore_errors=True)
            wall, used = cargo(crates[key], "build", "--release", "--frozen", output=logs[key])
            times[key].append(wall)
            cpu[key].append(used)
            print(f"run {run + 1}/{runs}: {key} {wall:.2f} s, CPU {used:.2f} s", file=sys.stderr)
    return times, cpu, logs


def compiled(log, package):
    """The versions of `package` one build log shows compiled, in order (repeats included)."""
    return re.findall(rf"Compiling {re.escape(package)} v(\S+)", log)


def locked_versions(crate):
    """{package: sorted versions} in the crate's Cargo.lock."""
    versions = {}
    lock = (crate / "Cargo.lock").read_text()
    for name, version in re.findall(r'name = "([^"]+)"\nversion = "([^"]+)"', lock):
        versions.setdefault(name, []).append(version)
    return {name: sorted(found) for name, found in versions.items()}


def syn_features(crate, version):
    """The features syn `version` is built with in the crate's graph."""
    tree = subprocess.run(
        ["cargo", "tree", "--frozen", "-e", "features", "-i", f"syn@{version}"],
        cwd=crate, capture_output=True, text=True, check=True,
    ).stdout
    return sorted(set(re.findall(r'syn feature "([^"]+)"', tree)) - {"default"})


def incremental_check(crate, runs):
    cargo(crate, "check", "--frozen")
    times = []
    for _ in range(runs):
        (crate / "src" / "lib.rs").touch()
        times.append(cargo(crate, "check", "--frozen")[0])
    return statistics.median(times)


def plain(runs):
    """The clean no-other-deps builds (24 codes) and the 900-code `cargo check`, per style."""
    crates = {style: make_crate(style, 24, DOCUMENTED) for style in STYLES}
    times, _, _ = interleaved_clean_builds(crates, runs)
    build = {style: statistics.median(times[style]) for style in STYLES}
    check = {style: incremental_check(make_crate(style, 900, ALL_900), runs * 2) for style in STYLES}
    rows = [
        f"Clean release build, no other dependencies, median of {runs} interleaved runs; "
        f"`cargo check` after a touch, median of {runs * 2} runs.",
        "",
        "| style | clean release build, 24 codes | ratio to strum | `cargo check`, 900 codes | ratio to hand-written |",
        "|---|---:|---:|---:|---:|",
    ]
    for style in STYLES:
        rows.append(
            f"| {style} | {build[style]:.2f} s | {build[style] / build['strum']:.2f}× "
            f"| {check[style]:.2f} s | {check[style] / check['hand']:.2f}× |"
        )
    print("\n".join(rows))


def serde_client(runs):
    """A client that already derives serde: the time the strum and status_codes tables add."""
    cases = list(SERDE_CASES)
    if COMPARE is not None:
        cases.append(("serde-status_codes-compare",
                      f"(4) = (3) with the facade of {describe(COMPARE)}",
                      lambda: ours_dependency(COMPARE), lambda: ours(DOCUMENTED)))
    crates = {
        key: write_crate(key, SERDE + "\n" + dependency(), SERDE_CLIENT + "\n" + source(),
                         COMPARE if key.endswith("-compare") else None)
        for key, _, dependency, source in cases
    }
    # What (1) builds, (2) and (3) build in the same versions (and may add others).
    versions = {key: locked_versions(crate) for key, crate in crates.items()}
    for name, base_versions in versions["serde"].items():
        for key in crates:
            if name.startswith("ct-"):
                continue
            if not set(base_versions) <= set(versions[key].get(name, ())):
                sys.exit(f"{name} {base_versions} of (1) resolves differently in {key}: "
                         f"{versions[key].get(name)}")
    if INSTRUCTIONS:
        instructions(crates, cases)
        return
    times, cpu, logs = interleaved_clean_builds(crates, runs)
    median = {key: statistics.median(times[key]) for key in crates}
    median_cpu = {key: statistics.median(cpu[key]) for key in crates}
    # Every clean build compiles the same crates: read the first run's log.
    syn = {key: compiled(logs[key][0], "syn") for key in crates}
    base = median["serde"]
    base_cpu = median_cpu["serde"]
    print(
        f"Clean `cargo build --release` of a client crate, median of {runs} interleaved runs "
        f"(serde {', '.join(versions['serde']['serde'])}, "
        f"serde_json {', '.join(versions['serde']['serde_json'])}, "
        f"strum {', '.join(versions['serde-strum']['strum'])}).\n"
    )
    print("| crate | wall time | runs, min–max | added to (1) | CPU time | runs, min–max "
          "| added to (1) | syn compiled |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for key, label, _, _ in cases:
        added = "" if key == "serde" else f"{median[key] - base:+.2f} s"
        added_cpu = "" if key == "serde" else f"{median_cpu[key] - base_cpu:+.2f} s"
        spread = f"{min(times[key]):.2f}–{max(times[key]):.2f} s"
        spread_cpu = f"{min(cpu[key]):.2f}–{max(cpu[key]):.2f} s"
        built = ", ".join(f"syn {version}" for version in syn[key]) or "none"
        print(f"| {label} | {median[key]:.2f} s | {spread} | {added} "
              f"| {median_cpu[key]:.2f} s | {spread_cpu} | {added_cpu} | {built} |")
    print()
    for key, label, _, _ in cases[2:]:
        for measure, medians in (("wall", median), ("CPU", median_cpu)):
            strum_added = medians["serde-strum"] - medians["serde"]
            ours_added = medians[key] - medians["serde"]
            ratio = (f"{ours_added / strum_added:.2f}×" if strum_added > 0
                     else "n/a (strum added nothing)")
            print(f"{label.split(' ')[0]} adds {ours_added:+.2f} s of {measure} time, strum's "
                  f"derives {strum_added:+.2f} s: {ratio} of strum's.")
    crate = crates["serde-status_codes"]
    trees = [
        subprocess.run(
            ["cargo", "tree", "--frozen", "-e", "normal,build", "-i", f"syn@{version}"],
            cwd=crate, capture_output=True, text=True, check=True,
        ).stdout.rstrip()
        for version in locked_versions(crate).get("syn", [])
    ]
    extra = list(syn["serde-status_codes"])
    for version in syn["serde"]:
        if version in extra:
            extra.remove(version)
    base_syn = ", ".join(syn["serde"]) or "none"
    if extra:
        verdict = f"(3) compiles syn {', '.join(extra)} on top of (1)'s ({base_syn})."
    elif any("status-macros" in tree for tree in trees):
        verdict = f"one syn build ({base_syn}) serves both serde_derive and status-macros."
    else:
        verdict = f"status-macros does not depend on syn; (3) compiles (1)'s syn only ({base_syn})."
    print(f"syn in (3): {verdict}")
    for key in ("serde", "serde-status_codes"):
        for version in locked_versions(crates[key]).get("syn", []):
            print(f"syn {version} features in {key}: {', '.join(syn_features(crates[key], version))}.")
    print("\n`cargo tree -i syn` for (3):\n\n```text")
    print("\n\n".join(trees))
    print("```")


SCENARIOS = {"plain": plain, "serde": serde_client}


def describe(checkout):
    """The checkout's commit, short, or its path when it is no git checkout."""
    result = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=checkout,
                            capture_output=True, text=True)
    return f"`{result.stdout.strip()}`" if result.returncode == 0 else str(checkout)


def main():
    global SOURCE, COMPARE, INSTRUCTIONS
    parser = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--scenario", action="append", choices=SCENARIOS,
        help="plain: no other dependencies (24-code clean build, 900-code check); serde: a "
             "client with serde derive + serde_json. Repeatable; default: both.",
    )
    parser.add_argument(
        "--source", type=Path, default=ROOT,
        help="checkout whose status-codes/ the crates depend on by path (default: this one)",
    )
    parser.add_argument(
        "--compare", type=Path,
        help="serde scenario: also build (3) against this checkout's status-codes/, in the "
             "same interleaved runs (e.g. a `git worktree` of an earlier revision)",
    )
    parser.add_argument(
        "--instructions", action="store_true",
        help="serde scenario: count the instructions each crate adds under valgrind's "
             "callgrind (one build each) instead of timing builds",
    )
    arguments = parser.parse_args()
    INSTRUCTIONS = arguments.instructions
    SOURCE = arguments.source.resolve()
    COMPARE = arguments.compare.resolve() if arguments.compare else None
    for index, scenario in enumerate(arguments.scenario or list(SCENARIOS)):
        if index:
            print()
        SCENARIOS[scenario](arguments.runs)


if __name__ == "__main__":
    main()
