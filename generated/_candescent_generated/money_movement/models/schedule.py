from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.frequency import Frequency
from ..models.life_type import LifeType
from ..types import UNSET, Unset, keys_only, parse_date
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="Schedule")


@_attrs_define
class Schedule(_Model):
    """When a transfer runs. lifeType ENDDATE needs endDate; NUMBEROFEXECUTIONS needs numberOfExecutions (1-99); NOENDDATE
    runs until cancelled (and is the life type for a ONETIME future-dated transfer). startDate must be after today.
    Weekly kinds use dayOfWeek; monthly kinds use daysOfMonth (TWICEMONTHLY takes two days). The last three properties
    are computed by the platform (response only).

        Attributes:
            life_type (LifeType | Unset): How the schedule ends: ENDDATE (with endDate), NUMBEROFEXECUTIONS (with
                numberOfExecutions) or NOENDDATE.
            start_date (datetime.date | Unset): First execution date (must be after today, TFR_10007).
            end_date (datetime.date | Unset): Last allowed execution date (lifeType ENDDATE; must yield at least one
                execution, TFR_10008).
            number_of_executions (int | Unset): How many times the transfer runs (lifeType NUMBEROFEXECUTIONS, TFR_10009).
            frequency (Frequency | Unset): How often it runs: ONETIME, DAILY, WEEKLY, BIWEEKLY, TWICEMONTHLY, MONTHLY, ...
            day_of_week (int | Unset): Day of the week the transfer runs on (weekly kinds).
            days_of_month (list[int] | Unset): Day(s) of the month the transfer runs on (monthly kinds; two for
                TWICEMONTHLY, TFR_10063).
            next_execution_date (datetime.date | Unset): Next date the transfer will run (response).
            final_execution_date (datetime.date | Unset): Date of the last execution (response).
            remaining_number_of_executions (int | Unset): Executions still to come (response).
    """

    life_type: LifeType | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    number_of_executions: int | Unset = UNSET
    frequency: Frequency | Unset = UNSET
    day_of_week: int | Unset = UNSET
    days_of_month: list[int] | Unset = UNSET
    next_execution_date: datetime.date | Unset = UNSET
    final_execution_date: datetime.date | Unset = UNSET
    remaining_number_of_executions: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        life_type: str | Unset = UNSET
        if not isinstance(self.life_type, Unset):
            life_type = LifeType(self.life_type).value

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()
        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()
        number_of_executions = self.number_of_executions
        frequency: str | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = Frequency(self.frequency).value

        day_of_week = self.day_of_week
        days_of_month: list[int] | Unset = UNSET
        if not isinstance(self.days_of_month, Unset):
            days_of_month = self.days_of_month

        next_execution_date: str | Unset = UNSET
        if not isinstance(self.next_execution_date, Unset):
            next_execution_date = self.next_execution_date.isoformat()
        final_execution_date: str | Unset = UNSET
        if not isinstance(self.final_execution_date, Unset):
            final_execution_date = self.final_execution_date.isoformat()
        remaining_number_of_executions = self.remaining_number_of_executions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if life_type is not UNSET:
            field_dict["lifeType"] = life_type
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if number_of_executions is not UNSET:
            field_dict["numberOfExecutions"] = number_of_executions
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if day_of_week is not UNSET:
            field_dict["dayOfWeek"] = day_of_week
        if days_of_month is not UNSET:
            field_dict["daysOfMonth"] = days_of_month
        if next_execution_date is not UNSET:
            field_dict["nextExecutionDate"] = next_execution_date
        if final_execution_date is not UNSET:
            field_dict["finalExecutionDate"] = final_execution_date
        if remaining_number_of_executions is not UNSET:
            field_dict["remainingNumberOfExecutions"] = remaining_number_of_executions

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _life_type = d.pop("lifeType", UNSET)
        life_type: LifeType | Unset
        if isinstance(_life_type, Unset):
            life_type = UNSET
        else:
            life_type = LifeType(_life_type)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = parse_date(_start_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = parse_date(_end_date)

        number_of_executions = d.pop("numberOfExecutions", UNSET)
        _frequency = d.pop("frequency", UNSET)
        frequency: Frequency | Unset
        if isinstance(_frequency, Unset):
            frequency = UNSET
        else:
            frequency = Frequency(_frequency)

        day_of_week = d.pop("dayOfWeek", UNSET)
        days_of_month = cast(list[int], d.pop("daysOfMonth", UNSET))

        _next_execution_date = d.pop("nextExecutionDate", UNSET)
        next_execution_date: datetime.date | Unset
        if isinstance(_next_execution_date, Unset):
            next_execution_date = UNSET
        else:
            next_execution_date = parse_date(_next_execution_date)

        _final_execution_date = d.pop("finalExecutionDate", UNSET)
        final_execution_date: datetime.date | Unset
        if isinstance(_final_execution_date, Unset):
            final_execution_date = UNSET
        else:
            final_execution_date = parse_date(_final_execution_date)

        remaining_number_of_executions = d.pop("remainingNumberOfExecutions", UNSET)
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
