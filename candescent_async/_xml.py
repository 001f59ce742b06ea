"""Safe XML <-> dict codec for the platform's legacy XML operations.

Legacy operations (v1 token, accounts, subscriptions, registration) speak XML. We convert them to
the same dict shape the JSON operations use, so one set of generated models serves both. Parsing
refuses any DTD, entity declaration or external reference (no entity expansion, no XXE), caps the
document size and its nesting depth, and builds the dict with an explicit stack (no recursion).

The dict shape (documented in specs/README.md):
- a leaf element is its text (``None`` when empty), namespaces dropped;
- an element with children or attributes is a dict: attributes and children by local name, and
  its text, if any, under ``"#text"`` (``<bal currency="USD">12.50</bal>`` ->
  ``{"currency": "USD", "#text": "12.50"}``; the generated models of XML operations read a scalar
  field's value from ``"#text"``);
- repeated sibling elements, and elements named in ``lists``, become lists;
- ``xsi:nil="true"`` makes the element ``None``; other ``xsi:`` attributes (``type``,
  ``schemaLocation``) are XML Schema plumbing, not data, and are dropped.

We keep this small converter rather than adopting xmltodict or defusedxml: the expat handlers
below are the ones defusedxml installs, and neither library caps depth or reads ``xsi:nil``.
"""

from __future__ import annotations

import datetime
import enum
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the XML machinery is imported when XML is first read or written, not with the SDK
    import xml.etree.ElementTree as ET

__all__ = ["MAX_XML_BYTES", "MAX_XML_DEPTH", "TEXT_KEY", "XMLError", "parse_xml", "to_xml", "typed_leaves"]

MAX_XML_BYTES = 16 * 1024 * 1024
# The platform's documents are under 10 levels deep; the cap keeps every later walk of the dict
# (JSON encoding, the models, error parsing) far from Python's recursion limit.
MAX_XML_DEPTH = 100
TEXT_KEY = "#text"
_SEPARATOR = "}"  # expat reports a namespaced name as "uri}local"
_XSI = "http://www.w3.org/2001/XMLSchema-instance" + _SEPARATOR
_INTEGER = re.compile(r"[+-]?[0-9]+")


class XMLError(ValueError):
    """The XML was malformed, too large or too deep, or used a forbidden construct (DTD, entities)."""


def _forbid(*_: Any) -> Any:
    raise XMLError("DTDs and entity declarations are not accepted")


def _local(name: str) -> str:
    return name.rsplit(_SEPARATOR, 1)[-1]


class _Element:
    """An element being parsed: its fields (attributes, then children), text and nil flag."""

    __slots__ = ("fields", "name", "nil", "repeated", "text")

    def __init__(self, name: str, attributes: dict[str, str]) -> None:
        self.name = name
        self.nil = False
        self.fields: dict[str, Any] = {}
        self.repeated: set[str] = set()
        self.text: list[str] = []
        for key, value in attributes.items():
            if key.startswith(_XSI):
                self.nil = self.nil or (key == _XSI + "nil" and value.strip() in ("true", "1"))
            else:
                self.fields[_local(key)] = value

    def add(self, name: str, value: Any, lists: frozenset[str]) -> None:
        declared = name in lists or f"{self.name}/{name}" in lists
        if name not in self.fields:
            self.fields[name] = [value] if declared else value
            return
        existing = self.fields[name]
        if isinstance(existing, list) and (declared or name in self.repeated):
            existing.append(value)
        else:  # a second element of that name (or an element named like an attribute)
            self.fields[name] = [existing, value]
            self.repeated.add(name)

    def value(self) -> Any:
        if self.nil:
            return None
        text = "".join(self.text).strip()
        if not self.fields:
            return text or None
        if text:
            self.fields[TEXT_KEY] = text
        return self.fields


def parse_xml(content: bytes, *, lists: Iterable[str] = ()) -> dict[str, Any]:
    """``{root_name: value}`` from XML bytes, in the shape above; names in ``lists`` always become lists.

    A name in ``lists`` is an element name (a list wherever it occurs) or ``parent/name`` (a list
    only inside ``parent``: for a name that is a single element elsewhere in the same document, such
    as legacy accounts' ``memberNumber``, one string per account but a list in ``associatedMembers``).
    Leaf text is kept as a string (XML carries no types; the generated models convert amounts and
    dates).
    """
    if len(content) > MAX_XML_BYTES:
        raise XMLError(f"XML body larger than {MAX_XML_BYTES} bytes")
    repeated = frozenset(lists)
    stack: list[_Element] = []
    document: dict[str, Any] = {}

    def start(name: str, attributes: dict[str, str]) -> None:
        if len(stack) >= MAX_XML_DEPTH:
            raise XMLError(f"XML nested deeper than {MAX_XML_DEPTH} elements")
        stack.append(_Element(_local(name), attributes))

    def end(_: str) -> None:
        element = stack.pop()
        if stack:
            stack[-1].add(element.name, element.value(), repeated)
        else:
            document[element.name] = element.value()

    def data(text: str) -> None:
        stack[-1].text.append(text)

    from xml.parsers import expat

    parser = expat.ParserCreate(namespace_separator=_SEPARATOR)
    parser.buffer_text = True
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data
    parser.StartDoctypeDeclHandler = _forbid
    parser.EntityDeclHandler = _forbid
    parser.UnparsedEntityDeclHandler = _forbid
    parser.ExternalEntityRefHandler = _forbid
    try:
        parser.Parse(content, True)
    except expat.ExpatError as exc:
        raise XMLError(f"malformed XML: {exc}") from None
    return document


def typed_leaves(value: Any, typed: Any) -> Any:
    """``value`` (as parse_xml gives it) with the leaves ``typed`` names converted: "boolean" (the text
    true or false) and "integer" (decimal digits); a nested mapping types a child element, and a list is
    typed item by item. Anything else, or a leaf that does not read as its type, is left as it is (the
    model's own validation then reports it)."""
    if isinstance(value, list):
        return [typed_leaves(item, typed) for item in value]
    if isinstance(typed, Mapping):
        if not isinstance(value, dict):
            return value
        return {key: typed_leaves(item, typed[key]) if key in typed else item for key, item in value.items()}
    if isinstance(value, Mapping) and isinstance(value.get("#text"), str):  # an element with attributes
        return {**value, "#text": typed_leaves(value["#text"], typed)}
    if isinstance(value, str):
        text = value.strip()
        if typed == "boolean" and text.lower() in ("true", "false"):
            return text.lower() == "true"
        if typed == "integer" and _INTEGER.fullmatch(text):
            return int(text)
    return value


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, float):
        raise TypeError("refusing to send a float: use decimal.Decimal")
    return str(value)


def _build(parent: ET.Element, name: str, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, list):
        for item in value:
            _build(parent, name, item)
        return
    child = parent.makeelement(name, {})
    parent.append(child)
    if isinstance(value, Mapping):
        for key, item in value.items():
            if key == TEXT_KEY:
                child.text = _text(item)
            else:
                _build(child, str(key), item)
    else:
        child.text = _text(value)


def to_xml(root: str, data: Mapping[str, Any]) -> bytes:
    """XML bytes for ``data`` under a ``root`` element (lists become repeated elements)."""
    import xml.etree.ElementTree as ET

    element = ET.Element(root)
    for key, value in data.items():
        _build(element, str(key), value)
    body: bytes = ET.tostring(element, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="UTF-8"?>' + body
