from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"count", "bankingActivities", "nextPageToken"})


@_attrs_define
class SearchResponse(_Model):
    """One page of banking activity.

    Attributes:
        count (int): How many events this page holds.
        banking_activities (list[BankingActivity]): The events, each a map of attribute name (in lower case, e.g.
            eventid, timestamp) to text.
        next_page_token (str): Send it back for the next page; absent on the last.
    """

    count: int
    banking_activities: list[BankingActivity]
    next_page_token: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["count"] = self.count
        field_dict["bankingActivities"] = []
        for banking_activities_item_data in self.banking_activities:
            banking_activities_item = banking_activities_item_data.to_dict()
            field_dict["bankingActivities"].append(banking_activities_item)

        if self.next_page_token is not None:
            field_dict["nextPageToken"] = self.next_page_token

        return _as_json_safe(field_dict) if json_safe else field_dict

    def _page(self) -> tuple[Self, list[BankingActivity]]:
        """This page and its items, as ``paginate`` reads them (no list is no items)."""
        return self, self.banking_activities or []

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.count = src_dict["count"]
        _self.banking_activities = [BankingActivity.from_dict(item) for item in src_dict["bankingActivities"]]
        _self.next_page_token = src_dict.get("nextPageToken")
        extra = (
            {}
            if len(src_dict) == 2 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.banking_activity import BankingActivity
