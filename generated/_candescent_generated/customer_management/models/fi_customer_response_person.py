from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, xml_text

_WIRE_NAMES: frozenset[str] = frozenset({"personName", "contactInfo", "birthDate"})


@_attrs_define
class FICustomerResponsePerson(_Model):
    """
    Attributes:
        person_name (FICustomerResponsePersonPersonName):
        contact_info (FICustomerResponsePersonContactInfo):
        birth_date (str): yyyy-MM-dd, possibly with an offset (1989-10-09-07:00).
    """

    person_name: FICustomerResponsePersonPersonName | None = None
    contact_info: FICustomerResponsePersonContactInfo | None = None
    birth_date: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.person_name is not None:
            field_dict["personName"] = self.person_name.to_dict()
        if self.contact_info is not None:
            field_dict["contactInfo"] = self.contact_info.to_dict()
        if self.birth_date is not None:
            field_dict["birthDate"] = self.birth_date

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.person_name = (
            None if (v := src_dict.get("personName")) is None else FICustomerResponsePersonPersonName.from_dict(v)
        )
        _self.contact_info = (
            None if (v := src_dict.get("contactInfo")) is None else FICustomerResponsePersonContactInfo.from_dict(v)
        )
        _self.birth_date = xml_text(src_dict.get("birthDate"))
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.fi_customer_response_person_contact_info import FICustomerResponsePersonContactInfo
from ..models.fi_customer_response_person_person_name import FICustomerResponsePersonPersonName
