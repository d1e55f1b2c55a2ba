#!/usr/bin/env python3
"""Turns the results of `cargo bench -p status-codes-benches` into the tables of BENCHMARKS.md
and the chart benches/lookups.svg. Reads target/criterion/<group>/<bench>/new/estimates.json.

Usage: python3 benches/report.py
"""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CRITERION = ROOT / "target" / "criterion"
STREAM = 4096

OPERATIONS = [
    ("code_to_enum", "code → enum", "dense_array"),
    ("enum_to_name", "enum → name", "dense_array"),
    ("enum_to_code", "enum → code", "dense_array"),
    ("name_to_enum", "name → enum", None),
    ("code_text_to_enum", "code text → enum", None),
]
IMPLEMENTATIONS = [
    "status_codes", "status_codes_try_from", "status_codes_from_str", "hand_match", "strum",
    "num_enum", "dense_array", "parse_u16_then_from_code",
]
COLORS = {
    "status_codes": "#1f77b4", "status_codes_try_from": "#6baed6", "status_codes_from_str": "#6baed6",
    "hand_match": "#7f7f7f", "strum": "#d62728", "num_enum": "#ff7f0e", "dense_array": "#2ca02c",
    "parse_u16_then_from_code": "#9467bd",
}


def per_operation(group, bench):
    path = CRITERION / group / bench / "new" / "estimates.json"
    if not path.exists():
        return None
    return json.loads(path.read_text())["mean"]["point_estimate"] / STREAM


def results():
    table = {}
    for group, _, _ in OPERATIONS:
        for bench in IMPLEMENTATIONS:
            value = per_operation(group, bench)
            if value is not None:
                table.setdefault(group, {})[bench] = value
    return table


def markdown(table):
    lines = [
        "| operation | implementation | ns per lookup | vs floor | vs strum |",
        "|---|---|---:|---:|---:|",
    ]
    for group, title, floor in OPERATIONS:
        row = table.get(group, {})
        for bench, value in row.items():
            vs_floor = f"{value / row[floor]:.2f}×" if floor and floor in row else ""
            vs_strum = f"{row['strum'] / value:.2f}× faster" if "strum" in row and bench != "strum" else ""
            lines.append(f"| {title} | {bench} | {value:.2f} | {vs_floor} | {vs_strum} |")
    return "\n".join(lines)


def expansion():
    lines = ["| codes | expansion time | per code |", "|---:|---:|---:|"]
    for count in (24, 100, 900):
        path = CRITERION / "expansion" / str(count) / "new" / "estimates.json"
        if path.exists():
            nanos = json.loads(path.read_text())["mean"]["point_estimate"]
            lines.append(f"| {count} | {nanos / 1e6:.2f} ms | {nanos / 1e3 / count:.1f} µs |")
    return "\n".join(lines)


def svg(table):
    bar, gap, label_width, width = 16, 26, 190, 720
    rows = [(title, bench, table[group][bench]) for group, title, _ in OPERATIONS
            for bench in table.get(group, {})]
    longest = max(value for _, _, value in rows)
    scale = (width - label_width - 70) / longest
    height = len(rows) * (bar + 4) + len(OPERATIONS) * gap + 40
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        'font-family="sans-serif" font-size="12">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
        '<text x="10" y="20" font-size="14" font-weight="bold">'
        "ns per lookup, stream of 4,096 inputs with 20% misses (lower is better)</text>",
    ]
    y = 40
    current = None
    for title, bench, value in rows:
        if title != current:
            current = title
            y += 8
            parts.append(f'<text x="10" y="{y + 4}" font-weight="bold">{title}</text>')
            y += gap - 12
        length = max(1.0, value * scale)
        parts.append(f'<text x="24" y="{y + 12}">{bench}</text>')
        parts.append(
            f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{bar}" '
            f'fill="{COLORS.get(bench, "#999")}"/>'
        )
        parts.append(f'<text x="{label_width + length + 6:.1f}" y="{y + 12}">{value:.2f}</text>')
        y += bar + 4
    parts.append("</svg>")
    return "\n".join(parts)


def main():
    table = results()
    print(markdown(table))
    print()
    print(expansion())
    (ROOT / "benches" / "lookups.svg").write_text(svg(table) + "\n")


if __name__ == "__main__":
    main()
