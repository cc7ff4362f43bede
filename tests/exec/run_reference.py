#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The reference querysets through `sqlweave run --db URL --json` on SQLite, PostgreSQL and
MariaDB, judged against Django's rows (tests/fixtures/shop/django-results.json) the way
tests/fixtures/shop's README says: equal to Django's ORM or raw rows (numbers within 1e-9
relative), ordered when Django's ordering is total, else as multisets; exists() by its truth; on
SQLite and MariaDB the PostgreSQL rows count too. Run under scripts/with-db-servers.

Usage: run_reference.py SQLWEAVE_BINARY
"""
import json
import math
import os
import re
import sqlite3
import subprocess
import sys
import tempfile

import MySQLdb
import psycopg2

HERE = os.path.dirname(os.path.abspath(__file__))
SHOP = os.path.join(HERE, "..", "fixtures", "shop")
MODELS = os.path.join(SHOP, "models.py")


def pg_url():
    info = dict(kv.split("=", 1) for kv in os.environ["SQLWEAVE_PG_CONNINFO"].split())
    return "postgresql://{}@{}:{}/{}".format(info["user"], info["host"], info["port"], info["dbname"])


def mysql_url():
    e = os.environ
    return "mysql://{}:{}@{}:{}/{}".format(e["SQLWEAVE_MYSQL_USER"], e["SQLWEAVE_MYSQL_PASSWORD"],
                                           e["SQLWEAVE_MYSQL_HOST"], e["SQLWEAVE_MYSQL_PORT"],
                                           e["SQLWEAVE_MYSQL_DB"])


def ddl(sqlweave, dialect):
    out = subprocess.run([sqlweave, "ddl", "--schema", MODELS, "--app", "shop", "--dialect", dialect],
                         check=True, capture_output=True, text=True).stdout
    return [s for s in out.split(";\n") if s.strip()]


def load(conn, placeholder, quote, statements):
    """Creates the tables (`statements`) and inserts the fixture, values bound by the driver."""
    cur = conn.cursor()
    for s in statements:
        cur.execute(s)
    fixture = json.load(open(os.path.join(SHOP, "fixture.json")))
    for table, data in fixture.items():
        cols = ", ".join(quote(c) for c in data["columns"])
        marks = ", ".join([placeholder] * len(data["columns"]))
        cur.executemany("INSERT INTO {} ({}) VALUES ({})".format(quote(table), cols, marks),
                        [tuple(r) for r in data["rows"]])
    conn.commit()


def cell_equal(a, b):
    if isinstance(a, bool):
        a = int(a)
    if isinstance(b, bool):
        b = int(b)
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, str) and isinstance(b, (int, float)):
        try:
            a = float(a)  # decimals travel as strings in sqlweave's JSON
        except ValueError:
            return False
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b or math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    return a == b


def rows_equal(got, want, ordered):
    if len(got) != len(want):
        return False
    if not ordered:
        key = lambda r: json.dumps([float(c) if isinstance(c, (int, float, bool)) or
                                    (isinstance(c, str) and re.fullmatch(r"-?\d+(\.\d+)?", c))
                                    else c for c in r], default=str)
        got, want = sorted(got, key=key), sorted(want, key=key)
    return all(len(g) == len(w) and all(cell_equal(x, y) for x, y in zip(g, w))
               for g, w in zip(got, want))


def judge(case, dialect, out):
    dialects = case["dialects"]
    own = dialects[dialect]
    candidates = [own] + ([dialects["postgresql"]] if dialect != "postgresql" else [])
    if own.get("kind") == "bool":
        truth = out["rows"][0][0]
        return any(truth == c["result"] for c in candidates)
    for c in candidates:
        for key in ("raw", "result"):
            if key in c and rows_equal(out["rows"], c[key], c.get("ordered", False)):
                return True
    return False


def main():
    sqlweave = sys.argv[1]
    work = tempfile.mkdtemp(prefix="sqlweave-ref-")
    sqlite_path = os.path.join(work, "shop.sqlite3")
    lite = sqlite3.connect(sqlite_path)
    lite.executescript(open(os.path.join(SHOP, "sqlite-schema.sql")).read())
    load(lite, "?", lambda n: '"{}"'.format(n), [])
    lite.close()

    pg = psycopg2.connect(os.environ["SQLWEAVE_PG_CONNINFO"])
    all_tables = [m.group(1) for s in ddl(sqlweave, "postgresql")
                  for m in [re.match(r'CREATE TABLE "([^"]+)"', s)] if m]
    cur = pg.cursor()
    for t in all_tables:
        cur.execute('DROP TABLE IF EXISTS "{}" CASCADE'.format(t))
    pg.commit()
    load(pg, "%s", lambda n: '"{}"'.format(n), ddl(sqlweave, "postgresql"))
    for table, data in json.load(open(os.path.join(SHOP, "fixture.json"))).items():
        if "id" in data["columns"]:
            cur.execute("SELECT setval(pg_get_serial_sequence(%s, 'id'), max(id)) FROM \"{}\"".format(table),
                        ['"{}"'.format(table)])
    pg.commit()

    e = os.environ
    my = MySQLdb.connect(host=e["SQLWEAVE_MYSQL_HOST"], port=int(e["SQLWEAVE_MYSQL_PORT"]),
                         user=e["SQLWEAVE_MYSQL_USER"], passwd=e["SQLWEAVE_MYSQL_PASSWORD"],
                         db=e["SQLWEAVE_MYSQL_DB"], charset="utf8mb4")
    cur = my.cursor()
    cur.execute("SET FOREIGN_KEY_CHECKS = 0")
    for t in all_tables:
        cur.execute("DROP TABLE IF EXISTS `{}`".format(t))
    cur.execute("SET FOREIGN_KEY_CHECKS = 1")
    load(my, "%s", lambda n: "`{}`".format(n), ddl(sqlweave, "mysql"))

    urls = {"sqlite": "sqlite:" + sqlite_path, "postgresql": pg_url(), "mysql": mysql_url()}
    cases = json.load(open(os.path.join(SHOP, "django-results.json")))["queries"]
    failures = []
    passed = {d: 0 for d in urls}
    for case in cases:
        for dialect, url in urls.items():
            if case["dialects"][dialect]["status"] != "ok":
                continue
            p = subprocess.run([sqlweave, "run", "--schema", MODELS, "--app", "shop", "--db", url,
                                "--json", case["query"]], capture_output=True, text=True)
            if p.returncode != 0:
                failures.append("{} {}: exit {}: {}".format(dialect, case["query"], p.returncode,
                                                            p.stderr.strip()))
                continue
            out = json.loads(p.stdout)
            if judge(case, dialect, out):
                passed[dialect] += 1
            else:
                failures.append("{} {}: rows differ from Django's\n  got: {}".format(
                    dialect, case["query"], json.dumps(out["rows"][:5])))
    for f in failures:
        print("FAIL", f)
    print("run --db vs Django: " + ", ".join("{} {}/{}".format(d, n, len(cases)) for d, n in passed.items()))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
