from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.experience_group_summary import ExperienceGroupSummary
    from ..models.link import Link
    from ..models.page_metadata import PageMetadata


T = TypeVar("T", bound="ExperienceGroupsResponse")


@_attrs_define
class ExperienceGroupsResponse(_Model):
    """
    Attributes:
        links (list[Link] | Unset):
        content (list[ExperienceGroupSummary] | Unset):
        page (PageMetadata | Unset):
    """

    links: list[Link] | Unset = UNSET
    content: list[ExperienceGroupSummary] | Unset = UNSET
    page: PageMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page, Unset):
            page = self.page.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if links is not UNSET:
            field_dict["links"] = links
        if content is not UNSET:
            field_dict["content"] = content
        if page is not UNSET:
            field_dict["page"] = page

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.experience_group_summary import ExperienceGroupSummary
        from ..models.link import Link
        from ..models.page_metadata import PageMetadata

        d = dict(src_dict)
        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = Link.from_dict(links_item_data)

                links.append(links_item)

        _content = d.pop("content", UNSET)
        content: list[ExperienceGroupSummary] | Unset = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:
                content_item = ExperienceGroupSummary.from_dict(content_item_data)

                content.append(content_item)

        _page = d.pop("page", UNSET)
        page: PageMetadata | Unset
        if isinstance(_page, Unset):
            page = UNSET
        else:
            page = PageMetadata.from_dict(_page)

        experience_groups_response = cls(
            links=links,
            content=content,
            page=page,
        )

        experience_groups_response.additional_properties = d
        return experience_groups_response
