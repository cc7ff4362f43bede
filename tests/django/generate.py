# SPDX-License-Identifier: MIT
"""A seeded generator of valid querysets over a test schema, as trees that know how to shrink.

`queryset(model, seed, i)` is the i-th queryset of a seed, the same on every run and machine
(random.Random seeded with the pair). It draws from: every lookup that fits a field's type,
date transforms, relation hops of every kind (forward and reverse FK/O2O, M2M both ways, self),
Q trees with `~` nested a few levels, exclude() over multi-valued relations, chained filters,
annotate/alias/values/aggregate in different orders, Case/When, Coalesce, aggregates with
filter=, Subquery and Exists with OuterRef, __in=<queryset>, ordering (always total before a
slice), slices and terminals. Each node renders itself and yields smaller variants (dropping a
call, an argument, a branch of a Q tree; hoisting a child), which the harness uses to minimize
a failing queryset.
"""
import datetime
import decimal
import json
import random

import schema_model as schema_info


class Node:
    """A piece of queryset text: render(texts of children); children may be dropped or hoisted."""

    def __init__(self, render, children=(), drop=False, keep=1, hoist=False):
        self.render, self.children = render, list(children)
        self.drop, self.keep, self.hoist = drop, keep, hoist

    def text(self):
        return self.render([c.text() for c in self.children])

    def with_children(self, children):
        return Node(self.render, children, self.drop, self.keep, self.hoist)

    def shrinks(self):
        if self.hoist:
            yield from self.children
        if self.drop and len(self.children) > self.keep:
            for i in range(len(self.children)):
                yield self.with_children(self.children[:i] + self.children[i + 1:])
        for i, child in enumerate(self.children):
            for smaller in child.shrinks():
                yield self.with_children(self.children[:i] + [smaller] + self.children[i + 1:])


def leaf(text):
    return Node(lambda _: text)


def joined(sep, before="", after=""):
    return lambda parts: before + sep.join(parts) + after


def literal(value):
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, datetime.datetime):
        return f"datetime({value.year}, {value.month}, {value.day}, {value.hour}, {value.minute})"
    if isinstance(value, datetime.date):
        return f"date({value.year}, {value.month}, {value.day})"
    if isinstance(value, decimal.Decimal):
        return f'Decimal("{value}")'
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return repr(value)


_loaded = {}


def schema_model(name):
    """The generator's view of tests/fixtures/NAME, read once."""
    if name not in _loaded:
        _loaded[name] = schema_info.load(name)
    return _loaded[name]


TEXT_LOOKUPS = ["exact", "iexact", "contains", "icontains", "startswith", "istartswith",
                "endswith", "iendswith", "in", "gt", "lt", "regex", "iregex"]
NUMBER_LOOKUPS = ["exact", "gt", "gte", "lt", "lte", "in", "range"]
DATE_LOOKUPS = ["exact", "gt", "lte", "range", "year", "month", "day", "week_day", "quarter",
                "iso_year", "week", "year__gte", "month__in"]
DATETIME_LOOKUPS = ["gt", "lt", "range", "date", "year", "month", "hour", "minute", "date__lt",
                    "week_day", "iso_week_day"]
REGEXES = ["^[A-M]", "e$", "[aeiou]{2}", "^.{4,6}$", "[0-9]"]


class Generator:
    def __init__(self, models, rng):
        self.models, self.rng = models, rng
        self.names = 0

    def pick(self, seq):
        return self.rng.choice(list(seq))

    def chance(self, p):
        return self.rng.random() < p

    def fresh(self):
        self.names += 1
        return f"a{self.names}"

    # ------------------------------------------------------------------- paths and values

    def path(self, model, kinds=None, hops=2, multi_ok=True):
        """(path, field, crossed a multi-valued hop) ending in a field of one of `kinds`."""
        steps, multi = [], False
        for _ in range(self.rng.randint(0, hops)):
            rels = [r for r in model.relations if multi_ok or not r.multi]
            if not rels or self.chance(0.35):
                break
            rel = self.pick(rels)
            steps.append(rel.name)
            multi |= rel.multi
            model = self.models[rel.target]
        fields = [f for f in model.fields if kinds is None or f.kind in kinds]
        if not fields:
            return None
        field = self.pick(fields)
        return "__".join(steps + [field.name]), field, multi

    def value(self, field):
        present = [v for v in field.values if v is not None]
        if not present:
            return None
        v = self.pick(present)
        if field.kind == "decimal":
            return decimal.Decimal(str(v))
        return v

    def condition(self, model):
        """(lookup path, literal text) of one filter condition on `model`."""
        if model.relations and self.chance(0.15):
            rel = self.pick([r for r in model.relations])
            target = self.models[rel.target]
            ids = target.keys[:8]
            if rel.null and self.chance(0.4):
                return f"{rel.name}__isnull", literal(self.chance(0.5))
            if self.chance(0.5) or not ids:
                return f"{rel.name}__in", literal(sorted(self.rng.sample(ids, min(3, len(ids)))))
            return rel.name, literal(self.pick(ids))
        found = self.path(model)
        if found is None:
            return "pk", "1"
        path, field, _ = found
        v = self.value(field)
        if field.null and self.chance(0.15):
            return f"{path}__isnull", literal(self.chance(0.5))
        if v is None:
            return f"{path}__isnull", "True"
        kind = field.kind
        if kind == "bool":
            return path, literal(v)
        if kind == "text":
            lookup = self.pick(TEXT_LOOKUPS)
            if lookup in ("contains", "icontains", "startswith", "istartswith", "endswith",
                          "iendswith") and len(v) > 1:
                start = self.rng.randint(0, len(v) - 1)
                v = v[start:start + self.rng.randint(1, 4)]
                if lookup.startswith("i") and self.chance(0.5):
                    v = v.swapcase()
            if lookup == "iexact":
                v = v.upper()
            if lookup in ("regex", "iregex"):
                return f"{path}__{lookup}", literal(self.pick(REGEXES))
            if lookup == "in":
                return f"{path}__in", literal([v, self.value(field) or "x"])
            return f"{path}__{lookup}", literal(v)
        if kind in ("int", "float", "decimal"):
            lookup = self.pick(NUMBER_LOOKUPS)
            if lookup == "in":
                return f"{path}__in", literal([v, self.value(field)])
            if lookup == "range":
                lo, hi = sorted([v, self.value(field)])
                return f"{path}__range", f"({literal(lo)}, {literal(hi)})"
            return f"{path}__{lookup}", literal(v)
        if kind == "date":
            lookup = self.pick(DATE_LOOKUPS)
            return self.date_condition(path, lookup, v, self.value(field))
        lookup = self.pick(DATETIME_LOOKUPS)
        return self.date_condition(path, lookup, v, self.value(field))

    def date_condition(self, path, lookup, v, w):
        if lookup == "range":
            lo, hi = sorted([v, w])
            return f"{path}__range", f"({literal(lo)}, {literal(hi)})"
        if lookup in ("year", "iso_year", "year__gte"):
            return f"{path}__{lookup}", str(v.year)
        if lookup == "month":
            return f"{path}__month", str(v.month)
        if lookup == "month__in":
            return f"{path}__month__in", literal(sorted({v.month, w.month}))
        if lookup == "day":
            return f"{path}__day", str(v.day)
        if lookup == "quarter":
            return f"{path}__quarter", str((v.month - 1) // 3 + 1)
        if lookup == "week":
            return f"{path}__week", str(v.isocalendar()[1])
        if lookup in ("week_day", "iso_week_day"):
            return f"{path}__{lookup}", str(self.rng.randint(1, 7))
        if lookup == "hour":
            return f"{path}__hour", str(v.hour)
        if lookup == "minute":
            return f"{path}__minute", str(v.minute)
        if lookup in ("date", "date__lt"):
            return f"{path}__{lookup}", literal(v.date())
        return f"{path}__{lookup}", literal(v)

    def q(self, model, depth=0):
        """A Q tree: leaves, ~ and & / | nodes a few levels deep."""
        roll = self.rng.random()
        if depth >= 2 or roll < 0.45:
            path, text = self.condition(model)
            return leaf(f"Q({path}={text})")
        if roll < 0.65:
            return Node(joined("", "~", ""), [self.q(model, depth + 1)], hoist=True)
        op = " & " if self.chance(0.4) else " | "
        children = [self.q(model, depth + 1) for _ in range(self.rng.randint(2, 3))]
        return Node(joined(op, "(", ")"), children, drop=True, keep=1, hoist=True)

    def filter_args(self, model):
        if self.chance(0.5):
            return [self.q(model)]
        # Keyword arguments: one per path (Python refuses a repeated keyword).
        conditions = dict(self.condition(model) for _ in range(self.rng.randint(1, 2)))
        return [leaf(f"{path}={text}") for path, text in conditions.items()]

    # ------------------------------------------------------------------- expressions

    def numeric_path(self, model, multi):
        """A numeric field reached through at least one multi-valued hop when `multi`."""
        for _ in range(8):
            found = self.path(model, ("int", "float", "decimal"), hops=2)
            if found and found[2] == multi:
                return found
        return None

    def aggregate(self, model):
        """An aggregate over a related multi-valued path (or the model itself)."""
        found = self.numeric_path(model, True) or self.numeric_path(model, False)
        if found is None:
            return None, None
        path, field, _ = found
        func = self.pick(["Count", "Sum", "Avg", "Max", "Min"])
        args = [f'"{path}"']
        if func == "Count" and self.chance(0.3):
            args.append("distinct=True")
        if self.chance(0.3):
            args.append("filter=" + self.q(model, 1).text())
        kind = "int" if func == "Count" else "float" if func == "Avg" else field.kind
        return f"{func}({', '.join(args)})", kind

    def expression(self, model):
        """(text, kind, is_aggregate) of an annotation."""
        roll = self.rng.random()
        if roll < 0.3:
            text, kind = self.aggregate(model)
            if text:
                return text, kind, True
        if roll < 0.45:
            found = self.path(model, ("int",), hops=1, multi_ok=False)
            if found:
                return f'F("{found[0]}") + {self.rng.randint(1, 5)}', "int", False
        if roll < 0.6:
            cond = self.q(model, 1).text()
            return f"Case(When({cond}, then=Value(1)), default=Value(0))", "int", False
        if roll < 0.7:
            nullable = [f for f in model.fields if f.null and f.kind in ("int", "float", "text")]
            if nullable:
                f = self.pick(nullable)
                fallback = {"int": "0", "float": "0.0", "text": '""'}[f.kind]
                return f'Coalesce("{f.name}", Value({fallback}))', f.kind, False
        if roll < 0.85:
            sub = self.subquery(model)
            if sub:
                return sub
        found = self.path(model, ("int", "text", "date"), hops=2, multi_ok=False)
        if found:
            return f'F("{found[0]}")', found[1].kind, False
        return "Value(1)", "int", False

    def reverse_fks(self, model):
        return [r for r in model.relations if r.via_fk]

    def subquery(self, model):
        rels = self.reverse_fks(model)
        if not rels:
            return None
        rel = self.pick(rels)
        inner = self.models[rel.target]
        numbers = inner.of_kind("int", "float", "decimal")
        if not numbers:
            return None
        field = self.pick(numbers)
        base = f'{inner.name}.objects.filter({rel.via_fk}=OuterRef("{rel.key}"))'
        if self.chance(0.4):
            base += f".filter({'='.join(self.condition(inner))})"
        roll = self.rng.random()
        if roll < 0.3:
            return f"Exists({base})", "bool", False
        if roll < 0.6:
            agg = self.pick(["Sum", "Max", "Count"])
            kind = "int" if agg == "Count" else field.kind
            return (f'Subquery({base}.values("{rel.via_fk}").annotate(t={agg}("{field.name}"))'
                    f'.values("t"))', kind, False)
        return (f'Subquery({base}.order_by("-{field.name}", "pk").values("{field.name}")[:1])',
                field.kind, False)

    def in_queryset(self, model):
        rels = [r for r in model.relations if not r.multi]
        if not rels:
            return None
        rel = self.pick(rels)
        target = self.models[rel.target]
        cond = "=".join(self.condition(target))
        return leaf(f'{rel.name}__in={target.name}.objects.filter({cond}).values("{rel.key}")')

    # ------------------------------------------------------------------- querysets

    def queryset(self):
        model = self.pick(sorted(self.models.values(), key=lambda m: m.name))
        calls, annotations, grouped, selected = [], {}, None, None
        aggregated = False
        for _ in range(self.rng.randint(1, 4)):
            roll = self.rng.random()
            if roll < 0.3:
                calls.append(Node(joined(", ", ".filter(", ")"), self.filter_args(model), drop=True))
            elif roll < 0.42:
                calls.append(Node(joined(", ", ".exclude(", ")"), self.filter_args(model), drop=True))
            elif roll < 0.52:
                node = self.in_queryset(model)
                if node:
                    calls.append(Node(joined("", ".filter(", ")"), [node]))
            elif roll < 0.75 and grouped is None:
                name = self.fresh()
                text, kind, is_agg = self.expression(model)
                method = "alias" if self.chance(0.2) else "annotate"
                calls.append(leaf(f".{method}({name}={text})"))
                if method == "alias":
                    calls.append(leaf(f".filter({name}__isnull=False)"))
                else:
                    annotations[name] = kind
                aggregated |= is_agg
            elif grouped is None and selected is None:
                fields = self.rng.sample(model.fields, min(len(model.fields), self.rng.randint(1, 2)))
                names = [f.name for f in fields]
                agg, kind = self.aggregate(model)
                if agg and self.chance(0.7):
                    name = self.fresh()
                    calls.append(leaf(f".values({', '.join(map(json.dumps, names))})"
                                      f".annotate({name}={agg})"))
                    grouped = names + [name]
                    if self.chance(0.3):
                        calls.append(leaf(f".filter({name}__gt=0)"))
                else:
                    chosen = names + list(annotations)
                    calls.append(leaf(f".values({', '.join(map(json.dumps, chosen))})"))
                    selected = chosen
        return self.finish(model, calls, annotations, grouped, selected, aggregated)

    def finish(self, model, calls, annotations, grouped, selected, aggregated):
        terminal = self.rng.random()
        if terminal < 0.1 and not aggregated and grouped is None:
            found = self.numeric_path(model, False) or self.numeric_path(model, True)
            if found:
                func = self.pick(["Sum", "Avg", "Max", "Min", "Count"])
                calls.append(leaf(f'.aggregate(r={func}("{found[0]}"))'))
                return self.wrap(model, calls)
        if terminal < 0.2:
            calls.append(leaf(".count()"))
            return self.wrap(model, calls)
        if terminal < 0.27:
            calls.append(leaf(".exists()"))
            return self.wrap(model, calls)
        # A total order: the grouping or selected columns, else annotations then the key.
        if grouped is not None:
            keys = grouped
        elif selected is not None:
            keys = selected if "id" in selected else None
        else:
            keys = [self.pick(list(annotations))] if annotations and self.chance(0.5) else []
            keys.append("pk")
        if keys is not None and (self.chance(0.7) or grouped is None):
            signed = [("-" if self.chance(0.3) else "") + k for k in keys]
            calls.append(leaf(f".order_by({', '.join(map(json.dumps, signed))})"))
            if grouped is None and selected is None and self.chance(0.1):
                calls.append(leaf(".distinct()"))
            if self.chance(0.35):
                start = self.rng.randint(0, 3)
                calls.append(leaf(f"[{start}:{start + self.rng.randint(1, 5)}]"))
            elif self.chance(0.1) and grouped is None:
                calls.append(leaf(".first()"))
        return self.wrap(model, calls)

    def wrap(self, model, calls):
        return Node(joined("", f"{model.name}.objects", ""), calls, drop=True, keep=0)


def queryset(models, seed, i):
    """The i-th queryset of `seed` over `models` (schema_model.load)."""
    return Generator(models, random.Random(f"{seed}/{i}")).queryset()
