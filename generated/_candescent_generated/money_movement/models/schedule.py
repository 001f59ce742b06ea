from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.frequency import Frequency
from ..models.life_type import LifeType
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, parse_date

T = TypeVar("T", bound="Schedule")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.life_type is not None:
            life_type = LifeType(self.life_type).value
            field_dict["lifeType"] = life_type
        if self.start_date is not None:
            start_date = self.start_date.isoformat()
            field_dict["startDate"] = start_date
        if self.end_date is not None:
            end_date = self.end_date.isoformat()
            field_dict["endDate"] = end_date
        if self.number_of_executions is not None:
            number_of_executions = self.number_of_executions
            field_dict["numberOfExecutions"] = number_of_executions
        if self.frequency is not None:
            frequency = Frequency(self.frequency).value
            field_dict["frequency"] = frequency
        if self.day_of_week is not None:
            day_of_week = self.day_of_week
            field_dict["dayOfWeek"] = day_of_week
        if self.days_of_month is not None:
            days_of_month = self.days_of_month

            field_dict["daysOfMonth"] = days_of_month
        if self.next_execution_date is not None:
            next_execution_date = self.next_execution_date.isoformat()
            field_dict["nextExecutionDate"] = next_execution_date
        if self.final_execution_date is not None:
            final_execution_date = self.final_execution_date.isoformat()
            field_dict["finalExecutionDate"] = final_execution_date
        if self.remaining_number_of_executions is not None:
            remaining_number_of_executions = self.remaining_number_of_executions
            field_dict["remainingNumberOfExecutions"] = remaining_number_of_executions

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _life_type = d.pop("lifeType", None)
        life_type: LifeType | None = None
        if _life_type is not None:
            life_type = LifeType(_life_type)

        _start_date = d.pop("startDate", None)
        start_date: datetime.date | None = None
        if _start_date is not None:
            start_date = parse_date(_start_date)

        _end_date = d.pop("endDate", None)
        end_date: datetime.date | None = None
        if _end_date is not None:
            end_date = parse_date(_end_date)

        _number_of_executions = d.pop("numberOfExecutions", None)
        number_of_executions: int | None = None
        if _number_of_executions is not None:
            number_of_executions = _number_of_executions
        _frequency = d.pop("frequency", None)
        frequency: Frequency | None = None
        if _frequency is not None:
            frequency = Frequency(_frequency)

        _day_of_week = d.pop("dayOfWeek", None)
        day_of_week: int | None = None
        if _day_of_week is not None:
            day_of_week = _day_of_week
        _days_of_month = d.pop("daysOfMonth", None)
        days_of_month: list[int] | None = None
        if _days_of_month is not None:
            days_of_month = cast(list[int], _days_of_month)

        _next_execution_date = d.pop("nextExecutionDate", None)
        next_execution_date: datetime.date | None = None
        if _next_execution_date is not None:
            next_execution_date = parse_date(_next_execution_date)

        _final_execution_date = d.pop("finalExecutionDate", None)
        final_execution_date: datetime.date | None = None
        if _final_execution_date is not None:
            final_execution_date = parse_date(_final_execution_date)

        _remaining_number_of_executions = d.pop("remainingNumberOfExecutions", None)
        remaining_number_of_executions: int | None = None
        if _remaining_number_of_executions is not None:
            remaining_number_of_executions = _remaining_number_of_executions
        schedule = cls(
            life_type=life_type,
            start_date=start_date,
            end_date=end_date,
            number_of_executions=number_of_executions,
            frequency=frequency,
            day_of_week=day_of_week,
            days_of_month=days_of_month,
            next_execution_date=next_execution_date,
            final_execution_date=final_execution_date,
            remaining_number_of_executions=remaining_number_of_executions,
        )

        schedule.additional_properties = d
        return schedule
