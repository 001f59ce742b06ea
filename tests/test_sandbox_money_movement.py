"""The sandbox's auth, recipients and transfers, through the real facade (in-process)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from candescent_async import AuthenticationError, BadRequestError, ValidationError
from candescent_async.sandbox import Fault, Sandbox
from candescent_async.sandbox.handlers.money_movement import execution_dates
from candescent_async.types.money_movement import Money, Recipient, Schedule, Transfer

pytestmark = pytest.mark.anyio


def _ids(sandbox: Sandbox) -> tuple[str, str, str, str]:
    user = next(iter(sandbox.world.users.values()))
    checking, savings, loan = (a.data["id"] for a in sandbox.world.accounts_of(user)[:3])
    return user.host_user_id, checking, savings, loan


def _transfer(source: str, target: str, amount: str, schedule: Schedule | None = None) -> Transfer:
    body = Transfer(
        from_account_id=source, to_account_id=target, amount=Money(amount=Decimal(amount), currency_code="USD")
    )
    if schedule is not None:
        body.schedule = schedule
    return body


async def test_recipient_lifecycle_is_stateful() -> None:
    sandbox = Sandbox(seed=3)
    host, *_ = _ids(sandbox)
    async with sandbox.client(host_user_id=host) as cd:
        created = await cd.money_movement.create_recipient_v1(
            body=Recipient(
                member_number="77", account_number="123456", account_type="SAVINGS", nick_name="Mom", pass_code="DOE"
            )
        )
        recipient_id = created.recipients[0].id
        assert isinstance(recipient_id, str)
        listed = await cd.money_movement.list_recipients_v1()
        assert [r.nick_name for r in listed.recipients] == ["Mom"]
        updated = await cd.money_movement.update_recipient_v1(
            recipient_id,
            body=Recipient(member_number="77", account_number="123456", account_type="SAVINGS", nick_name="Mother"),
        )
        assert updated.recipients[0].nick_name == "Mother"
        await cd.money_movement.delete_recipient_v1(recipient_id)
        assert (await cd.money_movement.list_recipients_v1()).recipients == []
        with pytest.raises(BadRequestError) as info:
            await cd.money_movement.get_recipient_v1(recipient_id)
    assert info.value.code == "REC_14004"


async def test_immediate_transfer_moves_exact_decimal_amounts() -> None:
    sandbox = Sandbox(seed=3)
    host, checking, savings, _ = _ids(sandbox)
    before = sandbox.world.accounts[checking].data["availableBalance"]["amount"]
    async with sandbox.client(host_user_id=host) as cd:
        result = await cd.money_movement.create_transfer_v1(body=_transfer(checking, savings, "0.10"))
    assert result.status == "SUCCESS"
    assert sandbox.world.accounts[checking].data["availableBalance"]["amount"] == before - Decimal("0.10")
    assert len(sandbox.world.transfers) == 1


@pytest.mark.parametrize(
    ("amount", "code"),
    [("0", "TFR_10021"), ("-5.00", "TFR_10021"), ("1.001", "TFR_10021"), ("99999999.00", "TFR_10022")],
)
async def test_transfer_amount_rules(amount: str, code: str) -> None:
    sandbox = Sandbox(seed=3)
    host, checking, savings, _ = _ids(sandbox)
    async with sandbox.client(host_user_id=host) as cd:
        with pytest.raises(BadRequestError) as info:
            await cd.money_movement.create_transfer_v1(body=_transfer(checking, savings, amount))
    assert info.value.code == code
    assert sandbox.world.transfers == []


async def test_transfer_account_rules() -> None:
    sandbox = Sandbox(seed=3)
    host, checking, savings, loan = _ids(sandbox)
    async with sandbox.client(host_user_id=host) as cd:
        for source, target, code in (
            (checking, checking, "TFR_10029"),
            (loan, savings, "TFR_10025"),
            (checking, "nope", "TFR_10004"),
        ):
            with pytest.raises(BadRequestError) as info:
                await cd.money_movement.create_transfer_v1(body=_transfer(source, target, "1.00"))
            assert info.value.code == code


async def test_scheduled_transfer_reports_next_and_final_dates() -> None:
    sandbox = Sandbox(seed=3)
    host, checking, savings, _ = _ids(sandbox)
    start = sandbox.world.today + dt.timedelta(days=5)
    schedule = Schedule(
        life_type="NUMBEROFEXECUTIONS",
        number_of_executions=4,
        frequency="MONTHLY",
        start_date=start,
        days_of_month=[31],
    )
    async with sandbox.client(host_user_id=host) as cd:
        result = await cd.money_movement.create_transfer_v1(body=_transfer(checking, savings, "25.00", schedule))
    assert isinstance(result.schedule, Schedule)
    expected = execution_dates(
        {"startDate": start.isoformat(), "frequency": "MONTHLY", "daysOfMonth": [31], "numberOfExecutions": 4}, 100
    )
    assert result.schedule.next_execution_date == expected[0]
    assert result.schedule.final_execution_date == expected[-1]
    assert result.schedule.remaining_number_of_executions == 4


def test_month_end_rule_of_the_sandbox_schedule() -> None:
    dates = execution_dates(
        {"startDate": "2027-01-15", "frequency": "MONTHLY", "daysOfMonth": [31], "numberOfExecutions": 4}, 10
    )
    assert [d.isoformat() for d in dates] == ["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"]
    leap = execution_dates(
        {"startDate": "2028-02-01", "frequency": "TWICEMONTHLY", "daysOfMonth": [15, 30], "numberOfExecutions": 3}, 10
    )
    assert [d.isoformat() for d in leap] == ["2028-02-15", "2028-02-29", "2028-03-15"]


async def test_schedule_starting_today_is_rejected_with_tfr_10007() -> None:
    sandbox = Sandbox(seed=3)
    host, checking, savings, _ = _ids(sandbox)
    schedule = Schedule(life_type="NOENDDATE", frequency="WEEKLY", start_date=sandbox.world.today, day_of_week=3)
    async with sandbox.client(host_user_id=host) as cd:
        with pytest.raises(BadRequestError) as info:
            await cd.money_movement.create_transfer_v1(body=_transfer(checking, savings, "5.00", schedule))
    assert info.value.code == "TFR_10007"


async def test_expired_token_is_refreshed_by_the_client() -> None:
    clock = [1_000_000.0]
    sandbox = Sandbox(seed=3, clock=lambda: clock[0], token_lifetime=600)
    host, *_ = _ids(sandbox)
    async with sandbox.client(host_user_id=host) as cd:
        await cd.money_movement.list_recipients_v1()
        clock[0] += 601  # the sandbox expires the token; the client's own clock has not moved
        await cd.money_movement.list_recipients_v1()
    assert sandbox.token_requests["v2:client_credentials"] == 2


async def test_wrong_client_secret_is_a_401_from_the_token_endpoint() -> None:
    sandbox = Sandbox(seed=3)
    host, *_ = _ids(sandbox)
    async with sandbox.client(host_user_id=host, client_secret="wrong") as cd:
        with pytest.raises(AuthenticationError):
            await cd.money_movement.list_recipients_v1()


async def test_password_grant_signs_in_as_the_user() -> None:
    sandbox = Sandbox(seed=3)
    user = next(iter(sandbox.world.users.values()))
    async with sandbox.client(username=user.login_id, password=user.password) as cd:
        await cd.money_movement.list_recipients_v1()
    assert sandbox.token_requests["v2:password"] == 1


async def test_unknown_user_context_is_a_client_side_error_before_sending() -> None:
    sandbox = Sandbox(seed=3)
    async with sandbox.client() as cd:
        with pytest.raises(ValidationError):
            await cd.money_movement.list_recipients_v1()
    assert sum(sandbox.calls.values()) == 0


async def test_injected_faults_recover_after_n_times() -> None:
    sandbox = Sandbox(seed=3)
    host, *_ = _ids(sandbox)
    sandbox.faults.add("listRecipientsV1", Fault.status_code(503, times=2))
    async with sandbox.client(host_user_id=host) as cd:
        cd._transport._sleep = _no_sleep
        raw = await cd.money_movement.with_raw_response.list_recipients_v1()
    assert raw.retries_taken == 2
    assert sandbox.faults.total_injected == 2


async def _no_sleep(seconds: float) -> None:
    return None
