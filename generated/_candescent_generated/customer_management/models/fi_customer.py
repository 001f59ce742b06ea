from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

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
        bill_pay_credential (Credential): The customer's bill-pay login.
        bill_pay_enabled (bool): Whether the customer has bill pay.
        bill_pay_reg_status (str): The bill-pay registration state (a legacy code).
        challenge_question_info (ChallengeQuestionInfo): The security-question settings.
        channel_infos (ChannelInfos): Per channel (web, mobile, ...): the login and its status.
        fi_id (IdType): The institution's five-digit id (in value).
        history_range (str): How much account history the customer sees (a legacy setting).
        history_sort_order (str): The order history is shown in (a legacy setting).
        host_credential (Credential): The customer's host (core) login.
        ib_startup_page (str): The page internet banking opens on.
        id (FICustomerId): The customer's id and its kind.
        last_mobile_login_date_time (str): The last mobile sign-in, yyyy-MM-ddTHH:mm:ss±hh:mm.
        last_srt_date_time (str): The last SRT time the legacy service recorded, yyyy-MM-ddTHH:mm:ss±hh:mm.
        member_hold_date (str): Since when the member is on hold, yyyy-MM-dd±hh:mm (a date with the institution's
            offset).
        member_hold_desc (str): Why the member is on hold.
        member_number (str): The member number at the host.
        member_registration_date (str): When the member registered, yyyy-MM-dd±hh:mm (a date with the institution's
            offset).
        mfa_cookies (list[MfaCookie]): Devices remembered for multi-factor sign-in.
        name (str): The customer's full name.
        person (Person): The customer's email details.
        product_app_user_infos (ProductAppUserInfos): Per product application (e.g. online statements): the customer's
            state in it.
        product_user_info (ProductUserInfo): The product the customer uses.
    """

    bill_pay_credential: Credential | None = None
    bill_pay_enabled: bool | None = None
    bill_pay_reg_status: str | None = None
    challenge_question_info: ChallengeQuestionInfo | None = None
    channel_infos: ChannelInfos | None = None
    fi_id: IdType | None = None
    history_range: str | None = None
    history_sort_order: str | None = None
    host_credential: Credential | None = None
    ib_startup_page: str | None = None
    id: FICustomerId | None = None
    last_mobile_login_date_time: str | None = None
    last_srt_date_time: str | None = None
    member_hold_date: str | None = None
    member_hold_desc: str | None = None
    member_number: str | None = None
    member_registration_date: str | None = None
    mfa_cookies: list[MfaCookie] | None = None
    name: str | None = None
    person: Person | None = None
    product_app_user_infos: ProductAppUserInfos | None = None
    product_user_info: ProductUserInfo | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.bill_pay_credential is not None:
            bill_pay_credential = self.bill_pay_credential.to_dict()
            field_dict["billPayCredential"] = bill_pay_credential
        if self.bill_pay_enabled is not None:
            bill_pay_enabled = self.bill_pay_enabled
            field_dict["billPayEnabled"] = bill_pay_enabled
        if self.bill_pay_reg_status is not None:
            bill_pay_reg_status = self.bill_pay_reg_status
            field_dict["billPayRegStatus"] = bill_pay_reg_status
        if self.challenge_question_info is not None:
            challenge_question_info = self.challenge_question_info.to_dict()
            field_dict["challengeQuestionInfo"] = challenge_question_info
        if self.channel_infos is not None:
            channel_infos = self.channel_infos.to_dict()
            field_dict["channelInfos"] = channel_infos
        if self.fi_id is not None:
            fi_id = self.fi_id.to_dict()
            field_dict["fiId"] = fi_id
        if self.history_range is not None:
            history_range = self.history_range
            field_dict["historyRange"] = history_range
        if self.history_sort_order is not None:
            history_sort_order = self.history_sort_order
            field_dict["historySortOrder"] = history_sort_order
        if self.host_credential is not None:
            host_credential = self.host_credential.to_dict()
            field_dict["hostCredential"] = host_credential
        if self.ib_startup_page is not None:
            ib_startup_page = self.ib_startup_page
            field_dict["ibStartupPage"] = ib_startup_page
        if self.id is not None:
            id = self.id.to_dict()
            field_dict["id"] = id
        if self.last_mobile_login_date_time is not None:
            last_mobile_login_date_time = self.last_mobile_login_date_time
            field_dict["lastMobileLoginDateTime"] = last_mobile_login_date_time
        if self.last_srt_date_time is not None:
            last_srt_date_time = self.last_srt_date_time
            field_dict["lastSRTDateTime"] = last_srt_date_time
        if self.member_hold_date is not None:
            member_hold_date = self.member_hold_date
            field_dict["memberHoldDate"] = member_hold_date
        if self.member_hold_desc is not None:
            member_hold_desc = self.member_hold_desc
            field_dict["memberHoldDesc"] = member_hold_desc
        if self.member_number is not None:
            member_number = self.member_number
            field_dict["memberNumber"] = member_number
        if self.member_registration_date is not None:
            member_registration_date = self.member_registration_date
            field_dict["memberRegistrationDate"] = member_registration_date
        if self.mfa_cookies is not None:
            mfa_cookies = []
            for mfa_cookies_item_data in self.mfa_cookies:
                mfa_cookies_item = mfa_cookies_item_data.to_dict()
                mfa_cookies.append(mfa_cookies_item)

            field_dict["mfaCookies"] = mfa_cookies
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        if self.person is not None:
            person = self.person.to_dict()
            field_dict["person"] = person
        if self.product_app_user_infos is not None:
            product_app_user_infos = self.product_app_user_infos.to_dict()
            field_dict["productAppUserInfos"] = product_app_user_infos
        if self.product_user_info is not None:
            product_user_info = self.product_user_info.to_dict()
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
        _bill_pay_credential = d.pop("billPayCredential", None)
        bill_pay_credential: Credential | None = None
        if _bill_pay_credential is not None:
            bill_pay_credential = Credential.from_dict(_bill_pay_credential)

        _bill_pay_enabled = d.pop("billPayEnabled", None)
        bill_pay_enabled: bool | None = None
        if _bill_pay_enabled is not None:
            bill_pay_enabled = _bill_pay_enabled
        _bill_pay_reg_status = d.pop("billPayRegStatus", None)
        bill_pay_reg_status: str | None = None
        if _bill_pay_reg_status is not None:
            bill_pay_reg_status = _bill_pay_reg_status
        _challenge_question_info = d.pop("challengeQuestionInfo", None)
        challenge_question_info: ChallengeQuestionInfo | None = None
        if _challenge_question_info is not None:
            challenge_question_info = ChallengeQuestionInfo.from_dict(_challenge_question_info)

        _channel_infos = d.pop("channelInfos", None)
        channel_infos: ChannelInfos | None = None
        if _channel_infos is not None:
            channel_infos = ChannelInfos.from_dict(_channel_infos)

        _fi_id = d.pop("fiId", None)
        fi_id: IdType | None = None
        if _fi_id is not None:
            fi_id = IdType.from_dict(_fi_id)

        _history_range = d.pop("historyRange", None)
        history_range: str | None = None
        if _history_range is not None:
            history_range = _history_range
        _history_sort_order = d.pop("historySortOrder", None)
        history_sort_order: str | None = None
        if _history_sort_order is not None:
            history_sort_order = _history_sort_order
        _host_credential = d.pop("hostCredential", None)
        host_credential: Credential | None = None
        if _host_credential is not None:
            host_credential = Credential.from_dict(_host_credential)

        _ib_startup_page = d.pop("ibStartupPage", None)
        ib_startup_page: str | None = None
        if _ib_startup_page is not None:
            ib_startup_page = _ib_startup_page
        _id = d.pop("id", None)
        id: FICustomerId | None = None
        if _id is not None:
            id = FICustomerId.from_dict(_id)

        _last_mobile_login_date_time = d.pop("lastMobileLoginDateTime", None)
        last_mobile_login_date_time: str | None = None
        if _last_mobile_login_date_time is not None:
            last_mobile_login_date_time = _last_mobile_login_date_time
        _last_srt_date_time = d.pop("lastSRTDateTime", None)
        last_srt_date_time: str | None = None
        if _last_srt_date_time is not None:
            last_srt_date_time = _last_srt_date_time
        _member_hold_date = d.pop("memberHoldDate", None)
        member_hold_date: str | None = None
        if _member_hold_date is not None:
            member_hold_date = _member_hold_date
        _member_hold_desc = d.pop("memberHoldDesc", None)
        member_hold_desc: str | None = None
        if _member_hold_desc is not None:
            member_hold_desc = _member_hold_desc
        _member_number = d.pop("memberNumber", None)
        member_number: str | None = None
        if _member_number is not None:
            member_number = _member_number
        _member_registration_date = d.pop("memberRegistrationDate", None)
        member_registration_date: str | None = None
        if _member_registration_date is not None:
            member_registration_date = _member_registration_date
        _mfa_cookies = d.pop("mfaCookies", None)
        mfa_cookies: list[MfaCookie] | None = None
        if _mfa_cookies is not None:
            mfa_cookies = []
            _mfa_cookies = _mfa_cookies
            for mfa_cookies_item_data in _mfa_cookies:
                mfa_cookies_item = MfaCookie.from_dict(mfa_cookies_item_data)

                mfa_cookies.append(mfa_cookies_item)

        _name = d.pop("name", None)
        name: str | None = None
        if _name is not None:
            name = _name
        _person = d.pop("person", None)
        person: Person | None = None
        if _person is not None:
            person = Person.from_dict(_person)

        _product_app_user_infos = d.pop("productAppUserInfos", None)
        product_app_user_infos: ProductAppUserInfos | None = None
        if _product_app_user_infos is not None:
            product_app_user_infos = ProductAppUserInfos.from_dict(_product_app_user_infos)

        _product_user_info = d.pop("productUserInfo", None)
        product_user_info: ProductUserInfo | None = None
        if _product_user_info is not None:
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
