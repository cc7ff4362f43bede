#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""One database for the differential harness: Django 3.2 and sqlweave's SQL on the same tables.

    backend.py BACKEND SCHEMA        (BACKEND: sqlite, postgresql, mysql; SCHEMA: a folder name
                                      under tests/fixtures holding models.py and fixture.json)

Django creates the tables of tests/fixtures/SCHEMA/models.py with its own schema editor and the
rows of fixture.json are loaded. Then every stdin line is a JSON request
{"query": TEXT, "sqlweave": <the compile driver's answer for this database>} and the answer, a
JSON line, holds what each side returned: {"django": OUTCOME, "sqlweave": OUTCOME} with
OUTCOME = {"status": "rows"|"state"|"write"|"refused"|"error", "rows": [[...]], "columns": [...],
"ordered": bool, "message": TEXT}. Django's rows are those of the first SELECT the ORM ran for
the queryset (its main statement), executed again through the same cursor, so both sides are
compared at the level of the driver's values (rows.py normalizes them).

A write that inserts nothing (update(), delete(), bulk_update()) is judged by what it leaves:
"state" holds every table's rows, sorted, read in the write's transaction before it is rolled
back, and "count" the number Django's method returns (update()'s rows, delete()'s total; None
for bulk_update(), which returns None in Django 3.2) or, for sqlweave, the rows affected of its
statements marked "counted". A write for which Django runs no statement (`none().update()`,
`bulk_create([])`) is a "state" too, of the untouched tables. Inserts and the rest stay "write"
(the servers suite): a rolled-back sequence does not give its keys back. A queryset for which a
side runs no statement at all is "norows".
"""
import datetime
import decimal
import json
import os
import pathlib
import re
import sys
import types

HERE = pathlib.Path(__file__).resolve().parent
FIXTURES = HERE.parent / "fixtures"
SCHEMA = ""  # the app under test, set by main()
sys.path.insert(0, str(HERE))

import rows  # noqa: E402  (after the path entry above)


def database_settings(backend):
    if backend == "sqlite":
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}
    if backend == "postgresql":
        conninfo = dict(part.split("=", 1) for part in os.environ["SQLWEAVE_PG_CONNINFO"].split())
        return {"ENGINE": "django.db.backends.postgresql", "NAME": conninfo.get("dbname"),
                "USER": conninfo.get("user", ""), "PASSWORD": conninfo.get("password", ""),
                "HOST": conninfo.get("host", ""), "PORT": conninfo.get("port", "")}
    if backend == "mysql":
        env = os.environ
        return {"ENGINE": "django.db.backends.mysql", "NAME": env["SQLWEAVE_MYSQL_DB"],
                "USER": env["SQLWEAVE_MYSQL_USER"], "PASSWORD": env.get("SQLWEAVE_MYSQL_PASSWORD", ""),
                "HOST": env["SQLWEAVE_MYSQL_HOST"], "PORT": env["SQLWEAVE_MYSQL_PORT"]}
    raise SystemExit(f"unknown backend {backend!r}")


def uses_contenttypes(schema):
    """Whether the models import django.contrib.contenttypes (generic relations)."""
    return "django.contrib.contenttypes" in (FIXTURES / schema / "models.py").read_text()


def contrib_apps(schema):
    """The django.contrib apps the models import (auth's User needs contenttypes too)."""
    text = (FIXTURES / schema / "models.py").read_text()
    if "django.contrib.auth" in text:
        return ["django.contrib.contenttypes", "django.contrib.auth"]
    return ["django.contrib.contenttypes"] if uses_contenttypes(schema) else []


def setup_django(backend, schema):
    sys.path.insert(0, str(FIXTURES))  # tests/fixtures/SCHEMA is the app SCHEMA
    import django
    from django.conf import settings
    apps = contrib_apps(schema) + [schema]
    settings.configure(DATABASES={"default": database_settings(backend)}, INSTALLED_APPS=apps,
                       USE_TZ=False, DEFAULT_AUTO_FIELD="django.db.models.AutoField")
    django.setup()
    if django.VERSION[:2] != (3, 2):
        raise SystemExit(f"Django 3.2 is the reference; found {django.get_version()}")


def create_tables(schema):
    from django.apps import apps
    from django.db import connection
    # A proxy shares its concrete model's table; an unmanaged model's table is another's.
    models = [m for m in apps.get_app_config(schema).get_models()
              if not m._meta.proxy and m._meta.managed]
    contrib = [m for app in contrib_apps(schema) for m in
               apps.get_app_config(app.rsplit(".", 1)[1]).get_models()]
    models = contrib + models
    existing = set(connection.introspection.table_names())
    with connection.schema_editor() as editor:
        for model in reversed(models):  # a rerun on a server database starts from clean tables
            if model._meta.db_table in existing:
                editor.delete_model(model)
        for model in models:
            editor.create_model(model)
    data = json.loads((FIXTURES / schema / "fixture.json").read_text(encoding="utf-8"))
    expected_types = data.pop("_content_types", None)
    if uses_contenttypes(schema):
        check_content_types(schema, expected_types)
    known = {m._meta.db_table for m in models}
    known |= {f.remote_field.through._meta.db_table for m in models for f in m._meta.local_many_to_many}
    unknown = sorted(set(data) - known)
    if unknown:
        raise SystemExit(f"fixture.json of {schema} fills tables the models do not have: {unknown}")
    qn = connection.ops.quote_name
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":  # SHA1() ... SHA512() call pgcrypto's DIGEST()
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pgcrypto")
        if connection.vendor == "mysql":
            cursor.execute("SET FOREIGN_KEY_CHECKS = 0")  # self references come in any order
        for table, content in data.items():  # the fixture lists tables in a loadable order
            columns = content["columns"]
            sql = "INSERT INTO %s (%s) VALUES (%s)" % (
                qn(table), ", ".join(qn(c) for c in columns), ", ".join(["%s"] * len(columns)))
            cursor.executemany(sql, [tuple(row) for row in content["rows"]])
        if connection.vendor == "mysql":
            cursor.execute("SET FOREIGN_KEY_CHECKS = 1")
        if connection.vendor == "postgresql":
            for table, content in data.items():
                if "id" in content["columns"]:  # a CharField or parent-link key has no sequence
                    # The name is read as SQL: quoted, a mixed-case db_table is found.
                    cursor.execute("SELECT setval(pg_get_serial_sequence(%s, 'id'), 100000)",
                                   [qn(table)])


def check_content_types(schema, expected):
    """The content type rows as migrate's post_migrate handler makes them, and their ids as the
    fixture's `_content_types` expects them (its object rows name them)."""
    from django.apps import apps
    from django.contrib.contenttypes.management import create_contenttypes
    from django.contrib.contenttypes.models import ContentType
    ContentType.objects.clear_cache()
    for label in ("contenttypes", schema):
        create_contenttypes(apps.get_app_config(label), verbosity=0)
    got = {f"{c.app_label}.{c.model}": c.id for c in ContentType.objects.all()}
    if got != expected:
        raise SystemExit(f"fixture.json of {schema}: content type ids {got}, expected {expected}")


def eval_namespace(schema):
    from django.apps import apps
    from django.db import models
    from django.db.models import functions
    from django.db.models.expressions import RawSQL
    namespace = {"RawSQL": RawSQL}  # sqlweave's query language has it as a name of its own
    for module in (models, functions):
        namespace.update({k: getattr(module, k) for k in dir(module) if not k.startswith("_")})
    # After the modules: django.db.models.functions has a submodule called `datetime`.
    namespace.update({"models": models, "date": datetime.date, "datetime": datetime.datetime,
                      "time": datetime.time, "timedelta": datetime.timedelta,
                      "Decimal": decimal.Decimal})
    for model in apps.get_app_config(schema).get_models():
        namespace[model.__name__] = model
    return namespace


WRITES = ("update", "delete", "bulk_update", "bulk_create")
READ = re.compile(r"^\s*(\(\s*)*(SELECT|WITH)\b", re.IGNORECASE)
CHANGE = re.compile(r"^\s*(UPDATE|DELETE)\b", re.IGNORECASE)  # a write judged by state()


def tables():
    from django.apps import apps
    names = set()
    for model in apps.get_app_config(SCHEMA).get_models():
        names.add(model._meta.db_table)
        names |= {f.remote_field.through._meta.db_table for f in model._meta.local_many_to_many}
    return sorted(names)


def state():
    """Every table's rows, sorted: what a write left."""
    from django.db import connection
    qn = connection.ops.quote_name
    return {t: sorted(fetch(f"SELECT * FROM {qn(t)}", [])[1], key=repr) for t in tables()}


def terminal_method(query):
    """The last call of a queryset at the top level: `update` of `X.objects.filter(a=1).update(b=2)`."""
    depth, quote, last, i = 0, None, None, 0
    while i < len(query):
        c = query[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "." and depth == 0:
            call = re.match(r"\.(\w+)\(", query[i:])
            if call:
                last = call.group(1)
        i += 1
    return last


def django_count(result):
    """The number a write method returns: update()'s rows, delete()'s total (its first item),
    bulk_create()'s objects; bulk_update() returns None in Django 3.2."""
    if isinstance(result, tuple):
        return result[0]
    if isinstance(result, list):
        return len(result)
    return result


def describe(exc):
    text = re.sub(r" at 0x[0-9a-f]+", "", str(exc))
    return f"{type(exc).__name__}: {' '.join(text.split())}"


def fetch(sql, params):
    """Runs one statement through Django's cursor and returns (columns, rows)."""
    from django.db import connection
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        if cursor.description is None:
            return None, None
        return [d[0] for d in cursor.description], [rows.normalize_row(r) for r in cursor.fetchall()]


def rolled_back(work):
    from django.db import transaction
    with transaction.atomic():
        try:
            return work()
        finally:
            transaction.set_rollback(True)


def orm_rows(queryset, keys):
    """values_list() and values() rows in the order the ORM hands them out (values_list()
    reorders Django's SELECT list to the names given); nothing for model instances. A values()
    dict's keys go to `keys`."""
    out = []
    for item in queryset:
        if isinstance(item, dict):
            keys[:] = list(item)
            out.append(rows.normalize_row(item.values()))
        elif isinstance(item, tuple):
            out.append(rows.normalize_row(item))
        elif queryset._iterable_class.__name__ == "FlatValuesListIterable":
            out.append(rows.normalize_row([item]))
        else:
            return []
    return out


def run_django(query, namespace):
    from django.db import connection
    from django.db.models.manager import BaseManager
    from django.core.exceptions import EmptyResultSet
    from django.db.models.query import QuerySet
    statements = []

    def capture(execute, sql, params, many, context):
        statements.append((sql, params))
        return execute(sql, params, many, context)

    shaped = []  # values()/values_list() rows as the ORM returns them
    own_sql = []  # a queryset result's own SQL
    keys = []  # values() dicts' keys
    after = {}  # a write's state()
    returned = []  # what the queryset's method returned

    def evaluate():
        with connection.execute_wrapper(capture):
            result = eval(query, dict(namespace))
            returned.append(result)
            if isinstance(result, BaseManager):  # `Model.objects` alone is all of it
                result = result.all()
            if isinstance(result, QuerySet):
                shaped.extend(orm_rows(result, keys))
                # A related manager's queryset runs after the get() of its instance: its own
                # statement is the main one, not the first read. Compiled after it ran, on a
                # clone (compiling a combined query adds its ORDER BY columns again).
                try:
                    own_sql.append(result.query.clone().sql_with_params()[0])
                except EmptyResultSet:  # Django runs no statement for it
                    pass
            if isinstance(result, types.GeneratorType):  # iterator(): runs once consumed
                list(result)
        if any(CHANGE.match(s[0]) for s in statements):
            after.update(state())

    try:
        rolled_back(evaluate)
    except Exception as exc:  # noqa: BLE001  every outcome is reported, none stops the run
        if type(exc).__name__ not in ("DoesNotExist", "MultipleObjectsReturned"):
            return {"status": "refused", "message": describe(exc)}
    reads = [s for s in statements if READ.match(s[0])]
    count = django_count(returned[0]) if returned else None
    if len(reads) != len(statements):
        if not all(READ.match(s[0]) or CHANGE.match(s[0]) for s in statements):
            return {"status": "write", "message": "writes are compared by the servers suite"}
        return {"status": "state", "tables": after,
                "sql": [s[0] for s in statements if not READ.match(s[0])], "count": count}
    if terminal_method(query) in WRITES:  # a write that found nothing to write
        return {"status": "state", "tables": rolled_back(state), "sql": [], "count": count,
                "ran_nothing": not statements}
    if not reads:
        return {"status": "norows", "message": "Django ran no statement (an empty result)"}
    sql, params = next((s for s in reads if own_sql and s[0] == own_sql[0]), reads[0])
    columns, got = rolled_back(lambda: fetch(sql, list(params or ())))
    return {"status": "rows", "columns": columns, "rows": got, "ordered": rows.orders(sql),
            "sql": sql, "statements": len(reads), "result": shaped or None, "keys": keys or None}


def typed_param(kind, text):
    if kind == "date":
        return datetime.date.fromisoformat(text)
    if kind == "datetime":
        return datetime.datetime.fromisoformat(text)
    if kind == "decimal":
        return decimal.Decimal(text)
    if kind == "duration":
        return datetime.timedelta(microseconds=text)
    if kind == "time":  # PostgreSQL binds a time type; SQLite and MariaDB its text, as Django
        from django.db import connection
        return datetime.time.fromisoformat(text) if connection.vendor == "postgresql" else text
    if kind == "bytes":
        return bytes.fromhex(text)
    return text


def run_sqlweave_write(statements):
    from django.db import connection
    count = 0

    def execute():
        nonlocal count
        for st in statements:
            with connection.cursor() as cursor:
                cursor.execute(st["sql"], [typed_param(k, v) for k, v in st["params"]])
                if st["counted"]:
                    count += cursor.rowcount
        return state()

    try:
        after = rolled_back(execute)
    except Exception as exc:  # noqa: BLE001  the database refused sqlweave's SQL
        return {"status": "error", "message": describe(exc), "sql": statements[-1]["sql"]}
    return {"status": "state", "tables": after, "sql": [st["sql"] for st in statements],
            "count": count}


def run_sqlweave(answer):
    if "error" in answer or "crash" in answer:
        return {"status": "refused" if "error" in answer else "crash",
                "message": answer.get("error") or answer["crash"]}
    statements = answer["statements"]
    if not statements:  # sqlweave runs nothing, as Django for this queryset
        if answer["is_write"]:
            return {"status": "state", "tables": rolled_back(state), "sql": [], "count": 0}
        return {"status": "norows", "message": "sqlweave runs no statement"}
    if any(st["write"] for st in statements):
        if not all(CHANGE.match(st["sql"]) for st in statements if st["write"]):
            return {"status": "write", "message": "writes are compared by the servers suite"}
        return run_sqlweave_write(statements)

    def execute():
        result = (None, None)
        for st in statements:
            result = fetch(st["sql"], [typed_param(k, v) for k, v in st["params"]])
        return result

    try:
        columns, got = rolled_back(execute)
    except Exception as exc:  # noqa: BLE001  the database refused sqlweave's SQL
        return {"status": "error", "message": describe(exc), "sql": statements[-1]["sql"]}
    return {"status": "rows", "columns": columns, "rows": got, "sql": statements[-1]["sql"],
            "returns_bool": answer["returns_bool"], "prefetches": answer["prefetches"],
            "keys": answer["keys"]}


def main():
    import warnings
    warnings.simplefilter("ignore")
    global SCHEMA
    backend, schema = sys.argv[1], sys.argv[2]
    SCHEMA = schema
    setup_django(backend, schema)
    create_tables(schema)
    namespace = eval_namespace(schema)
    print(json.dumps({"ready": backend}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        answer = {"django": run_django(request["query"], namespace),
                  "sqlweave": run_sqlweave(request["sqlweave"])}
        print(json.dumps(answer, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
