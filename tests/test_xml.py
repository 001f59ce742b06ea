"""The XML codec converts platform XML both ways and refuses DTDs, entities and oversize bodies."""

from __future__ import annotations

from decimal import Decimal

import pytest

from candescent_async._xml import MAX_XML_BYTES, XMLError, parse_xml, to_xml

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
