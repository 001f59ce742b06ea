"""The specs are valid OpenAPI 3.1, complete against the platform inventory, and carry our extensions."""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
INVENTORY = Path(__file__).parent / "fixtures" / "operations-1.11.0.tsv"
CATEGORIES = [
    "authentication",
    "customer-management",
    "core-banking",
    "business-banking",
    "money-movement",
    "alerts-notifications",
    "documents-preferences",
    "customer-campaigns",
    "mx",
]
PRESENT = [c for c in CATEGORIES if (SPECS / f"{c}.yaml").exists()]
# Filled by test_every_operation_is_one_awaited_call_on_the_client; printed by conftest's summary.
COVERAGE: dict[str, tuple[int, int]] = {}
SERVERS = ["https://api.sandbox.candescent.com", "https://api.stage.candescent.com", "https://api.candescent.com"]

sys.path.insert(0, str(ROOT / "scripts"))
from _registry_gen import SpecError, operation_entries  # noqa: E402


def _inventory() -> dict[str, set[tuple[str, str, str]]]:
    rows: dict[str, set[tuple[str, str, str]]] = {}
    with INVENTORY.open() as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            rows.setdefault(row["category"], set()).add((row["method"], row["path"], row["operationId"]))
    return rows


def _spec_ops(spec: dict[str, Any]) -> set[tuple[str, str, str]]:
    ops = set()
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in ("get", "put", "post", "delete", "patch"):
                wire_path = op.get("x-candescent-path", path)
                ops.add((method.upper(), wire_path, op["operationId"]))
    return ops


def _load(category: str) -> dict[str, Any]:
    path = SPECS / f"{category}.yaml"
    if not path.exists():
        pytest.fail(f"specs/{category}.yaml is missing")
    return dict(yaml.safe_load(path.read_text()))


def test_every_category_has_a_spec() -> None:
    assert PRESENT == CATEGORIES


def test_inventory_has_108_operations() -> None:
    counts = Counter({cat: len(ops) for cat, ops in _inventory().items()})
    assert sum(counts.values()) == 108
    assert set(counts) == set(CATEGORIES)


@pytest.mark.parametrize("category", PRESENT)
def test_spec_is_valid_openapi_31(category: str) -> None:
    spec = _load(category)
    assert spec["openapi"].startswith("3.1")
    validate(spec)


@pytest.mark.parametrize("category", PRESENT)
def test_spec_covers_every_platform_operation(category: str) -> None:
    expected = _inventory()[category]
    actual = _spec_ops(_load(category))
    assert actual == expected, f"missing: {sorted(expected - actual)}; unexpected: {sorted(actual - expected)}"


@pytest.mark.parametrize("category", CATEGORIES)
def test_every_operation_is_one_awaited_call_on_the_client(category: str) -> None:
    """Spec -> generated registry -> a coroutine method on the client's accessor, for every inventory row."""
    import inspect

    from candescent_async import CandescentClient
    from candescent_async._registry import _category_table

    package = category.replace("-", "_")
    table = _category_table(package)
    expected = {operation_id for _, _, operation_id in _inventory()[category]}
    assert {op.operation_id for op in table.values()} == expected
    client = CandescentClient(
        client_id="c",
        client_secret="s",
        institution_id="01234",
        base_url="http://127.0.0.1:1",
        allow_insecure_base_url=True,
    )
    accessor = getattr(client, package)
    reachable = {
        table[name].operation_id for name in table if inspect.iscoroutinefunction(getattr(accessor, name, None))
    }
    COVERAGE[category] = (len(reachable), len(expected))
    assert reachable == expected


@pytest.mark.parametrize("category", PRESENT)
def test_spec_metadata_and_extensions(category: str) -> None:
    spec = _load(category)
    assert spec["info"]["version"] == "1.11.0"
    assert [s["url"] for s in spec["servers"]] == SERVERS
    try:
        entries = operation_entries(spec)
    except SpecError as exc:  # pragma: no cover - the message is the assertion
        pytest.fail(str(exc))
    for name, entry in entries.items():
        for key in ("token", "trace_header", "retry"):
            assert entry[key], f"{name}: missing x-candescent-{key}"


def test_money_moving_operations_are_never_retried() -> None:
    never = {
        "createTransferV1",
        "createRecipientV1",
        "updateRecipientV1",
        "deleteRecipientV1",
        "createAchPaymentV1",
        "createWirePaymentV1",
        "createBusinessRegistrationV1",
        "registerCustomerV4",
        "publishAlertEventsV1",
        "uploadExperienceGroupParticipantsV3",
        "createAccessTokenV2",
        "createAccessTokenV1",
    }
    seen = {}
    for category in PRESENT:
        for entry in operation_entries(_load(category)).values():
            seen[entry["operation_id"]] = entry["retry"]
    present = {op for op in never if op in seen}
    assert present, "no money-moving operation found"
    assert {op: seen[op] for op in present} == dict.fromkeys(present, "never")


def test_no_spec_declares_injected_headers() -> None:
    injected = {"authorization", "transactionid", "correlationid", "di_tid"}
    for category in PRESENT:
        spec = _load(category)
        params = list(spec.get("components", {}).get("parameters", {}).values())
        for item in spec["paths"].values():
            params += item.get("parameters", [])
            for op in item.values():
                if isinstance(op, dict):
                    params += op.get("parameters", [])
        names = {p.get("name", "").lower() for p in params if p.get("in") == "header"}
        assert not names & injected, f"{category} declares {names & injected}"
