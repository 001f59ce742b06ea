"""Scheduled transfers: builders, TFR rules before sending, previews that match the platform's dates."""

from __future__ import annotations

import copy
import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from candescent_async import OutcomeUnknownError, ValidationError
from candescent_async.sandbox import Fault, Sandbox
from candescent_async.sandbox.handlers.money_movement import execution_dates
from candescent_async.transfers import (
    Frequency,
    LifeType,
    PaymentOption,
    Schedule,
    TransferRequest,
    Weekday,
    create_transfer,
)
from candescent_async.types.core_banking import Account

D = dt.date


@pytest.mark.parametrize(
    ("schedule", "expected"),
    [
        # The 31st runs on the last day of shorter months; February 2028 is a leap month.
        (
            Schedule.monthly(31, start=D(2027, 12, 2), forever=True),
            [D(2027, 12, 31), D(2028, 1, 31), D(2028, 2, 29), D(2028, 3, 31)],
        ),
        (
            Schedule.monthly(29, start=D(2027, 1, 30), forever=True),
            [D(2027, 2, 28), D(2027, 3, 29), D(2027, 4, 29), D(2027, 5, 29)],
        ),
        (
            Schedule.monthly(30, start=D(2028, 1, 31), forever=True),
            [D(2028, 2, 29), D(2028, 3, 30), D(2028, 4, 30), D(2028, 5, 30)],
        ),
        # Twice monthly: both days, once when both fall on February's last day.
        (
            Schedule.twice_monthly((30, 31), start=D(2027, 1, 31), forever=True),
            [D(2027, 1, 31), D(2027, 2, 28), D(2027, 3, 30), D(2027, 3, 31)],
        ),
        (
            Schedule.twice_monthly((1, 15), start=D(2027, 1, 10), forever=True),
            [D(2027, 1, 15), D(2027, 2, 1), D(2027, 2, 15), D(2027, 3, 1)],
        ),
        # Quarterly / semiannual / annual step from the start month.
        (
            Schedule.quarterly(31, start=D(2027, 1, 5), forever=True),
            [D(2027, 1, 31), D(2027, 4, 30), D(2027, 7, 31), D(2027, 10, 31)],
        ),
        (
            Schedule.semiannually(1, start=D(2027, 1, 5), forever=True),
            [D(2027, 7, 1), D(2028, 1, 1), D(2028, 7, 1), D(2029, 1, 1)],
        ),
        (
            Schedule.annually(29, start=D(2028, 2, 1), forever=True),
            [D(2028, 2, 29), D(2029, 2, 28), D(2030, 2, 28), D(2031, 2, 28)],
        ),
        # Weekly kinds start on the first chosen weekday on or after start (2027-01-01 is a Friday).
        (
            Schedule.weekly(Weekday.WEDNESDAY, start=D(2027, 1, 1), forever=True),
            [D(2027, 1, 6), D(2027, 1, 13), D(2027, 1, 20), D(2027, 1, 27)],
        ),
        (
            Schedule.weekly(Weekday.FRIDAY, every=2, start=D(2027, 1, 1), forever=True),
            [D(2027, 1, 1), D(2027, 1, 15), D(2027, 1, 29), D(2027, 2, 12)],
        ),
        (
            Schedule.weekly(Weekday.MONDAY, every=4, start=D(2027, 1, 1), forever=True),
            [D(2027, 1, 4), D(2027, 2, 1), D(2027, 3, 1), D(2027, 3, 29)],
        ),
        (
            Schedule.weekly(Weekday.MONDAY, every=8, start=D(2027, 1, 1), forever=True),
            [D(2027, 1, 4), D(2027, 3, 1), D(2027, 4, 26), D(2027, 6, 21)],
        ),
        (
            Schedule.daily(start=D(2028, 2, 28), forever=True),
            [D(2028, 2, 28), D(2028, 2, 29), D(2028, 3, 1), D(2028, 3, 2)],
        ),
        # End conditions: until is inclusive; occurrences caps; ONETIME runs once.
        (
            Schedule.monthly(15, start=D(2027, 1, 1), until=D(2027, 3, 15)),
            [D(2027, 1, 15), D(2027, 2, 15), D(2027, 3, 15)],
        ),
        (Schedule.daily(start=D(2027, 1, 1), occurrences=2), [D(2027, 1, 1), D(2027, 1, 2)]),
        (Schedule.once(D(2027, 5, 5)), [D(2027, 5, 5)]),
    ],
)
def test_preview(schedule: Schedule, expected: list[dt.date]) -> None:
    assert schedule.preview(4) == expected


def test_life_types_and_wire_model() -> None:
    assert Schedule.once(D(2027, 1, 1)).life_type is LifeType.NOENDDATE
    assert Schedule.daily(start=D(2027, 1, 1), until=D(2027, 2, 1)).life_type is LifeType.ENDDATE
    weekly = Schedule.weekly(Weekday.TUESDAY, start=D(2027, 1, 1), occurrences=12)
    assert weekly.life_type is LifeType.NUMBEROFEXECUTIONS
    assert weekly.to_model().to_dict() == {
        "lifeType": "NUMBEROFEXECUTIONS",
        "startDate": "2027-01-01",
        "frequency": "WEEKLY",
        "numberOfExecutions": 12,
        "dayOfWeek": 2,
    }
    twice = Schedule.twice_monthly((1, 15), start=D(2027, 1, 1), forever=True)
    assert twice.to_model().to_dict()["daysOfMonth"] == [1, 15]
    assert twice.life_type is LifeType.NOENDDATE


def test_start_defaults_to_tomorrow() -> None:
    assert Schedule.daily(occurrences=3).start == dt.date.today() + dt.timedelta(days=1)


def test_an_open_ended_schedule_must_be_asked_for() -> None:
    with pytest.raises(ValidationError, match="forever=True") as info:
        Schedule.monthly(1)
    assert info.value.rule == "TFR_10062"
    with pytest.raises(ValidationError, match="forever=True"):
        Schedule.daily(occurrences=2, forever=True)
    with pytest.raises(ValidationError, match="forever=True"):
        Schedule(Frequency.ONETIME, D(2027, 1, 1), forever=True)
    assert Schedule.weekly(Weekday.MONDAY, forever=True).life_type is LifeType.NOENDDATE


@pytest.mark.parametrize(
    ("build", "rule"),
    [
        (lambda: Schedule.daily(start=D(2027, 1, 2), until=D(2027, 1, 1)), "TFR_10008"),
        (lambda: Schedule.weekly(Weekday.MONDAY, start=D(2027, 1, 5), until=D(2027, 1, 10)), "TFR_10008"),
        (lambda: Schedule.daily(start=D(2027, 1, 1), occurrences=0), "TFR_10009"),
        (lambda: Schedule.daily(start=D(2027, 1, 1), occurrences=100), "TFR_10009"),
        (lambda: Schedule.daily(start=D(2027, 1, 1), until=D(2027, 2, 1), occurrences=3), "TFR_10062"),
        (lambda: Schedule(Frequency.ONETIME, D(2027, 1, 1), occurrences=1), "TFR_10062"),
        (lambda: Schedule.monthly(32, start=D(2027, 1, 1)), "TFR_10010"),
        (lambda: Schedule.monthly(0, start=D(2027, 1, 1)), "TFR_10010"),
        (lambda: Schedule(Frequency.WEEKLY, D(2027, 1, 1)), "TFR_10010"),
        (lambda: Schedule(Frequency.DAILY, D(2027, 1, 1), day_of_week=Weekday.MONDAY), "TFR_10010"),
        (lambda: Schedule.twice_monthly((1,), start=D(2027, 1, 1)), "TFR_10063"),
        (lambda: Schedule.twice_monthly((5, 5), start=D(2027, 1, 1)), "TFR_10063"),
        (lambda: Schedule(Frequency.MONTHLY, D(2027, 1, 1), days_of_month=(1, 15)), "TFR_10063"),
        (lambda: Schedule(Frequency.MONTHLY, D(2027, 1, 1)), "TFR_10063"),
        (lambda: Schedule.weekly(Weekday.MONDAY, every=3), "TFR_10012"),
        (lambda: Schedule.monthly(1, every=2), "TFR_10012"),
    ],
)
def test_schedule_rules(build: Any, rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        build()
    assert caught.value.rule == rule
    assert rule in str(caught.value)


_TEMPLATE = next(iter(Sandbox(seed=1).world.accounts.values())).data


def _account(account_id: str, *, transfer_from: bool = True, transfer_to: bool = True) -> Account:
    """An account model as core_banking returns it, with the given id and allowed actions."""
    data = copy.deepcopy(_TEMPLATE) | {"id": account_id}
    data["allowedActions"] = data["allowedActions"] | {"transferFrom": transfer_from, "transferTo": transfer_to}
    return Account.from_dict(json.loads(json.dumps(data, default=str)))


@pytest.mark.parametrize(
    ("build", "rule"),
    [
        (lambda: TransferRequest.internal("A", "B", 10.5), "TFR_10020"),
        (lambda: TransferRequest.internal("A", "B", "10.50"), "TFR_10020"),
        (lambda: TransferRequest.internal("A", "B", Decimal(0)), "TFR_10021"),
        (lambda: TransferRequest.internal("A", "B", Decimal("-1")), "TFR_10021"),
        (lambda: TransferRequest.internal("A", "B", Decimal("1.005")), "TFR_10021"),
        (lambda: TransferRequest.internal("A", "B", Decimal("NaN")), "TFR_10021"),
        (lambda: TransferRequest.internal("A", "A", Decimal(1)), "TFR_10029"),
        (lambda: TransferRequest.internal(_account("A", transfer_from=False), "B", Decimal(1)), "TFR_10025"),
        (lambda: TransferRequest.internal("A", _account("B", transfer_to=False), Decimal(1)), "TFR_10026"),
        (lambda: TransferRequest.internal("A", "B", Decimal(1), payment_option=PaymentOption.DEFAULT), "TFR_10005"),
        (
            lambda: TransferRequest.loan_payment(
                "A", "L", Decimal(1), option=PaymentOption.EXCESS_TO_PRINCIPAL, schedule=Schedule.once(D(2099, 1, 1))
            ),
            "TFR_10013",
        ),
        (
            lambda: TransferRequest.ira_contribution(
                "A", "I", Decimal(1), previous_year=True, schedule=Schedule.once(D(2099, 1, 1))
            ),
            "TFR_10006",
        ),
    ],
)
def test_transfer_rules(build: Any, rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        build()
    assert caught.value.rule == rule


def test_transfer_body_keeps_the_exact_decimal() -> None:
    body = TransferRequest.loan_payment(
        _account("A"), _account("L"), Decimal("1234.50"), option=PaymentOption.PRINCIPAL_ONLY
    ).to_model()
    assert body.to_dict() == {
        "fromAccountId": "A",
        "toAccountId": "L",
        "amount": {"currencyCode": "USD", "amount": Decimal("1234.50")},
        "paymentOption": "PRINCIPAL_ONLY",
    }


# ---------------------------------------------------------------- against the sandbox

weekly_kinds = st.builds(
    lambda on, every, start: Schedule.weekly(on, every=every, start=start, forever=True),
    st.sampled_from(list(Weekday)),
    st.sampled_from([1, 2, 4, 8]),
    st.dates(D(2026, 1, 1), D(2040, 12, 31)),
)
monthly_kinds = st.builds(
    lambda day, every, start: Schedule.monthly(day, every=every, start=start, forever=True),
    st.integers(1, 31),
    st.sampled_from([1, 3, 6, 12]),
    st.dates(D(2026, 1, 1), D(2040, 12, 31)),
)
twice_monthly = st.builds(
    lambda days, start: Schedule.twice_monthly(days, start=start, forever=True),
    st.lists(st.integers(1, 31), min_size=2, max_size=2, unique=True).map(sorted),
    st.dates(D(2026, 1, 1), D(2040, 12, 31)),
)
daily = st.builds(lambda start: Schedule.daily(start=start, forever=True), st.dates(D(2026, 1, 1), D(2040, 12, 31)))


@given(weekly_kinds | monthly_kinds | twice_monthly | daily, st.integers(1, 40))
def test_preview_agrees_with_the_platform_computation(schedule: Schedule, n: int) -> None:
    wire = schedule.to_model().to_dict()
    assert schedule.preview(n) == execution_dates(wire, n)


def _user_accounts(sandbox: Sandbox) -> tuple[Any, str, str]:
    user = next(iter(sandbox.world.users.values()))
    accounts = [a for a in sandbox.world.accounts_of(user) if a.data["allowedActions"]["transferFrom"]]
    targets = [a for a in sandbox.world.accounts_of(user) if a.data["allowedActions"]["transferTo"]]
    source = accounts[0].data["id"]
    target = next(a.data["id"] for a in targets if a.data["id"] != source)
    return user, source, target


@pytest.mark.anyio
async def test_scheduled_transfer_matches_the_sandbox_dates() -> None:
    sandbox = Sandbox(seed=5)
    user, source, target = _user_accounts(sandbox)
    schedule = Schedule.monthly(31, start=sandbox.world.today + dt.timedelta(days=1), occurrences=6)
    async with sandbox.client(host_user_id=user.host_user_id) as cd:
        transfer = await create_transfer(
            cd, TransferRequest.internal(source, target, Decimal("25.10"), schedule=schedule), today=sandbox.world.today
        )
    assert transfer.amount.amount == Decimal("25.10")
    assert transfer.schedule.next_execution_date == schedule.preview(1)[0]
    assert transfer.schedule.final_execution_date == schedule.preview(99)[-1]
    assert transfer.schedule.remaining_number_of_executions == 6


@pytest.mark.anyio
async def test_start_must_be_after_today_and_tests_cannot_be_scheduled() -> None:
    sandbox = Sandbox(seed=5)
    user, source, target = _user_accounts(sandbox)
    today = sandbox.world.today
    async with sandbox.client(host_user_id=user.host_user_id) as cd:
        late = TransferRequest.internal(source, target, Decimal(5), schedule=Schedule.once(today))
        with pytest.raises(ValidationError) as caught:
            await create_transfer(cd, late, today=today)
        assert caught.value.rule == "TFR_10007"
        future = TransferRequest.internal(
            source, target, Decimal(5), schedule=Schedule.once(today + dt.timedelta(days=3))
        )
        with pytest.raises(ValidationError) as caught:
            await create_transfer(cd, future, test=True, today=today)
        assert caught.value.rule == "TFR_10064"
        checked = await create_transfer(cd, TransferRequest.internal(source, target, Decimal(5)), test=True)
    assert checked.status == "SUCCESS"
    assert sandbox.calls["createTransferV1"] == 1
    assert sandbox.world.transfers == []


@pytest.mark.anyio
async def test_create_is_never_retried_when_the_outcome_is_unknown() -> None:
    sandbox = Sandbox(seed=5)
    user, source, target = _user_accounts(sandbox)
    sandbox.faults.add("createTransferV1", Fault.drop(after_processing=True))
    async with sandbox.client(host_user_id=user.host_user_id, max_retries=5) as cd:
        with pytest.raises(OutcomeUnknownError) as caught:
            await create_transfer(cd, TransferRequest.internal(source, target, Decimal("1.00")))
    assert caught.value.trace_id
    assert sandbox.calls["createTransferV1"] == 1
    assert len(sandbox.world.transfers) == 1
