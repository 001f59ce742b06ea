from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "cookieSource",
        "insertDateTime",
        "insertUser",
        "maxAge",
        "name",
        "systemBrowserId",
        "systemBrowserName",
        "updateDateTime",
        "updateUser",
        "value",
    }
)


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.cookie_source is not None:
            field_dict["cookieSource"] = self.cookie_source
        if self.insert_date_time is not None:
            field_dict["insertDateTime"] = self.insert_date_time
        if self.insert_user is not None:
            field_dict["insertUser"] = self.insert_user
        if self.max_age is not None:
            field_dict["maxAge"] = self.max_age
        if self.name is not None:
            field_dict["name"] = self.name
        if self.system_browser_id is not None:
            field_dict["systemBrowserId"] = self.system_browser_id.to_dict()
        if self.system_browser_name is not None:
            field_dict["systemBrowserName"] = self.system_browser_name
        if self.update_date_time is not None:
            field_dict["updateDateTime"] = self.update_date_time
        if self.update_user is not None:
            field_dict["updateUser"] = self.update_user
        if self.value is not None:
            field_dict["value"] = self.value

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.cookie_source = src_dict.get("cookieSource")
        _self.insert_date_time = src_dict.get("insertDateTime")
        _self.insert_user = src_dict.get("insertUser")
        _self.max_age = src_dict.get("maxAge")
        _self.name = src_dict.get("name")
        _self.system_browser_id = None if (v := src_dict.get("systemBrowserId")) is None else IdType.from_dict(v)
        _self.system_browser_name = src_dict.get("systemBrowserName")
        _self.update_date_time = src_dict.get("updateDateTime")
        _self.update_user = src_dict.get("updateUser")
        _self.value = src_dict.get("value")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.id_type import IdType
