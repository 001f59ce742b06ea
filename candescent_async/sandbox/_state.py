"""The sandbox's seeded, deterministic world: an institution, its users, accounts and history.

Everything derives from ``seed``: the same seed gives the same ids, balances and transactions.
Transaction history is computed per index on demand, so an account can hold a million
transactions without storing them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

INSTITUTION_ID = "01234"
CENTS = Decimal("0.01")


def stable_uuid(*parts: object) -> str:
    """A UUID determined by its parts (so seeded data has stable ids)."""
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return str(uuid.UUID(bytes=digest[:16], version=4))


@dataclass
class User:
    institution_user_id: str
    host_user_id: str
    login_id: str
    password: str
    first_name: str
    last_name: str
    email: str
    user_type: str  # "retail" | "business"
    institution_customer_id: str | None = None


@dataclass
class Account:
    data: dict[str, Any]
    owner: str  # institution_user_id
    transaction_count: int = 0


@dataclass
class World:
    """Mutable sandbox state. Category handler modules keep their own collections in ``extra``."""

    seed: int
    today: dt.date
    users: dict[str, User] = field(default_factory=dict)
    accounts: dict[str, Account] = field(default_factory=dict)
    recipients: dict[str, dict[str, Any]] = field(default_factory=dict)
    transfers: list[dict[str, Any]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    # -- lookups -------------------------------------------------------------------------

    def find_user(self, *, host_user_id: str | None = None, login_id: str | None = None) -> User | None:
        for user in self.users.values():
            if (host_user_id and user.host_user_id == host_user_id) or (login_id and user.login_id == login_id):
                return user
        return None

    def user_by_login(self, login_id: str) -> User | None:
        return self.find_user(login_id=login_id)

    def accounts_of(self, user: User) -> list[Account]:
        return [a for a in self.accounts.values() if a.owner == user.institution_user_id]

    # -- transactions, computed by index ---------------------------------------------------

    def transaction(self, account: Account, index: int) -> dict[str, Any]:
        """The index-th most recent transaction of ``account`` (0 = newest), deterministic."""
        rng = random.Random(f"{self.seed}:{account.data['id']}:{index}")
        credit = rng.random() < 0.3
        amount = (Decimal(rng.randint(100, 250_000)) * CENTS).quantize(CENTS)
        day = self.today - dt.timedelta(days=index // 4)
        merchants = ("Grocery Mart", "City Utilities", "Coffee House", "Online Store", "Gas & Go", "O'Brien's Pub")
        description = "Payroll ACME Corp" if credit else merchants[rng.randrange(len(merchants))]
        kind = "DIRECT_DEPOSIT" if credit else ("POS_PURCHASE" if rng.random() < 0.7 else "BILL_PAYMENT")
        return {
            "id": stable_uuid("txn", self.seed, account.data["id"], index),
            "institutionId": INSTITUTION_ID,
            "institutionUserId": account.owner,
            "accountId": account.data["id"],
            "transactionNumber": str(10_000_000 + index),
            "transactionDate": day.isoformat(),
            "effectiveDate": day.isoformat(),
            "description": description,
            "memo": f"{description} #{index}",
            "amount": {"currencyCode": "USD", "amount": amount},
            "type": kind,
            "isCreditTransaction": credit,
            "isPending": index < 2,
            "isExportable": True,
        }

    def transaction_indices(self, account: Account, start: dt.date | None, end: dt.date | None) -> range:
        """Indices of ``account``'s transactions dated within [start, end] (newest first)."""
        first = 0 if end is None else max(0, 4 * (self.today - end).days)
        last = (
            account.transaction_count
            if start is None
            else min(account.transaction_count, 4 * (self.today - start).days + 4)
        )
        return range(first, max(first, last))


_FIRST = ("Jordan", "Avery", "Riley", "Morgan", "Casey", "Quinn")
_LAST = ("Doe", "Smith", "Garcia", "Nguyen", "Patel", "Okafor")


def _account(world: World, rng: random.Random, owner: User, n: int, category: str, kind: str, **extra: Any) -> Account:
    account_id = stable_uuid("acct", world.seed, owner.institution_user_id, n)
    number = f"{rng.randint(10**9, 10**10 - 1)}"
    balance = (Decimal(rng.randint(10_000, 5_000_000)) * CENTS).quantize(CENTS)
    can_transfer = category in ("DEPOSIT", "LOAN")
    raw_type = {"CHECKING": 1, "SAVINGS": 2, "AUTO_LOAN": 40, "BROKERAGE": 60}.get(kind, 99)
    di_type = {"AUTO_LOAN": "INSTALLMENT_LOAN"}.get(kind, kind)
    data: dict[str, Any] = {
        "id": account_id,
        "institutionId": INSTITUTION_ID,
        "institutionUserId": owner.institution_user_id,
        "description": f"{kind.replace('_', ' ').title()} {number[-4:]}",
        "nickName": f"My {kind.replace('_', ' ').lower()}",
        "accountNumber": f"******{number[-4:]}",
        "category": category,
        "type": {
            "value": di_type,
            "fiRawAccountType": raw_type,
            "fiAccountType": raw_type,
            "description": kind.title(),
        },
        "currentBalance": {"currencyCode": "USD", "amount": balance},
        "availableBalance": {"currencyCode": "USD", "amount": balance},
        "status": {
            "open": True,
            "closed": False,
            "negativeBalance": False,
            "delinquent": False,
            "inCollection": False,
            "overLimit": False,
            "writtenOff": False,
            "creditBalance": False,
            "paymentCoupon": False,
            "retirementPlan": False,
            "retPlanOwnedByDeceased": False,
        },
        "routingNumber": "021000021",
        "allowedActions": {
            "summary": True,
            "transferFrom": category == "DEPOSIT",
            "transferTo": can_transfer,
            "isHistoryEnabled": True,
            "isHistoryEntitled": True,
            "isOnlineStatementEnabled": True,
        },
        # Core banking's fuller view (added for the platform's 1.11.0 contract; derived, no extra rng draws).
        "primaryHolderName": f"{owner.first_name} {owner.last_name}",
        "lastStatementBalance": {"currencyCode": "USD", "amount": (balance * Decimal("0.97")).quantize(CENTS)},
        "micrNumber": f"{number[-8:]}0{raw_type:02d}",
        **extra,
    }
    if category == "DEPOSIT":
        data["interestYearToDate"] = {"currencyCode": "USD", "amount": (balance * Decimal("0.004")).quantize(CENTS)}
    if owner.institution_customer_id:
        data["institutionCustomerId"] = owner.institution_customer_id
    account = Account(data=data, owner=owner.institution_user_id)
    world.accounts[account_id] = account
    return account


def build_world(seed: int = 0, *, today: dt.date | None = None, transactions_per_account: int = 2500) -> World:
    """The seeded institution: retail and business users with deposit, loan and investment accounts."""
    rng = random.Random(seed)
    world = World(seed=seed, today=today or dt.date.today())
    for i in range(4):
        business = i == 3
        first, last = _FIRST[i], _LAST[i]
        user = User(
            institution_user_id=stable_uuid("user", seed, i),
            host_user_id=f"HU-{1001 + i}",
            login_id=f"{first.lower()}.{last.lower()}" if not business else "acme.admin",
            password=f"Sandbox-Pass-{i}!",
            first_name=first,
            last_name=last,
            email=f"{first.lower()}.{last.lower()}@example.com",
            user_type="business" if business else "retail",
            institution_customer_id=f"IC-{5001 + i}" if business else None,
        )
        world.users[user.institution_user_id] = user
        checking = _account(world, rng, user, 0, "DEPOSIT", "CHECKING")
        checking.transaction_count = transactions_per_account
        savings = _account(world, rng, user, 1, "DEPOSIT", "SAVINGS", interestRate=Decimal("4.25"))
        savings.transaction_count = transactions_per_account // 10
        loan = _account(
            world,
            rng,
            user,
            2,
            "LOAN",
            "AUTO_LOAN",
            interestRate=Decimal("6.49"),
            nextPaymentAmount={"currencyCode": "USD", "amount": Decimal("412.37")},
            nextPaymentDate=(world.today + dt.timedelta(days=12)).isoformat(),
            originalLoanAmount={"currencyCode": "USD", "amount": Decimal("18500.00")},
            minimumPayment={"currencyCode": "USD", "amount": Decimal("412.37")},
            loanOriginationDate=(world.today - dt.timedelta(days=730)).isoformat(),
            maturityDate=(world.today + dt.timedelta(days=1096)).isoformat(),
            term={"duration": 60, "termType": "MONTHS"},
        )
        loan.transaction_count = 24
        if not business:
            _account(world, rng, user, 3, "INVESTMENT", "BROKERAGE")
    return world
