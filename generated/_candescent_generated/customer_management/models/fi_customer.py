from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "billPayCredential",
        "billPayEnabled",
        "billPayRegStatus",
        "challengeQuestionInfo",
        "channelInfos",
        "fiId",
        "historyRange",
        "historySortOrder",
        "hostCredential",
        "ibStartupPage",
        "id",
        "lastMobileLoginDateTime",
        "lastSRTDateTime",
        "memberHoldDate",
        "memberHoldDesc",
        "memberNumber",
        "memberRegistrationDate",
        "mfaCookies",
        "name",
        "person",
        "productAppUserInfos",
        "productUserInfo",
    }
)


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.bill_pay_credential is not None:
            field_dict["billPayCredential"] = self.bill_pay_credential.to_dict()
        if self.bill_pay_enabled is not None:
            field_dict["billPayEnabled"] = self.bill_pay_enabled
        if self.bill_pay_reg_status is not None:
            field_dict["billPayRegStatus"] = self.bill_pay_reg_status
        if self.challenge_question_info is not None:
            field_dict["challengeQuestionInfo"] = self.challenge_question_info.to_dict()
        if self.channel_infos is not None:
            field_dict["channelInfos"] = self.channel_infos.to_dict()
        if self.fi_id is not None:
            field_dict["fiId"] = self.fi_id.to_dict()
        if self.history_range is not None:
            field_dict["historyRange"] = self.history_range
        if self.history_sort_order is not None:
            field_dict["historySortOrder"] = self.history_sort_order
        if self.host_credential is not None:
            field_dict["hostCredential"] = self.host_credential.to_dict()
        if self.ib_startup_page is not None:
            field_dict["ibStartupPage"] = self.ib_startup_page
        if self.id is not None:
            field_dict["id"] = self.id.to_dict()
        if self.last_mobile_login_date_time is not None:
            field_dict["lastMobileLoginDateTime"] = self.last_mobile_login_date_time
        if self.last_srt_date_time is not None:
            field_dict["lastSRTDateTime"] = self.last_srt_date_time
        if self.member_hold_date is not None:
            field_dict["memberHoldDate"] = self.member_hold_date
        if self.member_hold_desc is not None:
            field_dict["memberHoldDesc"] = self.member_hold_desc
        if self.member_number is not None:
            field_dict["memberNumber"] = self.member_number
        if self.member_registration_date is not None:
            field_dict["memberRegistrationDate"] = self.member_registration_date
        if self.mfa_cookies is not None:
            field_dict["mfaCookies"] = []
            for mfa_cookies_item_data in self.mfa_cookies:
                mfa_cookies_item = mfa_cookies_item_data.to_dict()
                field_dict["mfaCookies"].append(mfa_cookies_item)

        if self.name is not None:
            field_dict["name"] = self.name
        if self.person is not None:
            field_dict["person"] = self.person.to_dict()
        if self.product_app_user_infos is not None:
            field_dict["productAppUserInfos"] = self.product_app_user_infos.to_dict()
        if self.product_user_info is not None:
            field_dict["productUserInfo"] = self.product_user_info.to_dict()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.bill_pay_credential = (
            None if (v := src_dict.get("billPayCredential")) is None else Credential.from_dict(v)
        )
        _self.bill_pay_enabled = src_dict.get("billPayEnabled")
        _self.bill_pay_reg_status = src_dict.get("billPayRegStatus")
        _self.challenge_question_info = (
            None if (v := src_dict.get("challengeQuestionInfo")) is None else ChallengeQuestionInfo.from_dict(v)
        )
        _self.channel_infos = None if (v := src_dict.get("channelInfos")) is None else ChannelInfos.from_dict(v)
        _self.fi_id = None if (v := src_dict.get("fiId")) is None else IdType.from_dict(v)
        _self.history_range = src_dict.get("historyRange")
        _self.history_sort_order = src_dict.get("historySortOrder")
        _self.host_credential = None if (v := src_dict.get("hostCredential")) is None else Credential.from_dict(v)
        _self.ib_startup_page = src_dict.get("ibStartupPage")
        _self.id = None if (v := src_dict.get("id")) is None else FICustomerId.from_dict(v)
        _self.last_mobile_login_date_time = src_dict.get("lastMobileLoginDateTime")
        _self.last_srt_date_time = src_dict.get("lastSRTDateTime")
        _self.member_hold_date = src_dict.get("memberHoldDate")
        _self.member_hold_desc = src_dict.get("memberHoldDesc")
        _self.member_number = src_dict.get("memberNumber")
        _self.member_registration_date = src_dict.get("memberRegistrationDate")
        _self.mfa_cookies = (
            None if (v := src_dict.get("mfaCookies")) is None else [MfaCookie.from_dict(item) for item in v]
        )
        _self.name = src_dict.get("name")
        _self.person = None if (v := src_dict.get("person")) is None else Person.from_dict(v)
        _self.product_app_user_infos = (
            None if (v := src_dict.get("productAppUserInfos")) is None else ProductAppUserInfos.from_dict(v)
        )
        _self.product_user_info = (
            None if (v := src_dict.get("productUserInfo")) is None else ProductUserInfo.from_dict(v)
        )
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.challenge_question_info import ChallengeQuestionInfo
from ..models.channel_infos import ChannelInfos
from ..models.credential import Credential
from ..models.fi_customer_id import FICustomerId
from ..models.id_type import IdType
from ..models.mfa_cookie import MfaCookie
from ..models.person import Person
from ..models.product_app_user_infos import ProductAppUserInfos
from ..models.product_user_info import ProductUserInfo
