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
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))

import databases as db  # noqa: E402  (after the path entry above)


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
    DATABASES={{"default": {db.django_settings(kind, "ddl_django", workdir)!r}}},
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
    ap.add_argument("--pg-extensions", default="",
                    help="PostgreSQL extensions both databases get first: hstore,citext")
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
    kinds = [k for k in wanted if db.available(k)]
    for k in wanted:
        if k not in kinds:
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
            extensions = args.pg_extensions.split(",") if args.pg_extensions else []
            db.fresh(kind, "ddl_django", workdir, extensions)
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
            db.fresh(kind, "ddl_sqlweave", workdir, extensions)
            failure = db.execute(kind, "ddl_sqlweave", workdir, statements)
            if failure:
                sys.exit(f"{kind}: sqlweave's statement fails: {failure}")
            theirs = db.catalog(kind, "ddl_django", workdir)
            found = db.differences(kind, theirs, db.catalog(kind, "ddl_sqlweave", workdir))
            print(f"ddl_django: {kind}: {len(theirs)} catalog entries, {len(found)} differ")
            problems += found
        for p in problems:
            print(p)
        return 1 if problems else 0
    finally:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    sys.exit(main())
