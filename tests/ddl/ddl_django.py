#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Django 3.2 is the reference for `sqlweave ddl`: for each database, makemigrations + migrate
# create tests/ddl/press in one database, ddl_press (sqlweave's DDL of the same models) creates
# it in another, and the two catalogs must be equal: tables, columns, types, NULL, defaults,
# keys, foreign keys, indexes, constraints and their names.
#   ddl_django.py --ddl-press build/tests/ddl_press [--databases sqlite,postgresql,mysql]
# With --contrib auth,sessions,... and --sqlweave build/sqlweave it compares django.contrib's
# apps instead, as Django's own migrations create them, with `sqlweave ddl --contrib ...`; with
# --tree DIR and --sqlweave, a project tree (every package with models, in path order, after
# the django.contrib apps --contrib names) with `sqlweave ddl --schema DIR [--contrib ...]`.
# PostgreSQL and MariaDB come from scripts/with-db-servers (SQLWEAVE_PG_CONNINFO,
# SQLWEAVE_MYSQL_*); without those variables only SQLite runs, and says so.
import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def pg_params():
    fields = dict(item.split("=", 1) for item in os.environ["SQLWEAVE_PG_CONNINFO"].split())
    return fields


def django_database(kind, name, workdir):
    if kind == "sqlite":
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": os.path.join(workdir, name + ".db")}
    if kind == "postgresql":
        p = pg_params()
        return {"ENGINE": "django.db.backends.postgresql", "NAME": name, "USER": p["user"],
                "HOST": p["host"], "PORT": p["port"]}
    return {"ENGINE": "django.db.backends.mysql", "NAME": name,
            "USER": os.environ["SQLWEAVE_MYSQL_USER"],
            "PASSWORD": os.environ.get("SQLWEAVE_MYSQL_PASSWORD", ""),
            "HOST": os.environ["SQLWEAVE_MYSQL_HOST"], "PORT": os.environ["SQLWEAVE_MYSQL_PORT"]}


def run_django(kind, workdir, commands, apps):
    """Runs manage.py-style commands in a child process: settings are configured once per process,
    and Django truncates table names by the default database's limit, so each gets its own."""
    code = f"""
import sys
sys.path.insert(0, {workdir!r})
import django
from django.conf import settings
settings.configure(
    INSTALLED_APPS={apps!r},
    DATABASES={{"default": {django_database(kind, "ddl_django", workdir)!r}}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=True,
    SECRET_KEY="ddl-django",  # admin imports auth forms, which read it
    # ImageField wants Pillow only to read images; NullBooleanField is deprecated, not gone.
    SILENCED_SYSTEM_CHECKS=["fields.E210", "fields.W903"],
)
django.setup()
from django.core.management import call_command
for args in {commands!r}:
    call_command(*args, verbosity=0)
"""
    subprocess.run([sys.executable, "-c", code], check=True)


# ---------------------------------------------------------------- fresh databases and our DDL

def fresh_database(kind, name, workdir):
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
        return
    con = mysql_connect(None)
    with con.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
        cur.execute(f"CREATE DATABASE `{name}`")
    con.close()


def mysql_connect(name):
    import MySQLdb
    kwargs = dict(host=os.environ["SQLWEAVE_MYSQL_HOST"], port=int(os.environ["SQLWEAVE_MYSQL_PORT"]),
                  user=os.environ["SQLWEAVE_MYSQL_USER"],
                  passwd=os.environ.get("SQLWEAVE_MYSQL_PASSWORD", ""), charset="utf8")
    if name:
        kwargs["db"] = name
    return MySQLdb.connect(**kwargs)


def connect(kind, name, workdir):
    if kind == "sqlite":
        return sqlite3.connect(os.path.join(workdir, name + ".db"))
    if kind == "postgresql":
        import psycopg2
        p = pg_params()
        p["dbname"] = name
        return psycopg2.connect(**p)
    return mysql_connect(name)


def apply_ours(kind, statements, workdir):
    con = connect(kind, "ddl_sqlweave", workdir)
    cur = con.cursor()
    for stmt in statements:
        try:
            cur.execute(stmt)
        except Exception as e:  # the statement is what the reader needs to see
            sys.exit(f"{kind}: sqlweave's statement fails: {e}\n  {stmt}")
    con.commit()
    con.close()


# ---------------------------------------------------------------- catalogs

def split_top_level(body):
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


IGNORED = ("django_migrations", "sqlite_sequence")


def catalog(kind, name, workdir):
    con = connect(kind, name, workdir)
    cur = con.cursor()
    out = {}
    if kind == "sqlite":
        cur.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL")
        for type_, obj, table, sql in cur.fetchall():
            if table in IGNORED:
                continue
            if type_ == "table":
                # Django rebuilds a table to add a column: the columns may come in another order.
                body = sql[sql.index("(") + 1:sql.rindex(")")]
                out[("table", obj)] = sorted(split_top_level(body))
            else:
                out[(type_, obj)] = sql
    elif kind == "postgresql":
        cur.execute("""
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   pg_get_expr(d.adbin, d.adrelid)
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped""")
        for table, column, type_, notnull, default in cur.fetchall():
            if table not in IGNORED:
                out[("column", table, column)] = (type_, "NOT NULL" if notnull else "NULL", default)
        cur.execute("""
            SELECT conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid),
                   condeferrable, condeferred
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace""")
        for table, con_name, type_, definition, deferrable, deferred in cur.fetchall():
            if table not in IGNORED:
                out[("constraint", table, con_name)] = (type_, definition, deferrable, deferred)
        cur.execute("SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'")
        for table, index, definition in cur.fetchall():
            if table not in IGNORED:
                out[("index", table, index)] = definition.replace(f' {name}.', " ")
    else:
        cur.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = %s", (name,))
        for (table,) in cur.fetchall():
            if table in IGNORED:
                continue
            cur.execute(f"SHOW CREATE TABLE `{table}`")
            lines = cur.fetchone()[1].splitlines()
            out[("table", table)] = sorted(line.strip().rstrip(",") for line in lines[1:-1])
            out[("options", table)] = lines[-1].split(" AUTO_INCREMENT=")[0]
    con.close()
    return out


def compare(kind, theirs, ours):
    problems = []
    for key in sorted(set(theirs) | set(ours), key=repr):
        a, b = theirs.get(key), ours.get(key)
        if a == b:
            continue
        if isinstance(a, list) and isinstance(b, list):
            only_a = [x for x in a if x not in b]
            only_b = [x for x in b if x not in a]
            problems.append(f"{kind} {key}:\n    Django only:   {only_a}\n    sqlweave only: {only_b}")
        else:
            problems.append(f"{kind} {key}:\n    Django:   {a}\n    sqlweave: {b}")
    return problems


def tree_packages(root):
    """The packages of a tree that hold models, in sorted path order as sqlweave finds them."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d.isidentifier() and d != "migrations")
        if folder == root:
            continue
        if "models.py" in files or os.path.isfile(os.path.join(folder, "models", "__init__.py")):
            found.append(os.path.relpath(folder, root).replace(os.sep, "."))
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ddl-press", help="the ddl_press program")
    ap.add_argument("--sqlweave", help="the sqlweave program, for --contrib")
    ap.add_argument("--contrib", help="django.contrib apps to compare instead of press")
    ap.add_argument("--tree", help="a project tree to compare instead of press")
    ap.add_argument("--databases", default="sqlite,postgresql,mysql")
    args = ap.parse_args()
    ours = bool(args.contrib) or bool(args.tree)
    if ours == bool(args.ddl_press) or ours != bool(args.sqlweave):
        ap.error("give --ddl-press, or --contrib or --tree with --sqlweave")
    tree_apps = tree_packages(args.tree) if args.tree else []
    if args.tree:
        contrib = args.contrib.split(",") if args.contrib else []
        apps = ["django.contrib." + a for a in contrib] + tree_apps
    elif args.contrib:
        apps = ["django.contrib." + a for a in args.contrib.split(",")]
        our_ddl = [args.sqlweave, "ddl", "--contrib", args.contrib, "--dialect"]
    else:
        apps = ["press"]
        our_ddl = [args.ddl_press]
    wanted = args.databases.split(",")
    available = {"sqlite": True, "postgresql": "SQLWEAVE_PG_CONNINFO" in os.environ,
                 "mysql": "SQLWEAVE_MYSQL_HOST" in os.environ}
    kinds = [k for k in wanted if available.get(k)]
    for k in wanted:
        if not available.get(k):
            print(f"ddl_django: {k} skipped, no server (run under scripts/with-db-servers)")
    workdir = tempfile.mkdtemp(prefix="sqlweave-ddl-")
    try:
        if args.tree:
            shutil.copytree(args.tree, workdir, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", "migrations"))
            our_ddl = [args.sqlweave, "ddl", "--schema", workdir] + \
                (["--contrib", args.contrib] if args.contrib else []) + ["--dialect"]
        if not args.contrib and not args.tree:  # press
            shutil.copytree(os.path.join(HERE, "press"), os.path.join(workdir, "press"),
                            ignore=shutil.ignore_patterns("__pycache__", "migrations"))
        for package in tree_apps if args.tree else ([] if args.contrib else ["press"]):
            migrations = os.path.join(workdir, *package.split("."), "migrations")
            os.makedirs(migrations)
            open(os.path.join(migrations, "__init__.py"), "w").close()
        problems = []
        for i, kind in enumerate(kinds):
            fresh_database(kind, "ddl_django", workdir)
            if args.tree:
                # Every tree app has an empty migrations package, which makemigrations fills.
                commands = ([("makemigrations",)] if i == 0 else []) + [("migrate",)]
            elif args.contrib:
                commands = [("migrate",)]  # the apps' own migrations
            else:
                commands = ([("makemigrations", "press")] if i == 0 else []) + [("migrate", "press")]
            run_django(kind, workdir, commands, apps)
            out = subprocess.run(our_ddl + [kind], check=True, capture_output=True, text=True).stdout
            statements = [line.rstrip(";") for line in out.splitlines()]
            fresh_database(kind, "ddl_sqlweave", workdir)
            apply_ours(kind, statements, workdir)
            theirs = catalog(kind, "ddl_django", workdir)
            ours = catalog(kind, "ddl_sqlweave", workdir)
            found = compare(kind, theirs, ours)
            print(f"ddl_django: {kind}: {len(theirs)} catalog entries, {len(found)} differ")
            problems += found
        for p in problems:
            print(p)
        return 1 if problems else 0
    finally:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    sys.exit(main())
