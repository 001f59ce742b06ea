"""The platform's contract, checked at the wire with openapi-core.

Every exchange between the SDK and an in-process sandbox (``Sandbox.transport()``, which
``Sandbox.client()`` uses) is handed to :class:`Contract` through the sandbox's ``WIRE_OBSERVERS``
seam: the request as the SDK sent it is validated against the platform's operation (path, query,
headers including ``Authorization`` and the trace header, body) and the answer against that
operation's documented responses (status, content type, headers, body). The contract is the
platform's own OpenAPI 3.1 description of API 1.11.0, as the facts-only extract
``../shared/reference/platform-1.11.0-facts.yaml`` beside the repository (``CANDESCENT_PLATFORM_FACTS``
overrides the path). It is read, never copied.

openapi-core does the validating; what it cannot take from the facts file as it stands is adapted
here, explicitly, and nothing else:

- **Security requirements are not evaluated.** The file's top-level ``security: [BearerAuth]``
  also covers the three client-Basic operations (token, revoke, v1 token), which declare a Basic
  ``Authorization`` header of their own, and two operations name an undefined ``bearerAuth``
  scheme. Every one of the 108 operations declares its ``Authorization`` header as a required
  parameter (``^Bearer\\s.+$`` or a Basic string), and those parameters are validated.
- **Which operation a request is for** comes from the sandbox's router (the same registry the SDK
  sends from; same-shaped MX templates are told apart by ``ext_host``). The request path must
  match that operation's template in the facts file; openapi-core is then handed the template
  (``path_pattern``) and the path parameters, so it never has to guess between templates.
- **Vendor JSON media types** (``application/vnd.mx.api.v1+json`` ...) are parsed as JSON; openapi-core
  treats unknown types as opaque bytes.
- **XML bodies** (legacy operations, ``Status`` errors, MX ``+xml``) are read with the SDK's own
  codec (``candescent_async._xml.parse_xml``: the root element is dropped, as the facade does),
  then typed from the documented schema, since XML carries no types: text becomes an integer,
  number or boolean where the schema says so, a single element becomes a one-item array where
  the schema says array, an empty element is an empty string/object/array. The result is
  validated as that media type's JSON value. The root element is checked where the schema names
  one (``xml.name``: ``Status``, ``token``, ``FICustomer``); namespaces are not checked (the codec
  drops them, as the facade does).
- **Binary bodies** (``format: binary``: the Avro report, the CSV part of the participants upload)
  are checked for presence and content type only: openapi-core's OAS 3.1 validator takes
  ``format: binary`` as a plain string schema and refuses bytes, so they reach it as text.
- **Array parameters with the enum on the array** (five alert filters: ``channel``, ``state``,
  ``emailStatus`` ...) could never validate as written; the enum is read as the items' enum.
- **A 204 (or 304) never has a body** (RFC 9110), though the file lists media types for some 204s.

Two readings are stricter than the bare schemas, because they are how a sandbox drifts from the
platform while agreeing with itself (both name the offending field or parameter):

- **Documented properties only** (_Closer): an object may carry only the properties its schema
  documents, through ``allOf``/``anyOf``/``oneOf``; maps and free-form objects stay open. Form and
  multipart bodies are excepted (openapi-core decodes only the documented fields of those).
- **Declared query parameters only**: openapi-core ignores an undeclared one; here it is an error.

For speed (the suite sends ~7,000 requests to sandboxes) a schema is compiled once with jsonschema-rs
as a first pass and identical exchanges are validated once (_Compiled, ``_digest``); openapi-core's
own validator still decides every value the first pass refuses, and words every error.
``CANDESCENT_CONTRACT_ENGINE=python`` runs openapi-core alone, uncached (same verdicts, slower).

What is not checked: the XML namespaces, the OAS integer-width formats in the first pass, requests
and answers of tests marked ``contract_exempt``, answers of injected faults (``x-sandbox-fault``),
and traffic that does not go through ``Sandbox.transport()`` (the schemathesis conformance suite
against our own specs, the served sandbox over TCP, the examples run as subprocesses).
"""

from __future__ import annotations

import copy
import fnmatch
import hashlib
import json
import os
import re
import sys
import time
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache, cached_property
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import httpx2
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from spec_diff import deviation_markers

ROOT = Path(__file__).resolve().parent.parent
FACTS = Path(
    os.environ.get("CANDESCENT_PLATFORM_FACTS") or ROOT.parent / "shared" / "reference" / "platform-1.11.0-facts.yaml"
)
# The host the sandbox stands in for: one of the facts file's server enum values.
HOST_URL = "https://api.sandbox.candescent.com"
OPERATION_COUNT = 108
DIRECTIONS = ("request", "answer")
KEEP_ERRORS = 3  # per operation and direction
FAULT_HEADER = "x-sandbox-fault"
METHODS = ("get", "put", "post", "delete", "patch")
NO_BODY_STATUSES = ("204", "304")


def skip_reason() -> str:
    return (
        f"platform contract not checked: the facts file {FACTS} is absent "
        "(it lives in shared/reference/ beside the repository; set CANDESCENT_PLATFORM_FACTS to point elsewhere)"
    )


# ---------------------------------------------------------------------------- the facts file


SPECS = ROOT / "specs"


def _unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def _at(doc: Any, pointer: str) -> Any:
    """The node at a local JSON pointer (``#/components/schemas/Money``) of ``doc``."""
    node = doc
    for part in pointer.removeprefix("#/").split("/"):
        node = node[int(part)] if isinstance(node, list) else node[_unescape(part)]
    return node


def _deref(doc: Any, node: Any) -> Any:
    """``node`` with its ``$ref`` chain followed within ``doc``."""
    while isinstance(node, dict) and "$ref" in node:
        node = _at(doc, node["$ref"])
    return node


class _Overlay:
    """The platform's description with our declared deviations put in place, and nothing else.

    The fidelity check (scripts/check_contract.py) proves that our specs differ from the platform's
    description only where they declare ``x-candescent-deviation``; validating against the platform's
    description with exactly those nodes of ours in place (an operation, a parameter, a response, a
    schema or one property with its required flag) therefore holds the traffic to the platform's
    contract as we declare to follow it. Our nodes' ``$ref`` targets are the platform's same-named
    components; ones the platform lacks (our own split-out schemas) are copied in from our spec."""

    def __init__(self, facts: dict[str, Any], ours: dict[str, Any]) -> None:
        self.facts, self.ours = facts, ours
        self.applied: list[str] = []

    def _bring(self, node: Any) -> Any:
        """A copy of one of our nodes whose references all resolve in the facts document."""
        if isinstance(node, list):
            return [self._bring(item) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            _, _, kind, name = ref.split("/", 3)
            kinds = self.facts.setdefault("components", {}).setdefault(kind, {})
            if _unescape(name) not in kinds:
                kinds[_unescape(name)] = {}  # placeholder first: a schema may refer to itself
                kinds[_unescape(name)] = self._bring(_at(self.ours, ref))
        return {key: self._bring(value) for key, value in node.items()}

    def _key(self, parameter: Any) -> tuple[Any, Any]:
        resolved = _deref(self.facts, parameter)
        return resolved.get("name"), resolved.get("in")

    def apply(self, where: str) -> None:
        """Put our node at ``where`` (a JSON pointer into our spec) in place in the facts document."""
        node = _at(self.ours, where)
        keys = [_unescape(p) for p in where.removeprefix("#/").split("/")]
        if keys[0] == "paths" and len(keys) >= 3:
            template, method = keys[1], keys[2]
            operation = self.facts["paths"].setdefault(template, {})
            if len(keys) == 3:
                operation[method] = self._bring(node)
            elif keys[3] == "parameters" and len(keys) == 5:
                mine = _deref(self.ours, node)
                params = operation[method].setdefault("parameters", [])
                key = (mine["name"], mine["in"])
                same = [i for i, p in enumerate(params) if self._key(p) == key]
                brought = self._bring(mine)
                if same:
                    params[same[0]] = brought
                else:
                    params.append(brought)
            elif keys[3] == "responses" and len(keys) == 5:
                operation[method].setdefault("responses", {})[keys[4]] = self._bring(node)
            else:
                raise ValueError(f"{where}: no rule to put this deviation in place")
        elif keys[:2] == ["components", "responses"] and len(keys) == 3:
            # A response of ours the platform does not have: in place wherever our operations use it.
            ref = where
            for template, item in self.ours.get("paths", {}).items():
                for method, definition in item.items():
                    answers = definition.get("responses") or {} if isinstance(definition, dict) else {}
                    for status, answer in answers.items():
                        if isinstance(answer, dict) and answer.get("$ref") == ref:
                            self.facts["paths"][template][method]["responses"][status] = self._bring(answer)
            self.facts["components"].setdefault("responses", {})[keys[2]] = self._bring(node)
        elif keys[:2] == ["components", "schemas"] and len(keys) == 3:
            self.facts["components"]["schemas"][keys[2]] = self._bring(node)
        elif keys[:2] == ["components", "schemas"] and len(keys) == 5 and keys[3] == "properties":
            name, prop = keys[2], keys[4]
            theirs = self.facts["components"]["schemas"][name]
            mine = self.ours["components"]["schemas"][name]
            theirs.setdefault("properties", {})[prop] = self._bring(node)
            required = [r for r in theirs.get("required", []) if r != prop]
            if prop in mine.get("required", []):
                required.append(prop)
            if required:
                theirs["required"] = required
            else:
                theirs.pop("required", None)
        else:
            raise ValueError(f"{where}: no rule to put this deviation in place")
        self.applied.append(where)


def with_deviations(facts: dict[str, Any], specs: Path = SPECS) -> tuple[dict[str, Any], int]:
    """A copy of the facts document with every deviation our specs declare in place, and their number."""
    facts = copy.deepcopy(facts)
    count = 0
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for path in sorted(specs.glob("*.yaml")):
        ours = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader
        overlay = _Overlay(facts, ours)
        # The same markers the fidelity check counts (scripts/spec_diff.py), so both see one set.
        for where, _ in deviation_markers(ours).values():
            overlay.apply(where)
        count += len(overlay.applied)
    return facts, count


@dataclass(frozen=True)
class PlatformOperation:
    operation_id: str
    method: str
    template: str
    regex: re.Pattern[str]
    names: tuple[str, ...]
    definition: dict[str, Any]


def _template_regex(template: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A template's path as a regex over the raw (still percent-encoded) path."""
    out, names = [], []
    for part in re.split(r"(\{[^}]+\})", template):
        if part.startswith("{"):
            name = part[1:-1]
            wide = name.lower().endswith("resourcepath")  # MX proxies: the rest of the path, slashes included
            out.append(f"({'.+' if wide else '[^/]+'})")
            names.append(name)
        else:
            out.append(re.escape(part))
    return re.compile("".join(out)), tuple(names)


class _Request:
    """openapi-core's Request protocol (with ``path_pattern``) over an httpx2.Request."""

    def __init__(self, request: httpx2.Request, template: str, path: dict[str, str], body: bytes | None) -> None:
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        self.host_url = HOST_URL
        self.path = request.url.path
        self.path_pattern = template
        self.method = request.method.lower()
        self.body = body
        self.content_type = request.headers.get("content-type", "")
        self.parameters = RequestParameters(
            path=path,
            query=ImmutableMultiDict(list(request.url.params.multi_items())),
            header=Headers(list(request.headers.multi_items())),
            cookie=ImmutableMultiDict(),
        )


class _Response:
    """openapi-core's Response protocol over an httpx2.Response (body possibly converted)."""

    def __init__(self, response: httpx2.Response, data: bytes) -> None:
        from werkzeug.datastructures import Headers

        self.status_code = response.status_code
        self.content_type = response.headers.get("content-type", "")
        self.headers = Headers([(k, v) for k, v in response.headers.multi_items() if k.lower() != FAULT_HEADER])
        self.data = data


def _json_loads(value: bytes, **_: str) -> Any:
    return json.loads(value)


def _opaque(value: bytes, **_: str) -> str:
    """A binary body or part (``format: binary``) as a string, losslessly: present, not inspected."""
    return value.decode("latin-1")


class _Closer:
    """Documented properties only: ``unevaluatedProperties: false`` on every schema in a value position
    (a body, parameter or header schema, a property, an array's items, a map's values) that declares
    properties anywhere in its ``$ref``/``allOf``/``anyOf``/``oneOf`` and says nothing of additional
    ones. JSON Schema 2020-12 then refuses a property no applied branch documents, and still sees
    through composition (openapi-core's own "forbid" policy closes every allOf branch on its own, and
    refuses what a sibling branch documents). Free-form objects (no properties declared) stay open,
    as do explicit maps (``additionalProperties``). This is stricter than the bare schemas, which
    leave objects open: a renamed or invented field is exactly how a sandbox drifts from the
    platform while agreeing with itself."""

    KEYWORDS = ("additionalProperties", "unevaluatedProperties", "patternProperties")

    def __init__(self, facts: dict[str, Any]) -> None:
        self.facts = facts
        self.components = facts.get("components", {}).get("schemas", {})

    def _target(self, ref: str) -> Any:
        node: Any = self.facts
        for part in ref.removeprefix("#/").split("/"):
            node = node.get(part, {}) if isinstance(node, dict) else {}
        return node

    def _declares(self, schema: Any, depth: int = 0) -> bool | None:
        """True: declares properties; False: open by its own word (a map); None: says nothing."""
        if not isinstance(schema, dict) or depth > 8:
            return None
        if any(key in schema for key in self.KEYWORDS):
            return False
        found: bool | None = True if schema.get("properties") else None
        parts = [schema.get("$ref")] if "$ref" in schema else []
        for key in ("allOf", "anyOf", "oneOf"):
            parts += schema.get(key, [])
        for part in parts:
            verdict = self._declares(self._target(part) if isinstance(part, str) else part, depth + 1)
            if verdict is False:
                return False
            found = found or verdict
        return found

    def _value(self, schema: Any) -> None:
        """``schema`` sits in a value position: close it if it documents its properties."""
        if not isinstance(schema, dict):
            return
        if self._declares(schema):
            if "$ref" in schema:
                # jsonschema-path resolves a $ref node to its target, dropping siblings: wrap it.
                schema["allOf"] = [*schema.get("allOf", []), {"$ref": schema.pop("$ref")}]
            schema["unevaluatedProperties"] = False
        self._inside(schema)

    def _inside(self, schema: dict[str, Any]) -> None:
        for value in (schema.get("properties") or {}).values():
            self._value(value)
        for key in ("items", "additionalProperties", "contains"):
            if isinstance(schema.get(key), dict):
                self._value(schema[key])
        for key in ("allOf", "anyOf", "oneOf"):  # branches: their own properties' values, not themselves
            for part in schema.get(key, []):
                if isinstance(part, dict) and "$ref" not in part:
                    self._inside(part)

    def close(self) -> None:
        for schema in self.components.values():
            if isinstance(schema, dict):
                self._inside(schema)
        for node in self._positions():
            self._value(node)

    def _positions(self) -> Iterator[Any]:
        """Body, parameter and header schemas, inline and in components."""
        components = self.facts.get("components", {})
        holders: list[Any] = list(components.get("parameters", {}).values())
        holders += list(components.get("requestBodies", {}).values())
        holders += list(components.get("responses", {}).values())
        for item in self.facts.get("paths", {}).values():
            holders += item.get("parameters", [])
            for method, definition in item.items():
                if method not in METHODS:
                    continue
                holders += definition.get("parameters", [])
                holders.append(definition.get("requestBody") or {})
                holders += list(definition.get("responses", {}).values())
        for holder in holders:
            if not isinstance(holder, dict):
                continue
            if "schema" in holder:
                yield holder["schema"]
            for media_type, media in (holder.get("content") or {}).items():
                # openapi-core decodes a form or multipart body by its schema's properties, and drops
                # fields the schema lacks: wrapping its root in allOf would hide them all from it.
                if media_type != "application/x-www-form-urlencoded" and not media_type.startswith("multipart/"):
                    yield media.get("schema")
            for header in (holder.get("headers") or {}).values():
                if isinstance(header, dict):
                    yield header.get("schema")


def _ref_name(schema: Any) -> str:
    """The component name a schema refers to (directly, or as _Closer's one-item allOf), else ''."""
    if isinstance(schema, dict):
        if "$ref" in schema:
            return str(schema["$ref"]).rsplit("/", 1)[-1]
        parts = schema.get("allOf", [])
        if len(parts) == 1:
            return _ref_name(parts[0])
    return ""


def _enum_on_items(node: Any) -> None:
    """Five array parameters of the file carry their items' ``enum`` on the array itself, which no
    array can satisfy; it is read as the items' enum (where the items lack one, it moves there)."""
    if isinstance(node, list):
        for item in node:
            _enum_on_items(item)
    elif isinstance(node, dict):
        if node.get("type") == "array" and "enum" in node and isinstance(node.get("items"), dict):
            enum = node.pop("enum")
            node["items"].setdefault("enum", enum)
        for value in node.values():
            _enum_on_items(value)


def _describe(error: BaseException) -> str:
    """One line per openapi-core error: where, then the schema errors that caused it."""
    from openapi_core.validation.request.exceptions import InvalidParameter, InvalidRequestBody
    from openapi_core.validation.response.exceptions import InvalidData, InvalidHeader

    if isinstance(error, InvalidParameter):
        where = f"{error.location} parameter {error.name}"
    elif isinstance(error, InvalidRequestBody):
        where = "request body"
    elif isinstance(error, InvalidData):
        where = "answer body"
    elif isinstance(error, InvalidHeader):
        where = f"answer header {error.name}"
    else:
        return _shorten(str(error) or type(error).__name__)
    cause: BaseException | None = error
    while cause is not None and not getattr(cause, "schema_errors", None):
        cause = cause.__cause__
    if cause is None:
        return _shorten(f"{where}: {error.__cause__ or error}")
    errors = list(getattr(cause, "schema_errors", []))
    # A branch that fails for one nested value no longer counts as having evaluated its properties,
    # so "unevaluated properties" then also fires on every enclosing object: keep only the root cause.
    paths = [tuple(e.absolute_path) for e in errors]
    errors = [
        e
        for e in errors
        if e.validator != "unevaluatedProperties"
        or not any(len(p) > len(e.absolute_path) and p[: len(e.absolute_path)] == tuple(e.absolute_path) for p in paths)
    ]
    errors.sort(key=lambda e: e.validator == "unevaluatedProperties")
    details = [_schema_error(item) for item in errors[:3]]
    return _shorten(f"{where}: " + "; ".join(details), 400)


def _schema_error(item: Any) -> str:
    """A jsonschema error as ``$.path: message``, descending into anyOf/oneOf to the best match and
    never quoting a long instance whole."""
    from jsonschema.exceptions import best_match

    while item.context:
        item = best_match(item.context)
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in item.absolute_path)
    message, shown = item.message, repr(item.instance)
    if message.startswith(shown) and len(shown) > 60:
        message = f"<{type(item.instance).__name__}>" + message[len(shown) :]
    return f"${path}: {_shorten(message, 160)}"


def _shorten(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_CREDENTIAL = re.compile(r"(Bearer|Basic) [A-Za-z0-9._~+/=-]+")


def _canonical(headers: httpx2.Headers) -> bytes:
    """Headers as a verdict-cache key: a fresh trace id or token is no new case. Every UUID-valued header
    of the facts file is ``format: uuid`` and every credential a pattern on its scheme, so any lowercase
    UUID (any token of one scheme) validates exactly as any other."""
    items = []
    for name, value in headers.multi_items():
        if name.lower() == "content-length":
            continue
        if _UUID.fullmatch(value):
            value = "<uuid>"
        elif found := _CREDENTIAL.fullmatch(value):
            value = f"<{found.group(1)}>"
        items.append(f"{name.lower()}: {value}")
    return "\n".join(sorted(items)).encode()


def _digest(*parts: str | bytes) -> bytes:
    """A short key for a verdict: identical exchanges (a thousand concurrent calls) are validated once."""
    digest = hashlib.blake2b(digest_size=20)
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.digest()


class _Compiled:
    """openapi-core's OAS 3.1 schema validators with a compiled first pass: each schema location is
    compiled once with jsonschema-rs (Draft 2020-12, formats asserted, ``$ref`` resolved in the facts
    document) and a value it accepts is accepted; anything it refuses goes to openapi-core's own
    validator, which decides and words the error. The pure-Python validator alone costs 10-100 ms per
    exchange on a page of transactions; this pass makes the whole suite's validation take seconds.
    ``CANDESCENT_CONTRACT_ENGINE=python`` turns it and the verdict cache off (to cross-check). Not
    asserted by the first pass: OAS integer/number width formats (int32, int64, float, double), which
    JSON Schema tools leave alone."""

    URN = "urn:candescent:platform-facts"

    def __init__(self, facts: dict[str, Any]) -> None:
        import jsonschema_rs
        from openapi_core.validation.schemas.factories import DialectSchemaValidatorsFactory
        from openapi_core.validation.schemas.validators import SchemaValidator
        from openapi_schema_validator import OAS31_BASE_DIALECT_ID, OAS30ReadValidator, OAS31Validator

        self.enabled = os.environ.get("CANDESCENT_CONTRACT_ENGINE", "") != "python"
        self.registry = jsonschema_rs.Registry([(self.URN, facts)])
        self.pointers: dict[int, str] = {}
        self._index(facts, "")
        self.compiled: dict[str, Any] = {}
        self.validators: dict[tuple[int, str], Any] = {}
        compiled = self

        class Validator(SchemaValidator):
            def __init__(self, factory: Any, spec: Any, schema: Any, options: dict[str, Any]) -> None:
                self.schema = schema
                self._build = lambda: DialectSchemaValidatorsFactory.create(factory, spec, schema, **options)

            @cached_property
            def validator(self) -> Any:  # openapi-core's own, built only when needed
                return self._build().validator

            def validate(self, value: Any) -> None:
                if not compiled.accepts(self.schema, value):
                    super().validate(value)

            def evolve(self, schema: Any) -> Any:  # for form decoding: openapi-core's own, as it would
                with schema.resolve() as resolved:
                    validator = self.validator.evolve(schema=resolved.contents, _resolver=resolved.resolver)
                return SchemaValidator(schema, validator)

        class Factory(DialectSchemaValidatorsFactory):
            # openapi-core asks for a validator per value it checks; one per schema location will do.
            def create(self, spec: Any, schema: Any, **options: Any) -> Any:
                with schema.resolve() as resolved:
                    contents = resolved.contents
                if id(contents) not in compiled.pointers:  # a throwaway schema of openapi-core's own
                    return Validator(self, spec, schema, options)
                key = (id(contents), repr(sorted(options.items())))
                found = compiled.validators.get(key)
                if found is None:
                    found = compiled.validators[key] = Validator(self, spec, schema, options)
                return found

            def get_format_checker(self, format_validators: Any = None, extra_format_validators: Any = None) -> Any:
                if format_validators is None and extra_format_validators is None:
                    return self.format_checker  # read only: no copy per validator
                return super().get_format_checker(format_validators, extra_format_validators)

        # As openapi-core builds its own OAS 3.1 factory (OAS 3.0 format checker included).
        self.factory = Factory(OAS31Validator, OAS31_BASE_DIALECT_ID, format_checker=OAS30ReadValidator.FORMAT_CHECKER)

    def _index(self, node: Any, pointer: str) -> None:
        if isinstance(node, dict):
            self.pointers[id(node)] = pointer
            for key, value in node.items():
                self._index(value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                self._index(value, f"{pointer}/{i}")

    def accepts(self, schema: Any, value: Any) -> bool:
        if not self.enabled:
            return False
        with schema.resolve() as resolved:
            pointer = self.pointers.get(id(resolved.contents))
        if pointer is None:
            return False
        validator = self.compiled.get(pointer)
        if validator is None:
            import jsonschema_rs

            validator = jsonschema_rs.Draft202012Validator(
                {"$ref": f"{self.URN}#{quote(pointer, safe='/~')}"}, registry=self.registry, validate_formats=True
            )
            self.compiled[pointer] = validator
        try:
            return bool(validator.is_valid(value))
        except (ValueError, TypeError):  # a value it cannot take: let openapi-core decide
            return False


class _TemplateFinder:
    """openapi-core's path finder, for requests that name their template (``path_pattern``): the
    operation is looked up, not searched for among the 108 templates, which costs more than the
    validating. The template was matched against the request's path beforehand (_path_parameters)."""

    def __init__(self, spec: Any, base_url: str | None = None) -> None:
        self.spec = spec
        self.found: dict[tuple[str, str], Any] = {}

    def find(self, method: str, full_url: str) -> Any:
        from openapi_core.templating.datatypes import TemplateResult
        from openapi_core.templating.paths.datatypes import PathOperationServer
        from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound

        template = full_url.removeprefix(HOST_URL)
        key = (method, template)
        if key not in self.found:
            paths = self.spec / "paths"
            if template not in paths:
                raise PathNotFound(full_url)
            path = paths / template
            if method not in path:
                raise OperationNotFound(full_url, method)
            server = self.spec / "servers" / 0
            result = PathOperationServer(
                path, path / method, server, TemplateResult(template, {}), TemplateResult(HOST_URL, {})
            )
            self.found[key] = result
        return self.found[key]


class Contract:
    """The platform's operations, compiled once; validates one exchange at a time (sync, cheap)."""

    def __init__(self, facts: dict[str, Any]) -> None:
        from jsonschema_path import SchemaPath
        from openapi_core import V31RequestValidator, V31ResponseValidator

        self.facts = copy.deepcopy(facts)
        # See the module docstring: security requirements are contradictory in the file; the
        # per-operation Authorization parameters say the same thing precisely and are validated.
        self.facts.pop("security", None)
        _enum_on_items(self.facts)
        _Closer(self.facts).close()
        self.operations: dict[str, PlatformOperation] = {}
        media_types: set[str] = set()
        binary: set[str] = set()
        for template, item in self.facts["paths"].items():
            for method, definition in item.items():
                if method not in METHODS:
                    continue
                regex, names = _template_regex(template)
                definition.pop("security", None)
                for status, answer in definition.get("responses", {}).items():
                    if status in NO_BODY_STATUSES and "content" in answer:
                        # HTTP forbids a body on these (RFC 9110 15.3.5, 15.4.5): the file lists media
                        # types for some 204s all the same; an empty 204 is what the platform sends.
                        del answer["content"]
                op_id = definition["operationId"]
                self.operations[op_id] = PlatformOperation(op_id, method, template, regex, names, definition)
                contents = [self._request_content(definition)]
                contents += [self._resolve(a).get("content", {}) for a in definition.get("responses", {}).values()]
                for content in contents:
                    for media_type, media in content.items():
                        media_types.add(media_type)
                        if self._resolve(media.get("schema", {})).get("format") == "binary":
                            binary.add(media_type)
                        for encoding in media.get("encoding", {}).values():  # multipart parts
                            binary.add(encoding.get("contentType", "application/octet-stream"))
        # Vendor JSON types are JSON; XML bodies arrive here already converted to JSON (_xml_as_json);
        # binary bodies and multipart parts are opaque strings (openapi-core's OAS 3.1 validator takes
        # ``format: binary`` as a string schema and refuses bytes).
        extra: dict[str, Callable[..., Any]] = dict.fromkeys(binary, _opaque)
        for media_type in media_types - binary:
            if media_type.endswith("+json") or "xml" in media_type:
                extra[media_type] = _json_loads
        spec = SchemaPath.from_dict(self.facts, resolved_cache_maxsize=8192)
        self._compiled = _Compiled(self.facts)
        from openapi_core.casting.schemas import oas31_types_caster
        from openapi_core.casting.schemas.factories import SchemaCastersFactory

        options: dict[str, Any] = {
            "extra_media_type_deserializers": extra,
            "schema_validators_factory": self._compiled.factory,
            # Parameters are cast to their schema's types with validators of the same factory.
            "schema_casters_factory": SchemaCastersFactory(self._compiled.factory, oas31_types_caster),
            "path_finder_cls": _TemplateFinder,
        }
        self._requests = V31RequestValidator(spec, **options)
        self._responses = V31ResponseValidator(spec, **options)
        self._verdicts: dict[bytes, tuple[str, ...]] = {}
        self._free: dict[str, dict[tuple[str, str], Any]] = {}
        self.hits = 0

    # ------------------------------------------------------------------ schema helpers

    def _resolve(self, node: Any) -> Any:
        return _deref(self.facts, node)

    def _request_content(self, definition: Mapping[str, Any]) -> dict[str, Any]:
        return dict(self._resolve(definition.get("requestBody") or {}).get("content", {}))

    def _answer_content(self, definition: Mapping[str, Any], status: int) -> dict[str, Any] | None:
        responses = definition.get("responses", {})
        documented = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX") or responses.get("default")
        return None if documented is None else dict(self._resolve(documented).get("content", {}))

    @staticmethod
    def _media(content: Mapping[str, Any], content_type: str) -> tuple[str, dict[str, Any]] | None:
        mime = content_type.split(";")[0].strip().lower()
        if mime in content:
            return mime, content[mime]
        for key, value in content.items():
            if fnmatch.fnmatch(mime, key):
                return key, value
        return None

    def _typed(self, value: Any, schema: Any) -> Any:
        """An XML-parsed value with its text typed from ``schema`` (see the module docstring)."""
        schema = self._resolve(schema) if isinstance(schema, dict) else {}
        for key in ("allOf", "anyOf", "oneOf"):
            for part in schema.get(key, []):
                value = self._typed(value, part)
        kind = schema.get("type")
        kinds = set(kind) if isinstance(kind, list) else {kind}
        if value is None:
            if "object" in kinds:
                return {}
            if "array" in kinds:
                return []
            return "" if "string" in kinds else None
        if "array" in kinds:
            items = value if isinstance(value, list) else [value]
            return [self._typed(item, schema.get("items", {})) for item in items]
        if isinstance(value, dict):
            properties = schema.get("properties", {})
            extra = schema.get("additionalProperties")
            return {
                k: self._typed(v, properties.get(k, extra if isinstance(extra, dict) else {})) for k, v in value.items()
            }
        if isinstance(value, list):
            return [self._typed(item, schema) for item in value]
        if not isinstance(value, str):
            return value
        try:
            if "integer" in kinds and re.fullmatch(r"[+-]?[0-9]+", value):
                return int(value)
            if "number" in kinds:
                number = Decimal(value)
                return int(number) if number == number.to_integral_value() else float(number)
        except InvalidOperation:
            return value
        if "boolean" in kinds and value in ("true", "false"):
            return value == "true"
        return value

    def _xml_names(self, schema: Any, depth: int = 0) -> set[str]:
        """The root element names a schema documents (``xml.name``, through allOf/anyOf/oneOf)."""
        schema = self._resolve(schema) if isinstance(schema, dict) else {}
        names = {str(schema["xml"]["name"])} if "name" in schema.get("xml", {}) else set()
        if depth < 4:
            for key in ("allOf", "anyOf", "oneOf"):
                for part in schema.get(key, []):
                    names |= self._xml_names(part, depth + 1)
        return names

    def _xml_as_json(self, raw: bytes, schema: Any) -> bytes:
        from candescent_async._xml import parse_xml

        ((root, body),) = parse_xml(raw).items()
        names = self._xml_names(schema)
        if names and root not in names:
            raise ValueError(f"root element <{root}>, documented <{'|'.join(sorted(names))}>")
        resolved = self._resolve(schema)
        if resolved.get("type") == "array" and isinstance(body, dict) and len(body) == 1:
            # An array body: the root is one item when named as the items are (<Events> for an array
            # of Events), else the wrapper of repeated items (<Subscriptions><Subscription/>...).
            items = resolved.get("items", {})
            if root not in self._xml_names(items) | {_ref_name(items)}:
                (body,) = body.values()
        return json.dumps(self._typed(body, schema)).encode()

    def _body_for(self, raw: bytes, content: Mapping[str, Any], content_type: str) -> bytes:
        """The body as openapi-core should see it: XML converted, binary parts left to presence checks."""
        found = self._media(content, content_type)
        if found is None or not raw:
            return raw
        mime, media = found
        schema = media.get("schema", {})
        if "xml" in mime:
            return self._xml_as_json(raw, schema)
        return raw

    # ------------------------------------------------------------------ validation

    def operation(self, operation_id: str) -> PlatformOperation | None:
        return self.operations.get(operation_id)

    def _path_parameters(self, op: PlatformOperation, request: httpx2.Request) -> dict[str, str] | None:
        raw_path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        found = op.regex.fullmatch(raw_path)
        if found is None:
            return None
        return {name: unquote(found.group(i + 1)) for i, name in enumerate(op.names)}

    def _openapi_request(self, op: PlatformOperation, request: httpx2.Request) -> tuple[_Request | None, list[str]]:
        path = self._path_parameters(op, request)
        if path is None:
            return None, [f"path {request.url.path!r} does not match the platform's {op.method.upper()} {op.template}"]
        body = request.content or None
        if body is not None:
            try:
                content_type = request.headers.get("content-type", "")
                body = self._body_for(body, self._request_content(op.definition), content_type)
            except ValueError as exc:
                return None, [_shorten(f"request body unreadable: {exc}")]
        return _Request(request, op.template, path, body), []

    def check_request(self, operation_id: str, request: httpx2.Request) -> list[str]:
        """The request's violations of the platform's operation (empty when valid)."""
        key = _digest(operation_id, request.method, self._shape(operation_id, request), request.content)
        key += _digest(_canonical(request.headers))
        if key not in self._verdicts or not self._compiled.enabled:
            self._verdicts[key] = tuple(self._check_request(operation_id, request))
        else:
            self.hits += 1
        return list(self._verdicts[key])

    def check_answer(self, operation_id: str, request: httpx2.Request, response: httpx2.Response) -> list[str]:
        """The answer's violations of the operation's documented responses (empty when valid)."""
        key = _digest(operation_id, str(response.status_code), response.content, _canonical(response.headers), "answer")
        if key not in self._verdicts or not self._compiled.enabled:
            self._verdicts[key] = tuple(self._check_answer(operation_id, request, response))
        else:
            self.hits += 1
        return list(self._verdicts[key])

    def _free_parameters(self, op: PlatformOperation) -> dict[tuple[str, str], Any]:
        """(in, name) -> the value class of each path or query parameter whose schema constrains only its
        type (and, for an integer, its bounds): any integer within the bounds (any non-empty string)
        validates as any other, so the verdict cache treats them alike (``$skip=20`` and ``$skip=40``,
        one account id and another). The class only groups values; openapi-core validates each class."""
        free: dict[tuple[str, str], Any] = {}
        bounds = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
        for parameter in map(self._resolve, op.definition.get("parameters", [])):
            if parameter.get("in") not in ("path", "query") or "content" in parameter:
                continue
            schema = self._resolve(parameter.get("schema", {}))
            extra = set(schema) - {"type", "format", "default", "description", "title", *bounds}
            if extra:
                continue  # enum, pattern, arrays, composition ...: values matter
            where = (parameter["in"], parameter["name"])
            limits = {key: schema[key] for key in bounds if isinstance(schema.get(key), int)}
            if schema.get("type") == "integer" and schema.get("format") in (None, "int32", "int64"):
                if len(limits) == len([key for key in bounds if key in schema]):
                    free[where] = limits
            elif schema.get("type") == "string" and "format" not in schema and not limits:
                free[where] = "str"
        return free

    def _shape(self, operation_id: str, request: httpx2.Request) -> str:
        """The request's path and query for the verdict cache, free parameters' values abstracted."""
        op = self.operations.get(operation_id)
        if op is None:
            return request.url.raw_path.decode("ascii", "replace")
        free = self._free.setdefault(operation_id, self._free_parameters(op))

        def value(where: str, name: str, text: str) -> str:
            kind = free.get((where, name))
            if isinstance(kind, dict) and re.fullmatch(r"-?[0-9]{1,9}", text):
                number = int(text)
                inside = (
                    number >= kind.get("minimum", number)
                    and number <= kind.get("maximum", number)
                    and number > kind.get("exclusiveMinimum", number - 1)
                    and number < kind.get("exclusiveMaximum", number + 1)
                )
                return "<int in bounds>" if inside else text
            if kind == "str" and text and "\n" not in text and "\r" not in text:
                return "<str>"
            return text

        path = self._path_parameters(op, request)
        shown = request.url.path if path is None else repr(sorted((k, value("path", k, v)) for k, v in path.items()))
        query = [(k, value("query", k, v)) for k, v in request.url.params.multi_items()]
        return f"{shown}?{query!r}"

    def _check_request(self, operation_id: str, request: httpx2.Request) -> list[str]:
        op = self.operations.get(operation_id)
        if op is None:
            return [f"{operation_id} is not an operation of the platform"]
        if request.method.lower() != op.method:
            return [f"method {request.method}, the platform's {operation_id} is {op.method.upper()}"]
        wrapped, problems = self._openapi_request(op, request)
        if wrapped is None:
            return problems
        problems = [_describe(error) for error in self._requests.iter_errors(wrapped)]
        # openapi-core ignores query parameters the operation does not declare; the platform would
        # not act on them, so a request that sends one does not do what its sender meant.
        parameters = [self._resolve(p) for p in op.definition.get("parameters", [])]
        declared = {p.get("name") for p in parameters if p.get("in") == "query"}
        problems += [
            f"query parameter {name} is not declared by the platform's {operation_id}"
            for name in dict.fromkeys(request.url.params.keys())
            if name not in declared
        ]
        return problems

    def _check_answer(self, operation_id: str, request: httpx2.Request, response: httpx2.Response) -> list[str]:
        op = self.operations.get(operation_id)
        if op is None:
            return [f"{operation_id} is not an operation of the platform"]
        raw = response.content
        content_type = response.headers.get("content-type", "")
        content = self._answer_content(op.definition, response.status_code)
        data = raw
        if content is not None and not content and raw:
            # openapi-core ignores a body where none is documented; the platform would not send one.
            return [f"status {response.status_code} documents no body, got {len(raw)} bytes ({content_type or '-'})"]
        if content and raw:
            try:
                data = self._body_for(raw, content, content_type)
            except ValueError as exc:
                return [_shorten(f"answer body unreadable as {content_type}: {exc}")]
        wrapped, _ = self._openapi_request(op, request)
        if wrapped is None:  # the request's own problem, recorded there; check the answer against the operation
            wrapped = _Request(request, op.template, dict.fromkeys(op.names, "x"), None)
        return [_describe(error) for error in self._responses.iter_errors(wrapped, _Response(response, data))]


LOAD_SECONDS = [0.0]
DEVIATIONS = [0]  # declared deviations put in place (with_deviations)


@cache
def _facts() -> dict[str, Any] | None:
    if not FACTS.is_file():
        return None
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with FACTS.open(encoding="utf-8") as fh:
        return dict(yaml.load(fh, Loader=loader))  # noqa: S506 - a safe loader


def load_facts() -> dict[str, Any] | None:
    """A fresh copy of the facts document; None when the file is absent."""
    facts = _facts()
    return None if facts is None else copy.deepcopy(facts)


@cache
def load() -> Contract | None:
    """The contract, loaded and compiled once per process; None when the facts file is absent."""
    if not FACTS.is_file():
        return None
    started = time.perf_counter()
    facts = load_facts()
    assert facts is not None
    facts, DEVIATIONS[0] = with_deviations(facts)
    contract = Contract(facts)
    LOAD_SECONDS[0] = time.perf_counter() - started
    return contract


# ---------------------------------------------------------------------------- the ledger


@dataclass
class Tally:
    seen: int = 0
    valid: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, problems: list[str]) -> None:
        self.seen += 1
        if problems:
            for problem in problems:
                if len(self.errors) < KEEP_ERRORS and problem not in self.errors:
                    self.errors.append(problem)
        else:
            self.valid += 1

    @property
    def ok(self) -> bool:
        return self.seen > 0 and self.valid == self.seen


@dataclass(frozen=True)
class Event:
    """One validated half of an exchange."""

    operation_id: str
    direction: str  # "request" | "answer"
    problems: tuple[str, ...]
    where: str  # "POST /v1/transfers -> 200"


@dataclass
class Ledger:
    """Per operationId: requests seen/valid, answers seen/valid, the first few errors of each."""

    requests: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    answers: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    events: list[Event] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    faults_skipped: int = 0
    recording: bool = True  # off while a contract_exempt test runs
    seconds: float = 0.0  # spent validating

    def record(self, event: Event) -> None:
        self.events.append(event)
        tallies = self.requests if event.direction == "request" else self.answers
        tallies[event.operation_id].add(list(event.problems))

    def since(self, mark: int) -> list[Event]:
        return self.events[mark:]

    def figures(self) -> tuple[int, int]:
        contract = load()
        ids = set(contract.operations) if contract else set()
        requests = sum(1 for op in ids if op in self.requests and self.requests[op].ok)
        answers = sum(1 for op in ids if op in self.answers and self.answers[op].ok)
        return requests, answers

    def line(self) -> str:
        requests, answers = self.figures()
        contract = load()
        total = len(contract.operations) if contract else OPERATION_COUNT
        return f"platform contract: {requests}/{total} requests valid, {answers}/{total} answers valid"

    def details(self) -> str:
        exchanges = sum(1 for e in self.events if e.direction == "request")
        return (
            f"platform contract details: {exchanges} exchanges validated in {self.seconds:.1f} s "
            f"({contract.hits if (contract := load()) else 0} halves repeated an earlier one) "
            f"(facts file loaded with our {DEVIATIONS[0]} declared deviations in place and compiled in "
            f"{LOAD_SECONDS[0]:.1f} s), {self.faults_skipped} injected-fault "
            f"answers not held to it, {len(self.unmatched)} requests matching no operation"
        )


LEDGER = Ledger()


def observe(sandbox: Any, request: httpx2.Request, response: httpx2.Response, ledger: Ledger = LEDGER) -> None:
    """Validate one in-process exchange (a sandbox WIRE_OBSERVERS entry) into ``ledger``."""
    if not ledger.recording:
        return
    contract = load()
    if contract is None:
        return
    started = time.perf_counter()
    try:
        _observe(contract, sandbox, request, response, ledger)
    finally:
        ledger.seconds += time.perf_counter() - started


def _checked(check: Callable[[], list[str]]) -> list[str]:
    try:
        with warnings.catch_warnings():
            # A deprecated parameter is still a valid one (openapi-core warns when it sees one).
            warnings.simplefilter("ignore", DeprecationWarning)
            return check()
    except Exception as exc:  # a validator crash is a finding too, never a silent pass
        return [_shorten(f"validator error: {type(exc).__name__}: {exc}")]


def _observe(
    contract: Contract, sandbox: Any, request: httpx2.Request, response: httpx2.Response, ledger: Ledger
) -> None:
    matched = sandbox.match(request.method, request.url.path, request.headers)
    where = f"{request.method} {request.url.path} -> {response.status_code}"
    if matched is None:
        if not request.url.path.startswith("/_sandbox/"):
            ledger.unmatched.append(where)
        return
    operation_id = matched[0].operation_id
    problems = _checked(lambda: contract.check_request(operation_id, request))
    ledger.record(Event(operation_id, "request", tuple(problems), where))
    if response.headers.get(FAULT_HEADER):
        # An injected fault (status, malformed body, hang, drop) stands for the network or gateway
        # failing, not for the platform's documented answer: not held to the contract.
        ledger.faults_skipped += 1
        return
    problems = _checked(lambda: contract.check_answer(operation_id, request, response))
    ledger.record(Event(operation_id, "answer", tuple(problems), where))
