from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.di_account_type import DIAccountType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"value", "fiRawAccountType", "fiAccountType", "description"})


@_attrs_define
class AccountType(_Model):
    """An account's type: the platform's classification and the host's codes.

    Attributes:
        value (DIAccountType): The platform's classification (CHECKING, SAVINGS, MORTGAGE_LOAN, ...).
        fi_raw_account_type (int): The host's own numeric type code.
        fi_account_type (int): The institution's numeric type code (after its own mapping).
        description (str): The host's name for the type (institutions may customise it).
    """

    value: DIAccountType | None = None
    fi_raw_account_type: int | None = None
    fi_account_type: int | None = None
    description: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.value is not None:
            field_dict["value"] = DIAccountType(self.value).value
        if self.fi_raw_account_type is not None:
            field_dict["fiRawAccountType"] = self.fi_raw_account_type
        if self.fi_account_type is not None:
            field_dict["fiAccountType"] = self.fi_account_type
        if self.description is not None:
            field_dict["description"] = self.description

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.value = None if (v := src_dict.get("value")) is None else enum_member(DIAccountType, v)
        _self.fi_raw_account_type = src_dict.get("fiRawAccountType")
        _self.fi_account_type = src_dict.get("fiAccountType")
        _self.description = src_dict.get("description")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
