from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.di_account_type import DIAccountType
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

T = TypeVar("T", bound="Recipient")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        if self.institution_id is not None:
            institution_id = self.institution_id
            field_dict["institutionId"] = institution_id
        if self.institution_customer_id is not None:
            institution_customer_id = self.institution_customer_id
            field_dict["institutionCustomerId"] = institution_customer_id
        if self.member_number is not None:
            member_number = self.member_number
            field_dict["memberNumber"] = member_number
        if self.account_number is not None:
            account_number = self.account_number
            field_dict["accountNumber"] = account_number
        if self.account_type is not None:
            account_type = DIAccountType(self.account_type).value
            field_dict["accountType"] = account_type
        if self.pass_code is not None:
            pass_code = self.pass_code
            field_dict["passCode"] = pass_code
        if self.email is not None:
            email = self.email
            field_dict["email"] = email
        if self.nick_name is not None:
            nick_name = self.nick_name
            field_dict["nickName"] = nick_name
        if self.full_name is not None:
            full_name = self.full_name
            field_dict["fullName"] = full_name

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _id = d.pop("id", None)
        id: str | None = None
        if _id is not None:
            id = _id
        _institution_id = d.pop("institutionId", None)
        institution_id: str | None = None
        if _institution_id is not None:
            institution_id = _institution_id
        _institution_customer_id = d.pop("institutionCustomerId", None)
        institution_customer_id: str | None = None
        if _institution_customer_id is not None:
            institution_customer_id = _institution_customer_id
        _member_number = d.pop("memberNumber", None)
        member_number: str | None = None
        if _member_number is not None:
            member_number = _member_number
        _account_number = d.pop("accountNumber", None)
        account_number: str | None = None
        if _account_number is not None:
            account_number = _account_number
        _account_type = d.pop("accountType", None)
        account_type: DIAccountType | None = None
        if _account_type is not None:
            account_type = DIAccountType(_account_type)

        _pass_code = d.pop("passCode", None)
        pass_code: str | None = None
        if _pass_code is not None:
            pass_code = _pass_code
        _email = d.pop("email", None)
        email: str | None = None
        if _email is not None:
            email = _email
        _nick_name = d.pop("nickName", None)
        nick_name: str | None = None
        if _nick_name is not None:
            nick_name = _nick_name
        _full_name = d.pop("fullName", None)
        full_name: str | None = None
        if _full_name is not None:
            full_name = _full_name
        recipient = cls(
            id=id,
            institution_id=institution_id,
            institution_customer_id=institution_customer_id,
            member_number=member_number,
            account_number=account_number,
            account_type=account_type,
            pass_code=pass_code,
            email=email,
            nick_name=nick_name,
            full_name=full_name,
        )

        recipient.additional_properties = d
        return recipient
