"""Business banking: registrations (stateful), profile, entitlements, and ACH/wire payments (stateful).

Answers carry the platform's 1.11.0 shapes (specs/business-banking.yaml): registration dates as the
platform writes them (``MM/dd/yyyy hh:mm:ss a z``), delivery dates as ``YYYY-MM-DD`` strings, a wire's
transaction as the domestic or the international variant (each with its own bank-detail fields), and
the ids the platform adds to every ACH line and wire transaction. Money is Decimal throughout.
"""

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
_BUSINESS_ID = "4378848944"
_BUSINESS_NAME = "ACME Widgets LLC"
_TIN = "123456789"
_MEMBER_NUMBER = "884400"
_ACH_COMPANIES = {"C1": "ACME WIDGETS"}
_ACH_LINE_FIELDS = (
    "currencyCode",
    "contactName",
    "contactAccountNumber",
    "contactAccountType",
    "contactBankAchRoutingNumber",
)
_ACCOUNT_TYPES = {"PERSONAL_CHECKING", "PERSONAL_SAVINGS", "BUSINESS_CHECKING", "BUSINESS_SAVINGS", "BUSINESS_LOAN"}
_SEC_CODES = {"COMMERCIAL_CCD", "CONSUMER_PPD", "PAYROLL_PPD", "CHILD_SUPPORT_CCD"}
_ACH_PAYMENT_ONLY = {"PAYROLL_PPD", "CHILD_SUPPORT_CCD"}
# ACH_PAYMENT pays contacts out of the business's account, ACH_COLLECTION collects into it.
_ACH_TRANSACTION_TYPE = {"ACH_PAYMENT": "DEBIT", "ACH_COLLECTION": "CREDIT"}
# The sandbox's exchange desk: foreign-currency units per US dollar, and each currency's name.
_FX = {
    "EUR": (Decimal("0.9210"), "Euro"),
    "GBP": (Decimal("0.7870"), "Pound Sterling"),
    "CAD": (Decimal("1.3650"), "Canadian Dollar"),
    "JPY": (Decimal("151.20"), "Yen"),
    "MXN": (Decimal("17.0500"), "Mexican Peso"),
}
_ROUTING = re.compile(r"\d{9}")
_PHONE = re.compile(r"(\+\d{1,2}\s)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_ENTITLEMENTS = [
    ("ACH Payments", Decimal("25000.00"), Decimal("100000.00")),
    ("ACH Collections", Decimal("25000.00"), Decimal("100000.00")),
    ("Wires - Domestic", Decimal("50000.00"), Decimal("250000.00")),
    ("Wires - International", Decimal("50000.00"), Decimal("250000.00")),
]


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


# ---------------------------------------------------------------------- registration


@handler("getBusinessRegistrationConfigV1")
async def registration_config(ctx: Ctx) -> Reply:
    return ctx.ok({"onlineFeatures": _FEATURES, "additionalServices": _SERVICES})


def _person_problems(person: dict[str, Any], where: str, required: tuple[str, ...]) -> list[str]:
    problems = [f"{where}.{f} is required" for f in required if not person.get(f)]
    for name, limit in (("firstName", 50), ("lastName", 50), ("middleName", 50)):
        if len(str(person.get(name) or "")) > limit:
            problems.append(f"{where}.{name} is longer than {limit}")
    if person.get("email") and not _EMAIL.fullmatch(str(person["email"])):
        problems.append(f"{where}.email is not an email address")
    if person.get("phoneNumber") and not _PHONE.fullmatch(str(person["phoneNumber"])):
        problems.append(f"{where}.phoneNumber is not a phone number")
    return problems


def _registration_problems(body: dict[str, Any]) -> list[str]:
    problems = []
    name = body.get("businessName")
    if not name or not isinstance(name, str) or len(name) > 100:
        problems.append("businessName is required (at most 100 characters)")
    tins = body.get("tins") or []
    if not isinstance(tins, list) or not all(isinstance(t, dict) for t in tins):
        problems.append("tins must be a list of objects")
        tins = []
    for tin in tins:
        if not re.fullmatch(r"\d{9}", str(tin.get("tinNumber", ""))):
            problems.append("tinNumber must be 9 digits")
        if not tin.get("tinName") or len(str(tin["tinName"])) > 65:
            problems.append("tinName is required (at most 65 characters)")
    users = body.get("users") or []
    if not isinstance(users, list) or not all(isinstance(u, dict) for u in users):
        problems.append("users must be a list of objects")
        users = []
    for user in users:
        problems += _person_problems(user, "users[]", ("firstName", "lastName", "email"))
    contact = as_object(body.get("contact"))
    problems += _person_problems(contact, "contact", ())
    if contact.get("address") is not None:
        address = as_object(contact["address"])
        missing = [f for f in ("address1", "city", "state", "zipCode") if not address.get(f)]
        if missing:
            problems.append(f"contact.address needs {', '.join(missing)}")
        elif len(str(address["state"])) != 2:
            problems.append("state must be 2 letters")
    return problems


@handler("createBusinessRegistrationV1")
async def create_registration(ctx: Ctx) -> Reply:
    body = as_object(ctx.body)
    problems = _registration_problems(body)
    if problems:
        return ctx.error(400, "BBS-40095", "; ".join(problems))
    registrations = _state(ctx)["registrations"]
    rng = secrets.SystemRandom()
    registration = {
        **{k: v for k, v in body.items() if k != "tins"},
        # The platform's tinNumber is 9 digits both ways; the host password is write-only.
        "tins": [{k: v for k, v in t.items() if k != "hostPassword"} for t in body.get("tins") or []],
        "id": stable_uuid("registration", ctx.world.seed, len(registrations)).replace("-", ""),
        "confirmationNumber": "".join(rng.choice(_ALNUM) for _ in range(16)),
        "status": "PENDING",
        "institutionId": INSTITUTION_ID,
        "registrationDate": _fi_time(dt.datetime.now(dt.UTC)),
    }
    for absent in ("businessId", "approvedDate", "declinedDate", "completedDate"):
        registration.pop(absent, None)  # only the platform sets these, once the registration moves on
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


# ---------------------------------------------------------------------- profile


def _address() -> dict[str, Any]:
    return {"address1": "100 Commerce Way", "city": "Fresno", "state": "CA", "zipCode": "93650", "country": "USA"}


@handler("getBusinessDetailsV1")
async def business_details(ctx: Ctx) -> Reply:
    business = _business(ctx)
    search_type, value = ctx.query.get("searchType"), ctx.query.get("searchValue")
    if search_type not in ("BUSINESS_ID", "LOGIN_ID") or not value:
        return ctx.error(400, "BBS-40095", "searchType (BUSINESS_ID|LOGIN_ID) and searchValue are required")
    wanted = _BUSINESS_ID if search_type == "BUSINESS_ID" else (business.login_id if business else None)
    if business is None or value != wanted:
        return ctx.error(400, "BBS-40147", "Business details not found")
    body: dict[str, Any] = {
        "businessId": _BUSINESS_ID,
        "businessName": _BUSINESS_NAME,
        "institutionId": INSTITUTION_ID,
        "status": "ACTIVE",
        "contact": {
            "firstName": business.first_name,
            "lastName": business.last_name,
            "email": business.email,
            "phoneNumber": "555-010-0100",
            "address": _address(),
        },
        "additionalInfo": {"industry": "Manufacturing", "employeeCount": "42", "yearEstablished": "2009"},
        "billingAccountNumber": next(
            (a.data["accountNumber"] for a in ctx.world.accounts_of(business) if a.data["category"] == "DEPOSIT"), ""
        ),
    }
    if ctx.query.get("includeTins") == "true":
        body["tins"] = [{"tinName": _BUSINESS_NAME, "tinNumber": _TIN, "memberNumber": _MEMBER_NUMBER, "primary": True}]
    if ctx.query.get("includeUsers") == "true":
        enrolled = dt.datetime.combine(ctx.world.today - dt.timedelta(days=400), dt.time(9, 30), dt.UTC)
        body["users"] = [
            {
                "loginId": business.login_id,
                "firstName": business.first_name,
                "lastName": business.last_name,
                "email": business.email,
                "role": "PRIMARY_ADMIN",
                "status": "ACTIVE",
                "updatePending": False,
                "contactMethods": [
                    {
                        "contactInfo": "5550100100",
                        "protocol": "SMS",
                        "telephoneCountryCode": "+1",
                        "enrolledDateTime": enrolled.isoformat(),
                    },
                    {"contactInfo": business.email, "protocol": "EMAIL", "enrolledDateTime": enrolled.isoformat()},
                ],
            }
        ]
    return ctx.ok(body)


# ---------------------------------------------------------------------- entitlements


def _limits(per_transaction: Decimal, daily: Decimal, feature: str) -> dict[str, Any]:
    limits = {
        "perTransactionLimits": per_transaction,
        "dailyLimits": daily,
        "monthlyLimits": daily * 20,
        "perTransactionApprovalThresholdLimits": per_transaction / 5,
    }
    if feature.startswith("ACH"):
        limits["dailyOverallAchLimits"] = daily * 2
    else:
        limits["dailyOverallWiresLimits"] = daily * 2
    return limits


def _entitlements(ctx: Ctx, business: User) -> dict[str, Any]:
    wanted = ctx.query.get("featureName")
    features = [
        {"featureName": name, "limits": _limits(per, daily, name)}
        for name, per, daily in _ENTITLEMENTS
        if not wanted or name == wanted
    ]
    deposits = [a for a in ctx.world.accounts_of(business) if a.data["category"] == "DEPOSIT"]
    return {
        "entitledFeatures": features,
        "accountEntitledFeature": {
            "entitledTins": [
                {
                    "tinNumber": _TIN,
                    "memberNumber": _MEMBER_NUMBER,
                    "bankAccounts": [
                        {"accountNumber": a.data["accountNumber"], "features": [f["featureName"] for f in features]}
                        for a in deposits
                    ],
                    "featureLimits": features,
                }
            ]
        },
        "secCodes": [
            "ACH Payments Commercial (CCD)",
            "ACH Payments Consumer (PPD)",
            "ACH Collections Commercial (CCD)",
        ],
    }


@handler("getBusinessEntitlementsLimitsV1")
async def business_limits(ctx: Ctx) -> Reply:
    business = _business(ctx)
    if not ctx.query.get("businessId"):
        return ctx.error(400, "BBE-41110", "businessId is required")
    if business is None:
        return ctx.error(500, "BBE-41107", "No business is seeded")
    return ctx.ok(_entitlements(ctx, business))


@handler("getUserEntitlementsLimitsV1")
async def user_limits(ctx: Ctx) -> Reply:
    # The user is the token's (a password grant) or the loginId's (client credentials, checked upstream).
    if ctx.user is None:
        return ctx.error(400, "BBE-41110", "loginId is required")
    if ctx.user.user_type != "business":
        return ctx.error(403, "BBE-41109", "Not a business user")
    return ctx.ok(_entitlements(ctx, ctx.user))


# ---------------------------------------------------------------------- payments


def _amount(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return None
    return amount if amount.is_finite() and amount > 0 and amount.as_tuple().exponent >= -2 else None  # type: ignore[operator]


def _objects(value: Any) -> list[dict[str, Any]] | None:
    """A list of objects, or None when ``value`` is not one."""
    if isinstance(value, list) and all(isinstance(item, dict) for item in value):
        return value
    return None


def _ach_problems(body: dict[str, Any]) -> tuple[list[str], Decimal, int]:
    details = [f"{f} is required" for f in ("paymentDescription", "achCompanyId", "achSecCode") if not body.get(f)]
    payment_type = body.get("paymentType")
    if payment_type not in _ACH_TRANSACTION_TYPE:
        details.append("paymentType must be ACH_PAYMENT or ACH_COLLECTION")
    elif body.get("transactionType") != _ACH_TRANSACTION_TYPE[payment_type]:
        details.append(f"transactionType must be {_ACH_TRANSACTION_TYPE[payment_type]} for {payment_type}")
    sec = body.get("achSecCode")
    if sec and sec not in _SEC_CODES:
        details.append("achSecCode is not a known SEC code")
    elif sec in _ACH_PAYMENT_ONLY and payment_type == "ACH_COLLECTION":
        details.append(f"achSecCode {sec} is for ACH_PAYMENT only")
    lines = _objects(body.get("achTransactions") or [])
    if lines is None:
        details.append("achTransactions must be a list of objects")
        lines = []
    if not lines:
        details.append("achTransactions is required")
    for line in lines:
        details += [f"achTransactions[].{f} is required" for f in _ACH_LINE_FIELDS if not line.get(f)]
        if line.get("contactAccountType") and line["contactAccountType"] not in _ACCOUNT_TYPES:
            details.append("achTransactions[].contactAccountType is not a known account type")
        if line.get("contactBankAchRoutingNumber") and not _ROUTING.fullmatch(str(line["contactBankAchRoutingNumber"])):
            details.append("achTransactions[].contactBankAchRoutingNumber must be 9 digits")
    amounts = [_amount(line.get("amount")) for line in lines]
    if any(a is None for a in amounts):
        details.append("amount must be positive with at most two decimals")
    return details, sum((a for a in amounts if a is not None), Decimal(0)), len(lines)


def _address_problems(address: dict[str, Any], where: str) -> list[str]:
    return [f"{where}.{f} is required" for f in ("address1", "city", "country") if not address.get(f)]


def _wire_problems(body: dict[str, Any]) -> tuple[list[str], Decimal]:
    details = []
    international = body.get("paymentType") == "WIRE_INTERNATIONAL"
    if body.get("paymentType") not in ("WIRE_DOMESTIC", "WIRE_INTERNATIONAL"):
        details.append("paymentType must be WIRE_DOMESTIC or WIRE_INTERNATIONAL")
    if body.get("transactionType") != "DEBIT":
        details.append("transactionType must be DEBIT")
    wire = as_object(body.get("wireTransaction"))
    if not wire.get("currencyCode"):
        details.append("wireTransaction.currencyCode is required")
    beneficiary = as_object(wire.get("beneficiaryDetails"))
    details += [
        f"beneficiaryDetails.{f} is required"
        for f in ("beneficiaryName", "beneficiaryAccountNumber")
        if not beneficiary.get(f)
    ]
    details += _address_problems(as_object(beneficiary.get("address")), "beneficiaryDetails.address")
    bank = as_object(wire.get("beneficiaryBankDetails"))
    if international:
        details += [
            f"beneficiaryBankDetails.{f} is required"
            for f in ("beneficiaryBankName", "beneficiaryBankSwiftNumber")
            if not bank.get(f)
        ]
        details += _address_problems(as_object(bank.get("address")), "beneficiaryBankDetails.address")
    elif not _ROUTING.fullmatch(str(bank.get("beneficiaryBankRoutingNumber", ""))):
        details.append("beneficiaryBankDetails.beneficiaryBankRoutingNumber must be 9 digits")
    intermediary = wire.get("intermediaryBankDetails")
    if intermediary is not None:
        middle = as_object(intermediary)
        if middle.get("intermediaryBankType") == "INTERNATIONAL" and international:
            if not middle.get("intermediaryBankName"):
                details.append("intermediaryBankDetails.intermediaryBankName is required")
            if not (middle.get("intermediaryBankSwiftNumber") or middle.get("intermediaryBankAccountNumber")):
                details.append("intermediaryBankDetails needs a SWIFT code or an account number")
        elif not _ROUTING.fullmatch(str(middle.get("intermediaryBankRoutingNumber", ""))):
            details.append("intermediaryBankDetails.intermediaryBankRoutingNumber must be 9 digits")
    amount = _amount(wire.get("amount"))
    if amount is None:
        details.append("wireTransaction.amount must be positive with at most two decimals")
    send, transact = wire.get("sendInForeignCurrency") is True, wire.get("transactInForeignCurrency") is True
    if send and transact:
        details.append("sendInForeignCurrency and transactInForeignCurrency cannot both be true")
    if (send or transact) and not international:
        details.append("only an international wire can be in a foreign currency")
    if (send or transact) and not wire.get("foreignCurrencyCode"):
        details.append("foreignCurrencyCode is required with a foreign-currency wire")
    if transact and _amount(wire.get("foreignCurrencyAmount")) is None:
        details.append("foreignCurrencyAmount is required with transactInForeignCurrency")
    return details, amount or Decimal(0)


def _wire_transaction(wire: dict[str, Any], international: bool, payment_id: str) -> dict[str, Any]:
    """The stored transaction: the platform's id and payment id; for an international wire the
    currency flags (false unless sent) and, in a foreign currency, the rate and currency name."""
    stored = {**wire, "id": stable_uuid("wire-transaction", payment_id), "paymentId": payment_id}
    if not international:
        return stored
    stored.setdefault("sendInForeignCurrency", False)
    stored.setdefault("transactInForeignCurrency", False)
    code = stored.get("foreignCurrencyCode")
    if code and (stored["sendInForeignCurrency"] or stored["transactInForeignCurrency"]):
        rate, name = _FX.get(str(code), (Decimal("1.0000"), str(code)))
        stored["exchangeRate"] = rate
        stored["foreignCurrencyName"] = name
        if stored["sendInForeignCurrency"]:
            stored["foreignCurrencyAmount"] = (_amount(wire["amount"]) or Decimal(0)) * rate
            stored["foreignCurrencyAmount"] = stored["foreignCurrencyAmount"].quantize(Decimal("0.01"))
    return stored


def _create_payment(ctx: Ctx, kind: str) -> Reply:
    body = as_object(ctx.body)
    details = [
        f"{field} is required"
        for field in ("paymentType", "transactionType", "tinNumber", "accountNumber", "deliveryDate")
        if not body.get(field)
    ]
    if kind == "ach":
        more, total, count = _ach_problems(body)
    else:
        more, total = _wire_problems(body)
        count = 1
    details += more
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
    payment_id = stable_uuid("payment", ctx.world.seed, len(payments))
    payment = {
        **body,
        "id": payment_id,
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
    if kind == "ach":
        payment["achCompanyName"] = _ACH_COMPANIES.get(str(body["achCompanyId"]), _BUSINESS_NAME.upper())
        payment["achTransactions"] = [
            {**line, "id": stable_uuid("ach-line", payment_id, n), "paymentId": payment_id}
            for n, line in enumerate(body["achTransactions"])
        ]
    else:
        international = body["paymentType"] == "WIRE_INTERNATIONAL"
        payment["wireTransaction"] = _wire_transaction(as_object(body["wireTransaction"]), international, payment_id)
    payments[payment_id] = payment
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
