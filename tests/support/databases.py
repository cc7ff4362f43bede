# SPDX-License-Identifier: MIT
"""The databases the Python harnesses compare Django with sqlweave on (tests/migrate/check.py,
tests/ddl/ddl_django.py): SQLite files and the PostgreSQL and MariaDB servers of
scripts/with-db-servers, created empty, filled with seed rows, and read back the same way
whoever created or migrated them (Django or sqlweave).

A catalog maps a readable key ("column app_book.title", "index app_book app_book_title_idx",
...) to what the database says of it; rows map a table to its sorted rows. Django's
django_migrations table (and SQLite's sqlite_sequence) are bookkeeping, not the schema.
"""
import datetime
import decimal
import json
import os
import re
import sqlite3
import uuid

KINDS = ("sqlite", "postgresql", "mysql")
BOOKKEEPING = ("django_migrations", "sqlite_sequence")


def available(kind):
    if kind == "sqlite":
        return True
    if kind == "postgresql":
        return "SQLWEAVE_PG_CONNINFO" in os.environ
    return "SQLWEAVE_MYSQL_HOST" in os.environ


def _pg_params():
    return dict(item.split("=", 1) for item in os.environ["SQLWEAVE_PG_CONNINFO"].split())


def _mysql_params():
    env = os.environ
    return {"host": env["SQLWEAVE_MYSQL_HOST"], "port": int(env["SQLWEAVE_MYSQL_PORT"]),
            "user": env["SQLWEAVE_MYSQL_USER"], "passwd": env.get("SQLWEAVE_MYSQL_PASSWORD", "")}


def django_settings(kind, name, workdir):
    """The DATABASES entry Django uses for database NAME."""
    if kind == "sqlite":
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": os.path.join(workdir, name + ".db")}
    if kind == "postgresql":
        p = _pg_params()
        return {"ENGINE": "django.db.backends.postgresql", "NAME": name, "USER": p["user"],
                "PASSWORD": p.get("password", ""), "HOST": p["host"], "PORT": p["port"]}
    m = _mysql_params()
    return {"ENGINE": "django.db.backends.mysql", "NAME": name, "USER": m["user"],
            "PASSWORD": m["passwd"], "HOST": m["host"], "PORT": str(m["port"])}


def fresh(kind, name, workdir, extensions=()):
    """An empty database NAME, whatever a previous run left under that name; on PostgreSQL with
    EXTENSIONS created in it (hstore, citext: what Django's HStoreExtension and CITextExtension
    migration operations create)."""
    if kind == "sqlite":
        path = os.path.join(workdir, name + ".db")
        if os.path.exists(path):
            os.remove(path)
        return
    if kind == "postgresql":
        import psycopg2
        con = psycopg2.connect(os.environ["SQLWEAVE_PG_CONNINFO"])
        con.autocommit = True
        with con.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}"')
            cur.execute(f'CREATE DATABASE "{name}"')
        con.close()
        if extensions:
            con = psycopg2.connect(**dict(_pg_params(), dbname=name))
            con.autocommit = True
            with con.cursor() as cur:
                for e in extensions:
                    cur.execute(f'CREATE EXTENSION IF NOT EXISTS "{e}"')
            con.close()
        return
    import MySQLdb
    con = MySQLdb.connect(charset="utf8mb4", **_mysql_params())
    with con.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
        cur.execute(f"CREATE DATABASE `{name}`")
    con.close()


def connect(kind, name, workdir):
    """An autocommit connection: the statements under test bring their own transactions."""
    if kind == "sqlite":
        return sqlite3.connect(os.path.join(workdir, name + ".db"), isolation_level=None)
    if kind == "postgresql":
        import psycopg2
        p = _pg_params()
        p["dbname"] = name
        con = psycopg2.connect(**p)
        con.autocommit = True
        return con
    import MySQLdb
    con = MySQLdb.connect(db=name, charset="utf8mb4", **_mysql_params())
    con.autocommit(True)
    return con


def execute(kind, name, workdir, statements):
    """Runs the statements in order; returns None, or the first failure and its statement."""
    con = connect(kind, name, workdir)
    try:
        cur = con.cursor()
        for stmt in statements:
            try:
                cur.execute(stmt)
            except Exception as exc:  # noqa: BLE001  the failure is the answer
                return f"{type(exc).__name__}: {' '.join(str(exc).split())}\n    in: {stmt}"
        return None
    finally:
        con.close()


def seed(kind, name, workdir, data):
    """Inserts seed.json's rows: {table: {"columns": [...], "rows": [[...]]}}, in file order."""
    con = connect(kind, name, workdir)
    try:
        cur = con.cursor()
        quote = "`%s`" if kind == "mysql" else '"%s"'
        mark = "?" if kind == "sqlite" else "%s"
        for table, content in data.items():
            columns = content["columns"]
            sql = "INSERT INTO %s (%s) VALUES (%s)" % (
                quote % table, ", ".join(quote % c for c in columns), ", ".join([mark] * len(columns)))
            for row in content["rows"]:
                cur.execute(sql, tuple(row))
    finally:
        con.close()


# ---------------------------------------------------------------- reading back

def _split_top_level(body):
    parts, depth, start, quote = [], 0, 0, None
    for i, c in enumerate(body):
        if quote:
            quote = None if c == quote else quote
        elif c in "'\"`":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "," and depth == 0:
            parts.append(body[start:i].strip())
            start = i + 1
    parts.append(body[start:].strip())
    return parts


def _sqlite_catalog(cur):
    out = {}
    cur.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL")
    for type_, obj, table, sql in cur.fetchall():
        if table in BOOKKEEPING:
            continue
        if type_ == "table":
            # A table rebuild may write the columns in another order: the set of definitions counts.
            body = sql[sql.index("(") + 1:sql.rindex(")")]
            for part in _split_top_level(body):
                out[f"table {obj}: {part}"] = True
        else:
            out[f"{type_} {table} {obj}"] = sql
    cur.execute("PRAGMA foreign_key_check")
    for table, rowid, parent, _ in cur.fetchall():
        out[f"foreign key violation {table} rowid {rowid}"] = parent
    return out


def _postgresql_catalog(cur, name):
    out = {}
    cur.execute("""
        SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
               pg_get_expr(d.adbin, d.adrelid)
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped""")
    for table, column, type_, notnull, default in cur.fetchall():
        if table not in BOOKKEEPING:
            out[f"column {table}.{column}"] = [type_, "NOT NULL" if notnull else "NULL", default]
    cur.execute("""
        SELECT conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid),
               condeferrable, condeferred
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace""")
    for table, con_name, type_, definition, deferrable, deferred in cur.fetchall():
        if table not in BOOKKEEPING:
            out[f"constraint {table} {con_name}"] = [type_, definition, deferrable, deferred]
    cur.execute("SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'")
    for table, index, definition in cur.fetchall():
        if table not in BOOKKEEPING:
            out[f"index {table} {index}"] = definition.replace(f" {name}.", " ")
    cur.execute("SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = 'public'")
    for (sequence,) in cur.fetchall():
        if not sequence.startswith("django_migrations"):
            out[f"sequence {sequence}"] = True
    return out


def _mysql_catalog(cur, name):
    out = {}
    cur.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = %s", (name,))
    for (table,) in cur.fetchall():
        if table in BOOKKEEPING:
            continue
        cur.execute(f"SHOW CREATE TABLE `{table}`")
        lines = cur.fetchone()[1].splitlines()
        for line in lines[1:-1]:
            out[f"table {table}: {line.strip().rstrip(',')}"] = True
        out[f"options {table}"] = re.sub(r" AUTO_INCREMENT=\d+", "", lines[-1])  # the rows' count
    return out


def catalog(kind, name, workdir):
    con = connect(kind, name, workdir)
    try:
        cur = con.cursor()
        if kind == "sqlite":
            return _sqlite_catalog(cur)
        if kind == "postgresql":
            return _postgresql_catalog(cur, name)
        return _mysql_catalog(cur, name)
    finally:
        con.close()


def differences(what, theirs, ours, names=("Django", "sqlweave")):
    """What differs between two catalogs (or rows), one text per key."""
    problems = []
    for key in sorted(set(theirs) | set(ours)):
        a, b = theirs.get(key), ours.get(key)
        if a == b:
            continue
        if a is None:
            problems.append(f"{what}: only in {names[1]}'s: {key}: {json.dumps(b, ensure_ascii=False)}")
        elif b is None:
            problems.append(f"{what}: only in {names[0]}'s: {key}: {json.dumps(a, ensure_ascii=False)}")
        else:
            problems.append(f"{what}: {key}:\n        {names[0]}: {json.dumps(a, ensure_ascii=False)}"
                            f"\n        {names[1]}: {json.dumps(b, ensure_ascii=False)}")
    return problems


def _value(v):
    if isinstance(v, (datetime.date, datetime.time, datetime.datetime)):
        return v.isoformat()
    if isinstance(v, (decimal.Decimal, uuid.UUID, datetime.timedelta)):
        return str(v)
    if isinstance(v, (bytes, bytearray, memoryview)):
        return bytes(v).hex()
    if isinstance(v, float):
        return repr(v)
    return v


def _tables(kind, cur, name):
    if kind == "sqlite":
        cur.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    elif kind == "postgresql":
        cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    else:
        cur.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
                    (name,))
    return sorted(t for (t,) in cur.fetchall() if t not in BOOKKEEPING)


def rows(kind, name, workdir):
    """{table: sorted rows}, each row a {column: value} of JSON values."""
    con = connect(kind, name, workdir)
    try:
        cur = con.cursor()
        quote = "`%s`" if kind == "mysql" else '"%s"'
        out = {}
        for table in _tables(kind, cur, name):
            cur.execute("SELECT * FROM " + quote % table)
            columns = [d[0] for d in cur.description]
            got = [dict(zip(columns, map(_value, row))) for row in cur.fetchall()]
            out[table] = sorted(got, key=lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False))
        return out
    finally:
        con.close()
