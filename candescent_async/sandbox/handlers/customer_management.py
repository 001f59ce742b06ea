"""Customer management: legacy registration (XML), profiles with $expand, status, contact methods.

Ids as the platform spells them: a user's legacy customer GUID is its institution user id as 32
hexadecimal characters (upper case in the ISR and legacy answers, lower case where the UXU service
says so); every lookup also takes the sandbox's dashed form. Each retail user administers one
entitled sub-user (kept here, not among the world's users, so other categories see the same world).
"""

from __future__ import annotations

import datetime as dt
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
_EMAIL = re.compile(r"[A-Za-z0-9_%+-]+(\.[A-Za-z0-9_%+-]+)*@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_DIGITS = re.compile(r"[0-9]{7,15}")


def guid(user: User) -> str:
    """The user's legacy customer GUID: its institution user id as 32 upper-case hexadecimal characters."""
    return user.institution_user_id.replace("-", "").upper()


def _moment(day: dt.date, hour: int, minute: int = 0) -> str:
    return dt.datetime.combine(day, dt.time(hour, minute), dt.UTC).isoformat()


def _legacy_moment(day: dt.date, hour: int) -> str:
    """The legacy service's timestamps: yyyy-MM-ddTHH:mm:ss with the institution's offset (US Central)."""
    return f"{day.isoformat()}T{hour:02d}:00:00-06:00"


def _sub_users(ctx: Ctx) -> dict[str, list[User]]:
    """parent institution user id -> the entitled users it administers (one per retail user)."""
    subs: dict[str, list[User]] | None = ctx.world.extra.get("cm_sub_users")
    if subs is None:
        subs = {}
        for index, parent in enumerate(u for u in list(ctx.world.users.values()) if u.user_type == "retail"):
            first = ("Sam", "Alex", "Robin", "Jamie")[index % 4]
            subs[parent.institution_user_id] = [
                User(
                    institution_user_id=stable_uuid("sub-user", ctx.world.seed, parent.institution_user_id),
                    host_user_id=f"{parent.host_user_id}-E1",
                    login_id=f"{first.lower()}.{parent.last_name.lower()}",
                    password="",
                    first_name=first,
                    last_name=parent.last_name,
                    email=f"{first.lower()}.{parent.last_name.lower()}@example.com",
                    user_type="retail",
                )
            ]
        ctx.world.extra["cm_sub_users"] = subs
    return subs


def _parent(ctx: Ctx, user: User) -> User | None:
    for parent_id, users in _sub_users(ctx).items():
        if any(u.institution_user_id == user.institution_user_id for u in users):
            return ctx.world.users.get(parent_id)
    return None


def _everyone(ctx: Ctx) -> list[User]:
    return [*ctx.world.users.values(), *(u for users in _sub_users(ctx).values() for u in users)]


def _profile(ctx: Ctx, user: User) -> dict[str, Any]:
    """Mutable per-user profile data: contact methods and addresses (ISR shapes), flags, phone numbers."""
    profiles = ctx.world.extra.setdefault("profiles", {})
    if user.institution_user_id not in profiles:
        number = int(user.host_user_id.removeprefix("HU-").split("-")[0] or 0)
        today = ctx.world.today
        enrolled = today - dt.timedelta(days=200)
        profiles[user.institution_user_id] = {
            "email": user.email,
            "phone": f"217555{number % 10_000:04d}",
            "locked": user.host_user_id.endswith("3"),
            "hold": None
            if not user.host_user_id.endswith("2")
            else {
                "holdDateTime": _moment(today - dt.timedelta(days=2), 9, 30),
                "holdReason": "Suspected fraud reported by the member",
                "holdInitiatedBy": "fraud.desk@institution.example",
            },
            "failedLoginCount": 3 if user.host_user_id.endswith("3") else 0,
            "registered": _moment(today - dt.timedelta(days=400), 14, 5),
            "lastLogin": _moment(today - dt.timedelta(days=1), 18, 42),
            "birthDate": dt.date(1970 + number % 30, 1 + number % 12, 1 + number % 28).isoformat(),
            "contactMethods": [
                {
                    "id": f"{user.host_user_id}-1",
                    "protocol": "SMS",
                    "contactInfo": f"******{number % 10_000:04d}",
                    "telephoneCountryCode": "+1",
                    "activated": True,
                    "validated": True,
                    "host": True,
                    "primary": True,
                    "contactMethodType": "HOME_CELLPHONE",
                    "enrolledDateTime": _moment(enrolled, 10),
                },
                {
                    "id": f"{user.host_user_id}-2",
                    "protocol": "EMAIL",
                    "contactInfo": user.email,
                    "activated": True,
                    "validated": False,
                    "host": False,
                    "primary": False,
                    "contactMethodType": "PERSONAL_EMAIL",
                    "enrolledDateTime": _moment(enrolled, 10, 5),
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
                    "startDate": _moment(today - dt.timedelta(days=900), 0),
                    "primary": True,
                    "international": False,
                    "postalAddressType": "PHYSICAL_HOME_ADDRESS",
                },
                {
                    "id": "2",
                    "streetAddress1": "4 Lakeshore Dr",
                    "city": "Naples",
                    "state": "FL",
                    "postalCode": "34102",
                    "country": "US",
                    "startDate": _moment(dt.date(today.year, 1, 1), 0),
                    "endDate": _moment(dt.date(today.year, 3, 31), 0),
                    "primary": False,
                    "international": False,
                    "postalAddressType": "SEASONAL_OR_VACATION_ADDRESS",
                },
            ],
        }
    profile: dict[str, Any] = profiles[user.institution_user_id]
    return profile


def _find(ctx: Ctx, key: str, kind: str) -> User | None:
    """A user by the id ``kind`` names; GUIDs match in any case, dashed or not."""
    everyone = _everyone(ctx)
    if kind in ("LOGIN_ID", "LOGINID"):
        return next((u for u in everyone if u.login_id == key), None)
    if kind in ("HOST_USER_ID", "HOSTID", "MEMNUMBER", "USER_ID"):
        return next((u for u in everyone if u.host_user_id == key), None)
    wanted = key.replace("-", "").upper()
    return next((u for u in everyone if guid(u) == wanted), None)


def _by_customer_id(ctx: Ctx, user_id_type: str | None = None) -> User | None:
    key = ctx.path.get("customerId") or ctx.path.get("institutionUserId") or ""
    return _find(ctx, key, user_id_type or ctx.query.get("userIdType") or "CUSTOMER_ID")


def _customer_hex(user: User) -> str:
    """The UXU customer id: the legacy GUID (lower case) for a retail user, its business's for a business user."""
    if user.institution_customer_id:
        return stable_uuid("customer", user.institution_customer_id).replace("-", "")
    return guid(user).lower()


def _pruned(value: Any) -> Any:
    """``value`` without empty objects and lists (in XML they would come back as null elements)."""
    if isinstance(value, dict):
        kept = {k: _pruned(v) for k, v in value.items()}
        return {k: v for k, v in kept.items() if v not in ({}, [], None)}
    if isinstance(value, list):
        return [v for v in (_pruned(item) for item in value) if v not in ({}, [], None)]
    return value


@handler("registerCustomerV4")
async def register_customer(ctx: Ctx) -> Reply:
    body = as_object(ctx.body)
    member = str(body.get("memberNumber") or "")
    if not re.fullmatch(r"[0-9A-Za-z]{1,16}", member):
        return ctx.error(400, "20006", "memberNumber must be 1-16 letters or digits")
    fi_id = as_object(body.get("fiId")).get("value")
    if fi_id is not None and fi_id != ctx.path["di_fiid"]:
        return ctx.error(400, "20006", "fiId.value must be the di_fiid of the path")
    person = as_object(body.get("person"))
    name = as_object(person.get("personName"))
    if not name.get("firstName") or not name.get("lastName"):
        return ctx.error(400, "220003", "firstName and lastName are required")
    registered = ctx.world.extra.setdefault("registered_members", {})
    if member in registered or any(u.host_user_id == member for u in ctx.world.users.values()):
        return ctx.error(409, "26331", "The customer is already registered")
    guid_ = stable_uuid("registered", ctx.world.seed, member).replace("-", "").upper()
    registered[member] = guid_
    contact = as_object(person.get("contactInfo"))
    phones = contact.get("phoneNumber") or []
    destinations = [
        {"contactInfo": f"******{str(as_object(p).get('number') or '')[-4:]}", "protocol": "SMS", "activated": True}
        for p in (phones if isinstance(phones, list) else [phones])  # XML: one element is not a list
        if as_object(p).get("number")
    ]
    if isinstance(contact.get("emailAddress"), str):
        destinations.append({"contactInfo": contact["emailAddress"], "protocol": "EMAIL", "activated": True})
    channels = as_object(body.get("channelInfos")).get("channelInfo") or []
    channels = channels if isinstance(channels, list) else [channels]
    answer: dict[str, Any] = {
        "id": {"value": guid_, "type": "GUID"},
        "fiId": {"value": ctx.path["di_fiid"]},
        "memberNumber": member,
        "authId": stable_uuid("auth", ctx.world.seed, member).replace("-", "")[:16].upper(),
        "person": _pruned(person),
        "hostCredential": {"loginId": member},
        "billPayEnabled": False,
        "acceptedDisclosure": str(body.get("acceptedDisclosure") or "false").lower() == "true",
        "userType": body.get("userType") or "PRIMARY",
    }
    if channels:  # an empty element would read as null, so none is sent
        answer["channelInfos"] = {
            "channelInfo": [
                {
                    "channelType": as_object(c).get("channelType"),
                    "credential": {"loginId": as_object(as_object(c).get("credential")).get("loginId")},
                }
                for c in channels
            ]
        }
    if destinations:
        answer["destinations"] = {"destination": destinations}
    if body.get("motherMaidenName"):
        answer["motherMaidenName"] = body["motherMaidenName"]
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
    profile = _profile(ctx, user)
    profile["locked"] = False
    profile["failedLoginCount"] = 0
    return ctx.ok(status=204)


def _flags(ctx: Ctx, user: User) -> dict[str, bool]:
    """The user's status flags that are true (the ISR services leave false ones out)."""
    profile = _profile(ctx, user)
    flags = {"active": True, "registered": True, "approved": True}
    if profile["locked"]:
        flags["locked"] = True
    if profile["hold"]:
        flags["onHold"] = True
    return flags


@handler("getCustomerInformation")
async def customer_information(ctx: Ctx) -> Reply:
    user = _by_customer_id(ctx)
    if user is None:
        return ctx.error(404, "UXU_88888", "No entitled customers")
    profile = _profile(ctx, user)
    business = user.user_type == "business"
    addresses = [
        {
            "index": str(index),
            "address1": a["streetAddress1"],
            "city": a["city"],
            "state": a["state"],
            "postalCode": a["postalCode"],
            "country": a["country"],
            "type": a["postalAddressType"],
        }
        for index, a in enumerate(profile["postalAddresses"])
    ]
    methods = [
        {
            k: m[k]
            for k in ("id", "contactInfo", "telephoneCountryCode", "protocol", "activated", "validated", "primary")
            if k in m
        }
        | {"enrolledDateTime": m["enrolledDateTime"][:10]}  # this service says a date
        for m in profile["contactMethods"]
    ]
    parent = _parent(ctx, user)
    return ctx.ok(
        {
            "userId": guid(user),
            "fiId": INSTITUTION_ID,
            "loginId": stable_uuid("login", user.institution_user_id).replace("-", ""),
            "userName": user.login_id,
            "birthDate": profile["birthDate"],
            "failedLoginCount": profile["failedLoginCount"],
            "failedPasswordResetCount": 0,
            "firstName": user.first_name,
            "lastName": user.last_name,
            "fullName": f"{user.first_name} {user.last_name}",
            "emailAddress": profile["email"],
            "userStatus": {
                "active": True,
                "onHold": bool(profile["hold"]),
                "locked": profile["locked"],
                "reset": False,
                "registered": True,
                "approved": True,
                "rejected": False,
                "invalidEmailId": False,
                "acceptedDisclosure": True,
            },
            "postalAddresses": addresses,
            "contactMethods": methods,
            "registrationDateTime": profile["registered"][:10],  # a date, despite the name
            "userType": "BUSINESS" if business else "RETAIL",
            "userRole": "ENTITLED" if parent else "PRIMARY",
            "customers": [
                {
                    "customerId": _customer_hex(parent or user),
                    "memberNumber": "84-1234567" if business else (parent or user).host_user_id,
                    "customerType": "BUSINESS" if business else "RETAIL",
                    "hostLoginId": (parent or user).login_id,
                }
            ],
            "acceptedDisclosure": True,
            "billPayChecked": not business,
        }
    )


def _expand(ctx: Ctx, user: User, spec: str, allow_documents: bool) -> dict[str, Any] | Reply:
    profile = _profile(ctx, user)
    subs = [] if user.user_type == "business" else _sub_users(ctx).get(user.institution_user_id, [])
    sources: dict[str, list[dict[str, Any]]] = {
        "contactMethods": profile["contactMethods"],
        "postalAddresses": profile["postalAddresses"],
        "postalAddress": profile["postalAddresses"],
        "subUsers": [_user_body(ctx, sub) for sub in subs],
        "identificationDocuments": [
            {
                "id": "ZW5jcnlwdGVkOjEyMzQ1Njc4OQ==",
                "maskedId": "*****6789",
                "identificationDocumentType": "SSN",
                "issuerCountry": "US",
            },
            {
                "id": "ZW5jcnlwdGVkOkQxMjM0NTY3",
                "maskedId": "****4567",
                "identificationDocumentType": "DRIVERS_LICENSE",
                "issuerState": "IL",
                "issuerCountry": "US",
                "issuedDate": "2021-06-01",
                "expiryDate": "2029-06-01",
            },
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


def _user_body(ctx: Ctx, user: User) -> dict[str, Any]:
    """An InstitutionUser answer (without the $expand parts)."""
    profile = _profile(ctx, user)
    business = user.user_type == "business"
    parent = _parent(ctx, user)
    customer = parent or user
    body: dict[str, Any] = {
        "institutionUserId": guid(user),
        "institutionId": INSTITUTION_ID,
        "registrationDateTime": profile["registered"],
        "institutionUserRole": "BUSINESS_ADMIN" if business else ("ENTITLED" if parent else "PRIMARY"),
        "institutionUserType": "BUSINESS" if business else "RETAIL",
        "institutionCustomers": [
            {
                "institutionCustomerId": customer.institution_customer_id or guid(customer),
                "memberNumber": "84-1234567" if business else customer.host_user_id,
                "memberName": "Acme Widgets LLC" if business else f"{customer.first_name} {customer.last_name}",
                "customerType": "BUSINESS" if business else "RETAIL",
                "primary": True,
                "hostLoginId": customer.login_id,
                "cifNumber": f"CIF{customer.host_user_id.removeprefix('HU-')}",
                "additionalInfo": {"entry": [{"key": "relationship", "value": "OWNER" if not parent else "ENTITLED"}]},
            }
        ],
        "userId": user.host_user_id,
        "userName": user.login_id,
        "firstName": user.first_name,
        "lastName": user.last_name,
        "fullName": f"{user.first_name} {user.last_name}",
        "email": profile["email"],
        "failedLoginCount": profile["failedLoginCount"],
        "failedPasswordResetCount": 0,
        "lastLoginDateTime": profile["lastLogin"],
        "userStatus": _flags(ctx, user),
        "birthDate": profile["birthDate"],
        "additionalInfo": {"entry": [{"key": "legacyUserGuid", "value": guid(user)}]},
    }
    if parent:
        body["parentInstitutionUserId"] = guid(parent)
    if profile["hold"]:
        body |= profile["hold"]
    return body


async def _institution_user(ctx: Ctx, v2: bool) -> Reply:
    user = _by_customer_id(ctx, ctx.query.get("userIdType") or "INSTITUTION_USER_ID")
    if user is None:
        return ctx.error(404, "ISR_10001", "User not found")
    body = _user_body(ctx, user)
    if not v2 and ctx.query.get("retrieveBillPayCredentials") == "true" and user.user_type == "retail":
        entries = body["institutionCustomers"][0]["additionalInfo"]["entry"]
        entries.append({"key": "billPayLoginId", "value": f"bp-{user.login_id}"})
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


def _status_info(ctx: Ctx, user: User) -> dict[str, Any]:
    profile = _profile(ctx, user)
    info: dict[str, Any] = {
        "failedLoginCount": profile["failedLoginCount"],
        "failedPasswordResetCount": 0,
        "lastLoginDateTime": profile["lastLogin"],
    }
    return info | (profile["hold"] or {})


@handler("getUserStatusV1")
async def user_status(ctx: Ctx) -> Reply:
    kind = ctx.query.get("userIdType")
    if kind not in ("INSTITUTION_USER_ID", "HOST_USER_ID", "LOGIN_ID", "CUSTOMER_ID"):
        return ctx.error(400, "ISR_11008", "userIdType is required")
    user = _by_customer_id(ctx, kind)
    if user is None:
        return ctx.error(404, "ISR_10001", "User not found")
    status: dict[str, Any] = {"institutionUserId": guid(user), **_flags(ctx, user)}
    parent = _parent(ctx, user)
    if parent:
        status["parentInstitutionUserId"] = guid(parent)
    status["additionalInfo"] = _status_info(ctx, user)
    subs = _sub_users(ctx).get(user.institution_user_id, [])
    if subs:
        status["subUsers"] = [
            {"institutionUserId": guid(sub), **_flags(ctx, sub), "additionalInfo": _status_info(ctx, sub)}
            for sub in subs
        ]
    return ctx.ok(status)


@handler("getCustomerV2")
async def legacy_customer(ctx: Ctx) -> Reply:
    kind = ctx.query.get("fiCustomerIdType") or "GUID"
    if kind not in ("GUID", "MEMNUMBER", "HOSTID", "LOGINID"):
        return ctx.error(400, "20006", "Invalid fiCustomerIdType")
    user = _find(ctx, ctx.path["fiCustomerId"], kind)
    if user is None or ctx.path["fiId"] != INSTITUTION_ID:
        return ctx.error(404, "20009", "Customer not found")
    profile = _profile(ctx, user)
    registered = dt.date.fromisoformat(profile["registered"][:10])
    last_login = dt.date.fromisoformat(profile["lastLogin"][:10])
    legacy_status = {
        "active": True,
        "registered": True,
        "locked": profile["locked"],
        "onHold": bool(profile["hold"]),
        "acceptedDisclosure": True,
        "mfaOptional": True,
        "newUser": False,
        "daysInactive": (ctx.world.today - last_login).days,
    }
    answer: dict[str, Any] = {
        "id": {"type": "GUID", "value": guid(user)},
        "fiId": {"value": INSTITUTION_ID},
        "memberNumber": user.host_user_id,
        "name": f"{user.first_name} {user.last_name}",
        "person": {"contactInfo": {"emailAddress": profile["email"]}},
        "channelInfos": {
            "channelInfo": [
                {
                    "channelType": "WEB",
                    "credential": {"loginId": user.login_id},
                    "id": {"value": f"{guid(user)[:8]}-WEB"},
                    "failedLoginCount": profile["failedLoginCount"],
                    "validLoginCount": 57,
                    "lastLoginDate": f"{last_login.isoformat()}-06:00",
                    "lastLoginDateTime": _legacy_moment(last_login, 12),
                    "userStatus": legacy_status,
                },
                {"channelType": "MOBILE", "credential": {"loginId": user.login_id}, "validLoginCount": 12},
            ]
        },
        "billPayEnabled": user.user_type == "retail",
        "challengeQuestionInfo": {"enabled": True, "numberOfQuestions": 3, "invalidAttempts": 0, "maxBadAttempts": 3},
        "lastMobileLoginDateTime": _legacy_moment(last_login, 8),
        "memberRegistrationDate": f"{registered.isoformat()}-06:00",
        "productUserInfo": {"productType": "BUSINESS" if user.user_type == "business" else "RETAIL"},
    }
    if profile["hold"]:
        answer["memberHoldDate"] = f"{ctx.world.today - dt.timedelta(days=2)}-06:00"
        answer["memberHoldDesc"] = profile["hold"]["holdReason"]
    return ctx.ok(answer)


@handler("getCustomerContactMethods")
async def contact_methods(ctx: Ctx) -> Reply:
    user = _by_customer_id(ctx)
    if user is None:
        return ctx.error(404, "UXU_88888", "No entitled customers")
    methods = [
        {k: m[k] for k in ("id", "protocol", "contactInfo", "telephoneCountryCode", "enrolledDateTime") if k in m}
        | {"isActivated": m["activated"]}
        for m in _profile(ctx, user)["contactMethods"]
    ]
    return ctx.ok({"customerId": guid(user).lower(), "contactMethods": methods})


@handler("updateContactInfo")
async def update_contact_info(ctx: Ctx) -> Reply:
    body = as_object(ctx.body)
    kind = body.get("userIdType")
    if kind is not None and kind not in ("CUSTOMER_ID", "LOGIN_ID"):
        return ctx.error(400, "UXU_10014", "userIdType must be CUSTOMER_ID or LOGIN_ID")
    user = _by_customer_id(ctx, kind)
    if user is None:
        return ctx.error(404, "UXU_88888", "No entitled customers")
    profile = _profile(ctx, user)
    email = as_object(body.get("email")).get("emailAddress")
    if email is not None and (not isinstance(email, str) or not _EMAIL.fullmatch(email)):
        return ctx.error(400, "UXU_99999", "Invalid email address")
    phone = as_object(body.get("phoneNumber"))
    new_number = phone.get("newPhoneNumber")
    if phone and (not isinstance(new_number, str) or not _DIGITS.fullmatch(new_number)):
        return ctx.error(400, "UXU_99999", "newPhoneNumber must be 7 to 15 digits")
    if phone and phone.get("oldPhoneNumber") != profile["phone"]:
        return ctx.error(400, "UXU_88891", "The host has no such phone number")
    address = as_object(body.get("postalAddress"))
    if address and not all(isinstance(address.get(k), str) and address[k] for k in ("address1", "city", "state")):
        return ctx.error(400, "UXU_99999", "address1, city and state are required")
    # Validated: apply.
    if email is not None:
        profile["email"] = email
        for method in profile["contactMethods"]:
            if method["protocol"] == "EMAIL":
                method["contactInfo"], method["validated"] = email, False
    if phone:
        profile["phone"] = new_number
        for method in profile["contactMethods"]:
            if method["protocol"] in ("SMS", "VOICE"):
                method["contactInfo"] = f"******{str(new_number)[-4:]}"
                method["telephoneCountryCode"] = str(phone.get("newCountryCode") or method["telephoneCountryCode"])
    if address:
        primary = profile["postalAddresses"][0]
        primary["streetAddress1"] = address["address1"]
        for ours, theirs in (("streetAddress2", "address2"), ("postalCode", "postalCode"), ("country", "country")):
            if isinstance(address.get(theirs), str):
                primary[ours] = address[theirs]
        primary["city"], primary["state"] = address["city"], address["state"]
    return ctx.ok(status=204)
