from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"links", "content", "page"})


@_attrs_define
class JobErrorsResponse(_Model):
    """One page of the lines a job rejected.

    Attributes:
        links (list[Link1]): Links to neighbouring pages.
        content (list[JobError]): The rejected lines of this page.
        page (Page1): Where this page is in the whole list.
    """

    links: list[Link1]
    content: list[JobError]
    page: Page1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["links"] = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            field_dict["links"].append(links_item)

        field_dict["content"] = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            field_dict["content"].append(content_item)

        field_dict["page"] = self.page.to_dict()

        return _as_json_safe(field_dict) if json_safe else field_dict

    def _page(self) -> tuple[Self, list[JobError]]:
        """This page and its items, as ``paginate`` reads them (no list is no items)."""
        return self, self.content or []

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.links = [Link1.from_dict(item) for item in src_dict["links"]]
        _self.content = [JobError.from_dict(item) for item in src_dict["content"]]
        _self.page = Page1.from_dict(src_dict["page"])
        extra = (
            {}
            if len(src_dict) == 3 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.job_error import JobError
from ..models.link_1 import Link1
from ..models.page_1 import Page1
