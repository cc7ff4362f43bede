#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""How many of the pairs `sqlweave migrate` prints statement for statement as Django 3.2's
`sqlmigrate` prints them (a measure, not a test: names Django finds by introspection and one
rebuild per model where Django remakes a table per operation differ without changing the
result, which check.py compares).

    sqlmigrate_agreement.py --sqlweave build/sqlweave --kind sqlite|postgresql|mysql [--diff] [PAIR...]

PostgreSQL and MariaDB come from scripts/with-db-servers. Prints the differing pairs, then
`KIND: N/M pairs statement for statement; S/T of Django's statements printed exactly`; with
--diff, each differing pair's statements as a diff from Django's to sqlweave's.
"""
import argparse
import difflib
import glob
import io
import json
import os
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "support"))

import check  # noqa: E402  (after the path entries above)
import databases as db  # noqa: E402
import django_side  # noqa: E402

PAIRS = HERE / "pairs"


def sqlmigrate(kind, workdir, pairs):
    """In this (child) process: each pair's database migrated to 0001, then Django's statements
    for its second migration, without the comment lines: {pair: [statement]}, or None where
    sqlmigrate fails (it introspects without running: MariaDB, a renamed model's link table)."""
    sys.path.insert(0, os.path.join(workdir, "project"))
    aliases = {p: django_side.database_name(p, "sqlmigrate") for p in pairs}
    databases = {a: db.django_settings(kind, a, workdir) for a in aliases.values()}
    databases["default"] = databases[aliases[pairs[0]]]
    django_side.setup(pairs, databases)
    from django.core.management import call_command
    from django.db import connections
    out = {}
    for pair in pairs:
        # One connection at a time: a server allows so many clients (PostgreSQL's 100).
        try:
            call_command("migrate", pair, "0001", database=aliases[pair], verbosity=0)
            (second,) = glob.glob(os.path.join(workdir, "project", pair, "migrations", "0002*.py"))
            text = io.StringIO()
            call_command("sqlmigrate", pair, os.path.basename(second)[:-3],
                         database=aliases[pair], stdout=text)
        except Exception:  # noqa: BLE001  the pair is left out of the measure
            out[pair] = None
            continue
        finally:
            connections[aliases[pair]].close()
        lines = "\n".join(l for l in text.getvalue().splitlines() if not l.startswith("--"))
        out[pair] = [s.strip() for s in lines.split(";") if s.strip()]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sqlweave")
    ap.add_argument("--kind", required=True, choices=db.KINDS)
    ap.add_argument("--diff", action="store_true", help="print each differing pair's diff")
    ap.add_argument("--child", help=argparse.SUPPRESS)  # the workdir of the Django side
    ap.add_argument("pair", nargs="*")
    args = ap.parse_args()
    if args.child:
        print(json.dumps(sqlmigrate(args.kind, args.child, args.pair)))
        return 0
    names = args.pair or sorted(p.name for p in PAIRS.iterdir() if (p / "old.py").exists())
    workdir = tempfile.mkdtemp(prefix="sqlweave-sqlmigrate-")
    made = django_side.run(argparse.Namespace(step="makemigrations", kind=None, workdir=workdir,
                                              pairs=str(PAIRS), pair=names))
    names = [n for n in names if made[n]["status"] == "changes"]
    for pair in names:
        db.fresh(args.kind, django_side.database_name(pair, "sqlmigrate"), workdir)
    done = subprocess.run([sys.executable, __file__, "--kind", args.kind, "--child", workdir] +
                          names, capture_output=True, text=True, encoding="utf-8")
    if done.returncode != 0:
        raise SystemExit(f"Django's sqlmigrate failed:\n{done.stderr}")
    theirs = json.loads(done.stdout)
    for name in [n for n in names if theirs[n] is None]:
        print(f"left out: {name} (Django's sqlmigrate fails)")
        names.remove(name)
    sqlweave = check.Sqlweave(args.sqlweave)
    exact = matched = total = 0
    for name in names:
        ran = sqlweave.migrate(check.Pair(PAIRS / name), args.kind)
        ours = [l[:-1] for l in ran.stdout.splitlines() if l.strip()] if ran.returncode == 0 else []
        if ours == theirs[name]:
            exact += 1
        else:
            print(f"differs: {name}")
            if args.diff:
                print("".join(difflib.unified_diff([f"{t}\n" for t in theirs[name]],
                                                   [f"{o}\n" for o in ours], "django", "sqlweave",
                                                   n=1)))
        unmatched = list(theirs[name])
        for statement in ours:
            if statement in unmatched:
                unmatched.remove(statement)
                matched += 1
        total += len(theirs[name])
    print(f"{args.kind}: {exact}/{len(names)} pairs statement for statement; {matched}/{total} "
          "of Django's statements printed exactly")
    return 0


if __name__ == "__main__":
    sys.exit(main())
