from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"totalCount", "statementOptInReport"})


@_attrs_define
class EStatementReportResponse(_Model):
    """The opt-in report.

    Attributes:
        total_count (int): How many rows the whole report has.
        statement_opt_in_report (list[EStatementReport]): The rows of this answer.
    """

    total_count: int
    statement_opt_in_report: list[EStatementReport]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["totalCount"] = self.total_count
        field_dict["statementOptInReport"] = []
        for statement_opt_in_report_item_data in self.statement_opt_in_report:
            statement_opt_in_report_item = statement_opt_in_report_item_data.to_dict()
            field_dict["statementOptInReport"].append(statement_opt_in_report_item)

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.total_count = src_dict["totalCount"]
        _self.statement_opt_in_report = [EStatementReport.from_dict(item) for item in src_dict["statementOptInReport"]]
        extra = (
            {}
            if len(src_dict) == 2 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.e_statement_report import EStatementReport
