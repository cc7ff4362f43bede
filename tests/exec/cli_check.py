#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The CLI contract of `sqlweave run`, `explain` and `compile` (DESIGN.md section 7) on SQLite:
JSON shapes, --param literals, unbound parameters, bad URLs, --inline and --redact.

Usage: cli_check.py SQLWEAVE_BINARY
"""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
MODELS = os.path.join(HERE, "..", "fixtures", "shop", "models.py")
failures = []


def sqlweave(*args):
    p = subprocess.run([sys.argv[1], *args], capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def expect(name, got, want):
    if got != want:
        failures.append("{}:\n  got:  {!r}\n  want: {!r}".format(name, got, want))


def run_json(db, query, *extra):
    rc, out, err = sqlweave("run", "--schema", MODELS, "--app", "shop", "--db", db, "--json",
                            *extra, query)
    if rc != 0:
        failures.append("{}: exit {}: {}".format(query, rc, err.strip()))
        return None
    return json.loads(out)


def main():
    work = tempfile.mkdtemp(prefix="sqlweave-cli-")
    path = os.path.join(work, "shop.sqlite3")
    rc, ddl, err = sqlweave("ddl", "--schema", MODELS, "--app", "shop", "--dialect", "sqlite")
    db = sqlite3.connect(path)
    db.executescript(ddl)
    db.execute("INSERT INTO shop_customer (id, name, city, country, vip, credit, joined) VALUES "
               "(1, 'Ann', 'Oslo', 'NO', 1, 31, '2020-01-02'), "
               "(2, 'Bo', 'Rome', 'IT', 0, 12.5, '2021-03-04')")
    db.execute("INSERT INTO shop_order (id, customer_id, status, placed, total, items) VALUES "
               "(10, 1, 'paid', '2022-05-06 07:08:09', 20, 2), "
               "(11, 1, 'new', '2022-05-07 00:00:00', 5.5, 1)")
    db.commit()
    db.close()
    url = "sqlite:" + path

    expect("values typed by field",
           run_json(url, 'Customer.objects.order_by("id").values("id", "vip", "credit", "joined")'),
           {"columns": ["id", "vip", "credit", "joined"],
            "rows": [[1, True, "31.00", "2020-01-02"], [2, False, "12.50", "2021-03-04"]]})
    expect("count", run_json(url, "Customer.objects.count()"),
           {"columns": ["__count"], "rows": [[2]]})
    expect("exists", run_json(url, 'Customer.objects.filter(name="Zed").exists()'),
           {"columns": ["exists"], "rows": [[False]]})
    expect("get with --param",
           run_json(url, 'Customer.objects.values("name").get(credit=:c)', "--param",
                    'c=Decimal("12.50")'),
           {"columns": ["name"], "rows": [["Bo"]]})
    expect("prefetch",
           run_json(url, 'Customer.objects.filter(id=1).values("id").prefetch_related("orders")')
           ["prefetch"]["orders"]["rows"].__len__(), 2)
    expect("write plan", run_json(url, 'Order.objects.filter(customer_id=1).update(items=0)'),
           {"rows_affected": 2})
    # Where Django runs no statement, sqlweave has none to run or print (DESIGN.md section 7's
    # list form, empty), and run reports Django's result.
    expect("write of no row", run_json(url, 'Order.objects.filter(id__in=[]).delete()'),
           {"rows_affected": 0})
    expect("update of nothing", run_json(url, 'Order.objects.update()'), {"rows_affected": 0})
    expect("aggregate of nothing", run_json(url, 'Order.objects.aggregate()'),
           {"columns": [], "rows": [[]]})
    for query in ('Order.objects.none().update(items=1)', 'Tag.objects.bulk_create([])'):
        rc, out, err = sqlweave("compile", "--schema", MODELS, "--app", "shop", "--dialect",
                                "postgresql", "--json", query)
        expect("compile --json of no statement: " + query, (rc, out),
               (0, '{"dialect":"postgresql","statements":[]}\n'))
        rc, out, err = sqlweave("compile", "--schema", MODELS, "--app", "shop", "--dialect",
                                "postgresql", query)
        expect("compile of no statement: " + query, (rc, out), (0, ""))
        rc, out, err = sqlweave("run", "--schema", MODELS, "--app", "shop", "--db", url, query)
        expect("run of no statement: " + query, (rc, out), (0, "0 rows affected\n"))

    rc, out, err = sqlweave("run", "--schema", MODELS, "--app", "shop", "--db", url,
                            'Customer.objects.filter(name=:who)')
    expect("unbound in run", (rc, "no value for the parameter :who" in err), (1, True))
    rc, out, err = sqlweave("compile", "--schema", MODELS, "--app", "shop", "--dialect", "sqlite",
                            'Customer.objects.filter(name=:who)')
    expect("unbound in compile", (rc, ":who" in err), (1, True))
    rc, out, err = sqlweave("run", "--schema", MODELS, "--app", "shop", "--db", url,
                            'Customer.objects.get(name="Zed")')
    expect("get of nothing", (rc, "does not exist" in err), (1, True))
    rc, out, err = sqlweave("run", "--schema", MODELS, "--app", "shop", "--db", "ora://x/y",
                            "Customer.objects.all()")
    expect("bad URL", (rc, "bad database URL" in err), (1, True))
    rc, out, err = sqlweave("run", "--schema", MODELS, "--app", "shop", "--db",
                            "postgresql://nobody@127.0.0.1:1/none", "Customer.objects.all()")
    expect("unreachable server", (rc, err.startswith("error[database]: postgresql:")), (1, True))
    rc, out, err = sqlweave("explain", "--schema", MODELS, "--app", "shop", "--db", url,
                            'Customer.objects.filter(id=1)')
    expect("explain", (rc, "shop_customer" in out), (0, True))

    rc, out, err = sqlweave("compile", "--schema", MODELS, "--app", "shop", "--dialect",
                            "postgresql", "--json", "--param", "w=0.0", "--param", "d=date(2020, 1, 2)",
                            'Product.objects.filter(weight=:w, released=:d, price=Decimal("1.5"), name="x")')
    st = json.loads(out)["statements"][0]
    expect("param_types", (st["params"], st["param_types"]),
           ([0.0, "2020-01-02", "1.5", "x"], ["real", "date", "decimal", "text"]))
    rc, out, err = sqlweave("compile", "--schema", MODELS, "--app", "shop", "--dialect", "mysql",
                            "--json", "--inline", "--param", "n=\"it's\"",
                            'Customer.objects.filter(name=:n).values("id")')
    expect("inline", json.loads(out)["statements"][0]["params"], [])
    rc, out, err = sqlweave("compile", "--schema", MODELS, "--app", "shop", "--dialect", "sqlite",
                            "--redact", "--param", 'n="secret"', 'Customer.objects.filter(name=:n)')
    expect("redact", ("<text:6>" in out, "secret" in out), (True, False))
    rc, out, err = sqlweave("compile", "--schema", MODELS, "--app", "shop", "--dialect", "sqlite",
                            "--redact", "--inline", 'Customer.objects.all()')
    expect("--inline with --redact", rc, 2)

    for f in failures:
        print("FAIL", f)
    print("cli contract: {} failures".format(len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
