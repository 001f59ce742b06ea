from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="BusinessTinInfo")


@_attrs_define
class BusinessTinInfo(_Model):
    """
    Attributes:
        tin_name (str):
        tin_number (str): 9 digits on request; masked in responses.
        member_number (str | Unset):
        primary (bool | Unset):
        host_password (str | Unset):
    """

    tin_name: str
    tin_number: str = _attrs_field(repr=False)
    member_number: str | Unset = UNSET
    primary: bool | Unset = UNSET
    host_password: str | Unset = _attrs_field(repr=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        tin_name = self.tin_name
        tin_number = self.tin_number
        member_number = self.member_number
        primary = self.primary
        host_password = self.host_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tinName": tin_name,
                "tinNumber": tin_number,
            }
        )
        if member_number is not UNSET:
            field_dict["memberNumber"] = member_number
        if primary is not UNSET:
            field_dict["primary"] = primary
        if host_password is not UNSET:
            field_dict["hostPassword"] = host_password

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tin_name = d.pop("tinName")
        tin_number = d.pop("tinNumber")
        member_number = d.pop("memberNumber", UNSET)
        primary = d.pop("primary", UNSET)
        host_password = d.pop("hostPassword", UNSET)
        business_tin_info = cls(
            tin_name=tin_name,
            tin_number=tin_number,
            member_number=member_number,
            primary=primary,
            host_password=host_password,
        )

        business_tin_info.additional_properties = d
        return business_tin_info
