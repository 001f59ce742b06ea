"""OData builders: rendering, escaping, field checks; property tests parse the output back."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from candescent_async import ValidationError
from candescent_async.odata import ACCOUNTS, TRANSACTIONS, Expr, F, Field, contains, expand, literal, tolower, toupper
from candescent_async.sandbox._odata import _tokens, compile_filter

STRING_FIELDS = ("name", "description")


class Category(enum.Enum):
    DEPOSIT = "DEPOSIT"


@pytest.mark.parametrize(
    ("expression", "text"),
    [
        (F.category == "DEPOSIT", "category eq 'DEPOSIT'"),
        (F.category == Category.DEPOSIT, "category eq 'DEPOSIT'"),
        (F.name == "O'Brien", "name eq 'O''Brien'"),
        (F.amount >= Decimal("10.50"), "amount ge 10.50"),
        (F.count < 3, "count lt 3"),
        (F.validated == True, "validated eq true"),  # noqa: E712
        (F.closed != None, "closed ne null"),  # noqa: E711
        (F.postedDate > dt.date(2024, 2, 29), "postedDate gt 2024-02-29"),
        (F.at <= dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC), "at le 2026-01-02T03:04:05Z"),
        (contains(F.description, "coffee"), "contains(description, 'coffee')"),
        (tolower(F.name) == "joe", "tolower(name) eq 'joe'"),
        (F.name.toupper() == "JOE", "toupper(name) eq 'JOE'"),
        ((F.a == 1) & ((F.b == 2) | (F.c == 3)), "a eq 1 and (b eq 2 or c eq 3)"),
        (((F.a == 1) & (F.b == 2)) | (F.c == 3), "a eq 1 and b eq 2 or c eq 3"),
        (~((F.a == 1) | (F.b == 2)), "not (a eq 1 or b eq 2)"),
    ],
)
def test_rendering(expression: Expr, text: str) -> None:
    assert str(expression) == text


@pytest.mark.parametrize(
    "value",
    [1.5, float("nan"), Decimal("NaN"), Decimal("Infinity"), dt.datetime(2026, 1, 1), object()],
)
def test_values_odata_cannot_carry_are_refused(value: Any) -> None:
    with pytest.raises(ValidationError):
        literal(value)


def test_python_boolean_operators_are_refused_rather_than_silently_dropping_a_clause() -> None:
    with pytest.raises(TypeError, match="&, \\| and ~"):
        _ = (F.a == 1) and (F.b == 2)


def test_resources_check_fields_and_list_the_allowed_ones() -> None:
    assert ACCOUNTS.filter((F.category == "DEPOSIT") & (F.type == "CHECKING")) == (
        "category eq 'DEPOSIT' and type eq 'CHECKING'"
    )
    with pytest.raises(ValidationError, match="allowed: accountNumber, category, id, name, type"):
        ACCOUNTS.filter((F.category == "DEPOSIT") | (F.balance > 5))
    with pytest.raises(ValidationError, match="allowed: description, id"):
        TRANSACTIONS.filter(F.amount > 5)
    assert TRANSACTIONS.filter(contains(tolower(F.description), "coffee")) == "contains(tolower(description), 'coffee')"
    with pytest.raises(ValidationError):
        ACCOUNTS.filter("category eq 'DEPOSIT'")  # type: ignore[arg-type]


def test_expand_with_per_segment_filters() -> None:
    assert expand("subUsers", ("contactMethods", F.validated == True)) == (  # noqa: E712
        "subUsers,contactMethods($filter=validated eq true)"
    )
    with pytest.raises(ValidationError, match="allowed:"):
        expand("accounts")
    with pytest.raises(ValidationError):
        expand()


@pytest.mark.anyio
async def test_filters_are_accepted_by_the_sandbox_end_to_end() -> None:
    from candescent_async.sandbox import Sandbox

    sandbox = Sandbox(seed=4)
    user = next(iter(sandbox.world.users.values()))
    async with sandbox.client(host_user_id=user.host_user_id) as cd:
        deposits = await cd.core_banking.list_accounts_v1(filter_=ACCOUNTS.filter(F.category == "DEPOSIT"))
        every = await cd.core_banking.list_accounts_v1()
    assert deposits.accounts
    assert {a.id for a in deposits.accounts} == {a.id for a in every.accounts if a.category == "DEPOSIT"}


# ---------------------------------------------------------------- properties

texts = st.text(max_size=20)


@given(texts)
def test_no_string_escapes_its_literal(value: str) -> None:
    tokens = _tokens(str(F.name == value))
    assert [kind for kind, _ in tokens] == ["word", "word", "str"]
    assert tokens[2][1][1:-1].replace("''", "'") == value


@given(st.decimals(allow_nan=False, allow_infinity=False) | st.integers())
def test_numbers_round_trip(value: Decimal | int) -> None:
    tokens = _tokens(str(F.amount == value))
    assert tokens[2][0] == "num"
    assert Decimal(tokens[2][1]) == value


@given(st.dates() | st.datetimes(timezones=st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=-5))])))
def test_dates_render_as_single_odata_literals(value: dt.date) -> None:
    tokens = _tokens(str(F.postedDate == value))
    assert tokens[2][0] == "date"


def _operand() -> st.SearchStrategy[Field]:
    return st.builds(
        lambda name, fn: Field(name, fn), st.sampled_from(STRING_FIELDS), st.sampled_from([None, "tolower", "toupper"])
    )


comparisons = st.builds(
    lambda field, op, value: Expr(op, (field, value)),
    _operand(),
    st.sampled_from(["eq", "ne", "gt", "ge", "lt", "le"]),
    texts,
) | st.builds(lambda field, value: field.contains(value), _operand(), texts)

expressions = st.recursive(
    comparisons,
    lambda inner: (
        st.builds(lambda a, b: a & b, inner, inner)
        | st.builds(lambda a, b: a | b, inner, inner)
        | st.builds(lambda a: ~a, inner)
    ),
    max_leaves=8,
)


def _evaluate(node: Any, row: dict[str, str]) -> Any:
    """What the builder's tree means, evaluated directly (the reference the parsed text must match)."""
    if isinstance(node, Field):
        value = row[node.name]
        return {None: value, "tolower": value.lower(), "toupper": value.upper()}[node.function]
    if not isinstance(node, Expr):
        return node
    if node.op == "and":
        return _evaluate(node.args[0], row) and _evaluate(node.args[1], row)
    if node.op == "or":
        return _evaluate(node.args[0], row) or _evaluate(node.args[1], row)
    if node.op == "not":
        return not _evaluate(node.args[0], row)
    a, b = (_evaluate(arg, row) for arg in node.args)
    return {
        "eq": a == b,
        "ne": a != b,
        "gt": a > b,
        "ge": a >= b,
        "lt": a < b,
        "le": a <= b,
        "contains": b in a,
    }[node.op]


@given(expressions, st.fixed_dictionaries({name: texts for name in STRING_FIELDS}))
def test_render_then_parse_keeps_the_meaning(expression: Expr, row: dict[str, str]) -> None:
    predicate = compile_filter(str(expression), {name: (lambda r, n=name: r[n]) for name in STRING_FIELDS})
    assert predicate(row) == _evaluate(expression, row)


@pytest.mark.anyio
async def test_sandbox_string_matching_is_case_sensitive_as_documented() -> None:
    from candescent_async.sandbox import Sandbox

    sandbox = Sandbox(seed=4, transactions_per_account=60)
    user = next(u for u in sandbox.world.users.values() if u.user_type == "retail")
    account = sandbox.world.accounts_of(user)[0].data["id"]

    async def descriptions(expression: Expr | None = None) -> list[str]:
        query = {"filter_": TRANSACTIONS.filter(expression)} if expression is not None else {}
        page = await cd.core_banking.list_account_transactions_v1(account_id=account, **query)
        return [str(t.description) for t in page.transactions]

    async with sandbox.client(host_user_id=user.host_user_id) as cd:
        every = await descriptions()
        payroll = [d for d in every if "Payroll" in d]
        assert payroll and len(payroll) < len(every)
        assert await descriptions(F.description.contains("Payroll")) == payroll
        assert await descriptions(F.description == "Payroll ACME Corp") == payroll
        assert await descriptions(F.description.contains("payroll")) == []
        assert await descriptions(F.description == "payroll acme corp") == []
        # Case is folded only where the filter says so.
        assert await descriptions(tolower(F.description).contains("payroll")) == payroll
        assert await descriptions(toupper(F.description) == "PAYROLL ACME CORP") == payroll
