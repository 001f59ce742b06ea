"""Every sandbox response conforms to our own specs.

Schemathesis generates requests from each ``specs/*.yaml`` (a new spec file joins automatically)
and sends them to a fresh in-process sandbox; every answer must have a documented status code and
content type, a body valid against the documented schema, the documented headers, and no 5xx
(nothing here injects faults).

The generated requests carry what the platform's gateway needs and the specs deliberately leave
out (specs/README.md, "What is NOT a parameter"): the credential named by ``x-candescent-token``
(a v2 or v1 token obtained from the sandbox's token endpoints, or Basic client auth), the trace
header named by ``x-candescent-trace-header`` and, on ``x-candescent-user-context`` operations, a
seeded user. Ids the sandbox could only answer with "not found" (users, accounts, the institution,
recipients, groups, jobs, payments, ...) are replaced with seeded ones, or ones earlier responses
handed out, four times in five; the fifth keeps the random value so the documented not-found and
invalid-input answers are checked too.

Two readings of the specs' own conventions (specs/README.md, "Types"), applied to the loaded spec:

- ``x-candescent-date-format`` records a timestamp's wire form where the platform's is not ISO 8601
  while ``format`` stays ``date``/``date-time`` for the generator: such a value may match either.
- ``x-candescent-wire-format: xml`` operations answer XML: the body is parsed the way the facade
  parses it (``x-candescent-xml`` lists, root element checked) and its text leaves are typed from
  the schema (XML carries no types) before it is validated.
"""

from __future__ import annotations

import base64
import copy
import datetime as dt
import itertools
import re
import uuid
import zlib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import anyio
import httpx2
import jsonschema_rs
import schemathesis
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.deserialization import deserialize_yaml
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from candescent_async._xml import parse_xml
from candescent_async.sandbox import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, INSTITUTION_ID, Sandbox

SPECS = sorted((Path(__file__).resolve().parent.parent / "specs").glob("*.yaml"))
SEED = 11
MAX_EXAMPLES = 10  # per operation, well-formed requests
MAX_MALFORMED = 5  # per operation, requests that break their schema
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]
# The MX gateway routes by ext_host; keyed by the API named in the operationId.
MX_HOSTS = {
    "Platform": "int-api.mx.com",
    "RealTime": "int-live.moneydesktop.com",
    "Reporting": "int-logs.moneydesktop.com",
    "Sso": "int-sso.moneydesktop.com",
}
# x-candescent-date-format -> the wire form as a pattern. A form not listed keeps only `format`.
DATE_FORMATS = {
    "MM/dd/yyyy hh:mm:ss a z": r"^[01][0-9]/[0-3][0-9]/[0-9]{4} [01][0-9]:[0-5][0-9]:[0-5][0-9] [AP]M [A-Z]{2,5}$",
    "yyyyMMddHHmmss": r"^[0-9]{14}$",
    "yyyy-MM-ddXXX (date with offset)": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})$",
    "yyyy-MM-dd, optionally with an offset": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(Z|[+-][0-9]{2}:?[0-9]{2})?$",
    "yyyy-MM-dd±hh:mm": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[+-][0-9]{2}:[0-9]{2}$",
}
USER_ID_PARAMS = ("customerId", "institutionUserId", "fiCustomerId", "di_ficustomer")


# ---------------------------------------------------------------------------- the specs


def _wire_dates(node: Any) -> Any:
    """Let a value with ``x-candescent-date-format`` be in that wire form or in ``format``'s."""
    if isinstance(node, list):
        return [_wire_dates(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _wire_dates(value) for key, value in node.items()}
    wire = node.get("x-candescent-date-format")
    if wire in DATE_FORMATS and "format" in node:
        node["anyOf"] = [{"format": node.pop("format")}, {"pattern": DATE_FORMATS[wire]}]
    return node


RAW_SPECS = {path.stem: deserialize_yaml(path.read_text(encoding="utf-8")) for path in SPECS}
OPERATIONS = {
    op["operationId"]: (name, spec, op)
    for name, spec in RAW_SPECS.items()
    for item in spec.get("paths", {}).values()
    for method, op in item.items()
    if method in ("get", "put", "post", "delete", "patch")
}


def _schema(raw: dict[str, Any], mode: GenerationMode = GenerationMode.POSITIVE) -> Any:
    schema = schemathesis.openapi.from_dict(_wire_dates(copy.deepcopy(raw)))
    positive = mode == GenerationMode.POSITIVE
    examples = MAX_EXAMPLES if positive else MAX_MALFORMED
    schema.config.generation.update(modes=[mode], max_examples=examples, deterministic=True, database="none")
    # The coverage phase's boundary values for well-formed requests; malformed ones are fuzzed only.
    schema.config.phases.update(phases=["examples", "coverage", "fuzzing"] if positive else ["examples", "fuzzing"])
    schema.config.seed = SEED
    return schema


# ---------------------------------------------------------------------------- XML bodies


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _typed(spec: dict[str, Any], value: Any, schema: dict[str, Any]) -> Any:
    """An XML-parsed value with its text leaves converted to the JSON types the schema documents."""
    schema = _resolve(spec, schema)
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key, []):
            value = _typed(spec, value, part)
    kind = schema.get("type")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        return {
            k: _typed(spec, v, properties.get(k, extra if isinstance(extra, dict) else {})) for k, v in value.items()
        }
    if isinstance(value, list):
        return [_typed(spec, item, schema.get("items", {})) for item in value]
    if not isinstance(value, str):
        return value
    try:
        if kind == "integer":
            return int(value)
        if kind == "number":
            number = Decimal(value)
            return int(number) if number == number.to_integral_value() else float(number)
    except (ValueError, InvalidOperation):
        return value
    if kind == "boolean" and value in ("true", "false"):
        return value == "true"
    return value


@schemathesis.deserializer("application/xml")
def _deserialize_xml(ctx: schemathesis.DeserializationContext, response: schemathesis.Response) -> Any:
    _, spec, op = OPERATIONS[ctx.operation.definition.raw["operationId"]]
    hints = op.get("x-candescent-xml") or {}
    ((root, body),) = parse_xml(response.content, lists=hints.get("lists", ())).items()
    documented = op["responses"].get(str(response.status_code)) or op["responses"].get("default") or {}
    schema = _resolve(spec, _resolve(spec, documented).get("content", {}).get("application/xml", {}).get("schema", {}))
    expected = (schema.get("xml") or {}).get("name") or (
        hints.get("response_root") if response.status_code < 300 else None
    )
    if expected and root != expected:
        raise ValueError(f"root element <{root}>, documented <{expected}>")
    return _typed(spec, body if body is not None else {}, schema)


# ---------------------------------------------------------------------------- the sandbox


@dataclass
class Platform:
    """One sandbox per spec file, its credentials, and the ids its responses handed out."""

    sandbox: Sandbox
    v2_token: str
    v1_token: str
    seen: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    traces: Iterator[int] = field(default_factory=itertools.count)


_PLATFORMS: dict[str, Platform] = {}


async def _tokens(sandbox: Sandbox) -> tuple[str, str]:
    """A client-credentials v2 token and a v1 token, from the sandbox's own token endpoints."""
    basic = httpx2.BasicAuth(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET)
    transport = httpx2.ASGITransport(app=sandbox.app)
    async with httpx2.AsyncClient(transport=transport, base_url="http://sandbox.local", auth=basic) as http:
        v2 = await http.post(
            "/oauth2/v1/token",
            data={"grant_type": "client_credentials"},
            headers={"institutionId": INSTITUTION_ID, "transactionId": str(uuid.uuid4())},
        )
        v1 = await http.post(
            "/v1/oauth/token",
            data={"grant_type": "client_credentials"},
            headers={"di_fiid": INSTITUTION_ID, "di_tid": str(uuid.uuid4())},
        )
    assert v2.status_code == 200, v2.text
    assert v1.status_code == 200, v1.text
    return v2.json()["access_token"], str(parse_xml(v1.content)["token"]["access_token"])


def _new_platform() -> Platform:
    sandbox = Sandbox(seed=SEED, transactions_per_account=200)
    v2, v1 = anyio.run(_tokens, sandbox)
    return Platform(sandbox, v2, v1)


def _platform(spec: str) -> Platform:
    if spec not in _PLATFORMS:
        _PLATFORMS[spec] = _new_platform()
    return _PLATFORMS[spec]


def _pick(generated: object, candidates: list[str]) -> str | None:
    """A known-good candidate four times in five (chosen by the generated value), else None."""
    digest = zlib.crc32(repr(generated).encode())
    if not candidates or digest % 5 == 0:
        return None
    return candidates[digest % len(candidates)]


def _swap(container: dict[str, Any] | None, name: str, candidates: list[str]) -> None:
    if container is not None and name in container:
        chosen = _pick(container[name], candidates)
        if chosen is not None:
            container[name] = chosen


def _credentials(case: schemathesis.Case, platform: Platform) -> str:
    """The credential and trace header the facade's transport adds; returns the trace id."""
    raw = case.operation.definition.raw
    case.headers = headers = dict(case.headers or {})
    trace = str(uuid.UUID(int=next(platform.traces) + 1))
    headers[raw["x-candescent-trace-header"]] = trace
    token = raw["x-candescent-token"]
    if token in ("v1", "v2"):
        headers["Authorization"] = f"Bearer {platform.v2_token if token == 'v2' else platform.v1_token}"
    elif token == "client-basic":
        credentials = base64.b64encode(f"{DEMO_CLIENT_ID}:{DEMO_CLIENT_SECRET}".encode()).decode()
        headers["Authorization"] = f"Basic {credentials}"
    return trace


def _prepare(case: schemathesis.Case, platform: Platform) -> None:
    """Credentials, trace header, user context and known ids, as the facade's transport would send."""
    raw = case.operation.definition.raw
    op_id = raw["operationId"]
    world = platform.sandbox.world
    trace = _credentials(case, platform)
    headers = case.headers
    case.query = query = dict(case.query or {})
    path = case.path_parameters if case.path_parameters is not None else {}

    # Business banking, and anything scoped to a business location, acts as the business user.
    declared = {p.definition["name"] for p in case.operation.iter_parameters()}
    business = case.operation.path.startswith(("/v1/business", "/v1/ach", "/v1/wire", "/v1/user-ent"))
    business = business or "institutionCustomerId" in query
    user = next(u for u in world.users.values() if (u.user_type == "business") == business)
    accounts = [a.data["id"] for a in world.accounts_of(user)]

    # User context: hostUserId xor loginId, a seeded user (random ones 404 or 400, as documented).
    if raw.get("x-candescent-user-context", "none") != "none" or "loginId" in query:
        by_login = business or "hostUserId" not in declared
        name, other = ("loginId", "hostUserId") if by_login else ("hostUserId", "loginId")
        chosen = _pick(query.get(name, trace), [user.login_id if by_login else user.host_user_id])
        if chosen is not None:
            query[name] = chosen
            query.pop(other, None)
    if business and "institutionCustomerId" in query:
        query["institutionCustomerId"] = str(user.institution_customer_id)

    for name in ("institutionId", "di_fiid"):
        _swap(headers, name, [INSTITUTION_ID])
    for name in ("di_fiid", "fiId"):
        _swap(path, name, [INSTITUTION_ID])
    mx_host = next((host for api, host in MX_HOSTS.items() if api.lower() in op_id.lower()), None)
    if "ext_host" in headers and mx_host is not None:
        headers["ext_host"] = mx_host

    kind = str(query.get("userIdType") or query.get("fiCustomerIdType") or "GUID")
    user_key = {
        "HOST_USER_ID": user.host_user_id,
        "MEMNUMBER": user.host_user_id,
        "HOSTID": user.host_user_id,
        "LOGIN_ID": user.login_id,
        "LOGINID": user.login_id,
    }.get(kind, user.institution_user_id)
    collection = case.operation.path.rsplit("/{", 1)[0]
    for name in list(path):
        if name in USER_ID_PARAMS:
            candidates = [user_key]
        elif name == "accountId":
            candidates = accounts
        else:
            candidates = platform.seen.get(name, []) + platform.seen.get(collection, [])
        _swap(path, name, candidates)
    _swap(query, "accountId", accounts)
    for name in ("confirmationNumber", "searchValue", "userlistFileName"):
        _swap(query, name, platform.seen.get(name, []))
    if isinstance(case.body, dict):
        for name in ("accountId", "fromAccountId", "toAccountId"):
            _swap(case.body, name, accounts)


def _remember(case: schemathesis.Case, response: schemathesis.Response, platform: Platform) -> None:
    """Keep the ids a successful JSON response handed out, for later operations' parameters."""
    content_type = response.headers.get("content-type", [""])[0]
    if response.status_code >= 300 or "json" not in content_type:
        return
    collection = case.operation.path

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(value, str) and (key.endswith("Id") or key in ("confirmationNumber", "userlistFileName")):
                    platform.seen[key].append(value)
                elif key == "id" and isinstance(value, str):
                    platform.seen[collection].append(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(response.json())


# ---------------------------------------------------------------------------- the test


SCHEMAS = {name: _schema(raw) for name, raw in RAW_SPECS.items()}
MALFORMED = {name: _schema(raw, GenerationMode.NEGATIVE) for name, raw in RAW_SPECS.items()}


@schemathesis.pytest.parametrize(**{name.replace("-", "_"): schema for name, schema in SCHEMAS.items()})
def test_sandbox_response_conforms_to_spec(case: schemathesis.Case) -> None:
    platform = _platform(OPERATIONS[case.operation.definition.raw["operationId"]][0])
    _prepare(case, platform)
    response = case.call_and_validate(checks=CHECKS, app=platform.sandbox.app)
    _remember(case, response, platform)


@schemathesis.pytest.parametrize(**{name.replace("-", "_"): schema for name, schema in MALFORMED.items()})
def test_sandbox_answers_malformed_requests_with_documented_errors(case: schemathesis.Case) -> None:
    """Requests that break their schema (wrong types, missing or extra fields, values out of range)
    never crash the sandbox and get a documented status and content type. Their bodies are not held
    to the response schema: the sandbox checks the fields it acts on, not every constraint of a
    request schema, so a body it accepts may be echoed back with a value the spec would refuse."""
    platform = _platform(f"malformed:{OPERATIONS[case.operation.definition.raw['operationId']][0]}")
    _prepare(case, platform)
    response = case.call_and_validate(
        checks=[not_a_server_error, status_code_conformance, content_type_conformance], app=platform.sandbox.app
    )
    _remember(case, response, platform)


# ---------------------------------------------------------------------------- the success paths


class Walk:
    """Hand-written valid requests, so every operation's documented success answer is validated too
    (random bodies rarely get past the sandbox's validation of transfers, payments, uploads, ...)."""

    def __init__(self) -> None:
        self.platform = _new_platform()
        self.world = self.platform.sandbox.world
        self.retail = next(u for u in self.world.users.values() if u.user_type == "retail")
        self.business = next(u for u in self.world.users.values() if u.user_type == "business")
        self.checking, self.savings, *_ = (a.data["id"] for a in self.world.accounts_of(self.retail))
        self.answered: set[str] = set()

    def __call__(
        self,
        operation_id: str,
        expected: int,
        *,
        path: dict[str, Any] | None = None,
        query: dict[str, Any] | None = None,
        body: Any = None,
        headers: dict[str, str] | None = None,
        user: str | None = None,
        media_type: str | None = None,
    ) -> Any:
        """Send one request; the answer must be ``expected`` and conform. Returns the decoded body."""
        spec, document, definition = OPERATIONS[operation_id]
        if body is not None and media_type != "multipart/form-data":
            _assert_valid_request(document, definition, body, media_type or "application/json")
        operation = SCHEMAS[spec].find_operation_by_id(operation_id)
        extra = {} if body is None else {"body": body}
        context = {}
        if user == "retail":
            context = {"hostUserId": self.retail.host_user_id}
        elif user == "business":
            context = {"loginId": self.business.login_id}
        case = operation.Case(
            path_parameters=path, query={**context, **(query or {})}, headers=headers, media_type=media_type, **extra
        )
        _credentials(case, self.platform)
        response = case.call_and_validate(checks=CHECKS, app=self.platform.sandbox.app)
        assert response.status_code == expected, f"{operation_id}: {response.status_code} {response.text[:500]}"
        self.answered.add(operation_id)
        content_type = response.headers.get("content-type", [""])[0]
        if "json" in content_type:
            return response.json()
        if "xml" in content_type:
            return parse_xml(response.content)
        return response.content


def _assert_valid_request(spec: dict[str, Any], operation: dict[str, Any], body: Any, media_type: str) -> None:
    """The walk's own requests follow the spec, so a failure is the sandbox's (it echoes bodies)."""
    request = _resolve(spec, operation["requestBody"])
    schema = request["content"][media_type]["schema"]
    validator = jsonschema_rs.validator_for({**schema, "components": spec["components"]})
    problems = [f"{list(e.instance_path)}: {e.message}" for e in validator.iter_errors(body)]
    assert not problems, f"{operation['operationId']} request: {problems}"


FORM = "application/x-www-form-urlencoded"


def test_documented_success_answers_conform_to_spec() -> None:
    walk = Walk()
    retail, business, today = walk.retail, walk.business, walk.world.today
    institution = {"institutionId": INSTITUTION_ID}

    # Authentication: every grant, refresh, revoke, the OIDC code flow, the legacy v1 token.
    login = {"username": retail.login_id, "password": retail.password}
    token = walk(
        "createAccessTokenV2", 200, body={"grant_type": "password", **login}, headers=institution, media_type=FORM
    )
    walk(
        "createAccessTokenV2",
        200,
        body={"grant_type": "refresh_token", "refresh_token": token["refresh_token"]},
        media_type=FORM,
    )
    code = walk(
        "generateAuthorizationCodeV1",
        200,
        body={
            "client_id": "partner-app",
            "scopes": "accounts:read",
            "username": retail.login_id,
            "institution_user_id": retail.institution_user_id,
        },
        headers=institution,
        media_type=FORM,
    )["code"]
    walk(
        "createAccessTokenV2",
        200,
        body={"grant_type": "authorization_code", "code": code},
        headers=institution,
        media_type=FORM,
    )
    walk("revokeAccessTokenV2", 204, body={"token": token["access_token"]}, media_type=FORM)
    walk("authorizeClientV1", 200, body={"client_id": "partner-app"}, headers=institution, media_type=FORM)
    walk(
        "createAccessTokenV1",
        200,
        body={"grant_type": "password", **login},
        headers={"di_fiid": INSTITUTION_ID},
        media_type=FORM,
    )

    # Core banking.
    walk("listAccountsV1", 200, user="retail", query={"$filter": "category eq 'DEPOSIT'", "viewName": "s"})
    walk(
        "listAccountsV1", 200, user="business", query={"$apply": "groupBy(customer)", "$skipGroups": 0, "$topGroups": 1}
    )
    walk("getAccountByIdV1", 200, user="retail", path={"accountId": walk.checking})
    walk("getCustomerAccountsTransactionsV1", 200, user="retail", path={"customerId": retail.institution_user_id})
    walk(
        "listAccountsLegacyV2",
        200,
        path={"di_fiid": INSTITUTION_ID, "di_ficustomer": retail.institution_user_id},
        query={"getExportAcctNum": "true"},
    )
    walk(
        "listAccountsLegacyV2",
        200,
        path={"di_fiid": INSTITUTION_ID, "di_ficustomer": business.institution_customer_id},
        headers={"intuit_IFS_userType": "PRIMARY_ADMIN"},
    )
    page = {"accountId": walk.checking, "$skip": 25, "$top": 25}
    walk("listAccountTransactionsV1", 200, user="retail", query={**page, "$filter": "contains(description,'coffee')"})
    walk("listAccountTransactionsV1", 200, user="retail", query={**page, "additionalFields": "true"})
    start = dt.datetime.combine(today, dt.time(), dt.UTC) - dt.timedelta(days=3)
    window = {"startTime": start.isoformat(), "endTime": (start + dt.timedelta(days=2)).isoformat(), "pageSize": 10}
    first = walk("searchBankingActivitiesV1", 200, body=window, headers={"Accept-Encoding": "application/gzip"})
    walk("searchBankingActivitiesV1", 200, body={**window, "nextPageToken": first["nextPageToken"]})
    present = {"condition": "and", "filters": [{"attributeId": "channel", "criteria": "isPresent"}]}
    walk("searchBankingActivitiesV1", 200, body={**window, "additionalFilters": present})
    checks = {"accountId": walk.checking, "imageType": "CHECK", "transactionDate": today.isoformat()}
    walk("listBankingImagesV1", 200, user="retail", query=checks)
    walk("getBankingImageByIdV1", 200, user="retail", path={"bankingImageId": "201"}, query=checks)
    statements = {
        "statementStartDate": (today - dt.timedelta(days=90)).isoformat(),
        "statementEndDate": today.isoformat(),
    }
    walk(
        "listBankingImagesV1",
        200,
        user="retail",
        query={"accountId": walk.checking, "imageType": "STATEMENT", **statements},
    )
    statement = {"accountId": walk.checking, "imageType": "STATEMENT", "statementDate": today.isoformat()}
    walk("getBankingImageByIdV1", 200, user="retail", path={"bankingImageId": "200"}, query=statement)

    # Business banking: registrations and ACH/wire payments, found again afterwards.
    walk("getBusinessRegistrationConfigV1", 200)
    details = {"searchType": "LOGIN_ID", "searchValue": business.login_id, "includeTins": True, "includeUsers": True}
    walk("getBusinessDetailsV1", 200, query=details)
    registration = walk(
        "createBusinessRegistrationV1",
        200,
        body={
            "businessName": "Widgets Inc",
            "tins": [{"tinNumber": "123456789", "tinName": "Widgets Inc", "primary": True}],
            "contact": {
                "firstName": "Ann",
                "lastName": "Lee",
                "address": {"address1": "1 Main St", "city": "Fresno", "state": "CA", "zipCode": "93650"},
            },
        },
    )
    walk("getBusinessRegistrationByIdV1", 200, path={"registrationId": registration["id"]})
    walk(
        "getBusinessRegistrationByConfirmationNumberV1",
        200,
        query={"confirmationNumber": registration["confirmationNumber"]},
    )
    walk("getBusinessEntitlementsLimitsV1", 200, query={"businessId": "4378848944"})
    walk("getUserEntitlementsLimitsV1", 200, query={"loginId": business.login_id})
    payment = {
        "paymentType": "ACH_PAYMENT",
        "transactionType": "DEBIT",
        "tinNumber": "123456789",
        "accountNumber": "1234567890",
        "deliveryDate": (today + dt.timedelta(days=2)).isoformat(),
    }
    ach_line = {
        "amount": 100.10,
        "currencyCode": "USD",
        "contactName": "Ann",
        "contactAccountNumber": "99",
        "contactAccountType": "PERSONAL_CHECKING",
        "contactBankAchRoutingNumber": "021000021",
    }
    ach_payment = {"paymentDescription": "Payroll", "achCompanyId": "C1", "achSecCode": "PAYROLL_PPD"}
    ach = walk(
        "createAchPaymentV1", 201, user="business", body={**payment, **ach_payment, "achTransactions": [ach_line]}
    )
    walk("getAchPaymentByPaymentIdV1", 200, user="business", path={"paymentId": ach["id"]})
    dates = {"fromDate": today.isoformat(), "toDate": (today + dt.timedelta(days=5)).isoformat()}
    assert walk("getAchPaymentsV1", 200, user="business", query=dates)["payments"]
    wire_line = {
        "amount": 5000,
        "currencyCode": "USD",
        "beneficiaryDetails": {
            "beneficiaryName": "Bob",
            "beneficiaryAccountNumber": "55",
            "address": {"address1": "1 Main", "city": "Springfield", "country": "United States"},
        },
        "beneficiaryBankDetails": {"beneficiaryBankRoutingNumber": "021000021"},
    }
    wire = walk(
        "createWirePaymentV1",
        201,
        user="business",
        body={**payment, "paymentType": "WIRE_DOMESTIC", "wireTransaction": wire_line},
    )
    walk("getWirePaymentByPaymentIdV1", 200, user="business", path={"paymentId": wire["id"]})
    abroad = {"address1": "Hauptstrasse 1", "city": "Berlin", "country": "Germany"}
    international_line = {
        "amount": 1000,
        "currencyCode": "USD",
        "sendInForeignCurrency": True,
        "transactInForeignCurrency": False,
        "foreignCurrencyCode": "EUR",
        "beneficiaryDetails": {"beneficiaryName": "Lena", "beneficiaryAccountNumber": "DE89", "address": abroad},
        "beneficiaryBankDetails": {
            "beneficiaryBankName": "Commerzbank",
            "beneficiaryBankSwiftNumber": "COBADEFFXXX",
            "address": abroad,
        },
        "intermediaryBankDetails": {"intermediaryBankType": "DOMESTIC", "intermediaryBankRoutingNumber": "021000021"},
    }
    international = walk(
        "createWirePaymentV1",
        201,
        user="business",
        body={**payment, "paymentType": "WIRE_INTERNATIONAL", "wireTransaction": international_line},
    )
    walk("getWirePaymentByPaymentIdV1", 200, user="business", path={"paymentId": international["id"]})
    assert len(walk("getWirePaymentsV1", 200, user="business", query=dates)["payments"]) == 2

    # Customer management.
    person = {
        "id": {"value": "0", "type": "GUID"},
        "fiId": {"value": INSTITUTION_ID},
        "memberNumber": "M1234",
        "person": {
            "personName": {"firstName": "Ada", "lastName": "Lovelace"},
            "contactInfo": {"emailAddress": "ada@example.com", "phoneNumber": [{"number": "2175550199"}]},
        },
        "channelInfos": {"channelInfo": [{"channelType": "TPV_API", "credential": {"loginId": "ada"}}]},
    }
    walk("registerCustomerV4", 200, path={"di_fiid": INSTITUTION_ID}, body=person, media_type="application/xml")
    walk("registerCustomerV4", 409, path={"di_fiid": INSTITUTION_ID}, body=person, media_type="application/xml")
    customer = {"customerId": retail.institution_user_id}
    walk("getCustomerInformation", 200, path=customer)
    walk("getCustomerContactMethods", 200, path=customer)
    walk("resetPassword", 204, path=customer, body={"contactMethodId": f"{retail.host_user_id}-1", "protocol": "SMS"})
    walk("unlockUser", 204, path=customer)
    walk("updateContactInfo", 204, path=customer, body={"email": {"emailAddress": "ada@example.com"}})
    user_id = {"institutionUserId": retail.institution_user_id}
    walk(
        "getInstitutionUserV1",
        200,
        path=user_id,
        query={"$expand": "contactMethods($filter=protocol eq 'SMS'),postalAddress"},
    )
    walk("getInstitutionUserV1", 200, path=user_id, query={"$expand": "subUsers,postalAddresses"})
    walk(
        "getInstitutionUserV1",
        200,
        path={"institutionUserId": business.login_id},
        query={"userIdType": "LOGIN_ID", "$expand": "contactMethods", "retrieveBillPayCredentials": True},
    )
    walk("getInstitutionUserV2", 200, path=user_id, query={"$expand": "contactMethods,identificationDocuments"})
    walk("getUserStatusV1", 200, path=user_id, query={"userIdType": "INSTITUTION_USER_ID"})  # with a sub-user
    walk("getUserStatusV1", 200, path={"institutionUserId": "HU-1002"}, query={"userIdType": "HOST_USER_ID"})  # held
    walk(
        "getCustomerV2",
        200,
        path={"fiId": INSTITUTION_ID, "fiCustomerId": retail.login_id},
        query={"fiCustomerIdType": "LOGINID"},
    )
    walk(
        "getCustomerV2",
        200,
        path={"fiId": INSTITUTION_ID, "fiCustomerId": "HU-1002"},
        query={"fiCustomerIdType": "HOSTID"},
    )
    walk("getCustomerInformation", 200, path={"customerId": business.login_id}, query={"userIdType": "LOGIN_ID"})

    # Money movement: a recipient's life, an immediate and a recurring transfer.
    recipient = {
        "memberNumber": "77",
        "accountNumber": "445566",
        "accountType": "CHECKING",
        "nickName": "Sis",
        "passCode": "pc",
    }
    created = walk("createRecipientV1", 200, user="retail", body=recipient)["recipients"][0]
    mine = {"recipientId": created["id"]}
    walk("listRecipientsV1", 200, user="retail")
    walk("getRecipientV1", 200, user="retail", path=mine)
    walk(
        "updateRecipientV1",
        200,
        user="retail",
        path=mine,
        body={**recipient, "id": created["id"], "nickName": "Sister"},
    )
    money = {"fromAccountId": walk.checking, "amount": {"currencyCode": "USD", "amount": 25.5}}
    walk("createTransferV1", 200, user="retail", body={**money, "toAccountId": walk.savings, "memo": "rent"})
    schedule = {
        "lifeType": "NUMBEROFEXECUTIONS",
        "frequency": "TWICEMONTHLY",
        "startDate": (today + dt.timedelta(days=3)).isoformat(),
        "numberOfExecutions": 4,
        "daysOfMonth": [15, 31],
    }
    walk("createTransferV1", 200, user="retail", body={**money, "toAccountId": created["id"], "schedule": schedule})
    walk("deleteRecipientV1", 204, user="retail", path=mine)

    # Customer campaigns: a group, an upload whose job finishes over polls, audiences.
    group = walk("createExperienceGroupV3", 200, body={"groupName": "VIP", "groupDescription": "Best customers"})
    walk("updateExperienceGroupV3", 200, path={"groupId": group["groupId"]}, body={"groupName": "VIP+"})
    upload = {"type": "ADD", "fileName": b"ParticipantId\nM1\nM2\n" + b"X" * 40 + b"\n"}
    job = walk(
        "uploadExperienceGroupParticipantsV3",
        200,
        path={"groupId": group["groupId"]},
        body=upload,
        media_type="multipart/form-data",
    )
    statuses = [walk("getJobV3", 200, path={"jobId": job["jobId"]})["jobStatus"] for _ in range(2)]
    assert statuses == ["PROCESSING", "PARTIAL_SUCCESS"]
    assert walk("getJobErrorsV3", 200, path={"jobId": job["jobId"]})["content"]
    walk("listJobsV3", 200, query={"groupId": group["groupId"], "sort": "createdDateTime,desc"})
    walk("listExperienceGroupsV3", 200, query={"page": 0, "size": 5})
    walk("deleteExperienceGroupV3", 200, path={"groupId": group["groupId"]})
    fi = {"fiId": INSTITUTION_ID}
    list_job = walk(
        "createUserListJobV1", 202, path=fi, body={"name": "spring promo", "users": [retail.host_user_id, "nobody"]}
    )
    walk("getUserListJobV1", 200, path={**fi, "jobId": list_job["jobId"]})
    file_name = "FI01234_promo_20250101120000.csv"
    metadata = {"userlistFileName": file_name, "userlistName": "promo", "userlistOperation": "CREATE"}
    walk("createUserListMetadataV1", 200, body={"userLists": [{"fileMetadata": metadata}]})
    for view in ("fileStatus", "fileErrorReport"):
        walk("getUserListDetailsV1", 200, query={"userlistFileName": file_name, "viewName": view})

    # Documents and preferences: disclosures, an OLS acceptance driving the e-statement preferences.
    disclosure = walk("listInstitutionDisclosuresV1", 200)["institutionDisclosures"][0]
    walk(
        "createInstitutionDisclosureV1",
        200,
        body={
            "institutionDisclosureName": "Fees",
            "institutionDisclosureDataType": "URL",
            "institutionDisclosureData": "https://bank.example.com/fees.pdf",
        },
    )
    walk(
        "updateInstitutionDisclosureV1",
        200,
        path={"institutionDisclosureId": disclosure["institutionDisclosureId"]},
        body={
            "institutionDisclosureId": disclosure["institutionDisclosureId"],
            "institutionDisclosureName": disclosure["institutionDisclosureName"],
            "institutionDisclosureStatus": False,
        },
    )
    ols = {"institutionDisclosureName": "OLS", "accountId": walk.checking}
    walk(
        "createUserDisclosureV1",
        204,
        user="retail",
        query={"accountType": "CHECKING"},
        body={**ols, "paperWaiver": True},
    )
    walk(
        "createUserDisclosureV1",
        204,
        user="retail",
        body={"institutionDisclosureName": "ESIGN", "institutionUserDisclosureStatus": "ACCEPTED"},
    )
    walk(
        "updateUserDisclosureV1",
        204,
        user="retail",
        body={"institutionDisclosureName": "ESIGN", "institutionUserDisclosureStatus": "NOT_ACCEPTED"},
    )
    walk("listUserDisclosuresV1", 200, user="retail")
    walk("getEStatementAccountPreferencesV1", 200, user="retail", path={"accountId": walk.checking})
    walk(
        "updateEStatementAccountPreferencesV1",
        204,
        user="retail",
        body={"accountId": walk.checking, "activateEstatement": False},
    )
    walk("updateEStatementUserPreferencesV1", 206, user="retail", body={"activateEstatement": True})
    walk("getEStatementsAccountsReportV1", 200, body={"accountType": "CHECKING"})
    walk("deleteUserDisclosureV1", 204, user="retail", query={"accountType": "CHECKING"}, body=ols)

    # MX: every passthrough (the reporting API answers Avro).
    for operation_id, (spec, _, _) in OPERATIONS.items():
        if spec != "mx":
            continue
        operation = SCHEMAS[spec].find_operation_by_id(operation_id)
        api = next(api for api in MX_HOSTS if api.lower() in operation_id.lower())
        reporting = api == "Reporting"
        resource = f"download/transactions/{today.isoformat()}" if reporting else "users/USR-1/accounts"
        path = {p: "DI-1" if p == "institutionId" else resource for p in re.findall(r"{(\w+)}", operation.path)}
        media = OPERATIONS[operation_id][2]["x-candescent-media-types"]
        accept = media["accept"][0]  # the platform's first listed types, as the generated methods default
        method = operation.method.upper()
        answer = walk(
            operation_id,
            204 if method == "DELETE" else 200,
            path=path,
            headers={"Accept": accept, "ext_host": MX_HOSTS[api]},
            body={"user": {"id": "U1"}} if method in ("POST", "PUT") else None,
            media_type=media["content_type"][0] if method in ("POST", "PUT") else None,
        )
        assert not reporting or answer.startswith(b"Obj\x01")

    # Every operation of the categories walked here has had a success answer validated.
    walked = {OPERATIONS[op][0] for op in walk.answered}
    missing = sorted(op for op, (spec, _, _) in OPERATIONS.items() if spec in walked and op not in walk.answered)
    assert not missing, f"add these operations' success answers to the walk: {missing}"
