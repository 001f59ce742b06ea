from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.challenge_question_info import ChallengeQuestionInfo
    from ..models.channel_infos import ChannelInfos
    from ..models.credential import Credential
    from ..models.fi_customer_id import FICustomerId
    from ..models.id_type import IdType
    from ..models.mfa_cookie import MfaCookie
    from ..models.person import Person
    from ..models.product_app_user_infos import ProductAppUserInfos
    from ..models.product_user_info import ProductUserInfo


T = TypeVar("T", bound="FICustomer")


@_attrs_define
class FICustomer(_Model):
    """The legacy customer profile (the FICustomer element getCustomerV2 answers).

    Attributes:
        bill_pay_credential (Credential | Unset): The customer's bill-pay login.
        bill_pay_enabled (bool | Unset): Whether the customer has bill pay.
        bill_pay_reg_status (str | Unset): The bill-pay registration state (a legacy code).
        challenge_question_info (ChallengeQuestionInfo | Unset): The security-question settings.
        channel_infos (ChannelInfos | Unset): Per channel (web, mobile, ...): the login and its status.
        fi_id (IdType | Unset): The institution's five-digit id (in value).
        history_range (str | Unset): How much account history the customer sees (a legacy setting).
        history_sort_order (str | Unset): The order history is shown in (a legacy setting).
        host_credential (Credential | Unset): The customer's host (core) login.
        ib_startup_page (str | Unset): The page internet banking opens on.
        id (FICustomerId | Unset): The customer's id and its kind.
        last_mobile_login_date_time (str | Unset): The last mobile sign-in, yyyy-MM-ddTHH:mm:ss±hh:mm.
        last_srt_date_time (str | Unset): The last SRT time the legacy service recorded, yyyy-MM-ddTHH:mm:ss±hh:mm.
        member_hold_date (str | Unset): Since when the member is on hold, yyyy-MM-dd±hh:mm (a date with the
            institution's offset).
        member_hold_desc (str | Unset): Why the member is on hold.
        member_number (str | Unset): The member number at the host.
        member_registration_date (str | Unset): When the member registered, yyyy-MM-dd±hh:mm (a date with the
            institution's offset).
        mfa_cookies (list[MfaCookie] | Unset): Devices remembered for multi-factor sign-in.
        name (str | Unset): The customer's full name.
        person (Person | Unset): The customer's email details.
        product_app_user_infos (ProductAppUserInfos | Unset): Per product application (e.g. online statements): the
            customer's state in it.
        product_user_info (ProductUserInfo | Unset): The product the customer uses.
    """

    bill_pay_credential: Credential | Unset = UNSET
    bill_pay_enabled: bool | Unset = UNSET
    bill_pay_reg_status: str | Unset = UNSET
    challenge_question_info: ChallengeQuestionInfo | Unset = UNSET
    channel_infos: ChannelInfos | Unset = UNSET
    fi_id: IdType | Unset = UNSET
    history_range: str | Unset = UNSET
    history_sort_order: str | Unset = UNSET
    host_credential: Credential | Unset = UNSET
    ib_startup_page: str | Unset = UNSET
    id: FICustomerId | Unset = UNSET
    last_mobile_login_date_time: str | Unset = UNSET
    last_srt_date_time: str | Unset = UNSET
    member_hold_date: str | Unset = UNSET
    member_hold_desc: str | Unset = UNSET
    member_number: str | Unset = UNSET
    member_registration_date: str | Unset = UNSET
    mfa_cookies: list[MfaCookie] | Unset = UNSET
    name: str | Unset = UNSET
    person: Person | Unset = UNSET
    product_app_user_infos: ProductAppUserInfos | Unset = UNSET
    product_user_info: ProductUserInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        bill_pay_credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bill_pay_credential, Unset):
            bill_pay_credential = self.bill_pay_credential.to_dict()
        bill_pay_enabled = self.bill_pay_enabled
        bill_pay_reg_status = self.bill_pay_reg_status
        challenge_question_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.challenge_question_info, Unset):
            challenge_question_info = self.challenge_question_info.to_dict()
        channel_infos: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_infos, Unset):
            channel_infos = self.channel_infos.to_dict()
        fi_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fi_id, Unset):
            fi_id = self.fi_id.to_dict()
        history_range = self.history_range
        history_sort_order = self.history_sort_order
        host_credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.host_credential, Unset):
            host_credential = self.host_credential.to_dict()
        ib_startup_page = self.ib_startup_page
        id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.to_dict()
        last_mobile_login_date_time = self.last_mobile_login_date_time
        last_srt_date_time = self.last_srt_date_time
        member_hold_date = self.member_hold_date
        member_hold_desc = self.member_hold_desc
        member_number = self.member_number
        member_registration_date = self.member_registration_date
        mfa_cookies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mfa_cookies, Unset):
            mfa_cookies = []
            for mfa_cookies_item_data in self.mfa_cookies:
                mfa_cookies_item = mfa_cookies_item_data.to_dict()
                mfa_cookies.append(mfa_cookies_item)

        name = self.name
        person: dict[str, Any] | Unset = UNSET
        if not isinstance(self.person, Unset):
            person = self.person.to_dict()
        product_app_user_infos: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_app_user_infos, Unset):
            product_app_user_infos = self.product_app_user_infos.to_dict()
        product_user_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_user_info, Unset):
            product_user_info = self.product_user_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bill_pay_credential is not UNSET:
            field_dict["billPayCredential"] = bill_pay_credential
        if bill_pay_enabled is not UNSET:
            field_dict["billPayEnabled"] = bill_pay_enabled
        if bill_pay_reg_status is not UNSET:
            field_dict["billPayRegStatus"] = bill_pay_reg_status
        if challenge_question_info is not UNSET:
            field_dict["challengeQuestionInfo"] = challenge_question_info
        if channel_infos is not UNSET:
            field_dict["channelInfos"] = channel_infos
        if fi_id is not UNSET:
            field_dict["fiId"] = fi_id
        if history_range is not UNSET:
            field_dict["historyRange"] = history_range
        if history_sort_order is not UNSET:
            field_dict["historySortOrder"] = history_sort_order
        if host_credential is not UNSET:
            field_dict["hostCredential"] = host_credential
        if ib_startup_page is not UNSET:
            field_dict["ibStartupPage"] = ib_startup_page
        if id is not UNSET:
            field_dict["id"] = id
        if last_mobile_login_date_time is not UNSET:
            field_dict["lastMobileLoginDateTime"] = last_mobile_login_date_time
        if last_srt_date_time is not UNSET:
            field_dict["lastSRTDateTime"] = last_srt_date_time
        if member_hold_date is not UNSET:
            field_dict["memberHoldDate"] = member_hold_date
        if member_hold_desc is not UNSET:
            field_dict["memberHoldDesc"] = member_hold_desc
        if member_number is not UNSET:
            field_dict["memberNumber"] = member_number
        if member_registration_date is not UNSET:
            field_dict["memberRegistrationDate"] = member_registration_date
        if mfa_cookies is not UNSET:
            field_dict["mfaCookies"] = mfa_cookies
        if name is not UNSET:
            field_dict["name"] = name
        if person is not UNSET:
            field_dict["person"] = person
        if product_app_user_infos is not UNSET:
            field_dict["productAppUserInfos"] = product_app_user_infos
        if product_user_info is not UNSET:
            field_dict["productUserInfo"] = product_user_info

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.challenge_question_info import ChallengeQuestionInfo
        from ..models.channel_infos import ChannelInfos
        from ..models.credential import Credential
        from ..models.fi_customer_id import FICustomerId
        from ..models.id_type import IdType
        from ..models.mfa_cookie import MfaCookie
        from ..models.person import Person
        from ..models.product_app_user_infos import ProductAppUserInfos
        from ..models.product_user_info import ProductUserInfo

        d = dict(src_dict)
        _bill_pay_credential = d.pop("billPayCredential", UNSET)
        bill_pay_credential: Credential | Unset
        if isinstance(_bill_pay_credential, Unset):
            bill_pay_credential = UNSET
        else:
            bill_pay_credential = Credential.from_dict(_bill_pay_credential)

        bill_pay_enabled = d.pop("billPayEnabled", UNSET)
        bill_pay_reg_status = d.pop("billPayRegStatus", UNSET)
        _challenge_question_info = d.pop("challengeQuestionInfo", UNSET)
        challenge_question_info: ChallengeQuestionInfo | Unset
        if isinstance(_challenge_question_info, Unset):
            challenge_question_info = UNSET
        else:
            challenge_question_info = ChallengeQuestionInfo.from_dict(_challenge_question_info)

        _channel_infos = d.pop("channelInfos", UNSET)
        channel_infos: ChannelInfos | Unset
        if isinstance(_channel_infos, Unset):
            channel_infos = UNSET
        else:
            channel_infos = ChannelInfos.from_dict(_channel_infos)

        _fi_id = d.pop("fiId", UNSET)
        fi_id: IdType | Unset
        if isinstance(_fi_id, Unset):
            fi_id = UNSET
        else:
            fi_id = IdType.from_dict(_fi_id)

        history_range = d.pop("historyRange", UNSET)
        history_sort_order = d.pop("historySortOrder", UNSET)
        _host_credential = d.pop("hostCredential", UNSET)
        host_credential: Credential | Unset
        if isinstance(_host_credential, Unset):
            host_credential = UNSET
        else:
            host_credential = Credential.from_dict(_host_credential)

        ib_startup_page = d.pop("ibStartupPage", UNSET)
        _id = d.pop("id", UNSET)
        id: FICustomerId | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = FICustomerId.from_dict(_id)

        last_mobile_login_date_time = d.pop("lastMobileLoginDateTime", UNSET)
        last_srt_date_time = d.pop("lastSRTDateTime", UNSET)
        member_hold_date = d.pop("memberHoldDate", UNSET)
        member_hold_desc = d.pop("memberHoldDesc", UNSET)
        member_number = d.pop("memberNumber", UNSET)
        member_registration_date = d.pop("memberRegistrationDate", UNSET)
        _mfa_cookies = d.pop("mfaCookies", UNSET)
        mfa_cookies: list[MfaCookie] | Unset = UNSET
        if _mfa_cookies is not UNSET:
            mfa_cookies = []
            for mfa_cookies_item_data in _mfa_cookies:
                mfa_cookies_item = MfaCookie.from_dict(mfa_cookies_item_data)

                mfa_cookies.append(mfa_cookies_item)

        name = d.pop("name", UNSET)
        _person = d.pop("person", UNSET)
        person: Person | Unset
        if isinstance(_person, Unset):
            person = UNSET
        else:
            person = Person.from_dict(_person)

        _product_app_user_infos = d.pop("productAppUserInfos", UNSET)
        product_app_user_infos: ProductAppUserInfos | Unset
        if isinstance(_product_app_user_infos, Unset):
            product_app_user_infos = UNSET
        else:
            product_app_user_infos = ProductAppUserInfos.from_dict(_product_app_user_infos)

        _product_user_info = d.pop("productUserInfo", UNSET)
        product_user_info: ProductUserInfo | Unset
        if isinstance(_product_user_info, Unset):
            product_user_info = UNSET
        else:
            product_user_info = ProductUserInfo.from_dict(_product_user_info)

        fi_customer = cls(
            bill_pay_credential=bill_pay_credential,
            bill_pay_enabled=bill_pay_enabled,
            bill_pay_reg_status=bill_pay_reg_status,
            challenge_question_info=challenge_question_info,
            channel_infos=channel_infos,
            fi_id=fi_id,
            history_range=history_range,
            history_sort_order=history_sort_order,
            host_credential=host_credential,
            ib_startup_page=ib_startup_page,
            id=id,
            last_mobile_login_date_time=last_mobile_login_date_time,
            last_srt_date_time=last_srt_date_time,
            member_hold_date=member_hold_date,
            member_hold_desc=member_hold_desc,
            member_number=member_number,
            member_registration_date=member_registration_date,
            mfa_cookies=mfa_cookies,
            name=name,
            person=person,
            product_app_user_infos=product_app_user_infos,
            product_user_info=product_user_info,
        )

        fi_customer.additional_properties = d
        return fi_customer
