"""The generated parsers' date rules: the platform's formats, plus the forms its live answers use."""

from __future__ import annotations

import datetime as dt

import pytest

from candescent_async._model_support import parse_date, parse_datetime

UTC = dt.UTC
MINUS_7 = dt.timezone(dt.timedelta(hours=-7))
MINUS_8 = dt.timezone(dt.timedelta(hours=-8))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03-25", dt.date(2025, 3, 25)),
        ("2025-03-25-07:00", dt.date(2025, 3, 25)),  # legacy XML: a date with an offset
        ("2029-12-01+00:00", dt.date(2029, 12, 1)),
        ("2025-03-25T23:30:00-07:00", dt.date(2025, 3, 25)),  # the date as written, not converted
    ],
)
def test_dates_in_the_forms_the_platform_writes(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-06-19T02:21:33-07:00", dt.datetime(2026, 6, 19, 2, 21, 33, tzinfo=MINUS_7)),
        ("2026-06-19T02:21:33-0700", dt.datetime(2026, 6, 19, 2, 21, 33, tzinfo=MINUS_7)),  # no colon
        ("2026-06-19T09:21:33.250Z", dt.datetime(2026, 6, 19, 9, 21, 33, 250000, tzinfo=UTC)),
        ("11/20/2025 10:33:25 AM PST", dt.datetime(2025, 11, 20, 10, 33, 25, tzinfo=MINUS_8)),
        ("20251120103325", dt.datetime(2025, 11, 20, 10, 33, 25, tzinfo=UTC)),
        ("2026-06-19T02:21:33", dt.datetime(2026, 6, 19, 2, 21, 33, tzinfo=UTC)),  # no zone: UTC, never naive
        ("2025-03-25-07:00", dt.datetime(2025, 3, 25, tzinfo=MINUS_7)),  # a v1 date: midnight there, not 07:00
    ],
)
def test_date_times_keep_their_zone(text: str, expected: dt.datetime) -> None:
    parsed = parse_datetime(text)
    assert parsed == expected and parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("text", ["", "yesterday", "2025-13-40"])
def test_an_unreadable_date_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_parsed_dates_are_remembered_within_a_bound() -> None:
    from candescent_async import _model_support

    first = parse_date("2031-01-02")
    assert parse_date("2031-01-02") is first  # the second read is a lookup
    for day in range(_model_support._DATES_BOUND + 10):
        assert parse_date((dt.date(2000, 1, 1) + dt.timedelta(days=day)).isoformat()) == dt.date(
            2000, 1, 1
        ) + dt.timedelta(days=day)
    assert len(_model_support._DATES) <= _model_support._DATES_BOUND
    with pytest.raises(ValueError):
        parse_date("2031-02-30")  # not remembered as anything
    assert "2031-02-30" not in _model_support._DATES
