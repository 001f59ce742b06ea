from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

T = TypeVar("T", bound="Actions")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        summary = self.summary
        transfer_from = self.transfer_from
        transfer_to = self.transfer_to
        is_history_enabled = self.is_history_enabled
        is_history_entitled = self.is_history_entitled
        is_online_statement_enabled = self.is_online_statement_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "summary": summary,
                "transferFrom": transfer_from,
                "transferTo": transfer_to,
                "isHistoryEnabled": is_history_enabled,
                "isHistoryEntitled": is_history_entitled,
                "isOnlineStatementEnabled": is_online_statement_enabled,
            }
        )

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        summary = d.pop("summary")
        transfer_from = d.pop("transferFrom")
        transfer_to = d.pop("transferTo")
        is_history_enabled = d.pop("isHistoryEnabled")
        is_history_entitled = d.pop("isHistoryEntitled")
        is_online_statement_enabled = d.pop("isOnlineStatementEnabled")
        actions = cls(
            summary=summary,
            transfer_from=transfer_from,
            transfer_to=transfer_to,
            is_history_enabled=is_history_enabled,
            is_history_entitled=is_history_entitled,
            is_online_statement_enabled=is_online_statement_enabled,
        )

        object.__setattr__(actions, "additional_properties", d)  # no on-setattr hooks
        return actions
