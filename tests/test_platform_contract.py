"""Requests the SDK sends and answers the sandbox gives validate against the platform's contract.

``tests/_contract.py`` validates every in-process exchange of the whole suite with openapi-core
against the platform's own OpenAPI description (the facts file in shared/reference/). This module
makes sure each of the 108 operations is exercised at least once, through the client with valid
arguments, and that every request and answer of the walk validates (every other test is held to the
same rule by the autouse fixture in conftest.py). There is no list of tolerated failures: where we
knowingly differ from the platform's description, the difference is a declared deviation in our
specs, put in place by ``_contract.with_deviations`` and tied to the facts by the fidelity check.
"""

from __future__ import annotations

import datetime as dt
import enum
import io
import typing
import uuid
from collections import defaultdict
from decimal import Decimal
from typing import Any

import httpx2
import pytest

from candescent_async import CandescentClient
from candescent_async._registry import CATEGORIES, _category_table
from candescent_async.sandbox import INSTITUTION_ID, Sandbox
from tests import _contract

CONTRACT = _contract.load()
needs_facts = pytest.mark.skipif(CONTRACT is None, reason=_contract.skip_reason())
pytestmark = [needs_facts]

# MX gateway hosts, by the API named in the operationId.
MX_HOSTS = {
    "Platform": "int-api.mx.com",
    "RealTime": "int-live.moneydesktop.com",
    "Reporting": "int-logs.moneydesktop.com",
    "Sso": "int-sso.moneydesktop.com",
}
MX_ACCEPT = {
    "Platform": "application/vnd.mx.api.v1+json",
    "RealTime": "application/vnd.moneydesktop.mdx.v5+json",
    "Reporting": "application/vnd.mx.logs.v1+avro",
    "Sso": "application/vnd.moneydesktop.sso.v3+json",
}


def _snake(operation_id: str) -> str:
    for category in CATEGORIES:
        for name, op in _category_table(category).items():
            if op.operation_id == operation_id:
                return f"{category}.{name}"
    raise LookupError(operation_id)


def _convert(value: Any, hint: Any) -> Any:
    """A plain value (str, dict) as the client's typed argument: enums, UUIDs, models."""
    options = typing.get_args(hint) or (hint,)
    if isinstance(value, list):
        for option in options:
            if typing.get_origin(option) is list:
                (item,) = typing.get_args(option)
                return [_convert(v, item) for v in value]
        return value
    for option in options:
        if not isinstance(option, type):
            continue
        if isinstance(value, dict) and hasattr(option, "from_dict"):
            return option.from_dict(value)
        if isinstance(value, str) and issubclass(option, enum.Enum):
            return option(value)
        if isinstance(value, str) and option is uuid.UUID:
            return uuid.UUID(value)
    return value


def _plain(parsed: Any) -> Any:
    """A parsed model as its wire dict (lists item by item); other values as they are."""
    if isinstance(parsed, list):
        return [_plain(item) for item in parsed]
    if hasattr(parsed, "to_dict"):
        return parsed.to_dict()
    return parsed


class Walk:
    """Calls operations by operationId through a client with plain arguments; keeps what failed."""

    def __init__(self, sandbox: Sandbox, clients: dict[str, CandescentClient]) -> None:
        self.sandbox = sandbox
        self.clients = clients
        self.failures: list[str] = []
        self.called: set[str] = set()

    async def __call__(self, operation_id: str, *args: Any, as_user: str = "retail", **kwargs: Any) -> Any:
        """The parsed answer as a wire dict, or None when the call raised (recorded as a failure)."""
        category, name = _snake(operation_id).split(".")
        accessor = getattr(self.clients[as_user], category)
        method = getattr(accessor.with_raw_response, name)
        hints = typing.get_type_hints(getattr(accessor, name))
        arguments = {key: _convert(value, hints.get(key)) for key, value in kwargs.items()}
        self.called.add(operation_id)
        try:
            answer = await method(*args, **arguments)
        except Exception as exc:
            self.failures.append(f"{operation_id}: {type(exc).__name__}: {str(exc)[:300]}")
            return None
        if operation_id == "getMXReportingProxyV1":
            return answer.http_response.content
        return _plain(answer.parsed)


async def _walk(walk: Walk) -> None:
    world = walk.sandbox.world
    retail = next(u for u in world.users.values() if u.user_type == "retail")
    business = next(u for u in world.users.values() if u.user_type == "business")
    checking, savings, *_ = (a.data["id"] for a in world.accounts_of(retail))
    today = world.today

    # Authentication (the client's own token and revoke requests are exchanges too).
    login = {"username": retail.login_id, "password": retail.password}
    token = await walk("createAccessTokenV2", body={"grant_type": "password", **login}, institution_id=INSTITUTION_ID)
    if token:
        await walk("createAccessTokenV2", body={"grant_type": "refresh_token", "refresh_token": token["refresh_token"]})
    code = await walk(
        "generateAuthorizationCodeV1",
        body={
            "client_id": "partner-app",
            "scopes": "accounts:read",
            "username": retail.login_id,
            "institution_user_id": retail.institution_user_id,
        },
        institution_id=INSTITUTION_ID,
    )
    if code:
        await walk(
            "createAccessTokenV2",
            body={"grant_type": "authorization_code", "code": code["code"]},
            institution_id=INSTITUTION_ID,
        )
    if token:
        await walk("revokeAccessTokenV2", body={"token": token["access_token"]})
    await walk("authorizeClientV1", body={"client_id": "partner-app"}, institution_id=INSTITUTION_ID)
    await walk("createAccessTokenV1", body={"grant_type": "password", **login}, di_fiid=INSTITUTION_ID)

    # Core banking.
    await walk("listAccountsV1", filter_="category eq 'DEPOSIT'", view_name="s")
    await walk("getAccountByIdV1", checking)
    await walk("getCustomerAccountsTransactionsV1", retail.institution_user_id)
    await walk("listAccountsLegacyV2", INSTITUTION_ID, retail.institution_user_id)
    await walk("listAccountTransactionsV1", account_id=checking, skip=0, top=25)
    start = dt.datetime.combine(today, dt.time(), dt.UTC) - dt.timedelta(days=3)
    window = {"startTime": start.isoformat(), "endTime": (start + dt.timedelta(days=2)).isoformat(), "pageSize": 10}
    await walk("searchBankingActivitiesV1", body=window)
    images = {"account_id": checking, "image_type": "CHECK", "transaction_date": today}
    await walk("listBankingImagesV1", **images)
    await walk("getBankingImageByIdV1", "201", **images)

    # Business banking, as the business user.
    biz = {"as_user": "business", "login_id": business.login_id}
    await walk("getBusinessRegistrationConfigV1", as_user="business")
    await walk(
        "getBusinessDetailsV1",
        as_user="business",
        search_type="LOGIN_ID",
        search_value=business.login_id,
        include_tins=True,
        include_users=True,
    )
    registration = await walk(
        "createBusinessRegistrationV1",
        as_user="business",
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
    if registration:
        await walk("getBusinessRegistrationByIdV1", str(registration["id"]), as_user="business")
        await walk(
            "getBusinessRegistrationByConfirmationNumberV1",
            as_user="business",
            confirmation_number=str(registration["confirmationNumber"]),
        )
    await walk("getBusinessEntitlementsLimitsV1", as_user="business", business_id="4378848944")
    await walk("getUserEntitlementsLimitsV1", **biz)
    payment = {
        "paymentType": "ACH_PAYMENT",
        "transactionType": "DEBIT",
        "tinNumber": "123456789",
        "accountNumber": "1234567890",
        "deliveryDate": (today + dt.timedelta(days=2)).isoformat(),
    }
    ach = await walk(
        "createAchPaymentV1",
        **biz,
        body={
            **payment,
            "paymentDescription": "Payroll",
            "achCompanyId": "C1",
            "achSecCode": "PAYROLL_PPD",
            "achTransactions": [
                {
                    "amount": Decimal("100.10"),
                    "currencyCode": "USD",
                    "contactName": "Ann",
                    "contactAccountNumber": "99",
                    "contactAccountType": "PERSONAL_CHECKING",
                    "contactBankAchRoutingNumber": "021000021",
                }
            ],
        },
    )
    if ach:
        await walk("getAchPaymentByPaymentIdV1", str(ach["id"]), **biz)
    dates = {"from_date": today, "to_date": today + dt.timedelta(days=5)}
    await walk("getAchPaymentsV1", **biz, **dates)
    wire = await walk(
        "createWirePaymentV1",
        **biz,
        body={
            **payment,
            "paymentType": "WIRE_DOMESTIC",
            "wireTransaction": {
                "amount": Decimal("5000.00"),
                "currencyCode": "USD",
                "beneficiaryDetails": {
                    "beneficiaryName": "Bob",
                    "beneficiaryAccountNumber": "55",
                    "address": {"address1": "1 Main", "city": "Springfield", "country": "United States"},
                },
                "beneficiaryBankDetails": {"beneficiaryBankRoutingNumber": "021000021"},
            },
        },
    )
    if wire:
        await walk("getWirePaymentByPaymentIdV1", str(wire["id"]), **biz)
    await walk("getWirePaymentsV1", **biz, **dates)

    # Customer management.
    person = {"memberNumber": "M1234", "person": {"personName": {"firstName": "Ada", "lastName": "Lovelace"}}}
    await walk("registerCustomerV4", INSTITUTION_ID, body=person)
    customer = retail.institution_user_id
    await walk("getCustomerInformation", customer)
    methods = await walk("getCustomerContactMethods", customer)
    if methods:
        method_id = methods["contactMethods"][0]["id"]
        await walk("resetPassword", customer, body={"contactMethodId": method_id, "protocol": "SMS"})
    await walk("unlockUser", customer)
    await walk("updateContactInfo", customer, body={"email": {"emailAddress": "ada@example.com"}})
    await walk("getInstitutionUserV1", customer, expand="contactMethods($filter=protocol eq 'SMS'),postalAddresses")
    await walk("getInstitutionUserV2", customer, expand="contactMethods,identificationDocuments")
    await walk("getUserStatusV1", customer, user_id_type="INSTITUTION_USER_ID")
    await walk("getCustomerV2", INSTITUTION_ID, retail.login_id, fi_customer_id_type="LOGINID")

    # Money movement: a recipient's life and a transfer.
    recipient = {
        "memberNumber": "77",
        "accountNumber": "445566",
        "accountType": "CHECKING",
        "nickName": "Sis",
        "passCode": "pc",
    }
    created = await walk("createRecipientV1", body=recipient)
    await walk("listRecipientsV1")
    await walk(
        "createTransferV1",
        body={
            "fromAccountId": checking,
            "toAccountId": savings,
            "amount": {"currencyCode": "USD", "amount": Decimal("25.50")},
            "memo": "rent",
        },
    )
    if created:
        recipient_id = created["recipients"][0]["id"]
        await walk("getRecipientV1", recipient_id)
        await walk("updateRecipientV1", recipient_id, body={**recipient, "nickName": "Sister"})
        await walk("deleteRecipientV1", recipient_id)

    await _alerts(walk, retail.institution_user_id, checking)
    await _documents(walk, checking)
    await _campaigns(walk, retail.host_user_id)

    # MX: every passthrough.
    for operation_id in sorted(op.operation_id for op in _category_table("mx").values()):
        api = next(api for api in MX_HOSTS if api.lower() in operation_id.lower())
        method = _category_table("mx")[_snake(operation_id).split(".")[1]].method
        headers = {"ext_host": MX_HOSTS[api], "accept": MX_ACCEPT[api]}
        args: list[Any] = [] if api in ("Platform", "Reporting") else ["DI-1"]
        resource = f"download/transactions/{today.isoformat()}" if api == "Reporting" else "users/USR-1/accounts"
        body = {"body": {"user": {"id": "U1"}}} if method in ("POST", "PUT") else {}
        answer = await walk(operation_id, *args, resource, **headers, **body)
        if api == "Reporting" and answer is not None:
            assert answer.startswith(b"Obj\x01")


async def _alerts(walk: Walk, customer: str, checking: str) -> None:
    alert_type = await walk(
        "createAlertTypeV1",
        body={"alertTypeName": "CheckCleared", "alertCategory": "Checks", "channels": "EMAIL,SMS"},
    )
    await walk("listAlertTypesV1", alert_type_name="CheckCleared")
    if alert_type:
        await walk("updateAlertTypeV1", body={"alertTypeId": alert_type["alertTypeId"], "description": "Cleared"})
    fi_type = await walk(
        "createInstitutionAlertTypeV1", body={"alertTypeName": "CheckCleared", "channelsOptd": "SMS", "reason": "pilot"}
    )
    await walk("listInstitutionAlertTypesV1", alert_type_name="CheckCleared")
    if fi_type:
        await walk(
            "updateInstitutionAlertTypeV1",
            body={"institutionAlertTypeId": fi_type["institutionAlertTypeId"], "statusOptd": "INACTIVE"},
        )
    template = await walk(
        "createAlertTemplateV1",
        body={
            "alertTypeName": "CheckCleared",
            "locale": "en_US",
            "templateContents": [
                {"channelType": "SMS", "templateContentType": "SMS_BODY", "templateContent": "Cleared {{amount}}"}
            ],
        },
    )
    await walk("listAlertTemplatesV1", alert_type_name=["CheckCleared"], channel=["SMS"], state=["DRAFT"])
    if template:
        await walk(
            "updateAlertTemplateV1", body={"alertTypeResourceId": template["alertTypeResourceId"], "state": "PUBLISHED"}
        )

    fi_prefs = await walk("listInstitutionAlertPreferencesV1", alert_types="PaymentDue")
    sms = next(
        (p for p in (fi_prefs or {}).get("fiAlertPreferences", []) if p["channelTypeName"] == "SMS"),
        None,
    )
    if sms:
        await walk("deleteInstitutionAlertPreferenceV1", sms["institutionAlertPrefId"])
        recreated = await walk(
            "createInstitutionAlertPreferenceV1",
            body={"alertTypeName": "PaymentDue", "channelTypeName": "SMS", "alertOpted": True},
        )
        if recreated:
            await walk(
                "updateInstitutionAlertPreferenceV1", recreated["institutionAlertPrefId"], body={"alertOpted": False}
            )

    await walk("listAlertPreferencesV1", page_no=0, page_size=5)
    preference = await walk(
        "createAlertPreferenceV1",
        body={
            "alertOpted": True,
            "additionalInfo": {"threshold": Decimal("25.50")},
            "alertPreferenceDetails": {"alertTypeName": "PaymentDue", "channelTypeName": "EMAIL", "externalId": "x1"},
        },
    )
    if preference:
        pref_id = preference["alertPreferenceDetails"]["alertPrefId"]
        await walk("getAlertPreferenceV1", pref_id)
        await walk("updateAlertPreferenceV1", pref_id, body={"alertOpted": False}, allow_callback=False)
        await walk("deleteAlertPreferenceV1", pref_id)

    history = await walk("listAlertHistoryV1")
    entries = (history or {}).get("alertHistorySummaryResources", [])
    if entries:
        await walk("getAlertHistoryContentV1", alert_history_id=str(entries[0]["alertHistoryId"]))
    await walk(
        "publishAlertEventsV1",
        body={
            "eventDomainType": "UserEvent",
            "eventDetails": {
                "eventId": "evt-42",
                "eventType": "PasswordChanged",
                "eventSource": "tests",
                "eventOccured": "2026-03-01T10:15:00+00:00",
                "additionalInfo": {"accountNumber": "0101", "amount": "0.00", "accountId": checking},
            },
        },
    )

    # Legacy notification channels (XML).
    subscription = await walk(
        "createUserSubscriptionV1",
        INSTITUTION_ID,
        customer,
        body={
            "eventTypeId": "STATEMENT_READY",
            "fulfillment": "2",
            "subscriptionEventConditionsMap": {"map": [{"key": "accountType", "value": "CHECKING"}]},
            "subscriptionActions": {"subscriptionAction": [{"name": "EMAIL"}, {"name": "SMS"}]},
        },
    )
    await walk("listUserSubscriptionsV1", INSTITUTION_ID, customer, event_type="STATEMENT_READY")
    await walk("listInstitutionSubscriptionsV1", INSTITUTION_ID, limit="10")
    if subscription:
        await walk("getSubscriptionByIdV1", INSTITUTION_ID, customer, subscription["id"])
        await walk(
            "updateUserSubscriptionV1",
            INSTITUTION_ID,
            customer,
            body={
                "id": subscription["id"],
                "eventTypeId": "STATEMENT_READY",
                "fulfillment": "0",
                "subscriptionActions": {"subscriptionAction": [{"name": "PUSH"}]},
            },
        )
        await walk(
            "sendCustomerEventV1",
            INSTITUTION_ID,
            customer,
            body={"Event": [{"eventType": "STATEMENT_READY", "fiCustomerId": customer}]},
        )
        await walk("deleteSubscriptionV1", INSTITUTION_ID, customer, subscription["id"])

    if template:
        await walk("deleteAlertTemplateV1", template["alertTypeResourceId"])
    if fi_type:
        await walk("deleteInstitutionAlertTypeV1", fi_type["institutionAlertTypeId"])
    if alert_type:
        await walk("deleteAlertTypeV1", alert_type["alertTypeId"])


async def _documents(walk: Walk, checking: str) -> None:
    listed = await walk("listInstitutionDisclosuresV1")
    await walk(
        "createInstitutionDisclosureV1",
        body={
            "institutionDisclosureName": "Fees",
            "institutionDisclosureDataType": "URL",
            "institutionDisclosureData": "https://bank.example.com/fees.pdf",
        },
    )
    if listed:
        disclosure = listed["institutionDisclosures"][0]
        await walk(
            "updateInstitutionDisclosureV1",
            disclosure["institutionDisclosureId"],
            body={
                "institutionDisclosureId": disclosure["institutionDisclosureId"],
                "institutionDisclosureName": disclosure["institutionDisclosureName"],
                "institutionDisclosureStatus": False,
            },
        )
    ols = {"institutionDisclosureName": "OLS", "accountId": checking}
    await walk("createUserDisclosureV1", body={**ols, "paperWaiver": True}, account_type="CHECKING")
    esign = {"institutionDisclosureName": "ESIGN", "institutionUserDisclosureStatus": "ACCEPTED"}
    await walk("createUserDisclosureV1", body=esign)
    await walk("updateUserDisclosureV1", body={**esign, "institutionUserDisclosureStatus": "NOT_ACCEPTED"})
    await walk("listUserDisclosuresV1")
    await walk("getEStatementAccountPreferencesV1", checking)
    await walk("updateEStatementAccountPreferencesV1", body={"accountId": checking, "activateEstatement": False})
    await walk("updateEStatementUserPreferencesV1", body={"activateEstatement": True})
    await walk("getEStatementsAccountsReportV1", body={"accountType": "CHECKING"})
    await walk("deleteUserDisclosureV1", body=ols, account_type="CHECKING")


async def _campaigns(walk: Walk, host_user_id: str) -> None:
    from candescent_async.types import File
    from candescent_async.types.customer_campaigns import (
        UploadExperienceGroupParticipantsRequest as UploadParticipantsRequest,
    )

    group = await walk("createExperienceGroupV3", body={"groupName": "VIP", "groupDescription": "Best customers"})
    if group:
        group_id = group["groupId"]
        await walk("updateExperienceGroupV3", group_id, body={"groupName": "VIP+"})
        csv = File(
            payload=io.BytesIO(b"ParticipantId\nM1\nM2\n" + b"X" * 40 + b"\n"), file_name="p.csv", mime_type="text/csv"
        )
        job = await walk(
            "uploadExperienceGroupParticipantsV3", group_id, body=UploadParticipantsRequest(type_="ADD", file_name=csv)
        )
        if job:
            for _ in range(2):  # the job finishes over polls, with one failed line
                await walk("getJobV3", job["jobId"])
            await walk("getJobErrorsV3", job["jobId"])
        await walk("listJobsV3", group_id=group_id, sort="createdDateTime,desc")
        await walk("listExperienceGroupsV3", page=0, size=5)
        await walk("deleteExperienceGroupV3", group_id)
    list_job = await walk("createUserListJobV1", INSTITUTION_ID, body={"name": "promo", "users": [host_user_id]})
    if list_job:
        await walk("getUserListJobV1", INSTITUTION_ID, str(list_job["jobId"]))
    file_name = "FI01234_promo_20250101120000.csv"
    metadata = {"userlistFileName": file_name, "userlistName": "promo", "userlistOperation": "CREATE"}
    await walk("createUserListMetadataV1", body={"userLists": [{"fileMetadata": metadata}]})
    await walk("getUserListDetailsV1", userlist_file_name=file_name, view_name="fileStatus")


# ---------------------------------------------------------------------------- the verdict


def _results(events: list[_contract.Event]) -> dict[str, dict[str, list[str]]]:
    """operationId -> direction -> the problems of every failed exchange (empty list: all valid)."""
    results: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for event in events:
        results[event.operation_id].setdefault(event.direction, []).extend(event.problems)
    return results


def _problems(results: dict[str, dict[str, list[str]]]) -> list[str]:
    """Operations never exercised, and every operation and direction with a failed exchange."""
    assert CONTRACT is not None
    lines = []
    for operation_id in sorted(CONTRACT.operations):
        seen = results.get(operation_id, {})
        if "request" not in seen:
            lines.append(f"UNSEEN {operation_id}: the walk sent it no request (add it to {__name__})")
        for direction, problems in sorted(seen.items()):
            if problems:
                lines.append(f"INVALID {operation_id} {direction}: {problems[0]}")
    return lines


@pytest.mark.anyio
@pytest.mark.contract_self_checked
async def test_every_operation_through_the_sdk_meets_the_platform_contract() -> None:
    sandbox = Sandbox(seed=14, transactions_per_account=60)
    business = next(u for u in sandbox.world.users.values() if u.user_type == "business")
    retail = next(u for u in sandbox.world.users.values() if u.user_type == "retail")
    mark = len(_contract.LEDGER.events)
    async with (
        sandbox.client(host_user_id=retail.host_user_id) as retail_client,
        sandbox.client(login_id=business.login_id) as business_client,
    ):
        walk = Walk(sandbox, {"retail": retail_client, "business": business_client})
        await _walk(walk)
    results = _results(_contract.LEDGER.since(mark))
    lines = _problems(results)
    lines += [f"CALL FAILED {failure}" for failure in walk.failures]
    assert not lines, "platform contract:\n  " + "\n  ".join(lines)


# ---------------------------------------------------------------------------- the validator itself


def _trace_and_auth(operation_id: str) -> dict[str, str]:
    """Valid values for an operation's required headers (Authorization, the trace header ...)."""
    assert CONTRACT is not None
    headers = {}
    for parameter in CONTRACT.operations[operation_id].definition.get("parameters", []):
        parameter = CONTRACT._resolve(parameter)
        if parameter["in"] != "header" or not parameter.get("required"):
            continue
        name = parameter["name"]
        if name == "Authorization":
            headers[name] = "Bearer abc"
        elif CONTRACT._resolve(parameter["schema"]).get("format") == "uuid":
            headers[name] = str(uuid.uuid4())
        else:
            headers[name] = INSTITUTION_ID
    return headers


def _get(path: str, operation_id: str, **headers: str) -> httpx2.Request:
    return httpx2.Request("GET", "http://sandbox.local" + path, headers={**_trace_and_auth(operation_id), **headers})


def test_the_validator_accepts_a_valid_request_and_names_what_breaks_one() -> None:
    assert CONTRACT is not None
    valid = _get("/v1/accounts/A-1?hostUserId=HU-1", "getAccountByIdV1")
    assert CONTRACT.check_request("getAccountByIdV1", valid) == []
    headers = dict(valid.headers)
    trace = next(name for name in headers if name.lower() not in ("authorization", "host"))

    unauthorised = httpx2.Request("GET", valid.url, headers={k: v for k, v in headers.items() if k != "authorization"})
    assert "Authorization" in " ".join(CONTRACT.check_request("getAccountByIdV1", unauthorised))
    basic = httpx2.Request("GET", valid.url, headers={**headers, "authorization": "Basic abc"})
    assert "Authorization" in " ".join(CONTRACT.check_request("getAccountByIdV1", basic))
    bad_trace = httpx2.Request("GET", valid.url, headers={**headers, trace: "not-a-uuid"})
    assert trace in " ".join(CONTRACT.check_request("getAccountByIdV1", bad_trace)).lower()
    wrong_enum = httpx2.Request("GET", str(valid.url) + "&viewName=xl", headers=headers)
    assert "viewName" in " ".join(CONTRACT.check_request("getAccountByIdV1", wrong_enum))
    undeclared = httpx2.Request("GET", str(valid.url) + "&accountFilter=x", headers=headers)
    assert "accountFilter" in " ".join(CONTRACT.check_request("getAccountByIdV1", undeclared))
    elsewhere = _get("/v1/accounts/A-1/extra", "getAccountByIdV1")
    assert "does not match" in " ".join(CONTRACT.check_request("getAccountByIdV1", elsewhere))


def test_the_validator_holds_answers_to_the_documented_status_type_and_body() -> None:
    assert CONTRACT is not None
    request = httpx2.Request(
        "POST",
        "http://sandbox.local/oauth2/v1/token",
        headers={**_trace_and_auth("createAccessTokenV2"), "Content-Type": "application/x-www-form-urlencoded"},
        content=b"grant_type=client_credentials",
    )
    good = {"access_token": "t", "expires_in": "1799", "token_type": "Bearer"}

    def answer(status: int, body: Any, content_type: str = "application/json") -> list[str]:
        content = body if isinstance(body, bytes) else httpx2.Response(200, json=body).content
        response = httpx2.Response(status, content=content, headers={"content-type": content_type})
        return CONTRACT.check_answer("createAccessTokenV2", request, response)

    assert answer(200, good) == []
    assert "'invented'" in " ".join(answer(200, {**good, "invented": "x"}))  # only documented properties
    assert answer(200, {**good, "expires_in": 1799})  # a string on the wire, per the platform
    assert answer(200, {"token_type": "Bearer"})  # required fields missing
    assert answer(418, good)  # undocumented status
    assert answer(200, good, "text/plain")  # undocumented content type
    assert answer(200, b"")  # documented body missing


def test_xml_answers_are_read_with_the_sdk_codec_and_typed_from_the_schema() -> None:
    assert CONTRACT is not None
    request = httpx2.Request(
        "POST",
        "http://sandbox.local/v1/oauth/token",
        headers={**_trace_and_auth("createAccessTokenV1"), "Content-Type": "application/x-www-form-urlencoded"},
        content=b"grant_type=client_credentials",
    )

    def answer(status: int, xml: bytes) -> list[str]:
        response = httpx2.Response(status, content=xml, headers={"content-type": "application/xml"})
        return CONTRACT.check_answer("createAccessTokenV1", request, response)

    error = b"<Status><errorInfo><errorType>USER_ERROR</errorType><errorCode>1</errorCode>"
    error += b"<errorMessage>no</errorMessage></errorInfo></Status>"
    assert answer(400, error) == []  # one <errorInfo> is the documented one-item array
    assert answer(400, error.replace(b"Status>", b"Problem>"))  # the documented root is <Status>
    assert answer(400, b"<Status><statusMessage>no</statusMessage></Status>")  # errorInfo is required
    assert answer(400, b"<Status><unclosed></Status>")  # malformed


def test_the_verdict_names_invalid_and_unexercised_operations() -> None:
    results = {"listAccountsV1": {"request": [], "answer": ["answer body: $.x: boom"]}, "getAccountByIdV1": {}}
    lines = _problems(results)
    assert "INVALID listAccountsV1 answer: answer body: $.x: boom" in lines
    assert any(line.startswith("UNSEEN getAccountByIdV1") for line in lines)
    assert not any("listAccountsV1 request" in line for line in lines)


def test_declared_deviations_are_put_in_place_and_nothing_else() -> None:
    """The overlay changes the facts exactly where our specs declare a deviation."""
    facts = _contract.load_facts()
    assert facts is not None
    overlaid, count = _contract.with_deviations(facts)
    assert count == 15
    transfer = overlaid["paths"]["/v1/transfers"]["post"]
    names = [_contract._deref(overlaid, p).get("name") for p in transfer["parameters"]]
    assert "testTransfer" in names  # declared on createTransferV1
    assert "customerId" not in overlaid["components"]["schemas"]["UXAccount"].get("required", [])
    assert "customerId" in facts["components"]["schemas"]["UXAccount"]["required"]  # the facts are untouched
    untouched = [
        k
        for k in facts["components"]["schemas"]
        if k not in ("Subscription", "IdentificationDocument", "ServiceFilter", "UXAccount", "Transfer")
    ]
    assert all(overlaid["components"]["schemas"][k] == facts["components"]["schemas"][k] for k in untouched)
