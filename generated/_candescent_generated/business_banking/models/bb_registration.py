from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bb_registration_status import BbRegistrationStatus
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

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
        additional_services (list[str] | Unset): Extra services applied for, named as the registration options list
            them.
        approved_date (str | Unset): When it was approved: MM/dd/yyyy hh:mm:ss a z in the institution's time zone (e.g.
            11/20/2025 10:33:25 AM PST), not ISO 8601.
        business_id (str | Unset): The business's id on the platform, once it has one.
        completed_date (str | Unset): When it was completed: MM/dd/yyyy hh:mm:ss a z in the institution's time zone
            (e.g. 11/20/2025 10:33:25 AM PST), not ISO 8601.
        confirmation_number (str | Unset): 16 letters or digits; the registration can be looked up by it.
        contact (BusinessContact | Unset): The business's contact person and postal address.
        created_user (str | Unset): The user the platform records as having created it.
        declined_date (str | Unset): When it was declined: MM/dd/yyyy hh:mm:ss a z in the institution's time zone (e.g.
            11/20/2025 10:33:25 AM PST), not ISO 8601.
        id (str | Unset): The registration's id (32 lower-case hexadecimal characters).
        institution_id (str | Unset): The institution's 5-character id.
        message (str | Unset): The platform's remark on the registration, if any.
        online_features (list[str] | Unset): Online-banking features applied for, named as the registration options list
            them.
        registration_date (str | Unset): When it was submitted: MM/dd/yyyy hh:mm:ss a z in the institution's time zone
            (e.g. 11/20/2025 10:33:25 AM PST), not ISO 8601.
        status (BbRegistrationStatus | Unset): Where it stands: PENDING, APPROVED, DECLINED or COMPLETED.
        tins (list[BusinessTinInfo] | Unset): The business's tax ids (at least one in practice).
        users (list[BbRegistrationUser] | Unset): The people to set up (a PRIMARY_ADMIN in practice).
    """

    business_name: str
    additional_services: list[str] | Unset = UNSET
    approved_date: str | Unset = UNSET
    business_id: str | Unset = UNSET
    completed_date: str | Unset = UNSET
    confirmation_number: str | Unset = UNSET
    contact: BusinessContact | Unset = UNSET
    created_user: str | Unset = UNSET
    declined_date: str | Unset = UNSET
    id: str | Unset = UNSET
    institution_id: str | Unset = UNSET
    message: str | Unset = UNSET
    online_features: list[str] | Unset = UNSET
    registration_date: str | Unset = UNSET
    status: BbRegistrationStatus | Unset = UNSET
    tins: list[BusinessTinInfo] | Unset = UNSET
    users: list[BbRegistrationUser] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        business_name = self.business_name
        additional_services: list[str] | Unset = UNSET
        if not isinstance(self.additional_services, Unset):
            additional_services = self.additional_services

        approved_date = self.approved_date
        business_id = self.business_id
        completed_date = self.completed_date
        confirmation_number = self.confirmation_number
        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()
        created_user = self.created_user
        declined_date = self.declined_date
        id = self.id
        institution_id = self.institution_id
        message = self.message
        online_features: list[str] | Unset = UNSET
        if not isinstance(self.online_features, Unset):
            online_features = self.online_features

        registration_date = self.registration_date
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = BbRegistrationStatus(self.status).value

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "businessName": business_name,
            }
        )
        if additional_services is not UNSET:
            field_dict["additionalServices"] = additional_services
        if approved_date is not UNSET:
            field_dict["approvedDate"] = approved_date
        if business_id is not UNSET:
            field_dict["businessId"] = business_id
        if completed_date is not UNSET:
            field_dict["completedDate"] = completed_date
        if confirmation_number is not UNSET:
            field_dict["confirmationNumber"] = confirmation_number
        if contact is not UNSET:
            field_dict["contact"] = contact
        if created_user is not UNSET:
            field_dict["createdUser"] = created_user
        if declined_date is not UNSET:
            field_dict["declinedDate"] = declined_date
        if id is not UNSET:
            field_dict["id"] = id
        if institution_id is not UNSET:
            field_dict["institutionId"] = institution_id
        if message is not UNSET:
            field_dict["message"] = message
        if online_features is not UNSET:
            field_dict["onlineFeatures"] = online_features
        if registration_date is not UNSET:
            field_dict["registrationDate"] = registration_date
        if status is not UNSET:
            field_dict["status"] = status
        if tins is not UNSET:
            field_dict["tins"] = tins
        if users is not UNSET:
            field_dict["users"] = users

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bb_registration_user import BbRegistrationUser
        from ..models.business_contact import BusinessContact
        from ..models.business_tin_info import BusinessTinInfo

        d = dict(src_dict)
        business_name = d.pop("businessName")
        additional_services = cast(list[str], d.pop("additionalServices", UNSET))

        approved_date = d.pop("approvedDate", UNSET)
        business_id = d.pop("businessId", UNSET)
        completed_date = d.pop("completedDate", UNSET)
        confirmation_number = d.pop("confirmationNumber", UNSET)
        _contact = d.pop("contact", UNSET)
        contact: BusinessContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = BusinessContact.from_dict(_contact)

        created_user = d.pop("createdUser", UNSET)
        declined_date = d.pop("declinedDate", UNSET)
        id = d.pop("id", UNSET)
        institution_id = d.pop("institutionId", UNSET)
        message = d.pop("message", UNSET)
        online_features = cast(list[str], d.pop("onlineFeatures", UNSET))

        registration_date = d.pop("registrationDate", UNSET)
        _status = d.pop("status", UNSET)
        status: BbRegistrationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BbRegistrationStatus(_status)

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
