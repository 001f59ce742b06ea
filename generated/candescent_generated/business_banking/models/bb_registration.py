from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bb_registration_status import BbRegistrationStatus
from ..types import UNSET, Unset, keys_only, parse_datetime
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.bb_registration_user import BbRegistrationUser
    from ..models.business_contact import BusinessContact
    from ..models.business_tin_info import BusinessTinInfo


T = TypeVar("T", bound="BbRegistration")


@_attrs_define
class BbRegistration(_Model):
    """
    Attributes:
        business_name (str):
        id (str | Unset):
        confirmation_number (str | Unset):
        status (BbRegistrationStatus | Unset):
        institution_id (str | Unset):
        business_id (str | Unset):
        created_user (str | Unset):
        message (str | Unset):
        contact (BusinessContact | Unset):
        tins (list[BusinessTinInfo] | Unset):
        users (list[BbRegistrationUser] | Unset):
        online_features (list[str] | Unset):
        additional_services (list[str] | Unset):
        registration_date (datetime.datetime | Unset):
        approved_date (datetime.datetime | Unset):
        declined_date (datetime.datetime | Unset):
        completed_date (datetime.datetime | Unset):
    """

    business_name: str
    id: str | Unset = UNSET
    confirmation_number: str | Unset = UNSET
    status: BbRegistrationStatus | Unset = UNSET
    institution_id: str | Unset = UNSET
    business_id: str | Unset = UNSET
    created_user: str | Unset = UNSET
    message: str | Unset = UNSET
    contact: BusinessContact | Unset = UNSET
    tins: list[BusinessTinInfo] | Unset = UNSET
    users: list[BbRegistrationUser] | Unset = UNSET
    online_features: list[str] | Unset = UNSET
    additional_services: list[str] | Unset = UNSET
    registration_date: datetime.datetime | Unset = UNSET
    approved_date: datetime.datetime | Unset = UNSET
    declined_date: datetime.datetime | Unset = UNSET
    completed_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        business_name = self.business_name
        id = self.id
        confirmation_number = self.confirmation_number
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = BbRegistrationStatus(self.status).value

        institution_id = self.institution_id
        business_id = self.business_id
        created_user = self.created_user
        message = self.message
        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()
        tins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tins, Unset):
            tins = []
            for tins_item_data in self.tins:
                tins_item = tins_item_data.to_dict()
                tins.append(tins_item)

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        online_features: list[str] | Unset = UNSET
        if not isinstance(self.online_features, Unset):
            online_features = self.online_features

        additional_services: list[str] | Unset = UNSET
        if not isinstance(self.additional_services, Unset):
            additional_services = self.additional_services

        registration_date: str | Unset = UNSET
        if not isinstance(self.registration_date, Unset):
            registration_date = self.registration_date.isoformat()
        approved_date: str | Unset = UNSET
        if not isinstance(self.approved_date, Unset):
            approved_date = self.approved_date.isoformat()
        declined_date: str | Unset = UNSET
        if not isinstance(self.declined_date, Unset):
            declined_date = self.declined_date.isoformat()
        completed_date: str | Unset = UNSET
        if not isinstance(self.completed_date, Unset):
            completed_date = self.completed_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "businessName": business_name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if confirmation_number is not UNSET:
            field_dict["confirmationNumber"] = confirmation_number
        if status is not UNSET:
            field_dict["status"] = status
        if institution_id is not UNSET:
            field_dict["institutionId"] = institution_id
        if business_id is not UNSET:
            field_dict["businessId"] = business_id
        if created_user is not UNSET:
            field_dict["createdUser"] = created_user
        if message is not UNSET:
            field_dict["message"] = message
        if contact is not UNSET:
            field_dict["contact"] = contact
        if tins is not UNSET:
            field_dict["tins"] = tins
        if users is not UNSET:
            field_dict["users"] = users
        if online_features is not UNSET:
            field_dict["onlineFeatures"] = online_features
        if additional_services is not UNSET:
            field_dict["additionalServices"] = additional_services
        if registration_date is not UNSET:
            field_dict["registrationDate"] = registration_date
        if approved_date is not UNSET:
            field_dict["approvedDate"] = approved_date
        if declined_date is not UNSET:
            field_dict["declinedDate"] = declined_date
        if completed_date is not UNSET:
            field_dict["completedDate"] = completed_date

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bb_registration_user import BbRegistrationUser
        from ..models.business_contact import BusinessContact
        from ..models.business_tin_info import BusinessTinInfo

        d = dict(src_dict)
        business_name = d.pop("businessName")
        id = d.pop("id", UNSET)
        confirmation_number = d.pop("confirmationNumber", UNSET)
        _status = d.pop("status", UNSET)
        status: BbRegistrationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BbRegistrationStatus(_status)

        institution_id = d.pop("institutionId", UNSET)
        business_id = d.pop("businessId", UNSET)
        created_user = d.pop("createdUser", UNSET)
        message = d.pop("message", UNSET)
        _contact = d.pop("contact", UNSET)
        contact: BusinessContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = BusinessContact.from_dict(_contact)

        _tins = d.pop("tins", UNSET)
        tins: list[BusinessTinInfo] | Unset = UNSET
        if _tins is not UNSET:
            tins = []
            for tins_item_data in _tins:
                tins_item = BusinessTinInfo.from_dict(tins_item_data)

                tins.append(tins_item)

        _users = d.pop("users", UNSET)
        users: list[BbRegistrationUser] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = BbRegistrationUser.from_dict(users_item_data)

                users.append(users_item)

        online_features = cast(list[str], d.pop("onlineFeatures", UNSET))

        additional_services = cast(list[str], d.pop("additionalServices", UNSET))

        _registration_date = d.pop("registrationDate", UNSET)
        registration_date: datetime.datetime | Unset
        if isinstance(_registration_date, Unset):
            registration_date = UNSET
        else:
            registration_date = parse_datetime(_registration_date)

        _approved_date = d.pop("approvedDate", UNSET)
        approved_date: datetime.datetime | Unset
        if isinstance(_approved_date, Unset):
            approved_date = UNSET
        else:
            approved_date = parse_datetime(_approved_date)

        _declined_date = d.pop("declinedDate", UNSET)
        declined_date: datetime.datetime | Unset
        if isinstance(_declined_date, Unset):
            declined_date = UNSET
        else:
            declined_date = parse_datetime(_declined_date)

        _completed_date = d.pop("completedDate", UNSET)
        completed_date: datetime.datetime | Unset
        if isinstance(_completed_date, Unset):
            completed_date = UNSET
        else:
            completed_date = parse_datetime(_completed_date)

        bb_registration = cls(
            business_name=business_name,
            id=id,
            confirmation_number=confirmation_number,
            status=status,
            institution_id=institution_id,
            business_id=business_id,
            created_user=created_user,
            message=message,
            contact=contact,
            tins=tins,
            users=users,
            online_features=online_features,
            additional_services=additional_services,
            registration_date=registration_date,
            approved_date=approved_date,
            declined_date=declined_date,
            completed_date=completed_date,
        )

        bb_registration.additional_properties = d
        return bb_registration
