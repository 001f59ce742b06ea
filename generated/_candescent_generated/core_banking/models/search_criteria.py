from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_criteria_event_type import SearchCriteriaEventType
from ..models.search_criteria_user_id_type import SearchCriteriaUserIdType
from ..models.search_criteria_user_type import SearchCriteriaUserType
from ..types import UNSET, Unset, keys_only, parse_datetime
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

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
        page_size (int | Unset): Events per page: 1000 when absent or not positive, and never more than 1000.
        event_ids (list[str] | Unset): Only these events (login, logout, mfaChallenge, ...); every event when absent or
            empty.
        event_type (SearchCriteriaEventType | Unset): user (the default) or system events.
        user_type (SearchCriteriaUserType | Unset): Only retail or only business users; both when absent.
        user_product (str | Unset): Only events of this product (e.g. Common Mobile Services).
        user_id (str | Unset): Only this user's events; needs userIdType.
        user_id_type (SearchCriteriaUserIdType | Unset): How userId is to be read: loginId or memberId.
        company_id (str | Unset): Only this business's events.
        requested_attributes (list[str] | Unset): Only these attributes in each event; all when absent or empty.
        additional_filters (AdditionalFilters | Unset): Attribute filters, combined with and/or.
        next_page_token (str | Unset): The previous page's nextPageToken, unchanged; absent for the first page.
    """

    start_time: datetime.datetime
    end_time: datetime.datetime
    page_size: int | Unset = UNSET
    event_ids: list[str] | Unset = UNSET
    event_type: SearchCriteriaEventType | Unset = UNSET
    user_type: SearchCriteriaUserType | Unset = UNSET
    user_product: str | Unset = UNSET
    user_id: str | Unset = UNSET
    user_id_type: SearchCriteriaUserIdType | Unset = UNSET
    company_id: str | Unset = UNSET
    requested_attributes: list[str] | Unset = UNSET
    additional_filters: AdditionalFilters | Unset = UNSET
    next_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        start_time = self.start_time.isoformat()
        end_time = self.end_time.isoformat()
        page_size = self.page_size
        event_ids: list[str] | Unset = UNSET
        if not isinstance(self.event_ids, Unset):
            event_ids = self.event_ids

        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = SearchCriteriaEventType(self.event_type).value

        user_type: str | Unset = UNSET
        if not isinstance(self.user_type, Unset):
            user_type = SearchCriteriaUserType(self.user_type).value

        user_product = self.user_product
        user_id = self.user_id
        user_id_type: str | Unset = UNSET
        if not isinstance(self.user_id_type, Unset):
            user_id_type = SearchCriteriaUserIdType(self.user_id_type).value

        company_id = self.company_id
        requested_attributes: list[str] | Unset = UNSET
        if not isinstance(self.requested_attributes, Unset):
            requested_attributes = self.requested_attributes

        additional_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_filters, Unset):
            additional_filters = self.additional_filters.to_dict()
        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startTime": start_time,
                "endTime": end_time,
            }
        )
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if event_ids is not UNSET:
            field_dict["eventIds"] = event_ids
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if user_type is not UNSET:
            field_dict["userType"] = user_type
        if user_product is not UNSET:
            field_dict["userProduct"] = user_product
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user_id_type is not UNSET:
            field_dict["userIdType"] = user_id_type
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if requested_attributes is not UNSET:
            field_dict["requestedAttributes"] = requested_attributes
        if additional_filters is not UNSET:
            field_dict["additionalFilters"] = additional_filters
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.additional_filters import AdditionalFilters

        d = dict(src_dict)
        start_time = parse_datetime(d.pop("startTime"))

        end_time = parse_datetime(d.pop("endTime"))

        page_size = d.pop("pageSize", UNSET)
        event_ids = cast(list[str], d.pop("eventIds", UNSET))

        _event_type = d.pop("eventType", UNSET)
        event_type: SearchCriteriaEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = SearchCriteriaEventType(_event_type)

        _user_type = d.pop("userType", UNSET)
        user_type: SearchCriteriaUserType | Unset
        if isinstance(_user_type, Unset):
            user_type = UNSET
        else:
            user_type = SearchCriteriaUserType(_user_type)

        user_product = d.pop("userProduct", UNSET)
        user_id = d.pop("userId", UNSET)
        _user_id_type = d.pop("userIdType", UNSET)
        user_id_type: SearchCriteriaUserIdType | Unset
        if isinstance(_user_id_type, Unset):
            user_id_type = UNSET
        else:
            user_id_type = SearchCriteriaUserIdType(_user_id_type)

        company_id = d.pop("companyId", UNSET)
        requested_attributes = cast(list[str], d.pop("requestedAttributes", UNSET))

        _additional_filters = d.pop("additionalFilters", UNSET)
        additional_filters: AdditionalFilters | Unset
        if isinstance(_additional_filters, Unset):
            additional_filters = UNSET
        else:
            additional_filters = AdditionalFilters.from_dict(_additional_filters)

        next_page_token = d.pop("nextPageToken", UNSET)
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
