"""Two spellings the importer normalises so the generated client works (meaning unchanged):
an allOf alias of one schema, and a blank default on a header parameter."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from import_spec import import_combined, inline_aliases


def _combined(parameters: list[dict[str, Any]], schemas: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "9.9.9"},
        "x-tagGroups": [{"name": "Customer Management", "tags": ["Profile And Status"]}],
        "paths": {
            "/legacy/{id}": {
                "get": {
                    "tags": ["Profile And Status"],
                    "operationId": "getLegacy",
                    "parameters": [
                        {"name": "di_tid", "in": "header", "schema": {"type": "string"}},
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                        *parameters,
                    ],
                    "responses": {
                        "200": {
                            "description": "",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/User"}}},
                        }
                    },
                }
            }
        },
        "components": {"schemas": schemas, "securitySchemes": {"BearerAuth": {"type": "http", "scheme": "bearer"}}},
        "security": [{"BearerAuth": []}],
    }


USER = {
    "type": "object",
    "properties": {
        "extra": {"type": "object", "properties": {"entry": {"type": "string"}}},
        "subUsers": {"type": "array", "items": {"$ref": "#/components/schemas/SubUser"}},
    },
}


def test_an_allof_alias_of_one_schema_becomes_that_reference() -> None:
    user = copy.deepcopy(USER)
    alias = {"type": "object", "allOf": [{"$ref": "#/components/schemas/User"}]}
    doc = {"components": {"schemas": {"User": user, "SubUser": alias}}}
    assert inline_aliases(doc) == ["SubUser"]
    assert set(doc["components"]["schemas"]) == {"User"}
    assert user["properties"]["subUsers"]["items"] == {"$ref": "#/components/schemas/User"}  # recursive: fine


def test_an_allof_that_adds_anything_is_no_alias() -> None:
    extends = {"allOf": [{"$ref": "#/components/schemas/User"}, {"type": "object", "properties": {"x": {}}}]}
    constrained = {"allOf": [{"$ref": "#/components/schemas/User"}], "required": ["extra"]}
    doc = {"components": {"schemas": {"User": {"type": "object"}, "A": extends, "B": constrained}}}
    assert inline_aliases(doc) == []
    assert set(doc["components"]["schemas"]) == {"User", "A", "B"}


def test_a_blank_header_default_is_dropped_and_said_so() -> None:
    blank = {"name": "originating_ip", "in": "header", "schema": {"type": "string", "default": " "}}
    kept = {"name": "offering_id", "in": "header", "schema": {"type": "string", "default": "web"}}
    categories, findings = import_combined(_combined([blank, kept], {"User": {"type": "object"}}))
    assert not [f for f in findings if f.level == "error"]
    op = categories["customer-management"]["paths"]["/legacy/{id}"]["get"]
    declared = {p["name"]: p for p in op["parameters"]}
    assert declared["originating_ip"]["schema"] == {"type": "string"}
    assert declared["offering_id"]["schema"] == {"type": "string", "default": "web"}
    assert "originating_ip has no default here" in op["x-candescent-generator"]


def test_why_a_blank_header_value_cannot_be_sent() -> None:
    """HTTP/1.1 (h11, which httpx uses) refuses a field value that is only whitespace."""
    h11 = pytest.importorskip("h11")
    with pytest.raises(h11.LocalProtocolError):
        h11.Connection(h11.CLIENT).send(h11.Request(method="GET", target="/", headers=[("Host", "x"), ("a", " ")]))
