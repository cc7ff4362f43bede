#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""`sqlweave migrate` against Django 3.2's own migration, pair by pair, on each database.

    check.py --sqlweave build/sqlweave [--pairs tests/migrate/pairs]
             [--databases sqlite,postgresql,mysql] [--divergences tests/migrate/divergences.tsv]
             [PAIR...]

A pair is a folder of pairs/: old.py and new.py (models.py before and after one kind of change),
seed.json (rows put in the old tables: {table: {"columns": [...], "rows": [[...]]}}), optionally
`flags` (extra `sqlweave migrate` flags, also the answers Django's questioner gets) and `question`
(Django asks a question and sqlweave must refuse: exit 1 naming the field and --default).

For each pair and database, three databases are made:
  django    Django's makemigrations + migrate of old.py, the seed rows, then Django's migration
            to new.py (django_side.py): the truth;
  sqlweave  `sqlweave ddl` of old.py, the seed rows, then the statements of `sqlweave migrate`;
  direct    `sqlweave ddl` of new.py on an empty database.
The sqlweave database must equal Django's in catalog (tests/support/databases.py: columns,
types, NULL, defaults, keys, foreign keys, indexes, constraints, names) and rows, and the
direct one in catalog.

What is known to differ is listed in the divergences file, `pair<TAB>databases<TAB>aspects<TAB>
reason`, databases and aspects comma lists or `*`. Aspects: ddl (sqlweave ddl of old.py fails
or is refused), seed, cli (migrate's exit status or output), plan (the operations of --plan
are not Django's), apply (the database refuses a
statement), schema and rows (against Django), direct (against `sqlweave ddl` of new.py). The exit
status is 1 when a pair diverges unlisted or a listed divergence no longer happens. PostgreSQL and
MariaDB come from SQLWEAVE_PG_CONNINFO and SQLWEAVE_MYSQL_* (scripts/with-db-servers).
"""
import argparse
import concurrent.futures
import json
import pathlib
import shlex
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "support"))

import databases as db  # noqa: E402  (after the path entries above)
import django_side  # noqa: E402

ASPECTS = ("ddl", "seed", "cli", "plan", "apply", "schema", "rows", "direct")


class Pair:
    def __init__(self, folder):
        self.name = folder.name
        self.folder = folder
        self.old = folder / "old.py"
        self.new = folder / "new.py"
        seed = folder / "seed.json"
        self.seed = json.loads(seed.read_text(encoding="utf-8")) if seed.exists() else {}
        flags = folder / "flags"
        self.flags = shlex.split(flags.read_text(encoding="utf-8")) if flags.exists() else []
        self.question = (folder / "question").exists()


class Sqlweave:
    def __init__(self, binary):
        self.binary = binary

    def run(self, *args):
        return subprocess.run([self.binary, *args], capture_output=True, text=True,
                              encoding="utf-8")

    def ddl(self, models, app, kind):
        """The statements, or the failure as text."""
        done = self.run("ddl", "--schema", str(models), "--app", app, "--dialect", kind)
        if done.returncode != 0:
            return None, f"sqlweave ddl {models.name} exits {done.returncode}: {done.stderr.strip()}"
        return [line for line in done.stdout.splitlines() if line.strip()], None

    def migrate(self, pair, kind, *extra):
        return self.run("migrate", "--from", str(pair.old), "--to", str(pair.new), "--app",
                        pair.name, "--dialect", kind, *pair.flags, *extra)


def question_problems(pair, kind, sqlweave, django):
    """{aspect: [problem]} for a pair where Django asks: sqlweave refuses the same way."""
    found = {}
    if django["status"] != "asked":
        found["cli"] = [f"Django did not ask a question ({django['status']}): not a question pair"]
        return found
    done = sqlweave.migrate(pair, kind)
    field = django["field"].rsplit(".", 1)[-1]
    if done.returncode != 1 or field not in done.stderr or "--default" not in done.stderr:
        found["cli"] = [f"sqlweave migrate should exit 1 naming {field} and --default; it exits "
                        f"{done.returncode}: {done.stderr.strip() or done.stdout.strip()}"]
    return found


def migrate_statements(pair, kind, sqlweave, django):
    """sqlweave migrate's statements and the problems of its command line contract."""
    done = sqlweave.migrate(pair, kind, "--json")
    if done.returncode != 0:
        return None, [f"sqlweave migrate --json exits {done.returncode}: {done.stderr.strip()}"]
    text = sqlweave.migrate(pair, kind)
    if django["status"] == "no changes":
        if done.stdout or text.stdout or text.returncode != 0:
            return None, [f"no change: sqlweave migrate must print nothing and exit 0; it exits "
                          f"{text.returncode} printing {text.stdout!r} (--json: {done.stdout!r})"]
        return [], []
    try:
        answer = json.loads(done.stdout)
        statements = [st["sql"] for st in answer["statements"]]
    except (ValueError, KeyError, TypeError) as exc:
        return None, [f"sqlweave migrate --json prints no statements object ({exc}): {done.stdout!r}"]
    problems = []
    if answer.get("dialect") != kind:
        problems.append(f"--json names dialect {answer.get('dialect')!r}, not {kind!r}")
    if text.stdout != "".join(f"{s};\n" for s in statements):
        problems.append(f"the text output is not the --json statements one a line:\n{text.stdout}")
    if not statements and django.get("ran", 1) > 0:
        problems.append(f"Django migrates ({', '.join(django['operations'])}, {django.get('ran')} "
                        "statements on the tables); sqlweave prints nothing")
    return statements, problems


def plan_problems(pair, kind, sqlweave, django):
    """--plan names Django's operations (one a line, the class name first), in any order."""
    done = sqlweave.migrate(pair, kind, "--plan")
    if done.returncode != 0:
        return [f"sqlweave migrate --plan exits {done.returncode}: {done.stderr.strip()}"]
    ours = sorted(line.split()[0] for line in done.stdout.splitlines() if line.strip())
    theirs = sorted(django.get("operations", []))
    if ours != theirs:
        return [f"Django's operations {theirs}, sqlweave's plan {ours}:\n{done.stdout}"]
    return []


def compare_pair(pair, kind, workdir, sqlweave, django):
    """{aspect: [problem]} of the sqlweave side of PAIR on KIND against Django's side."""
    if pair.question:
        return question_problems(pair, kind, sqlweave, django)
    if django["status"] == "error":
        raise SystemExit(f"{pair.name} on {kind}: Django's own migration fails: {django['message']}")
    ours = django_side.database_name(pair.name, "sqlweave")
    direct = django_side.database_name(pair.name, "direct")
    db.fresh(kind, ours, workdir)
    old_ddl, failure = sqlweave.ddl(pair.old, pair.name, kind)
    if failure:
        return {"ddl": [failure]}
    failure = db.execute(kind, ours, workdir, old_ddl)
    if failure:
        return {"ddl": [f"the database refuses sqlweave ddl of old.py: {failure}"]}
    try:
        db.seed(kind, ours, workdir, pair.seed)
    except Exception as exc:  # noqa: BLE001  the old tables are not Django's
        return {"seed": [f"{type(exc).__name__}: {exc}"]}
    statements, problems = migrate_statements(pair, kind, sqlweave, django)
    found = {"cli": problems} if problems else {}
    problems = plan_problems(pair, kind, sqlweave, django)
    if problems:
        found["plan"] = problems
    if statements is None:
        return found
    failure = db.execute(kind, ours, workdir, statements)
    if failure:
        found["apply"] = [failure, "statements:\n" + "\n".join(statements)]
        return found
    theirs_db = django_side.database_name(pair.name, django_side.SIDE)
    ours_catalog = db.catalog(kind, ours, workdir)
    for aspect, problems in (
            ("schema", db.differences("catalog", db.catalog(kind, theirs_db, workdir), ours_catalog)),
            ("rows", db.differences("rows", db.rows(kind, theirs_db, workdir),
                                      db.rows(kind, ours, workdir)))):
        if problems:
            found[aspect] = problems
    db.fresh(kind, direct, workdir)
    new_ddl, failure = sqlweave.ddl(pair.new, pair.name, kind)
    failure = failure or db.execute(kind, direct, workdir, new_ddl)
    if failure:
        found["direct"] = [f"sqlweave ddl of new.py: {failure}"]
    else:
        problems = db.differences("catalog", db.catalog(kind, direct, workdir), ours_catalog,
                                    ("sqlweave ddl new.py", "migrated"))
        if problems:
            found["direct"] = problems
    if "schema" in found or "direct" in found or "rows" in found:
        found.setdefault("statements", ["\n".join(statements) or "(none)"])
    return found


def run_kind(kind, pairs, workdir, sqlweave, made):
    """{pair: {aspect: [problem]}} on one database."""
    migrating = [p.name for p in pairs if not p.question]
    migrated = django_side.run(argparse.Namespace(
        step="migrate", kind=kind, workdir=workdir, pairs=str(pairs[0].folder.parent),
        pair=migrating)) if migrating else {}
    out = {}
    for pair in pairs:
        django = dict(made[pair.name], **migrated.get(pair.name, {}))
        if django.get("status") == "migrated":
            django["status"] = made[pair.name]["status"]
        elif django.get("status") == "error":
            django["status"] = "error"
        out[pair.name] = compare_pair(pair, kind, workdir, sqlweave, django)
    return out


def read_divergences(path):
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4 or not parts[3].strip():
            raise SystemExit(f"{path}:{number}: want pair<TAB>databases<TAB>aspects<TAB>reason")
        pair, kinds, aspects, _ = parts
        aspects = ASPECTS if aspects == "*" else tuple(aspects.split(","))
        unknown = set(aspects) - set(ASPECTS)
        if unknown:
            raise SystemExit(f"{path}:{number}: unknown aspects {sorted(unknown)}")
        entries.append((number, pair, db.KINDS if kinds == "*" else tuple(kinds.split(",")), aspects))
    return entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sqlweave", required=True)
    ap.add_argument("--pairs", default=str(HERE / "pairs"))
    ap.add_argument("--databases", default=",".join(db.KINDS))
    ap.add_argument("--divergences", default=str(HERE / "divergences.tsv"))
    ap.add_argument("--verbose", action="store_true", help="also print the listed divergences")
    ap.add_argument("pair", nargs="*")
    args = ap.parse_args()
    folders = sorted(p for p in pathlib.Path(args.pairs).iterdir() if (p / "old.py").exists())
    pairs = [Pair(f) for f in folders if not args.pair or f.name in args.pair]
    if args.pair and len(pairs) != len(args.pair):
        raise SystemExit(f"unknown pairs: {sorted(set(args.pair) - {p.name for p in pairs})}")
    kinds = [k for k in args.databases.split(",") if db.available(k)]
    for kind in set(args.databases.split(",")) - set(kinds):
        raise SystemExit(f"migrate_django: no {kind} server (run under scripts/with-db-servers)")
    sqlweave = Sqlweave(args.sqlweave)
    divergences = read_divergences(pathlib.Path(args.divergences))

    workdir = tempfile.mkdtemp(prefix="sqlweave-migrate-")
    try:
        made = django_side.run(argparse.Namespace(step="makemigrations", kind=None,
                                                  workdir=workdir, pairs=args.pairs,
                                                  pair=[p.name for p in pairs]))
        with concurrent.futures.ThreadPoolExecutor(len(kinds)) as pool:
            futures = {k: pool.submit(run_kind, k, pairs, workdir, sqlweave, made) for k in kinds}
            results = {k: f.result() for k, f in futures.items()}
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    failed = False
    names = {p.name for p in pairs}
    for kind in kinds:
        agree = sum(1 for p in pairs if not results[kind][p.name])
        direct = sum(1 for p in pairs if not set(results[kind][p.name]) & {"ddl", "cli", "apply", "direct"})
        print(f"migrate_django: {kind}: {agree}/{len(pairs)} pairs as Django migrates them, "
              f"{direct}/{len(pairs)} as sqlweave ddl creates new.py")
    for kind in kinds:
        for pair in pairs:
            found = {a: p for a, p in results[kind][pair.name].items() if a in ASPECTS}
            listed = [(n, a) for n, name, ks, aspects in divergences
                      if name == pair.name and kind in ks for a in aspects]
            listed_aspects = {a for _, a in listed}
            unlisted = sorted(set(found) - listed_aspects)
            if unlisted or (args.verbose and found):
                failed = failed or bool(unlisted)
                tag = "UNLISTED" if unlisted else "listed"
                print(f"\n{tag} {pair.name} on {kind}: {', '.join(sorted(found))}")
                for aspect, problems in results[kind][pair.name].items():
                    for problem in problems:
                        print(f"  [{aspect}] {problem}")
    for number, name, ks, aspects in divergences:
        if name not in names:
            if not args.pair:
                failed = True
                print(f"divergences.tsv:{number}: no pair {name}")
            continue
        for kind in set(ks) & set(kinds):
            found = results[kind][name]
            if not any(a in found for a in aspects):
                failed = True
                print(f"divergences.tsv:{number}: {name} on {kind} agrees now ({','.join(aspects)}): "
                      "remove the line")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
