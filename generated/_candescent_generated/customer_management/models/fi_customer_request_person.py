from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, xml_text


@_attrs_define
class FICustomerRequestPerson(_Model):
    """
    Attributes:
        person_name (FICustomerRequestPersonPersonName):
        contact_info (FICustomerRequestPersonContactInfo):
        birth_date (str): yyyy-MM-dd.
    """

    person_name: FICustomerRequestPersonPersonName | None = None
    contact_info: FICustomerRequestPersonContactInfo | None = None
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
        d = dict(src_dict)
        _self = cls(
            person_name=None
            if (v := d.pop("personName", None)) is None
            else FICustomerRequestPersonPersonName.from_dict(v),
            contact_info=None
            if (v := d.pop("contactInfo", None)) is None
            else FICustomerRequestPersonContactInfo.from_dict(v),
            birth_date=xml_text(d.pop("birthDate", None)),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self


from ..models.fi_customer_request_person_contact_info import FICustomerRequestPersonContactInfo
from ..models.fi_customer_request_person_person_name import FICustomerRequestPersonPersonName
