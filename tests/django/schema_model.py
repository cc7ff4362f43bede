# SPDX-License-Identifier: MIT
"""What the queryset generator knows of a test schema: fields, relations and fixture values.

Read from Django's own model metadata (Django configured once with an in-memory SQLite
database, no tables) and from the schema's fixture.json, so the generator picks lookups that
fit each field's type and values that occur in the data.
"""
import datetime
import json
import pathlib
import sys

FIXTURES = pathlib.Path(__file__).resolve().parents[1] / "fixtures"

KINDS = {
    "AutoField": "int", "BigAutoField": "int", "IntegerField": "int", "SmallIntegerField": "int",
    "BigIntegerField": "int", "PositiveIntegerField": "int", "PositiveSmallIntegerField": "int",
    "FloatField": "float", "DecimalField": "decimal", "BooleanField": "bool",
    "CharField": "text", "TextField": "text", "SlugField": "text", "EmailField": "text",
    "DateField": "date", "DateTimeField": "datetime",
}


class Field:
    def __init__(self, name, kind, null, values):
        self.name, self.kind, self.null, self.values = name, kind, null, values


class Relation:
    """A hop from one model to another: forward FK/O2O, reverse FK/O2O, or M2M either way."""

    def __init__(self, name, target, multi, null, via_fk=None, key="pk"):
        self.name, self.target, self.multi, self.null = name, target, multi, null
        self.via_fk = via_fk  # reverse FK hops: the FK field on `target` pointing back
        self.key = key  # the field an FK refers to (to_field): on `target`, or here for via_fk


class Model:
    def __init__(self, name, ordered):
        self.name, self.ordered = name, ordered
        self.fields, self.relations, self.keys = [], [], []

    def of_kind(self, *kinds):
        return [f for f in self.fields if f.kind in kinds]


def configure(schema):
    import django
    from django.conf import settings
    if not settings.configured:
        sys.path.insert(0, str(FIXTURES))
        settings.configure(DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3",
                                                  "NAME": ":memory:"}},
                           INSTALLED_APPS=[schema], USE_TZ=False,
                           DEFAULT_AUTO_FIELD="django.db.models.AutoField")
        django.setup()


def parse(kind, raw):
    if raw is None:
        return None
    if kind == "date":
        return datetime.date.fromisoformat(raw)
    if kind == "datetime":
        return datetime.datetime.fromisoformat(raw)
    if kind == "bool":
        return bool(raw)
    return raw


def key_name(fk):
    """The field an FK refers to, `pk` for the primary key."""
    return "pk" if fk.target_field.primary_key else fk.target_field.name


def load(schema):
    """{model name: Model} for tests/fixtures/SCHEMA."""
    configure(schema)
    from django.apps import apps
    data = json.loads((FIXTURES / schema / "fixture.json").read_text(encoding="utf-8"))
    out = {}
    django_models = list(apps.get_app_config(schema).get_models())
    for dm in django_models:
        meta = dm._meta
        model = out[dm.__name__] = Model(dm.__name__, bool(meta.ordering))
        table = data.get(meta.db_table, {"columns": [], "rows": []})
        if meta.pk.column in table["columns"]:  # `code`, `person_ptr_id`: not always `id`
            i = table["columns"].index(meta.pk.column)
            model.keys = [row[i] for row in table["rows"]]
        for f in meta.concrete_fields:
            kind = KINDS.get(type(f).__name__)
            if f.is_relation or kind is None:
                continue
            column = f.column
            values = []
            if column in table["columns"]:
                i = table["columns"].index(column)
                values = [parse(kind, row[i]) for row in table["rows"]]
            model.fields.append(Field(f.name, kind, f.null, values))
    for dm in django_models:
        model = out[dm.__name__]
        for f in dm._meta.get_fields():
            if not f.is_relation or f.related_model is None:
                continue
            target = f.related_model.__name__
            if target not in out:
                continue
            if f.auto_created and not f.concrete:  # reverse side of an FK, O2O or M2M
                multi = f.one_to_many or f.many_to_many
                via = f.field.name if f.one_to_many else None
                key = key_name(f.field) if f.one_to_many else "pk"
                # f.name is the related query name
                model.relations.append(Relation(f.name, target, multi, True, via, key))
            elif f.many_to_many:
                model.relations.append(Relation(f.name, target, True, True))
            else:
                model.relations.append(Relation(f.name, target, False, f.null,
                                                key=key_name(f)))
    return out
