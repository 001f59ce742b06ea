"""Documents and preferences: institution disclosures, user acceptances, e-statement preferences."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .._app import AUTH_FAILURE, ERROR_FAMILIES, USER_NOT_FOUND, Ctx, Reply, as_object, handler
from .._state import INSTITUTION_ID, stable_uuid

ERROR_FAMILIES.update(
    dict.fromkeys(
        (
            "getEStatementAccountPreferencesV1",
            "updateEStatementAccountPreferencesV1",
            "updateEStatementUserPreferencesV1",
            "getEStatementsAccountsReportV1",
        ),
        "status",
    )
)
USER_NOT_FOUND.update(
    dict.fromkeys(
        (
            "getEStatementAccountPreferencesV1",
            "updateEStatementAccountPreferencesV1",
            "updateEStatementUserPreferencesV1",
        ),
        (404, "UXESTMT_88888"),
    )
)
# The e-statement service documents no 401: a missing or invalid JWT is UXESTMT_10001/10002, a 400.
AUTH_FAILURE.update(
    dict.fromkeys(
        (
            "getEStatementAccountPreferencesV1",
            "updateEStatementAccountPreferencesV1",
            "updateEStatementUserPreferencesV1",
            "getEStatementsAccountsReportV1",
        ),
        (400, "UXESTMT_10002"),
    )
)


def _state(ctx: Ctx) -> dict[str, Any]:
    state: dict[str, Any] | None = ctx.world.extra.get("documents")
    if state is None:
        disclosures = {}
        for name in ("OLS", "ESIGN", "IB", "Privacy Policy"):
            did = stable_uuid("disclosure", ctx.world.seed, name).replace("-", "").upper()
            disclosures[did] = {
                "institutionDisclosureId": did,
                "institutionId": INSTITUTION_ID,
                "institutionDisclosureName": name,
                "institutionDisclosureData": f"https://bank.example.com/disclosures/{did.lower()}.pdf",
                "institutionDisclosureDataType": "URL",
                "institutionDisclosureStatus": True,
            }
        state = ctx.world.extra["documents"] = {"disclosures": disclosures, "acceptances": {}, "estatements": {}}
    return state


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


@handler("listInstitutionDisclosuresV1")
async def list_disclosures(ctx: Ctx) -> Reply:
    return ctx.ok({"institutionDisclosures": list(_state(ctx)["disclosures"].values())})


def _disclosure_fields(ctx: Ctx, body: dict[str, Any]) -> Reply | None:
    if body.get("institutionDisclosureData") is not None and body.get("institutionDisclosureDataType") != "URL":
        return ctx.error(400, "DSC_10002", "institutionDisclosureDataType URL is required with data")
    return None


@handler("createInstitutionDisclosureV1")
async def create_disclosure(ctx: Ctx) -> Reply:
    body = as_object(ctx.body)
    if not body.get("institutionDisclosureName"):
        return ctx.error(400, "DSC_12004", "institutionDisclosureName is required")
    problem = _disclosure_fields(ctx, body)
    if problem:
        return problem
    disclosures = _state(ctx)["disclosures"]
    did = (
        stable_uuid("disclosure", ctx.world.seed, body["institutionDisclosureName"], len(disclosures))
        .replace("-", "")
        .upper()
    )
    disclosure = {
        "institutionDisclosureStatus": False,
        **body,
        "institutionDisclosureId": did,
        "institutionId": INSTITUTION_ID,
    }
    disclosures[did] = disclosure
    return ctx.ok(disclosure)


@handler("updateInstitutionDisclosureV1")
async def update_disclosure(ctx: Ctx) -> Reply:
    body = as_object(ctx.body)
    path_id = ctx.path["institutionDisclosureId"]
    if str(body.get("institutionDisclosureId", "")).upper() != path_id.upper():
        return ctx.error(400, "DSC_12012", "The id in the body does not match the path")
    disclosure = _state(ctx)["disclosures"].get(path_id.upper())
    if disclosure is None:
        return ctx.error(400, "DSC_13001", "No such disclosure")
    if not body.get("institutionDisclosureName"):  # an update restates every create field, the name included
        return ctx.error(400, "DSC_12004", "institutionDisclosureName is required")
    problem = _disclosure_fields(ctx, body)
    if problem:
        return problem
    disclosure.update({k: v for k, v in body.items() if k != "institutionDisclosureId"})
    return ctx.ok(disclosure)


def _acceptances(ctx: Ctx) -> dict[str, dict[str, Any]]:
    owner = ctx.user.institution_user_id if ctx.user else "-"
    bucket: dict[str, dict[str, Any]] = _state(ctx)["acceptances"].setdefault(owner, {})
    return bucket


@handler("listUserDisclosuresV1")
async def list_user_disclosures(ctx: Ctx) -> Reply:
    return ctx.ok({"institutionUserDisclosures": list(_acceptances(ctx).values())})


def _key(body: dict[str, Any]) -> str:
    return (
        f"{body.get('institutionDisclosureName') or body.get('institutionDisclosureId')}:{body.get('accountId') or ''}"
    )


_USER_DISCLOSURE_STATUSES = ("ENROLLED", "NOT_ENROLLED", "NOT_ACCEPTED", "ACCEPTED")


def _user_disclosure_fields(ctx: Ctx, body: dict[str, Any]) -> Reply | None:
    """The stored fields have their documented types (they come back in listUserDisclosuresV1)."""
    texts = ("institutionDisclosureId", "institutionDisclosureName", "accountId")
    if any(body.get(k) is not None and not isinstance(body[k], str) for k in texts):
        return ctx.error(400, "DSC_10009", "Disclosure ids, names and accountId are strings")
    if body.get("paperWaiver") is not None and not isinstance(body["paperWaiver"], bool):
        return ctx.error(400, "DSC_10009", "paperWaiver is a boolean")
    if body.get("institutionUserDisclosureStatus", "ACCEPTED") not in _USER_DISCLOSURE_STATUSES:
        return ctx.error(400, "DSC_10009", "Unknown institutionUserDisclosureStatus")
    moment = body.get("institutionUserDisclosureStatusUpdateDateTime")
    if moment is not None:
        try:
            dt.datetime.fromisoformat(str(moment))
        except ValueError:
            return ctx.error(400, "DSC_10009", "institutionUserDisclosureStatusUpdateDateTime is not a date-time")
    return None


@handler("createUserDisclosureV1")
async def create_user_disclosure(ctx: Ctx) -> Reply:
    body = as_object(ctx.body)
    problem = _user_disclosure_fields(ctx, body)
    if problem:
        return problem
    name = body.get("institutionDisclosureName")
    if not name and not body.get("institutionDisclosureId"):
        return ctx.error(400, "DSC_12004", "institutionDisclosureName or institutionDisclosureId is required")
    if name == "OLS":
        if not body.get("accountId"):
            return ctx.error(400, "DSC_12016", "accountId is required for OLS")
        if body.get("paperWaiver") is None:
            return ctx.error(400, "DSC_12017", "paperWaiver is required for OLS")
        if not ctx.query.get("accountType"):
            return ctx.error(400, "DSC_12006", "accountType is required for OLS")
    owner = ctx.user.institution_user_id if ctx.user else "-"
    record: dict[str, Any] = {
        "institutionUserDisclosureId": stable_uuid("acceptance", owner, _key(body)),
        "institutionId": INSTITUTION_ID,
        "institutionUserId": owner,
        "institutionDisclosureName": name or "custom",
        "institutionUserDisclosureStatus": body.get("institutionUserDisclosureStatus", "ACCEPTED"),
        "institutionUserDisclosureStatusUpdateDateTime": body.get("institutionUserDisclosureStatusUpdateDateTime")
        or _now(),
        **{k: body[k] for k in ("institutionDisclosureId", "paperWaiver", "accountId") if k in body},
    }
    _acceptances(ctx)[_key(body)] = record
    return ctx.ok(status=204)


@handler("updateUserDisclosureV1")
async def update_user_disclosure(ctx: Ctx) -> Reply:
    body = as_object(ctx.body)
    problem = _user_disclosure_fields(ctx, body)
    if problem:
        return problem
    if body.get("institutionDisclosureName") == "OLS":
        return ctx.error(400, "DSC_12015", "OLS is not supported by this operation")
    record = _acceptances(ctx).get(_key(body))
    if record is None:
        return ctx.error(400, "DSC_13001", "No acceptance to update")
    if "institutionUserDisclosureStatus" in body:
        record["institutionUserDisclosureStatus"] = body["institutionUserDisclosureStatus"]
    record["institutionUserDisclosureStatusUpdateDateTime"] = (
        body.get("institutionUserDisclosureStatusUpdateDateTime") or _now()
    )
    return ctx.ok(status=204)


@handler("deleteUserDisclosureV1")
async def delete_user_disclosure(ctx: Ctx) -> Reply:
    body = as_object(ctx.body)
    if body.get("institutionDisclosureName") != "OLS" or not body.get("accountId"):
        return ctx.error(400, "DSC_12004", "institutionDisclosureName OLS and accountId are required")
    if _acceptances(ctx).pop(_key(body), None) is None:
        return ctx.error(400, "DSC_13001", "The account is not enrolled")
    return ctx.ok(status=204)


def _owned_accounts(ctx: Ctx) -> list[str]:
    return [a.data["id"] for a in ctx.world.accounts_of(ctx.user)] if ctx.user else []


@handler("getEStatementAccountPreferencesV1")
async def estatement_account(ctx: Ctx) -> Reply:
    account_id = ctx.path["accountId"]
    if account_id not in _owned_accounts(ctx):
        return ctx.error(404, "UXESTMT_88888", "Account not found")
    rows = [
        r
        for r in _acceptances(ctx).values()
        if r.get("accountId") == account_id and r["institutionDisclosureName"] == "OLS"
    ]
    return ctx.ok(
        {
            "institutionUserDisclosures": [
                {
                    "id": r["institutionUserDisclosureId"],
                    "institutionId": INSTITUTION_ID,
                    "institutionUserId": r["institutionUserId"],
                    "institutionDisclosureStatus": "ACCEPTED"
                    if r["institutionUserDisclosureStatus"] == "ACCEPTED"
                    else "NOT_ACCEPTED",
                    "paperWaiver": bool(r.get("paperWaiver")),
                    "accountId": account_id,
                    "institutionDisclosureName": "OLS",
                }
                for r in rows
            ]
        }
    )


@handler("updateEStatementAccountPreferencesV1")
async def estatement_update_account(ctx: Ctx) -> Reply:
    body = as_object(ctx.body)
    if body.get("activateEstatement") is None or not body.get("accountId"):
        return ctx.error(400, "UXESTMT_11010", "activateEstatement and accountId are required")
    record = _acceptances(ctx).get(f"OLS:{body['accountId']}")
    if record is None:
        return ctx.error(400, "UXESTMT_11012", "The account has no OLS disclosure")
    record["paperWaiver"] = bool(body["activateEstatement"])
    return ctx.ok(status=204)


@handler("updateEStatementUserPreferencesV1")
async def estatement_update_user(ctx: Ctx) -> Reply:
    body = as_object(ctx.body)
    if body.get("activateEstatement") is None:
        return ctx.error(400, "UXESTMT_11010", "activateEstatement is required")
    updated, failed = [], []
    for account_id in _owned_accounts(ctx):
        record = _acceptances(ctx).get(f"OLS:{account_id}")
        if record is None:
            failed.append(account_id)
        else:
            record["paperWaiver"] = bool(body["activateEstatement"])
            updated.append(account_id)
    if not updated:
        return ctx.error(400, "UXESTMT_11020", "No accounts to update")
    if failed:
        return ctx.ok({"updatedAccounts": updated, "failedAccounts": failed}, status=206)
    return ctx.ok(status=204)


@handler("getEStatementsAccountsReportV1")
async def estatement_report(ctx: Ctx) -> Reply:
    body = as_object(ctx.body)
    wanted = str(body.get("accountType") or "").upper()
    rows = []
    for owner, bucket in _state(ctx)["acceptances"].items():
        user = ctx.world.users.get(owner)
        for record in bucket.values():
            account = ctx.world.accounts.get(record.get("accountId") or "")
            if record["institutionDisclosureName"] != "OLS" or account is None:
                continue
            kind = account.data["type"]["value"]
            if wanted and kind != wanted:
                continue
            rows.append(
                {
                    "userId": owner,
                    "userName": user.login_id if user else owner,
                    "accountNumber": account.data["accountNumber"],
                    "accountType": kind,
                    "optInEstatement": bool(record.get("paperWaiver")),
                    "optInPaperStatement": not record.get("paperWaiver"),
                    "optInDateTime": record["institutionUserDisclosureStatusUpdateDateTime"],
                }
            )
    if not rows:
        return ctx.error(404, "UXESTMT_88888", "No data")
    return ctx.ok({"totalCount": len(rows), "statementOptInReport": rows})
