"""scripts/spec_diff.py: what changed between two platform versions, and which changes break callers."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
UPSTREAM = Path(__file__).parent / "fixtures" / "upstream"

sys.path.insert(0, str(SCRIPTS))
from spec_diff import Change, diff_categories  # noqa: E402


def run_diff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPTS / "spec_diff.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def summary(changes: list[Change]) -> set[tuple[str, str, str, bool]]:
    return {(c.operation, c.kind, c.detail, c.breaking) for c in changes}


# ---------------------------------------------------------------------- the fixtures, end to end


def test_next_version_reports_exactly_its_breaking_changes() -> None:
    proc = run_diff(str(UPSTREAM / "combined-3.1.yaml"), str(UPSTREAM / "combined-next.yaml"), "--json")
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    changes = {
        (category, c["operation"], c["kind"], c["detail"], c["breaking"])
        for category, entry in report["categories"].items()
        for c in entry["changes"]
    }
    assert changes == {
        (
            "core-banking",
            "listAccountTransactionsV1",
            "response-field-removed",
            "200 application/json transactions[].description",
            True,
        ),
        ("business-banking", "getAchPaymentsV1", "parameter-added-required", "query achCompanyId", True),
        (
            "business-banking",
            "getAchPaymentByPaymentIdV1",
            "operation-added",
            "GET /v1/ach-payments/{paymentId}",
            False,
        ),
    }
    assert (report["breaking"], report["non_breaking"], report["acknowledged"]) == (2, 1, False)
    assert report["categories"]["core-banking"]["old_version"] == "1.11.0"
    assert report["categories"]["core-banking"]["new_version"] == "1.12.0"


def test_acknowledged_breaking_changes_exit_zero_and_are_still_reported() -> None:
    old, new = str(UPSTREAM / "combined-3.1.yaml"), str(UPSTREAM / "combined-next.yaml")
    refused = run_diff(old, new)
    accepted = run_diff(old, new, "--acknowledge-breaking")
    assert (refused.returncode, accepted.returncode) == (1, 0)
    for proc in (refused, accepted):
        assert proc.stdout.count("BREAKING") == 2
        assert "Total: 2 breaking, 1 non-breaking change(s)." in proc.stdout
        assert "money-movement (1.11.0 -> 1.12.0): no changes" in proc.stdout


def test_our_own_specs_against_themselves_report_nothing() -> None:
    proc = run_diff(str(ROOT / "specs"), str(ROOT / "specs"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "BREAKING" not in proc.stdout
    assert "Total: 0 breaking, 0 non-breaking change(s)." in proc.stdout


def test_the_30_and_31_spellings_of_one_api_do_not_differ() -> None:
    proc = run_diff(str(UPSTREAM / "combined-3.0.yaml"), str(UPSTREAM / "combined-3.1.yaml"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Total: 0 breaking, 0 non-breaking change(s)." in proc.stdout


def test_a_specs_directory_compares_with_a_combined_file(tmp_path: Path) -> None:
    out = tmp_path / "specs"
    imported = subprocess.run(
        [sys.executable, str(SCRIPTS / "import_spec.py"), str(UPSTREAM / "combined-3.1.yaml"), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert imported.returncode == 0, imported.stderr
    proc = run_diff(str(out), str(UPSTREAM / "combined-next.yaml"), "--json")
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["breaking"] == 2
    one_file = run_diff(str(out / "core-banking.yaml"), str(out / "core-banking.yaml"))
    assert one_file.returncode == 0


def test_unreadable_input_exits_2(tmp_path: Path) -> None:
    proc = run_diff(str(tmp_path / "missing.yaml"), str(UPSTREAM / "combined-3.1.yaml"))
    assert proc.returncode == 2
    assert "cannot read" in proc.stderr


# ---------------------------------------------------------------------- classification, in process


def spec(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }


def get_op(
    op_id: str = "getThingV1",
    parameters: list[dict[str, Any]] | None = None,
    schema: dict[str, Any] | None = None,
    status: str = "200",
) -> dict[str, Any]:
    return {
        "operationId": op_id,
        "parameters": parameters or [],
        "responses": {status: {"description": "ok", "content": {"application/json": {"schema": schema or {}}}}},
    }


def post_op(
    body: dict[str, Any], op_id: str = "createThingV1", content_type: str = "application/json"
) -> dict[str, Any]:
    return {
        "operationId": op_id,
        "requestBody": {"required": True, "content": {content_type: {"schema": body}}},
        "responses": {"204": {"description": "done"}},
    }


def one(old: dict[str, Any], new: dict[str, Any], category: str = "core-banking") -> set[tuple[str, str, str, bool]]:
    return summary(diff_categories({category: old}, {category: new}))


def q(name: str, required: bool = False, **schema: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "schema": {"type": "string", **schema}}


def test_operations_added_removed_moved_and_recategorised() -> None:
    base = spec({"/v1/things": {"get": get_op()}})
    assert one(base, base) == set()
    assert one(base, spec({})) == {("getThingV1", "operation-removed", "GET /v1/things", True)}
    assert one(spec({}), base) == {("getThingV1", "operation-added", "GET /v1/things", False)}
    moved = spec({"/v2/things": {"post": get_op()}})
    assert one(base, moved) == {("getThingV1", "operation-moved", "GET /v1/things -> POST /v2/things", True)}
    changes = summary(diff_categories({"core-banking": base, "mx": spec({})}, {"core-banking": spec({}), "mx": base}))
    assert changes == {("getThingV1", "operation-recategorised", "moved here from core-banking", True)}


def test_parameters() -> None:
    def with_params(*params: dict[str, Any]) -> dict[str, Any]:
        return spec({"/v1/things": {"get": get_op(parameters=list(params))}})

    assert one(with_params(q("a")), with_params()) == {("getThingV1", "parameter-removed", "query a", True)}
    assert one(with_params(), with_params(q("a"))) == {("getThingV1", "parameter-added", "query a", False)}
    assert one(with_params(), with_params(q("a", True))) == {
        ("getThingV1", "parameter-added-required", "query a", True)
    }
    assert one(with_params(q("a")), with_params(q("a", True))) == {
        ("getThingV1", "parameter-made-required", "query a", True)
    }
    assert one(with_params(q("a", True)), with_params(q("a"))) == {
        ("getThingV1", "parameter-made-optional", "query a", False)
    }
    assert one(with_params(q("a", enum=["X", "Y"])), with_params(q("a", enum=["X", "Z"]))) == {
        ("getThingV1", "parameter-enum-value-removed", "query a: Y", True),
        ("getThingV1", "parameter-enum-value-added", "query a: Z", False),
    }
    # Moving a parameter to another location is a removal plus an addition.
    header = {"name": "a", "in": "header", "schema": {"type": "string"}}
    assert one(with_params(q("a")), with_params(header)) == {
        ("getThingV1", "parameter-removed", "query a", True),
        ("getThingV1", "parameter-added", "header a", False),
    }
    # Headers the facade injects are not the caller's parameters.
    trace = {"name": "transactionId", "in": "header", "required": True, "schema": {"type": "string"}}
    assert one(with_params(), with_params(trace)) == set()


def test_request_fields() -> None:
    def body(**props: Any) -> dict[str, Any]:
        required = [k for k, v in props.items() if v.pop("required", False)]
        return spec({"/v1/things": {"post": post_op({"type": "object", "required": required, "properties": props})}})

    label = "request application/json"
    assert one(body(a={"type": "string"}), body()) == {("createThingV1", "request-field-removed", f"{label} a", True)}
    assert one(body(), body(a={"type": "string"})) == {("createThingV1", "request-field-added", f"{label} a", False)}
    assert one(body(), body(a={"type": "string", "required": True})) == {
        ("createThingV1", "request-field-added-required", f"{label} a", True)
    }
    assert one(body(a={"type": "string"}), body(a={"type": "string", "required": True})) == {
        ("createThingV1", "request-field-made-required", f"{label} a", True)
    }
    # A request type may widen (integer -> number, adding null) but not narrow or change.
    assert one(body(a={"type": "integer"}), body(a={"type": "number"})) == {
        ("createThingV1", "request-field-retyped", f"{label} a: integer -> number", False)
    }
    assert one(body(a={"type": "string"}), body(a={"type": ["string", "null"]})) == {
        ("createThingV1", "request-field-retyped", f"{label} a: string -> null|string", False)
    }
    assert one(body(a={"type": "number"}), body(a={"type": "integer"})) == {
        ("createThingV1", "request-field-retyped", f"{label} a: number -> integer", True)
    }
    assert one(body(a={"type": "string"}), body(a={"type": "string", "format": "date"})) == {
        ("createThingV1", "request-field-retyped", f"{label} a: string -> string(date)", True)
    }
    # Read-only fields are not sent, so their removal does not break a request.
    assert one(body(a={"type": "string", "readOnly": True}), body()) == set()


def test_response_fields_nested_and_through_refs() -> None:
    def answer(item: dict[str, Any]) -> dict[str, Any]:
        return spec(
            {"/v1/things": {"get": get_op(schema={"$ref": "#/components/schemas/Things"})}},
            {
                "Things": {
                    "type": "object",
                    "properties": {"things": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}},
                },
                "Thing": item,
            },
        )

    def thing(**props: Any) -> dict[str, Any]:
        return {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}, **props}}

    label = "200 application/json"
    base = answer(thing(status={"type": "string", "enum": ["OPEN", "CLOSED"]}, size={"type": "integer"}))
    assert one(base, base) == set()
    assert one(base, answer(thing(size={"type": "integer"}))) == {
        ("getThingV1", "response-field-removed", f"{label} things[].status", True)
    }
    assert one(base, answer(thing(status={"type": "string", "enum": ["OPEN"]}, size={"type": "integer"}))) == {
        ("getThingV1", "response-field-enum-value-removed", f"{label} things[].status: CLOSED", True)
    }
    assert one(
        base, answer(thing(status={"type": "string", "enum": ["OPEN", "CLOSED", "HELD"]}, size={"type": "integer"}))
    ) == {("getThingV1", "response-field-enum-value-added", f"{label} things[].status: HELD", False)}
    # A response type may narrow but not widen (a new null reaches code that did not expect it).
    widened = answer(thing(status={"type": "string", "enum": ["OPEN", "CLOSED"]}, size={"type": ["integer", "null"]}))
    assert one(base, widened) == {
        ("getThingV1", "response-field-retyped", f"{label} things[].size: integer -> integer|null", True)
    }
    assert one(widened, base) == {
        ("getThingV1", "response-field-retyped", f"{label} things[].size: integer|null -> integer", False)
    }
    optional_id = answer(
        {**thing(status={"type": "string", "enum": ["OPEN", "CLOSED"]}, size={"type": "integer"}), "required": []}
    )
    assert one(base, optional_id) == {("getThingV1", "response-field-made-optional", f"{label} things[].id", True)}


def test_responses_and_content_types() -> None:
    base = spec({"/v1/things": {"get": get_op(schema={"type": "object"})}})
    created = spec({"/v1/things": {"get": get_op(schema={"type": "object"}, status="201")}})
    assert one(base, created) == {
        ("getThingV1", "response-removed", "200", True),
        ("getThingV1", "response-added", "201", False),
    }
    xml = copy.deepcopy(base)
    content = xml["paths"]["/v1/things"]["get"]["responses"]["200"]["content"]
    content["application/xml"] = content.pop("application/json")
    assert one(base, xml) == {
        ("getThingV1", "response-content-type-changed", "200: application/json -> application/xml", True)
    }
    form = spec({"/v1/things": {"post": post_op({"type": "object"}, content_type="application/x-www-form-urlencoded")}})
    json_body = spec({"/v1/things": {"post": post_op({"type": "object"})}})
    assert one(form, json_body) == {
        (
            "createThingV1",
            "request-content-type-changed",
            "request: application/x-www-form-urlencoded -> application/json",
            True,
        )
    }
    no_body = copy.deepcopy(json_body)
    del no_body["paths"]["/v1/things"]["post"]["requestBody"]
    assert one(json_body, no_body) == {("createThingV1", "request-body-removed", "request body", True)}
    assert one(no_body, json_body) == {("createThingV1", "request-body-added-required", "request body", True)}


def test_recursive_schemas_terminate() -> None:
    node = {
        "type": "object",
        "properties": {"child": {"$ref": "#/components/schemas/Node"}, "name": {"type": "string"}},
    }
    old = spec({"/v1/nodes": {"get": get_op(schema={"$ref": "#/components/schemas/Node"})}}, {"Node": node})
    new = copy.deepcopy(old)
    del new["components"]["schemas"]["Node"]["properties"]["name"]
    assert one(old, new) == {("getThingV1", "response-field-removed", "200 application/json name", True)}


def test_the_other_differences_formats_constraints_defaults_flags_and_content_types() -> None:
    def answer(**amount: Any) -> dict[str, Any]:
        schema = {"type": "object", "required": amount.pop("req", []), "properties": {"amount": amount}}
        return spec({"/v1/things": {"get": get_op(schema=schema)}})

    label = "200 application/json amount"
    assert one(answer(type="integer", format="int32"), answer(type="integer", format="int64")) == {
        ("getThingV1", "response-field-format-changed", f"{label}: int32 -> int64", False)
    }
    assert one(answer(type="string"), answer(type="string", pattern="^[0-9]+$")) == {
        ("getThingV1", "response-field-constraint-changed", f"{label}: pattern (none) -> ^[0-9]+$", False)
    }
    assert one(answer(type="string", default="a"), answer(type="string")) == {
        ("getThingV1", "response-field-default-changed", f"{label}: default a -> (none)", False)
    }
    assert one(answer(type="string"), answer(type="string", enum=["A"])) == {
        ("getThingV1", "response-field-enum-added", f"{label}: A", False)
    }
    assert one(answer(type="string", enum=["A"]), answer(type="string")) == {
        ("getThingV1", "response-field-enum-dropped", f"{label}: A", False)
    }
    # A response field becoming required is not breaking (it was read as optional); the reverse is.
    assert one(answer(type="string"), answer(type="string", req=["amount"])) == {
        ("getThingV1", "response-field-made-required", "200 application/json amount", False)
    }

    def body(required: list[str], **extra: Any) -> dict[str, Any]:
        schema = {"type": "object", "required": required, "properties": {"a": {"type": "string", **extra}}}
        return spec({"/v1/things": {"post": post_op(schema)}})

    assert one(body(["a"]), body([])) == {
        ("createThingV1", "request-field-made-optional", "request application/json a", False)
    }
    assert one(body([]), body([], enum=["X"])) == {
        ("createThingV1", "request-field-enum-added", "request application/json a: X", True)
    }
    two = body([])
    media = two["paths"]["/v1/things"]["post"]["requestBody"]["content"]
    media["application/xml"] = copy.deepcopy(media["application/json"])
    assert one(body([]), two) == {("createThingV1", "request-content-type-added", "request: application/xml", False)}
    array = {"type": "array", "items": {"type": "string"}}
    exploded = {"name": "ids", "in": "query", "explode": False, "schema": array}
    assert one(
        spec({"/v1/things": {"get": get_op(parameters=[{**exploded, "explode": True}])}}),
        spec({"/v1/things": {"get": get_op(parameters=[exploded])}}),
    ) == {("getThingV1", "parameter-serialisation-changed", "query ids: explode True -> False", False)}


def test_a_difference_under_x_candescent_deviation_is_declared_by_that_node() -> None:
    def answer(amount: dict[str, Any], extra: dict[str, Any] | None = None) -> dict[str, Any]:
        props = {"amount": amount, **(extra or {})}
        return spec(
            {"/v1/things": {"get": get_op(schema={"$ref": "#/components/schemas/Thing"})}},
            {"Thing": {"type": "object", "properties": props}},
        )

    ours = answer(
        {"type": "string", "x-candescent-deviation": "Real answers carry a string (evidence)."},
        {"memo": {"type": "string", "x-candescent-deviation": "Postman example has it."}, "note": {"type": "string"}},
    )
    platform = answer({"type": "number"})
    changes = {(c.kind, c.detail, c.declared) for c in diff_categories({"mx": ours}, {"mx": platform})}
    assert changes == {
        (
            "response-field-retyped",
            "200 application/json amount: string -> number",
            "#/components/schemas/Thing/properties/amount",
        ),
        ("response-field-removed", "200 application/json memo", "#/components/schemas/Thing/properties/memo"),
        ("response-field-removed", "200 application/json note", ""),  # not declared
    }
    # A deviation on the operation covers everything in it, a parameter's covers that parameter.
    op = get_op(parameters=[{**q("a"), "x-candescent-deviation": "ours"}, q("b")])
    op["x-candescent-deviation"] = "the whole operation"
    by_op = {c.declared for c in diff_categories({"mx": spec({"/v1/things": {"get": op}})}, {"mx": spec({})})}
    assert by_op == {"#/paths/~1v1~1things/get"}
    param_only = get_op(parameters=[{**q("a"), "x-candescent-deviation": "ours"}, q("b")])
    declared = {
        c.detail: c.declared
        for c in diff_categories(
            {"mx": spec({"/v1/things": {"get": param_only}})}, {"mx": spec({"/v1/things": {"get": get_op()}})}
        )
    }
    assert declared == {"query a": "#/paths/~1v1~1things/get/parameters/0", "query b": ""}


def test_documented_error_statuses_are_compared_but_not_their_bodies() -> None:
    def with_errors(**errors: dict[str, Any]) -> dict[str, Any]:
        op = get_op()
        op["responses"].update(errors)
        return spec({"/v1/things": {"get": op}})

    error = {"description": "", "content": {"application/json": {"schema": {"type": "object"}}}}
    other = {"description": "", "content": {"application/json": {"schema": {"type": "string"}}}}
    assert one(with_errors(), with_errors(**{"400": error})) == {("getThingV1", "error-response-added", "400", False)}
    assert one(with_errors(**{"404": error}), with_errors()) == {("getThingV1", "error-response-removed", "404", False)}
    assert one(with_errors(**{"400": error}), with_errors(**{"400": other})) == set()
