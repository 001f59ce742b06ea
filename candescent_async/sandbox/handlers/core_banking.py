"""Core banking: accounts (with OData filters and grouped paging), transactions, activities, images."""

from __future__ import annotations

import base64
import datetime as dt
import random
from decimal import Decimal
from typing import Any

from .._app import AUTH_FAILURE, ERROR_FAMILIES, USER_NOT_FOUND, Ctx, Reply, as_object, handler
from .._odata import FilterSyntaxError, compile_filter
from .._state import CENTS, INSTITUTION_ID, Account, User

_ACCOUNT_FIELDS = {
    "id": lambda a: a["id"],
    "name": lambda a: a.get("nickName"),
    "accountNumber": lambda a: a.get("accountNumber"),
    "category": lambda a: a.get("category"),
    "type": lambda a: a.get("type", {}).get("value"),
}
_TRANSACTION_FIELDS = {"id": lambda t: t["id"], "description": lambda t: t.get("description")}
# The platform's small view (viewName=s): only these fields; m is the full view without micrNumber.
_SMALL_VIEW = frozenset(
    [
        "id",
        "institutionUserId",
        "institutionCustomerId",
        "institutionId",
        "description",
        "accountNumber",
        "type",
        "category",
        "currentBalance",
        "availableBalance",
        "lastStatementBalance",
        "status",
        "allowedActions",
        "routingNumber",
        "maturityDate",
        "nextPaymentAmount",
        "nextPaymentDate",
        "payOffAmount",
        "calculatedPayOffAmount",
        "tpvReference",
    ]
)
# Legacy dates are text with a UTC offset (the platform writes e.g. 2025-03-25-07:00); the sandbox's is UTC.
_LEGACY_OFFSET = "+00:00"
USER_NOT_FOUND.update(
    {
        "listAccountsV1": (404, "ACC_00101"),
        "getAccountByIdV1": (404, "ACC_00101"),
        "getCustomerAccountsTransactionsV1": (404, "UXU_88888"),
        "listAccountTransactionsV1": (404, "TXN_90000"),
        "listBankingImagesV1": (404, "BIS_20022"),
        "getBankingImageByIdV1": (404, "BIS_20022"),
    }
)
# The UX customer-accounts service answers errors as Error1 {status, code, message}.
ERROR_FAMILIES["getCustomerAccountsTransactionsV1"] = "status"
# Neither documents a 401: the UXU service answers a bad JWT with UXU_10001, legacy accounts with 25002.
AUTH_FAILURE.update({"getCustomerAccountsTransactionsV1": (400, "UXU_10001"), "listAccountsLegacyV2": (400, "25002")})

# Smallest valid TIFF (1x1, bilevel) and PDF documents, base64 in JSON as the platform sends them.
_TIFF = base64.b64encode(
    bytes.fromhex(
        "49492a000800000008000001030001000000010000000101030001000000010000000201030001000000010000"
        "000301030001000000010000000601030001000000000000001101040001000000700000001601030001000000"
        "0100000017010400010000000100000000000000"
    )
).decode()
_PDF = base64.b64encode(
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
).decode()


def _user(ctx: Ctx) -> User | None:
    return ctx.user


def _visible(ctx: Ctx, account: Account) -> bool:
    user = _user(ctx)
    return user is not None and account.owner == user.institution_user_id


def _money(amount: Decimal) -> dict[str, Any]:
    return {"currencyCode": "USD", "amount": amount}


def _full(data: dict[str, Any]) -> dict[str, Any]:
    """The account as the accounts API answers it: the seeded data plus what loans derive from balances."""
    full = dict(data)
    if data["category"] in ("LOAN", "TIERED_LOAN"):
        owed = Decimal(data["currentBalance"]["amount"])
        full.setdefault("currentPrincipalBalance", _money(owed))
        full.setdefault("payOffAmount", _money(owed))
        full.setdefault("calculatedPayOffAmount", _money((owed * Decimal("1.0025")).quantize(CENTS)))
    return full


def _view(data: dict[str, Any], view: str | None) -> dict[str, Any]:
    full = _full(data)
    if view == "s":
        return {k: v for k, v in full.items() if k in _SMALL_VIEW}
    if view == "m":
        return {k: v for k, v in full.items() if k != "micrNumber"}
    return full


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@handler("listAccountsV1")
async def list_accounts(ctx: Ctx) -> Reply:
    user = _user(ctx)
    if user is None:
        return ctx.error(404, "ACC_00101", "User not found")
    accounts = [a.data for a in ctx.world.accounts_of(user)]
    expression = ctx.query.get("$filter")
    if expression:
        try:
            predicate = compile_filter(expression, _ACCOUNT_FIELDS)
        except FilterSyntaxError as exc:
            return ctx.error(400, "ACC_00005", f"Invalid $filter expression: {exc}")
        accounts = [a for a in accounts if predicate(a)]
    body: dict[str, Any] = {}
    if ctx.query.get("$apply") is not None:
        if ctx.query.get("$apply") != "groupBy(customer)":
            return ctx.error(400, "ACC_00011", "$apply supports only groupBy(customer)")
        if ctx.query.get("institutionCustomerId"):
            return ctx.error(400, "ACC_00011", "institutionCustomerId cannot be combined with $apply")
        try:
            skip, top = int(ctx.query.get("$skipGroups", "0")), int(ctx.query.get("$topGroups", "1"))
        except ValueError:
            return ctx.error(400, "ACC_00011", "$skipGroups and $topGroups must be integers")
        if top != 1 or skip < 0:
            return ctx.error(400, "ACC_00011", "$topGroups supports only 1 and $skipGroups must be >= 0")
        groups: dict[str, list[dict[str, Any]]] = {}
        for account in accounts:
            groups.setdefault(account.get("institutionCustomerId") or "-", []).append(account)
        keys = sorted(groups)
        body["totalGroupCount"] = len(keys)
        accounts = groups[keys[skip]] if skip < len(keys) else []
    body["accounts"] = [_view(a, ctx.query.get("viewName")) for a in accounts]
    return ctx.ok(body)


@handler("getAccountByIdV1")
async def get_account(ctx: Ctx) -> Reply:
    account = ctx.world.accounts.get(ctx.path["accountId"])
    if account is None or not _visible(ctx, account):
        return ctx.error(404, "ACC_00012", "Account not found")
    return ctx.ok(_view(account.data, ctx.query.get("viewName")))


def _ux_transaction(t: dict[str, Any]) -> dict[str, Any]:
    return {
        "accountId": t["accountId"],
        "amount": t["amount"],
        "creditTransaction": t["isCreditTransaction"],
        "description": t["description"],
        "memo": t["memo"],
        "effectiveDate": t["effectiveDate"],
        "fiId": INSTITUTION_ID,
        "id": t["id"],
        "persistentTnum": True,
        "transactionDate": t["transactionDate"],
        "transactionId": t["transactionNumber"],
        "transactionNumber": t["transactionNumber"],
        "transactionType": t["type"],
        "pending": t["isPending"],
    }


def _ux_account(ctx: Ctx, account: Account) -> dict[str, Any]:
    """One account of the customer-accounts answer. Like the platform's own example, it has no customerId."""
    data = account.data
    kind = data["type"]
    result: dict[str, Any] = {
        "accountHidden": False,
        "accountNumber": data["accountNumber"],
        "accountStatus": dict(data["status"]),
        "accountType": {
            "diAccountType": kind["value"],
            "fiRawAccountType": kind["fiRawAccountType"],
            "fiAccountType": kind["fiAccountType"],
            "description": kind["description"],
        },
        "balance": {"availableBalance": data["availableBalance"], "currentBalance": data["currentBalance"]},
        "category": data["category"],
        "description": data["description"],
        "fiAccountTypeDesc": kind["description"],
        "fiRawAccountType": kind["fiRawAccountType"],
        "fiAccountType": kind["fiAccountType"],
        "historyAllowed": data["allowedActions"]["isHistoryEnabled"],
        "id": data["id"],
        "micrNumber": data["micrNumber"],
        "nickName": data.get("nickName"),
        "ownershipType": "PRIMARY",
        "primaryHolderName": data["primaryHolderName"],
    }
    if "interestRate" in data:
        result["interestRate"] = data["interestRate"]
    if kind["value"] == "SAVINGS":
        result["regDLimits"] = {"maxTransferCount": 6, "maxCheckCount": 3, "maxRegDCount": 9}
    count = min(account.transaction_count, 5)
    result["accountTransaction"] = [_ux_transaction(ctx.world.transaction(account, i)) for i in range(count)]
    return result


@handler("getCustomerAccountsTransactionsV1")
async def customer_accounts(ctx: Ctx) -> Reply:
    user = ctx.world.users.get(ctx.path["customerId"]) or _user(ctx)
    if user is None:
        return ctx.error(404, "UXU_88888", "Customer not found")
    if user.user_type != "retail":
        return ctx.error(400, "UXU_10011", "Retail customers only")
    result = [_ux_account(ctx, account) for account in ctx.world.accounts_of(user)]
    if not result:
        return ctx.ok(status=204)
    return ctx.ok(result)


_BUSINESS_ROLES_NEEDING_AUTHID = ("ENTITLED", "SECONDARY_ADMIN", "BUSINESS_USER")


def _legacy_date(iso: str | None) -> str | None:
    return f"{iso}{_LEGACY_OFFSET}" if iso else None


def _legacy_account(ctx: Ctx, user: User, account: Account, export: bool) -> dict[str, Any]:
    """One <account>: Account1 plus the deposit, loan or investment fields its category calls for."""
    data = _full(account.data)
    number = data["accountNumber"][-4:]
    kind = data["type"]
    actions = data["allowedActions"]
    legacy: dict[str, Any] = {
        "id": {"value": data["id"]},
        "fiCustomerId": {"type": "GUID", "value": user.institution_user_id},
        "fiId": {"value": INSTITUTION_ID},
        "description": data["description"],
        "nickName": data.get("nickName"),
        "displayAccountNumber": number,
        "accountNumber": {"hostValue": number, "displayValue": number, "pfmValue": number, "rawHostValue": number},
        "category": data["category"],
        "accountType": kind["value"],
        "fiAccountType": {
            "type": kind["fiAccountType"],
            "rawType": kind["fiRawAccountType"],
            "description": kind["description"],
        },
        "ownershipType": "PRIMARY",
        "balance": {
            "currentBalance": data["currentBalance"],
            "availableBalance": data["availableBalance"],
            "lastStatementBalance": data["lastStatementBalance"],
        },
        "asOfDate": _legacy_date(ctx.world.today.isoformat()),
        "accountStatus": "OPEN" if data["status"]["open"] else "CLOSED",
        "accountStatuses": dict(data["status"]),
        "displayFlag": {
            "summary": actions["summary"],
            "transferFrom": actions["transferFrom"],
            "transferTo": actions["transferTo"],
            "onlineStatementViewEnabled": actions["isOnlineStatementEnabled"],
            "isHistoryEnabled": actions["isHistoryEnabled"],
            "isHistoryEntitled": actions["isHistoryEntitled"],
        },
        "routingNumber": data.get("routingNumber"),
        "micrNumber": data["micrNumber"],
        "enabled": True,
        "accountHidden": False,
        "memberNumber": user.host_user_id.removeprefix("HU-"),
        "primaryHolderName": data["primaryHolderName"],
    }
    if "interestRate" in data:
        legacy["interestRate"] = data["interestRate"]
    if export:
        legacy["exportAccountNumber"] = number
    if data["category"] in ("DEPOSIT", "INVESTMENT") and "interestYearToDate" in data:
        legacy["interestYearToDate"] = data["interestYearToDate"]
    if data["category"] in ("LOAN", "TIERED_LOAN"):
        legacy["balance"]["currentPrincipalBalance"] = data["currentPrincipalBalance"]
        for key in (
            "nextPaymentAmount",
            "payOffAmount",
            "calculatedPayOffAmount",
            "minimumPayment",
            "originalLoanAmount",
        ):
            if key in data:
                legacy[key] = data[key]
        for key in ("nextPaymentDate", "loanOriginationDate"):  # plain text in the platform's schema
            if key in data:
                legacy[key] = _legacy_date(data[key])
        if "maturityDate" in data:  # ``format: date`` in the platform's schema: no offset
            legacy["maturityDate"] = str(data["maturityDate"])
        if "term" in data:
            legacy["term"] = data["term"]["duration"]
            legacy["termType"] = data["term"]["termType"]
    return legacy


@handler("listAccountsLegacyV2")
async def list_accounts_legacy(ctx: Ctx) -> Reply:
    if ctx.path["di_fiid"] != INSTITUTION_ID:
        return ctx.error(404, "20009", "Institution not found")
    role = ctx.request.headers.get("intuit_IFS_userType")
    if role in _BUSINESS_ROLES_NEEDING_AUTHID and not ctx.request.headers.get("intuit_authid"):
        return ctx.error(400, "25099", "Required header intuit_authid is missing")
    wanted = ctx.path["di_ficustomer"]
    user = ctx.world.users.get(wanted) or next(
        (u for u in ctx.world.users.values() if u.institution_customer_id and u.institution_customer_id == wanted), None
    )
    if user is None:
        return ctx.error(404, "20009", "End user data not found")
    export = ctx.query.get("getExportAcctNum") == "true"
    accounts = [_legacy_account(ctx, user, account, export) for account in ctx.world.accounts_of(user)]
    if not accounts:
        return ctx.ok(status=204)
    return ctx.ok({"account": accounts})


@handler("listAccountTransactionsV1")
async def list_transactions(ctx: Ctx) -> Reply:
    account_id = ctx.query.get("accountId")
    if not account_id:
        return ctx.error(400, "TXN_10007", "accountId is required")
    account = ctx.world.accounts.get(account_id)
    if account is None or not _visible(ctx, account):
        return ctx.error(404, "TXN_90000", "Account not found")
    try:
        start, end = _date(ctx.query.get("startDate")), _date(ctx.query.get("endDate"))
        skip = int(ctx.query.get("$skip", "0"))
        top_raw = ctx.query.get("$top")
        top = int(top_raw) if top_raw is not None else None
    except ValueError:
        return ctx.error(400, "TXN_10001", "Dates must be YYYY-MM-DD and $skip/$top integers")
    if start and end and start > end:
        return ctx.error(400, "TXN_10001", "startDate is after endDate")
    if skip < 0 or (top is not None and top < 0):
        return ctx.error(400, "TXN_10005", "$skip and $top must be >= 0")
    indices = ctx.world.transaction_indices(account, start, end)
    total = len(indices)
    window = indices[skip : skip + top] if top is not None else indices[skip:]
    rows = (ctx.world.transaction(account, i) for i in window)
    expression = ctx.query.get("$filter")
    if expression:
        try:
            predicate = compile_filter(expression, _TRANSACTION_FIELDS)
        except FilterSyntaxError as exc:
            return ctx.error(400, "TXN_20005", f"Invalid $filter expression: {exc}")
        rows = (t for t in rows if predicate(t))
    credit = ctx.query.get("isCreditTransaction")
    if credit in ("true", "false"):
        wanted = credit == "true"
        rows = (t for t in rows if t["isCreditTransaction"] is wanted)
    body: dict[str, Any] = {"transactions": list(rows)}
    if ctx.query.get("additionalFields") == "true":
        body["additionalInfo"] = {
            "entry": [{"key": "timeZone", "value": "America/New_York"}, {"key": "timeZoneOffset", "value": "-5"}]
        }
    if top is not None and "$skip" in ctx.query and skip < total:
        pagination: dict[str, Any] = {"count": total, "top": top}
        base = f"/v1/transactions?accountId={account_id}"
        if skip > 0:
            pagination["previous"] = f"{base}&$skip={max(0, skip - top)}&$top={top}"
        if skip + top < total:
            pagination["next"] = f"{base}&$skip={skip + top}&$top={top}"
        body["pagination"] = pagination
    return ctx.ok(body)


_EVENTS = ("login", "logout", "mfaChallenge", "transferCreated", "passwordChange")
_ENCODINGS = frozenset(("application/gzip", "gzip", "deflate", "*"))


def _encoding_refused(value: str | None) -> bool:
    """The platform takes application/gzip, gzip, deflate or * (httpx's default list names two of them)."""
    if value is None:
        return False
    offered = {part.split(";")[0].strip().lower() for part in value.split(",")}
    return not offered & _ENCODINGS


@handler("searchBankingActivitiesV1")
async def search_banking_activities(ctx: Ctx) -> Reply:
    if _encoding_refused(ctx.request.headers.get("accept-encoding")):
        return ctx.error(400, "BAS_10203", "Accept-Encoding must be application/gzip, gzip, deflate or *")
    criteria = as_object(ctx.body)
    try:
        start = dt.datetime.fromisoformat(str(criteria["startTime"]))
        end = dt.datetime.fromisoformat(str(criteria["endTime"]))
    except (KeyError, ValueError):
        return ctx.error(400, "BAS_10005", "startTime and endTime are required ISO 8601 date-times")
    if start.tzinfo is None or end.tzinfo is None or start >= end:
        return ctx.error(400, "BAS_10001", "startTime must be before endTime, both with an offset")
    if end - start > dt.timedelta(days=90):
        return ctx.error(400, "BAS_10002", "The search window may not exceed 90 days")
    page_size, wanted_ids = criteria.get("pageSize") or 1000, criteria.get("eventIds") or []
    if (
        not isinstance(page_size, int)
        or not isinstance(wanted_ids, list)
        or not all(isinstance(e, str) for e in wanted_ids)
    ):
        return ctx.error(400, "BAS_10005", "pageSize must be an integer and eventIds a list of strings")
    page_size = min(page_size if page_size > 0 else 1000, 1000)
    token = criteria.get("nextPageToken")
    try:
        offset = int(base64.urlsafe_b64decode(str(token)).decode()) if token else 0
    except ValueError:
        return ctx.error(400, "BAS_10206", "Invalid nextPageToken")
    if offset < 0:
        return ctx.error(400, "BAS_10206", "Invalid nextPageToken")
    hours = int((end - start).total_seconds() // 3600)
    wanted = set(wanted_ids)
    rows: list[dict[str, str]] = []
    index = offset
    while len(rows) < page_size and index < hours:
        rng = random.Random(f"{ctx.world.seed}:activity:{start.isoformat()}:{index}")
        event = _EVENTS[rng.randrange(len(_EVENTS))]
        index += 1
        if wanted and event not in wanted:
            continue
        rows.append(
            {
                "eventid": event,
                "eventtype": "user",
                "timestamp": (start + dt.timedelta(hours=index - 1)).isoformat(),
                "channel": "web" if rng.random() < 0.6 else "mobile",
                "result": "success",
                "reqctx_loginid": "jordan.doe",
            }
        )
    if not rows:
        return ctx.ok(status=204)
    body: dict[str, Any] = {"count": len(rows), "bankingActivities": rows}
    if index < hours:
        body["nextPageToken"] = base64.urlsafe_b64encode(str(index).encode()).decode()
    return ctx.ok(body)


def _image(ctx: Ctx, account: Account, image_type: str, n: int) -> dict[str, Any]:
    statement = image_type in ("STATEMENT", "CC_STATEMENT", "DOCUMENT")
    data = account.data
    image: dict[str, Any] = {
        "id": str(200 + n),
        "institutionCustomerId": data.get("institutionCustomerId") or account.owner,
        "institutionId": INSTITUTION_ID,
        "accountId": data["id"],
        "accountNumber": data["accountNumber"],
        "accountType": data["type"]["value"],
        "imageType": image_type,
        "imageInfoItems": {
            "imageInfo": (
                [{"data": _PDF, "type": "PDF", "view": "FRONT", "pageNumber": 1}]
                if statement
                else [
                    {"data": _TIFF, "type": "UNKNOWN", "view": "FRONT"},
                    {"data": _TIFF, "type": "UNKNOWN", "view": "BACK"},
                ]
            )
        },
    }
    if statement:
        image["statementDate"] = (ctx.world.today.replace(day=1) - dt.timedelta(days=30 * n)).isoformat()
        image["statementDescription"] = "Monthly statement"
    else:
        txn = ctx.world.transaction(account, n)
        image |= {
            "transactionImageNumber": str(1000 + n),
            "transactionDate": txn["transactionDate"],
            "transactionDescription": txn["description"],
            "amount": txn["amount"],
        }
        if image_type in ("DEPOSIT_CHECK", "DEPOSIT_SLIP"):
            image["transactionStatus"] = "ACCEPTED"
    return image


def _images_request(ctx: Ctx, *, one: bool = False) -> tuple[Account, str] | Reply:
    """The checks both image calls share; ``one``: getBankingImageByIdV1, whose statements take statementDate."""
    account_id, image_type = ctx.query.get("accountId"), ctx.query.get("imageType")
    if not account_id or not image_type:
        return ctx.error(400, "BIS_00003", "accountId and imageType are required")
    if image_type not in ("CHECK", "DEPOSIT_CHECK", "DEPOSIT_SLIP", "STATEMENT", "CC_STATEMENT", "DOCUMENT"):
        return ctx.error(400, "BIS_00003", f"Unknown imageType {image_type}")
    account = ctx.world.accounts.get(account_id)
    if account is None or not _visible(ctx, account):
        return ctx.error(404, "BIS_20009", "Account not available")
    statement = image_type in ("STATEMENT", "CC_STATEMENT", "DOCUMENT")
    if statement and one and not ctx.query.get("statementDate"):
        return ctx.error(400, "BIS_00022", "statementDate is required for statements")
    if statement and not one and not (ctx.query.get("statementStartDate") and ctx.query.get("statementEndDate")):
        return ctx.error(400, "BIS_00018", "statementStartDate and statementEndDate are required for statements")
    if not statement and not ctx.query.get("transactionDate"):
        return ctx.error(400, "BIS_00003", "transactionDate is required for check and deposit images")
    if image_type in ("DEPOSIT_CHECK", "DEPOSIT_SLIP") and not ctx.query.get("imageIdentifier"):
        return ctx.error(400, "BIS_00003", "imageIdentifier is required for deposit images")
    return account, image_type


@handler("listBankingImagesV1")
async def list_banking_images(ctx: Ctx) -> Reply:
    checked = _images_request(ctx)
    if isinstance(checked, Reply):
        return checked
    account, image_type = checked
    return ctx.ok({"bankingImage": [_image(ctx, account, image_type, n) for n in range(3)]})


@handler("getBankingImageByIdV1")
async def get_banking_image(ctx: Ctx) -> Reply:
    checked = _images_request(ctx, one=True)
    if isinstance(checked, Reply):
        return checked
    account, image_type = checked
    try:
        n = int(ctx.path["bankingImageId"]) - 200
    except ValueError:
        n = -1
    if not 0 <= n < 3:
        return ctx.error(404, "BIS_30004", "Image not found")
    return ctx.ok(_image(ctx, account, image_type, n))
