from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.search_criteria_event_type import SearchCriteriaEventType
from ..models.search_criteria_user_id_type import SearchCriteriaUserIdType
from ..models.search_criteria_user_type import SearchCriteriaUserType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only, parse_datetime


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
        d = dict(src_dict)
        _self = cls(
            start_time=parse_datetime(d.pop("startTime")),
            end_time=parse_datetime(d.pop("endTime")),
            page_size=d.pop("pageSize", None),
            event_ids=d.pop("eventIds", None),
            event_type=None if (v := d.pop("eventType", None)) is None else enum_member(SearchCriteriaEventType, v),
            user_type=None if (v := d.pop("userType", None)) is None else enum_member(SearchCriteriaUserType, v),
            user_product=d.pop("userProduct", None),
            user_id=d.pop("userId", None),
            user_id_type=None if (v := d.pop("userIdType", None)) is None else enum_member(SearchCriteriaUserIdType, v),
            company_id=d.pop("companyId", None),
            requested_attributes=d.pop("requestedAttributes", None),
            additional_filters=None
            if (v := d.pop("additionalFilters", None)) is None
            else AdditionalFilters.from_dict(v),
            next_page_token=d.pop("nextPageToken", None),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self


from ..models.additional_filters import AdditionalFilters
