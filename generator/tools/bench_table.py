"""The benchmark's whole-build measurements as a Markdown table, warm builds as fractions of the cold one."""
from __future__ import annotations

#: The builds' table: (heading, key of a row, format); a ratio to the cold build follows the warm ones.
TABLE = (
    ("cold", "build_cold_s", "{:.1f} s"), ("cold CPU", "build_cold_cpu_s", "{:.1f} s"),
    ("warm, unchanged", "build_warm_unchanged_s", "{:.1f} s"), ("CPU", "build_warm_unchanged_cpu_s", "{:.1f} s"),
    ("warm, plus one", "build_warm_plus_one_s", "{:.1f} s"), ("CPU", "build_warm_plus_one_cpu_s", "{:.1f} s"),
    ("peak memory", "build_peak_mib", "{:,} MiB"), ("site", "site_mib", "{} MB"), ("search", "search", "{}"),
    ("first query for a name", "first_query_kb", "{} KB"), ("first query, any word (bound)", "first_query_bound_kb", "{} KB"),
    ("search page", "search_page_kb", "{} KB"),
    ("preview shows an added article", "serve_added_visible_s", "{} s"),
)
#: Which cold measurement a warm one is a fraction of.
RATIO_OF = {"build_warm_unchanged_s": "build_cold_s", "build_warm_unchanged_cpu_s": "build_cold_cpu_s",
            "build_warm_plus_one_s": "build_cold_s", "build_warm_plus_one_cpu_s": "build_cold_cpu_s"}


def builds_table(report: dict[str, object]) -> str:
    """The whole-build measurements as a Markdown table: one row per size, warm builds with their ratio to the cold
    one, and a last row with the growth from the smallest size to the largest."""
    rows: list[dict[str, object]] = report["rows"]  # type: ignore[assignment]
    shown = [(heading, key, form) for heading, key, form in TABLE if any(key in row for row in rows)]
    lines = ["| articles | " + " | ".join(heading for heading, _, _ in shown) + " |",
             "|---:|" + "---:|" * len(shown)]
    for row in rows:
        cells = []
        for _, key, form in shown:
            cell = form.format(row[key]) if row.get(key) is not None else ""
            if key in RATIO_OF and row.get(key) is not None and row.get(RATIO_OF[key]):
                cell += f" ({float(row[key]) / float(row[RATIO_OF[key]]):.2f})"  # type: ignore[arg-type]
            cells.append(cell)
        lines.append(f"| {int(row['articles']):,} | " + " | ".join(cells) + " |")  # type: ignore[call-overload]
    found: dict[str, float] = report.get("growth") or {}  # type: ignore[assignment]
    if found:
        lines.append(f"| growth ({found['articles']}x articles) | "
                     + " | ".join(f"{found[key]}x" if key in found else "" for _, key, _ in shown) + " |")
    return "\n".join(lines)
