"""Money on the way in: no NaN or infinity from the wire, no float into a model, exact Decimals otherwise."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx2
import pytest

from candescent_async import APIResponseValidationError, _json
from candescent_async.sandbox import Sandbox
from candescent_async.types.business_banking import FeatureLimits as Limits
from candescent_async.types.core_banking import Account, CurrencyCode, ImageType, Money, TransactionImage

from ._fake import FakePlatform, make_client

pytestmark = pytest.mark.anyio


def _account_body() -> bytes:
    sandbox = Sandbox(seed=1)
    user = next(u for u in sandbox.world.users.values() if u.user_type == "retail")
    return _json.dumps(sandbox.world.accounts_of(user)[0].data)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_json_refuses_non_finite_numbers(constant: str) -> None:
    with pytest.raises(ValueError, match=f"{constant} is not a number"):
        _json.loads(f'{{"amount": {constant}}}')


def test_json_keeps_numbers_exact() -> None:
    assert _json.loads(b'{"a": 0.1, "b": 12, "c": 1e2, "d": -0.30}') == {
        "a": Decimal("0.1"),
        "b": 12,
        "c": Decimal("1E+2"),
        "d": Decimal("-0.30"),
    }


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
async def test_a_2xx_body_with_a_non_finite_amount_is_a_response_validation_error(constant: str) -> None:
    good = _account_body()
    bad = good.replace(b'"amount":', f'"amount":{constant},"was":'.encode(), 1)
    assert bad != good
    platform = FakePlatform()
    responses = iter([good, bad])

    def answer(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, content=next(responses), headers={"Content-Type": "application/json"})

    platform.on("GET", "/v1/accounts/A1", answer)
    async with make_client(platform, host_user_id="HU-1") as cd:
        account = await cd.core_banking.get_account_by_id_v1("A1")
        assert isinstance(account.current_balance.amount, Decimal)
        with pytest.raises(APIResponseValidationError) as caught:
            await cd.core_banking.get_account_by_id_v1("A1", trace_id="0b6d2c1e-6f0b-4c0e-9d55-3b1f5e0e9a01")
    assert caught.value.status_code == 200
    assert caught.value.body == bad
    assert caught.value.trace_id == "0b6d2c1e-6f0b-4c0e-9d55-3b1f5e0e9a01"
    assert constant in str(caught.value)


def test_models_refuse_floats_for_decimal_fields() -> None:
    with pytest.raises(TypeError, match=r"amount.*float.*Decimal"):
        Money(amount=0.1 + 0.2, currency_code=CurrencyCode.USD)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"daily_limits.*float"):
        Limits(per_transaction_limits=Decimal("1"), daily_limits=0.5)  # type: ignore[arg-type]
    money = Money(amount=Decimal("0.30"), currency_code=CurrencyCode.USD)
    with pytest.raises(TypeError, match="float"):
        money.amount = 0.3  # type: ignore[assignment]
    assert money.amount == Decimal("0.30")


@pytest.mark.parametrize("amount", [0.1 + 0.2, 0.5, float("nan")])
def test_from_dict_refuses_floats(amount: float) -> None:
    with pytest.raises(TypeError, match="float"):
        Money.from_dict({"amount": amount, "currencyCode": "USD"})


@pytest.mark.parametrize(
    ("given", "expected"),
    [(Decimal("0.30"), Decimal("0.30")), (12, Decimal("12")), ("12.50", Decimal("12.50")), (" 7.10 ", Decimal("7.10"))],
)
def test_from_dict_reads_ints_strings_and_decimals_exactly(given: Any, expected: Decimal) -> None:
    amount = Money.from_dict({"amount": given, "currencyCode": "USD"}).amount
    assert amount == expected
    assert str(amount) == str(expected)


@pytest.mark.parametrize("given", [Decimal("NaN"), Decimal("-Infinity"), "NaN", "Infinity", True, "12,50"])
def test_from_dict_refuses_non_numbers(given: Any) -> None:
    with pytest.raises((TypeError, ValueError)):
        Money.from_dict({"amount": given, "currencyCode": "USD"})


def test_a_parsed_account_holds_only_decimals() -> None:
    account = Account.from_dict(_json.loads(_account_body()))
    assert isinstance(account.current_balance.amount, Decimal)
    assert account.current_balance.amount == account.current_balance.amount.quantize(Decimal("0.01"))


def test_models_serialise_to_json_with_exact_amount_strings() -> None:
    import json
    from decimal import Decimal

    from candescent_async.types.money_movement import Money, Transfer

    transfer = Transfer(
        from_account_id="a", to_account_id="b", amount=Money(amount=Decimal("0.10"), currency_code="USD")
    )
    with pytest.raises(TypeError):
        json.dumps(transfer.to_dict())  # the wire form keeps Decimal
    safe = transfer.to_dict(json_safe=True)
    assert safe["amount"] == {"amount": "0.10", "currencyCode": "USD"}
    assert json.loads(transfer.to_json()) == safe
    assert transfer.to_dict()["amount"]["amount"] == Decimal("0.10")


def test_a_model_read_from_the_wire_is_the_model_its_constructor_builds_and_still_refuses_floats() -> None:
    # Models with Decimal fields are built without __init__ (its on-setattr hooks are slow); the result
    # must be indistinguishable from the constructor's, and assignment must still refuse a float.
    read = Money.from_dict({"currencyCode": "USD", "amount": Decimal("12.50"), "note": "x"})
    built = Money(currency_code=CurrencyCode.USD, amount=Decimal("12.50"))
    built.additional_properties["note"] = "x"
    assert read == built and repr(read) == repr(built) and read.to_dict() == built.to_dict()
    with pytest.raises(TypeError):
        read.amount = 12.5  # type: ignore[assignment]


@pytest.mark.parametrize(
    "text",
    [
        b'{"a": 0.1, "b": [1, -0.0, 1e400, 18446744073709551616], "c": {"d": "\\u00e9"}, "a": 2}',
        b'\xef\xbb\xbf{"bom": 1.5}',  # a UTF-8 byte order mark: the fast decoder refuses it, the stdlib reads it
        b'{"lone": "\\ud800"}',  # a lone surrogate escape, likewise
        '{"str": 0.25}',
    ],
)
def test_json_reads_what_the_stdlib_reads_with_exact_decimals(text: bytes | str) -> None:
    import json

    assert _json.loads(text) == json.loads(text, parse_float=Decimal)


def test_json_nested_too_deeply_is_a_value_error() -> None:
    with pytest.raises(_json.JSONError, match="nested too deeply"):
        _json.loads(b"[" * 100_000 + b"]" * 100_000)


def test_from_dict_keeps_exactly_the_keys_it_does_not_know() -> None:
    # Only the required keys (the shortcut), required + optional, and an unknown key beside them.
    assert Money.from_dict({"currencyCode": "USD", "amount": 1}).additional_properties == {}
    source = {"currencyCode": "USD", "amount": 1, "note": "x"}
    read = Money.from_dict(source)
    assert read.additional_properties == {"note": "x"}
    read.additional_properties["note"] = "changed"
    assert source["note"] == "x"  # the model's extras are its own dict, not the parsed body
    image = {"imageType": "CHECK", "imageIdentifier": "i-1"}
    assert TransactionImage.from_dict(image).additional_properties == {}
    assert TransactionImage.from_dict({**image, "new": 1}).additional_properties == {"new": 1}
    with pytest.raises(KeyError):
        TransactionImage.from_dict({"imageIdentifier": "i-1", "new": 1})  # as many keys, a required one missing


def test_a_model_without_decimal_fields_read_from_the_wire_is_the_model_its_constructor_builds() -> None:
    # from_dict stores into the slots directly instead of calling __init__: same result, defaults included.
    read = TransactionImage.from_dict({"imageType": "CHECK", "extra": [1]})
    built = TransactionImage(image_type=ImageType.CHECK)
    built.additional_properties["extra"] = [1]
    assert read == built and repr(read) == repr(built) and read.to_dict() == built.to_dict()
    assert read.image_identifier is None and read.host_image_locator is None
