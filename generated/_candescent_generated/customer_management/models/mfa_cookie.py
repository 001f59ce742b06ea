from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.id_type import IdType


T = TypeVar("T", bound="MfaCookie")


@_attrs_define
class MfaCookie(_Model):
    """A device remembered for multi-factor sign-in.

    Attributes:
        cookie_source (str | Unset): Where the cookie was set.
        insert_date_time (str | Unset): When it was first stored, yyyy-MM-ddTHH:mm:ss±hh:mm.
        insert_user (str | Unset): Who stored it.
        max_age (int | Unset): How long it stays valid (the platform does not document the unit).
        name (str | Unset):
        system_browser_id (IdType | Unset): The remembered browser's id (in value).
        system_browser_name (str | Unset): The remembered browser's name.
        update_date_time (str | Unset): When it was last changed, yyyy-MM-ddTHH:mm:ss±hh:mm.
        update_user (str | Unset): Who last changed it.
        value (str | Unset):
    """

    cookie_source: str | Unset = UNSET
    insert_date_time: str | Unset = UNSET
    insert_user: str | Unset = UNSET
    max_age: int | Unset = UNSET
    name: str | Unset = UNSET
    system_browser_id: IdType | Unset = UNSET
    system_browser_name: str | Unset = UNSET
    update_date_time: str | Unset = UNSET
    update_user: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        cookie_source = self.cookie_source
        insert_date_time = self.insert_date_time
        insert_user = self.insert_user
        max_age = self.max_age
        name = self.name
        system_browser_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.system_browser_id, Unset):
            system_browser_id = self.system_browser_id.to_dict()
        system_browser_name = self.system_browser_name
        update_date_time = self.update_date_time
        update_user = self.update_user
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cookie_source is not UNSET:
            field_dict["cookieSource"] = cookie_source
        if insert_date_time is not UNSET:
            field_dict["insertDateTime"] = insert_date_time
        if insert_user is not UNSET:
            field_dict["insertUser"] = insert_user
        if max_age is not UNSET:
            field_dict["maxAge"] = max_age
        if name is not UNSET:
            field_dict["name"] = name
        if system_browser_id is not UNSET:
            field_dict["systemBrowserId"] = system_browser_id
        if system_browser_name is not UNSET:
            field_dict["systemBrowserName"] = system_browser_name
        if update_date_time is not UNSET:
            field_dict["updateDateTime"] = update_date_time
        if update_user is not UNSET:
            field_dict["updateUser"] = update_user
        if value is not UNSET:
            field_dict["value"] = value

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.id_type import IdType

        d = dict(src_dict)
        cookie_source = d.pop("cookieSource", UNSET)
        insert_date_time = d.pop("insertDateTime", UNSET)
        insert_user = d.pop("insertUser", UNSET)
        max_age = d.pop("maxAge", UNSET)
        name = d.pop("name", UNSET)
        _system_browser_id = d.pop("systemBrowserId", UNSET)
        system_browser_id: IdType | Unset
        if isinstance(_system_browser_id, Unset):
            system_browser_id = UNSET
        else:
            system_browser_id = IdType.from_dict(_system_browser_id)

        system_browser_name = d.pop("systemBrowserName", UNSET)
        update_date_time = d.pop("updateDateTime", UNSET)
        update_user = d.pop("updateUser", UNSET)
        value = d.pop("value", UNSET)
        mfa_cookie = cls(
            cookie_source=cookie_source,
            insert_date_time=insert_date_time,
            insert_user=insert_user,
            max_age=max_age,
            name=name,
            system_browser_id=system_browser_id,
            system_browser_name=system_browser_name,
            update_date_time=update_date_time,
            update_user=update_user,
            value=value,
        )

        mfa_cookie.additional_properties = d
        return mfa_cookie
