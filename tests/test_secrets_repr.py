"""Secrets stay out of reprs and errors: which fields are secret comes from the specs, not a name list."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml

from candescent_async import CandescentClient, ConfigurationError
from candescent_async.types.authentication import (
    AccessTokenRequestV2,
    AuthorizationCodeResponse,
    GrantTypeV2,
)
from candescent_async.types.core_banking import Money
from candescent_async.types.money_movement import AdditionalInfoEntry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from generate import _unmarked_credentials  # noqa: E402
from import_spec import KNOWN_CREDENTIALS, mark_credentials  # noqa: E402

SPECS = {path.stem: yaml.safe_load(path.read_text()) for path in sorted((ROOT / "specs").glob("*.yaml"))}
# A schema's class is its name, unless config/generator.yaml renames it (class_overrides).
RENAMED = {
    name: entry["class_name"]
    for name, entry in (
        yaml.safe_load((ROOT / "config" / "generator.yaml").read_text()).get("class_overrides") or {}
    ).items()
}


def _marked(schema: dict[str, Any], components: dict[str, Any]) -> bool:
    if "$ref" in schema:
        schema = components[schema["$ref"].rsplit("/", 1)[-1]]
    return (
        schema.get("format") == "password"
        or schema.get("writeOnly") is True
        or schema.get("x-candescent-secret") is True
    )


def _key(name: str) -> str:
    return name.replace("_", "").lower()


def _models() -> Iterator[tuple[str, type, set[str], set[str]]]:
    """(where, model class, secret attribute names, other attribute names) for every component model."""
    for category, spec in SPECS.items():
        package = importlib.import_module(f"_candescent_generated.{category.replace('-', '_')}.models")
        by_name = {name.lower().rstrip("_"): getattr(package, name) for name in package.__all__}
        components = spec.get("components", {}).get("schemas", {})
        for schema_name, schema in components.items():
            if not isinstance(schema.get("properties"), dict):
                continue
            cls = by_name.get(RENAMED.get(schema_name, schema_name).lower())
            if cls is None:  # pruned by make generate: no operation or model refers to it
                assert not any(_marked(s, components) for s in schema["properties"].values()), schema_name
                continue
            fields = {_key(f.name): f.name for f in attrs.fields(cls)}
            secret = {fields[_key(p)] for p, s in schema["properties"].items() if _marked(s, components)}
            other = {fields[_key(p)] for p in schema["properties"]} - secret
            yield f"{category}: {RENAMED.get(schema_name, schema_name)}", cls, secret, other


MODELS = list(_models())


def _filled(cls: type) -> Any:
    """An instance with every field (and one extra property) set to a recognisable string."""
    instance = object.__new__(cls)
    for field in attrs.fields(cls):
        object.__setattr__(instance, field.name, {} if field.name == "additional_properties" else f"<{field.name}>")
    return instance


def test_the_specs_declare_the_secrets() -> None:
    secret_fields = {(where, name) for where, _, secrets, _ in MODELS for name in secrets}
    assert len(secret_fields) >= 20
    assert ("authentication: AccessTokenRequestV2", "code") in secret_fields
    assert ("authentication: AuthorizationCodeResponse", "code") in secret_fields
    assert ("money-movement: AdditionalInfoEntry", "value") in secret_fields
    # The error code that shares the OAuth code's name is not hidden.
    assert ("authentication: ErrorResponse", "code") not in secret_fields


@pytest.mark.parametrize(("where", "cls", "secrets", "other"), MODELS, ids=[m[0] for m in MODELS])
def test_every_secret_the_spec_marks_is_out_of_the_repr(
    where: str, cls: type, secrets: set[str], other: set[str]
) -> None:
    text = repr(_filled(cls))
    for name in secrets:
        assert f"<{name}>" not in text, f"{where}.{name} leaks into repr()"
    for name in other:
        assert f"<{name}>" in text, f"{where}.{name} should be shown"


def test_oauth_codes_and_tokens_are_hidden() -> None:
    request = AccessTokenRequestV2(grant_type=GrantTypeV2.AUTHORIZATION_CODE, code="oauth-code-5f2a9")
    assert "oauth-code-5f2a9" not in repr(request)
    assert "authorization_code" in repr(request)
    response = AuthorizationCodeResponse(code="oauth-code-77b1c", redirect_uri="https://app.example/cb")
    assert "oauth-code-77b1c" not in repr(response)
    assert "https://app.example/cb" in repr(response)
    entry = AdditionalInfoEntry(key="recipientPassCode", value="SMI")
    assert "recipientPassCode" in repr(entry)
    assert "SMI" not in repr(entry)


def test_additional_properties_show_their_keys_but_never_their_values() -> None:
    money = Money.from_dict(
        {"amount": "1.00", "currencyCode": "USD", "sessionToken": "tok-3b9d0e", "note": {"otp": "482913"}}
    )
    text = repr(money)
    assert "'sessionToken': ..." in text
    assert "'note': ..." in text
    assert "tok-3b9d0e" not in text
    assert "482913" not in text
    assert money["sessionToken"] == "tok-3b9d0e"  # still there to read
    assert money.to_dict()["sessionToken"] == "tok-3b9d0e"


def test_generation_refuses_a_known_credential_the_spec_leaves_unmarked() -> None:
    spec = {
        "components": {
            "schemas": {
                "Grant": {
                    "properties": {
                        "refresh_token": {"type": "string"},
                        "password": {"type": "string", "format": "password"},
                        "nested": {"type": "object", "properties": {"otp": {"type": "string"}}},
                        "pin": {"type": "string", "writeOnly": True},
                        "token": {"type": "string", "x-candescent-secret": True},
                    }
                }
            }
        }
    }
    problems = _unmarked_credentials("demo", spec)
    assert len(problems) == 2
    assert "components.schemas.Grant.refresh_token is a credential" in problems[0]
    assert "components.schemas.Grant.properties.nested.otp is a credential" in problems[1]
    assert {"access_token", "refresh_token", "client_secret", "otp", "password"} <= KNOWN_CREDENTIALS
    for category, spec in SPECS.items():
        assert _unmarked_credentials(category, spec) == []


@pytest.mark.parametrize(
    "base_url",
    [
        "https://user:hunter2-pw@api.candescent.com",
        "https://:hunter2-pw@api.candescent.com/v1",
        "https://user:hunter2-pw@evil.example",
        "user:hunter2-pw@api.candescent.com",
        "ftp://user:hunter2-pw@api.candescent.com",
        "https://hunter2-pw@api.candescent.com?x=a@b",
    ],
)
def test_a_base_url_with_credentials_is_refused_without_echoing_them(base_url: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        CandescentClient("id", "secret", base_url=base_url)
    assert "hunter2-pw" not in str(caught.value)
    assert "***@" in str(caught.value)


def test_the_import_marks_credentials_by_name_and_carries_other_marks_over() -> None:
    from import_spec import carry_over

    new = {
        "components": {
            "schemas": {
                "Grant": {
                    "properties": {
                        "code": {"type": "string"},
                        "refresh_token": {"type": "string"},
                        "password": {"type": "string", "format": "password"},
                        "nested": {"type": "object", "properties": {"otp": {"type": "string"}}},
                        "user": {"$ref": "#/components/schemas/User"},
                    }
                }
            }
        }
    }
    assert mark_credentials(new) == 2
    grant = new["components"]["schemas"]["Grant"]["properties"]
    assert grant["refresh_token"]["x-candescent-secret"] is True
    assert grant["nested"]["properties"]["otp"]["x-candescent-secret"] is True
    assert "x-candescent-secret" not in grant["password"] and "x-candescent-secret" not in grant["code"]
    assert mark_credentials(new) == 0

    old = {
        "components": {"schemas": {"Grant": {"properties": {"code": {"type": "string", "x-candescent-secret": True}}}}}
    }
    notes = carry_over("authentication", old, new)
    assert grant["code"]["x-candescent-secret"] is True
    assert [n.message for n in notes] == ["x-candescent-secret carried over"]
    assert _unmarked_credentials("authentication", new) == []
