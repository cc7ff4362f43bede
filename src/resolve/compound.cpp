// SPDX-License-Identifier: MIT
// union(), intersection(), difference(): the querysets before and inside the last combinator
// are the parts; what follows may only order, slice, choose the columns and count, as Django
// allows. ORDER BY names a result column and is written by position, since a compound's
// columns have no table to qualify them; a field no column shows is added to every part as a
// hidden column (Django's `__orderbycol<N>`) that the compound orders by.
#include <fmt/format.h>

#include <algorithm>

#include "catalog/catalog.hpp"
#include "resolve/expressions.hpp"
#include "resolve/query.hpp"
#include "resolve/subqueries.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

bool is_combinator(ast::step_kind k) {
  return k == ast::step_kind::union_ || k == ast::step_kind::intersection ||
         k == ast::step_kind::difference;
}

ir::set_operation operation_of(ast::step_kind k) {
  return k == ast::step_kind::union_         ? ir::set_operation::union_
         : k == ast::step_kind::intersection ? ir::set_operation::intersection
                                             : ir::set_operation::difference;
}

// What may follow a combinator (Django raises NotSupportedError for the rest).
bool allowed_after(ast::step_kind k) {
  using ast::step_kind;
  switch (k) {
    case step_kind::order_by:
    case step_kind::values:
    case step_kind::values_list:
    case step_kind::slice:
    case step_kind::reverse:
    case step_kind::all:
    case step_kind::count:
    case step_kind::exists:
    case step_kind::first:
    case step_kind::last:
    case step_kind::get:
    case step_kind::explain:
    case step_kind::iterator: return true;
    default: return is_combinator(k);
  }
}

// The label a result column answers to in order_by(): its alias, else its field's name.
std::string_view label_of(const ir::select_item& item) {
  if (!item.alias.empty()) return item.alias;
  if (!item.label.empty()) return item.label;
  if (!item.field.empty()) return item.field;
  if (const auto* c = item.value->as<ir::column>()) return c->name;
  return {};
}

struct part {
  ir::select* select = nullptr;
  bool empty = false;  // .none(): left out of a union, empties an intersection
};

// A field the compound orders by that none of its columns shows, selected by each part.
struct hidden_column {
  std::string_view name;   // the field path order_by() gave
  std::string_view alias;  // __orderbycol<N>, N its position
  source_span span;
};
using hidden_columns = std::span<const hidden_column>;

part resolve_part(context& cx, const ast::query& source, const ast::step* values,
                  hidden_columns hidden);

// A queryset that is itself combined: its parts, then its own steps after the combinator.
ir::select* combine(context& cx, const ast::query& source, const ast::step* outer_values,
                    std::size_t k, bool& empty, hidden_columns hidden) {
  const ast::step& st = source.steps[k];
  ast::query left = source;
  left.steps.resize(k);
  const ast::step* values = outer_values;
  for (std::size_t i = k + 1; i < source.steps.size(); ++i)
    if (source.steps[i].kind == ast::step_kind::values ||
        source.steps[i].kind == ast::step_kind::values_list)
      values = &source.steps[i];
  small<part> parts;
  parts.push_back(resolve_part(cx, left, values, hidden));
  for (const auto& arg : st.args) {
    if (arg->kind != ast::node_kind::subquery)
      fail(error_code::bad_argument,
           fmt::format("{}() takes querysets", catalog::method_name(st.kind)), arg->span);
    parts.push_back(resolve_part(cx, plain_queryset(cx, *arg->sub), values, hidden));
  }
  const ir::set_operation op = operation_of(st.kind);
  const auto& d = cx.dialect;
  bool all = false;
  for (const auto& kw : st.kwargs)
    if (kw.name == "all") {
      if (kw.value->kind != ast::node_kind::literal || kw.value->val.kind() != value_kind::boolean)
        fail(error_code::bad_argument, "all= takes True or False", kw.span);
      all = kw.value->val.as_bool();
    }
  // Empty parts: a union leaves them out, as a difference does after its first part; an
  // intersection with one is empty.
  small<const ir::select*> kept;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const bool drop = parts[i].empty && (op == ir::set_operation::union_ ||
                                         (op == ir::set_operation::difference && i > 0));
    if (parts[i].empty && !drop) empty = true;
    if (!drop) kept.push_back(parts[i].select);
  }
  if (kept.empty()) empty = true;
  if (empty) {
    // No rows, as Django's EmptyQuerySet, which the combinators return before anything is
    // asked of the other parts: an empty part (a none() queryset, WHERE 1 = 0) stands for all.
    const auto none =
        std::find_if(parts.begin(), parts.end(), [](const part& p) { return p.empty; });
    return none->select;
  }
  if (op != ir::set_operation::union_ && !d.compound_intersection)
    unsupported(d.name, fmt::format("{}()", catalog::method_name(st.kind)), st.span);
  const std::size_t columns = parts.front().select->items.size();
  for (const auto& p : parts)
    if (p.select->items.size() != columns)
      fail(error_code::bad_argument,
           fmt::format("the querysets of {}() select {} and {} columns: they must match",
                       catalog::method_name(st.kind), columns, p.select->items.size()),
           st.span);
  if (!d.parenthesized_compound_parts)
    for (const auto& p : parts)
      if (p.select->limit >= 0 || p.select->offset > 0 || !p.select->order_by.empty())
        unsupported(d.name, "ORDER BY, LIMIT or OFFSET inside the querysets of a compound",
                    st.span);
  ir::select* s = cx.mem.make<ir::select>(cx.mem.resource());
  const auto* c = cx.mem.make<ir::compound>(ir::compound{op, all, cx.mem.list(kept)});
  s->compound = c;
  const ir::select& first = *parts.front().select;
  s->items.assign(first.items.begin(), first.items.end());
  return s;
}

part resolve_part(context& cx, const ast::query& source, const ast::step* values,
                  hidden_columns hidden) {
  for (std::size_t k = source.steps.size(); k-- > 0;)
    if (is_combinator(source.steps[k].kind)) {
      // Django adds the column to the inner compound's query, whose SQL ignores it: the parts
      // then select different numbers of columns.
      if (!hidden.empty())
        fail(error_code::bad_argument,
             fmt::format("ORDER BY term '{}' is not a column of the compound, whose querysets "
                         "are themselves combined",
                         hidden.front().name),
             hidden.front().span);
      part p;
      p.select = combine(cx, source, values, k, p.empty, hidden);
      return p;
    }
  const int index = root_model(cx.s, source);
  query_state q(cx, index, nullptr);
  apply_manager(q, source);
  for (const auto& st : source.steps) {
    if (st.kind >= ast::step_kind::aggregate)
      fail(error_code::bad_argument,
           fmt::format("a queryset of a union cannot end with {}()", catalog::method_name(st.kind)),
           st.span);
    apply_step(q, st);
  }
  // The compound's columns apply to each part that did not choose its own.
  if (values && !q.values_mode) set_values(q, *values);
  // A part's default ordering means nothing to the compound's rows.
  if (!q.explicit_order) q.explicit_order = true;
  finalize(q, nullptr);
  // Django's add_annotation() of each hidden column to each part: selected after the rest.
  for (const auto& h : hidden) {
    ir::expr* e = field_ref(q.lv, h.name, h.span, use_site{}, nullptr);
    q.lv.sel->items.push_back({e, h.alias, {}, {}, {}, true});
  }
  return {q.lv.sel, q.none};
}

}  // namespace

bool is_compound(const ast::query& source) {
  return std::any_of(source.steps.begin(), source.steps.end(),
                     [](const auto& st) { return is_combinator(st.kind); });
}

resolved resolve_compound(context& cx, const ast::query& source) {
  std::size_t k = source.steps.size();
  while (k-- > 0)
    if (is_combinator(source.steps[k].kind)) break;
  for (std::size_t i = k + 1; i < source.steps.size(); ++i) {
    const ast::step& st = source.steps[i];
    catalog::check_arguments(catalog::method_of(st.kind), st);
    if (!allowed_after(st.kind))
      fail(error_code::bad_argument,
           fmt::format("{}() after {}() is not supported", catalog::method_name(st.kind),
                       catalog::method_name(source.steps[k].kind)),
           st.span);
    if (st.kind == ast::step_kind::get && !st.args.empty())
      fail(error_code::bad_argument,
           fmt::format("get() with conditions after {}() is not supported",
                       catalog::method_name(source.steps[k].kind)),
           st.span);
  }
  bool empty = false;
  ir::select* s = combine(cx, source, nullptr, k, empty, {});
  const model& root = cx.s.at(root_model(cx.s, source));

  // The steps after the combinator: ordering by result column, slicing, the terminal call.
  resolved out;
  bool reversed = false;
  bool sliced = false;
  std::int64_t offset = 0;
  std::int64_t limit = -1;
  const ast::step* order = nullptr;
  const ast::step* terminal = nullptr;
  for (std::size_t i = k + 1; i < source.steps.size(); ++i) {
    const ast::step& st = source.steps[i];
    switch (st.kind) {
      case ast::step_kind::order_by: order = &st; break;
      case ast::step_kind::reverse: reversed = !reversed; break;
      case ast::step_kind::slice: {
        const auto start = st.start.value_or(0);
        if (start < 0 || (st.stop && *st.stop < 0))
          fail(error_code::bad_argument, "negative indexing is not supported", st.span);
        sliced = true;
        offset += start;
        if (st.stop) limit = std::max<std::int64_t>(0, *st.stop - start);
        if (st.index) out.single_row = true;
        break;
      }
      default:
        if (st.kind >= ast::step_kind::aggregate) terminal = &st;
    }
  }
  const auto kind = terminal ? terminal->kind : ast::step_kind::all;

  struct order_term {
    std::string_view name;
    bool descending = false;
    source_span span;
  };
  small<order_term> terms;
  auto add_term = [&](std::string_view name, bool descending, source_span span) {
    if (!name.empty() && name.front() == '-') {
      descending = !descending;
      name.remove_prefix(1);
    }
    terms.push_back({name, descending, span});
  };
  if (order)
    for (const auto& term : order->args) {
      const ast::node* t = term.get();
      bool descending = false;
      if (t->kind == ast::node_kind::order) {
        descending = t->descending;
        t = t->args[0].get();
      }
      if (t->kind == ast::node_kind::literal && t->val.kind() == value_kind::text)
        add_term(t->val.as_text(), descending, t->span);
      else if (t->kind == ast::node_kind::field)
        add_term(t->name, descending, t->span);
      else
        fail(error_code::bad_argument, "a compound orders by its column names only", t->span);
    }
  const bool first_or_last = kind == ast::step_kind::first || kind == ast::step_kind::last;
  if (first_or_last && terms.empty()) add_term("pk", false, terminal->span);
  // Django orders neither exists() nor an unsliced count(): it clears the ordering first.
  if (kind == ast::step_kind::exists || (kind == ast::step_kind::count && !sliced)) terms.clear();

  // The result column a name stands for (Django's get_order_by() for a combinator): the
  // column it labels, else the field's own column; 0 for none.
  auto position = [&](std::string_view name) -> std::int64_t {
    for (std::size_t i = 0; i < s->items.size(); ++i)
      if (label_of(s->items[i]) == name) return static_cast<std::int64_t>(i + 1);
    // `pk`, a foreign key's attname.
    const member* mem = root.find(name);
    if (mem && mem->what == member::kind::column) {
      const field& f = root.fields[static_cast<std::size_t>(mem->index)];
      for (std::size_t i = 0; i < s->items.size(); ++i)
        if (s->items[i].alias.empty() && s->items[i].model == root.name &&
            s->items[i].field == f.name)
          return static_cast<std::int64_t>(i + 1);
    }
    return 0;
  };
  small<std::int64_t> positions;
  small<hidden_column> hidden;
  for (const auto& t : terms) {
    std::int64_t at = position(t.name);
    if (at == 0) {
      // Django refuses when the last column it compared was an alias, else selects the field;
      // over model rows (no values() on the left side or after) its SELECT is empty and the
      // compile fails (IndexError), so that is refused too.
      const bool model_rows = std::none_of(source.steps.begin(), source.steps.end(), [](auto& st) {
        return st.kind == ast::step_kind::values || st.kind == ast::step_kind::values_list;
      });
      if (model_rows)
        fail(error_code::unsupported,
             fmt::format("ordering a compound of model rows by '{}', which it does not select, "
                         "fails in Django 3.2: select the columns with values() or values_list()",
                         t.name),
             t.span);
      if (s->items.empty() || !s->items.back().alias.empty())
        fail(error_code::bad_argument,
             fmt::format("ORDER BY term '{}' does not match any column in the result set", t.name),
             t.span);
      at = static_cast<std::int64_t>(s->items.size() + hidden.size() + 1);
      hidden.push_back({t.name, cx.mem.text(fmt::format("__orderbycol{}", at)), t.span});
    }
    positions.push_back(at);
  }
  // The parts again, each selecting the hidden columns too.
  if (!hidden.empty()) s = combine(cx, source, nullptr, k, empty, view(hidden));
  s->offset += offset;
  if (limit >= 0) s->limit = limit;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    ir::expr* n = cx.mem.node(ir::integer{positions[i]}, terms[i].span);
    s->order_by.push_back({n, terms[i].descending != reversed, ir::nulls_order::unspecified});
  }
  if (first_or_last) {
    if (kind == ast::step_kind::last)
      for (auto& o : s->order_by) o.descending = !o.descending;
    s->limit = 1;
  }
  if (kind == ast::step_kind::get) s->limit = 21;
  // Django's explain() prefixes the compound's SQL as it does any query's.
  if (kind == ast::step_kind::explain) s->explain = plan_explain(cx, *terminal);
  if (kind == ast::step_kind::exists) s->limit = 1;
  if (kind == ast::step_kind::count) {
    // COUNT(*) over the compound as a derived table.
    ir::select* count = cx.mem.make<ir::select>(cx.mem.resource());
    ir::table_ref from;
    from.alias = "subquery";
    from.derived = s;
    count->tables.push_back(cx.mem.make<ir::table_ref>(from));
    count->shape = ir::select_shape::count;
    s = count;
  }
  out.select = s;
  out.returns_bool = kind == ast::step_kind::exists;
  out.single_row = out.single_row || (terminal != nullptr && kind != ast::step_kind::explain &&
                                      kind != ast::step_kind::iterator);
  return out;
}

}  // namespace sqlweave::resolve
