"""scripts/check_contract.py: specs/ are the platform's contract, except for declared deviations."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
UPSTREAM = Path(__file__).parent / "fixtures" / "upstream"
FACTS = ROOT.parent / "shared" / "reference" / "platform-1.11.0-facts.yaml"
LINE = re.compile(r"^contract: (\d+) declared deviations, 0 undeclared differences(; pending categories: .*)?$", re.M)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPTS / "check_contract.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The synthetic platform file imported as our specs would be."""
    out = tmp_path_factory.mktemp("imported") / "specs"
    proc = subprocess.run(
        [sys.executable, str(SCRIPTS / "import_spec.py"), str(UPSTREAM / "combined-3.1.yaml"), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.fixture
def specs(imported: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "specs"
    shutil.copytree(imported, copy)
    return copy


def check(specs: Path, tmp_path: Path, pending: dict[str, int] | None = None) -> subprocess.CompletedProcess[str]:
    pending_file = tmp_path / "pending.yaml"
    if pending is None:
        pending_file.unlink(missing_ok=True)
    else:
        pending_file.write_text(yaml.safe_dump({"pending": pending}))
    args = ["--facts", str(UPSTREAM / "combined-3.1.yaml"), "--specs", str(specs), "--pending", str(pending_file)]
    return run(*args, "--report", str(tmp_path / "report.json"))


def edit(specs: Path, category: str) -> tuple[Path, dict[str, Any]]:
    path = specs / f"{category}.yaml"
    return path, yaml.safe_load(path.read_text())


def test_an_exact_import_holds_the_contract(specs: Path, tmp_path: Path) -> None:
    proc = check(specs, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "contract: 0 declared deviations, 0 undeclared differences"


def test_an_undeclared_difference_fails_and_is_listed(specs: Path, tmp_path: Path) -> None:
    path, core = edit(specs, "core-banking")
    core["components"]["schemas"]["Transaction"]["properties"]["transactionDate"]["format"] = "date-time"
    path.write_text(yaml.safe_dump(core, sort_keys=False))
    proc = check(specs, tmp_path)
    assert proc.returncode == 1
    assert "core-banking: " in proc.stderr and "undeclared difference" in proc.stderr
    assert "transactions[].transactionDate: string(date-time) -> string(date)" in proc.stderr
    assert "contract: 0 declared deviations, 1 undeclared differences" in proc.stderr
    report = json.loads((tmp_path / "report.json").read_text())
    assert len(report["categories"]["core-banking"]["undeclared"]) == 1
    assert report["categories"]["mx"] == {"pending": False, "undeclared": [], "declared": []}


def test_a_declared_deviation_is_counted_once_and_passes(specs: Path, tmp_path: Path) -> None:
    path, core = edit(specs, "core-banking")
    date = core["components"]["schemas"]["Transaction"]["properties"]["transactionDate"]
    date["format"] = "date-time"
    date["x-candescent-deviation"] = "Answers carry a time of day (evidence: a recorded response)."
    path.write_text(yaml.safe_dump(core, sort_keys=False))
    proc = check(specs, tmp_path)
    assert proc.returncode == 0, proc.stderr
    match = LINE.search(proc.stdout)
    assert match and match.group(1) == "1", proc.stdout
    report = json.loads((tmp_path / "report.json").read_text())
    (deviation,) = report["deviations"]
    assert deviation["pointer"] == "#/components/schemas/Transaction/properties/transactionDate"
    assert deviation["covers"] >= 1 and "time of day" in deviation["reason"]


def test_a_deviation_that_covers_nothing_fails(specs: Path, tmp_path: Path) -> None:
    path, core = edit(specs, "core-banking")
    core["components"]["schemas"]["Transaction"]["properties"]["id"]["x-candescent-deviation"] = "stale"
    path.write_text(yaml.safe_dump(core, sort_keys=False))
    proc = check(specs, tmp_path)
    assert proc.returncode == 1
    assert "covers no difference any more" in proc.stderr and "Transaction/properties/id" in proc.stderr


def test_pending_categories_may_shrink_but_not_grow(specs: Path, tmp_path: Path) -> None:
    path, mx = edit(specs, "mx")
    for item in mx["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "parameters" in op:
                op["parameters"] = [p for p in op["parameters"] if "ext_host" not in str(p)]
    path.write_text(yaml.safe_dump(mx, sort_keys=False))
    proc = check(specs, tmp_path)
    assert proc.returncode == 1
    open_count = len(json.loads((tmp_path / "report.json").read_text())["categories"]["mx"]["undeclared"])
    assert open_count > 0

    allowed = check(specs, tmp_path, {"mx": open_count})
    assert allowed.returncode == 0, allowed.stderr
    assert f"0 undeclared differences; pending categories: mx ({open_count})" in allowed.stdout
    looser = check(specs, tmp_path, {"mx": open_count + 3})
    assert looser.returncode == 0 and "lower its count" in looser.stdout
    tighter = check(specs, tmp_path, {"mx": open_count - 1})
    assert tighter.returncode == 1 and "more than the" in tighter.stderr


def test_absent_facts_file_skips_with_a_clear_message(tmp_path: Path) -> None:
    proc = run("--facts", str(tmp_path / "nowhere.yaml"))
    assert proc.returncode == 0
    assert f"contract: skipped: the platform's description is not at {tmp_path / 'nowhere.yaml'}" in proc.stdout


@pytest.mark.skipif(not FACTS.exists(), reason=f"the platform's 1.11.0 facts file is not here: {FACTS}")
def test_our_specs_hold_the_platforms_contract() -> None:
    """What `make check-contract` runs: specs/ against the platform's own 1.11.0 description."""
    proc = run()
    assert proc.returncode == 0, proc.stderr
    match = LINE.search(proc.stdout)
    assert match, proc.stdout
    assert int(match.group(1)) <= 20
