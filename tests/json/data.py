# SPDX-License-Identifier: MIT
# Rows for the JSON tests: nested objects, arrays, the JSON null, missing keys, every scalar type,
# text in several cases, and keys that need quoting in a JSON path.
VENUES = [
    {"id": 1, "name": "Hall", "info": {"seats": 300, "tags": ["indoor", "big"]}},
    {"id": 2, "name": "Park", "info": None},
    {"id": 3, "name": "Barn", "info": {"seats": 40, "open": True}},
]
EVENTS = [
    {"id": 1, "title": "Opening", "venue_id": 1, "parent_id": None,
     "data": {"a": 1, "b": {"c": "x"}, "tags": ["red", "blue"], "price": 10.5}},
    {"id": 2, "title": "Talk", "venue_id": 1, "parent_id": 1,
     "data": {"a": 2, "b": {"c": "Y"}, "tags": ["blue"], "name": "Ann Lee"}},
    {"id": 3, "title": "Dance", "venue_id": 3, "parent_id": 1,
     "data": {"a": None, "name": "ann", "n": [1, 2, {"k": "deep"}]}},
    {"id": 4, "title": "Quiet", "venue_id": 2, "parent_id": None, "data": {}},
    {"id": 5, "title": "List", "venue_id": 2, "parent_id": 4, "data": [1, "two", None]},
    {"id": 6, "title": "Odd keys", "venue_id": 3, "parent_id": None,
     "data": {"a": "1", "with space": True, "quo\"te": 3, "ünï": "ç"}},
    {"id": 7, "title": "Scalar", "venue_id": 1, "parent_id": 2, "data": "just text"},
    {"id": 8, "title": "Nulls", "venue_id": 3, "parent_id": None, "data": {"a": None, "b": None}},
]
