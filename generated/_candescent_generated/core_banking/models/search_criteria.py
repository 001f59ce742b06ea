from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.search_criteria_event_type import SearchCriteriaEventType
from ..models.search_criteria_user_id_type import SearchCriteriaUserIdType
from ..models.search_criteria_user_type import SearchCriteriaUserType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only, parse_datetime

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "startTime",
        "endTime",
        "pageSize",
        "eventIds",
        "eventType",
        "userType",
        "userProduct",
        "userId",
        "userIdType",
        "companyId",
        "requestedAttributes",
        "additionalFilters",
        "nextPageToken",
    }
)


@_attrs_define
class SearchCriteria(_Model):
    """What banking activity to search for, and which page.

    Attributes:
        start_time (datetime.datetime): Start of the window, inclusive: an ISO 8601 timestamp with an offset, at most 90
            days back.
        end_time (datetime.datetime): End of the window, inclusive: an ISO 8601 timestamp with an offset, after
            startTime.
        page_size (int): Events per page: 1000 when absent or not positive, and never more than 1000.
        event_ids (list[str]): Only these events (login, logout, mfaChallenge, ...); every event when absent or empty.
        event_type (SearchCriteriaEventType): user (the default) or system events.
        user_type (SearchCriteriaUserType): Only retail or only business users; both when absent.
        user_product (str): Only events of this product (e.g. Common Mobile Services).
        user_id (str): Only this user's events; needs userIdType.
        user_id_type (SearchCriteriaUserIdType): How userId is to be read: loginId or memberId.
        company_id (str): Only this business's events.
        requested_attributes (list[str]): Only these attributes in each event; all when absent or empty.
        additional_filters (AdditionalFilters): Attribute filters, combined with and/or.
        next_page_token (str): The previous page's nextPageToken, unchanged; absent for the first page.
    """

    start_time: datetime.datetime
    end_time: datetime.datetime
    page_size: int | None = None
    event_ids: list[str] | None = None
    event_type: SearchCriteriaEventType | None = None
    user_type: SearchCriteriaUserType | None = None
    user_product: str | None = None
    user_id: str | None = None
    user_id_type: SearchCriteriaUserIdType | None = None
    company_id: str | None = None
    requested_attributes: list[str] | None = None
    additional_filters: AdditionalFilters | None = None
    next_page_token: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["startTime"] = self.start_time.isoformat()
        field_dict["endTime"] = self.end_time.isoformat()
        if self.page_size is not None:
            field_dict["pageSize"] = self.page_size
        if self.event_ids is not None:
            field_dict["eventIds"] = self.event_ids

        if self.event_type is not None:
            field_dict["eventType"] = SearchCriteriaEventType(self.event_type).value
        if self.user_type is not None:
            field_dict["userType"] = SearchCriteriaUserType(self.user_type).value
        if self.user_product is not None:
            field_dict["userProduct"] = self.user_product
        if self.user_id is not None:
            field_dict["userId"] = self.user_id
        if self.user_id_type is not None:
            field_dict["userIdType"] = SearchCriteriaUserIdType(self.user_id_type).value
        if self.company_id is not None:
            field_dict["companyId"] = self.company_id
        if self.requested_attributes is not None:
            field_dict["requestedAttributes"] = self.requested_attributes

        if self.additional_filters is not None:
            field_dict["additionalFilters"] = self.additional_filters.to_dict()
        if self.next_page_token is not None:
            field_dict["nextPageToken"] = self.next_page_token

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.start_time = parse_datetime(src_dict["startTime"])
        _self.end_time = parse_datetime(src_dict["endTime"])
        _self.page_size = src_dict.get("pageSize")
        _self.event_ids = src_dict.get("eventIds")
        _self.event_type = None if (v := src_dict.get("eventType")) is None else enum_member(SearchCriteriaEventType, v)
        _self.user_type = None if (v := src_dict.get("userType")) is None else enum_member(SearchCriteriaUserType, v)
        _self.user_product = src_dict.get("userProduct")
        _self.user_id = src_dict.get("userId")
        _self.user_id_type = (
            None if (v := src_dict.get("userIdType")) is None else enum_member(SearchCriteriaUserIdType, v)
        )
        _self.company_id = src_dict.get("companyId")
        _self.requested_attributes = src_dict.get("requestedAttributes")
        _self.additional_filters = (
            None if (v := src_dict.get("additionalFilters")) is None else AdditionalFilters.from_dict(v)
        )
        _self.next_page_token = src_dict.get("nextPageToken")
        extra = (
            {}
            if len(src_dict) == 2 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.additional_filters import AdditionalFilters
