# SPDX-License-Identifier: MIT
# Rows for the field tests: JSON with nested objects, arrays, the JSON null, missing keys, every
# scalar type, text in several cases and keys that need quoting in a JSON path; durations of
# several signs and sizes, datetimes with and without microseconds, NULLs; IPv4 and IPv6
# addresses; flags for the bitwise operators, one negative; UUIDs; bytes with NUL and high bytes.
from datetime import date, datetime, timedelta
from uuid import UUID
VENUES = [
    {"id": 1, "name": "Hall", "info": {"seats": 300, "tags": ["indoor", "big"]},
     "key": UUID("6f1c2a3e-9b4d-4c5e-8f7a-1b2c3d4e5f60")},
    {"id": 2, "name": "Park", "info": None},
    {"id": 3, "name": "Barn", "info": {"seats": 40, "open": True}, "key": UUID(int=1)},
]
EVENTS = [
    {"id": 1, "title": "Opening", "venue_id": 1, "ip": "192.168.0.1", "flags": 5, "parent_id": None,
     "day": date(2021, 3, 1), "starts": datetime(2021, 3, 1, 9, 0), "ends": datetime(2021, 3, 1, 11, 30), "length": timedelta(hours=2, minutes=30), "data": {"a": 1, "b": {"c": "x"}, "tags": ["red", "blue"], "price": 10.5}},
    {"id": 2, "title": "Talk", "venue_id": 1, "ip": "10.0.0.12", "flags": 3, "parent_id": 1,
     "day": date(2021, 3, 2), "starts": datetime(2021, 3, 2, 14, 15, 30, 250000), "ends": datetime(2021, 3, 2, 15, 0), "length": timedelta(minutes=44, seconds=29, microseconds=750000), "data": {"a": 2, "b": {"c": "Y"}, "tags": ["blue"], "name": "Ann Lee"}},
    {"id": 3, "title": "Dance", "venue_id": 3, "ip": "2001:db8::1", "flags": 12, "parent_id": 1,
     "day": date(2021, 2, 28), "starts": datetime(2021, 2, 28, 22, 0), "ends": datetime(2021, 3, 1, 2, 0), "length": timedelta(hours=4), "data": {"a": None, "name": "ann", "n": [1, 2, {"k": "deep"}]}},
    {"id": 4, "title": "Quiet", "venue_id": 2, "ip": None, "flags": 0, "parent_id": None, "day": date(2020, 12, 31), "starts": datetime(2020, 12, 31, 23, 59, 59), "ends": None, "length": None, "data": {}},
    {"id": 5, "title": "List", "venue_id": 2, "ip": "192.168.10.7", "flags": 6, "parent_id": 4, "day": date(2021, 1, 15), "starts": datetime(2021, 1, 15, 8, 0), "ends": datetime(2021, 1, 16, 8, 0), "length": timedelta(days=1), "data": [1, "two", None]},
    {"id": 6, "title": "Odd keys", "venue_id": 3, "ip": "10.1.2.3", "flags": -1, "parent_id": None,
     "day": date(2021, 3, 1), "starts": datetime(2021, 3, 1, 10, 0), "ends": datetime(2021, 3, 1, 9, 0), "length": timedelta(hours=-1), "data": {"a": "1", "with space": True, "quo\"te": 3, "ünï": "ç"}},
    {"id": 7, "title": "Scalar", "venue_id": 1, "ip": "::1", "flags": 9, "parent_id": 2, "day": date(2024, 2, 29), "starts": datetime(2024, 2, 29, 12, 0), "ends": datetime(2024, 3, 1, 12, 0, 0, 1), "length": timedelta(days=1, microseconds=1), "data": "just text"},
    {"id": 8, "title": "Nulls", "venue_id": 3, "ip": None, "flags": 1, "parent_id": None, "day": date(2021, 6, 1), "starts": datetime(2021, 6, 1, 0, 0), "ends": None, "length": timedelta(0), "data": {"a": None, "b": None}},
]
ATTACHMENTS = [
    {"id": 1, "event_id": 1, "content": b"abc", "digest": b"\x01\x02"},
    {"id": 2, "event_id": 1, "content": b"\x00\xff\x00", "digest": None},
    {"id": 3, "event_id": 2, "content": b"", "digest": b"\xfe"},
    {"id": 4, "event_id": 3, "content": b"ABC", "digest": b"\x01\x02"},
]
