from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bb_registration_status import BbRegistrationStatus
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

if TYPE_CHECKING:
    from ..models.bb_registration_user import BbRegistrationUser
    from ..models.business_contact import BusinessContact
    from ..models.business_tin_info import BusinessTinInfo


T = TypeVar("T", bound="BbRegistration")


@_attrs_define
class BbRegistration(_Model):
    """A business's application for online banking; the platform fills in the read-only fields.

    Attributes:
        business_name (str):
        additional_services (list[str]): Extra services applied for, named as the registration options list them.
        approved_date (str): When it was approved: MM/dd/yyyy hh:mm:ss a z in the institution's time zone (e.g.
            11/20/2025 10:33:25 AM PST), not ISO 8601.
        business_id (str): The business's id on the platform, once it has one.
        completed_date (str): When it was completed: MM/dd/yyyy hh:mm:ss a z in the institution's time zone (e.g.
            11/20/2025 10:33:25 AM PST), not ISO 8601.
        confirmation_number (str): 16 letters or digits; the registration can be looked up by it.
        contact (BusinessContact): The business's contact person and postal address.
        created_user (str): The user the platform records as having created it.
        declined_date (str): When it was declined: MM/dd/yyyy hh:mm:ss a z in the institution's time zone (e.g.
            11/20/2025 10:33:25 AM PST), not ISO 8601.
        id (str): The registration's id (32 lower-case hexadecimal characters).
        institution_id (str): The institution's 5-character id.
        message (str): The platform's remark on the registration, if any.
        online_features (list[str]): Online-banking features applied for, named as the registration options list them.
        registration_date (str): When it was submitted: MM/dd/yyyy hh:mm:ss a z in the institution's time zone (e.g.
            11/20/2025 10:33:25 AM PST), not ISO 8601.
        status (BbRegistrationStatus): Where it stands: PENDING, APPROVED, DECLINED or COMPLETED.
        tins (list[BusinessTinInfo]): The business's tax ids (at least one in practice).
        users (list[BbRegistrationUser]): The people to set up (a PRIMARY_ADMIN in practice).
    """

    business_name: str
    additional_services: list[str] | None = None
    approved_date: str | None = None
    business_id: str | None = None
    completed_date: str | None = None
    confirmation_number: str | None = None
    contact: BusinessContact | None = None
    created_user: str | None = None
    declined_date: str | None = None
    id: str | None = None
    institution_id: str | None = None
    message: str | None = None
    online_features: list[str] | None = None
    registration_date: str | None = None
    status: BbRegistrationStatus | None = None
    tins: list[BusinessTinInfo] | None = None
    users: list[BbRegistrationUser] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        business_name = self.business_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "businessName": business_name,
            }
        )
        if self.additional_services is not None:
            additional_services = self.additional_services

            field_dict["additionalServices"] = additional_services
        if self.approved_date is not None:
            approved_date = self.approved_date
            field_dict["approvedDate"] = approved_date
        if self.business_id is not None:
            business_id = self.business_id
            field_dict["businessId"] = business_id
        if self.completed_date is not None:
            completed_date = self.completed_date
            field_dict["completedDate"] = completed_date
        if self.confirmation_number is not None:
            confirmation_number = self.confirmation_number
            field_dict["confirmationNumber"] = confirmation_number
        if self.contact is not None:
            contact = self.contact.to_dict()
            field_dict["contact"] = contact
        if self.created_user is not None:
            created_user = self.created_user
            field_dict["createdUser"] = created_user
        if self.declined_date is not None:
            declined_date = self.declined_date
            field_dict["declinedDate"] = declined_date
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        if self.institution_id is not None:
            institution_id = self.institution_id
            field_dict["institutionId"] = institution_id
        if self.message is not None:
            message = self.message
            field_dict["message"] = message
        if self.online_features is not None:
            online_features = self.online_features

            field_dict["onlineFeatures"] = online_features
        if self.registration_date is not None:
            registration_date = self.registration_date
            field_dict["registrationDate"] = registration_date
        if self.status is not None:
            status = BbRegistrationStatus(self.status).value
            field_dict["status"] = status
        if self.tins is not None:
            tins = []
            for tins_item_data in self.tins:
                tins_item = tins_item_data.to_dict()
                tins.append(tins_item)

            field_dict["tins"] = tins
        if self.users is not None:
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

            field_dict["users"] = users

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bb_registration_user import BbRegistrationUser
        from ..models.business_contact import BusinessContact
        from ..models.business_tin_info import BusinessTinInfo

        d = dict(src_dict)
        business_name = d.pop("businessName")
        _additional_services = d.pop("additionalServices", None)
        additional_services: list[str] | None = None
        if _additional_services is not None:
            additional_services = cast(list[str], _additional_services)

        _approved_date = d.pop("approvedDate", None)
        approved_date: str | None = None
        if _approved_date is not None:
            approved_date = _approved_date
        _business_id = d.pop("businessId", None)
        business_id: str | None = None
        if _business_id is not None:
            business_id = _business_id
        _completed_date = d.pop("completedDate", None)
        completed_date: str | None = None
        if _completed_date is not None:
            completed_date = _completed_date
        _confirmation_number = d.pop("confirmationNumber", None)
        confirmation_number: str | None = None
        if _confirmation_number is not None:
            confirmation_number = _confirmation_number
        _contact = d.pop("contact", None)
        contact: BusinessContact | None = None
        if _contact is not None:
            contact = BusinessContact.from_dict(_contact)

        _created_user = d.pop("createdUser", None)
        created_user: str | None = None
        if _created_user is not None:
            created_user = _created_user
        _declined_date = d.pop("declinedDate", None)
        declined_date: str | None = None
        if _declined_date is not None:
            declined_date = _declined_date
        _id = d.pop("id", None)
        id: str | None = None
        if _id is not None:
            id = _id
        _institution_id = d.pop("institutionId", None)
        institution_id: str | None = None
        if _institution_id is not None:
            institution_id = _institution_id
        _message = d.pop("message", None)
        message: str | None = None
        if _message is not None:
            message = _message
        _online_features = d.pop("onlineFeatures", None)
        online_features: list[str] | None = None
        if _online_features is not None:
            online_features = cast(list[str], _online_features)

        _registration_date = d.pop("registrationDate", None)
        registration_date: str | None = None
        if _registration_date is not None:
            registration_date = _registration_date
        _status = d.pop("status", None)
        status: BbRegistrationStatus | None = None
        if _status is not None:
            status = BbRegistrationStatus(_status)

        _tins = d.pop("tins", None)
        tins: list[BusinessTinInfo] | None = None
        if _tins is not None:
            tins = []
            _tins = _tins
            for tins_item_data in _tins:
                tins_item = BusinessTinInfo.from_dict(tins_item_data)

                tins.append(tins_item)

        _users = d.pop("users", None)
        users: list[BbRegistrationUser] | None = None
        if _users is not None:
            users = []
            _users = _users
            for users_item_data in _users:
                users_item = BbRegistrationUser.from_dict(users_item_data)

                users.append(users_item)

        bb_registration = cls(
            business_name=business_name,
            additional_services=additional_services,
            approved_date=approved_date,
            business_id=business_id,
            completed_date=completed_date,
            confirmation_number=confirmation_number,
            contact=contact,
            created_user=created_user,
            declined_date=declined_date,
            id=id,
            institution_id=institution_id,
            message=message,
            online_features=online_features,
            registration_date=registration_date,
            status=status,
            tins=tins,
            users=users,
        )

        bb_registration.additional_properties = d
        return bb_registration
