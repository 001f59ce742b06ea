from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

if TYPE_CHECKING:
    from ..models.id_type import IdType


T = TypeVar("T", bound="MfaCookie")


@_attrs_define
class MfaCookie(_Model):
    """A device remembered for multi-factor sign-in.

    Attributes:
        cookie_source (str): Where the cookie was set.
        insert_date_time (str): When it was first stored, yyyy-MM-ddTHH:mm:ss±hh:mm.
        insert_user (str): Who stored it.
        max_age (int): How long it stays valid (the platform does not document the unit).
        name (str):
        system_browser_id (IdType): The remembered browser's id (in value).
        system_browser_name (str): The remembered browser's name.
        update_date_time (str): When it was last changed, yyyy-MM-ddTHH:mm:ss±hh:mm.
        update_user (str): Who last changed it.
        value (str):
    """

    cookie_source: str | None = None
    insert_date_time: str | None = None
    insert_user: str | None = None
    max_age: int | None = None
    name: str | None = None
    system_browser_id: IdType | None = None
    system_browser_name: str | None = None
    update_date_time: str | None = None
    update_user: str | None = None
    value: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.cookie_source is not None:
            cookie_source = self.cookie_source
            field_dict["cookieSource"] = cookie_source
        if self.insert_date_time is not None:
            insert_date_time = self.insert_date_time
            field_dict["insertDateTime"] = insert_date_time
        if self.insert_user is not None:
            insert_user = self.insert_user
            field_dict["insertUser"] = insert_user
        if self.max_age is not None:
            max_age = self.max_age
            field_dict["maxAge"] = max_age
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        if self.system_browser_id is not None:
            system_browser_id = self.system_browser_id.to_dict()
            field_dict["systemBrowserId"] = system_browser_id
        if self.system_browser_name is not None:
            system_browser_name = self.system_browser_name
            field_dict["systemBrowserName"] = system_browser_name
        if self.update_date_time is not None:
            update_date_time = self.update_date_time
            field_dict["updateDateTime"] = update_date_time
        if self.update_user is not None:
            update_user = self.update_user
            field_dict["updateUser"] = update_user
        if self.value is not None:
            value = self.value
            field_dict["value"] = value

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.id_type import IdType

        d = dict(src_dict)
        _cookie_source = d.pop("cookieSource", None)
        cookie_source: str | None = None
        if _cookie_source is not None:
            cookie_source = _cookie_source
        _insert_date_time = d.pop("insertDateTime", None)
        insert_date_time: str | None = None
        if _insert_date_time is not None:
            insert_date_time = _insert_date_time
        _insert_user = d.pop("insertUser", None)
        insert_user: str | None = None
        if _insert_user is not None:
            insert_user = _insert_user
        _max_age = d.pop("maxAge", None)
        max_age: int | None = None
        if _max_age is not None:
            max_age = _max_age
        _name = d.pop("name", None)
        name: str | None = None
        if _name is not None:
            name = _name
        _system_browser_id = d.pop("systemBrowserId", None)
        system_browser_id: IdType | None = None
        if _system_browser_id is not None:
            system_browser_id = IdType.from_dict(_system_browser_id)

        _system_browser_name = d.pop("systemBrowserName", None)
        system_browser_name: str | None = None
        if _system_browser_name is not None:
            system_browser_name = _system_browser_name
        _update_date_time = d.pop("updateDateTime", None)
        update_date_time: str | None = None
        if _update_date_time is not None:
            update_date_time = _update_date_time
        _update_user = d.pop("updateUser", None)
        update_user: str | None = None
        if _update_user is not None:
            update_user = _update_user
        _value = d.pop("value", None)
        value: str | None = None
        if _value is not None:
            value = _value
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
