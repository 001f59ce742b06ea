from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.fi_customer_id_1_type import FICustomerId1Type
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only, xml_text

_WIRE_NAMES: frozenset[str] = frozenset({"value", "type"})


@_attrs_define
class FICustomerId1(_Model):
    """A customer id with its kind.

    Attributes:
        value (str): The id.
        type_ (FICustomerId1Type): Which kind of id: GUID (the legacy user id), MEMNUMBER (member number), LOGINID,
            HOSTID, CIF, AUTHID, EMAIL, FICUSTOMER, BFSID or CCID.
    """

    value: str
    type_: FICustomerId1Type | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["value"] = self.value
        if self.type_ is not None:
            field_dict["type"] = FICustomerId1Type(self.type_).value

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.value = xml_text(src_dict["value"])
        _self.type_ = None if (v := xml_text(src_dict.get("type"))) is None else enum_member(FICustomerId1Type, v)
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
