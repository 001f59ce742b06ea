from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.di_account_type import DIAccountType
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="Recipient")


@_attrs_define
class Recipient(_Model):
    """A saved payee: another member of the same institution. The platform declares no required fields; in practice
    memberNumber, accountNumber, accountType and nickName are needed to create one (REC_12004 otherwise).

        Attributes:
            id (str | Unset): Platform-generated recipient id.
            institution_id (str | Unset): Institution the recipient belongs to.
            institution_customer_id (str | Unset): Id of the user who owns this recipient.
            member_number (str | Unset): The recipient's member number at the institution.
            account_number (str | Unset): The recipient's account number.
            account_type (DIAccountType | Unset): The recipient's account type.
            pass_code (str | Unset): Institution-defined passcode proving knowledge of the recipient (e.g. the first letters
                of the last name); write-only in practice.
            email (str | Unset): The recipient's email address.
            nick_name (str | Unset): The user's name for this recipient (unique per user).
            full_name (str | Unset): The recipient's full name.
    """

    id: str | Unset = UNSET
    institution_id: str | Unset = UNSET
    institution_customer_id: str | Unset = UNSET
    member_number: str | Unset = UNSET
    account_number: str | Unset = UNSET
    account_type: DIAccountType | Unset = UNSET
    pass_code: str | Unset = _attrs_field(repr=False, default=UNSET)
    email: str | Unset = UNSET
    nick_name: str | Unset = UNSET
    full_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        id = self.id
        institution_id = self.institution_id
        institution_customer_id = self.institution_customer_id
        member_number = self.member_number
        account_number = self.account_number
        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = DIAccountType(self.account_type).value

        pass_code = self.pass_code
        email = self.email
        nick_name = self.nick_name
        full_name = self.full_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if institution_id is not UNSET:
            field_dict["institutionId"] = institution_id
        if institution_customer_id is not UNSET:
            field_dict["institutionCustomerId"] = institution_customer_id
        if member_number is not UNSET:
            field_dict["memberNumber"] = member_number
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if pass_code is not UNSET:
            field_dict["passCode"] = pass_code
        if email is not UNSET:
            field_dict["email"] = email
        if nick_name is not UNSET:
            field_dict["nickName"] = nick_name
        if full_name is not UNSET:
            field_dict["fullName"] = full_name

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        institution_id = d.pop("institutionId", UNSET)
        institution_customer_id = d.pop("institutionCustomerId", UNSET)
        member_number = d.pop("memberNumber", UNSET)
        account_number = d.pop("accountNumber", UNSET)
        _account_type = d.pop("accountType", UNSET)
        account_type: DIAccountType | Unset
        if isinstance(_account_type, Unset):
            account_type = UNSET
        else:
            account_type = DIAccountType(_account_type)

        pass_code = d.pop("passCode", UNSET)
        email = d.pop("email", UNSET)
        nick_name = d.pop("nickName", UNSET)
        full_name = d.pop("fullName", UNSET)
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
