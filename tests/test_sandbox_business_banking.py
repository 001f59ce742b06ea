"""Business banking through the facade and the sandbox, in the platform's 1.11.0 shapes:
registrations, profile, entitlements, ACH payments and domestic and international wires, typed errors."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from decimal import Decimal
from typing import Any

import pytest

from candescent_async import BadRequestError, NotFoundError, PermissionDeniedError
from candescent_async._model_support import parse_datetime
from candescent_async.sandbox import Sandbox
from candescent_async.types.business_banking import (
    AchPayment,
    BbRegistration,
    BeneficiaryBankDetailsDomestic,
    BeneficiaryBankDetailsInternational,
    CountryName,
    CurrencyCode,
    DomesticWireTransaction,
    IntermediaryBankDetailsIntlWireForeignIntermediary,
    InternationalWireTransaction,
    Protocol,
    WirePayment,
)

pytestmark = pytest.mark.anyio

PLATFORM_TIME = re.compile(r"^[01]\d/[0-3]\d/\d{4} [01]\d:[0-5]\d:[0-5]\d [AP]M [A-Z]{2,5}$")


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


def _wire(today: dt.date, transaction: dict[str, Any], payment_type: str = "WIRE_DOMESTIC") -> WirePayment:
    return WirePayment.from_dict(
        {
            "paymentType": payment_type,
            "transactionType": "DEBIT",
            "tinNumber": "123456789",
            "accountNumber": "1234567890",
            "deliveryDate": (today + dt.timedelta(days=1)).isoformat(),
            "wireTransaction": transaction,
        }
    )


def _domestic(amount: str = "5000.00") -> dict[str, Any]:
    return {
        "amount": Decimal(amount),
        "currencyCode": "USD",
        "beneficiaryDetails": {
            "beneficiaryName": "Bob",
            "beneficiaryAccountNumber": "55",
            "address": {"address1": "1 Main", "city": "Springfield", "country": "United States"},
        },
        "beneficiaryBankDetails": {"beneficiaryBankRoutingNumber": "021000021"},
    }


def _international(**flags: Any) -> dict[str, Any]:
    """An international wire; the platform requires both currency flags on every one (false unless given)."""
    return {
        "sendInForeignCurrency": False,
        "transactInForeignCurrency": False,
        "amount": Decimal("1000.00"),
        "currencyCode": "USD",
        "beneficiaryDetails": {
            "beneficiaryName": "Lena Vogel",
            "beneficiaryAccountNumber": "DE89370400440532013000",
            "address": {"address1": "Hauptstrasse 1", "city": "Berlin", "country": "Germany"},
            "purposeOfWire": "Invoice 2291",
        },
        "beneficiaryBankDetails": {
            "beneficiaryBankName": "Commerzbank",
            "beneficiaryBankSwiftNumber": "COBADEFFXXX",
            "address": {"address1": "Kaiserplatz", "city": "Frankfurt", "country": "Germany"},
        },
        "intermediaryBankDetails": {
            "intermediaryBankType": "INTERNATIONAL",
            "intermediaryBankName": "Deutsche Bank",
            "intermediaryBankSwiftNumber": "DEUTDEFFXXX",
        },
        **flags,
    }


def _business(sandbox: Sandbox) -> Any:
    return next(u for u in sandbox.world.users.values() if u.user_type == "business")


async def test_registration_round_trip_with_platform_dates() -> None:
    sandbox = Sandbox(seed=2)
    async with sandbox.client(login_id=_business(sandbox).login_id) as cd:
        body = BbRegistration.from_dict(
            {
                "businessName": "Foo LLC",
                "tins": [{"tinName": "Foo", "tinNumber": "123456789", "hostPassword": "host-secret"}],
                "contact": {
                    "firstName": "Ann",
                    "lastName": "Lee",
                    "phoneNumber": "+1 555-010-0199",
                    "address": {"address1": "1 Main St", "city": "Fresno", "state": "CA", "zipCode": "93650"},
                },
                "users": [
                    {"firstName": "Ann", "lastName": "Lee", "email": "ann@foo.example", "userType": "PRIMARY_ADMIN"}
                ],
            }
        )
        created = await cd.business_banking.create_business_registration_v1(body=body)
        # The platform's contract types the dates as strings in its own form (x-candescent-date-format);
        # the generated types module reads that form into an aware datetime.
        assert isinstance(created.registration_date, str) and PLATFORM_TIME.match(created.registration_date)
        assert parse_datetime(created.registration_date).tzinfo is not None
        assert str(created.status) == "PENDING" and re.fullmatch(r"[0-9a-f]{32}", str(created.id))
        assert created.tins[0].tin_number == "123456789"  # 9 digits both ways
        assert "hostPassword" not in created.tins[0].to_dict()  # write-only
        found = await cd.business_banking.get_business_registration_by_confirmation_number_v1(
            confirmation_number=str(created.confirmation_number)
        )
        assert found.business_name == "Foo LLC" and found.contact.address.zip_code == "93650"
        by_id = await cd.business_banking.get_business_registration_by_id_v1(str(created.id))
        assert by_id.confirmation_number == created.confirmation_number
        with pytest.raises(NotFoundError) as info:
            await cd.business_banking.get_business_registration_by_confirmation_number_v1(confirmation_number="A" * 16)
        assert info.value.code == "BBS-40154"


@pytest.mark.contract_exempt(
    "sends a 2-digit tax id, which the platform's schema refuses, to see the sandbox refuse it"
)
async def test_a_registration_with_a_short_tax_id_is_refused() -> None:
    sandbox = Sandbox(seed=2)
    async with sandbox.client(login_id=_business(sandbox).login_id) as cd:
        with pytest.raises(BadRequestError) as bad:
            await cd.business_banking.create_business_registration_v1(
                body=BbRegistration.from_dict({"businessName": "X", "tins": [{"tinName": "X", "tinNumber": "12"}]})
            )
    assert bad.value.code == "BBS-40095" and "9 digits" in str(bad.value)


async def test_business_details_carry_tins_users_and_contact_methods() -> None:
    sandbox = Sandbox(seed=2)
    business = _business(sandbox)
    async with sandbox.client(login_id=business.login_id) as cd:
        details = await cd.business_banking.get_business_details_v1(
            search_type="LOGIN_ID", search_value=business.login_id, include_tins=True, include_users=True
        )
        by_id = await cd.business_banking.get_business_details_v1(
            search_type="BUSINESS_ID", search_value=details.business_id
        )
        with pytest.raises(BadRequestError) as info:
            await cd.business_banking.get_business_details_v1(search_type="BUSINESS_ID", search_value=business.login_id)
    assert info.value.code == "BBS-40147"
    assert by_id.business_name == details.business_name and by_id.tins is None  # tins only when asked for
    assert re.fullmatch(r"[0-9A-Za-z]{5}", details.institution_id)
    assert details.contact.address.state == "CA"
    assert [t.tin_number for t in details.tins] == ["123456789"]
    (user,) = details.users
    assert user.login_id == business.login_id and str(user.role) == "PRIMARY_ADMIN"
    sms = next(m for m in user.contact_methods if m.protocol == Protocol.SMS)
    assert sms.telephone_country_code == "+1" and isinstance(sms.enrolled_date_time, dt.datetime)


async def test_entitlements_per_feature_tin_and_account_with_decimal_limits() -> None:
    sandbox = Sandbox(seed=2)
    async with sandbox.client(login_id=_business(sandbox).login_id) as cd:
        company = await cd.business_banking.get_business_entitlements_limits_v1(business_id="4378848944")
        ach_only = await cd.business_banking.get_business_entitlements_limits_v1(
            business_id="4378848944", feature_name="ACH Payments"
        )
        mine = await cd.business_banking.get_user_entitlements_limits_v1()  # loginId: the client's default user
    limits = company.entitled_features[0].limits
    assert isinstance(limits.per_transaction_limits, Decimal) and limits.daily_overall_ach_limits
    assert [f.feature_name for f in ach_only.entitled_features] == ["ACH Payments"]
    (tin,) = company.account_entitled_feature.entitled_tins
    assert tin.tin_number == "123456789" and tin.bank_accounts and all(a.features for a in tin.bank_accounts)
    assert mine.to_dict() == company.to_dict()
    retail = next(u for u in sandbox.world.users.values() if u.user_type == "retail")
    async with sandbox.client(login_id=retail.login_id) as cd:
        with pytest.raises(PermissionDeniedError) as info:
            await cd.business_banking.get_user_entitlements_limits_v1()
    assert info.value.code == "BBE-41109"


async def test_ach_payment_is_created_masked_listed_and_fetched() -> None:
    sandbox = Sandbox(seed=2)
    login = _business(sandbox).login_id
    today = sandbox.world.today
    async with sandbox.client(login_id=login) as cd:
        created = await cd.business_banking.create_ach_payment_v1(body=_ach(today), login_id=login)
        assert created.total_amount == Decimal("100.10") and isinstance(created.total_amount, Decimal)
        assert created.account_number == "******7890" and created.tin_number == "******6789"
        assert created.ach_company_name and created.number_of_payments == 1
        (line,) = created.ach_transactions
        assert isinstance(line.id, uuid.UUID) and line.payment_id == created.id
        assert isinstance(line.amount, Decimal) and str(line.currency_code) == "USD"
        listed = await cd.business_banking.get_ach_payments_v1(
            login_id=login, from_date=today, to_date=today + dt.timedelta(days=7)
        )
        assert [p.id for p in listed.payments] == [created.id]
        assert isinstance(listed.payments[0], AchPayment)
        none = await cd.business_banking.get_ach_payments_v1(
            login_id=login, from_date=today, to_date=today + dt.timedelta(days=7), payment_status="PROCESSED"
        )
        assert none.payments == []
        fetched = await cd.business_banking.get_ach_payment_by_payment_id_v1(str(created.id), login_id=login)
        assert fetched.confirmation_number == created.confirmation_number
        assert fetched.ach_transactions[0].id == line.id


async def test_payment_errors_carry_details() -> None:
    sandbox = Sandbox(seed=2)
    login = _business(sandbox).login_id
    today = sandbox.world.today
    async with sandbox.client(login_id=login) as cd:
        with pytest.raises(BadRequestError) as info:
            await cd.business_banking.create_ach_payment_v1(body=_ach(today, "10.001"), login_id=login)
        assert info.value.code == "BBP-138" and any("amount" in d for d in info.value.details)
        with pytest.raises(BadRequestError) as collection:
            wrong = _ach(today, paymentType="ACH_COLLECTION", transactionType="DEBIT")
            await cd.business_banking.create_ach_payment_v1(body=wrong, login_id=login)
        assert any("CREDIT for ACH_COLLECTION" in d for d in collection.value.details)
        assert any("PAYROLL_PPD is for ACH_PAYMENT only" in d for d in collection.value.details)
        with pytest.raises(BadRequestError) as range_error:
            await cd.business_banking.get_wire_payments_v1(
                login_id=login, from_date=today, to_date=today + dt.timedelta(days=31)
            )
        assert range_error.value.code == "BBP-133"
        with pytest.raises(NotFoundError) as missing:
            await cd.business_banking.get_wire_payment_by_payment_id_v1(str(uuid.uuid4()), login_id=login)
        assert missing.value.code == "BBP-134"


async def test_domestic_wire_round_trip() -> None:
    sandbox = Sandbox(seed=2)
    login = _business(sandbox).login_id
    today = sandbox.world.today
    async with sandbox.client(login_id=login) as cd:
        created = await cd.business_banking.create_wire_payment_v1(body=_wire(today, _domestic()), login_id=login)
        listed = await cd.business_banking.get_wire_payments_v1(
            login_id=login, from_date=today, to_date=today + dt.timedelta(days=5), payment_type="WIRE_DOMESTIC"
        )
        fetched = await cd.business_banking.get_wire_payment_by_payment_id_v1(str(created.id), login_id=login)
    assert created.total_amount == Decimal("5000.00") and created.account_number == "******7890"
    wire = created.wire_transaction
    assert isinstance(wire, DomesticWireTransaction) and wire.payment_id == created.id and wire.id
    assert isinstance(wire.beneficiary_bank_details, BeneficiaryBankDetailsDomestic)
    assert wire.beneficiary_bank_details.beneficiary_bank_routing_number == "021000021"
    assert wire.beneficiary_details.address.country == CountryName.UNITED_STATES
    assert isinstance(listed.payments[0], WirePayment) and listed.payments[0].id == created.id
    assert fetched.to_dict() == created.to_dict()


async def test_international_wire_in_a_foreign_currency() -> None:
    sandbox = Sandbox(seed=2)
    login = _business(sandbox).login_id
    today = sandbox.world.today
    sent = _international(sendInForeignCurrency=True, foreignCurrencyCode="EUR")
    async with sandbox.client(login_id=login) as cd:
        created = await cd.business_banking.create_wire_payment_v1(
            body=_wire(today, sent, "WIRE_INTERNATIONAL"), login_id=login
        )
        plain = await cd.business_banking.create_wire_payment_v1(
            body=_wire(today, _international(), "WIRE_INTERNATIONAL"), login_id=login
        )
        listed = await cd.business_banking.get_wire_payments_v1(
            login_id=login, from_date=today, to_date=today + dt.timedelta(days=5)
        )
    wire = created.wire_transaction
    assert isinstance(wire, InternationalWireTransaction)
    assert isinstance(wire.beneficiary_bank_details, BeneficiaryBankDetailsInternational)
    assert wire.beneficiary_bank_details.beneficiary_bank_swift_number == "COBADEFFXXX"
    assert wire.beneficiary_bank_details.address.country == CountryName.GERMANY
    assert isinstance(wire.intermediary_bank_details, IntermediaryBankDetailsIntlWireForeignIntermediary)
    assert wire.foreign_currency_code == CurrencyCode.EUR and wire.foreign_currency_name == "Euro"
    assert isinstance(wire.exchange_rate, Decimal) and isinstance(wire.foreign_currency_amount, Decimal)
    assert wire.foreign_currency_amount == (Decimal("1000.00") * wire.exchange_rate).quantize(Decimal("0.01"))
    assert wire.transact_in_foreign_currency is False
    usd = plain.wire_transaction
    assert isinstance(usd, InternationalWireTransaction) and usd.send_in_foreign_currency is False
    assert usd.exchange_rate is None and usd.foreign_currency_name is None
    assert {type(p.wire_transaction) for p in listed.payments} == {InternationalWireTransaction}


@pytest.mark.contract_exempt("sends wires the platform's schema refuses, to see the sandbox refuse them too")
async def test_wire_rules_refused_with_details() -> None:
    sandbox = Sandbox(seed=2)
    login = _business(sandbox).login_id
    today = sandbox.world.today
    both = _international(sendInForeignCurrency=True, transactInForeignCurrency=True, foreignCurrencyCode="EUR")
    no_swift = _international()
    no_swift["beneficiaryBankDetails"]["beneficiaryBankSwiftNumber"] = ""
    async with sandbox.client(login_id=login) as cd:
        with pytest.raises(BadRequestError) as flags:
            await cd.business_banking.create_wire_payment_v1(
                body=_wire(today, both, "WIRE_INTERNATIONAL"), login_id=login
            )
        with pytest.raises(BadRequestError) as swift:
            await cd.business_banking.create_wire_payment_v1(
                body=_wire(today, no_swift, "WIRE_INTERNATIONAL"), login_id=login
            )
        with pytest.raises(BadRequestError) as routing:
            await cd.business_banking.create_wire_payment_v1(body=_wire(today, no_swift), login_id=login)
    assert any("cannot both be true" in d for d in flags.value.details)
    assert any("beneficiaryBankSwiftNumber" in d for d in swift.value.details)
    assert any("beneficiaryBankRoutingNumber" in d for d in routing.value.details)
    assert not sandbox.world.extra.get("business_banking", {}).get("payments")
