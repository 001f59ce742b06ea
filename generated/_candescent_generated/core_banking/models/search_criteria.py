from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_criteria_event_type import SearchCriteriaEventType
from ..models.search_criteria_user_id_type import SearchCriteriaUserIdType
from ..models.search_criteria_user_type import SearchCriteriaUserType
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, parse_datetime

if TYPE_CHECKING:
    from ..models.additional_filters import AdditionalFilters


T = TypeVar("T", bound="SearchCriteria")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        start_time = self.start_time.isoformat()
        end_time = self.end_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startTime": start_time,
                "endTime": end_time,
            }
        )
        if self.page_size is not None:
            page_size = self.page_size
            field_dict["pageSize"] = page_size
        if self.event_ids is not None:
            event_ids = self.event_ids

            field_dict["eventIds"] = event_ids
        if self.event_type is not None:
            event_type = SearchCriteriaEventType(self.event_type).value
            field_dict["eventType"] = event_type
        if self.user_type is not None:
            user_type = SearchCriteriaUserType(self.user_type).value
            field_dict["userType"] = user_type
        if self.user_product is not None:
            user_product = self.user_product
            field_dict["userProduct"] = user_product
        if self.user_id is not None:
            user_id = self.user_id
            field_dict["userId"] = user_id
        if self.user_id_type is not None:
            user_id_type = SearchCriteriaUserIdType(self.user_id_type).value
            field_dict["userIdType"] = user_id_type
        if self.company_id is not None:
            company_id = self.company_id
            field_dict["companyId"] = company_id
        if self.requested_attributes is not None:
            requested_attributes = self.requested_attributes

            field_dict["requestedAttributes"] = requested_attributes
        if self.additional_filters is not None:
            additional_filters = self.additional_filters.to_dict()
            field_dict["additionalFilters"] = additional_filters
        if self.next_page_token is not None:
            next_page_token = self.next_page_token
            field_dict["nextPageToken"] = next_page_token

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.additional_filters import AdditionalFilters

        d = dict(src_dict)
        start_time = parse_datetime(d.pop("startTime"))

        end_time = parse_datetime(d.pop("endTime"))

        _page_size = d.pop("pageSize", None)
        page_size: int | None = None
        if _page_size is not None:
            page_size = _page_size
        _event_ids = d.pop("eventIds", None)
        event_ids: list[str] | None = None
        if _event_ids is not None:
            event_ids = cast(list[str], _event_ids)

        _event_type = d.pop("eventType", None)
        event_type: SearchCriteriaEventType | None = None
        if _event_type is not None:
            event_type = SearchCriteriaEventType(_event_type)

        _user_type = d.pop("userType", None)
        user_type: SearchCriteriaUserType | None = None
        if _user_type is not None:
            user_type = SearchCriteriaUserType(_user_type)

        _user_product = d.pop("userProduct", None)
        user_product: str | None = None
        if _user_product is not None:
            user_product = _user_product
        _user_id = d.pop("userId", None)
        user_id: str | None = None
        if _user_id is not None:
            user_id = _user_id
        _user_id_type = d.pop("userIdType", None)
        user_id_type: SearchCriteriaUserIdType | None = None
        if _user_id_type is not None:
            user_id_type = SearchCriteriaUserIdType(_user_id_type)

        _company_id = d.pop("companyId", None)
        company_id: str | None = None
        if _company_id is not None:
            company_id = _company_id
        _requested_attributes = d.pop("requestedAttributes", None)
        requested_attributes: list[str] | None = None
        if _requested_attributes is not None:
            requested_attributes = cast(list[str], _requested_attributes)

        _additional_filters = d.pop("additionalFilters", None)
        additional_filters: AdditionalFilters | None = None
        if _additional_filters is not None:
            additional_filters = AdditionalFilters.from_dict(_additional_filters)

        _next_page_token = d.pop("nextPageToken", None)
        next_page_token: str | None = None
        if _next_page_token is not None:
            next_page_token = _next_page_token
        search_criteria = cls(
            start_time=start_time,
            end_time=end_time,
            page_size=page_size,
            event_ids=event_ids,
            event_type=event_type,
            user_type=user_type,
            user_product=user_product,
            user_id=user_id,
            user_id_type=user_id_type,
            company_id=company_id,
            requested_attributes=requested_attributes,
            additional_filters=additional_filters,
            next_page_token=next_page_token,
        )

        search_criteria.additional_properties = d
        return search_criteria
