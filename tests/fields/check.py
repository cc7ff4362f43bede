#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Fields Django renders its own way (JSONField, DurationField, dates and times in arithmetic)
against Django 3.2: every queryset of cases.tsv runs through Django and through the SQL
sqlweave compiles, on SQLite and, when scripts/with-db-servers provides them, PostgreSQL and
MariaDB, over the same tables and rows (data.py). The rows must be equal (durations compared
as microseconds), and sqlweave must refuse exactly what Django refuses. Each queryset then runs
through `sqlweave run`, whose executors must decode every value as Django does. Cases named
`decoded/...` are compared through `sqlweave run` alone: their values are JSON a driver's raw
cursor hands back as text, which only Django's JSONField (and sqlweave's executor) decode.

    tests/fields/check.py --sqlweave build/sqlweave [--vendor sqlite|postgresql|mysql]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DIALECT = {"sqlite": "sqlite", "postgresql": "postgresql", "mysql": "mysql"}


def database(vendor, tmp):
    if vendor == "sqlite":
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": os.path.join(tmp, "json.db")}
    if vendor == "postgresql":
        conninfo = dict(kv.split("=", 1) for kv in os.environ["SQLWEAVE_PG_CONNINFO"].split())
        return {"ENGINE": "django.db.backends.postgresql", "NAME": conninfo["dbname"],
                "USER": conninfo["user"], "HOST": conninfo["host"], "PORT": conninfo["port"]}
    return {"ENGINE": "django.db.backends.mysql", "NAME": os.environ["SQLWEAVE_MYSQL_DB"],
            "USER": os.environ["SQLWEAVE_MYSQL_USER"], "HOST": os.environ["SQLWEAVE_MYSQL_HOST"],
            "PORT": os.environ["SQLWEAVE_MYSQL_PORT"],
            "PASSWORD": os.environ.get("SQLWEAVE_MYSQL_PASSWORD", "")}


def divergences():
    """(name, vendor) -> why sqlweave follows Django's documented meaning instead of its rows."""
    out = {}
    with open(os.path.join(HERE, "divergences.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                name, vendor, why = line.rstrip("\n").split("\t")
                out[(name, vendor)] = why
    return out


def cases():
    with open(os.path.join(HERE, "cases.tsv"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                name, query = line.split("\t", 1)
                # name<TAB>!error<TAB>query: the snapshot expects a refusal on some database.
                yield name, query.removeprefix("!error\t")


def comparable(v):
    """A value as both sides can give it: durations and datetimes as the databases store them."""
    import datetime
    import decimal
    if isinstance(v, datetime.timedelta):
        return v // datetime.timedelta(microseconds=1)
    if isinstance(v, (bytes, memoryview)):  # psycopg2 reads bytea as a memoryview
        return bytes(v)
    if isinstance(v, datetime.datetime):
        return v.isoformat(" ")
    if isinstance(v, (datetime.date, datetime.time)):
        return v.isoformat()
    if isinstance(v, (dict, list)):  # a JSONField value Django decoded; the cursor's is text
        return json.dumps(v, sort_keys=True)
    if isinstance(v, str) and v[:1] in "{[":
        try:
            return json.dumps(json.loads(v), sort_keys=True)
        except ValueError:
            return v
    if isinstance(v, decimal.Decimal):
        return int(v) if v == int(v) else float(v)
    if isinstance(v, str) and len(v) >= 19 and v[4] == "-" and v[10] in " T" and v[13] == ":":
        return v.replace("T", " ")
    return v


def same_cell(got, want):
    """An average of durations comes from the cursor as a float of microseconds; Django's
    timedelta rounds it to the microsecond."""
    if isinstance(got, float) and isinstance(want, int) and not isinstance(want, bool):
        return abs(got - want) <= 0.5
    return got == want


def same_rows(rows, expected):
    def cells(r):
        return r if isinstance(r, tuple) else (r,)
    return len(rows) == len(expected) and all(
        len(cells(a)) == len(cells(b)) and all(map(same_cell, cells(a), cells(b)))
        for a, b in zip(rows, expected))


def run_json_form(v):
    """A value of Django's as `sqlweave run --json` prints it (README: numbers and booleans as
    JSON, decimals, dates, times and durations as text, bytes as hex digits; a JSONField's value
    as its JSON)."""
    import datetime
    import decimal
    if isinstance(v, (bytes, memoryview)):
        return run_cell(bytes(v).hex())  # hex digits may read as a number, as run's do
    if isinstance(v, datetime.timedelta):
        days, rest = divmod(v // datetime.timedelta(microseconds=1), 86_400_000_000)
        seconds, micro = divmod(rest, 1_000_000)
        return f"{days} days {seconds // 3600:02}:{seconds // 60 % 60:02}:{seconds % 60:02}.{micro:06}"
    if isinstance(v, datetime.datetime):
        return v.isoformat(" ")
    if isinstance(v, (datetime.date, datetime.time)):
        return v.isoformat()
    if isinstance(v, decimal.Decimal):
        return ("decimal", v)
    return v


def run_cell(v):
    """A cell of `run --json` in the form run_json_form gives: decimals compared by value."""
    import decimal
    if isinstance(v, str):
        try:
            return ("decimal", decimal.Decimal(v))
        except decimal.InvalidOperation:
            return v
    return v


def database_url(vendor, tmp):
    if vendor == "sqlite":
        return "sqlite:" + os.path.join(tmp, "json.db")
    if vendor == "postgresql":
        i = dict(kv.split("=", 1) for kv in os.environ["SQLWEAVE_PG_CONNINFO"].split())
        return f"postgresql://{i['user']}@{i['host']}:{i['port']}/{i['dbname']}"
    e = os.environ
    return (f"mysql://{e['SQLWEAVE_MYSQL_USER']}:{e.get('SQLWEAVE_MYSQL_PASSWORD', '')}"
            f"@{e['SQLWEAVE_MYSQL_HOST']}:{e['SQLWEAVE_MYSQL_PORT']}/{e['SQLWEAVE_MYSQL_DB']}")


def run_query(sqlweave, url, query):
    """The rows `sqlweave run --db URL --json` returns, each a tuple (a lone column: its value)."""
    p = subprocess.run([sqlweave, "run", "--schema", os.path.join(HERE, "ev", "models.py"),
                        "--db", url, "--json", query], capture_output=True, text=True)
    if p.returncode != 0:
        return None, p.stderr.strip()
    out = json.loads(p.stdout)
    rows = [tuple(map(run_cell, r)) for r in out["rows"]]
    return [r[0] if len(r) == 1 else r for r in rows], None


def bound(statement):
    """A statement's params as Python values for the driver: bytes arrive as hex digits."""
    return [bytes.fromhex(p) if kind == "bytes" else p
            for p, kind in zip(statement["params"], statement["param_types"])]


def compile_query(sqlweave, vendor, query):
    p = subprocess.run([sqlweave, "compile", "--schema", os.path.join(HERE, "ev", "models.py"),
                        "--dialect", DIALECT[vendor], "--paramstyle", "format", "--json", query],
                       capture_output=True, text=True)
    if p.returncode != 0:
        return None, p.stderr.strip()
    return json.loads(p.stdout)["statements"], None


def run_vendor(vendor, sqlweave):
    sys.path.insert(0, HERE)
    import django
    from django.conf import settings
    tmp = tempfile.mkdtemp()
    # sqlweave's sessions run in UTC: so does Django's here (its TIME_ZONE is the session's).
    settings.configure(DATABASES={"default": database(vendor, tmp)}, INSTALLED_APPS=["ev"],
                       USE_TZ=False, TIME_ZONE="UTC", DEFAULT_AUTO_FIELD="django.db.models.AutoField")
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from datetime import date  # noqa: F401  (the querysets use them)
    from datetime import timedelta  # noqa: F401
    from django.db.models import Avg, Count, DateField, DateTimeField, DurationField, ExpressionWrapper, F, Max, Min, Q, Sum, Value, Window  # noqa: F401
    from django.db.models.functions import DenseRank, FirstValue, Lag, LastValue, Lead, Ntile, Rank, RowNumber  # noqa: F401
    from django.db.models.expressions import RawSQL  # noqa: F401
    from django.db.models.functions import ExtractDay, ExtractHour, ExtractMinute, ExtractSecond, ExtractYear, JSONObject, NullIf, Upper  # noqa: F401
    from django.db.models.fields.json import KeyTextTransform, KeyTransform  # noqa: F401
    from django.db.models.expressions import RowRange  # noqa: F401
    from django.db.models.query import QuerySet
    from ev.models import Attachment, Event, Venue
    import data

    call_command("migrate", run_syncdb=True, verbosity=0)
    Event.objects.all().delete()
    Venue.objects.all().delete()
    for row in data.VENUES:
        Venue(**row).save()
    for row in data.EVENTS:
        Event(**row).save()
    for row in data.ATTACHMENTS:
        Attachment(**row).save()

    failures = 0
    url = database_url(vendor, tmp)
    divergent = divergences()
    scope = dict(globals(), **locals())
    for name, query in cases():
        try:
            result = eval(query, scope)
            if isinstance(result, dict):  # aggregate(): one row, in the order of its keywords
                values = tuple(result.values())
                expected = [values[0] if len(values) == 1 else values]
            else:
                expected = list(result) if isinstance(result, QuerySet) else [result]
            ordered = isinstance(result, QuerySet) and result.ordered
            refused = None
        except Exception as e:  # Django refuses it: so must sqlweave
            expected, ordered, refused = None, False, f"{type(e).__name__}: {e}"
        statements, error = compile_query(sqlweave, vendor, query)
        if refused or error:
            if not (refused and error):
                failures += 1
                print(f"FAIL [{vendor}] {name}: django {refused or 'answers'}, "
                      f"sqlweave {error or 'compiles'}")
            continue
        with connection.cursor() as cursor:
            cursor.execute(statements[-1]["sql"], bound(statements[-1]))
            rows = [comparable(r[0]) if len(r) == 1 else tuple(map(comparable, r))
                    for r in cursor.fetchall()]
        if isinstance(result, bool) and refused is None:  # exists(): whether a row came back
            rows = [bool(rows)]
        raw = expected
        expected = [comparable(e) if not isinstance(e, tuple) else tuple(map(comparable, e))
                    for e in expected]
        if not ordered:
            rows, expected = sorted(rows, key=repr), sorted(expected, key=repr)
        if (name, vendor) in divergent and not name.startswith("decoded/"):
            if same_rows(rows, expected):
                failures += 1
                print(f"FAIL [{vendor}] {name}: listed as divergent, but agrees: remove it")
            continue
        if not same_rows(rows, expected) and not name.startswith("decoded/"):
            failures += 1
            print(f"FAIL [{vendor}] {name}: {query}\n  django:   {expected}\n  sqlweave: {rows}\n"
                  f"  sql: {statements[-1]['sql']} {statements[-1]['params']}")
            continue
        # The same queryset through sqlweave's own executor: its decoding of every value.
        got, error = run_query(sqlweave, url, query)
        want = [run_json_form(e) if not isinstance(e, tuple) else tuple(map(run_json_form, e))
                for e in raw]
        if got is not None and not ordered:
            got, want = sorted(got, key=repr), sorted(want, key=repr)
        listed = (name, vendor + "-run") in divergent
        if listed and got == want:
            failures += 1
            print(f"FAIL [{vendor}] {name} (sqlweave run): listed as divergent, but agrees")
        elif not listed and got != want:
            failures += 1
            print(f"FAIL [{vendor}] {name} (sqlweave run): {query}\n  django: {want}\n"
                  f"  run:    {error or got}")
    print(f"{vendor}: {len(list(cases())) - failures} of {len(list(cases()))} agree with Django")
    return failures


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sqlweave", required=True)
    ap.add_argument("--vendor", choices=sorted(DIALECT))
    args = ap.parse_args()
    if args.vendor:
        return 1 if run_vendor(args.vendor, args.sqlweave) else 0
    vendors = ["sqlite"]
    if "SQLWEAVE_PG_CONNINFO" in os.environ:
        vendors.append("postgresql")
    if "SQLWEAVE_MYSQL_PORT" in os.environ:
        vendors.append("mysql")
    status = 0
    for v in vendors:  # one process each: Django's settings are configured once per process
        status |= subprocess.run([sys.executable, __file__, "--sqlweave", args.sqlweave,
                                  "--vendor", v]).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
