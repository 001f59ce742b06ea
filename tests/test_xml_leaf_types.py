"""XML answers carry only text: the registry lists an answer's boolean and integer leaves (from the
spec) and the transport converts them before the generated models read them, so a legacy flag
``<billPayEnabled>false</billPayEnabled>`` is ``False``, not the truthy string ``"false"``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from candescent_async._registry import get_operation
from candescent_async._xml import typed_leaves as _typed_leaves

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from _registry_gen import operation_entries
from _registry_gen import xml_typed as xml_leaf_types

SPEC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Profile": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "enabled": {"type": "boolean"},
                    "channels": {"$ref": "#/components/schemas/Channels"},
                    "picked": {"type": "array", "items": {"type": "integer"}},
                    "balance": {"type": "number"},
                    "parent": {"$ref": "#/components/schemas/Profile"},  # recursion ends
                },
            },
            "Channels": {
                "type": "object",
                "properties": {
                    "channel": {
                        "type": "array",
                        "items": {
                            "allOf": [
                                {"type": "object", "properties": {"logins": {"type": "integer", "format": "int32"}}},
                                {"type": "object", "properties": {"label": {"type": "string"}}},
                            ]
                        },
                    }
                },
            },
        }
    }
}


def test_the_leaf_map_follows_refs_arrays_and_allof_and_skips_strings_and_numbers() -> None:
    assert xml_leaf_types(SPEC, {"$ref": "#/components/schemas/Profile"}) == {
        "enabled": "boolean",
        "channels": {"channel": {"logins": "integer"}},
        "picked": "integer",
    }


def test_only_xml_operations_with_such_leaves_get_a_map() -> None:
    answer = {
        "200": {"description": "", "content": {"application/xml": {"schema": {"$ref": "#/components/schemas/Profile"}}}}
    }
    base = {"x-candescent-token": "v1", "x-candescent-trace-header": "di_tid", "x-candescent-retry": "safe"}
    spec = {
        **SPEC,
        "paths": {
            "/xml": {
                "get": {
                    "operationId": "getXml",
                    **base,
                    "x-candescent-wire-format": "xml",
                    "x-candescent-xml": {},
                    "responses": answer,
                }
            },
            "/json": {"get": {"operationId": "getJson", **base, "responses": answer}},
        },
    }
    entries = operation_entries(spec)
    assert entries["get_xml"]["xml"]["typed"]["enabled"] == "boolean"
    assert entries["get_json"]["xml"] is None


def test_text_becomes_booleans_and_integers_where_the_map_says_so() -> None:
    types = {"enabled": "boolean", "channels": {"channel": {"logins": "integer"}}, "picked": "integer"}
    body = {
        "name": "true",
        "enabled": "false",
        "channels": {"channel": [{"logins": "12", "label": "7"}, {"logins": " -3 "}]},
        "picked": ["1", "2"],
    }
    assert _typed_leaves(body, types) == {
        "name": "true",  # a string field stays a string
        "enabled": False,
        "channels": {"channel": [{"logins": 12, "label": "7"}, {"logins": -3}]},
        "picked": [1, 2],
    }


def test_text_that_is_no_such_value_is_left_for_the_models_to_report() -> None:
    types = {"enabled": "boolean", "count": "integer", "nested": {"flag": "boolean"}}
    body = {"enabled": "yes", "count": "1.5", "nested": None, "other": {"flag": "true"}}
    assert _typed_leaves(body, types) == body
    assert _typed_leaves({"count": "٣"}, types) == {"count": "٣"}  # a non-ASCII digit is no integer here
    assert _typed_leaves({"enabled": {"unit": "x", "#text": "TRUE"}}, types) == {
        "enabled": {"unit": "x", "#text": True}
    }


def test_the_legacy_profile_operation_carries_its_map() -> None:
    op = get_operation("customer_management", "get_customer_v2")
    types = (op.xml or {})["typed"]
    assert types["billPayEnabled"] == "boolean"
    assert types["channelInfos"]["channelInfo"]["userStatus"]["daysInactive"] == "integer"
    assert "memberNumber" not in types
