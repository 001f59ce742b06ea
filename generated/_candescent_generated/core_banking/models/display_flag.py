from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, xml_text

_WIRE_NAMES: frozenset[str] = frozenset(
    {"summary", "transferFrom", "transferTo", "onlineStatementViewEnabled", "isHistoryEnabled", "isHistoryEntitled"}
)


@_attrs_define
class DisplayFlag(_Model):
    """Where a legacy account may be shown and used.

    Attributes:
        summary (bool): May be shown in account summaries.
        transfer_from (bool): Money may be moved out of it.
        transfer_to (bool): Money may be moved into it.
        online_statement_view_enabled (bool): Its online statements may be viewed.
        is_history_enabled (bool): Its transaction history can be retrieved.
        is_history_entitled (bool): The user may see that history.
    """

    summary: bool
    transfer_from: bool
    transfer_to: bool
    online_statement_view_enabled: bool
    is_history_enabled: bool
    is_history_entitled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["summary"] = self.summary
        field_dict["transferFrom"] = self.transfer_from
        field_dict["transferTo"] = self.transfer_to
        field_dict["onlineStatementViewEnabled"] = self.online_statement_view_enabled
        field_dict["isHistoryEnabled"] = self.is_history_enabled
        field_dict["isHistoryEntitled"] = self.is_history_entitled

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.summary = xml_text(src_dict["summary"])
        _self.transfer_from = xml_text(src_dict["transferFrom"])
        _self.transfer_to = xml_text(src_dict["transferTo"])
        _self.online_statement_view_enabled = xml_text(src_dict["onlineStatementViewEnabled"])
        _self.is_history_enabled = xml_text(src_dict["isHistoryEnabled"])
        _self.is_history_entitled = xml_text(src_dict["isHistoryEntitled"])
        extra = (
            {}
            if len(src_dict) == 6 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
