"""scripts/import_spec.py: the synthetic combined specs become valid per-category specs with our extensions."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
UPSTREAM = Path(__file__).parent / "fixtures" / "upstream"
SERVERS = ["https://api.sandbox.candescent.com", "https://api.stage.candescent.com", "https://api.candescent.com"]
CATEGORY_TAGS = {
    "authentication": "Authentication",
    "customer-management": "Customer Management",
    "core-banking": "Core Banking",
    "business-banking": "Business Banking",
    "money-movement": "Money Movement",
    "alerts-notifications": "Alerts And Notifications",
    "documents-preferences": "Documents And Preferences",
    "customer-campaigns": "Customer Campaigns",
    "mx": "MX",
}
METHODS = ("get", "put", "post", "delete", "patch")

sys.path.insert(0, str(SCRIPTS))
from _registry_gen import operation_entries  # noqa: E402


def run_import(spec: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPTS / "import_spec.py"), str(spec), "--out", str(out), *extra],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def load_dir(out: Path) -> dict[str, dict[str, Any]]:
    return {p.stem: yaml.safe_load(p.read_text()) for p in sorted(out.glob("*.yaml"))}


def operations(specs: dict[str, dict[str, Any]]) -> dict[str, tuple[str, str, str, dict[str, Any]]]:
    """operationId -> (category, METHOD, path, operation)."""
    found = {}
    for category, spec in specs.items():
        for path, item in spec["paths"].items():
            for method in METHODS:
                if method in item:
                    found[item[method]["operationId"]] = (category, method.upper(), path, item[method])
    return found


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def params(spec: dict[str, Any], op: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(p["in"], p["name"]): p for p in (resolve(spec, raw) for raw in op.get("parameters", []))}


def walk(node: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield key, value
            yield from walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from walk(item)


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, dict[str, Any]]]:
    """fixture file name -> category -> imported spec."""
    result = {}
    for name in ("combined-3.0.yaml", "combined-3.1.yaml"):
        out = tmp_path_factory.mktemp(name.replace(".", "-"))
        proc = run_import(UPSTREAM / name, out)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        result[name] = load_dir(out)
    return result


@pytest.fixture(scope="module")
def specs31(imported: dict[str, dict[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    return imported["combined-3.1.yaml"]


@pytest.fixture(scope="module")
def ops31(specs31: dict[str, dict[str, Any]]) -> dict[str, tuple[str, str, str, dict[str, Any]]]:
    return operations(specs31)


@pytest.mark.parametrize("name", ["combined-3.0.yaml", "combined-3.1.yaml"])
def test_every_category_is_valid_openapi_31_with_our_conventions(
    name: str, imported: dict[str, dict[str, dict[str, Any]]]
) -> None:
    specs = imported[name]
    source = yaml.safe_load((UPSTREAM / name).read_text())
    assert set(specs) == set(CATEGORY_TAGS)
    for category, spec in specs.items():
        validate(copy.deepcopy(spec))
        assert spec["openapi"] == "3.1.0"
        assert spec["info"]["version"] == source["info"]["version"]
        assert spec["info"]["title"] == f"Candescent {CATEGORY_TAGS[category]} API"
        assert [s["url"] for s in spec["servers"]] == SERVERS
        assert spec["security"] == [{"BearerAuth": []}]
        assert set(spec["components"]["securitySchemes"]) == {"BearerAuth", "ClientAuthBasic"}
        assert spec["tags"][0]["name"] == CATEGORY_TAGS[category]
        entries = operation_entries(spec)  # the registry's own checks of our vocabulary
        assert entries
        for path, item in spec["paths"].items():
            for method in METHODS:
                if method in item:
                    assert item[method]["tags"][0] == CATEGORY_TAGS[category], (path, method)
    # Every operation of the source is somewhere, none twice.
    source_ids = [op["operationId"] for item in source["paths"].values() for m, op in item.items() if m in METHODS]
    assert sorted(operations(specs)) == sorted(source_ids)


def test_only_referenced_components_are_copied(specs31: dict[str, dict[str, Any]]) -> None:
    everything = yaml.safe_dump(specs31)
    for unused in ("UnusedParameter", "NeverReferenced", "RequestTraceId", "TransactionIdRequest", "x-tagGroups"):
        assert unused not in everything
    # Transitive: Money is only reached through Account / Transaction / Transfer.
    assert "Money" in specs31["core-banking"]["components"]["schemas"]
    assert "Money" in specs31["money-movement"]["components"]["schemas"]
    assert "Money" not in specs31["mx"]["components"].get("schemas", {})
    assert "Recipient" not in specs31["core-banking"]["components"]["schemas"]


def test_injected_headers_become_extensions(specs31: dict[str, dict[str, Any]], ops31: Any) -> None:
    for spec in specs31.values():
        declared = [p for key, p in walk(spec) if key == "parameters" for p in (p if isinstance(p, list) else [])]
        declared += list(spec["components"].get("parameters", {}).values())
        names = {resolve(spec, p)["name"].lower() for p in declared if resolve(spec, p)["in"] == "header"}
        assert not names & {"authorization", "transactionid", "correlationid", "di_tid"}
    tokens = {op_id: op["x-candescent-token"] for op_id, (_, _, _, op) in ops31.items()}
    assert tokens["createAccessTokenV2"] == "client-basic"  # ClientAuthBasicAuthorization under global BearerAuth
    assert tokens["createAccessTokenV1"] == "client-basic"
    assert tokens["registerCustomerV4"] == "v1"  # OAuthV1Authorization
    assert tokens["getCustomerV2"] == "v1"  # inline parameter, "legacy OAuth V1" in its description only
    assert tokens["createUserListJobV1"] == "v1"
    assert tokens["listAccountsV1"] == "v2"
    assert tokens["getMxPlatformProxyV1"] == "v2"
    assert ops31["createAccessTokenV2"][3]["security"] == [{"ClientAuthBasic": []}]
    assert "security" not in ops31["listAccountsV1"][3]
    traces = {op_id: op["x-candescent-trace-header"] for op_id, (_, _, _, op) in ops31.items()}
    assert traces["createAccessTokenV2"] == "transactionId"
    assert traces["createAccessTokenV1"] == "di_tid"
    assert traces["resetPassword"] == "correlationId"
    assert traces["listAccountsLegacyV2"] == "di_tid"
    assert traces["getMXReportingProxyV1"] == "correlationId"


def test_lower_case_bearer_auth_is_repaired(specs31: dict[str, dict[str, Any]], ops31: Any) -> None:
    category, _, _, op = ops31["getBusinessEntitlementsLimitsV1"]
    assert category == "business-banking"
    assert op["x-candescent-token"] == "v2"
    assert "bearerAuth" not in yaml.safe_dump(specs31["business-banking"])


def test_user_context_and_platform_constraints(specs31: dict[str, dict[str, Any]], ops31: Any) -> None:
    contexts = {op_id: op.get("x-candescent-user-context", "none") for op_id, (*_, op) in ops31.items()}
    assert contexts["listAccountsV1"] == "required"  # x-conditionally-required hostUserId / loginId
    assert contexts["getAchPaymentsV1"] == "required"  # a required loginId
    assert contexts["publishAlertEventsV1"] == "none"  # institutionCustomerId only
    assert contexts["resetPassword"] == "none"
    core = specs31["core-banking"]
    host = core["components"]["parameters"]["HostUserId"]
    assert host["x-conditionally-required"] == {"when": "grant_type == client_credentials"}
    assert host["x-mutually-exclusive"] == ["loginId"]
    grouped = core["components"]["parameters"]["AccountsInstitutionCustomerIdList"]
    assert grouped["x-mutually-exclusive"] == ["$apply", "$skipGroups", "$topGroups"]
    # The user-context parameters stay declared, as the facade fills them by name.
    assert ("query", "hostUserId") in params(core, ops31["listAccountsV1"][3])


def test_retry_policy(ops31: Any) -> None:
    retry = {op_id: op["x-candescent-retry"] for op_id, (*_, op) in ops31.items()}
    for op_id, (_, method, _, _) in ops31.items():
        if method == "GET":
            assert retry[op_id] == "safe", op_id
    assert retry["searchBankingActivitiesV1"] == "safe"  # a POST with the platform's x-idempotent: true
    for op_id in ("createTransferV1", "deleteRecipientV1", "createAchPaymentV1", "createAccessTokenV2"):
        assert retry[op_id] == "never"
    # Prose is never read for retry safety: "Idempotent ..." (createTransferV1) and "isn't idempotent"
    # (publishAlertEventsV1) in a description leave a POST never-retried.
    assert retry["publishAlertEventsV1"] == "never"


@pytest.mark.parametrize(
    "prose",
    [
        "This operation isn't idempotent.",
        "This operation is idempotent.",
        "Idempotent: repeat at will.",
        "Not idempotent, unlike the GET.",
        "non-idempotent",
    ],
)
def test_retry_safety_is_never_read_from_prose(tmp_path: Path, prose: str) -> None:
    doc = yaml.safe_load((UPSTREAM / "combined-3.1.yaml").read_text())
    op = doc["paths"]["/v1/transfers"]["post"]
    op["summary"], op["description"] = prose, prose
    explicit = doc["paths"]["/v1/realtime-events"]["post"]
    explicit["x-idempotent"] = True
    spec = tmp_path / "prose.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False))
    out = tmp_path / "specs"
    proc = run_import(spec, out)
    assert proc.returncode == 0, proc.stderr
    found = operations(load_dir(out))
    assert found["createTransferV1"][3]["x-candescent-retry"] == "never"
    assert found["publishAlertEventsV1"][3]["x-candescent-retry"] == "safe"  # the explicit extension
    assert "x-idempotent" not in yaml.safe_dump(load_dir(out))


def test_the_platforms_prose_is_stripped(specs31: dict[str, dict[str, Any]]) -> None:
    """No summary, description or example of the platform's reaches our specs (its prose is not ours)."""
    source = yaml.safe_load((UPSTREAM / "combined-3.1.yaml").read_text())
    platform_prose = {
        str(value)
        for key, value in walk(source)
        if key in ("summary", "description") and isinstance(value, str) and value
    }
    assert "Create a transfer." in platform_prose
    for category, spec in specs31.items():
        for key, value in walk({k: v for k, v in spec.items() if k not in ("info", "tags")}):
            if key in ("summary", "example", "examples", "externalDocs"):
                pytest.fail(f"{category}: {key} {value!r} was copied")
            if key == "description" and isinstance(value, str):
                assert value == "" or value not in platform_prose, (category, value)
        # Tags keep their names only (the category tag's description is ours).
        assert all(set(tag) == {"name"} for tag in spec["tags"][1:]), category
    # A field called "description" is a name, not prose: it stays.
    assert "description" in specs31["core-banking"]["components"]["schemas"]["Transaction"]["properties"]
    # A Response Object keeps its required, now empty, description.
    _, _, _, op = operations(specs31)["listAccountsV1"]
    assert op["responses"]["200"]["description"] == ""


def test_an_unnamed_xml_array_body_is_one_document_of_its_item(specs31: dict[str, dict[str, Any]], ops31: Any) -> None:
    """sendCustomerEventV1: the platform declares an unnamed array of Events; one Events document per call."""
    category, _, _, op = ops31["sendCustomerEventV1"]
    assert category == "alerts-notifications"
    assert op["x-candescent-wire-format"] == "xml"
    assert op["x-candescent-xml"]["request_root"] == "Events"
    assert "Event" in op["x-candescent-xml"]["lists"]
    assert op["requestBody"]["content"]["application/xml"]["schema"] == {"$ref": "#/components/schemas/Events"}
    assert "one Events document per call" in op["x-candescent-inferred"]
    events = specs31[category]["components"]["schemas"]["Events"]
    assert events["properties"]["Event"]["type"] == "array"


def test_xml_operations(specs31: dict[str, dict[str, Any]], ops31: Any) -> None:
    _, _, _, register = ops31["registerCustomerV4"]
    assert register["x-candescent-wire-format"] == "xml"
    assert register["x-candescent-xml"]["request_root"] == "FICustomer"
    assert register["x-candescent-xml"]["response_root"] == "FICustomer"
    assert {"channelInfo", "postalAddress", "errorInfo"} <= set(register["x-candescent-xml"]["lists"])
    assert list(register["requestBody"]["content"]) == ["application/xml"]  # JSON alternative dropped

    cm = specs31["customer-management"]
    _, _, _, profile = ops31["getCustomerV2"]
    assert list(profile["responses"]["200"]["content"]) == ["application/xml"]  # xml first; json and */* dropped
    declared = params(cm, profile)
    for header in ("Accept", "User-Agent", "Cache-Control"):
        assert ("header", header) not in declared
    assert declared[("header", "Date")]["schema"] == {"type": "string"}  # no date-time format on a header
    assert ("header", "originating_ip") in declared
    assert "set by the transport" in profile["x-candescent-generator"]

    _, _, _, token_v1 = ops31["createAccessTokenV1"]
    assert token_v1["x-candescent-wire-format"] == "xml"
    assert token_v1["x-candescent-xml"]["response_root"] == "token"
    assert "request_root" not in token_v1["x-candescent-xml"]
    assert list(token_v1["requestBody"]["content"]) == ["application/x-www-form-urlencoded"]

    # A bare XML array gets its root element (the facade parses {root: {item: [...]}}).
    alerts = specs31["alerts-notifications"]
    _, _, _, subscriptions = ops31["listInstitutionSubscriptionsV1"]
    assert subscriptions["x-candescent-xml"]["response_root"] == "Subscriptions"
    assert "Subscription" in subscriptions["x-candescent-xml"]["lists"]
    wrapper = alerts["components"]["schemas"]["Subscriptions"]
    assert wrapper["type"] == "object" and wrapper["xml"] == {"name": "Subscriptions"}
    assert wrapper["properties"]["Subscription"]["type"] == "array"

    # JSON | XML operations stay JSON, with a note.
    _, _, _, recipients = ops31["listRecipientsV1"]
    assert "x-candescent-wire-format" not in recipients
    assert list(recipients["responses"]["200"]["content"]) == ["application/json"]
    assert list(recipients["responses"]["400"]["content"]) == ["application/json"]
    assert "application/xml" in recipients["x-candescent-generator"]


def test_bodies_multipart_binary_and_mx_paths(specs31: dict[str, dict[str, Any]], ops31: Any) -> None:
    _, _, _, delete = ops31["deleteRecipientV1"]
    assert "content" not in delete["responses"]["204"]
    _, _, _, upload = ops31["uploadExperienceGroupParticipantsV3"]
    assert list(upload["requestBody"]["content"]) == ["multipart/form-data"]
    part = specs31["customer-campaigns"]["components"]["schemas"]["UploadParticipantsRequest"]["properties"]
    assert part["fileName"]["format"] == "binary"
    _, _, _, avro = ops31["getMXReportingProxyV1"]
    assert avro["responses"]["200"]["content"]["application/vnd.mx.logs.v1+avro"]["schema"]["format"] == "binary"
    assert "410" in avro["responses"]
    _, _, _, disclosure = ops31["deleteUserDisclosureV1"]
    assert "requestBody" in disclosure  # DELETE with a body is kept
    _, _, _, partial = ops31["updateEStatementUserPreferencesV1"]
    assert "content" in partial["responses"]["206"]

    mx = specs31["mx"]
    assert {"/mx/{mxPlatformResourcePath}", "/mx/{mxReportingResourcePath}"} <= set(mx["paths"])
    for op_id in ("getMxPlatformProxyV1", "getMXReportingProxyV1", "postMxSsoProxyV1"):
        _, _, _, op = ops31[op_id]
        assert "safe='/'" in op["x-candescent-generator"], op_id
        assert ("header", "ext_host") in params(mx, op)
        assert ("header", "Accept") in params(mx, op)  # MX's vendor Accept stays (JSON operation)
        assert ("header", "Content-Type") not in params(mx, op)


def test_pagination_is_inferred(ops31: Any) -> None:
    pages = {op_id: op.get("x-candescent-pagination") for op_id, (*_, op) in ops31.items()}
    assert pages["listAccountsV1"] == {
        "style": "odata-groups",
        "items": "accounts",
        "skip": "$skipGroups",
        "top": "$topGroups",
        "total": "totalGroupCount",
    }
    assert pages["listAccountTransactionsV1"] == {
        "style": "odata-skip-top",
        "items": "transactions",
        "skip": "$skip",
        "top": "$top",
    }
    assert pages["listAlertPreferencesV1"] == {
        "style": "page-number",
        "items": "alertPreferences",
        "page": "pageNo",
        "size": "pageSize",
    }
    assert pages["listJobsV3"] == {
        "style": "spring-page",
        "items": "content",
        "page": "page",
        "size": "size",
        "metadata": "page",
    }
    assert pages["searchBankingActivitiesV1"] == {
        "style": "body-cursor",
        "items": "bankingActivities",
        "cursor": "nextPageToken",
    }
    assert pages["listInstitutionSubscriptionsV1"] is None  # keyset: the key field cannot be inferred
    assert pages["listRecipientsV1"] is None


def test_openapi_30_is_converted(imported: dict[str, dict[str, dict[str, Any]]]) -> None:
    specs = imported["combined-3.0.yaml"]
    assert not [key for spec in specs.values() for key, _ in walk(spec) if key in ("nullable", "example")]
    schemas = specs["core-banking"]["components"]["schemas"]
    account = schemas["Account"]["properties"]
    assert account["nickName"]["type"] == ["string", "null"]
    assert account["category"]["type"] == ["string", "null"] and None in account["category"]["enum"]
    assert account["currentBalance"]["anyOf"] == [{"$ref": "#/components/schemas/Money"}, {"type": "null"}]
    assert account["interestRate"] == {"type": "number", "exclusiveMinimum": 0}
    assert schemas["SearchCriteria"]["properties"]["pageSize"] == {
        "type": "integer",
        "exclusiveMinimum": 0,
        "exclusiveMaximum": 1001,
    }
    assert schemas["Money"]["properties"]["amount"] == {"type": "number"}  # example -> examples, then stripped
    assert schemas["Transaction"]["properties"]["isPending"]["type"] == ["boolean", "null"]


def test_30_and_31_inputs_give_the_same_specs(imported: dict[str, dict[str, dict[str, Any]]]) -> None:
    """The 3.0 fixture is the 3.1 one in 3.0 spelling; only the file-part spelling legitimately differs."""
    old, new = copy.deepcopy(imported["combined-3.0.yaml"]), copy.deepcopy(imported["combined-3.1.yaml"])
    for specs in (old, new):
        for spec in specs.values():
            spec.pop("info")
        part = specs["customer-campaigns"]["components"]["schemas"]["UploadParticipantsRequest"]
        part["properties"]["fileName"].pop("contentMediaType", None)
        upload = specs["customer-campaigns"]["paths"]["/v3/groups/{groupId}/participants"]["put"]
        upload.pop("x-candescent-generator", None)
    assert old == new


def _broken_fixture(tmp_path: Path) -> Path:
    doc = yaml.safe_load((UPSTREAM / "combined-3.1.yaml").read_text())
    paths = doc["paths"]
    paths["/v1/orphans"] = copy.deepcopy(paths["/v1/accounts"])
    paths["/v1/orphans"]["get"].update(operationId="listOrphansV1", tags=["Not A Grouped Tag"])
    recipients = paths["/v1/recipients"]["get"]
    recipients["responses"]["200"]["content"]["application/json"]["schema"] = {"$ref": "#/components/schemas/Nope"}
    del paths["/v1/transactions"]["get"]["operationId"]
    doc["components"]["securitySchemes"]["ApiKeyAuth"] = {"type": "apiKey", "in": "header", "name": "X-Key"}
    jobs = paths["/v3/jobs"]["get"]
    jobs["security"] = [{"ApiKeyAuth": []}]
    jobs["parameters"] = [p for p in jobs["parameters"] if "Authorization" not in str(p)]
    spec = tmp_path / "broken.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False))
    return spec


def test_a_broken_spec_is_reported_by_operation_and_nothing_is_written(tmp_path: Path) -> None:
    out = tmp_path / "specs"
    proc = run_import(_broken_fixture(tmp_path), out)
    assert proc.returncode == 2
    errors = [line for line in proc.stderr.splitlines() if line.strip().startswith("ERROR")]
    expected = {
        "listOrphansV1": "in no x-tagGroups group",
        "listRecipientsV1": "#/components/schemas/Nope",
        "GET /v1/transactions (no operationId)": "missing operationId",
        "listJobsV3": "unknown auth scheme type 'apiKey'",
    }
    for where, message in expected.items():
        assert any(where in line and message in line for line in errors), (where, proc.stderr)
    assert len(errors) == len(expected), proc.stderr
    assert "nothing written" in proc.stderr
    assert not out.exists() or not list(out.iterdir())


def test_an_authorization_parameter_naming_two_tokens_is_reported(tmp_path: Path) -> None:
    doc = yaml.safe_load((UPSTREAM / "combined-3.1.yaml").read_text())
    op = doc["paths"]["/v1/accounts"]["get"]
    op["parameters"][0] = {
        "name": "Authorization",
        "in": "header",
        "required": True,
        "description": "HTTP Basic credentials, or a V2 bearer token.",
        "schema": {"type": "string"},
    }
    spec = tmp_path / "ambiguous.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False))
    proc = run_import(spec, tmp_path / "specs")
    assert proc.returncode == 2
    assert "listAccountsV1" in proc.stderr and "disagree about the token" in proc.stderr


def test_next_version_is_diffed_before_overwriting(tmp_path: Path) -> None:
    out = tmp_path / "specs"
    assert run_import(UPSTREAM / "combined-3.1.yaml", out).returncode == 0
    before = {p.name: p.read_bytes() for p in out.glob("*.yaml")}

    refused = run_import(UPSTREAM / "combined-next.yaml", out)
    assert refused.returncode == 1
    breaking = [line.strip() for line in refused.stdout.splitlines() if line.strip().startswith("BREAKING")]
    assert breaking == [
        "BREAKING listAccountTransactionsV1: response-field-removed: 200 application/json transactions[].description",
        "BREAKING getAchPaymentsV1: parameter-added-required: query achCompanyId",
    ]
    assert "getAchPaymentByPaymentIdV1: operation-added" in refused.stdout
    assert "nothing written" in refused.stderr
    assert {p.name: p.read_bytes() for p in out.glob("*.yaml")} == before

    accepted = run_import(UPSTREAM / "combined-next.yaml", out, "--acknowledge-breaking")
    assert accepted.returncode == 0, accepted.stderr
    specs = load_dir(out)
    assert "description" not in specs["core-banking"]["components"]["schemas"]["Transaction"]["properties"]
    assert "getAchPaymentByPaymentIdV1" in operations(specs)
    assert specs["business-banking"]["info"]["version"] == "1.12.0"

    # Re-importing the same version changes nothing and needs no acknowledgement.
    again = run_import(UPSTREAM / "combined-next.yaml", out)
    assert again.returncode == 0 and "Total: 0 breaking, 0 non-breaking" in again.stdout


def test_reviewed_extensions_are_carried_over(tmp_path: Path) -> None:
    out = tmp_path / "specs"
    assert run_import(UPSTREAM / "combined-3.1.yaml", out).returncode == 0
    alerts_file = out / "alerts-notifications.yaml"
    alerts = yaml.safe_load(alerts_file.read_text())
    keyset = {"style": "keyset", "items": "Subscription", "limit": "limit", "token": "userToken", "key": "fiCustomerId"}
    alerts["paths"]["/subscriptions/v1/fis/{di_fiid}/subscriptions"]["get"]["x-candescent-pagination"] = keyset
    alerts_file.write_text(yaml.safe_dump(alerts, sort_keys=False))
    proc = run_import(UPSTREAM / "combined-3.1.yaml", out)
    assert proc.returncode == 0, proc.stderr
    assert "x-candescent-pagination carried over" in proc.stdout
    again = yaml.safe_load(alerts_file.read_text())
    assert again["paths"]["/subscriptions/v1/fis/{di_fiid}/subscriptions"]["get"]["x-candescent-pagination"] == keyset


GENERATE = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    sys.path.insert(0, sys.argv[1])
    import generate

    specs, root = Path(sys.argv[2]), Path(sys.argv[3]) / "_candescent_generated"
    categories = sorted(p.stem for p in specs.glob("*.yaml"))
    generate._patch_generator()
    generate._write_root_init(root, categories)
    problems = []
    for category in categories:
        problems += generate._generate_one(category, specs / f"{category}.yaml", root / category.replace("-", "_"))
    print("\\n".join(problems))
    sys.exit(1 if problems else 0)
    """
)

CHECK = textwrap.dedent(
    """
    import importlib, json, os, sys

    sys.path.insert(0, sys.argv[1])
    import _candescent_generated

    assert _candescent_generated.__file__.startswith(sys.argv[1]), _candescent_generated.__file__
    found = {}
    for package in _candescent_generated.CATEGORIES:
        registry = importlib.import_module(f"_candescent_generated.{package}._operations")
        api_dir = os.path.join(os.path.dirname(_candescent_generated.__file__), package, "api")
        (tag,) = [p for p in os.listdir(api_dir) if not p.startswith("_")]
        for name, entry in registry.OPERATIONS.items():
            module = importlib.import_module(f"_candescent_generated.{package}.api.{tag}.{name}")
            assert callable(module._get_kwargs) and callable(module._parse_success), name
            found[entry["operation_id"]] = [package, entry["token"], entry["trace_header"], registry.SPEC_VERSION]
    print(json.dumps(found))
    """
)


def test_round_trip_import_then_generate(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    assert run_import(UPSTREAM / "combined-3.1.yaml", specs).returncode == 0
    out = tmp_path / "out"
    gen = subprocess.run(
        [sys.executable, "-c", GENERATE, str(SCRIPTS), str(specs), str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert gen.returncode == 0, gen.stdout + gen.stderr
    check = subprocess.run(
        [sys.executable, "-c", CHECK, str(out)], capture_output=True, text=True, cwd=tmp_path, timeout=120, check=False
    )
    assert check.returncode == 0, check.stderr
    found = json.loads(check.stdout)
    expected = operations(load_dir(specs))
    assert set(found) == set(expected)
    for op_id, (category, _, _, op) in expected.items():
        package, token, trace, version = found[op_id]
        assert package == category.replace("-", "_")
        assert (token, trace, version) == (op["x-candescent-token"], op["x-candescent-trace-header"], "1.11.0")


# ---------------------------------------------------------------------- carry-over of what is ours


def test_our_descriptions_and_declared_deviations_survive_a_reimport(tmp_path: Path) -> None:
    out = tmp_path / "specs"
    assert run_import(UPSTREAM / "combined-3.1.yaml", out).returncode == 0
    money_file = out / "money-movement.yaml"
    money = yaml.safe_load(money_file.read_text())
    create = money["paths"]["/v1/transfers"]["post"]
    create["summary"] = "Create a transfer (ours)."
    testing = {
        "name": "testTransfer",
        "in": "query",
        "schema": {"type": "boolean"},
        "description": "Validate only (ours).",
        "x-candescent-deviation": "The platform's Postman collection sends it; its description omits it.",
    }
    create["parameters"].append(testing)
    schemas = money["components"]["schemas"]
    schemas["Money"]["properties"]["amount"]["description"] = "Decimal amount (ours)."
    schemas["Money"]["properties"]["amount"]["x-candescent-inferred"] = "ours"
    transfer = schemas["Transfer"]
    transfer["properties"]["memo"] = {
        "type": "string",
        "x-candescent-deviation": "Kept: a real answer carries it (evidence: ours).",
    }
    transfer["required"] = [*transfer.get("required", []), "memo"]
    money_file.write_text(yaml.safe_dump(money, sort_keys=False))

    first = run_import(UPSTREAM / "combined-3.1.yaml", out)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "declared deviation kept" in first.stdout
    written = money_file.read_bytes()
    again = yaml.safe_load(written)
    create = again["paths"]["/v1/transfers"]["post"]
    assert create["summary"] == "Create a transfer (ours)."
    assert testing in create["parameters"]
    amount = again["components"]["schemas"]["Money"]["properties"]["amount"]
    assert (amount["description"], amount["x-candescent-inferred"]) == ("Decimal amount (ours).", "ours")
    transfer = again["components"]["schemas"]["Transfer"]
    assert transfer["properties"]["memo"]["type"] == "string" and "memo" in transfer["required"]

    # The import over its own output is a fixed point: byte for byte, no acknowledgement needed.
    second = run_import(UPSTREAM / "combined-3.1.yaml", out)
    assert second.returncode == 0, second.stderr
    assert "Total: 0 breaking, 0 non-breaking" in second.stdout
    assert money_file.read_bytes() == written


def test_a_deviating_field_keeps_our_type_and_required_flag(tmp_path: Path) -> None:
    out = tmp_path / "specs"
    assert run_import(UPSTREAM / "combined-3.1.yaml", out).returncode == 0
    core_file = out / "core-banking.yaml"
    core = yaml.safe_load(core_file.read_text())
    txn = core["components"]["schemas"]["Transaction"]
    txn["properties"]["transactionDate"] = {
        "type": "string",
        "format": "date-time",
        "x-candescent-deviation": "A real answer has a time of day (evidence: ours).",
    }
    txn["required"] = ["transactionDate"]
    core_file.write_text(yaml.safe_dump(core, sort_keys=False))
    proc = run_import(UPSTREAM / "combined-3.1.yaml", out, "--acknowledge-breaking")
    assert proc.returncode == 0, proc.stderr
    txn = yaml.safe_load(core_file.read_text())["components"]["schemas"]["Transaction"]
    assert txn["properties"]["transactionDate"]["format"] == "date-time"
    assert txn["required"] == ["transactionDate"]


# ---------------------------------------------------------------------- the platform's own description

FACTS = ROOT.parent / "shared" / "reference" / "platform-1.11.0-facts.yaml"


@pytest.mark.skipif(not FACTS.exists(), reason=f"the platform's 1.11.0 facts file is not here: {FACTS}")
def test_the_platforms_own_description_imports_as_is(tmp_path: Path) -> None:
    """`make import-spec SPEC=../shared/reference/platform-1.11.0-facts.yaml` needs no manual edit."""
    out = tmp_path / "specs"
    proc = run_import(FACTS, out)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not [line for line in (proc.stdout + proc.stderr).splitlines() if line.strip().startswith("ERROR")]
    specs = load_dir(out)
    assert set(specs) == set(CATEGORY_TAGS)
    found = operations(specs)
    assert len(found) == 108
    _, _, _, events = found["sendCustomerEventV1"]
    assert events["x-candescent-xml"]["request_root"] == "Events"
    retry = {op_id: op["x-candescent-retry"] for op_id, (*_, op) in found.items()}
    assert {op_id for op_id, (_, method, _, _) in found.items() if retry[op_id] == "safe"} == {
        op_id for op_id, (_, method, _, _) in found.items() if method == "GET"
    }  # the platform's file has no x-idempotent: without our specs, only reads are safe


def _reconciled() -> list[str]:
    pending_file = ROOT / "config" / "contract-pending.yaml"
    pending = (
        set((yaml.safe_load(pending_file.read_text()) or {}).get("pending", {})) if pending_file.exists() else set()
    )
    return [c for c in CATEGORY_TAGS if c not in pending]


@pytest.mark.skipif(not FACTS.exists(), reason=f"the platform's 1.11.0 facts file is not here: {FACTS}")
def test_importing_the_platforms_file_over_our_specs_changes_nothing(tmp_path: Path) -> None:
    """specs/ is exactly what `make import-spec SPEC=<facts>` writes: no manual edit survives outside it."""
    out = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", out)
    only = [arg for category in _reconciled() for arg in ("--only", category)]
    proc = run_import(FACTS, out, *only)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Total: 0 breaking, 0 non-breaking change(s)." in proc.stdout
    for category in _reconciled():
        assert (out / f"{category}.yaml").read_bytes() == (ROOT / "specs" / f"{category}.yaml").read_bytes(), category


def test_xml_list_names_and_typed_leaves_follow_the_schema() -> None:
    """A repeated element that is also a single one elsewhere is qualified by its parent; the registry types
    the boolean and integer leaves of an XML answer (alternatives contribute what they agree on)."""
    from _registry_gen import xml_typed
    from import_spec import xml_list_names

    doc: dict[str, Any] = {
        "components": {
            "schemas": {
                "Accounts": {
                    "type": "object",
                    "properties": {
                        "account": {"type": "array", "items": {"anyOf": [{"$ref": "#/components/schemas/A"}]}}
                    },
                },
                "A": {
                    "type": "object",
                    "properties": {
                        "memberNumber": {"type": "string"},
                        "enabled": {"type": "boolean"},
                        "term": {"type": "integer"},
                        "associatedMembers": {
                            "type": "object",
                            "properties": {"memberNumber": {"type": "array", "items": {"type": "string"}}},
                        },
                    },
                },
            }
        }
    }
    root = {"$ref": "#/components/schemas/Accounts"}
    assert xml_list_names(doc, root) == {"account", "associatedMembers/memberNumber"}
    assert xml_typed(doc, root) == {"account": {"enabled": "boolean", "term": "integer"}}
