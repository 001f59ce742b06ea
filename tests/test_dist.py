"""The wheel ships the facade and every generated category under one namespaced root, typed."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (path,) = out.glob("candescent_async-*.whl")
    return zipfile.ZipFile(path)


def test_wheel_contains_facade_and_every_generated_category(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    assert "candescent_async/__init__.py" in names and "candescent_async/py.typed" in names
    assert "_candescent_generated/py.typed" in names
    categories = sorted(p.stem.replace("-", "_") for p in (ROOT / "specs").glob("*.yaml"))
    for category in categories:
        assert f"_candescent_generated/{category}/api/__init__.py" in names
        assert f"_candescent_generated/{category}/_operations.py" in names
    tops = {name.split("/")[0] for name in names if not name.startswith("candescent_async-")}
    assert tops == {"candescent_async", "_candescent_generated"}, "no generic top-level names like client/ or models/"


def test_wheel_metadata_lists_only_runtime_dependencies(wheel: zipfile.ZipFile) -> None:
    (meta_name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    meta = Parser().parsestr(wheel.read(meta_name).decode())
    requires = [r for r in meta.get_all("Requires-Dist") or [] if "extra ==" not in r]
    assert sorted(r.split(">")[0].split("<")[0].split("=")[0].strip() for r in requires) == [
        "aiohttp",
        "anyio",
        "attrs",
        "httpx2",
        "msgspec",
        "python-dateutil",
    ]
    assert meta["Requires-Python"] == ">=3.11"
    from candescent_async import __version__

    assert meta["Version"] == __version__
