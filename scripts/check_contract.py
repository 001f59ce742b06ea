"""The fidelity check: our specs are the platform's contract, except where a deviation is declared.

Usage:

    python scripts/check_contract.py [--facts PATH] [--specs DIR] [--pending FILE] [--report OUT.json]

Imports the platform's own description of the API (by default
``../shared/reference/platform-1.11.0-facts.yaml``, a facts-only extract kept outside the
repository) into a temporary directory exactly as ``make import-spec`` would (no carry-over: the
platform's contract alone), diffs it against ``specs/`` with scripts/spec_diff.py (every kind of
difference it reports, breaking or not), and:

* counts a difference as *declared* when it lies in (or is) an operation, parameter, schema or
  property of ours that carries ``x-candescent-deviation: <why, with the evidence>``;
* fails on every undeclared difference, listing each;
* fails on a declared deviation that no longer covers any difference (remove it), and on more than
  ``MAX_DEVIATIONS`` of them;
* while categories are being reconciled, accepts ``config/contract-pending.yaml`` (category ->
  number of differences still open) and fails if a pending category's count rises; a category not
  listed there must have zero undeclared differences.

On success it prints ``contract: N declared deviations, 0 undeclared differences`` (plus the pending
categories). Where the facts file is absent (a user's clone) it says so and exits 0.

``--report OUT.json`` also writes every current difference per category (declared or not, with the
deviations) as JSON, for planning.

Exit codes: 0 the contract holds (or the facts file is absent); 1 undeclared differences, a rising
pending count or stale deviations; 2 the inputs cannot be read or imported.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_spec import CATEGORIES, dump_yaml, import_combined, load_yaml  # noqa: E402
from spec_diff import Change, deviation_markers, diff_categories, load_categories  # noqa: E402

FACTS = ROOT.parent / "shared" / "reference" / "platform-1.11.0-facts.yaml"
PENDING = ROOT / "config" / "contract-pending.yaml"
MAX_DEVIATIONS = 20


def load_pending(path: Path) -> dict[str, int]:
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    pending = data.get("pending") or {}
    if not isinstance(pending, dict) or not all(isinstance(v, int) for v in pending.values()):
        raise ValueError(f"{path}: expected 'pending: {{category: count}}'")
    unknown = set(pending) - set(CATEGORIES)
    if unknown:
        raise ValueError(f"{path}: unknown categories {sorted(unknown)}")
    return {str(k): int(v) for k, v in pending.items()}


def import_platform(facts: Path, into: Path) -> dict[str, dict[str, Any]]:
    """The platform's contract alone, split into categories, written to ``into`` and read back."""
    categories, findings = import_combined(load_yaml(facts), facts.name)
    errors = [f for f in findings if f.level == "error"]
    if errors:
        raise ValueError("the import failed:\n" + "\n".join(f"  {f}" for f in errors))
    for slug, doc in categories.items():
        (into / f"{slug}.yaml").write_text(dump_yaml(doc), encoding="utf-8")
    docs, _ = load_categories(into)
    return docs


def deviations_of(ours: dict[str, dict[str, Any]]) -> dict[tuple[str, str], str]:
    """(category, JSON pointer) -> reason, for every x-candescent-deviation in our specs."""
    found: dict[tuple[str, str], str] = {}
    for category, doc in ours.items():
        for pointer, reason in deviation_markers(doc).values():
            found[(category, pointer)] = reason
    return found


def _line(change: Change) -> str:
    flag = "BREAKING " if change.breaking else ""
    return f"  [{change.category}] {change.operation}: {flag}{change.kind}: {change.detail}"


def check(
    ours: dict[str, dict[str, Any]], platform: dict[str, dict[str, Any]], pending: dict[str, int]
) -> tuple[list[str], str, dict[str, Any]]:
    """(problems, summary line, report)."""
    changes = diff_categories(ours, platform)
    declared_markers = deviations_of(ours)
    used: dict[tuple[str, str], int] = {}
    for change in changes:
        if change.declared:
            key = (change.category, change.declared)
            used[key] = used.get(key, 0) + 1
    problems: list[str] = []
    report: dict[str, Any] = {"categories": {}, "deviations": []}
    for category in CATEGORIES:
        mine = [c for c in changes if c.category == category]
        undeclared = [c for c in mine if not c.declared]
        report["categories"][category] = {
            "pending": category in pending,
            "undeclared": [asdict(c) for c in undeclared],
            "declared": [asdict(c) for c in mine if c.declared],
        }
        if category in pending:
            if len(undeclared) > pending[category]:
                problems.append(
                    f"{category}: {len(undeclared)} undeclared differences, more than the "
                    f"{pending[category]} config/contract-pending.yaml allows:"
                )
                problems += [_line(c) for c in undeclared]
            continue
        if undeclared:
            problems.append(f"{category}: {len(undeclared)} undeclared difference(s) from the platform's contract:")
            problems += [_line(c) for c in undeclared]
    for (category, pointer), reason in sorted(declared_markers.items()):
        report["deviations"].append(
            {"category": category, "pointer": pointer, "reason": reason, "covers": used.get((category, pointer), 0)}
        )
        if (category, pointer) not in used:
            problems.append(
                f"{category}: {pointer} declares a deviation that covers no difference any more: remove it ({reason})"
            )
    if len(used) > MAX_DEVIATIONS:
        problems.append(f"{len(used)} declared deviations: at most {MAX_DEVIATIONS} are allowed")
    undeclared_total = sum(1 for c in changes if not c.declared and c.category not in pending)
    line = f"contract: {len(used)} declared deviations, {undeclared_total} undeclared differences"
    if pending:
        open_counts = {
            cat: sum(1 for c in changes if c.category == cat and not c.declared) for cat in CATEGORIES if cat in pending
        }
        line += "; pending categories: " + ", ".join(f"{cat} ({count})" for cat, count in open_counts.items())
        for cat, count in open_counts.items():
            if count < pending[cat]:
                print(f"note: {cat} is down to {count} open differences: lower its count in {PENDING.name}")
    report["summary"] = line
    return problems, line, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=Path, default=FACTS, help="the platform's description (facts extract)")
    parser.add_argument("--specs", type=Path, default=ROOT / "specs", help="our per-category specs")
    parser.add_argument("--pending", type=Path, default=PENDING, help="categories not yet reconciled")
    parser.add_argument("--report", type=Path, help="also write every current difference as JSON here")
    args = parser.parse_args(argv)
    if not args.facts.exists():
        print(
            f"contract: skipped: the platform's description is not at {args.facts} "
            "(it is reference data kept outside the repository; a clone without it cannot check fidelity)"
        )
        return 0
    try:
        pending = load_pending(args.pending)
        ours, _ = load_categories(args.specs)
        with tempfile.TemporaryDirectory(prefix="candescent-contract-") as tmp:
            platform = import_platform(args.facts, Path(tmp))
    except (OSError, ValueError, yaml.YAMLError) as exc:
        print(f"contract: cannot check: {exc}", file=sys.stderr)
        return 2
    problems, line, report = check(ours, platform, pending)
    if args.report:
        report["facts"] = str(args.facts)
        args.report.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(f"report written to {args.report}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(line, file=sys.stderr)
        return 1
    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
