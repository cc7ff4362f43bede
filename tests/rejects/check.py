#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Checks corpora of querysets against Django 3.2 and against sqlweave.

Each corpus line is `name<TAB>queryset<TAB>recorded outcome`, over tests/fixtures/shop/models.py:
  django_rejects.tsv  Django refuses the queryset itself (an exception from Django's Python code,
                      not from the database); the third column is its `Class: message`.
  unchecked.tsv       Django lets it through its own checks on SQLite; the database refuses it
                      (`database: Class: message`) or it runs to a meaningless result (`ok`).
  django_accepts.tsv  valid twins of the rejected lines: Django runs them.
Then each line is compiled by sqlweave for the four dialects, and the report says, per
line, whether sqlweave refuses it (exit 1 with a message) or compiles it: the rejected and
unchecked lines should be refused, the accepted ones compiled.

    tests/rejects/check.py [--sqlweave build/sqlweave] [--no-sqlweave]
                           [--backends sqlite,postgresql,mysql] [--record] [--json FILE]
                           [--all-lines] [--require-refusal] [CORPUS...]

Django runs against SQLite always; `postgresql` and `mysql` use the servers named by
SQLWEAVE_PG_CONNINFO and SQLWEAVE_MYSQL_* (scripts/with-db-servers sets them), and the checks
and messages of the first backend listed are the ones compared with the corpus. Each queryset
runs inside a transaction that is rolled back, on the shop tables loaded with the shop fixture.
`--record` rewrites the third column from what Django says (review the diff before committing).
Exit status: 1 when Django disagrees with a corpus (or, with --require-refusal, when sqlweave
compiles a line it should refuse or refuses one it should compile), else 0.
"""
import argparse
import concurrent.futures
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SCHEMA = FIXTURES / "shop" / "models.py"
DIALECTS = ("sqlite", "postgresql", "mysql", "oracle")
DEFAULT_CORPORA = (HERE / "django_rejects.tsv", HERE / "unchecked.tsv", HERE / "django_accepts.tsv")
KINDS = {"django_accepts.tsv": "accept", "unchecked.tsv": "unchecked"}


# ------------------------------------------------------------------------------------ corpus


class Line:
    def __init__(self, path, number, name, query, expected):
        self.path, self.number, self.name, self.query, self.expected = (
            path, number, name, query, expected)

    @property
    def group(self):
        return self.name.split("/", 1)[0]

    @property
    def kind(self):
        """reject: Django refuses it; accept: Django runs it; unchecked: Django lets it through."""
        return KINDS.get(self.path.name, "reject")


def read_corpus(path):
    lines = []
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not text.strip() or text.startswith("#"):
            continue
        cells = text.split("\t")
        if len(cells) not in (2, 3):
            sys.exit(f"{path}:{number}: expected name<TAB>queryset[<TAB>Class: message]")
        lines.append(Line(path, number, cells[0], cells[1], cells[2] if len(cells) == 3 else ""))
    names = [line.name for line in lines]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        sys.exit(f"{path}: duplicate names: {', '.join(duplicates)}")
    return lines


def recorded(kind, outcome):
    """The third column: Django's message, or for unchecked lines what happened instead."""
    if kind == "reject":
        return outcome["message"]
    if kind == "unchecked":
        return f"{outcome['status']}: {outcome['message']}" if outcome["message"] else outcome["status"]
    return ""


def rewrite_messages(path, messages):
    out = []
    for text in path.read_text(encoding="utf-8").splitlines():
        cells = text.split("\t")
        if text.startswith("#") or len(cells) < 2:
            out.append(text)
            continue
        message = messages.get(cells[0], cells[2] if len(cells) > 2 else "")
        out.append("\t".join(cells[:2] + ([message] if message else [])))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# ------------------------------------------------------------------------ Django (worker side)


def django_settings(backend):
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
    sys.exit(f"unknown backend {backend!r}")


def setup_django(backend):
    sys.path.insert(0, str(FIXTURES))  # tests/fixtures/shop is the `shop` app (a namespace package)
    import django
    from django.conf import settings
    settings.configure(DATABASES={"default": django_settings(backend)}, INSTALLED_APPS=["shop"],
                       USE_TZ=False, DEFAULT_AUTO_FIELD="django.db.models.AutoField")
    django.setup()
    if django.VERSION[:2] != (3, 2):
        sys.exit(f"Django 3.2 is the reference; found {django.get_version()}")


def create_tables():
    from django.apps import apps
    from django.db import connection
    models = list(apps.get_app_config("shop").get_models())
    existing = set(connection.introspection.table_names())
    with connection.schema_editor() as editor:
        for model in reversed(models):  # referencing tables first; M2M tables go with their model
            if model._meta.db_table in existing:
                editor.delete_model(model)
        for model in models:
            editor.create_model(model)
    data = json.loads((FIXTURES / "shop" / "fixture.json").read_text(encoding="utf-8"))
    qn = connection.ops.quote_name
    order = [m._meta.db_table for m in models]
    order += [m2m.remote_field.through._meta.db_table for m in models
              for m2m in m._meta.local_many_to_many]
    with connection.cursor() as cursor:
        for table in order:
            if table not in data:
                continue
            columns = data[table]["columns"]
            sql = "INSERT INTO %s (%s) VALUES (%s)" % (
                qn(table), ", ".join(qn(c) for c in columns), ", ".join(["%s"] * len(columns)))
            cursor.executemany(sql, [tuple(row) for row in data[table]["rows"]])
        if connection.vendor == "postgresql":
            for model in models:
                cursor.execute("SELECT setval(pg_get_serial_sequence(%s, 'id'), 1000)",
                               [model._meta.db_table])


def eval_namespace():
    import datetime
    import decimal
    from django.apps import apps
    from django.db import models
    from django.db.models import functions
    namespace = {}
    for module in (models, functions):
        namespace.update({k: getattr(module, k) for k in dir(module) if not k.startswith("_")})
    # After the modules: django.db.models.functions has a submodule called `datetime`.
    namespace.update({"models": models, "date": datetime.date, "datetime": datetime.datetime,
                      "time": datetime.time, "timedelta": datetime.timedelta,
                      "Decimal": decimal.Decimal})
    for model in apps.get_app_config("shop").get_models():
        namespace[model.__name__] = model
    return namespace


DRIVERS = ("sqlite3", "psycopg2", "MySQLdb")
EXECUTE_FRAMES = ("execute", "executemany", "_execute", "_executemany")


def database_error(exc):
    """True when the database or its driver raised it, not one of Django's own checks."""
    origin = exc.__cause__ or exc.__context__
    if origin is not None and type(origin).__module__.split(".")[0] in DRIVERS:
        return True
    # Drivers also raise plain Python errors (psycopg2 formats parameters client-side).
    tb = exc.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    code = tb.tb_frame.f_code
    return "/django/db/backends/" in code.co_filename and code.co_name in EXECUTE_FRAMES


def describe(exc):
    from django.core.exceptions import ValidationError
    if isinstance(exc, ValidationError):
        text = "; ".join(exc.messages)
    else:
        text = str(exc)
    text = re.sub(r" at 0x[0-9a-f]+", "", text)  # object addresses differ from run to run
    return f"{type(exc).__name__}: {' '.join(text.split())}"


def evaluate(query, namespace):
    """Runs one queryset and returns (status, message): ok, django, database or corpus."""
    from django.db import transaction
    from django.db.models.query import QuerySet
    try:
        code = compile(query, "<queryset>", "eval")
    except SyntaxError as exc:
        return "corpus", f"SyntaxError: {exc.msg}"
    try:
        with transaction.atomic():
            try:
                result = eval(code, dict(namespace))
                if isinstance(result, QuerySet):
                    list(result)
            finally:
                transaction.set_rollback(True)
    except Exception as exc:  # every outcome is recorded; none is allowed to stop the run
        model_errors = ("DoesNotExist", "MultipleObjectsReturned")
        if type(exc).__name__ in model_errors:
            return "ok", f"{describe(exc)} (a result, not a rejection)"
        if database_error(exc):
            return "database", describe(exc)
        if isinstance(exc, NameError):
            return "corpus", describe(exc)
        return "django", describe(exc)
    return "ok", ""


def run_worker(backend, queries):
    import warnings
    warnings.simplefilter("ignore")
    setup_django(backend)
    create_tables()
    namespace = eval_namespace()
    return [evaluate(q, namespace) for q in queries]


# --------------------------------------------------------------------------- driver side


def django_outcomes(backend, lines):
    """Runs the lines on one backend in a fresh interpreter (Django's settings are global)."""
    payload = json.dumps([line.query for line in lines])
    proc = subprocess.run([sys.executable, __file__, "--worker", backend], input=payload,
                          capture_output=True, text=True, timeout=1800)
    if proc.returncode != 0:
        sys.exit(f"Django worker for {backend} failed:\n{proc.stderr}")
    results = json.loads(proc.stdout)
    return {line.name: {"status": s, "message": m} for line, (s, m) in zip(lines, results)}


def sqlweave_outcome(binary, dialect, query):
    cmd = [binary, "compile", "--schema", str(SCHEMA), "--app", "shop", "--dialect", dialect, query]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=20)
    except subprocess.TimeoutExpired:
        return {"status": "hang", "message": "no answer in 20 s"}
    first = next((ln for ln in proc.stderr.splitlines() if ln.strip()), "")
    if proc.returncode == 0:
        return {"status": "compiles", "message": proc.stdout.splitlines()[0] if proc.stdout else ""}
    if proc.returncode == 1 and first:
        return {"status": "refuses", "message": first}
    return {"status": "crash", "message": f"exit {proc.returncode}: {first}"}


def sqlweave_outcomes(binary, lines):
    """Each line on each dialect: one `sqlweave snapshot` run for the whole corpus (a sanitized
    build spends most of its time starting up), or one `compile` a line and dialect when that run
    crashes or hangs, to name the line."""
    return snapshot_outcomes(binary, lines) or compile_outcomes(binary, lines)


def snapshot_outcomes(binary, lines):
    """Every line marked `!error`, so that `snapshot --update` writes a file of per-dialect
    outcomes for each line that fails somewhere; it names the lines that compile everywhere."""
    with tempfile.TemporaryDirectory() as scratch:
        queries = pathlib.Path(scratch) / "queries.tsv"
        queries.write_text("".join(f"{line.name}\t!error\t{line.query}\n" for line in lines),
                           encoding="utf-8")
        snapshots = pathlib.Path(scratch) / "snapshots"
        cmd = [binary, "snapshot", "--schema", str(SCHEMA), "--app", "shop", "--queries",
               str(queries), "--dir", str(snapshots), "--update"]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
        except subprocess.TimeoutExpired:
            return fall_back("no answer in 900 s")
        if proc.returncode not in (0, 1):
            return fall_back(f"exit {proc.returncode}: {proc.stderr.strip()[-2000:]}")
        out = {}
        for line in lines:
            file = snapshots / f"{line.name}.sql"
            if file.exists():
                out[line.name] = snapshot_sections(file.read_text(encoding="utf-8"))
            elif f"{line.name} is marked !error but compiles on every dialect" in proc.stdout:
                out[line.name] = {d: {"status": "compiles", "message": ""} for d in DIALECTS}
            else:
                return fall_back(f"no outcome for {line.name}")
            if set(out[line.name]) != set(DIALECTS):
                return fall_back(f"{file} does not hold every dialect")
        return out


def fall_back(why):
    """Says why the one-run check gave up: a corpus that fails only in one run is a finding."""
    print(f"sqlweave snapshot of the whole corpus failed ({why}); compiling line by line",
          file=sys.stderr)
    return None


def snapshot_sections(text):
    """{dialect: outcome} from a snapshot file: each `[dialect]` section holds the SQL or the
    error the dialect gives."""
    out, dialect = {}, None
    for row in text.splitlines():
        header = re.fullmatch(r"\[(\w+)\]", row)
        if header:
            dialect = header.group(1)
        elif dialect and row.strip() and dialect not in out:
            refused = row.startswith("error[")
            out[dialect] = {"status": "refuses" if refused else "compiles", "message": row}
    return out


def compile_outcomes(binary, lines):
    jobs = [(line, d) for line in lines for d in DIALECTS]
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = pool.map(lambda job: sqlweave_outcome(binary, job[1], job[0].query), jobs)
        out = {}
        for (line, dialect), result in zip(jobs, results):
            out.setdefault(line.name, {})[dialect] = result
    return out


def error_code(message):
    return message.split(":", 1)[0] if message.startswith("error[") else message[:60]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="*", type=pathlib.Path)
    parser.add_argument("--sqlweave", default=str(ROOT / "build" / "sqlweave"))
    parser.add_argument("--no-sqlweave", action="store_true", help="check the Django side only")
    parser.add_argument("--backends", default="sqlite")
    parser.add_argument("--record", action="store_true")
    parser.add_argument("--json", type=pathlib.Path)
    parser.add_argument("--require-refusal", action="store_true")
    parser.add_argument("--all-lines", action="store_true",
                        help="list every line, not only those sqlweave answers wrongly")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker:
        json.dump(run_worker(args.worker, json.load(sys.stdin)), sys.stdout)
        return 0

    corpora = args.corpora or [p for p in DEFAULT_CORPORA if p.exists()]
    lines = [line for path in corpora for line in read_corpus(path)]
    backends = args.backends.split(",")
    django = {b: django_outcomes(b, lines) for b in backends}
    weave = {} if args.no_sqlweave else sqlweave_outcomes(args.sqlweave, lines)

    problems, report = [], []
    for line in lines:
        first = django[backends[0]][line.name]
        entry = {"name": line.name, "group": line.group, "query": line.query,
                 "file": line.path.name, "line": line.number,
                 "django": {b: django[b][line.name] for b in backends},
                 "sqlweave": weave.get(line.name, {})}
        report.append(entry)
        where = f"{line.path.name}:{line.number} {line.name}"
        for backend in backends:
            got = django[backend][line.name]
            # An unchecked line only has to pass Django's own checks on the first backend; what
            # the other backends do with it is recorded in the report.
            if line.kind == "unchecked" and backend != backends[0]:
                continue
            if not acceptable(line.kind, got["status"]):
                problems.append(f"{where}: Django on {backend}: {got['status']}: {got['message']}")
        if not args.record and acceptable(line.kind, first["status"]):
            if line.expected != recorded(line.kind, first):
                problems.append(f"{where}: recorded outcome differs\n  corpus: {line.expected}\n"
                                f"  django: {recorded(line.kind, first)}")
    if args.record:
        for path in corpora:
            rewrite_messages(path, {line.name: recorded(line.kind, django[backends[0]][line.name])
                                    for line in lines if line.path == path
                                    and acceptable(line.kind, django[backends[0]][line.name]["status"])})

    print_report(report, bool(weave), args.all_lines)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    for problem in problems:
        print(f"PROBLEM {problem}", file=sys.stderr)
    wrong_way = [e for e in report if weave and wrong_answer(e)]
    failed = bool(problems) or (args.require_refusal and bool(wrong_way))
    return 1 if failed else 0


def acceptable(kind, status):
    if kind == "reject":
        return status == "django"
    if kind == "accept":
        return status == "ok"
    return status in ("database", "ok")


def wrong_answer(entry):
    wants = "compiles" if KINDS.get(entry["file"]) == "accept" else "refuses"
    return any(r["status"] != wants for r in entry["sqlweave"].values())


def print_report(report, with_weave, all_lines):
    by_file = {}
    for entry in report:
        by_file.setdefault(entry["file"], []).append(entry)
    for file, entries in by_file.items():
        print(f"== {file}: {len(entries)} querysets")
        if not with_weave:
            continue
        wants = "compiles" if KINDS.get(file) == "accept" else "refuses"
        groups = {}
        for entry in entries:
            groups.setdefault(entry["group"], []).append(entry)
        bad_total = 0
        for group, members in groups.items():
            bad = [e for e in members if wrong_answer(e)]
            bad_total += len(bad)
            print(f"  {group:24} {len(members):4} lines, {len(bad):3} where sqlweave does not "
                  f"{wants[:-1]} on every dialect")
            for e in members if all_lines else bad:
                cells = " ".join(f"{d}={e['sqlweave'][d]['status']}" for d in DIALECTS)
                print(f"      {e['name']}: {cells}")
                print(f"        {e['query']}")
                said = next(iter(e["django"].values()))
                told = recorded("reject" if said["status"] == "django" else "unchecked", said)
                print(f"        django: {told}")
                msgs = {error_code(r["message"]) for r in e["sqlweave"].values()
                        if r["status"] != "compiles"}
                if msgs:
                    print(f"        sqlweave: {'; '.join(sorted(msgs))}")
        print(f"  total: {bad_total} of {len(entries)} lines that sqlweave does not {wants[:-1]} "
              "on every dialect")


if __name__ == "__main__":
    sys.exit(main())
