"""The lake's Hive partitions of arrival: date and hour in UTC, from the element's timestamp."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from apache_beam.utils.timestamp import MIN_TIMESTAMP, Timestamp

from emr_deid.transforms.lake import arrival_partition


@pytest.mark.parametrize(
    ("arrived", "expected"),
    [
        (datetime(2024, 3, 5, 14, 0, 0, tzinfo=UTC), {"date": "2024-03-05", "hour": "14"}),
        (datetime(2024, 3, 5, 14, 59, 59, 999999, tzinfo=UTC), {"date": "2024-03-05", "hour": "14"}),
        (datetime(2024, 12, 31, 23, 30, tzinfo=UTC), {"date": "2024-12-31", "hour": "23"}),
        (datetime(2025, 1, 1, 0, 0, tzinfo=UTC), {"date": "2025-01-01", "hour": "00"}),
        (datetime(1969, 12, 31, 23, 59, 59, tzinfo=UTC), {"date": "1969-12-31", "hour": "23"}),
    ],
)
def test_arrival_partition_is_the_utc_date_and_hour(arrived, expected):
    timestamp = Timestamp.from_utc_datetime(arrived)
    assert arrival_partition(timestamp) == expected
    assert arrival_partition(timestamp) == expected  # a second call, from the cache of hours, the same


def test_arrival_partition_of_no_arrival_time_is_undated():
    assert arrival_partition(MIN_TIMESTAMP) == {"date": "undated", "hour": "undated"}


def test_arrival_partition_hands_out_its_own_dict():
    timestamp = Timestamp.from_utc_datetime(datetime(2024, 3, 5, 14, tzinfo=UTC))
    arrival_partition(timestamp)["hour"] = "changed"
    assert arrival_partition(timestamp)["hour"] == "14"
