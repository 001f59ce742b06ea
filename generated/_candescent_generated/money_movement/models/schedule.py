from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.frequency import Frequency
from ..models.life_type import LifeType
from ..types import (
    Model as _Model,
    as_json_safe as _as_json_safe,
    enum_member,
    keys_only,
    known_date,
    parse_date,
)

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "lifeType",
        "startDate",
        "endDate",
        "numberOfExecutions",
        "frequency",
        "dayOfWeek",
        "daysOfMonth",
        "nextExecutionDate",
        "finalExecutionDate",
        "remainingNumberOfExecutions",
    }
)


@_attrs_define
class Schedule(_Model):
    """When a transfer runs. lifeType ENDDATE needs endDate; NUMBEROFEXECUTIONS needs numberOfExecutions (1-99); NOENDDATE
    runs until cancelled (and is the life type for a ONETIME future-dated transfer). startDate must be after today.
    Weekly kinds use dayOfWeek; monthly kinds use daysOfMonth (TWICEMONTHLY takes two days). The last three properties
    are computed by the platform (response only).

        Attributes:
            life_type (LifeType): How the schedule ends: ENDDATE (with endDate), NUMBEROFEXECUTIONS (with
                numberOfExecutions) or NOENDDATE.
            start_date (datetime.date): First execution date (must be after today, TFR_10007).
            end_date (datetime.date): Last allowed execution date (lifeType ENDDATE; must yield at least one execution,
                TFR_10008).
            number_of_executions (int): How many times the transfer runs (lifeType NUMBEROFEXECUTIONS, TFR_10009).
            frequency (Frequency): How often it runs: ONETIME, DAILY, WEEKLY, BIWEEKLY, TWICEMONTHLY, MONTHLY, ...
            day_of_week (int): Day of the week the transfer runs on (weekly kinds).
            days_of_month (list[int]): Day(s) of the month the transfer runs on (monthly kinds; two for TWICEMONTHLY,
                TFR_10063).
            next_execution_date (datetime.date): Next date the transfer will run (response).
            final_execution_date (datetime.date): Date of the last execution (response).
            remaining_number_of_executions (int): Executions still to come (response).
    """

    life_type: LifeType | None = None
    start_date: datetime.date | None = None
    end_date: datetime.date | None = None
    number_of_executions: int | None = None
    frequency: Frequency | None = None
    day_of_week: int | None = None
    days_of_month: list[int] | None = None
    next_execution_date: datetime.date | None = None
    final_execution_date: datetime.date | None = None
    remaining_number_of_executions: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.life_type is not None:
            field_dict["lifeType"] = LifeType(self.life_type).value
        if self.start_date is not None:
            field_dict["startDate"] = self.start_date.isoformat()
        if self.end_date is not None:
            field_dict["endDate"] = self.end_date.isoformat()
        if self.number_of_executions is not None:
            field_dict["numberOfExecutions"] = self.number_of_executions
        if self.frequency is not None:
            field_dict["frequency"] = Frequency(self.frequency).value
        if self.day_of_week is not None:
            field_dict["dayOfWeek"] = self.day_of_week
        if self.days_of_month is not None:
            field_dict["daysOfMonth"] = self.days_of_month

        if self.next_execution_date is not None:
            field_dict["nextExecutionDate"] = self.next_execution_date.isoformat()
        if self.final_execution_date is not None:
            field_dict["finalExecutionDate"] = self.final_execution_date.isoformat()
        if self.remaining_number_of_executions is not None:
            field_dict["remainingNumberOfExecutions"] = self.remaining_number_of_executions

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.life_type = None if (v := src_dict.get("lifeType")) is None else enum_member(LifeType, v)
        _self.start_date = None if (v := src_dict.get("startDate")) is None else (known_date(v) or parse_date(v))
        _self.end_date = None if (v := src_dict.get("endDate")) is None else (known_date(v) or parse_date(v))
        _self.number_of_executions = src_dict.get("numberOfExecutions")
        _self.frequency = None if (v := src_dict.get("frequency")) is None else enum_member(Frequency, v)
        _self.day_of_week = src_dict.get("dayOfWeek")
        _self.days_of_month = src_dict.get("daysOfMonth")
        _self.next_execution_date = (
            None if (v := src_dict.get("nextExecutionDate")) is None else (known_date(v) or parse_date(v))
        )
        _self.final_execution_date = (
            None if (v := src_dict.get("finalExecutionDate")) is None else (known_date(v) or parse_date(v))
        )
        _self.remaining_number_of_executions = src_dict.get("remainingNumberOfExecutions")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
