# SPDX-License-Identifier: MIT
"""Every test schema of the repository as `sqlweave --schema` takes it, with the Django app
label each is written for: the inputs of the schema JSON round trip and of the exporter test."""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]

# name: (--schema path, extra sqlweave arguments, Django INSTALLED_APPS, sys.path entry)
SCHEMAS = {
    "library": ("examples/library/models.py", ["--app", "library"], ["library"], "examples"),
    "shop": ("tests/fixtures/shop/models.py", ["--app", "shop"], ["shop"], "tests/fixtures"),
    "forum": ("tests/fixtures/forum/models.py", [], ["forum"], "tests/fixtures"),
    "editions": ("tests/fixtures/editions/models.py", [], ["editions"], "tests/fixtures"),
    "press": ("tests/ddl/press/models.py", [], ["press"], "tests/ddl"),
    "ev": ("tests/fields/ev/models.py", [], ["ev"], "tests/fields"),
    "consumer": ("tests/consumer/models.py", [], ["consumer"], "tests"),
    "bookshop": ("tests/projects/bookshop", ["--setting", "AUTH_USER_MODEL=members.Member"],
                 ["accounts", "catalog", "orders"], "tests/projects/bookshop"),
}
