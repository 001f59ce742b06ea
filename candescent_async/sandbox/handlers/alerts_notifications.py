"""Alerts and notifications: alert types, templates, preferences, legacy subscriptions, history, events.

State lives in ``world.extra["alerts"]``, seeded on first use from the world's seed. Numeric ids
are int64 counters; legacy subscription ids are hex strings. Publishing a realtime event (or
sending a legacy event) has effects the other operations can see: a matching, opted-in user gets
an alert history entry rendered from the published template, and subscriptions for the event type
count as processed today (``filterOutSubs``).

Legacy (XML) errors are ``<ErrorResponse><code/><message/></ErrorResponse>``, as the platform
documents for these operations, with the codes ``SUBS_400``/``SUBS_404`` (it documents no codes).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from .._app import ERROR_FAMILIES, Ctx, Reply, as_object, handler
from .._state import INSTITUTION_ID, User, World, stable_uuid

ERROR_FAMILIES.update(
    dict.fromkeys(
        (
            "listUserSubscriptionsV1",
            "updateUserSubscriptionV1",
            "createUserSubscriptionV1",
            "listInstitutionSubscriptionsV1",
            "getSubscriptionByIdV1",
            "deleteSubscriptionV1",
            "sendCustomerEventV1",
        ),
        "xml-error-response",
    )
)
CHANNELS = ("EMAIL", "SMS", "PUSH", "WEB")
STATUSES = ("ACTIVE", "INACTIVE")
DOMAINS = ("Account", "Transaction", "Notification")
TEMPLATE_STATES = ("DRAFT", "PUBLISHED", "ARCHIVED")
DELIVERY = ("SUCCESS", "FAILURE", "IN_PROCESS")
CONTENT_TYPES = {
    "EMAIL_SUBJECT": "EMAIL",
    "EMAIL_BODY": "EMAIL",
    "SMS_BODY": "SMS",
    "PUSH_BODY": "PUSH",
    "WEB_BODY": "WEB",
    "WEB_JSON": "WEB",
}
EVENT_DOMAINS = ("AccountEvent", "TransactionEvent", "NotificationEvent", "UserEvent")
LEGACY_EVENT_TYPES = ("BALANCE_LOW", "DEPOSIT_POSTED", "STATEMENT_READY", "PAYMENT_DUE")
LEGACY_CUSTOMERS = 26

# name, display name, category, domain, account types, channels, external system
_ALERT_TYPES: tuple[tuple[str, str, str, str, str, str, str | None], ...] = (
    ("LowBalance", "Low balance", "Balance", "Account", "CHECKING,SAVINGS", "EMAIL,SMS,PUSH", None),
    ("HighBalance", "High balance", "Balance", "Account", "CHECKING,SAVINGS", "EMAIL,SMS,PUSH", None),
    ("LargeWithdrawal", "Large withdrawal", "Transaction", "Transaction", "CHECKING,SAVINGS", "EMAIL,SMS,PUSH", None),
    ("LargeDeposit", "Large deposit", "Transaction", "Transaction", "CHECKING,SAVINGS", "EMAIL,SMS,PUSH", None),
    ("ATMWithdrawal", "ATM withdrawal", "ATM Withdrawal", "Transaction", "CHECKING", "EMAIL,SMS,PUSH", None),
    ("PaymentDue", "Loan payment due", "Loan", "Account", "INSTALLMENT_LOAN,MORTGAGE_LOAN", "EMAIL,SMS", None),
    ("PasswordChanged", "Password changed", "Security", "Notification", "", "EMAIL,SMS,PUSH,WEB", None),
    ("VisaLowBalance", "Visa low balance", "Visa Low Balance", "Notification", "", "EMAIL,SMS", "VISA"),
)
_THRESHOLDS = {
    "LowBalance": "100.00",
    "HighBalance": "10000.00",
    "LargeWithdrawal": "500.00",
    "LargeDeposit": "1000.00",
}


# ------------------------------------------------------------------ state


def _state(ctx: Ctx) -> dict[str, Any]:
    state: dict[str, Any] | None = ctx.world.extra.get("alerts")
    if state is None:
        state = ctx.world.extra["alerts"] = _seed(ctx.world)
    return state


def _next(state: dict[str, Any], kind: str) -> int:
    state["next"][kind] += 1
    value: int = state["next"][kind]
    return value


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _split(value: Any) -> list[str]:
    return [part.strip() for part in str(value or "").split(",") if part.strip()]


def _seed(world: World) -> dict[str, Any]:
    rng = random.Random(f"alerts:{world.seed}")
    state: dict[str, Any] = {
        "next": {"type": 1000, "fi_type": 2000, "template": 3000, "content": 3500, "fi_pref": 4000},
        "alert_types": {},
        "institution_types": {},
        "templates": {},
        "fi_prefs": {},
        "user_prefs": {},
        "history": {},
        "contents": {},
        "subscriptions": {},
        "legacy_events": [],
        "published": [],
    }
    state["next"].update({"pref": 500_000, "history": 700_000, "history_content": 800_000, "subscription": 0})
    for name, display, category, domain, account_types, channels, external in _ALERT_TYPES:
        type_id = _next(state, "type")
        alert_type: dict[str, Any] = {
            "alertTypeId": type_id,
            "alertTypeName": name,
            "displayAlertTypeName": display,
            "description": f"Sent when: {display.lower()}.",
            "alertCategory": category,
            "eventTypeDomain": domain,
            "applicableAccountTypes": account_types,
            "channels": channels,
            "institutionId": INSTITUTION_ID,
            "status": "ACTIVE",
            "additionalInfo": {"defaultThreshold": _THRESHOLDS[name]} if name in _THRESHOLDS else {},
        }
        if external:
            alert_type["externalSystem"] = external
        state["alert_types"][type_id] = alert_type
        fi_type_id = _next(state, "fi_type")
        state["institution_types"][fi_type_id] = {
            "institutionAlertTypeId": fi_type_id,
            "alertTypeName": name,
            "channelsOptd": channels,
            "statusOptd": "INACTIVE" if external else "ACTIVE",
            "reason": "Vendor not contracted" if external else "Enabled at onboarding",
            "institutionId": INSTITUTION_ID,
        }
        locales = ("en_US", "es_US") if name == "LowBalance" else ("en_US",)
        for locale in locales:
            state_name = "ARCHIVED" if external else ("DRAFT" if locale == "es_US" else "PUBLISHED")
            _add_template(state, name, locale, state_name, _default_contents(display, _split(channels)), world.today)
        for channel in _split(channels):
            pref_id = _next(state, "fi_pref")
            state["fi_prefs"][pref_id] = {
                "institutionAlertPrefId": pref_id,
                "alertTypeName": name,
                "channelTypeName": channel,
                "institutionId": INSTITUTION_ID,
                "alertOpted": channel == "EMAIL",
                "additionalInfo": {},
            }
    for user in world.users.values():
        _seed_user(state, world, user, rng)
    _seed_subscriptions(state, world, rng)
    return state


def _default_contents(display: str, channels: list[str]) -> list[dict[str, Any]]:
    contents = []
    if "EMAIL" in channels:
        contents.append({"channelType": "EMAIL", "templateContentType": "EMAIL_SUBJECT", "templateContent": display})
        contents.append(
            {
                "channelType": "EMAIL",
                "templateContentType": "EMAIL_BODY",
                "templateContent": f"{display} on account ending {{{{accountNumber}}}}: {{{{amount}}}}.",
            }
        )
    if "SMS" in channels:
        contents.append(
            {"channelType": "SMS", "templateContentType": "SMS_BODY", "templateContent": f"{display}: {{{{amount}}}}"}
        )
    if "PUSH" in channels:
        contents.append({"channelType": "PUSH", "templateContentType": "PUSH_BODY", "templateContent": display})
    return contents


def _add_template(
    state: dict[str, Any], name: str, locale: str, status: str, contents: list[dict[str, Any]], today: dt.date
) -> dict[str, Any]:
    template_id = _next(state, "template")
    template = {
        "alertTypeResourceId": template_id,
        "alertTypeName": name,
        "institutionId": INSTITUTION_ID,
        "locale": locale,
        "state": status,
        "lastUpdatedDttm": f"{today.isoformat()}T08:00:00+00:00",
        "templateContents": [{**c, "alertTemplateResourceId": _next(state, "content")} for c in contents],
        "variableMap": {"accountNumber": "Account number, last four digits", "amount": "Amount with currency"},
    }
    state["templates"][template_id] = template
    return template


def _seed_user(state: dict[str, Any], world: World, user: User, rng: random.Random) -> None:
    prefs: dict[int, dict[str, Any]] = state["user_prefs"].setdefault(user.institution_user_id, {})
    accounts = world.accounts_of(user)
    for account in accounts:
        kind = account.data["type"]["value"]
        for name, *_, account_types, channels, external in _ALERT_TYPES:
            if external or kind not in _split(account_types):
                continue
            for channel in _split(channels):
                details = {"accountId": account.data["id"], "accountExternalId": account.data["accountNumber"]}
                info = {"threshold": Decimal(_THRESHOLDS[name])} if name in _THRESHOLDS else {}
                record = _user_pref(state, user, name, channel, rng.random() < 0.6, details, info)
                prefs[record["alertPreferenceDetails"]["alertPrefId"]] = record
    for channel in ("EMAIL", "SMS", "PUSH"):
        record = _user_pref(state, user, "PasswordChanged", channel, True, None, {})
        prefs[record["alertPreferenceDetails"]["alertPrefId"]] = record
    state["history"].setdefault(user.institution_user_id, {})
    eligible = [
        (a, n)
        for a in accounts
        for n, *_, types, _c, ext in _ALERT_TYPES
        if not ext and a.data["type"]["value"] in _split(types)
    ]
    for i in range(12):
        account, name = eligible[rng.randrange(len(eligible))]
        occurred = dt.datetime.combine(world.today - dt.timedelta(days=i * 3), dt.time(9, i), dt.UTC)
        channel_info = {"EMAIL": DELIVERY[i % 3], "SMS": DELIVERY[(i + 1) % 3]}
        if i % 2 == 0:
            channel_info["PUSH"] = "SUCCESS"
        amount = f"{rng.randint(20, 2000)}.{rng.randint(0, 99):02d}"
        _add_history(
            state,
            user,
            name,
            f"EVT-{stable_uuid('event', world.seed, user.institution_user_id, i)[:13].upper()}",
            occurred.isoformat(),
            channel_info,
            {"accountId": account.data["id"], "accountNumber": account.data["accountNumber"][-4:], "amount": amount},
            read=i % 3 == 0,
        )


def _user_pref(
    state: dict[str, Any],
    user: User,
    name: str,
    channel: str,
    opted: bool,
    account: dict[str, Any] | None,
    info: dict[str, Any],
    institution_customer_id: str | None = None,
) -> dict[str, Any]:
    details: dict[str, Any] = {
        "alertPrefId": _next(state, "pref"),
        "alertTypeName": name,
        "channelTypeName": channel,
        "institutionId": INSTITUTION_ID,
    }
    customer = institution_customer_id or user.institution_customer_id
    if customer:
        details["institutionCustomerId"] = customer
    record: dict[str, Any] = {
        "alertOpted": opted,
        "allowCallback": False,
        "defaultPreferences": False,
        "additionalInfo": info,
        "alertPreferenceDetails": details,
    }
    if account:
        record["alertPreferenceAccountDetails"] = account
    return record


def _render(text: str, variables: dict[str, Any]) -> str:
    return re.sub(r"\{\{(\w+)\}\}", lambda m: str(variables.get(m.group(1), m.group(0))), text)


def _add_history(
    state: dict[str, Any],
    user: User,
    name: str,
    event_id: str,
    occurred: str,
    channel_info: dict[str, str],
    variables: dict[str, Any],
    *,
    read: bool = False,
) -> dict[str, Any]:
    history_id = _next(state, "history")
    template = _published_template(state, name)
    contents = {c["templateContentType"]: c["templateContent"] for c in (template or {}).get("templateContents", [])}
    summary = _render(contents.get("EMAIL_BODY") or contents.get("SMS_BODY") or name, variables)
    entry: dict[str, Any] = {
        "alertHistoryId": history_id,
        "alertTypeName": name,
        "channelInfo": channel_info,
        "eventId": event_id,
        "eventOccured": occurred,
        "institutionCustomerId": user.institution_customer_id or user.institution_user_id,
        "institutionId": INSTITUTION_ID,
        "messageSummary": summary,
        "jsonMessageSummary": json.dumps({"alertTypeName": name, "summary": summary}, sort_keys=True),
        "readFlag": read,
        "additionalInfo": {k: v for k, v in variables.items() if k == "accountId"},
    }
    state["history"].setdefault(user.institution_user_id, {})[history_id] = entry
    content_id = _next(state, "history_content")
    state["contents"][content_id] = {
        "alertHistoryContentId": content_id,
        "alertHistoryId": history_id,
        "eventId": event_id,
        "emailSubjectContent": _render(contents.get("EMAIL_SUBJECT", name), variables),
        "emailContent": _render(contents.get("EMAIL_BODY", name), variables),
        "smsContent": _render(contents.get("SMS_BODY", name), variables),
        "pushContent": _render(contents.get("PUSH_BODY", name), variables),
    }
    return entry


def _published_template(state: dict[str, Any], name: str) -> dict[str, Any] | None:
    found = [t for t in state["templates"].values() if t["alertTypeName"] == name and t["state"] == "PUBLISHED"]
    found.sort(key=lambda t: (t["locale"] != "en_US", t["alertTypeResourceId"]))
    return found[0] if found else None


def _seed_subscriptions(state: dict[str, Any], world: World, rng: random.Random) -> None:
    customers = [u.institution_user_id for u in world.users.values()]
    customers += [
        stable_uuid("legacy-customer", world.seed, n).replace("-", "").upper() for n in range(LEGACY_CUSTOMERS)
    ]
    state["customers"] = set(customers)
    for n, customer in enumerate(customers):
        for k in range(1 + rng.randrange(3)):
            event_type = LEGACY_EVENT_TYPES[(n + k) % len(LEGACY_EVENT_TYPES)]
            record = _subscription_record(
                world,
                customer,
                {
                    "eventTypeId": event_type,
                    "fulfillment": str(rng.randrange(5)),
                    "subscriptionEventConditionsMap": {"map": [{"key": "threshold", "value": "100.00"}]},
                    "subscriptionActions": {
                        "subscriptionAction": [
                            {
                                "name": "EMAIL" if k % 2 == 0 else "SMS",
                                "subscriptionActionAttributesMap": {"map": [{"key": "template", "value": event_type}]},
                            }
                        ]
                    },
                },
                f"{n}:{k}",
            )
            record["_status"] = "I" if (n + k) % 7 == 0 else "A"
            state["subscriptions"][record["id"]] = record


def _subscription_record(world: World, customer: str, body: dict[str, Any], salt: str) -> dict[str, Any]:
    return {
        "id": stable_uuid("subscription", world.seed, customer, salt).replace("-", "").upper(),
        "fiId": INSTITUTION_ID,
        "fiCustomerId": customer,
        "eventTypeId": str(body.get("eventTypeId") or ""),
        "fulfillment": str(body.get("fulfillment") or "0"),
        "subscriptionEventConditionsMap": _kv_map(body.get("subscriptionEventConditionsMap")),
        "subscriptionActions": _actions(body.get("subscriptionActions")),
        "_status": "A",
        "_processed": False,
    }


# ------------------------------------------------------------------ helpers


def _as_list(value: Any) -> list[Any]:
    """XML gives one repeated element as a dict, none as None: always a list."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _kv_map(value: Any) -> dict[str, Any] | None:
    """Key/value pairs as ``{"map": [...]}``; None (no element at all) when there are none."""
    entries = [e for e in _as_list(value.get("map")) if isinstance(e, dict)] if isinstance(value, dict) else []
    if not entries:
        return None
    return {"map": [{"key": str(e.get("key") or ""), "value": str(e.get("value") or "")} for e in entries]}


def _actions(value: Any) -> dict[str, Any] | None:
    actions = (
        [a for a in _as_list(value.get("subscriptionAction")) if isinstance(a, dict)] if isinstance(value, dict) else []
    )
    if not actions:
        return None
    return {
        "subscriptionAction": [
            {
                "name": str(a.get("name") or ""),
                "subscriptionActionAttributesMap": _kv_map(a.get("subscriptionActionAttributesMap")),
            }
            for a in actions
        ]
    }


def _public(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if not k.startswith("_")}


def _flag(value: str | None) -> bool | None:
    if value is None:
        return None
    return value.lower() == "true"


def _int_param(ctx: Ctx, name: str) -> int | Reply | None:
    raw = ctx.query.get(name)
    if raw in (None, ""):
        return None
    try:
        return int(raw)
    except ValueError:
        return ctx.error(400, "PRMVAL_10002", f"{name} must be a number")


def _path_id(ctx: Ctx, name: str) -> int | None:
    try:
        return int(ctx.path[name])
    except ValueError:
        return None


def _bad_channels(channels: Iterable[str]) -> list[str]:
    return [c for c in channels if c not in CHANNELS]


def _type_by_name(state: dict[str, Any], name: Any) -> dict[str, Any] | None:
    return next((t for t in state["alert_types"].values() if t["alertTypeName"] == name), None)


def _institution_type(state: dict[str, Any], name: str) -> dict[str, Any] | None:
    return next((t for t in state["institution_types"].values() if t["alertTypeName"] == name), None)


# ------------------------------------------------------------------ request shapes

# The JSON bodies' field types (as in the spec): a wrong type or a null is malformed input (400).
_STRING_MAP = ("map", str)
ALERT_TYPE_SHAPE: dict[str, Any] = {
    "alertTypeId": int,
    **dict.fromkeys(("alertTypeName", "displayAlertTypeName", "description", "alertCategory", "eventTypeDomain"), str),
    **dict.fromkeys(("applicableAccountTypes", "channels", "externalSystem", "institutionId", "status"), str),
    "additionalInfo": _STRING_MAP,
}
INSTITUTION_TYPE_SHAPE: dict[str, Any] = {
    "institutionAlertTypeId": int,
    **dict.fromkeys(("alertTypeName", "channelsOptd", "reason", "statusOptd", "institutionId"), str),
}
TEMPLATE_SHAPE: dict[str, Any] = {
    "alertTypeResourceId": int,
    **dict.fromkeys(("alertTypeName", "externalSystem", "institutionId", "locale", "state", "lastUpdatedDttm"), str),
    "templateContents": (
        "list",
        {"alertTemplateResourceId": int, "channelType": str, "templateContent": str, "templateContentType": str},
    ),
    "variableMap": _STRING_MAP,
}
FI_PREF_SHAPE: dict[str, Any] = {
    "institutionAlertPrefId": int,
    **dict.fromkeys(("alertTypeName", "channelTypeName", "institutionId"), str),
    "alertOpted": bool,
    "additionalInfo": dict,
}
USER_PREF_SHAPE: dict[str, Any] = {
    **dict.fromkeys(("alertOpted", "allowCallback", "defaultPreferences"), bool),
    "additionalInfo": dict,
    "alertPreferenceAccountDetails": dict.fromkeys(("accountExternalId", "accountId", "cardNumber"), str),
    "alertPreferenceDetails": {
        "alertPrefId": int,
        **dict.fromkeys(
            ("alertTypeName", "channelTypeName", "externalId", "institutionCustomerId", "institutionId"), str
        ),
    },
}
EVENT_SHAPE: dict[str, Any] = {
    "eventDomainType": str,
    "eventDetails": {
        **dict.fromkeys(("eventId", "eventType", "eventSource", "eventOccured", "eventNoticed"), str),
        **dict.fromkeys(("institutionId", "institutionCustomerId"), str),
        "eventTags": ("list", str),
        "additionalInfo": dict,
    },
}


def _fits(value: Any, expected: Any) -> bool:
    if isinstance(expected, dict):
        return _misfit(value, expected, "") is None
    if isinstance(expected, tuple):
        kind, inner = expected
        if kind == "list":
            return isinstance(value, list) and all(_fits(item, inner) for item in value)
        return isinstance(value, dict) and all(_fits(item, inner) for item in value.values())
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, expected)


def _misfit(value: Any, shape: dict[str, Any], where: str) -> str | None:
    """The first field of ``value`` whose type breaks ``shape`` (``where`` names the object itself)."""
    if not isinstance(value, dict):
        return where or "the body"
    for key, expected in shape.items():
        if key not in value:
            continue
        name = f"{where}.{key}" if where else key
        if isinstance(expected, dict):
            problem = _misfit(value[key], expected, name)
            if problem:
                return problem
        elif not _fits(value[key], expected):
            return name
    return None


def _json_body(ctx: Ctx, shape: dict[str, Any]) -> dict[str, Any] | Reply:
    """The request's JSON object (empty when there is no body), or the platform's 400 for a malformed one."""
    body = {} if ctx.body is None else ctx.body
    problem = _misfit(body, shape, "")
    if problem:
        return ctx.error(400, "PRMSYS_10002", f"Malformed input data: {problem}")
    return dict(body)


# ------------------------------------------------------------------ system alert types


def _check_alert_type(ctx: Ctx, body: dict[str, Any]) -> Reply | None:
    if body.get("status") is not None and body["status"] not in STATUSES:
        return ctx.error(400, "PRMVAL_10002", "status must be ACTIVE or INACTIVE")
    if body.get("eventTypeDomain") is not None and body["eventTypeDomain"] not in DOMAINS:
        return ctx.error(400, "PRMVAL_10002", "eventTypeDomain must be Account, Transaction or Notification")
    if _bad_channels(_split(body.get("channels"))):
        return ctx.error(400, "PRMVAL_10005", f"Invalid channel type in {body.get('channels')!r}")
    return None


@handler("listAlertTypesV1")
async def list_alert_types(ctx: Ctx) -> Reply:
    wanted = {k: ctx.query.get(k) for k in ("alertCategory", "alertTypeName", "externalSystem") if ctx.query.get(k)}
    rows = [t for t in _state(ctx)["alert_types"].values() if all(t.get(k) == v for k, v in wanted.items())]
    return ctx.ok({"alertTypes": rows})


@handler("createAlertTypeV1")
async def create_alert_type(ctx: Ctx) -> Reply:
    body = _json_body(ctx, ALERT_TYPE_SHAPE)
    if isinstance(body, Reply):
        return body
    state = _state(ctx)
    if not str(body.get("alertTypeName") or "").strip():
        return ctx.error(400, "PRMSYS_10015", "Required attribute missing: alertTypeName")
    problem = _check_alert_type(ctx, body)
    if problem:
        return problem
    if body.get("alertTypeId") in state["alert_types"]:
        return ctx.error(400, "PRMSYS_10007", "Resource of identifier already exists")
    if _type_by_name(state, body["alertTypeName"]) is not None:
        return ctx.ok(status=204)  # PRMSYS_10005: the platform answers a duplicate name with 204
    type_id = _next(state, "type")
    record = {"status": "ACTIVE", "additionalInfo": {}, **body, "alertTypeId": type_id, "institutionId": INSTITUTION_ID}
    state["alert_types"][type_id] = record
    return ctx.ok(record, status=201)


@handler("updateAlertTypeV1")
async def update_alert_type(ctx: Ctx) -> Reply:
    body = _json_body(ctx, ALERT_TYPE_SHAPE)
    if isinstance(body, Reply):
        return body
    state = _state(ctx)
    if body.get("alertTypeId") is None:
        return ctx.error(400, "PRMVAL_10007", "Field is required: alertTypeId")
    record = state["alert_types"].get(body["alertTypeId"])
    if record is None:
        return ctx.error(404, "PRMSYS_10006", "Requested resource of identifier doesn't exist")
    problem = _check_alert_type(ctx, body)
    if problem:
        return problem
    clash = _type_by_name(state, body.get("alertTypeName"))
    if clash is not None and clash is not record:
        return ctx.error(400, "PRMSYS_10007", "Another alert type has that name")
    record.update({k: v for k, v in body.items() if v is not None and k not in ("alertTypeId", "institutionId")})
    return ctx.ok(record)


@handler("deleteAlertTypeV1")
async def delete_alert_type(ctx: Ctx) -> Reply:
    type_id = _path_id(ctx, "id")
    if _state(ctx)["alert_types"].pop(type_id, None) is None:
        return ctx.error(404, "PRMSYS_10006", "Requested resource of identifier doesn't exist")
    return ctx.ok(status=204)


# ------------------------------------------------------------------ institution alert types


def _check_institution_type(ctx: Ctx, state: dict[str, Any], body: dict[str, Any], name: str) -> Reply | None:
    system = _type_by_name(state, name)
    if system is None:
        return ctx.error(400, "PRMVAL_10006", f"Invalid alert type {name!r}")
    if body.get("statusOptd") is not None and body["statusOptd"] not in STATUSES:
        return ctx.error(400, "PRMVAL_10002", "statusOptd must be ACTIVE or INACTIVE")
    allowed = _split(system.get("channels"))
    if [c for c in _split(body.get("channelsOptd")) if c not in allowed]:
        return ctx.error(400, "PRMVAL_10005", f"{name} supports only {', '.join(allowed)}")
    return None


@handler("listInstitutionAlertTypesV1")
async def list_institution_alert_types(ctx: Ctx) -> Reply:
    state = _state(ctx)
    name, external, status = (ctx.query.get(k) for k in ("alertTypeName", "externalSystem", "statusOptd"))
    if status and status not in STATUSES:
        return ctx.error(400, "PRMVAL_10002", "statusOptd must be ACTIVE or INACTIVE")
    rows = []
    for row in state["institution_types"].values():
        system = _type_by_name(state, row["alertTypeName"]) or {}
        if name and row["alertTypeName"] != name:
            continue
        if external and system.get("externalSystem") != external:
            continue
        if status and row.get("statusOptd") != status:
            continue
        rows.append(row)
    return ctx.ok({"institutionAlertTypes": rows})


@handler("createInstitutionAlertTypeV1")
async def create_institution_alert_type(ctx: Ctx) -> Reply:
    body = _json_body(ctx, INSTITUTION_TYPE_SHAPE)
    if isinstance(body, Reply):
        return body
    state = _state(ctx)
    name = str(body.get("alertTypeName") or "")
    if not name.strip():
        return ctx.error(400, "PRMSYS_10015", "Required attribute missing: alertTypeName")
    problem = _check_institution_type(ctx, state, body, name)
    if problem:
        return problem
    if _institution_type(state, name) is not None:
        return ctx.ok(status=204)  # PRMSYS_10005
    fi_type_id = _next(state, "fi_type")
    system = _type_by_name(state, name) or {}
    record = {
        "channelsOptd": system.get("channels", ""),
        "statusOptd": "ACTIVE",
        **body,
        "institutionAlertTypeId": fi_type_id,
        "institutionId": INSTITUTION_ID,
    }
    state["institution_types"][fi_type_id] = record
    return ctx.ok(record, status=201)


@handler("updateInstitutionAlertTypeV1")
async def update_institution_alert_type(ctx: Ctx) -> Reply:
    body = _json_body(ctx, INSTITUTION_TYPE_SHAPE)
    if isinstance(body, Reply):
        return body
    state = _state(ctx)
    if body.get("institutionAlertTypeId") is None:
        return ctx.error(400, "PRMVAL_10007", "Field is required: institutionAlertTypeId")
    record = state["institution_types"].get(body["institutionAlertTypeId"])
    if record is None:
        return ctx.error(404, "PRMSYS_10006", "Requested resource of identifier doesn't exist")
    name = str(body.get("alertTypeName") or record["alertTypeName"])
    if name != record["alertTypeName"]:
        return ctx.error(400, "PRMVAL_10002", "alertTypeName cannot change")
    problem = _check_institution_type(ctx, state, body, name)
    if problem:
        return problem
    record.update(
        {k: v for k, v in body.items() if v is not None and k not in ("institutionAlertTypeId", "institutionId")}
    )
    return ctx.ok(record)


@handler("deleteInstitutionAlertTypeV1")
async def delete_institution_alert_type(ctx: Ctx) -> Reply:
    if _state(ctx)["institution_types"].pop(_path_id(ctx, "id"), None) is None:
        return ctx.error(404, "PRMSYS_10006", "Requested resource of identifier doesn't exist")
    return ctx.ok(status=204)


# ------------------------------------------------------------------ templates


def _check_template(ctx: Ctx, body: dict[str, Any]) -> Reply | None:
    if body.get("state") is not None and body["state"] not in TEMPLATE_STATES:
        return ctx.error(400, "PRMVAL_10002", "state must be DRAFT, PUBLISHED or ARCHIVED")
    contents = body.get("templateContents")
    if contents is not None and not isinstance(contents, list):
        return ctx.error(400, "PRMSYS_10002", "templateContents must be a list")
    for content in contents or []:
        if not isinstance(content, dict):
            return ctx.error(400, "PRMSYS_10002", "Every templateContents item must be an object")
        channel, kind = content.get("channelType"), content.get("templateContentType")
        if channel not in CHANNELS:
            return ctx.error(400, "PRMVAL_10005", f"Invalid channel type {channel!r}")
        if CONTENT_TYPES.get(str(kind)) != channel:
            return ctx.error(400, "PRMVAL_10002", f"templateContentType {kind!r} does not belong to {channel}")
    return None


@handler("listAlertTemplatesV1")
async def list_alert_templates(ctx: Ctx) -> Reply:
    names = ctx.query.getlist("alertTypeName")
    channels = ctx.query.getlist("channel")
    states = ctx.query.getlist("state")
    if _bad_channels(channels) or [s for s in states if s not in TEMPLATE_STATES]:
        return ctx.error(400, "PRMVAL_10002", "Invalid channel or state")
    template_id = _int_param(ctx, "id")
    if isinstance(template_id, Reply):
        return template_id
    locale = ctx.query.get("locale")
    rows = []
    for template in _state(ctx)["templates"].values():
        if names and template["alertTypeName"] not in names:
            continue
        if channels and not {c["channelType"] for c in template["templateContents"]} & set(channels):
            continue
        if states and template["state"] not in states:
            continue
        if template_id is not None and template["alertTypeResourceId"] != template_id:
            continue
        if locale and template["locale"] != locale:
            continue
        rows.append(template)
    return ctx.ok({"alertTemplateResources": rows})


@handler("createAlertTemplateV1")
async def create_alert_template(ctx: Ctx) -> Reply:
    body = _json_body(ctx, TEMPLATE_SHAPE)
    if isinstance(body, Reply):
        return body
    state = _state(ctx)
    name = str(body.get("alertTypeName") or "")
    if not name.strip():
        return ctx.error(400, "PRMSYS_10015", "Required attribute missing: alertTypeName")
    if _type_by_name(state, name) is None:
        return ctx.error(400, "PRMVAL_10006", f"Invalid alert type {name!r}")
    problem = _check_template(ctx, body)
    if problem:
        return problem
    locale = str(body.get("locale") or "en_US")
    if any(t["alertTypeName"] == name and t["locale"] == locale for t in state["templates"].values()):
        return ctx.ok(status=204)  # PRMSYS_10005
    template = _add_template(
        state,
        name,
        locale,
        str(body.get("state") or "DRAFT"),
        list(body.get("templateContents") or []),
        ctx.world.today,
    )
    template["lastUpdatedDttm"] = _now()
    for key in ("externalSystem", "variableMap"):
        if body.get(key) is not None:
            template[key] = body[key]
    return ctx.ok(template, status=201)


@handler("updateAlertTemplateV1")
async def update_alert_template(ctx: Ctx) -> Reply:
    body = _json_body(ctx, TEMPLATE_SHAPE)
    if isinstance(body, Reply):
        return body
    state = _state(ctx)
    if body.get("alertTypeResourceId") is None:
        return ctx.error(400, "PRMVAL_10007", "Field is required: alertTypeResourceId")
    template = state["templates"].get(body["alertTypeResourceId"])
    if template is None:
        return ctx.error(404, "PRMSYS_10006", "Requested resource of identifier doesn't exist")
    if body.get("alertTypeName") is not None and _type_by_name(state, body["alertTypeName"]) is None:
        return ctx.error(400, "PRMVAL_10006", f"Invalid alert type {body['alertTypeName']!r}")
    problem = _check_template(ctx, body)
    if problem:
        return problem
    for key in ("alertTypeName", "externalSystem", "locale", "state", "variableMap"):
        if body.get(key) is not None:
            template[key] = body[key]
    if body.get("templateContents") is not None:
        template["templateContents"] = [
            {**c, "alertTemplateResourceId": c.get("alertTemplateResourceId") or _next(state, "content")}
            for c in body["templateContents"]
        ]
    template["lastUpdatedDttm"] = _now()
    return ctx.ok(template)


@handler("deleteAlertTemplateV1")
async def delete_alert_template(ctx: Ctx) -> Reply:
    if _state(ctx)["templates"].pop(_path_id(ctx, "id"), None) is None:
        return ctx.error(404, "PRMSYS_10006", "Requested resource of identifier doesn't exist")
    return ctx.ok(status=204)


# ------------------------------------------------------------------ institution preferences


def _check_pref_target(ctx: Ctx, state: dict[str, Any], name: Any, channel: Any) -> Reply | None:
    system = _type_by_name(state, name)
    if system is None:
        return ctx.error(400, "PRMVAL_10006", f"Invalid alert type {name!r}")
    if channel not in CHANNELS:
        return ctx.error(400, "PRMVAL_10005", f"Invalid channel type {channel!r}")
    if channel not in _split(system.get("channels")):
        return ctx.error(400, "PRMVAL_10015", f"{name} is not configured for {channel}")
    return None


@handler("listInstitutionAlertPreferencesV1")
async def list_institution_preferences(ctx: Ctx) -> Reply:
    names = _split(ctx.query.get("alertTypes"))
    rows = [p for p in _state(ctx)["fi_prefs"].values() if not names or p["alertTypeName"] in names]
    return ctx.ok({"fiAlertPreferences": rows})


@handler("createInstitutionAlertPreferenceV1")
async def create_institution_preference(ctx: Ctx) -> Reply:
    body = _json_body(ctx, FI_PREF_SHAPE)
    if isinstance(body, Reply):
        return body
    state = _state(ctx)
    name, channel = body.get("alertTypeName"), body.get("channelTypeName")
    if not name or not channel:
        return ctx.error(400, "PRMVAL_10007", "alertTypeName and channelTypeName are required")
    problem = _check_pref_target(ctx, state, name, channel)
    if problem:
        return problem
    if any(p["alertTypeName"] == name and p["channelTypeName"] == channel for p in state["fi_prefs"].values()):
        return ctx.error(400, "PRMSYS_10007", "A preference for that alert type and channel exists")
    pref_id = _next(state, "fi_pref")
    record = {
        "alertOpted": False,
        "additionalInfo": {},
        **body,
        "institutionAlertPrefId": pref_id,
        "institutionId": INSTITUTION_ID,
    }
    state["fi_prefs"][pref_id] = record
    return ctx.ok(record, status=201)


@handler("updateInstitutionAlertPreferenceV1")
async def update_institution_preference(ctx: Ctx) -> Reply:
    body = _json_body(ctx, FI_PREF_SHAPE)
    if isinstance(body, Reply):
        return body
    state = _state(ctx)
    pref_id = _path_id(ctx, "institutionAlertPreferenceId")
    record = state["fi_prefs"].get(pref_id)
    if record is None:
        return ctx.error(404, "PRMSYS_10006", "Requested resource of identifier doesn't exist")
    if body.get("institutionAlertPrefId") not in (None, pref_id):
        return ctx.error(400, "PRMVAL_10001", "Path parameter doesn't match request body value")
    name = body.get("alertTypeName") or record["alertTypeName"]
    channel = body.get("channelTypeName") or record["channelTypeName"]
    problem = _check_pref_target(ctx, state, name, channel)
    if problem:
        return problem
    record.update(
        {k: v for k, v in body.items() if v is not None and k not in ("institutionAlertPrefId", "institutionId")}
    )
    return ctx.ok(record)


@handler("deleteInstitutionAlertPreferenceV1")
async def delete_institution_preference(ctx: Ctx) -> Reply:
    if _state(ctx)["fi_prefs"].pop(_path_id(ctx, "institutionAlertPreferenceId"), None) is None:
        return ctx.error(404, "PRMSYS_10006", "Requested resource of identifier doesn't exist")
    return ctx.ok(status=204)


# ------------------------------------------------------------------ user preferences


def _owner(ctx: Ctx) -> User | None:
    return ctx.user


def _user_prefs(ctx: Ctx, user: User) -> dict[int, dict[str, Any]]:
    prefs: dict[int, dict[str, Any]] = _state(ctx)["user_prefs"].setdefault(user.institution_user_id, {})
    return prefs


def _defaults(state: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "alertOpted": p["alertOpted"],
            "defaultPreferences": True,
            "alertPreferenceDetails": {
                "alertTypeName": p["alertTypeName"],
                "channelTypeName": p["channelTypeName"],
                "institutionId": INSTITUTION_ID,
            },
        }
        for p in state["fi_prefs"].values()
    ]


@handler("listAlertPreferencesV1")
async def list_alert_preferences(ctx: Ctx) -> Reply:
    user = _owner(ctx)
    if user is None:
        return ctx.error(400, "PRMVAL_10004", "Invalid user")
    page_no, page_size = _int_param(ctx, "pageNo"), _int_param(ctx, "pageSize")
    if isinstance(page_no, Reply):
        return page_no
    if isinstance(page_size, Reply):
        return page_size
    page_no = 0 if page_no is None else page_no
    page_size = 100 if page_size is None else page_size
    if page_no < 0 or page_size < 1:
        return ctx.error(400, "PRMVAL_10002", "pageNo must be >= 0 and pageSize >= 1")
    own = [_user_prefs(ctx, user)[k] for k in sorted(_user_prefs(ctx, user))]
    rows = own if own and not _flag(ctx.query.get("default")) else _defaults(_state(ctx))
    names = _split(ctx.query.get("alertTypes"))
    account_id, external_account, external_id = (
        ctx.query.get(k) for k in ("accountId", "accountExternalId", "externalId")
    )

    def keep(row: dict[str, Any]) -> bool:
        details, account = row.get("alertPreferenceDetails", {}), row.get("alertPreferenceAccountDetails", {})
        return (
            (not names or details.get("alertTypeName") in names)
            and (not account_id or account.get("accountId") == account_id)
            and (not external_account or account.get("accountExternalId") == external_account)
            and (not external_id or details.get("externalId") == external_id)
        )

    rows = [r for r in rows if keep(r)]
    start = page_no * page_size
    return ctx.ok({"alertPreferences": rows[start : start + page_size]})


@handler("createAlertPreferenceV1")
async def create_alert_preference(ctx: Ctx) -> Reply:
    user = _owner(ctx)
    if user is None:
        return ctx.error(400, "PRMVAL_10004", "Invalid user")
    state = _state(ctx)
    body = _json_body(ctx, USER_PREF_SHAPE)
    if isinstance(body, Reply):
        return body
    details = as_object(body.get("alertPreferenceDetails"))
    name, channel = details.get("alertTypeName"), details.get("channelTypeName")
    if not name or not channel:
        return ctx.error(400, "PRMVAL_10007", "alertPreferenceDetails.alertTypeName and channelTypeName are required")
    problem = _check_pref_target(ctx, state, name, channel)
    if problem:
        return problem
    institution_type = _institution_type(state, name)
    if (
        institution_type is None
        or institution_type.get("statusOptd") != "ACTIVE"
        or channel not in _split(institution_type.get("channelsOptd"))
    ):
        return ctx.error(400, "PRMVAL_10015", f"{name} is disabled or not configured for {channel}")
    account_details = body.get("alertPreferenceAccountDetails")
    account_details = dict(account_details) if isinstance(account_details, dict) else None
    account_id = (account_details or {}).get("accountId")
    if account_id:
        account = ctx.world.accounts.get(account_id)
        if account is None or account.owner != user.institution_user_id:
            return ctx.error(400, "PRMVAL_10008", f"Field is invalid: accountId {account_id!r}")
        kind = account.data["type"]["value"]
        applicable = _split((_type_by_name(state, name) or {}).get("applicableAccountTypes"))
        if applicable and kind not in applicable:
            return ctx.error(400, "PRMVAL_10016", f"{name} does not support {kind} accounts")
        account_details = {"accountExternalId": account.data["accountNumber"], **(account_details or {})}
    prefs = _user_prefs(ctx, user)
    for existing in prefs.values():
        same = existing["alertPreferenceDetails"]
        if (same["alertTypeName"], same["channelTypeName"]) == (name, channel) and existing.get(
            "alertPreferenceAccountDetails", {}
        ).get("accountId") == account_id:
            return ctx.error(400, "PRMSYS_10007", "The user already has that preference")
    info = as_object(body.get("additionalInfo"))
    record = _user_pref(
        state,
        user,
        name,
        channel,
        body.get("alertOpted", True) is not False,
        account_details,
        info,
        ctx.param("institutionCustomerId"),
    )
    if details.get("externalId"):
        record["alertPreferenceDetails"]["externalId"] = details["externalId"]
    if body.get("allowCallback") is not None:
        record["allowCallback"] = bool(body["allowCallback"])
    prefs[record["alertPreferenceDetails"]["alertPrefId"]] = record
    return ctx.ok(record, status=201)


def _find_pref(ctx: Ctx) -> dict[str, Any] | Reply:
    user = _owner(ctx)
    if user is None:
        return ctx.error(400, "PRMVAL_10004", "Invalid user")
    pref_id = _path_id(ctx, "alertPreferenceId")
    record = _user_prefs(ctx, user).get(pref_id) if pref_id is not None else None
    if record is None:
        return ctx.error(404, "PRMAPS_10007", "Invalid alert preference id")
    return record


@handler("getAlertPreferenceV1")
async def get_alert_preference(ctx: Ctx) -> Reply:
    found = _find_pref(ctx)
    return found if isinstance(found, Reply) else ctx.ok(found)


@handler("updateAlertPreferenceV1")
async def update_alert_preference(ctx: Ctx) -> Reply:
    found = _find_pref(ctx)
    if isinstance(found, Reply):
        return found
    body = _json_body(ctx, USER_PREF_SHAPE)
    if isinstance(body, Reply):
        return body
    details = as_object(body.get("alertPreferenceDetails"))
    current = found["alertPreferenceDetails"]
    if details.get("alertPrefId") not in (None, current["alertPrefId"]):
        return ctx.error(400, "PRMVAL_10001", "Path parameter doesn't match request body value")
    for key in ("alertTypeName", "channelTypeName"):
        if details.get(key) not in (None, current[key]):
            return ctx.error(400, "PRMAPS_10008", f"Preference mismatch: {key} cannot change")
    if body.get("alertOpted") is not None:
        found["alertOpted"] = bool(body["alertOpted"])
    if isinstance(body.get("additionalInfo"), dict):
        found["additionalInfo"] = body["additionalInfo"]
    callback = _flag(ctx.query.get("allowCallback"))
    if callback is None and body.get("allowCallback") is not None:
        callback = bool(body["allowCallback"])
    if callback is not None:
        found["allowCallback"] = callback
    return ctx.ok(found)


@handler("deleteAlertPreferenceV1")
async def delete_alert_preference(ctx: Ctx) -> Reply:
    found = _find_pref(ctx)
    if isinstance(found, Reply):
        return found
    user = _owner(ctx)
    assert user is not None
    del _user_prefs(ctx, user)[found["alertPreferenceDetails"]["alertPrefId"]]
    return ctx.ok(status=204)


# ------------------------------------------------------------------ legacy notification channels (XML)


def _legacy_customer(ctx: Ctx) -> str | Reply:
    if ctx.path.get("di_fiid") != INSTITUTION_ID:
        return ctx.error(404, "SUBS_404", "Financial institution not found")
    customer = ctx.path.get("di_ficustomer")
    if customer is not None and customer not in _state(ctx)["customers"]:
        return ctx.error(404, "SUBS_404", "Customer not found")
    return customer or ""


def _matches(record: dict[str, Any], event_types: list[str], action: str | None) -> bool:
    if event_types and record["eventTypeId"] not in event_types:
        return False
    names = {a["name"] for a in (record["subscriptionActions"] or {}).get("subscriptionAction", [])}
    return not action or action in names


@handler("listUserSubscriptionsV1")
async def list_user_subscriptions(ctx: Ctx) -> Reply:
    customer = _legacy_customer(ctx)
    if isinstance(customer, Reply):
        return customer
    event_types, action = _split(ctx.query.get("eventType")), ctx.query.get("action")
    rows = sorted(
        (
            _public(r)
            for r in _state(ctx)["subscriptions"].values()
            if r["fiCustomerId"] == customer and _matches(r, event_types, action)
        ),
        key=lambda r: r["id"],
    )
    if not rows:
        return ctx.ok(status=204)
    return ctx.ok({"Subscription": rows})


def _subscription_body(ctx: Ctx, customer: str) -> dict[str, Any] | Reply:
    body = as_object(ctx.body)
    if not str(body.get("eventTypeId") or "").strip():
        return ctx.error(400, "SUBS_400", "eventTypeId is required")
    if body.get("fiCustomerId") not in (None, customer):
        return ctx.error(400, "SUBS_400", "fiCustomerId does not match the path")
    if body.get("fiId") not in (None, INSTITUTION_ID):
        return ctx.error(400, "SUBS_400", "fiId does not match the path")
    if body.get("fulfillment") is not None and not str(body["fulfillment"]).isdigit():
        return ctx.error(400, "SUBS_400", "fulfillment must be a whole number")
    return body


@handler("createUserSubscriptionV1")
async def create_user_subscription(ctx: Ctx) -> Reply:
    customer = _legacy_customer(ctx)
    if isinstance(customer, Reply):
        return customer
    body = _subscription_body(ctx, customer)
    if isinstance(body, Reply):
        return body
    subscriptions = _state(ctx)["subscriptions"]
    record = _subscription_record(ctx.world, customer, body, f"created:{_next(_state(ctx), 'subscription')}")
    subscriptions[record["id"]] = record
    return ctx.ok(_public(record))


@handler("updateUserSubscriptionV1")
async def update_user_subscription(ctx: Ctx) -> Reply:
    customer = _legacy_customer(ctx)
    if isinstance(customer, Reply):
        return customer
    body = _subscription_body(ctx, customer)
    if isinstance(body, Reply):
        return body
    if not body.get("id"):
        return ctx.error(400, "SUBS_400", "id is required")
    record = _state(ctx)["subscriptions"].get(str(body["id"]))
    if record is None or record["fiCustomerId"] != customer:
        return ctx.error(404, "SUBS_404", "Subscription not found")
    record["eventTypeId"] = str(body["eventTypeId"])
    if body.get("fulfillment") is not None:
        record["fulfillment"] = str(body["fulfillment"])
    if "subscriptionEventConditionsMap" in body:
        record["subscriptionEventConditionsMap"] = _kv_map(body["subscriptionEventConditionsMap"])
    if "subscriptionActions" in body:
        record["subscriptionActions"] = _actions(body["subscriptionActions"])
    return ctx.ok(_public(record))


@handler("listInstitutionSubscriptionsV1")
async def list_institution_subscriptions(ctx: Ctx) -> Reply:
    found = _legacy_customer(ctx)
    if isinstance(found, Reply):
        return found
    raw_limit = ctx.query.get("limit") or "30"
    if not raw_limit.isdigit() or not 1 <= int(raw_limit) <= 1000:
        return ctx.error(400, "SUBS_400", "limit must be a number from 1 to 1000")
    limit = int(raw_limit)
    status = ctx.query.get("status")
    if status not in (None, "", "A", "I"):
        return ctx.error(400, "SUBS_400", "status must be A or I")
    filter_out = _flag(ctx.query.get("filterOutSubs"))
    after = ctx.query.get("userToken") or ""
    event_types = _split(ctx.query.get("eventType"))
    rows = sorted(
        (
            r
            for r in _state(ctx)["subscriptions"].values()
            if r["fiCustomerId"] > after
            and _matches(r, event_types, None)
            and (not status or r["_status"] == status)
            and not (filter_out and r["_processed"])
        ),
        key=lambda r: (r["fiCustomerId"], r["id"]),
    )
    page = rows[:limit]
    # A page never splits one customer's subscriptions: the next page starts after userToken.
    page += [r for r in rows[limit:] if page and r["fiCustomerId"] == page[-1]["fiCustomerId"]]
    return ctx.ok({"Subscription": [_public(r) for r in page]})


def _own_subscription(ctx: Ctx) -> dict[str, Any] | Reply:
    customer = _legacy_customer(ctx)
    if isinstance(customer, Reply):
        return customer
    record: dict[str, Any] | None = _state(ctx)["subscriptions"].get(ctx.path["subscription_id"])
    if record is None or record["fiCustomerId"] != customer:
        return ctx.error(404, "SUBS_404", "Subscription not found")
    return record


@handler("getSubscriptionByIdV1")
async def get_subscription(ctx: Ctx) -> Reply:
    record = _own_subscription(ctx)
    if isinstance(record, Reply):
        return record
    if not _matches(record, _split(ctx.query.get("eventType")), ctx.query.get("action")):
        return ctx.error(404, "SUBS_404", "Subscription not found for that eventType or action")
    return ctx.ok(_public(record))


@handler("deleteSubscriptionV1")
async def delete_subscription(ctx: Ctx) -> Reply:
    record = _own_subscription(ctx)
    if isinstance(record, Reply):
        return record
    del _state(ctx)["subscriptions"][record["id"]]
    return ctx.ok(status=204)


@handler("sendCustomerEventV1")
async def send_customer_event(ctx: Ctx) -> Reply:
    customer = _legacy_customer(ctx)
    if isinstance(customer, Reply):
        return customer
    events = _as_list(as_object(ctx.body).get("Event"))
    if not events:
        return ctx.error(400, "SUBS_400", "At least one Event is required")
    accepted = []
    for event in events:
        if not isinstance(event, dict) or not str(event.get("eventType") or "").strip():
            return ctx.error(400, "SUBS_400", "Every Event needs an eventType")
        if event.get("fiCustomerId") not in (None, customer) or event.get("fiId") not in (None, INSTITUTION_ID):
            return ctx.error(400, "SUBS_400", "Event fiId/fiCustomerId do not match the path")
        data = [m for m in map(_kv_map, _as_list(event.get("dataMap"))) if m is not None]
        accepted.append(
            {"fiId": INSTITUTION_ID, "fiCustomerId": customer, "eventType": event["eventType"], "dataMap": data}
        )
    state = _state(ctx)
    state["legacy_events"].extend(accepted)
    fired = {e["eventType"] for e in accepted}
    for record in state["subscriptions"].values():
        if record["fiCustomerId"] == customer and record["eventTypeId"] in fired:
            record["_processed"] = True
    return ctx.ok(status=204)


# ------------------------------------------------------------------ history and events


def _parse_day(ctx: Ctx, name: str) -> dt.date | Reply | None:
    raw = ctx.query.get(name)
    if raw in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        return ctx.error(400, "PRMVAL_10014", f"Invalid date format for {name}: use yyyy-MM-dd")


@handler("listAlertHistoryV1")
async def list_alert_history(ctx: Ctx) -> Reply:
    user = _owner(ctx)
    if user is None:
        return ctx.error(400, "PRMVAL_10004", "Invalid user")
    start, end = _parse_day(ctx, "startDate"), _parse_day(ctx, "endDate")
    if isinstance(start, Reply):
        return start
    if isinstance(end, Reply):
        return end
    if start and end and start > end:
        return ctx.error(400, "PRMVAL_10014", "startDate is after endDate")
    history_id = _int_param(ctx, "id")
    if isinstance(history_id, Reply):
        return history_id
    statuses = {
        channel: ctx.query.getlist(f"{key}Status")
        for channel, key in (("EMAIL", "email"), ("SMS", "sms"), ("PUSH", "push"))
    }
    if any(s not in DELIVERY for values in statuses.values() for s in values):
        return ctx.error(400, "PRMVAL_10002", "Delivery status must be SUCCESS, FAILURE or IN_PROCESS")
    accounts, names, events = (ctx.query.getlist(k) for k in ("accountIds", "alertTypeNames", "eventIds"))
    read = _flag(ctx.query.get("readFlag"))
    rows = []
    for entry in _state(ctx)["history"].get(user.institution_user_id, {}).values():
        day = dt.datetime.fromisoformat(entry["eventOccured"]).date()
        if (start and day < start) or (end and day > end):
            continue
        if accounts and entry["additionalInfo"].get("accountId") not in accounts:
            continue
        if (names and entry["alertTypeName"] not in names) or (events and entry["eventId"] not in events):
            continue
        if any(wanted and entry["channelInfo"].get(ch) not in wanted for ch, wanted in statuses.items()):
            continue
        if (history_id is not None and entry["alertHistoryId"] != history_id) or (
            read is not None and entry["readFlag"] != read
        ):
            continue
        rows.append(entry)
    rows.sort(key=lambda e: (e["eventOccured"], e["alertHistoryId"]), reverse=True)
    return ctx.ok({"alertHistorySummaryResources": rows})


@handler("getAlertHistoryContentV1")
async def get_alert_history_content(ctx: Ctx) -> Reply:
    content_id = _int_param(ctx, "id")
    if isinstance(content_id, Reply):
        return content_id
    history_id, event_id = ctx.query.get("alertHistoryId"), ctx.query.get("eventId")
    if content_id is None and not history_id and not event_id:
        return ctx.error(400, "PRMVAL_10007", "One of id, alertHistoryId or eventId is required")
    if history_id and not history_id.isdigit():
        return ctx.error(400, "PRMVAL_10008", "alertHistoryId must be a number")
    for content in _state(ctx)["contents"].values():
        if content_id is not None and content["alertHistoryContentId"] != content_id:
            continue
        if history_id and content["alertHistoryId"] != int(history_id):
            continue
        if event_id and content["eventId"] != event_id:
            continue
        return ctx.ok(content)
    return ctx.error(404, "PRMSYS_10009", "Resource doesn't exist for the provided search criteria")


def _timestamp(value: Any) -> str | None:
    """An aware ISO 8601 timestamp from an event's date-time string (None when unreadable)."""
    try:
        parsed = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)).isoformat()


def _event_user(ctx: Ctx, details: dict[str, Any]) -> User | None:
    if ctx.user is not None:
        return ctx.user
    key = details.get("institutionCustomerId") or ctx.param("institutionCustomerId")
    return next(
        (u for u in ctx.world.users.values() if key and key in (u.institution_customer_id, u.institution_user_id)),
        None,
    )


@handler("publishAlertEventsV1")
async def publish_alert_events(ctx: Ctx) -> Reply:
    body = _json_body(ctx, EVENT_SHAPE)
    if isinstance(body, Reply):
        return body
    details = body.get("eventDetails")
    # The platform documents 500 for these (PRMSYS_10003/10007/10002); the sandbox keeps the codes but
    # answers 400, as it never answers 5xx unless a fault is injected (sandbox.faults gives the 500).
    if not isinstance(details, dict) or not details:
        return ctx.error(400, "PRMSYS_10003", "Missing eventDetails")
    if not str(details.get("eventId") or "").strip() or not str(details.get("eventType") or "").strip():
        return ctx.error(400, "PRMSYS_10007", "Missing mandatory fields: eventId, eventType")
    if body.get("eventDomainType") not in EVENT_DOMAINS:
        return ctx.error(400, "PRMSYS_10002", "Malformed input data: eventDomainType")
    for stamp in ("eventOccured", "eventNoticed"):
        if details.get(stamp) is not None and _timestamp(details[stamp]) is None:
            return ctx.error(400, "PRMSYS_10002", f"Malformed input data: {stamp} is not a date-time")
    state = _state(ctx)
    state["published"].append(body)
    user = _event_user(ctx, details)
    name = str(details["eventType"])
    institution_type = _institution_type(state, name)
    if user is None or institution_type is None or institution_type.get("statusOptd") != "ACTIVE":
        return ctx.ok(status=202)  # accepted; nothing matches, so nothing is delivered
    variables = dict(as_object(details.get("additionalInfo")))
    account_id = variables.get("accountId")
    opted = {
        p["alertPreferenceDetails"]["channelTypeName"]
        for p in _user_prefs(ctx, user).values()
        if p["alertOpted"]
        and p["alertPreferenceDetails"]["alertTypeName"] == name
        and (not account_id or p.get("alertPreferenceAccountDetails", {}).get("accountId") in (None, account_id))
    }
    channels = [c for c in _split(institution_type.get("channelsOptd")) if c in opted and c != "WEB"]
    if channels:
        occurred = _timestamp(details.get("eventOccured")) or _now()
        _add_history(
            state, user, name, str(details["eventId"]), occurred, dict.fromkeys(channels, "SUCCESS"), variables
        )
    return ctx.ok(status=202)
