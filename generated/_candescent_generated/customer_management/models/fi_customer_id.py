from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fi_customer_id_type import FICustomerIdType
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="FICustomerId")


@_attrs_define
class FICustomerId(_Model):
    """
    Attributes:
        type_ (FICustomerIdType | Unset): What value holds: GUID (the legacy customer GUID), MEMNUMBER, LOGINID, HOSTID,
            CIF, AUTHID, EMAIL, and other legacy kinds.
        value (str | Unset): The id itself.
    """

    type_: FICustomerIdType | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = FICustomerIdType(self.type_).value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: FICustomerIdType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FICustomerIdType(_type_)

        value = d.pop("value", UNSET)
        fi_customer_id = cls(
            type_=type_,
            value=value,
        )

        fi_customer_id.additional_properties = d
        return fi_customer_id
