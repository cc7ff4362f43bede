#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Django 3.2 as the oracle: the same querysets through Django and through sqlweave, compared.

    tests/django/differential.py --driver build/tests/sqlweave_compile_driver
        [--schema shop] [--backends sqlite,postgresql,mysql]
        [--corpus FILE.tsv]... [--seed N --count M] [--minimize] [--keep FILE.tsv]
        [--divergences tests/django/divergences.tsv] [--check] [--verbose]

Querysets come from corpus files (`name<TAB>queryset[<TAB>...]` lines over the schema; a folder
means its *.tsv files but errors.tsv) and from
the seeded generator (generate.py: `--seed N --count M` makes querysets gen/SCHEMA/N/0 .. M-1,
each one reproducible alone). For every queryset and database (backend.py) Django's main
statement and sqlweave's statements run on the same tables; the rows are compared (rows.py).
On SQLite and MariaDB, Django's rows on PostgreSQL also count as right: sqlweave keeps the
documented meaning where a backend does not (README, "Semantics").

The divergences file lists what is known to differ, `name<TAB>backends<TAB>reason` (backends a
comma list or `*`). With --check the exit status is 1 when a queryset diverges unlisted or a
listed one agrees now. --minimize shrinks each failing generated queryset while it keeps failing
the same way; --keep appends the (minimized) failures to a corpus file as regression cases.
PostgreSQL and MariaDB come from SQLWEAVE_PG_CONNINFO and SQLWEAVE_MYSQL_* (scripts/differential
starts private servers).
"""
import argparse
import json
import pathlib
import re
import subprocess
import sys
import threading

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import generate  # noqa: E402
import rows  # noqa: E402

# The corpus' named parameters, bound the way the servers suite binds them.
BINDINGS = {"prefix": '"Wid"', "country": '"DE"'}
AGREE = ("agree", "agree_documented", "both_refuse")
SKIPPED = ("skipped",)


class Process:
    """A helper process answering one JSON line per JSON line."""

    def __init__(self, argv, name):
        self.name = name
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True, encoding="utf-8", bufsize=1)

    def send(self, payload):
        self.proc.stdin.write(json.dumps(payload, ensure_ascii=False) + "\n")
        self.proc.stdin.flush()

    def receive(self):
        line = self.proc.stdout.readline()
        if not line:
            raise SystemExit(f"{self.name} stopped (exit {self.proc.wait()})")
        return json.loads(line)

    def close(self):
        self.proc.stdin.close()
        self.proc.wait()


class Oracle:
    """The compile driver and one backend.py per database."""

    def __init__(self, driver, schema, backends):
        models = ROOT / "tests" / "fixtures" / schema / "models.py"
        self.compiler = Process([driver, str(models), schema], "compile driver")
        self.backends = {b: Process([sys.executable, str(HERE / "backend.py"), b, schema], b)
                         for b in backends}
        for process in self.backends.values():
            process.receive()  # {"ready": ...} once the tables are loaded

    def outcomes(self, query, backends=None):
        self.compiler.send(query)
        compiled = self.compiler.receive()
        chosen = {b: p for b, p in self.backends.items() if backends is None or b in backends}
        for backend, process in chosen.items():
            process.send({"query": query, "sqlweave": compiled[backend]})
        results = {}
        threads = [threading.Thread(target=lambda b=b, p=p: results.__setitem__(b, p.receive()))
                   for b, p in chosen.items()]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return results

    def close(self):
        for process in [self.compiler, *self.backends.values()]:
            process.close()


def judge_write(django, weave):
    """A write by the tables it leaves, every table's rows (sorted) equal, by the count Django's
    method returns (where it returns one), and, where Django runs no statement, by running none."""
    if django["status"] != weave["status"]:
        return "rows", f"Django: {django['status']}, sqlweave: {weave['status']}"
    differ = [t for t in django["tables"] if django["tables"][t] != weave["tables"].get(t)]
    if differ:
        return "rows", "tables left differently: {}; Django ran {}; sqlweave ran {}".format(
            ", ".join(differ), django["sql"], weave["sql"])
    if django.get("ran_nothing") and weave["sql"]:
        return "statements", "Django runs no statement; sqlweave runs {}".format(weave["sql"])
    if django["count"] is not None and django["count"] != weave["count"]:
        return "count", "Django returned {}, sqlweave counts {}; Django ran {}; sqlweave ran {}".format(
            django["count"], weave["count"], django["sql"], weave["sql"])
    return "agree", ""


def judge(query, backend, outcomes):
    """(verdict, detail) of sqlweave against Django on one database."""
    django, weave = outcomes[backend]["django"], outcomes[backend]["sqlweave"]
    if "write" in (django["status"], weave["status"]):
        return "skipped", "a write: compared by the servers suite"
    if django["status"] == "refused":
        if weave["status"] == "refused":
            return "both_refuse", ""
        return "django_refuses", django["message"]
    if weave["status"] == "refused":
        return "sqlweave_refuses", weave["message"]
    if weave["status"] in ("error", "crash"):
        return f"sqlweave_{weave['status']}", weave["message"]
    if "state" in (django["status"], weave["status"]):
        return judge_write(django, weave)
    if django["status"] == "norows":
        if weave["status"] == "norows":
            return "agree", ""
        empty = all(v in (None, 0) for row in weave["rows"] for v in row)
        return ("agree", "") if empty else ("rows", "Django knew the result empty")
    if weave["status"] == "norows":
        return "rows", "sqlweave runs no statement where Django runs {}".format(django["sql"])
    as_dict = ".aggregate(" in query
    as_bool = weave.get("returns_bool") or query.rstrip().endswith(".exists()")
    found = rows.verdict(django, weave, as_dict, as_bool)
    if found[0] != "agree" and backend != "postgresql" and "postgresql" in outcomes:
        # A documented choice (contains as GLOB on SQLite, case-sensitive as on PostgreSQL)
        # is judged by the rows Django returns on PostgreSQL, as a multiset: PostgreSQL sorts
        # NULL last where SQLite and MariaDB sort it first, so its order is not this database's.
        reference = dict(outcomes["postgresql"]["django"], ordered=False)
        if reference["status"] == "rows" and \
                rows.verdict(reference, weave, as_dict, as_bool)[0] == "agree":
            return "agree_documented", "Django's rows on PostgreSQL"
    return found


# ------------------------------------------------------------------------------- inputs


class Case:
    def __init__(self, name, query, tree=None):
        self.name, self.query, self.tree = name, query, tree


def bind(query):
    return re.sub(r":([a-z_]\w*)", lambda m: BINDINGS.get(m.group(1), m.group(0)), query)


def read_corpus(path):
    if path.is_dir():
        # errors.tsv holds rejected input, pinned by the snapshots and tests/rejects instead.
        return [c for f in sorted(path.glob("*.tsv")) if f.name != "errors.tsv"
                for c in read_corpus(f)]
    cases = []
    for text in path.read_text(encoding="utf-8").splitlines():
        if not text.strip() or text.startswith("#"):
            continue
        cells = text.split("\t")
        if len(cells) < 2:
            raise SystemExit(f"{path}: expected name<TAB>queryset: {text!r}")
        if cells[1].startswith("!"):
            continue  # expected-error lines of the snapshot corpus
        cases.append(Case(cells[0], bind(cells[1])))
    return cases


def read_divergences(path):
    known = {}
    if not path or not path.exists():
        return known
    for text in path.read_text(encoding="utf-8").splitlines():
        if not text.strip() or text.startswith("#"):
            continue
        name, backends, reason = text.split("\t", 2)
        known[name] = (backends.split(","), reason)
    return known


def listed(known, name, backend):
    entry = known.get(name)
    return entry is not None and ("*" in entry[0] or backend in entry[0])


# ------------------------------------------------------------------------------- running


def minimize(oracle, case, backend, verdict):
    """Shrinks a generated queryset while it still diverges the same way on `backend`."""
    tree, tries = case.tree, 0
    improved = True
    while improved and tries < 200:
        improved = False
        for smaller in tree.shrinks():
            tries += 1
            text = smaller.text()
            found = judge(text, backend, oracle.outcomes(text, {backend, "postgresql"}))[0]
            if found == verdict:
                tree, improved = smaller, True
                break
    return tree.text()


def show(case, backend, verdict, detail, outcome):
    print(f"DIVERGES {case.name} on {backend}: {verdict}: {detail}")
    print(f"    {case.query}")
    django, weave = outcome["django"], outcome["sqlweave"]
    for side, got in (("django", django), ("sqlweave", weave)):
        if "sql" in got:
            print(f"    {side} sql: {got['sql']}")
        if "rows" in got and got["rows"] is not None:
            print(f"    {side} rows ({len(got['rows'])}): {json.dumps(got['rows'][:4], ensure_ascii=False)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--driver", default=str(ROOT / "build" / "tests" / "sqlweave_compile_driver"))
    parser.add_argument("--schema", default="shop")
    parser.add_argument("--backends", default="sqlite,postgresql,mysql")
    parser.add_argument("--corpus", action="append", type=pathlib.Path, default=[])
    parser.add_argument("--seed", type=int, action="append", default=[])
    parser.add_argument("--count", type=int, default=0)
    parser.add_argument("--minimize", action="store_true")
    parser.add_argument("--keep", type=pathlib.Path)
    parser.add_argument("--divergences", type=pathlib.Path, default=HERE / "divergences.tsv")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="show listed divergences too")
    args = parser.parse_args()

    cases = [c for path in args.corpus for c in read_corpus(path)]
    if args.seed and args.count:
        model = generate.schema_model(args.schema)
        for seed in args.seed:
            for i in range(args.count):
                tree = generate.queryset(model, seed, i)
                cases.append(Case(f"gen/{args.schema}/{seed}/{i}", tree.text(), tree))
    if not cases:
        parser.error("nothing to run: give --corpus or --seed with --count")
    backends = args.backends.split(",")
    known = read_divergences(args.divergences)
    oracle = Oracle(args.driver, args.schema, backends)

    tally = {b: {} for b in backends}
    unexpected, stale, kept = [], [], []
    for case in cases:
        outcomes = oracle.outcomes(case.query)
        for backend in backends:
            verdict, detail = judge(case.query, backend, outcomes)
            tally[backend][verdict] = tally[backend].get(verdict, 0) + 1
            is_listed = listed(known, case.name, backend)
            if verdict in AGREE or verdict in SKIPPED:
                if is_listed:
                    stale.append(f"{case.name} on {backend}")
                continue
            if is_listed and not args.verbose:
                continue
            show(case, backend, verdict, detail, outcomes[backend])
            if not is_listed:
                unexpected.append((case, backend, verdict))
    for case, backend, verdict in unexpected:
        if case.tree is None or (args.minimize is False and args.keep is None):
            continue
        if any(k is case for k in kept):
            continue
        small = minimize(oracle, case, backend, verdict) if args.minimize else case.query
        print(f"MINIMIZED {case.name} on {backend} ({verdict}): {small}")
        kept.append(case)
        if args.keep:
            with args.keep.open("a", encoding="utf-8") as out:
                out.write(f"{case.name.replace('gen/', 'differential/')}\t{small}\n")
    oracle.close()

    print(f"== {len(cases)} querysets on {args.schema}")
    for backend in backends:
        counts = tally[backend]
        compared = sum(n for v, n in counts.items() if v not in SKIPPED)
        agreed = sum(counts.get(v, 0) for v in AGREE)
        share = 100.0 * agreed / compared if compared else 0.0
        detail = ", ".join(f"{v} {n}" for v, n in sorted(counts.items()))
        print(f"  {backend:10} {agreed}/{compared} agree ({share:.1f}%): {detail}")
    for entry in stale:
        print(f"STALE divergences.tsv lists {entry}, which agrees now")
    if unexpected:
        print(f"{len(unexpected)} unlisted divergences")
    return 1 if args.check and (unexpected or stale) else 0


if __name__ == "__main__":
    sys.exit(main())
