# SPDX-License-Identifier: MIT
"""Rows of the two sides of the differential harness: normalized values and how they compare.

Values become JSON scalars the same way on both sides: numbers (Decimal as float), text, ISO
dates and datetimes, booleans as 0/1, NULL as None. Rows are compared as lists when Django's
statement orders at the top level and as multisets otherwise; numbers match to a relative
1e-6 (absolute 1e-9), which absorbs float rendering; a midnight datetime equals its date.
"""
import datetime
import decimal
import math
import re


def normalize(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, datetime.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", "replace")
    return value


def normalize_row(row):
    return [normalize(v) for v in row]


STRINGS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`")


def orders(sql):
    """True when the statement has an ORDER BY outside every parenthesis (its result order)."""
    text = STRINGS.sub("''", sql)
    depth, top = 0, []
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            top.append(ch)
    # MySQL's `ORDER BY NULL` (Django's way to stop GROUP BY sorting) orders nothing.
    return re.search(r"\bORDER\s+BY\s+(?!NULL\b)", "".join(top), re.IGNORECASE) is not None


MIDNIGHT = re.compile(r"^(\d{4}-\d\d-\d\d) 00:00:00$")


def same_value(a, b):
    if isinstance(a, str) and isinstance(b, str):
        # A date computed as a midnight timestamp (PostgreSQL's DATE_TRUNC of a date) is the
        # date the ORM returns for a DateField output.
        return MIDNIGHT.sub(r"\1", a) == MIDNIGHT.sub(r"\1", b)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)
    return a == b


def same_row(a, b):
    return len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b))


def sort_key(row):
    # None first, then numbers, then text: a total order over mixed JSON scalars.
    return [(0, 0) if v is None else (1, round(v, 6)) if isinstance(v, (int, float))
            else (2, MIDNIGHT.sub(r"\1", str(v))) for v in row]


def same_rows(expected, got, ordered):
    if len(expected) != len(got):
        return False
    if not ordered:
        expected, got = sorted(expected, key=sort_key), sorted(got, key=sort_key)
    return all(same_row(a, b) for a, b in zip(expected, got))


def by_name(columns, table):
    """An aggregate() dict: columns sorted by name, since the ORM returns a dict."""
    order = sorted(range(len(columns)), key=lambda i: columns[i])
    return [[row[i] for i in order] for row in table]


def verdict(django, weave, as_dict, as_bool):
    """(verdict, detail): agree, or how sqlweave's rows differ from Django's."""
    expected, got = django["rows"], weave["rows"]
    if as_bool:
        truth = bool(got) and bool(got[0][0]) if weave.get("returns_bool") else bool(got)
        return ("agree", "") if truth == bool(expected) else ("rows", f"exists: {truth}")
    if got and expected and len(got[0]) != len(expected[0]) and not django.get("result"):
        return "columns", f"{len(got[0])} columns, Django {len(expected[0])}"
    if django.get("keys") and expected and django["keys"] != weave["keys"]:
        return "keys", f"keys {weave['keys']}, Django {django['keys']}"
    if as_dict and django["columns"] and weave["columns"]:
        expected, got = by_name(django["columns"], expected), by_name(weave["columns"], got)
    if same_rows(expected, got, django["ordered"]):
        return "agree", ""
    if django.get("result") and same_rows(django["result"], got, django["ordered"]):
        return "agree", ""
    if django["ordered"] and same_rows(expected, got, False):
        return "order", "the same rows in another order"
    return "rows", f"{len(got)} rows, Django {len(expected)}"
