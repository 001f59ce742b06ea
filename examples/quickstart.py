"""A walk through candescent-async against the embedded sandbox: no credentials, no network.

Run it with `make demo` (or `python examples/quickstart.py` inside the project's venv).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import anyio

from candescent_async import CandescentClient, ValidationError
from candescent_async.odata import ACCOUNTS, F
from candescent_async.pagination import paginate
from candescent_async.sandbox import INSTITUTION_ID, Sandbox
from candescent_async.transfers import Schedule, TransferRequest, create_transfer
from candescent_async.types import File
from candescent_async.types.business_banking import AchPayment, InternationalWireTransaction, WirePayment
from candescent_async.types.customer_campaigns import (
    ExperienceGroupRequest,
    UploadExperienceGroupParticipantsRequest,
    UploadExperienceGroupParticipantsRequestType,
)
from candescent_async.types.customer_management import GetInstitutionUserV1UserIdType
from candescent_async.types.money_movement import DIAccountType, Recipient


def step(title: str) -> None:
    print(f"\n== {title}")


async def main() -> None:
    sandbox = Sandbox(seed=42)
    user = next(iter(sandbox.world.users.values()))
    print("Candescent sandbox (in-process), institution 01234")
    print(f"Signed in as the client application, acting for user {user.login_id} (hostUserId {user.host_user_id})")

    client: CandescentClient = sandbox.client(host_user_id=user.host_user_id)
    async with client as cd:
        step("1. Get a token (OAuth v2 client credentials; the client does this itself on first use)")
        await cd.core_banking.list_accounts_v1()
        grants = ", ".join(f"{k} x{v}" for k, v in sandbox.token_requests.items())
        print(f"   token requests so far: {grants}; the token is never printed, logged or shown in a repr")

        step("2. List deposit accounts with an OData filter, then every account through the legacy XML API")
        deposits = ACCOUNTS.filter(F.category == "DEPOSIT")
        print(f"   $filter={deposits}")
        accounts = await cd.core_banking.list_accounts_v1(filter_=deposits)
        for account in accounts.accounts:
            balance = account.current_balance.amount if account.current_balance else None  # None: not reported
            kind = type(balance).__name__
            print(f"   {account.description:<18} {account.account_number}  balance {balance:>12}  ({kind})")
        checking, savings = accounts.accounts[0], accounts.accounts[1]
        legacy = await cd.core_banking.list_accounts_legacy_v2(INSTITUTION_ID, user.institution_user_id)
        print("   the same user's accounts from the legacy XML API (v1 token), each in its category's shape:")
        for item in legacy.account if legacy is not None else []:  # None: a 204 (no accounts)
            money = item.balance.current_balance
            amount, currency = (money.amount, money.currency_code.value) if money else (None, "")
            print(f"   {type(item).__name__:<18} {item.display_account_number:>10}  balance {amount:>12} {currency}")

        step("3. Walk the checking account's history, 500 transactions a page ($skip/$top)")
        pages = 0
        total = Decimal(0)
        count = 0
        walk = paginate(cd.core_banking.list_account_transactions_v1, account_id=checking.id)
        async for page in walk.with_options(page_size=500).pages():
            pages += 1
            for txn in page.transactions:
                count += 1
                total += txn.amount.amount if txn.is_credit_transaction else -txn.amount.amount
        print(f"   {count} transactions in {pages} pages; net flow {total} (exact Decimal arithmetic)")

        step("4. Create a recipient")
        created = await cd.money_movement.create_recipient_v1(
            body=Recipient(
                member_number="884211",
                account_number="7001234",
                account_type=DIAccountType.SAVINGS,
                nick_name="Mom",
                pass_code="DOE",  # noqa: S106 - the sandbox's demo passcode
            )
        )
        (recipient,) = created.recipients or []
        print(f"   recipient {recipient.nick_name!r} created with id {recipient.id}")
        print(f"   its repr hides the passcode: {'DOE' not in repr(recipient)}")

        step("5. Schedule a recurring transfer: 12 monthly payments of 250.00 on the 31st")
        schedule = Schedule.monthly(31, start=sandbox.world.today + dt.timedelta(days=3), occurrences=12)
        print(f"   preview (computed locally): {', '.join(str(d) for d in schedule.preview(4))}, ...")
        request = TransferRequest.internal(checking, savings, Decimal("250.00"), schedule=schedule)
        transfer = await create_transfer(cd, request, today=sandbox.world.today)
        assert transfer.schedule
        print(
            f"   {transfer.status}: the platform says next run {transfer.schedule.next_execution_date}, "
            f"last run {transfer.schedule.final_execution_date} (short months run on their last day)"
        )
        try:
            TransferRequest.internal(checking, checking, Decimal("1.00"))
        except ValidationError as exc:
            print(f"   a transfer to the same account is refused before sending: {exc}")
        try:
            Schedule.twice_monthly((15,))
        except ValidationError as exc:
            print(f"   so is a twice-monthly schedule with one day: {exc}")
        step("6. Walk the user's alert preferences, 10 a page (pageNo/pageSize), and read alert history")
        channels: dict[str, int] = {}
        async for pref in paginate(cd.alerts_notifications.list_alert_preferences_v1).with_options(page_size=10):
            details = pref.alert_preference_details
            channel = str(details.channel_type_name) if details and details.channel_type_name else "?"
            channels[channel] = channels.get(channel, 0) + 1
        print(f"   {sum(channels.values())} preferences: " + ", ".join(f"{k} {v}" for k, v in sorted(channels.items())))
        history = (await cd.alerts_notifications.list_alert_history_v1()).alert_history_summary_resources or []
        print(f"   {len(history)} alerts sent; latest: {history[0].message_summary!r}")

        step("7. Upload campaign participants and poll the import job to completion")
        group = await cd.customer_campaigns.create_experience_group_v3(body=ExperienceGroupRequest(group_name="VIP"))
        csv = io.BytesIO(b"ParticipantId\nM-1001\nM-1002\nM-1003\n")
        upload = await cd.customer_campaigns.upload_experience_group_participants_v3(
            group.group_id,
            body=UploadExperienceGroupParticipantsRequest(
                type_=UploadExperienceGroupParticipantsRequestType.ADD,
                file_name=File(payload=csv, file_name="vip.csv", mime_type="text/csv"),
            ),
        )
        status: str = upload.job_status
        print(f"   job {upload.job_id}: {status}")
        while status in ("CREATED", "PROCESSING"):
            job = await cd.customer_campaigns.get_job_v3(upload.job_id)
            status = job.job_status
            print(f"   job {upload.job_id}: {status}")
        print(f"   {job.success_records_count} participants added, {job.failed_records_count} failed")

        step("8. Who is this user? Profile, passcode destinations and sub-users; the legacy profile over XML")
        me = await cd.customer_management.get_institution_user_v1(
            user.host_user_id,
            user_id_type=GetInstitutionUserV1UserIdType.HOST_USER_ID,
            expand="contactMethods,subUsers",
        )
        print(
            f"   {me.full_name} ({me.institution_user_role}), id {me.institution_user_id}, registered "
            f"{me.registration_date_time:%Y-%m-%d}, last signed in {me.last_login_date_time:%Y-%m-%d %H:%M} UTC"
        )
        print(
            "   one-time passcodes go to: "
            + ", ".join(f"{m.protocol} {m.contact_info}" for m in me.contact_methods or [])
        )
        for sub in me.sub_users or []:
            print(
                f"   administers {sub.full_name} ({sub.institution_user_role}), "
                f"{sub.failed_login_count} failed sign-ins"
            )
        profile = await cd.customer_management.get_customer_v2(INSTITUTION_ID, me.institution_user_id)
        enabled = profile.bill_pay_enabled
        print(f"   legacy profile: member {profile.member_number}, bill pay {enabled} (a {type(enabled).__name__})")

    business = next(u for u in sandbox.world.users.values() if u.user_type == "business")
    async with sandbox.client(login_id=business.login_id) as bb:
        step(f"9. Business banking as {business.login_id}: an ACH payroll and a wire to Germany paid in euros")
        delivery = (sandbox.world.today + dt.timedelta(days=2)).isoformat()  # the platform's YYYY-MM-DD string
        payroll = await bb.business_banking.create_ach_payment_v1(
            login_id=business.login_id,
            body=AchPayment.from_dict(
                {
                    "paymentDescription": "Payroll",
                    "paymentType": "ACH_PAYMENT",
                    "transactionType": "DEBIT",
                    "achSecCode": "PAYROLL_PPD",
                    "achCompanyId": "C1",
                    "tinNumber": "123456789",
                    "accountNumber": "1234567890",
                    "deliveryDate": delivery,
                    "achTransactions": [
                        {
                            "amount": amount,
                            "currencyCode": "USD",
                            "contactName": name,
                            "contactAccountNumber": number,
                            "contactAccountType": "PERSONAL_CHECKING",
                            "contactBankAchRoutingNumber": "021000021",
                        }
                        for name, number, amount in (
                            ("Ann", "4411", Decimal("1250.10")),
                            ("Bo", "4412", Decimal("980.05")),
                        )
                    ],
                }
            ),
        )
        print(
            f"   ACH {payroll.confirmation_number}: {payroll.number_of_payments} lines, total {payroll.total_amount} "
            f"from {payroll.account_number}, {payroll.status}"
        )
        abroad = {"address1": "Hauptstrasse 1", "city": "Berlin", "country": "Germany"}
        wire = await bb.business_banking.create_wire_payment_v1(
            login_id=business.login_id,
            body=WirePayment.from_dict(
                {
                    "paymentType": "WIRE_INTERNATIONAL",
                    "transactionType": "DEBIT",
                    "tinNumber": "123456789",
                    "accountNumber": "1234567890",
                    "deliveryDate": delivery,
                    "wireTransaction": {
                        "amount": Decimal("1000.00"),
                        "currencyCode": "USD",
                        "sendInForeignCurrency": True,
                        "transactInForeignCurrency": False,
                        "foreignCurrencyCode": "EUR",
                        "beneficiaryDetails": {
                            "beneficiaryName": "Lena Vogel",
                            "beneficiaryAccountNumber": "DE89370400440532013000",
                            "address": abroad,
                        },
                        "beneficiaryBankDetails": {
                            "beneficiaryBankName": "Commerzbank",
                            "beneficiaryBankSwiftNumber": "COBADEFFXXX",
                            "address": abroad,
                        },
                    },
                }
            ),
        )
        sent = wire.wire_transaction
        assert isinstance(sent, InternationalWireTransaction)
        print(
            f"   wire {wire.confirmation_number}: {sent.amount} {sent.currency_code} to "
            f"{sent.beneficiary_bank_details.beneficiary_bank_swift_number} arrives as "
            f"{sent.foreign_currency_amount} {sent.foreign_currency_code} ({sent.foreign_currency_name}, "
            f"rate {sent.exchange_rate})"
        )

    print("\nDone: the client revoked its tokens and closed its connections on exit.")


if __name__ == "__main__":
    anyio.run(main)
