#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Django 3.2's own migration of each pair: the truth the migration harness compares with.

    django_side.py makemigrations --workdir W --pairs DIR PAIR...
    django_side.py migrate --workdir W --pairs DIR --kind sqlite|postgresql|mysql PAIR...

The project lives in W/project: one app per pair, labelled by the pair's folder name, so every
pair has its own tables and its own migrations. `makemigrations` writes 0001 from old.py, then
puts new.py in place and asks the autodetector for the next migration, answering its questions
from the pair's `flags` file (--rename-model, --rename-field, --default as `sqlweave migrate`
takes them) and quitting, as a user would, where no flag answers; it prints one JSON object:
{PAIR: {"status": "changes"|"no changes"|"asked", "message": ..., "operations": [...]}}.
`migrate` creates the database of each pair (database_name() names it), migrates it to 0001,
inserts the pair's seed.json, migrates to the last migration and prints {PAIR: {"status":
"migrated", "ran": N} or {"status": "error", "message": ...}}, N the statements that
migration ran on the pair's tables (an AlterField of a default or on_delete runs none on
PostgreSQL and MariaDB). Each step runs in a process of its own
because Django reads models.py once per process.
"""
import argparse
import datetime
import decimal
import json
import os
import pathlib
import shlex
import shutil
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "support"))

import databases as db  # noqa: E402  (after the path entry above)

SIDE = "django"


def database_name(pair, side):
    return f"mig_{side}_{pair}"


def flag_answers(pair_dir):
    """The pair's flags file read the way sqlweave migrate reads its command line."""
    parser = argparse.ArgumentParser(prog="flags")
    parser.add_argument("--rename-model", action="append", default=[])
    parser.add_argument("--rename-field", action="append", default=[])
    parser.add_argument("--default", action="append", default=[])
    path = pair_dir / "flags"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    return parser.parse_args(shlex.split(text))


def python_literal(text):
    names = {"Decimal": decimal.Decimal, "date": datetime.date, "datetime": datetime.datetime,
             "time": datetime.time, "timedelta": datetime.timedelta}
    return eval(text, {"__builtins__": {}}, names)  # noqa: S307  the test's own flags


def questioner_class(label, answers):
    """A questioner answering from the flags; without an answer it quits as a user would."""
    from django.db.migrations.questioner import NonInteractiveMigrationQuestioner

    renamed_models = {tuple(flag.split("=", 1)) for flag in answers.rename_model}
    renamed_fields = {tuple(flag.split("=", 1)) for flag in answers.rename_field}
    defaults = {}
    for flag in answers.default:
        path, literal = flag.split("=", 1)
        defaults[path.lower()] = python_literal(literal)

    def default_for(model_name, field_name, why):
        key = f"{label}.{model_name}.{field_name}".lower()
        if key in defaults:
            return defaults[key]
        raise SystemExit({"field": f"{label}.{model_name}.{field_name}",
                          "message": f"{why} {label}.{model_name}.{field_name} needs a default"})

    class Answers(NonInteractiveMigrationQuestioner):
        def ask_not_null_addition(self, field_name, model_name):
            return default_for(model_name, field_name, "NOT NULL field added:")

        def ask_not_null_alteration(self, field_name, model_name):
            return default_for(model_name, field_name, "field made NOT NULL:")

        def ask_auto_now_add_addition(self, field_name, model_name):
            return default_for(model_name, field_name, "auto_now_add field added:")

        def ask_rename(self, model_name, old_name, new_name, field_instance):
            return any(old.lower() == f"{label}.{model_name}.{old_name}".lower() and new == new_name
                       for old, new in renamed_fields)

        def ask_rename_model(self, old_model_state, new_model_state):
            return (f"{label}.{old_model_state.name}", new_model_state.name) in renamed_models

    return Answers


def setup(labels, databases):
    import django
    from django.conf import settings
    settings.configure(
        INSTALLED_APPS=labels, DATABASES=databases,
        DEFAULT_AUTO_FIELD="django.db.models.AutoField", USE_TZ=True,
        # ImageField wants Pillow only to read images; NullBooleanField is deprecated, not gone.
        SILENCED_SYSTEM_CHECKS=["fields.E210", "fields.W903"])
    django.setup()
    if django.VERSION[:2] != (3, 2):
        raise SystemExit(f"Django 3.2 is the reference; found {django.get_version()}")


def write_app(project, pair_dir, models):
    app = project / pair_dir.name
    (app / "migrations").mkdir(parents=True, exist_ok=True)
    (app / "__init__.py").write_text("")
    (app / "migrations" / "__init__.py").touch()
    shutil.copyfile(pair_dir / models, app / "models.py")


def child(step, args):
    """Runs STEP of this script in a fresh process (Django reads models.py once)."""
    import subprocess
    argv = [sys.executable, __file__, step, "--child", "--workdir", args.workdir,
            "--pairs", args.pairs] + (["--kind", args.kind] if args.kind else []) + args.pair
    done = subprocess.run(argv, capture_output=True, text=True, encoding="utf-8")
    if done.returncode != 0:
        raise SystemExit(f"django_side.py {step} failed:\n{done.stderr}")
    return json.loads(done.stdout)


def makemigrations_old(args):
    from django.core.management import call_command
    for label in args.pair:
        call_command("makemigrations", label, interactive=False, verbosity=0)
    return {}


def app_state(state, label):
    from django.db.migrations.state import ProjectState
    return ProjectState({key: model for key, model in state.models.items() if key[0] == label})


def makemigrations_new(args):
    """The autodetector asks its questions for every app it sees, without naming the app: each
    pair's change is detected between states holding only that pair's models."""
    from django.apps import apps
    from django.db.migrations.autodetector import MigrationAutodetector
    from django.db.migrations.loader import MigrationLoader
    from django.db.migrations.state import ProjectState
    from django.db.migrations.writer import MigrationWriter
    loader = MigrationLoader(None, ignore_no_migrations=True)
    before, after = loader.project_state(), ProjectState.from_apps(apps)
    out = {}
    for label in args.pair:
        questioner = questioner_class(label, flag_answers(pathlib.Path(args.pairs) / label))(
            specified_apps={label})
        detector = MigrationAutodetector(app_state(before, label), app_state(after, label),
                                         questioner)
        try:
            changes = detector.changes(graph=loader.graph, trim_to_apps={label},
                                       convert_apps={label}, migration_name="new")
        except SystemExit as asked:
            out[label] = {"status": "asked", **asked.code}
            continue
        if not changes:
            out[label] = {"status": "no changes"}
            continue
        (migration,) = changes[label]
        writer = MigrationWriter(migration)
        pathlib.Path(writer.path).write_text(writer.as_string(), encoding="utf-8")
        out[label] = {"status": "changes",
                      "operations": [type(op).__name__ for op in migration.operations]}
    return out


CHANGING = ("CREATE", "ALTER", "DROP", "INSERT", "UPDATE", "DELETE", "RENAME")


def counting_changes(counter):
    """A connection execute_wrapper counting the statements that change the pair's tables:
    not introspection, not the bookkeeping of django_migrations."""
    def wrapper(execute, sql, params, many, context):
        text = sql.lstrip().upper()
        if text.startswith(CHANGING) and "DJANGO_MIGRATIONS" not in text:
            counter[0] += 1
        return execute(sql, params, many, context)
    return wrapper


def migrate(args):
    from django.core.management import call_command
    from django.db import connections
    out = {}
    for label in args.pair:
        alias = database_name(label, SIDE)
        seed_path = pathlib.Path(args.pairs) / label / "seed.json"
        seed = json.loads(seed_path.read_text(encoding="utf-8")) if seed_path.exists() else {}
        try:
            call_command("migrate", label, "0001", database=alias, verbosity=0)
            db.seed(args.kind, alias, args.workdir, seed)
            changes = [0]
            with connections[alias].execute_wrapper(counting_changes(changes)):
                call_command("migrate", label, database=alias, verbosity=0)
            out[label] = {"status": "migrated", "ran": changes[0]}
        except Exception as exc:  # noqa: BLE001  Django's failure is reported, not raised
            out[label] = {"status": "error", "message": f"{type(exc).__name__}: {exc}"}
        finally:
            connections[alias].close()
    return out


def run_child(args):
    project = pathlib.Path(args.workdir) / "project"
    sys.path.insert(0, str(project))
    if args.step == "migrate":
        databases = {database_name(label, SIDE): db.django_settings(
            args.kind, database_name(label, SIDE), args.workdir) for label in args.pair}
        databases["default"] = databases[database_name(args.pair[0], SIDE)]  # Django wants one
    else:
        databases = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
    setup(args.pair, databases)
    step = {"makemigrations-old": makemigrations_old, "makemigrations-new": makemigrations_new,
            "migrate": migrate}[args.step]
    print(json.dumps(step(args), ensure_ascii=False))


def run(args):
    project = pathlib.Path(args.workdir) / "project"
    pairs = pathlib.Path(args.pairs)
    if args.step == "makemigrations":
        shutil.rmtree(project, ignore_errors=True)
        for label in args.pair:
            write_app(project, pairs / label, "old.py")
        child("makemigrations-old", args)
        for label in args.pair:
            write_app(project, pairs / label, "new.py")
        return child("makemigrations-new", args)
    for label in args.pair:
        db.fresh(args.kind, database_name(label, SIDE), args.workdir)
    return child("migrate", args)


def main():
    import warnings
    warnings.simplefilter("ignore")
    ap = argparse.ArgumentParser()
    ap.add_argument("step", choices=["makemigrations", "migrate", "makemigrations-old",
                                     "makemigrations-new"])
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--pairs", required=True)
    ap.add_argument("--kind", choices=db.KINDS)
    ap.add_argument("--child", action="store_true")
    ap.add_argument("pair", nargs="+")
    args = ap.parse_args()
    if args.child:
        return run_child(args)
    print(json.dumps(run(args), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
