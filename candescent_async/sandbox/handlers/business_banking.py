"""Business banking: registrations (stateful), profile, entitlements, and ACH/wire payments (stateful)."""

from __future__ import annotations

import datetime as dt
import re
import secrets
import string
from decimal import Decimal, InvalidOperation
from typing import Any

from .._app import ERROR_FAMILIES, USER_NOT_FOUND, Ctx, Reply, as_object, handler
from .._state import INSTITUTION_ID, User, stable_uuid

_PAYMENT_OPS = (
    "createAchPaymentV1",
    "getAchPaymentsV1",
    "getAchPaymentByPaymentIdV1",
    "createWirePaymentV1",
    "getWirePaymentsV1",
    "getWirePaymentByPaymentIdV1",
)
ERROR_FAMILIES.update(dict.fromkeys(_PAYMENT_OPS, "details"))
USER_NOT_FOUND.update(dict.fromkeys(_PAYMENT_OPS, (400, "BBP-135")))
_ALNUM = string.ascii_uppercase + string.digits
_FEATURES = ["ACH", "Wire Transfer", "Bill Pay", "Remote Deposit Capture"]
_SERVICES = ["Positive Pay", "Account Reconciliation", "Lockbox Services"]
_ACH_LINE_FIELDS = (
    "currencyCode",
    "contactName",
    "contactAccountNumber",
    "contactAccountType",
    "contactBankAchRoutingNumber",
)


def _state(ctx: Ctx) -> dict[str, Any]:
    state: dict[str, Any] = ctx.world.extra.setdefault("business_banking", {"registrations": {}, "payments": {}})
    return state


def _fi_time(moment: dt.datetime) -> str:
    """The platform's registration date format: 'MM/dd/yyyy hh:mm:ss a z' in the FI's time zone."""
    pacific = moment.astimezone(dt.timezone(dt.timedelta(hours=-8)))
    return pacific.strftime("%m/%d/%Y %I:%M:%S %p") + " PST"


def _business(ctx: Ctx) -> User | None:
    return next((u for u in ctx.world.users.values() if u.user_type == "business"), None)


def _mask(number: str) -> str:
    return "******" + number[-4:] if len(number) > 4 else number


@handler("getBusinessRegistrationConfigV1")
async def registration_config(ctx: Ctx) -> Reply:
    return ctx.ok({"onlineFeatures": _FEATURES, "additionalServices": _SERVICES})


@handler("createBusinessRegistrationV1")
async def create_registration(ctx: Ctx) -> Reply:
    body = as_object(ctx.body)
    problems = []
    if not body.get("businessName"):
        problems.append("businessName is required")
    tins = body.get("tins") or []
    if not isinstance(tins, list) or not all(isinstance(t, dict) for t in tins):
        problems.append("tins must be a list of objects")
        tins = []
    for tin in tins:
        if not re.fullmatch(r"\d{9}", str(tin.get("tinNumber", ""))):
            problems.append("tinNumber must be 9 digits")
    address = as_object(body.get("contact")).get("address")
    if address is not None:
        address = as_object(address)
        missing = [f for f in ("address1", "city", "state", "zipCode") if not address.get(f)]
        if missing:
            problems.append(f"contact.address needs {', '.join(missing)}")
        elif len(str(address["state"])) != 2:
            problems.append("state must be 2 letters")
    if problems:
        return ctx.error(400, "BBS-40095", "; ".join(problems))
    registrations = _state(ctx)["registrations"]
    rng = secrets.SystemRandom()
    registration = {
        **{k: v for k, v in body.items() if k != "tins"},
        # The registration answers its TINs as sent: the platform's BusinessTinInfo.tinNumber is 9 digits
        # (only the payments services mask numbers). The host password is never echoed.
        "tins": [{k: v for k, v in t.items() if k != "hostPassword"} for t in body.get("tins") or []],
        "id": stable_uuid("registration", ctx.world.seed, len(registrations)).replace("-", ""),
        "confirmationNumber": "".join(rng.choice(_ALNUM) for _ in range(16)),
        "status": "PENDING",
        "institutionId": INSTITUTION_ID,
        "registrationDate": _fi_time(dt.datetime.now(dt.UTC)),
    }
    registrations[registration["id"]] = registration
    return ctx.ok(registration)


@handler("getBusinessRegistrationByConfirmationNumberV1")
async def registration_by_confirmation(ctx: Ctx) -> Reply:
    number = ctx.query.get("confirmationNumber", "")
    if not re.fullmatch(r"[0-9A-Za-z]{16}", number):
        return ctx.error(400, "BBS-40095", "confirmationNumber must be 16 letters or digits")
    for registration in _state(ctx)["registrations"].values():
        if registration["confirmationNumber"] == number:
            return ctx.ok(registration)
    return ctx.error(404, "BBS-40154", "Registration not found")


@handler("getBusinessRegistrationByIdV1")
async def registration_by_id(ctx: Ctx) -> Reply:
    registration = _state(ctx)["registrations"].get(ctx.path["registrationId"])
    return ctx.ok(registration) if registration else ctx.error(404, "BBS-40154", "Registration not found")


@handler("getBusinessDetailsV1")
async def business_details(ctx: Ctx) -> Reply:
    business = _business(ctx)
    search_type, value = ctx.query.get("searchType"), ctx.query.get("searchValue")
    if search_type not in ("BUSINESS_ID", "LOGIN_ID") or not value:
        return ctx.error(400, "BBS-40095", "searchType (BUSINESS_ID|LOGIN_ID) and searchValue are required")
    if business is None or value not in ("4378848944", business.login_id):
        return ctx.error(400, "BBS-40147", "Business details not found")
    body: dict[str, Any] = {
        "businessId": "4378848944",
        "businessName": "ACME Widgets LLC",
        "institutionId": INSTITUTION_ID,
        "status": "ACTIVE",
        "contact": {"firstName": business.first_name, "lastName": business.last_name, "email": business.email},
    }
    if ctx.query.get("includeTins") == "true":
        body["tins"] = [{"tinName": "ACME Widgets LLC", "tinNumber": "123456789", "primary": True}]
    if ctx.query.get("includeUsers") == "true":
        body["users"] = [
            {
                "loginId": business.login_id,
                "firstName": business.first_name,
                "lastName": business.last_name,
                "email": business.email,
                "role": "PRIMARY_ADMIN",
                "status": "ACTIVE",
            }
        ]
    return ctx.ok(body)


def _limits() -> dict[str, Any]:
    return {
        "entitledFeatures": [
            {
                "featureName": "ACH Payments",
                "limits": {"perTransactionLimits": Decimal("25000.00"), "dailyLimits": Decimal("100000.00")},
            },
            {
                "featureName": "Wires - Domestic",
                "limits": {"perTransactionLimits": Decimal("50000.00"), "dailyLimits": Decimal("250000.00")},
            },
        ],
        "secCodes": ["ACH Payments Commercial (CCD)", "ACH Payments Consumer (PPD)"],
    }


@handler("getBusinessEntitlementsLimitsV1")
async def business_limits(ctx: Ctx) -> Reply:
    if not ctx.query.get("businessId"):
        return ctx.error(400, "BBE-41110", "businessId is required")
    return ctx.ok(_limits())


@handler("getUserEntitlementsLimitsV1")
async def user_limits(ctx: Ctx) -> Reply:
    if not ctx.query.get("loginId"):
        return ctx.error(400, "BBE-41110", "loginId is required")
    return ctx.ok(_limits())


def _amount(value: Any) -> Decimal | None:
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return None
    return amount if amount.is_finite() and amount > 0 and amount.as_tuple().exponent >= -2 else None  # type: ignore[operator]


def _create_payment(ctx: Ctx, kind: str) -> Reply:
    body = as_object(ctx.body)
    details: list[str] = []
    for field in ("paymentType", "transactionType", "tinNumber", "accountNumber", "deliveryDate"):
        if not body.get(field):
            details.append(f"{field} is required")
    if kind == "ach":
        for field in ("paymentDescription", "achCompanyId", "achSecCode"):
            if not body.get(field):
                details.append(f"{field} is required")
        lines = body.get("achTransactions") or []
        if not isinstance(lines, list) or not all(isinstance(line, dict) for line in lines):
            details.append("achTransactions must be a list of objects")
            lines = []
        if not lines:
            details.append("achTransactions is required")
        for line in lines:
            for field in _ACH_LINE_FIELDS:
                if not line.get(field):
                    details.append(f"achTransactions[].{field} is required")
        amounts = [_amount(line.get("amount")) for line in lines]
        if any(a is None for a in amounts):
            details.append("amount must be positive with at most two decimals")
        total = sum((a for a in amounts if a is not None), Decimal(0))
        count = len(lines)
    else:
        wire = as_object(body.get("wireTransaction"))
        beneficiary = as_object(wire.get("beneficiaryDetails"))
        address = as_object(beneficiary.get("address"))
        if not wire.get("currencyCode") or "beneficiaryBankDetails" not in wire:
            details.append("wireTransaction needs currencyCode and beneficiaryBankDetails")
        if not all(beneficiary.get(f) for f in ("beneficiaryName", "beneficiaryAccountNumber")):
            details.append("beneficiaryDetails needs beneficiaryName and beneficiaryAccountNumber")
        if not all(address.get(f) for f in ("address1", "city", "country")):
            details.append("beneficiaryDetails.address needs address1, city and country")
        amount = _amount(wire.get("amount"))
        if amount is None:
            details.append("wireTransaction.amount must be positive with at most two decimals")
        if wire.get("sendInForeignCurrency") and wire.get("transactInForeignCurrency"):
            details.append("sendInForeignCurrency and transactInForeignCurrency cannot both be true")
        total, count = amount or Decimal(0), 1
    try:
        if dt.date.fromisoformat(str(body.get("deliveryDate"))) < ctx.world.today:
            details.append("deliveryDate is in the past")
    except ValueError:
        details.append("deliveryDate must be YYYY-MM-DD")
    if details:
        reply = ctx.error(400, "BBP-138", "Invalid payment")
        reply.body["details"] = details
        return reply
    payments = _state(ctx)["payments"]
    payment = {
        **body,
        "id": stable_uuid("payment", ctx.world.seed, len(payments)),
        "institutionId": INSTITUTION_ID,
        "status": "PENDING_COMPANY_APPROVAL",
        "confirmationNumber": "".join(secrets.SystemRandom().choice(_ALNUM) for _ in range(8)),
        "totalAmount": total,
        "numberOfPayments": count,
        "accountNumber": _mask(str(body["accountNumber"])),
        "tinNumber": _mask(str(body["tinNumber"])),
        "_kind": kind,
        "_login": ctx.query.get("loginId"),
    }
    payments[payment["id"]] = payment
    return ctx.ok(_public(payment), status=201)


def _public(payment: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in payment.items() if not k.startswith("_")}


def _list_payments(ctx: Ctx, kind: str) -> Reply:
    try:
        start = dt.date.fromisoformat(ctx.query.get("fromDate", ""))
        end = dt.date.fromisoformat(ctx.query.get("toDate", ""))
    except ValueError:
        return ctx.error(400, "BBP-133", "fromDate and toDate are required (YYYY-MM-DD)")
    if end < start or (end - start).days > 30:
        return ctx.error(400, "BBP-133", "toDate must be on or after fromDate, within 30 days")
    statuses = set(filter(None, (ctx.query.get("paymentStatus") or "").split(",")))
    types = set(filter(None, (ctx.query.get("paymentType") or "").split(",")))
    found = [
        _public(p)
        for p in _state(ctx)["payments"].values()
        if p["_kind"] == kind
        and start <= dt.date.fromisoformat(p["deliveryDate"]) <= end
        and (not statuses or p["status"] in statuses)
        and (not types or p["paymentType"] in types)
    ]
    return ctx.ok({"payments": found})


def _get_payment(ctx: Ctx, kind: str) -> Reply:
    payment = _state(ctx)["payments"].get(ctx.path["paymentId"])
    if payment is None or payment["_kind"] != kind:
        return ctx.error(404, "BBP-134", "No record found")
    return ctx.ok(_public(payment))


@handler("createAchPaymentV1")
async def create_ach(ctx: Ctx) -> Reply:
    return _create_payment(ctx, "ach")


@handler("getAchPaymentsV1")
async def list_ach(ctx: Ctx) -> Reply:
    return _list_payments(ctx, "ach")


@handler("getAchPaymentByPaymentIdV1")
async def get_ach(ctx: Ctx) -> Reply:
    return _get_payment(ctx, "ach")


@handler("createWirePaymentV1")
async def create_wire(ctx: Ctx) -> Reply:
    return _create_payment(ctx, "wire")


@handler("getWirePaymentsV1")
async def list_wires(ctx: Ctx) -> Reply:
    return _list_payments(ctx, "wire")


@handler("getWirePaymentByPaymentIdV1")
async def get_wire(ctx: Ctx) -> Reply:
    return _get_payment(ctx, "wire")
