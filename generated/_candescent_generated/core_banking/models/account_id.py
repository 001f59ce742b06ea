from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.account_id_type import AccountIdType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only, xml_text

_WIRE_NAMES: frozenset[str] = frozenset({"value", "type"})


@_attrs_define
class AccountId(_Model):
    """An account id with its kind.

    Attributes:
        value (str): The id.
        type_ (AccountIdType): Which id scheme: HOSTID (the host's), BPID (bill payment's), CBSID, BFSID, CCID or FWID
            (platform-internal schemes).
    """

    value: str
    type_: AccountIdType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["value"] = self.value
        if self.type_ is not None:
            field_dict["type"] = AccountIdType(self.type_).value

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.value = xml_text(src_dict["value"])
        _self.type_ = None if (v := xml_text(src_dict.get("type"))) is None else enum_member(AccountIdType, v)
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
