"""Safe XML <-> dict codec for the platform's legacy XML operations.

Legacy operations (v1 token, accounts, subscriptions, registration) speak XML. We convert them to
the same dict shape the JSON operations use, so one set of generated models serves both. Parsing
refuses any DTD, entity declaration or external reference (no entity expansion, no XXE), and
caps the document size.
"""

from __future__ import annotations

import datetime
import enum
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any
from xml.parsers import expat

__all__ = ["MAX_XML_BYTES", "XMLError", "parse_xml", "to_xml"]

MAX_XML_BYTES = 16 * 1024 * 1024


class XMLError(ValueError):
    """The XML was malformed, too large, or used a forbidden construct (DTD, entities)."""


def _forbid(*_: Any) -> Any:
    raise XMLError("DTDs and entity declarations are not accepted")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if "}" in tag else tag


class _Repeated(list[Any]):
    """A list built from repeated sibling elements (as opposed to a declared list)."""

    _repeated = True


def _convert(element: ET.Element, lists: frozenset[str]) -> Any:
    children = list(element)
    attrs = {_local(k): v for k, v in element.attrib.items() if not k.startswith("{http://www.w3.org/")}
    if not children and not attrs:
        text = element.text.strip() if element.text else ""
        return text if text else None
    result: dict[str, Any] = dict(attrs)
    for child in children:
        name = _local(child.tag)
        value = _convert(child, lists)
        if name in result:
            existing = result[name]
            if isinstance(existing, list) and (name in lists or getattr(existing, "_repeated", False)):
                existing.append(value)
            else:
                result[name] = _Repeated([existing, value])
        else:
            result[name] = [value] if name in lists else value
    return {k: list(v) if isinstance(v, _Repeated) else v for k, v in result.items()}


def parse_xml(content: bytes, *, lists: Iterable[str] = ()) -> dict[str, Any]:
    """``{root_name: value}`` from XML bytes; names in ``lists`` always become lists.

    Namespaces are dropped, leaf text is kept as a string (XML carries no types; the generated
    models convert amounts and dates), attributes become keys.
    """
    if len(content) > MAX_XML_BYTES:
        raise XMLError(f"XML body larger than {MAX_XML_BYTES} bytes")
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.StartElementHandler = builder.start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    parser.StartDoctypeDeclHandler = _forbid
    parser.EntityDeclHandler = _forbid
    parser.UnparsedEntityDeclHandler = _forbid
    parser.ExternalEntityRefHandler = _forbid
    try:
        parser.Parse(content, True)
        root = builder.close()
    except (expat.ExpatError, AssertionError) as exc:
        raise XMLError(f"malformed XML: {exc}") from None
    return {_local(root.tag): _convert(root, frozenset(lists))}


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
    child = ET.SubElement(parent, name)
    if isinstance(value, Mapping):
        for key, item in value.items():
            _build(child, str(key), item)
    else:
        child.text = _text(value)


def to_xml(root: str, data: Mapping[str, Any]) -> bytes:
    """XML bytes for ``data`` under a ``root`` element (lists become repeated elements)."""
    element = ET.Element(root)
    for key, value in data.items():
        _build(element, str(key), value)
    body: bytes = ET.tostring(element, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="UTF-8"?>' + body
