from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

T = TypeVar("T", bound="SearchResponse")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        count = self.count
        banking_activities = []
        for banking_activities_item_data in self.banking_activities:
            banking_activities_item = banking_activities_item_data.to_dict()
            banking_activities.append(banking_activities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "bankingActivities": banking_activities,
            }
        )
        if self.next_page_token is not None:
            field_dict["nextPageToken"] = self.next_page_token

        return _as_json_safe(field_dict) if json_safe else field_dict

    def _page(self) -> tuple[Self, list[BankingActivity]]:
        """This page and its items, as ``paginate`` reads them (no list is no items)."""
        return self, self.banking_activities or []

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        count = d.pop("count")
        banking_activities = []
        _banking_activities = d.pop("bankingActivities")
        for banking_activities_item_data in _banking_activities:
            banking_activities_item = BankingActivity.from_dict(banking_activities_item_data)

            banking_activities.append(banking_activities_item)

        next_page_token = d.pop("nextPageToken", None)
        search_response = cls(
            count=count,
            banking_activities=banking_activities,
            next_page_token=next_page_token,
        )

        object.__setattr__(search_response, "additional_properties", d)  # no on-setattr hooks
        return search_response


from ..models.banking_activity import BankingActivity
