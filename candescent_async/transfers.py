"""Typed transfers and schedules for ``POST /v1/transfers``, checked against the platform's TFR rules.

    schedule = Schedule.monthly(on_day=31, start=dt.date(2027, 1, 15), occurrences=12)
    schedule.preview(3)  # [2027-01-31, 2027-02-28, 2027-03-31]
    request = TransferRequest.internal(checking, savings, Decimal("250.00"), schedule=schedule)
    transfer = await create_transfer(cd, request)

Invalid combinations raise ``ValidationError`` (``.rule`` is the platform's code, e.g. ``TFR_10063``)
before anything is sent. The create call is never retried once its bytes may have reached the
platform: a failure then is ``OutcomeUnknownError``, to be reconciled, not repeated.

Date rules (they match the embedded sandbox's computation): a day the month lacks (the 31st in
April, the 29th of February outside leap years) runs on the month's last day; weekly kinds run
on ``on`` (Monday = 1 ... Sunday = 7, the sandbox's numbering) from the first such day on or
after ``start``; ``TWICEMONTHLY`` runs on both days each month (once when both fall on the same
last day); ``QUARTERLY``/``SEMIANNUALLY``/``ANNUALLY`` step 3/6/12 months from ``start``'s month.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs
from _candescent_generated.money_movement.models import (
    CurrencyCode,
    Frequency,
    LifeType,
    Money,
    PaymentOptionType,
    Transfer,
)
from _candescent_generated.money_movement.models import Schedule as ScheduleModel
from _candescent_generated.money_movement.types import UNSET
from dateutil import rrule

from ._errors import ValidationError

if TYPE_CHECKING:
    import httpx2

    from ._client import CandescentClient

__all__ = [
    "Frequency",
    "LifeType",
    "PaymentOption",
    "Schedule",
    "TransferKind",
    "TransferRequest",
    "Weekday",
    "create_transfer",
]

PaymentOption = PaymentOptionType
MAX_EXECUTIONS = 99
_OVERPAYMENTS = frozenset({PaymentOptionType.EXCESS_TO_PRINCIPAL, PaymentOptionType.EXCESS_TO_INTEREST})
_WEEKS = {Frequency.WEEKLY: 1, Frequency.BIWEEKLY: 2, Frequency.EVERY4WEEKS: 4, Frequency.EVERY8WEEKS: 8}
_MONTHS = {
    Frequency.MONTHLY: 1,
    Frequency.TWICEMONTHLY: 1,
    Frequency.QUARTERLY: 3,
    Frequency.SEMIANNUALLY: 6,
    Frequency.ANNUALLY: 12,
}


class Weekday(enum.IntEnum):
    """``dayOfWeek`` values (the platform does not document its numbering; 1 = Monday as in the sandbox)."""

    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3
    THURSDAY = 4
    FRIDAY = 5
    SATURDAY = 6
    SUNDAY = 7


class TransferKind(enum.Enum):
    """What a transfer is; the platform tells them apart by the target and the extra fields."""

    INTERNAL = "internal"
    RECIPIENT = "recipient"
    LOAN_PAYMENT = "loan_payment"
    IRA_CONTRIBUTION = "ira_contribution"


def _tomorrow() -> dt.date:
    return dt.date.today() + dt.timedelta(days=1)


def _fail(rule: str, message: str, field: str = "schedule") -> ValidationError:
    return ValidationError(message, field=field, rule=rule)


@attrs.frozen
class Schedule:
    """When a transfer runs; build one with ``once``, ``daily``, ``weekly``, ``monthly`` ... .

    ``until`` (lifeType ENDDATE), ``occurrences`` (NUMBEROFEXECUTIONS) and ``forever=True``
    (NOENDDATE: runs until cancelled) are exclusive, and a recurring schedule needs one of them: an
    open-ended money movement is never a default. ``start`` defaults to tomorrow, the earliest date
    the platform accepts.
    """

    frequency: Frequency
    start: dt.date
    until: dt.date | None = None
    occurrences: int | None = None
    day_of_week: Weekday | None = None
    days_of_month: tuple[int, ...] = ()
    forever: bool = False

    def __attrs_post_init__(self) -> None:
        self._check()

    # ------------------------------------------------------------ builders

    @classmethod
    def once(cls, on: dt.date) -> Schedule:
        """A single future-dated transfer."""
        return cls(Frequency.ONETIME, on)

    @classmethod
    def daily(
        cls,
        *,
        start: dt.date | None = None,
        until: dt.date | None = None,
        occurrences: int | None = None,
        forever: bool = False,
    ) -> Schedule:
        return cls(Frequency.DAILY, start or _tomorrow(), until, occurrences, forever=forever)

    @classmethod
    def weekly(
        cls,
        on: Weekday,
        *,
        every: int = 1,
        start: dt.date | None = None,
        until: dt.date | None = None,
        occurrences: int | None = None,
        forever: bool = False,
    ) -> Schedule:
        """Every week (``every=1``), two weeks (``2``, BIWEEKLY), four or eight weeks, on weekday ``on``."""
        frequency = {weeks: freq for freq, weeks in _WEEKS.items()}.get(every)
        if frequency is None:
            raise _fail("TFR_10012", f"every={every!r}: the platform runs weekly kinds every 1, 2, 4 or 8 weeks")
        return cls(frequency, start or _tomorrow(), until, occurrences, day_of_week=Weekday(on), forever=forever)

    @classmethod
    def monthly(
        cls,
        on_day: int,
        *,
        every: int = 1,
        start: dt.date | None = None,
        until: dt.date | None = None,
        occurrences: int | None = None,
        forever: bool = False,
    ) -> Schedule:
        """On day ``on_day`` every month (``every=1``), quarter (``3``), half year (``6``) or year (``12``)."""
        frequency = {m: f for f, m in _MONTHS.items() if f is not Frequency.TWICEMONTHLY}.get(every)
        if frequency is None:
            raise _fail("TFR_10012", f"every={every!r}: the platform runs monthly kinds every 1, 3, 6 or 12 months")
        return cls(frequency, start or _tomorrow(), until, occurrences, days_of_month=(on_day,), forever=forever)

    @classmethod
    def quarterly(cls, on_day: int, **kwargs: Any) -> Schedule:
        return cls.monthly(on_day, every=3, **kwargs)

    @classmethod
    def semiannually(cls, on_day: int, **kwargs: Any) -> Schedule:
        return cls.monthly(on_day, every=6, **kwargs)

    @classmethod
    def annually(cls, on_day: int, **kwargs: Any) -> Schedule:
        """Once a year, in ``start``'s month, on ``on_day``."""
        return cls.monthly(on_day, every=12, **kwargs)

    @classmethod
    def twice_monthly(
        cls,
        on_days: Sequence[int],
        *,
        start: dt.date | None = None,
        until: dt.date | None = None,
        occurrences: int | None = None,
        forever: bool = False,
    ) -> Schedule:
        """On two days of every month, e.g. ``(1, 15)`` or ``(15, 31)``."""
        days = tuple(on_days)
        return cls(
            Frequency.TWICEMONTHLY, start or _tomorrow(), until, occurrences, days_of_month=days, forever=forever
        )

    # ------------------------------------------------------------ rules

    @property
    def life_type(self) -> LifeType:
        if self.frequency is Frequency.ONETIME or (self.until is None and self.occurrences is None):
            return LifeType.NOENDDATE
        return LifeType.ENDDATE if self.until is not None else LifeType.NUMBEROFEXECUTIONS

    def _check(self) -> None:
        """The platform's schedule rules that do not depend on today's date."""
        if not isinstance(self.start, dt.date) or isinstance(self.start, dt.datetime):
            raise _fail("TFR_10007", "start must be a datetime.date")
        if self.until is not None and self.occurrences is not None:
            raise _fail("TFR_10062", "give until (lifeType ENDDATE) or occurrences (NUMBEROFEXECUTIONS), not both")
        if self.frequency is Frequency.ONETIME and (self.until is not None or self.occurrences is not None):
            raise _fail("TFR_10062", "a ONETIME transfer takes neither until nor occurrences (lifeType NOENDDATE)")
        if self.occurrences is not None and (
            isinstance(self.occurrences, bool)
            or not isinstance(self.occurrences, int)
            or not 1 <= self.occurrences <= MAX_EXECUTIONS
        ):
            raise _fail("TFR_10009", f"occurrences must be 1-{MAX_EXECUTIONS}, got {self.occurrences!r}")
        if self.frequency in _WEEKS and self.day_of_week is None:
            raise _fail("TFR_10010", f"{self.frequency} needs a day of the week")
        if self.day_of_week is not None and self.frequency not in _WEEKS:
            raise _fail("TFR_10010", f"{self.frequency} does not take a day of the week")
        days = self.days_of_month
        if any(isinstance(d, bool) or not isinstance(d, int) or not 1 <= d <= 31 for d in days):
            raise _fail("TFR_10010", f"days of the month must be 1-31, got {list(days)}")
        wanted = 2 if self.frequency is Frequency.TWICEMONTHLY else 1 if self.frequency in _MONTHS else 0
        if len(days) != wanted or len(set(days)) != len(days):
            raise _fail("TFR_10063", f"{self.frequency} takes {wanted} distinct day(s) of the month, got {list(days)}")
        if self.until is not None:
            if self.until <= self.start:
                raise _fail("TFR_10008", "until must be after start")
            if not self.preview(1):
                raise _fail("TFR_10008", "the schedule has no execution on or before until")
        ends = self.until is not None or self.occurrences is not None
        if self.frequency is not Frequency.ONETIME and not ends and self.forever is not True:
            raise _fail(
                "TFR_10062",
                f"a {self.frequency} schedule needs until=, occurrences= or forever=True: an open-ended "
                "money movement is never a default",
            )
        if self.forever and (ends or self.frequency is Frequency.ONETIME):
            raise _fail("TFR_10062", "forever=True is for a recurring schedule with neither until nor occurrences")

    def check_start(self, today: dt.date | None = None) -> None:
        """TFR_10007: the first date must be after today (checked when the transfer is sent)."""
        today = today or dt.date.today()
        if self.start <= today:
            raise _fail("TFR_10007", f"start ({self.start}) must be after today ({today})")

    # ------------------------------------------------------------ dates

    def dates(self) -> Iterator[dt.date]:
        """Every execution date in order (endless for a NOENDDATE schedule)."""
        start = dt.datetime.combine(self.start, dt.time())
        until = dt.datetime.combine(self.until, dt.time()) if self.until else None
        if self.frequency is Frequency.ONETIME:
            rules = [rrule.rrule(rrule.DAILY, dtstart=start, count=1)]
        elif self.frequency is Frequency.DAILY:
            rules = [rrule.rrule(rrule.DAILY, dtstart=start, until=until)]
        elif self.frequency in _WEEKS:
            assert self.day_of_week is not None
            # From the first chosen weekday on or after start (rrule would count weeks from start's week).
            first = start + dt.timedelta(days=(int(self.day_of_week) - 1 - start.weekday()) % 7)
            rules = [rrule.rrule(rrule.WEEKLY, interval=_WEEKS[self.frequency], dtstart=first, until=until)]
        else:
            # (day, -1) with bysetpos=1: the day itself, or the month's last day when it is shorter.
            rules = [
                rrule.rrule(
                    rrule.MONTHLY,
                    interval=_MONTHS[self.frequency],
                    bymonthday=(day, -1),
                    bysetpos=1,
                    dtstart=start.replace(day=1),
                    until=until,
                )
                for day in self.days_of_month
            ]
        combined = rrule.rruleset()
        for rule in rules:
            combined.rrule(rule)
        every = (moment.date() for moment in combined if moment >= start)
        return itertools.islice(every, self.occurrences) if self.occurrences else every

    def preview(self, n: int) -> list[dt.date]:
        """The next ``n`` execution dates (fewer when the schedule ends sooner)."""
        return list(itertools.islice(self.dates(), n))

    def to_model(self) -> ScheduleModel:
        """The wire ``Schedule``."""
        model = ScheduleModel(life_type=self.life_type, start_date=self.start, frequency=self.frequency)
        if self.until is not None:
            model.end_date = self.until
        if self.occurrences is not None:
            model.number_of_executions = self.occurrences
        if self.day_of_week is not None:
            model.day_of_week = int(self.day_of_week)
        if self.days_of_month:
            model.days_of_month = list(self.days_of_month)
        return model


def _account_id(account: Any, field: str) -> str:
    value = getattr(account, "id", account)
    if not isinstance(value, str) or not value:
        raise ValidationError(f"{field} must be an account id or an account model", field=field)
    return value


def _allowed(account: Any, action: str) -> bool | None:
    actions = getattr(account, "allowed_actions", None)
    value = getattr(actions, action, None)
    return value if isinstance(value, bool) else None


@attrs.frozen
class TransferRequest:
    """One transfer to create; build it with ``internal``, ``to_recipient``, ``loan_payment`` or ``ira_contribution``.

    Accounts are ids or the account models ``core_banking`` returns; with models, their
    ``allowedActions`` are checked too (TFR_10025/TFR_10026).
    """

    kind: TransferKind
    from_account: Any
    to_account: Any
    amount: Decimal
    schedule: Schedule | None = None
    memo: str | None = None
    payment_option: PaymentOptionType | None = None
    previous_year_contribution: bool = False
    currency: str = "USD"

    def __attrs_post_init__(self) -> None:
        self._check()

    @classmethod
    def internal(cls, from_account: Any, to_account: Any, amount: Decimal, **options: Any) -> TransferRequest:
        """Between two of the user's own accounts."""
        return cls(TransferKind.INTERNAL, from_account, to_account, amount, **options)

    @classmethod
    def to_recipient(cls, from_account: Any, recipient_id: str, amount: Decimal, **options: Any) -> TransferRequest:
        """To a recipient (another member at the institution) created with ``create_recipient_v1``."""
        return cls(TransferKind.RECIPIENT, from_account, recipient_id, amount, **options)

    @classmethod
    def loan_payment(
        cls,
        from_account: Any,
        loan_account: Any,
        amount: Decimal,
        *,
        option: PaymentOptionType = PaymentOptionType.DEFAULT,
        **options: Any,
    ) -> TransferRequest:
        """A loan payment; ``option`` says how it is applied (overpayments cannot be scheduled)."""
        return cls(TransferKind.LOAN_PAYMENT, from_account, loan_account, amount, payment_option=option, **options)

    @classmethod
    def ira_contribution(
        cls, from_account: Any, ira_account: Any, amount: Decimal, *, previous_year: bool = False, **options: Any
    ) -> TransferRequest:
        """An IRA contribution, for this tax year or (``previous_year=True``, never scheduled) the last."""
        return cls(
            TransferKind.IRA_CONTRIBUTION,
            from_account,
            ira_account,
            amount,
            previous_year_contribution=previous_year,
            **options,
        )

    def _check(self) -> None:
        amount = self.amount
        if isinstance(amount, bool) or not isinstance(amount, (Decimal, int)):
            raise ValidationError(
                f"amount must be a Decimal (money is never a float), got {type(amount).__name__}",
                field="amount",
                rule="TFR_10020",
            )
        amount = Decimal(amount)
        exponent = amount.as_tuple().exponent
        if not amount.is_finite() or amount <= 0 or (isinstance(exponent, int) and exponent < -2):
            raise ValidationError(
                f"amount must be positive with at most two decimal places, got {amount}",
                field="amount",
                rule="TFR_10021",
            )
        source = _account_id(self.from_account, "from_account")
        target = _account_id(self.to_account, "to_account")
        if source == target:
            raise ValidationError("from and to accounts must differ", field="to_account", rule="TFR_10029")
        if _allowed(self.from_account, "transfer_from") is False:
            raise ValidationError(
                f"account {source} does not allow transfers from it", field="from_account", rule="TFR_10025"
            )
        if _allowed(self.to_account, "transfer_to") is False:
            raise ValidationError(
                f"account {target} does not allow transfers to it", field="to_account", rule="TFR_10026"
            )
        if self.payment_option is not None and self.kind is not TransferKind.LOAN_PAYMENT:
            raise ValidationError(
                "payment options apply to loan payments only", field="payment_option", rule="TFR_10005"
            )
        if self.schedule is not None:
            if self.payment_option in _OVERPAYMENTS:
                raise _fail("TFR_10013", "a loan overpayment cannot be scheduled")
            if self.previous_year_contribution:
                raise _fail("TFR_10006", "a previous-year IRA contribution cannot be scheduled")

    def to_model(self) -> Transfer:
        """The wire ``Transfer`` body."""
        body = Transfer(
            from_account_id=_account_id(self.from_account, "from_account"),
            to_account_id=_account_id(self.to_account, "to_account"),
            amount=Money(currency_code=CurrencyCode(self.currency), amount=Decimal(self.amount)),
        )
        if self.memo is not None:
            body.memo = self.memo
        if self.payment_option is not None:
            body.payment_option = self.payment_option
        if self.previous_year_contribution:
            body.previous_year_contribution = True
        if self.schedule is not None:
            body.schedule = self.schedule.to_model()
        return body


async def create_transfer(
    client: CandescentClient,
    request: TransferRequest,
    *,
    test: bool = False,
    today: dt.date | None = None,
    trace_id: str | None = None,
    timeout: float | httpx2.Timeout | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Transfer:
    """Create the transfer once (never retried after it may have been sent) and return the platform's model.

    ``test=True`` asks the platform to validate without moving money (TFR_10064: not with a schedule).
    ``today`` is the date TFR_10007 compares ``start`` against (default: the local date).
    ``trace_id``, ``timeout`` and ``extra_headers`` are the per-call options every operation takes;
    to act for a user, pass a view: ``create_transfer(cd.for_user(host_user_id=...), request)``.
    """
    if request.schedule is not None:
        if test:
            raise _fail("TFR_10064", "a test transfer cannot carry a schedule")
        request.schedule.check_start(today)
    return await client.money_movement.create_transfer_v1(
        body=request.to_model(),
        test_transfer=True if test else UNSET,
        trace_id=trace_id,
        timeout=timeout,
        extra_headers=extra_headers,
    )
