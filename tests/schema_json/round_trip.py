#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# models.py -> JSON -> schema: for every test schema of the repository, `sqlweave schema --json`
# loaded back with `--schema file.json` must print the same JSON again and the same DDL on
# every dialect; the golden snapshots of the shop and ev schemas must hold when compiled from
# their JSON.
#   round_trip.py build/sqlweave
import pathlib
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from schemas import ROOT, SCHEMAS  # noqa: E402

SNAPSHOTS = {
    "shop": (sorted((ROOT / "tests/cases").glob("*.tsv")), ROOT / "tests/snapshots"),
    "ev": ([ROOT / "tests/fields/cases.tsv"], ROOT / "tests/fields/snapshots"),
}


def run(cli, *args):
    p = subprocess.run([cli, *args], capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"sqlweave {' '.join(map(str, args))} failed ({p.returncode}):\n"
                         f"{p.stdout}{p.stderr}")
    return p.stdout


def outcome(cli, *args):
    p = subprocess.run([cli, *args], capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def main():
    cli = sys.argv[1]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, extra, _, _) in SCHEMAS.items():
            source = ["--schema", str(ROOT / path), *extra]
            first = run(cli, "schema", "--json", *source)
            json_file = pathlib.Path(tmp) / f"{name}.json"
            json_file.write_text(first)
            loaded = ["--schema", str(json_file)] + (["--app", extra[1]] if extra[:1] == ["--app"] else [])
            if run(cli, "schema", "--json", *loaded) != first:
                failures.append(f"{name}: the JSON loaded back prints another JSON")
            if run(cli, "schema", *loaded) != run(cli, "schema", *source):
                failures.append(f"{name}: the text form differs")
            # The same statements, or the same refusal (a DDL error of the schema itself).
            if outcome(cli, "ddl", "--dialect", "all", *loaded) != outcome(
                    cli, "ddl", "--dialect", "all", *source):
                failures.append(f"{name}: the DDL differs")
            if name in SNAPSHOTS:
                queries, directory = SNAPSHOTS[name]
                args = ["snapshot", *loaded, "--dir", str(directory)]
                for q in queries:
                    args += ["--queries", str(q)]
                p = subprocess.run([cli, *args], capture_output=True, text=True)
                if p.returncode != 0:
                    failures.append(f"{name}: snapshots from the JSON differ:\n{p.stdout}{p.stderr}")
            print(f"{name}: ok" if not failures or not failures[-1].startswith(name) else
                  f"{name}: FAILED")
    for f in failures:
        print(f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
