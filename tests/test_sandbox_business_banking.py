"""Business banking through the facade and the sandbox: registrations, payments, typed errors."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

import pytest
from candescent_generated.business_banking.models import AchPayment, BbRegistration, WirePayment

from candescent_async import BadRequestError, NotFoundError
from candescent_async.sandbox import Sandbox

pytestmark = pytest.mark.anyio


def _ach(today: dt.date, amount: str = "100.10", **overrides: Any) -> AchPayment:
    body = {
        "paymentDescription": "Payroll",
        "paymentType": "ACH_PAYMENT",
        "transactionType": "DEBIT",
        "tinNumber": "123456789",
        "accountNumber": "1234567890",
        "deliveryDate": (today + dt.timedelta(days=2)).isoformat(),
        "achCompanyId": "C1",
        "achSecCode": "PAYROLL_PPD",
        "achTransactions": [
            {
                "amount": Decimal(amount),
                "currencyCode": "USD",
                "contactName": "Ann",
                "contactAccountNumber": "99",
                "contactAccountType": "PERSONAL_CHECKING",
                "contactBankAchRoutingNumber": "021000021",
            }
        ],
        **overrides,
    }
    return AchPayment.from_dict(body)


def _business(sandbox: Sandbox) -> Any:
    return next(u for u in sandbox.world.users.values() if u.user_type == "business")


async def test_registration_round_trip_with_platform_dates() -> None:
    sandbox = Sandbox(seed=2)
    async with sandbox.client(login_id=_business(sandbox).login_id) as cd:
        body = BbRegistration.from_dict(
            {"businessName": "Foo LLC", "tins": [{"tinName": "Foo", "tinNumber": "123456789"}]}
        )
        created = await cd.business_banking.create_business_registration_v1(body=body)
        # The platform types these dates as plain strings, in its MM/dd/yyyy hh:mm:ss a z form.
        assert re.fullmatch(
            r"[01][0-9]/[0-3][0-9]/[0-9]{4} [01][0-9]:[0-5][0-9]:[0-5][0-9] [AP]M [A-Z]{2,5}", created.registration_date
        )
        found = await cd.business_banking.get_business_registration_by_confirmation_number_v1(
            confirmation_number=str(created.confirmation_number)
        )
        assert found.business_name == "Foo LLC"
        by_id = await cd.business_banking.get_business_registration_by_id_v1(str(created.id))
        assert by_id.confirmation_number == created.confirmation_number
        with pytest.raises(NotFoundError) as info:
            await cd.business_banking.get_business_registration_by_confirmation_number_v1(confirmation_number="A" * 16)
    assert info.value.code == "BBS-40154"


async def test_ach_payment_is_created_masked_listed_and_fetched() -> None:
    sandbox = Sandbox(seed=2)
    login = _business(sandbox).login_id
    today = sandbox.world.today
    async with sandbox.client(login_id=login) as cd:
        created = await cd.business_banking.create_ach_payment_v1(body=_ach(today), login_id=login)
        assert created.total_amount == Decimal("100.10") and created.account_number == "******7890"
        listed = await cd.business_banking.get_ach_payments_v1(
            login_id=login, from_date=today, to_date=today + dt.timedelta(days=7)
        )
        assert [p.id for p in listed.payments] == [created.id]
        fetched = await cd.business_banking.get_ach_payment_by_payment_id_v1(str(created.id), login_id=login)
        assert fetched.confirmation_number == created.confirmation_number


async def test_payment_errors_carry_details() -> None:
    sandbox = Sandbox(seed=2)
    login = _business(sandbox).login_id
    async with sandbox.client(login_id=login) as cd:
        with pytest.raises(BadRequestError) as info:
            await cd.business_banking.create_ach_payment_v1(body=_ach(sandbox.world.today, "10.001"), login_id=login)
        assert info.value.code == "BBP-138" and any("amount" in d for d in info.value.details)
        with pytest.raises(BadRequestError) as range_error:
            today = sandbox.world.today
            await cd.business_banking.get_wire_payments_v1(
                login_id=login, from_date=today, to_date=today + dt.timedelta(days=31)
            )
        assert range_error.value.code == "BBP-133"


async def test_wire_payment_round_trip() -> None:
    sandbox = Sandbox(seed=2)
    login = _business(sandbox).login_id
    today = sandbox.world.today
    wire = WirePayment.from_dict(
        {
            "paymentType": "WIRE_DOMESTIC",
            "transactionType": "DEBIT",
            "tinNumber": "123456789",
            "accountNumber": "1234567890",
            "deliveryDate": (today + dt.timedelta(days=1)).isoformat(),
            "wireTransaction": {
                "amount": Decimal("5000.00"),
                "currencyCode": "USD",
                "beneficiaryDetails": {
                    "beneficiaryName": "Bob",
                    "beneficiaryAccountNumber": "55",
                    "address": {"address1": "1 Main", "city": "X", "country": "United States"},
                },
                "beneficiaryBankDetails": {"beneficiaryBankRoutingNumber": "021000021"},
            },
        }
    )
    async with sandbox.client(login_id=login) as cd:
        created = await cd.business_banking.create_wire_payment_v1(body=wire, login_id=login)
        listed = await cd.business_banking.get_wire_payments_v1(
            login_id=login, from_date=today, to_date=today + dt.timedelta(days=5)
        )
    assert isinstance(listed.payments[0], WirePayment)
    assert created.total_amount == Decimal("5000.00")
