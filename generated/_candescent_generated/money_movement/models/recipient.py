from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.di_account_type import DIAccountType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "institutionId",
        "institutionCustomerId",
        "memberNumber",
        "accountNumber",
        "accountType",
        "passCode",
        "email",
        "nickName",
        "fullName",
    }
)


@_attrs_define
class Recipient(_Model):
    """A saved payee: another member of the same institution. The platform declares no required fields; in practice
    memberNumber, accountNumber, accountType and nickName are needed to create one (REC_12004 otherwise).

        Attributes:
            id (str): Platform-generated recipient id.
            institution_id (str): Institution the recipient belongs to.
            institution_customer_id (str): Id of the user who owns this recipient.
            member_number (str): The recipient's member number at the institution.
            account_number (str): The recipient's account number.
            account_type (DIAccountType): The recipient's account type.
            pass_code (str): Institution-defined passcode proving knowledge of the recipient (e.g. the first letters of the
                last name); write-only in practice.
            email (str): The recipient's email address.
            nick_name (str): The user's name for this recipient (unique per user).
            full_name (str): The recipient's full name.
    """

    id: str | None = None
    institution_id: str | None = None
    institution_customer_id: str | None = None
    member_number: str | None = None
    account_number: str | None = None
    account_type: DIAccountType | None = None
    pass_code: str | None = _attrs_field(repr=False, default=None)
    email: str | None = None
    nick_name: str | None = None
    full_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.institution_id is not None:
            field_dict["institutionId"] = self.institution_id
        if self.institution_customer_id is not None:
            field_dict["institutionCustomerId"] = self.institution_customer_id
        if self.member_number is not None:
            field_dict["memberNumber"] = self.member_number
        if self.account_number is not None:
            field_dict["accountNumber"] = self.account_number
        if self.account_type is not None:
            field_dict["accountType"] = DIAccountType(self.account_type).value
        if self.pass_code is not None:
            field_dict["passCode"] = self.pass_code
        if self.email is not None:
            field_dict["email"] = self.email
        if self.nick_name is not None:
            field_dict["nickName"] = self.nick_name
        if self.full_name is not None:
            field_dict["fullName"] = self.full_name

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.id = src_dict.get("id")
        _self.institution_id = src_dict.get("institutionId")
        _self.institution_customer_id = src_dict.get("institutionCustomerId")
        _self.member_number = src_dict.get("memberNumber")
        _self.account_number = src_dict.get("accountNumber")
        _self.account_type = None if (v := src_dict.get("accountType")) is None else enum_member(DIAccountType, v)
        _self.pass_code = src_dict.get("passCode")
        _self.email = src_dict.get("email")
        _self.nick_name = src_dict.get("nickName")
        _self.full_name = src_dict.get("fullName")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
