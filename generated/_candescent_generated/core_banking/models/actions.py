from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {"summary", "transferFrom", "transferTo", "isHistoryEnabled", "isHistoryEntitled", "isOnlineStatementEnabled"}
)


@_attrs_define
class Actions(_Model):
    """What the user may do with an account.

    Attributes:
        summary (bool): May be shown in account summaries.
        transfer_from (bool): Money may be moved out of it.
        transfer_to (bool): Money may be moved into it.
        is_history_enabled (bool): Its transaction history can be retrieved.
        is_history_entitled (bool): The user may see that history.
        is_online_statement_enabled (bool): It has online statements.
    """

    summary: bool
    transfer_from: bool
    transfer_to: bool
    is_history_enabled: bool
    is_history_entitled: bool
    is_online_statement_enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["summary"] = self.summary
        field_dict["transferFrom"] = self.transfer_from
        field_dict["transferTo"] = self.transfer_to
        field_dict["isHistoryEnabled"] = self.is_history_enabled
        field_dict["isHistoryEntitled"] = self.is_history_entitled
        field_dict["isOnlineStatementEnabled"] = self.is_online_statement_enabled

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.summary = src_dict["summary"]
        _self.transfer_from = src_dict["transferFrom"]
        _self.transfer_to = src_dict["transferTo"]
        _self.is_history_enabled = src_dict["isHistoryEnabled"]
        _self.is_history_entitled = src_dict["isHistoryEntitled"]
        _self.is_online_statement_enabled = src_dict["isOnlineStatementEnabled"]
        extra = (
            {}
            if len(src_dict) == 6 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
