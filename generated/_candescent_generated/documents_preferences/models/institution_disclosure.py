from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.institution_disclosure_data_type import InstitutionDisclosureDataType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "institutionDisclosureName",
        "institutionDisclosureId",
        "institutionId",
        "institutionDisclosureData",
        "institutionDisclosureDataType",
        "institutionDisclosureStatus",
    }
)


@_attrs_define
class InstitutionDisclosure(_Model):
    """A disclosure the institution publishes.

    Attributes:
        institution_disclosure_name (str): The disclosure's name: OLS (online statements), ESIGN and IB are handled
            specially, any other name is a custom disclosure.
        institution_disclosure_id (str): The disclosure's id (32 hexadecimal characters).
        institution_id (str): The institution's id.
        institution_disclosure_data (str): Where users read it: a URL of printable ASCII characters.
        institution_disclosure_data_type (InstitutionDisclosureDataType): How institutionDisclosureData is to be read;
            only URL is accepted on write, and it is required when data is sent.
        institution_disclosure_status (bool): true: enabled (offered to users); false or absent: disabled.
    """

    institution_disclosure_name: str
    institution_disclosure_id: str
    institution_id: str
    institution_disclosure_data: str | None = None
    institution_disclosure_data_type: InstitutionDisclosureDataType | None = None
    institution_disclosure_status: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["institutionDisclosureName"] = self.institution_disclosure_name
        field_dict["institutionDisclosureId"] = self.institution_disclosure_id
        field_dict["institutionId"] = self.institution_id
        if self.institution_disclosure_data is not None:
            field_dict["institutionDisclosureData"] = self.institution_disclosure_data
        if self.institution_disclosure_data_type is not None:
            field_dict["institutionDisclosureDataType"] = InstitutionDisclosureDataType(
                self.institution_disclosure_data_type
            ).value
        if self.institution_disclosure_status is not None:
            field_dict["institutionDisclosureStatus"] = self.institution_disclosure_status

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.institution_disclosure_name = src_dict["institutionDisclosureName"]
        _self.institution_disclosure_id = src_dict["institutionDisclosureId"]
        _self.institution_id = src_dict["institutionId"]
        _self.institution_disclosure_data = src_dict.get("institutionDisclosureData")
        _self.institution_disclosure_data_type = (
            None
            if (v := src_dict.get("institutionDisclosureDataType")) is None
            else enum_member(InstitutionDisclosureDataType, v)
        )
        _self.institution_disclosure_status = src_dict.get("institutionDisclosureStatus")
        extra = (
            {}
            if len(src_dict) == 3 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
