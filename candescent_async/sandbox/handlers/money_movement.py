"""Money movement: recipients (stateful CRUD) and transfers (validated, scheduled, recorded)."""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from .._app import USER_NOT_FOUND, Ctx, Reply, as_object, handler
from .._state import INSTITUTION_ID, stable_uuid

_RECIPIENT_FIELDS = ("memberNumber", "accountNumber", "accountType", "passCode", "email", "nickName", "fullName")
_STEP_DAYS = {"DAILY": 1, "WEEKLY": 7, "BIWEEKLY": 14, "EVERY4WEEKS": 28, "EVERY8WEEKS": 56}
_STEP_MONTHS = {"MONTHLY": 1, "TWICEMONTHLY": 1, "QUARTERLY": 3, "SEMIANNUALLY": 6, "ANNUALLY": 12}
USER_NOT_FOUND.update(
    dict.fromkeys(
        ("listRecipientsV1", "createRecipientV1", "getRecipientV1", "updateRecipientV1", "deleteRecipientV1"),
        (400, "REC_10005"),
    )
)
USER_NOT_FOUND["createTransferV1"] = (400, "TFR_10023")


def _public(recipient: dict[str, Any]) -> dict[str, Any]:
    """A recipient as the platform returns it: the passcode is write-only."""
    return {k: v for k, v in recipient.items() if k not in ("passCode", "_owner")}


def _mine(ctx: Ctx) -> list[dict[str, Any]]:
    owner = ctx.user.institution_user_id if ctx.user else None
    return [r for r in ctx.world.recipients.values() if r["_owner"] == owner]


@handler("listRecipientsV1")
async def list_recipients(ctx: Ctx) -> Reply:
    return ctx.ok({"recipients": [_public(r) for r in _mine(ctx)]})


def _recipient_input(ctx: Ctx) -> dict[str, Any] | Reply:
    body = ctx.body if isinstance(ctx.body, dict) else None
    if not body:
        return ctx.error(400, "REC_12005", "Request body is blank")
    missing = [f for f in ("memberNumber", "accountNumber", "accountType", "nickName") if not body.get(f)]
    if missing:
        return ctx.error(400, "REC_12004", f"Required fields missing: {', '.join(missing)}")
    if ctx.query.get("validate") == "true" and not ctx.query.get("fromAccountId"):
        return ctx.error(400, "REC_10009", "fromAccountId is required when validate=true")
    return {k: body[k] for k in _RECIPIENT_FIELDS if k in body}


@handler("createRecipientV1")
async def create_recipient(ctx: Ctx) -> Reply:
    data = _recipient_input(ctx)
    if isinstance(data, Reply):
        return data
    if any(r.get("nickName") == data["nickName"] for r in _mine(ctx)):
        return ctx.error(400, "REC_13002", "A recipient with this nickname exists")
    recipient_id = stable_uuid("recipient", ctx.world.seed, len(ctx.world.recipients), data["nickName"])
    owner = ctx.user.institution_user_id if ctx.user else None
    recipient = {"id": recipient_id, "institutionId": INSTITUTION_ID, **data, "_owner": owner}
    ctx.world.recipients[recipient_id] = recipient
    return ctx.ok({"recipients": [_public(recipient)]})


def _owned(ctx: Ctx) -> dict[str, Any] | Reply:
    recipient = ctx.world.recipients.get(ctx.path["recipientId"])
    if recipient is None or recipient["_owner"] != (ctx.user.institution_user_id if ctx.user else None):
        return ctx.error(400, "REC_14004", "Recipient not found")
    return recipient


@handler("getRecipientV1")
async def get_recipient(ctx: Ctx) -> Reply:
    recipient = _owned(ctx)
    return recipient if isinstance(recipient, Reply) else ctx.ok({"recipients": [_public(recipient)]})


@handler("updateRecipientV1")
async def update_recipient(ctx: Ctx) -> Reply:
    recipient = _owned(ctx)
    if isinstance(recipient, Reply):
        return recipient
    data = _recipient_input(ctx)
    if isinstance(data, Reply):
        return data
    body_id = ctx.body.get("id") if isinstance(ctx.body, dict) else None
    if body_id and body_id != recipient["id"]:
        return ctx.error(400, "REC_12010", "Recipient id in the body does not match the URL")
    recipient.update(data)
    return ctx.ok({"recipients": [_public(recipient)]})


@handler("deleteRecipientV1")
async def delete_recipient(ctx: Ctx) -> Reply:
    recipient = _owned(ctx)
    if isinstance(recipient, Reply):
        return recipient
    del ctx.world.recipients[recipient["id"]]
    return ctx.ok(status=204)


# ---------------------------------------------------------------- transfers


def _clamp(year: int, month: int, day: int) -> dt.date:
    """The given day of a month, or the month's last day when the month is shorter."""
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _add_months(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + count
    return index // 12, index % 12 + 1


def execution_dates(schedule: dict[str, Any], limit: int) -> list[dt.date]:
    """The platform's execution dates for a schedule (the sandbox's own computation).

    A day the month lacks runs on the month's last day; weekly kinds start on the first
    ``dayOfWeek`` (1 = Monday ... 7 = Sunday) on or after the start date.
    """
    start = dt.date.fromisoformat(schedule["startDate"])
    end = dt.date.fromisoformat(schedule["endDate"]) if schedule.get("endDate") else None
    count = schedule.get("numberOfExecutions")
    frequency = schedule["frequency"]
    cap = min(limit, int(count)) if count else limit
    dates: list[dt.date] = []

    def accept(day: dt.date) -> bool:
        if end is not None and day > end:
            return False
        dates.append(day)
        return len(dates) < cap

    if frequency == "ONETIME":
        accept(start)
        return dates
    if frequency in _STEP_DAYS:
        day = start
        weekday = schedule.get("dayOfWeek")
        if weekday and frequency != "DAILY":
            day = start + dt.timedelta(days=(int(weekday) - 1 - start.weekday()) % 7)
        while accept(day):
            day += dt.timedelta(days=_STEP_DAYS[frequency])
        return dates
    days = sorted(int(d) for d in (schedule.get("daysOfMonth") or [start.day]))
    step, months = _STEP_MONTHS[frequency], 0
    while True:
        year, month = _add_months(start.year, start.month, months)
        for day_of_month in days:
            day = _clamp(year, month, day_of_month)
            duplicate = bool(dates) and day == dates[-1]  # both TWICEMONTHLY days clamped to the last day
            if day >= start and not duplicate and not accept(day):
                return dates
        months += step
        if months > 12 * 200:
            return dates


def _validate_schedule(ctx: Ctx, schedule: dict[str, Any]) -> Reply | None:
    life, frequency = schedule.get("lifeType"), schedule.get("frequency")
    if life not in ("ENDDATE", "NOENDDATE", "NUMBEROFEXECUTIONS"):
        return ctx.error(400, "TFR_10011", "lifeType is required")
    if frequency not in (*_STEP_DAYS, *_STEP_MONTHS, "ONETIME"):
        return ctx.error(400, "TFR_10012", "A valid frequency is required")
    try:
        start = dt.date.fromisoformat(str(schedule.get("startDate")))
    except ValueError:
        return ctx.error(400, "TFR_10007", "startDate is required")
    if start <= ctx.world.today:
        return ctx.error(400, "TFR_10007", "startDate must be after today")
    if life == "ENDDATE":
        try:
            end = dt.date.fromisoformat(str(schedule.get("endDate")))
        except ValueError:
            return ctx.error(400, "TFR_10008", "endDate is required for lifeType ENDDATE")
        if end <= start:
            return ctx.error(400, "TFR_10008", "endDate must be after startDate")
    if life == "NUMBEROFEXECUTIONS":
        count = schedule.get("numberOfExecutions")
        if not isinstance(count, int) or not 1 <= count <= 99:
            return ctx.error(400, "TFR_10009", "numberOfExecutions must be 1-99")
    if frequency == "ONETIME" and life != "NOENDDATE":
        return ctx.error(400, "TFR_10062", "ONETIME schedules use lifeType NOENDDATE")
    days = schedule.get("daysOfMonth") or []
    if not isinstance(days, list):
        return ctx.error(400, "TFR_10010", "daysOfMonth must be a list of days 1-31")
    if frequency == "TWICEMONTHLY" and len(days) != 2:
        return ctx.error(400, "TFR_10063", "TWICEMONTHLY needs exactly two daysOfMonth")
    if frequency in ("MONTHLY", "QUARTERLY", "SEMIANNUALLY", "ANNUALLY") and len(days) > 1:
        return ctx.error(400, "TFR_10063", f"{frequency} takes at most one dayOfMonth")
    if any(not isinstance(d, int) or not 1 <= d <= 31 for d in days):
        return ctx.error(400, "TFR_10010", "daysOfMonth must be 1-31")
    weekday = schedule.get("dayOfWeek")
    if weekday is not None and (not isinstance(weekday, int) or not 1 <= weekday <= 7):
        return ctx.error(400, "TFR_10010", "dayOfWeek must be 1 (Monday) to 7 (Sunday)")
    if life == "ENDDATE" and not execution_dates(schedule, 1):
        return ctx.error(400, "TFR_10008", "The schedule has no execution before endDate")
    return None


@handler("createTransferV1")
async def create_transfer(ctx: Ctx) -> Reply:
    body = as_object(ctx.body)
    from_id, to_id = body.get("fromAccountId"), body.get("toAccountId")
    if not from_id or not isinstance(from_id, str):
        return ctx.error(400, "TFR_10058", "fromAccountId is required")
    if not to_id or not isinstance(to_id, str):
        return ctx.error(400, "TFR_10059", "toAccountId is required")
    money = body.get("amount") or {}
    try:
        amount = Decimal(str(money.get("amount")))
    except (InvalidOperation, AttributeError):
        return ctx.error(400, "TFR_10020", "amount is required")
    if not amount.is_finite() or amount <= 0 or amount.as_tuple().exponent < -2:  # type: ignore[operator]
        return ctx.error(400, "TFR_10021", "amount must be positive with at most two decimal places")
    if from_id == to_id:
        return ctx.error(400, "TFR_10029", "From and to accounts must differ")
    owner = ctx.user.institution_user_id if ctx.user else None
    source = ctx.world.accounts.get(from_id)
    if source is None or source.owner != owner:
        return ctx.error(400, "TFR_10003", "From account not found")
    recipient = ctx.world.recipients.get(to_id)
    target = ctx.world.accounts.get(to_id)
    if target is None and recipient is None:
        return ctx.error(400, "TFR_10004", "To account not found")
    if not source.data["allowedActions"]["transferFrom"]:
        return ctx.error(400, "TFR_10025", "Transfers from this account are not allowed")
    if target is not None and not target.data["allowedActions"]["transferTo"]:
        return ctx.error(400, "TFR_10026", "Transfers to this account are not allowed")
    schedule = body.get("schedule")
    if schedule is not None and not isinstance(schedule, dict):
        return ctx.error(400, "TFR_10056", "schedule must be an object")
    test_transfer = ctx.query.get("testTransfer") == "true"
    if schedule and test_transfer:
        return ctx.error(400, "TFR_10064", "Test transfers cannot be scheduled")
    if schedule and body.get("previousYearContribution"):
        return ctx.error(400, "TFR_10006", "Prior-year contributions cannot be scheduled")
    balance = source.data["availableBalance"]["amount"]
    if not schedule and amount > balance:
        return ctx.error(400, "TFR_10022", "Amount exceeds the available balance")
    result: dict[str, Any] = {k: v for k, v in body.items() if k != "schedule"}
    result["status"] = "SUCCESS"
    if schedule:
        problem = _validate_schedule(ctx, schedule)
        if problem is not None:
            return problem
        upcoming = execution_dates(schedule, 100)
        result["id"] = stable_uuid("transfer", ctx.world.seed, len(ctx.world.transfers))
        result["schedule"] = {
            **schedule,
            "nextExecutionDate": upcoming[0].isoformat(),
        }
        if schedule["lifeType"] != "NOENDDATE" or schedule["frequency"] == "ONETIME":
            result["schedule"]["finalExecutionDate"] = upcoming[-1].isoformat()
            result["schedule"]["remainingNumberOfExecutions"] = len(upcoming)
        result["notificationMessage"] = f"Scheduled: next on {upcoming[0].isoformat()}"
    elif not test_transfer:
        source.data["availableBalance"]["amount"] = balance - amount
        source.data["currentBalance"]["amount"] = source.data["currentBalance"]["amount"] - amount
        if target is not None:
            for key in ("availableBalance", "currentBalance"):
                target.data[key]["amount"] = target.data[key]["amount"] + amount
    result["confirmation"] = f"CONF-{len(ctx.world.transfers) + 1:08d}"
    if not test_transfer:
        ctx.world.transfers.append({**result, "_owner": owner})
    return ctx.ok(result)
