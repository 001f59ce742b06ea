"""Customer management: legacy registration (XML), profiles with $expand, status, contact methods."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from .._app import AUTH_FAILURE, ERROR_FAMILIES, Ctx, Reply, as_object, handler
from .._odata import FilterSyntaxError, compile_filter
from .._state import INSTITUTION_ID, User, stable_uuid

ERROR_FAMILIES.update(
    dict.fromkeys(
        ("resetPassword", "unlockUser", "getCustomerInformation", "getCustomerContactMethods", "updateContactInfo"),
        "status",
    )
)
# Operations that document no 401: the UXU profile service answers a bad JWT with UXU_10001 (400);
# legacy registration's documented errors are 400 (20006 invalid input), 409 and 500.
AUTH_FAILURE.update({"getCustomerInformation": (400, "UXU_10001"), "registerCustomerV4": (400, "20006")})
_SEGMENTS = ("contactMethods", "postalAddresses", "postalAddress", "subUsers", "identificationDocuments")


def _profile(ctx: Ctx, user: User) -> dict[str, Any]:
    """Mutable per-user profile data (contact methods, address, flags)."""
    profiles = ctx.world.extra.setdefault("profiles", {})
    if user.institution_user_id not in profiles:
        profiles[user.institution_user_id] = {
            "email": user.email,
            "locked": user.host_user_id.endswith("3"),
            "contactMethods": [
                {
                    "id": f"{user.host_user_id}-1",
                    "protocol": "SMS",
                    "contactInfo": "******1234",
                    "telephoneCountryCode": "+1",
                    "activated": True,
                    "validated": True,
                    "primary": True,
                },
                {
                    "id": f"{user.host_user_id}-2",
                    "protocol": "EMAIL",
                    "contactInfo": user.email,
                    "activated": True,
                    "validated": False,
                    "primary": False,
                },
            ],
            "postalAddresses": [
                {
                    "id": "1",
                    "streetAddress1": "100 Main St",
                    "city": "Springfield",
                    "state": "IL",
                    "postalCode": "62701",
                    "country": "US",
                    "primary": True,
                }
            ],
        }
    profile: dict[str, Any] = profiles[user.institution_user_id]
    return profile


def _by_customer_id(ctx: Ctx, user_id_type: str | None = None) -> User | None:
    key = ctx.path.get("customerId") or ctx.path.get("institutionUserId") or ""
    kind = user_id_type or ctx.query.get("userIdType") or "CUSTOMER_ID"
    if kind == "LOGIN_ID":
        return ctx.world.find_user(login_id=key)
    if kind == "HOST_USER_ID":
        return ctx.world.find_user(host_user_id=key)
    return ctx.world.users.get(key)


@handler("registerCustomerV4")
async def register_customer(ctx: Ctx) -> Reply:
    body = as_object(ctx.body)
    member = str(body.get("memberNumber") or "")
    if not re.fullmatch(r"[0-9A-Za-z]{1,16}", member):
        return ctx.error(400, "20006", "memberNumber must be 1-16 letters or digits")
    name = as_object(as_object(body.get("person")).get("personName"))
    if not name.get("firstName") or not name.get("lastName"):
        return ctx.error(400, "220003", "firstName and lastName are required")
    registered = ctx.world.extra.setdefault("registered_members", {})
    if member in registered or any(u.host_user_id == member for u in ctx.world.users.values()):
        return ctx.error(409, "26331", "The customer is already registered")
    guid = stable_uuid("registered", ctx.world.seed, member).replace("-", "").upper()
    registered[member] = guid
    answer = {k: v for k, v in body.items() if k not in ("ssn", "hostCredential")}
    answer["id"] = {"value": guid, "type": "GUID"}
    answer["fiId"] = {"value": INSTITUTION_ID}
    channels = (answer.get("channelInfos") or {}).get("channelInfo") or []
    for channel in channels if isinstance(channels, list) else [channels]:  # XML: one element is not a list
        if isinstance(channel, dict) and isinstance(channel.get("credential"), dict):
            channel["credential"].pop("password", None)
    return ctx.ok(answer)


@handler("resetPassword")
async def reset_password(ctx: Ctx) -> Reply:
    user = _by_customer_id(ctx)
    if user is None:
        return ctx.error(404, "UXU_88888", "No entitled customers")
    body = as_object(ctx.body)
    ids = {m["id"] for m in _profile(ctx, user)["contactMethods"]}
    if not isinstance(body.get("contactMethodId"), str) or body["contactMethodId"] not in ids:
        return ctx.error(400, "UXU_88889", "Contact method id not found")
    return ctx.ok(status=204)


@handler("unlockUser")
async def unlock_user(ctx: Ctx) -> Reply:
    user = _by_customer_id(ctx)
    if user is None:
        return ctx.error(404, "UXU_88888", "No entitled customers")
    _profile(ctx, user)["locked"] = False
    return ctx.ok(status=204)


@handler("getCustomerInformation")
async def customer_information(ctx: Ctx) -> Reply:
    user = _by_customer_id(ctx)
    if user is None:
        return ctx.error(404, "UXU_88888", "No entitled customers")
    profile = _profile(ctx, user)
    return ctx.ok(
        {
            "userId": user.institution_user_id,
            "fiId": INSTITUTION_ID,
            "loginId": user.login_id,
            "userName": user.login_id,
            "firstName": user.first_name,
            "lastName": user.last_name,
            "fullName": f"{user.first_name} {user.last_name}",
            "emailAddress": profile["email"],
            "failedLoginCount": 0,
            "userStatus": {"active": True, "locked": profile["locked"], "registered": True},
            "userType": "BUSINESS" if user.user_type == "business" else "RETAIL",
            "userRole": "PRIMARY",
            "customers": [
                {
                    "customerId": user.institution_customer_id or user.institution_user_id,
                    "memberNumber": user.host_user_id,
                    "customerType": "BUSINESS" if user.user_type == "business" else "RETAIL",
                }
            ],
        }
    )


def _expand(ctx: Ctx, user: User, spec: str, allow_documents: bool) -> dict[str, Any] | Reply:
    profile = _profile(ctx, user)
    sources: dict[str, list[dict[str, Any]]] = {
        "contactMethods": profile["contactMethods"],
        "postalAddresses": profile["postalAddresses"],
        "postalAddress": profile["postalAddresses"],
        "subUsers": [],
        "identificationDocuments": [
            {"id": "ZW5jcnlwdGVk", "maskedId": "*****6789", "identificationDocumentType": "SSN", "issuerCountry": "US"}
        ],
    }
    result: dict[str, Any] = {}
    for segment in filter(None, (s.strip() for s in re.split(r",(?![^()]*\))", spec))):
        found = re.fullmatch(r"(\w+)(?:\(\$filter=(.*)\))?", segment)
        if not found or found.group(1) not in _SEGMENTS:
            return ctx.error(400, "ISR_10009", f"Invalid $expand segment {segment!r}")
        name = found.group(1)
        if name == "identificationDocuments" and not allow_documents:
            return ctx.error(400, "ISR_10009", "identificationDocuments needs the v2 endpoint")
        rows = sources[name]
        if found.group(2):
            fields = {key: _getter(key) for row in rows for key in row}
            try:
                predicate = compile_filter(found.group(2), fields)
            except FilterSyntaxError as exc:
                return ctx.error(400, "ISR_10009", f"Invalid $filter in $expand: {exc}")
            rows = [row for row in rows if predicate(row)]
        result["postalAddresses" if name == "postalAddress" else name] = rows
    return result


def _getter(key: str) -> Callable[[Mapping[str, Any]], Any]:
    return lambda row: row.get(key)


async def _institution_user(ctx: Ctx, v2: bool) -> Reply:
    user = _by_customer_id(ctx, ctx.query.get("userIdType") or "INSTITUTION_USER_ID")
    if user is None:
        return ctx.error(404, "ISR_10001", "User not found")
    body: dict[str, Any] = {
        "institutionUserId": user.institution_user_id,
        "institutionId": INSTITUTION_ID,
        "institutionUserType": "BUSINESS" if user.user_type == "business" else "RETAIL",
        "institutionUserRole": "BUSINESS_ADMIN" if user.user_type == "business" else "PRIMARY",
        "userId": user.host_user_id,
        "userName": user.login_id,
        "firstName": user.first_name,
        "lastName": user.last_name,
        "email": _profile(ctx, user)["email"],
        "failedLoginCount": 0,
        "failedPasswordResetCount": 0,
        "userStatus": {"active": True},
        "institutionCustomers": [
            {
                "institutionCustomerId": user.institution_customer_id or user.institution_user_id,
                "memberNumber": user.host_user_id,
                "primary": True,
            }
        ],
        "additionalInfo": {"entry": [{"key": "legacyUserGuid", "value": user.institution_user_id}]},
    }
    expand = ctx.query.get("$expand")
    if expand:
        expanded = _expand(ctx, user, expand, allow_documents=v2)
        if isinstance(expanded, Reply):
            return expanded
        body |= expanded
    return ctx.ok(body)


@handler("getInstitutionUserV1")
async def institution_user_v1(ctx: Ctx) -> Reply:
    return await _institution_user(ctx, v2=False)


@handler("getInstitutionUserV2")
async def institution_user_v2(ctx: Ctx) -> Reply:
    return await _institution_user(ctx, v2=True)


@handler("getUserStatusV1")
async def user_status(ctx: Ctx) -> Reply:
    kind = ctx.query.get("userIdType")
    if kind not in ("INSTITUTION_USER_ID", "HOST_USER_ID", "LOGIN_ID", "CUSTOMER_ID"):
        return ctx.error(400, "ISR_11008", "userIdType is required")
    user = _by_customer_id(ctx, "INSTITUTION_USER_ID" if kind == "CUSTOMER_ID" else kind)
    if user is None:
        return ctx.error(404, "ISR_10001", "User not found")
    status: dict[str, Any] = {"institutionUserId": user.institution_user_id, "active": True, "registered": True}
    if _profile(ctx, user)["locked"]:
        status["locked"] = True
    status["additionalInfo"] = {"failedLoginCount": 0, "failedPasswordResetCount": 0}
    return ctx.ok(status)


@handler("getCustomerV2")
async def legacy_customer(ctx: Ctx) -> Reply:
    kind = ctx.query.get("fiCustomerIdType") or "GUID"
    key = ctx.path["fiCustomerId"]
    lookups = {
        "GUID": lambda: ctx.world.users.get(key),
        "MEMNUMBER": lambda: ctx.world.find_user(host_user_id=key),
        "HOSTID": lambda: ctx.world.find_user(host_user_id=key),
        "LOGINID": lambda: ctx.world.find_user(login_id=key),
    }
    if kind not in lookups:
        return ctx.error(400, "20006", "Invalid fiCustomerIdType")
    user = lookups[kind]()
    if user is None or ctx.path["fiId"] != INSTITUTION_ID:
        return ctx.error(404, "20009", "Customer not found")
    return ctx.ok(
        {
            "id": {"type": "GUID", "value": user.institution_user_id},
            "fiId": INSTITUTION_ID,
            "memberNumber": user.host_user_id,
            "name": f"{user.first_name} {user.last_name}",
            "person": {"contactInfo": {"emailAddress": user.email}},
            "channelInfos": {"channelInfo": [{"channelType": "WEB", "credential": {"loginId": user.login_id}}]},
            "billPayEnabled": "true",
        }
    )


@handler("getCustomerContactMethods")
async def contact_methods(ctx: Ctx) -> Reply:
    user = _by_customer_id(ctx)
    if user is None:
        return ctx.error(404, "UXU_88888", "No entitled customers")
    methods = [
        {k: v for k, v in m.items() if k in ("id", "protocol", "contactInfo", "telephoneCountryCode")}
        | {"isActivated": m["activated"]}
        for m in _profile(ctx, user)["contactMethods"]
    ]
    return ctx.ok({"customerId": user.institution_user_id, "contactMethods": methods})


@handler("updateContactInfo")
async def update_contact_info(ctx: Ctx) -> Reply:
    body = as_object(ctx.body)
    kind = body.get("userIdType")
    if kind is not None and kind not in ("CUSTOMER_ID", "LOGIN_ID"):
        return ctx.error(400, "UXU_10014", "userIdType must be CUSTOMER_ID or LOGIN_ID")
    user = _by_customer_id(ctx, kind)
    if user is None:
        return ctx.error(404, "UXU_88888", "No entitled customers")
    email = as_object(body.get("email")).get("emailAddress")
    if email is not None:
        if not isinstance(email, str) or "@" not in email:
            return ctx.error(400, "UXU_99999", "Invalid email address")
        _profile(ctx, user)["email"] = email
    return ctx.ok(status=204)
