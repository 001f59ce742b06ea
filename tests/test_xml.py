"""The XML codec converts platform XML both ways and refuses DTDs, entities and oversize bodies."""

from __future__ import annotations

from decimal import Decimal
from unittest.mock import ANY

import httpx2
import pytest

from candescent_async import APIResponseValidationError, APIStatusError, _json
from candescent_async._xml import MAX_XML_BYTES, MAX_XML_DEPTH, TEXT_KEY, XMLError, parse_xml, to_xml, typed_leaves

from ._fake import FakePlatform, make_client

TRACE = "6f1c1d52-8f5e-4a59-9a43-2d6f4f0a7b10"

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><lolz>&lol3;</lolz>"""
XXE = b"""<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><foo>&xxe;</foo>"""
PARAMETER_ENTITY = b"""<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY % p SYSTEM "http://127.0.0.1/x.dtd"> %p;]><foo/>"""


def test_namespaces_dropped_and_leaves_kept_as_text() -> None:
    doc = parse_xml(
        b'<ns:token xmlns:ns="urn:x"><ns:access_token>abc</ns:access_token><expires_in>1800</expires_in></ns:token>'
    )
    assert doc == {"token": {"access_token": "abc", "expires_in": "1800"}}


def test_repeated_elements_become_lists_and_declared_lists_stay_lists() -> None:
    many = parse_xml(b"<Accounts><account><id>1</id></account><account><id>2</id></account></Accounts>")
    assert many == {"Accounts": {"account": [{"id": "1"}, {"id": "2"}]}}
    one = parse_xml(b"<Accounts><account><id>1</id></account></Accounts>", lists=["account"])
    assert one == {"Accounts": {"account": [{"id": "1"}]}}


@pytest.mark.parametrize("hostile", [BILLION_LAUGHS, XXE, PARAMETER_ENTITY])
def test_dtds_and_entities_are_refused(hostile: bytes) -> None:
    with pytest.raises(XMLError, match="DTD"):
        parse_xml(hostile)


@pytest.mark.parametrize("broken", [b"<a><b></a>", b"<a>&undefined;</a>", b"", b"not xml"])
def test_malformed_xml_is_a_typed_error(broken: bytes) -> None:
    with pytest.raises(XMLError):
        parse_xml(broken)


def test_oversize_body_is_refused_before_parsing() -> None:
    with pytest.raises(XMLError, match="larger"):
        parse_xml(b"<a>" + b"x" * MAX_XML_BYTES + b"</a>")


def test_to_xml_writes_decimals_exactly_and_lists_as_repeats() -> None:
    xml = to_xml(
        "Subscription", {"amount": Decimal("10.10"), "on": True, "events": [{"id": 1}, {"id": 2}], "skip": None}
    )
    assert xml == (
        b'<?xml version="1.0" encoding="UTF-8"?><Subscription><amount>10.10</amount><on>true</on>'
        b"<events><id>1</id></events><events><id>2</id></events></Subscription>"
    )
    assert parse_xml(xml) == {"Subscription": {"amount": "10.10", "on": "true", "events": [{"id": "1"}, {"id": "2"}]}}


def test_to_xml_refuses_floats() -> None:
    with pytest.raises(TypeError, match="float"):
        to_xml("a", {"amount": 1.1})


# ---------------------------------------------------------------- attributes, xsi:nil, depth

XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'


def test_an_element_with_attributes_keeps_its_text() -> None:
    assert parse_xml(b'<bal currency="USD">12.50</bal>') == {"bal": {"currency": "USD", TEXT_KEY: "12.50"}}
    assert parse_xml(b'<a><bal currency="USD"> 12.50 </bal><n k="v"/></a>') == {
        "a": {"bal": {"currency": "USD", "#text": "12.50"}, "n": {"k": "v"}}
    }
    # Mixed content keeps its text too.
    assert parse_xml(b"<a>note<b>1</b></a>") == {"a": {"b": "1", "#text": "note"}}


def test_xsi_nil_reads_as_null_and_xsi_plumbing_is_dropped() -> None:
    doc = parse_xml(
        f'<a {XSI}><b xsi:nil="true"/><c xsi:nil="1"></c><d xsi:type="xs:string">x</d>'
        f'<e xsi:nil="false">y</e><f ns:nil="true" xmlns:ns="urn:other">z</f></a>'.encode()
    )
    assert doc == {"a": {"b": None, "c": None, "d": "x", "e": "y", "f": {"nil": "true", "#text": "z"}}}


def test_an_attribute_named_like_a_declared_list_does_not_crash() -> None:
    assert parse_xml(b'<a id="1"><id>2</id><id>3</id></a>', lists=["id"]) == {"a": {"id": ["1", "2", "3"]}}


@pytest.mark.parametrize("depth", [MAX_XML_DEPTH + 1, 100_000])
def test_deep_nesting_is_a_typed_error(depth: int) -> None:
    with pytest.raises(XMLError, match="deeper than"):
        parse_xml(b"<a>" * depth + b"</a>" * depth)
    assert parse_xml(b"<a>" * MAX_XML_DEPTH + b"</a>" * MAX_XML_DEPTH) == {"a": {"a": {"a": ANY}}}


def test_deep_json_is_a_typed_error() -> None:
    for deep in ("[" * 100_000 + "]" * 100_000, '{"a":' * 100_000 + "1" + "}" * 100_000):
        with pytest.raises(ValueError, match="nested too deeply"):
            _json.loads(deep)


def test_to_xml_writes_text_back_as_text() -> None:
    xml = to_xml("a", {"bal": {"currency": "USD", TEXT_KEY: Decimal("12.50")}})
    assert parse_xml(xml) == {"a": {"bal": {"currency": "USD", TEXT_KEY: "12.50"}}}


# ---------------------------------------------------------------- through the client

LEGACY_ACCOUNTS = "/bankingservices/v2/fis/01234/fiCustomers/C1/accounts"


def _xml_platform(*bodies: bytes, status: int = 200) -> FakePlatform:
    platform = FakePlatform()
    answers = iter(bodies)

    def answer(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(status, content=next(answers), headers={"Content-Type": "application/xml"})

    platform.on("GET", LEGACY_ACCOUNTS, answer)
    return platform


@pytest.mark.anyio
async def test_legacy_models_read_amounts_of_elements_with_attributes_and_nil_as_null() -> None:
    # A real legacy answer (the sandbox's), with an attribute on an amount and a nil nickname added.
    from candescent_async.sandbox import INSTITUTION_ID, Sandbox

    sandbox = Sandbox(seed=3)
    user = next(u for u in sandbox.world.users.values() if u.user_type != "business")
    async with sandbox.client() as cd:
        raw = await cd.core_banking.with_raw_response.list_accounts_legacy_v2(INSTITUTION_ID, user.institution_user_id)
    text = raw.content.decode()
    first = text.index("<currentBalance><currencyCode>USD</currencyCode><amount>")
    text = text[:first] + text[first:].replace("<amount>", '<amount scale="2">', 1)
    text = text.replace("<Accounts>", f"<Accounts {XSI}>", 1)
    text = text.replace("<nickName>My checking</nickName>", '<nickName xsi:nil="true"/>', 1)
    async with make_client(_xml_platform(text.encode())) as cd:
        accounts = await cd.core_banking.list_accounts_legacy_v2("01234", "C1")
    account = accounts.account[0]
    expected = raw.parsed.account[0].balance.current_balance.amount  # type: ignore[union-attr]
    assert isinstance(expected, Decimal)
    assert account.balance.current_balance.amount == expected  # type: ignore[union-attr]
    assert account.nick_name is None


@pytest.mark.anyio
@pytest.mark.parametrize("status", [200, 500])
async def test_deeply_nested_responses_are_typed_errors(status: int) -> None:
    deep_xml = b"<Accounts>" + b"<a>" * 100_000 + b"</a>" * 100_000 + b"</Accounts>"
    async with make_client(_xml_platform(deep_xml, status=status), max_retries=0) as cd:
        with pytest.raises(APIResponseValidationError if status == 200 else APIStatusError) as caught:
            await cd.core_banking.list_accounts_legacy_v2("01234", "C1", trace_id=TRACE)
    assert caught.value.trace_id == TRACE
    assert caught.value.status_code == status  # type: ignore[attr-defined]

    deep_json = b"[" * 100_000 + b"]" * 100_000
    platform = FakePlatform()
    platform.on("GET", "/v1/accounts/A1", lambda r: httpx2.Response(status, content=deep_json))
    async with make_client(platform, host_user_id="HU-1", max_retries=0) as cd:
        with pytest.raises(APIResponseValidationError if status == 200 else APIStatusError) as caught:
            await cd.core_banking.get_account_by_id_v1("A1", trace_id=TRACE)
    assert caught.value.trace_id == TRACE
    assert caught.value.status_code == status  # type: ignore[attr-defined]


@pytest.mark.anyio
@pytest.mark.parametrize("body", [b"[" * 100_000 + b"]" * 100_000, b'{"access_token": "t", "expires_in": NaN}'])
async def test_an_unreadable_token_response_is_a_typed_error(body: bytes) -> None:
    platform = FakePlatform()
    platform.token_failures.append(httpx2.Response(200, content=body, headers={"Content-Type": "application/json"}))
    async with make_client(platform, host_user_id="HU-1", max_retries=0) as cd:
        with pytest.raises(APIResponseValidationError) as caught:
            await cd.core_banking.get_account_by_id_v1("A1")
    assert caught.value.status_code == 200


def test_a_list_name_can_be_qualified_by_its_parent() -> None:
    """Legacy accounts: one memberNumber per account, a list of them inside associatedMembers."""
    doc = parse_xml(
        b"<Accounts><account><memberNumber>105</memberNumber>"
        b"<associatedMembers><memberNumber>7</memberNumber></associatedMembers></account></Accounts>",
        lists=["account", "associatedMembers/memberNumber"],
    )
    assert doc == {"Accounts": {"account": [{"memberNumber": "105", "associatedMembers": {"memberNumber": ["7"]}}]}}


def test_typed_leaves_become_booleans_and_integers_and_nothing_else_changes() -> None:
    typed = {"account": {"enabled": "boolean", "achCount": "integer", "displayFlag": {"summary": "boolean"}}}
    body = {
        "account": [
            {"enabled": "true", "achCount": "7", "displayFlag": {"summary": "false"}, "memberNumber": "0105"},
            {"enabled": "maybe", "achCount": "1_000", "amount": "12.50"},
        ]
    }
    assert typed_leaves(body, typed) == {
        "account": [
            {"enabled": True, "achCount": 7, "displayFlag": {"summary": False}, "memberNumber": "0105"},
            {"enabled": "maybe", "achCount": "1_000", "amount": "12.50"},  # left for the model to report
        ]
    }
    assert typed_leaves(body, None) == body
