from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.identification_document_identification_document_type import (
    IdentificationDocumentIdentificationDocumentType,
)
from ..types import (
    Model as _Model,
    as_json_safe as _as_json_safe,
    enum_member,
    keys_only,
    known_date,
    parse_date,
)

_WIRE_NAMES: frozenset[str] = frozenset(
    {"id", "maskedId", "identificationDocumentType", "issuerState", "issuerCountry", "issuedDate", "expiryDate"}
)


@_attrs_define
class IdentificationDocument(_Model):
    """
    Attributes:
        id (str): The document's number, encrypted with the institution's key (base64).
        masked_id (str): The number with all but its last digits masked, e.g. *****6789.
        identification_document_type (IdentificationDocumentIdentificationDocumentType): DRIVERS_LICENSE, PASSPORT,
            STATE_ID, or a tax id: SSN, TIN, EIN, ITIN, ATIN, PTIN.
        issuer_state (str): The issuing state (two letters), for a state-issued document.
        issuer_country (str): The issuing country.
        issued_date (datetime.date): When the document was issued.
        expiry_date (datetime.date): When the document expires.
    """

    id: str
    masked_id: str
    identification_document_type: IdentificationDocumentIdentificationDocumentType
    issuer_state: str | None = None
    issuer_country: str | None = None
    issued_date: datetime.date | None = None
    expiry_date: datetime.date | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["maskedId"] = self.masked_id
        field_dict["identificationDocumentType"] = IdentificationDocumentIdentificationDocumentType(
            self.identification_document_type
        ).value
        if self.issuer_state is not None:
            field_dict["issuerState"] = self.issuer_state
        if self.issuer_country is not None:
            field_dict["issuerCountry"] = self.issuer_country
        if self.issued_date is not None:
            field_dict["issuedDate"] = self.issued_date.isoformat()
        if self.expiry_date is not None:
            field_dict["expiryDate"] = self.expiry_date.isoformat()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.id = src_dict["id"]
        _self.masked_id = src_dict["maskedId"]
        _self.identification_document_type = enum_member(
            IdentificationDocumentIdentificationDocumentType, src_dict["identificationDocumentType"]
        )
        _self.issuer_state = src_dict.get("issuerState")
        _self.issuer_country = src_dict.get("issuerCountry")
        _self.issued_date = None if (v := src_dict.get("issuedDate")) is None else (known_date(v) or parse_date(v))
        _self.expiry_date = None if (v := src_dict.get("expiryDate")) is None else (known_date(v) or parse_date(v))
        extra = (
            {}
            if len(src_dict) == 3 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
