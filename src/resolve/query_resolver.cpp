// SPDX-License-Identifier: MIT
// The queryset chain, step by step, then the SELECT list, GROUP BY, ORDER BY and the terminal.
#include "resolve/query_resolver.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace sqlweave::resolve {
namespace {

bool is_terminal(ast::step_kind k) {
  return k >= ast::step_kind::aggregate;
}

std::string_view step_name(ast::step_kind k) {
  switch (k) {
    case ast::step_kind::all: return "all";
    case ast::step_kind::filter: return "filter";
    case ast::step_kind::exclude: return "exclude";
    case ast::step_kind::annotate: return "annotate";
    case ast::step_kind::alias: return "alias";
    case ast::step_kind::values: return "values";
    case ast::step_kind::values_list: return "values_list";
    case ast::step_kind::only: return "only";
    case ast::step_kind::defer: return "defer";
    case ast::step_kind::order_by: return "order_by";
    case ast::step_kind::distinct: return "distinct";
    case ast::step_kind::select_related: return "select_related";
    case ast::step_kind::prefetch_related: return "prefetch_related";
    case ast::step_kind::reverse: return "reverse";
    case ast::step_kind::slice: return "slicing";
    case ast::step_kind::none: return "none";
    case ast::step_kind::aggregate: return "aggregate";
    case ast::step_kind::count: return "count";
    case ast::step_kind::exists: return "exists";
    case ast::step_kind::first: return "first";
    case ast::step_kind::last: return "last";
    case ast::step_kind::get: return "get";
    case ast::step_kind::update: return "update";
    case ast::step_kind::delete_rows: return "delete";
    case ast::step_kind::create: return "create";
    case ast::step_kind::bulk_create: return "bulk_create";
    case ast::step_kind::bulk_update: return "bulk_update";
  }
  return "?";
}

std::string_view text_arg(const ast::node& n, std::string_view method) {
  if (n.kind == ast::node_kind::literal && n.val.kind() == value_kind::text) return n.val.as_text();
  if (n.kind == ast::node_kind::field) return n.name;
  fail(error_code::bad_argument, fmt::format("{}() takes field names as strings", method), n.span);
}

node_refs pointers(const std::vector<ast::expr>& v) {
  node_refs out;
  for (const auto& e : v) out.push_back(e.get());
  return out;
}

bool same_expr(const ir::node* a, const ir::node* b) {
  if (a == b) return true;
  return a->kind == ir::kind::column && b->kind == ir::kind::column && a->table == b->table &&
         a->column == b->column;
}

}  // namespace

query_resolver::query_resolver(context& cx, const model& m, int model_index, query_resolver* outer)
    : cx_(cx), model_(m), model_index_(model_index), outer_(outer) {
  auto* mem = cx_.arena->allocate(sizeof(ir::select), alignof(ir::select));
  sel_ = new (mem) ir::select(cx_.arena);
  if (outer_) {
    if (cx_.depth >= 26) fail(error_code::limit_exceeded, "subqueries nest too deep");
    alias_prefix_ = static_cast<char>('U' + cx_.depth % 6);
    ++cx_.depth;
  }
  ir::table_ref base;
  base.table = m.db_table;
  base.model = model_index;
  add_table(base);
}

resolved query_resolver::run(const ast::query& q) {
  resolved out;
  out.select = sel_;
  const ast::step* terminal = nullptr;
  for (const auto& st : q.steps) {
    if (terminal)
      fail(error_code::bad_argument,
           fmt::format("{}() cannot follow {}(), which ends the query", step_name(st.kind),
                       step_name(terminal->kind)),
           st.span);
    if (is_terminal(st.kind)) {
      terminal = &st;
      continue;
    }
    apply(st);
  }
  if (terminal) {
    switch (terminal->kind) {
      case ast::step_kind::update: out.writes = plan_update(q, *terminal); return out;
      case ast::step_kind::delete_rows: out.writes = plan_delete(q); return out;
      case ast::step_kind::create:
      case ast::step_kind::bulk_create: out.writes = plan_insert(*terminal); return out;
      case ast::step_kind::bulk_update: out.writes = plan_bulk_update(*terminal); return out;
      case ast::step_kind::exists: out.returns_bool = true; [[fallthrough]];
      case ast::step_kind::count:
      case ast::step_kind::first:
      case ast::step_kind::last:
      case ast::step_kind::get:
      case ast::step_kind::aggregate: out.single_row = true; break;
      default: break;
    }
  }
  finalize(terminal);
  out.select = sel_;  // aggregate() over a derived table replaces the SELECT
  if (!terminal || terminal->kind == ast::step_kind::first ||
      terminal->kind == ast::step_kind::last || terminal->kind == ast::step_kind::get)
    plan_prefetches(out.prefetches);
  return out;
}

ir::select* query_resolver::run_as_subquery(const ast::query& q, bool exists) {
  for (const auto& st : q.steps) {
    if (is_terminal(st.kind))
      fail(error_code::bad_argument,
           fmt::format("a subquery cannot end with {}()", step_name(st.kind)), st.span);
    apply(st);
  }
  finish_subquery(exists);
  return sel_;
}

void query_resolver::finish_subquery(bool exists) {
  // Ordering means nothing to IN/EXISTS/scalar use unless the subquery is sliced.
  if (!sliced_) {
    explicit_order_ = true;
    order_terms_.clear();
  }
  if (exists) {
    ast::step probe;
    probe.kind = ast::step_kind::exists;
    finalize(&probe);
    return;
  }
  if (!values_mode_) {
    // __in=qs without values(): compare against the primary key.
    values_mode_ = true;
    const field& pk = model_.pk_field();
    values_.push_back({pk.name, column(0, pk.column, &pk), model_.name, pk.name});
  }
  finalize(nullptr);
}

void query_resolver::apply(const ast::step& st) {
  if (sliced_ && (st.kind == ast::step_kind::filter || st.kind == ast::step_kind::exclude ||
                  st.kind == ast::step_kind::order_by || st.kind == ast::step_kind::distinct))
    fail(error_code::bad_argument,
         fmt::format("cannot use {}() once a slice has been taken", step_name(st.kind)), st.span);
  switch (st.kind) {
    case ast::step_kind::all: return;
    case ast::step_kind::filter: return add_q(pointers(st.args), false);
    case ast::step_kind::exclude: return add_q(pointers(st.args), true);
    case ast::step_kind::annotate: return add_annotations(st, true);
    case ast::step_kind::alias: return add_annotations(st, false);
    case ast::step_kind::values:
    case ast::step_kind::values_list: return set_values(st);
    case ast::step_kind::only:
    case ast::step_kind::defer: {
      auto& list = st.kind == ast::step_kind::only ? only_ : defer_;
      if (st.kind == ast::step_kind::only) list.clear();
      for (const auto& a : st.args) {
        const auto name = text_arg(*a, step_name(st.kind));
        if (!model_.find(name)) unknown_name(name, a->span, model_);
        list.push_back(name);
      }
      return;
    }
    case ast::step_kind::order_by: return set_ordering(st);
    case ast::step_kind::distinct:
      if (!st.args.empty())
        fail(error_code::unsupported, "distinct(*fields) (DISTINCT ON) is not supported", st.span);
      sel_->distinct = true;
      return;
    case ast::step_kind::select_related:
      if (st.args.empty()) select_related_all_ = true;
      for (const auto& a : st.args) select_related_.push_back(text_arg(*a, "select_related"));
      return;
    case ast::step_kind::prefetch_related:
      for (const auto& a : st.args) prefetch_.push_back(a.get());
      return;
    case ast::step_kind::reverse: reversed_ = !reversed_; return;
    case ast::step_kind::slice: {
      const auto start = st.start.value_or(0);
      if (start < 0 || (st.stop && *st.stop < 0))
        fail(error_code::bad_argument, "negative indexing is not supported", st.span);
      // Slicing a slice narrows it, as Django's set_limits does.
      const std::int64_t old_limit = sel_->limit;
      sel_->offset += start;
      if (st.stop) {
        std::int64_t limit = std::max<std::int64_t>(0, *st.stop - start);
        if (old_limit >= 0) limit = std::min(limit, std::max<std::int64_t>(0, old_limit - start));
        sel_->limit = limit;
      } else if (old_limit >= 0) {
        sel_->limit = std::max<std::int64_t>(0, old_limit - start);
      }
      sliced_ = true;
      return;
    }
    case ast::step_kind::none: none_ = true; return;
    default:
      fail(error_code::bad_argument, fmt::format("{}() ends the query", step_name(st.kind)),
           st.span);
  }
}

void query_resolver::add_annotations(const ast::step& st, bool selected) {
  auto add = [&](std::string_view name, const ast::node& e, source_span span) {
    check_alias(name, span);
    if (model_.find(name))
      fail(error_code::bad_argument,
           fmt::format("the annotation '{}' conflicts with a field on {}", name, model_.name),
           span);
    if (find_annotation(name))
      fail(error_code::bad_argument, fmt::format("the annotation '{}' is defined twice", name),
           span);
    ir::node* x = literal_annotation(e);
    annotations_.push_back({name, x, selected});
    if (values_mode_ && selected) {
      values_.push_back({name, x, {}, {}});
      if (x->has_aggregate) grouped_by_values_ = true;
    }
  };
  for (const auto& a : st.args) add(default_alias(*a), *a, a->span);
  for (const auto& kw : st.kwargs) add(kw.name, *kw.value, kw.span);
}

ir::node* query_resolver::literal_annotation(const ast::node& e) {
  // In annotate(), a bare string is a field reference, as in Django's expressions.
  if (e.kind == ast::node_kind::literal && e.val.kind() == value_kind::text)
    return field_ref(e.val.as_text(), e.span, use_site{}, nullptr);
  return expression(e, use_site{}, nullptr);
}

void query_resolver::set_values(const ast::step& st) {
  values_mode_ = true;
  values_.clear();
  grouped_by_values_ = false;
  for (const auto& a : st.args) {
    const auto name = text_arg(*a, step_name(st.kind));
    if (const auto* ann = find_annotation(name)) {
      values_.push_back({name, ann->expr, {}, {}});
      continue;
    }
    path_end end;
    ir::node* e = field_ref(name, a->span, use_site{}, nullptr, &end);
    const ir::table_ref* table =
        end.table >= 0 ? sel_->tables[static_cast<std::size_t>(end.table)] : nullptr;
    const std::string_view model = table && table->model >= 0
                                       ? std::string_view(cx_.s.at(table->model).name)
                                       : std::string_view{};
    values_.push_back(
        {name, e, model, end.target ? std::string_view(end.target->name) : std::string_view{}});
  }
  for (const auto& kw : st.kwargs) {
    // values_list()'s flat= and named= shape the rows a driver returns, not the SQL.
    if (st.kind == ast::step_kind::values_list && (kw.name == "flat" || kw.name == "named")) {
      if (kw.name == "flat" && st.args.size() > 1 && kw.value->val == value(true))
        fail(error_code::bad_argument, "values_list(flat=True) takes one field", kw.span);
      continue;
    }
    check_alias(kw.name, kw.span);
    if (model_.find(kw.name))
      fail(error_code::bad_argument,
           fmt::format("the expression '{}' conflicts with a field on {}", kw.name, model_.name),
           kw.span);
    ir::node* x = literal_annotation(*kw.value);
    annotations_.push_back({kw.name, x, true});
    values_.push_back({kw.name, x, {}, {}});
  }
  const bool only_options = std::all_of(st.kwargs.begin(), st.kwargs.end(), [](const auto& kw) {
    return kw.name == "flat" || kw.name == "named";
  });
  if (st.args.empty() &&
      (st.kwargs.empty() || (st.kind == ast::step_kind::values_list && only_options))) {
    for (int f : model_.columns) {
      const field& fd = model_.fields[static_cast<std::size_t>(f)];
      values_.push_back({fd.column, column(0, fd.column, &fd), model_.name, fd.name});
    }
    for (const auto& a : annotations_)
      if (a.selected) values_.push_back({a.name, a.expr, {}, {}});
  }
  // values() followed by an aggregate annotation groups by exactly these values.
  for (const auto& v : values_)
    if (v.expr->has_aggregate) grouped_by_values_ = false;
}

void query_resolver::set_ordering(const ast::step& st) {
  explicit_order_ = true;
  order_terms_.clear();
  for (const auto& a : st.args) order_terms_.push_back(a.get());
}

void query_resolver::add_model_columns(int table, const model& m, bool apply_only_defer) {
  for (int f : m.columns) {
    const field& fd = m.fields[static_cast<std::size_t>(f)];
    if (apply_only_defer && f != m.pk) {
      auto listed = [&](const small<std::string_view>& names) {
        return std::find(names.begin(), names.end(), fd.name) != names.end() ||
               std::find(names.begin(), names.end(), fd.column) != names.end();
      };
      if (!only_.empty() && !listed(only_)) continue;
      if (listed(defer_)) continue;
    }
    sel_->items.push_back({column(table, fd.column, &fd), {}, m.name, fd.name});
  }
}

void query_resolver::add_select_related(int table, const model& m, std::string_view path,
                                        int depth) {
  // select_related(): follow forward FKs / one-to-ones in the same statement.
  const auto at = path.find("__");
  const auto head = path.substr(0, at);
  const member* mem = m.find(head);
  const relation* r = mem && mem->what == member::kind::relation ? &cx_.s.rel(mem->index) : nullptr;
  if (!r || r->multi_valued) {
    small<std::string_view> choices;
    for (int ri : m.relations)
      if (!cx_.s.rel(ri).multi_valued)
        for (const auto& [name, mm] : m.members)
          if (mm.what == member::kind::relation && mm.index == ri) choices.push_back(name);
    std::sort(choices.begin(), choices.end());
    fail(error_code::bad_argument,
         fmt::format("invalid field name '{}' in select_related(); choices are: {}", head,
                     choices.empty() ? std::string("(none)")
                                     : fmt::format("{}", fmt::join(choices, ", "))));
  }
  const int t = join(table, mem->index, true, nullptr);
  const model& target = cx_.s.at(r->to_model);
  if (std::none_of(related_tables_.begin(), related_tables_.end(), [&](int x) { return x == t; })) {
    related_tables_.push_back(t);
    add_model_columns(t, target, false);
  }
  if (at != std::string_view::npos) add_select_related(t, target, path.substr(at + 2), depth + 1);
}

void query_resolver::add_all_select_related(int table, const model& m, int depth) {
  // select_related() without names: every non-null forward FK, recursively (Django's depth 5).
  if (depth >= 5) return;
  for (int ri : m.relations) {
    const auto& r = cx_.s.rel(ri);
    if (r.how != relation::kind::forward || r.nullable) continue;
    const int t = join(table, ri, true, nullptr);
    related_tables_.push_back(t);
    add_model_columns(t, cx_.s.at(r.to_model), false);
    add_all_select_related(t, cx_.s.at(r.to_model), depth + 1);
  }
}

void query_resolver::build_select_list() {
  sel_->items.clear();
  if (values_mode_) {
    for (const auto& v : values_) {
      const bool plain = v.expr->kind == ir::kind::column && !v.field.empty();
      sel_->items.push_back({v.expr, plain ? std::string_view{} : v.name, v.model, v.field});
    }
    return;
  }
  add_model_columns(0, model_, true);
  if (select_related_all_) add_all_select_related(0, model_, 0);
  for (auto path : select_related_) add_select_related(0, model_, path, 0);
  for (const auto& a : annotations_)
    if (a.selected) sel_->items.push_back({a.expr, a.name, {}, {}});
}

bool query_resolver::grouped() const {
  // An aggregate annotation groups the query even when values() leaves it out of the SELECT.
  for (const auto& a : annotations_)
    if (a.expr->has_aggregate) return true;
  for (const auto& item : sel_->items)
    if (item.expr->has_aggregate) return true;
  return sel_->having != nullptr;
}

void query_resolver::build_group_by() {
  if (!grouped()) return;
  auto add = [&](ir::node* e) {
    if (e->has_aggregate || e->kind == ir::kind::param || e->kind == ir::kind::null) return;
    for (auto* g : sel_->group_by)
      if (same_expr(g, e)) return;
    sel_->group_by.push_back(e);
  };
  if (values_mode_ && grouped_by_values_) {
    for (const auto& v : values_) add(v.expr);
  } else {
    // Plain annotate(): one group per model row, so every model column is grouped.
    for (int f : model_.columns) {
      const field& fd = model_.fields[static_cast<std::size_t>(f)];
      add(column(0, fd.column, &fd));
    }
    for (const auto& item : sel_->items) add(item.expr);
  }
  for (const auto& o : sel_->order_by) add(o.expr);
}

void query_resolver::order_term(const ast::node& term, bool descending, ast::nulls_order nulls,
                                int depth) {
  if (term.kind == ast::node_kind::order) {
    order_term(*term.args[0], term.descending != descending, term.nulls, depth);
    return;
  }
  if (term.kind == ast::node_kind::literal && term.val.kind() == value_kind::text) {
    std::string_view name = term.val.as_text();
    if (name == "?") {
      ir::node* random = make(ir::kind::func);
      random->op = static_cast<std::uint8_t>(ir::fn::random);
      random->items = make_list();
      sel_->order_by.push_back({random, false, nulls});
      return;
    }
    if (!name.empty() && name.front() == '-') {
      descending = !descending;
      name.remove_prefix(1);
    }
    if (name.empty()) fail(error_code::bad_argument, "empty field name in order_by()", term.span);
    if (depth < 4)
      if (const model* target = related_ordering(name)) {
        // Ordering by a relation orders by the related model's Meta.ordering, as Django does.
        for (const auto& o : target->ordering) {
          const bool desc = !o.empty() && o.front() == '-';
          ast::node sub;
          sub.kind = ast::node_kind::literal;
          sub.val = value(std::string(name) + "__" + (desc ? o.substr(1) : o));
          sub.span = term.span;
          order_term(sub, desc != descending, nulls, depth + 1);
        }
        return;
      }
    sel_->order_by.push_back({order_path(name, term.span), descending, nulls});
    return;
  }
  sel_->order_by.push_back({expression(term, use_site{}, nullptr), descending, nulls});
}

const model* query_resolver::related_ordering(std::string_view path) const {
  // The model a path ends on when its last part is a relation with a default ordering.
  const model* m = &model_;
  std::size_t start = 0;
  while (true) {
    const auto at = path.find("__", start);
    const auto part = path.substr(start, at == std::string_view::npos ? at : at - start);
    const member* mem = m->find(part);
    if (!mem || mem->what != member::kind::relation) return nullptr;
    m = &cx_.s.at(cx_.s.rel(mem->index).to_model);
    if (at == std::string_view::npos) return m->ordering.empty() ? nullptr : m;
    start = at + 2;
  }
}

ir::node* query_resolver::order_path(std::string_view name, source_span span) {
  if (const auto* a = find_annotation(name)) return a->expr;
  return field_ref(name, span, use_site{}, nullptr);
}

void query_resolver::build_order_by(bool flip) {
  sel_->order_by.clear();
  if (explicit_order_) {
    for (const auto* t : order_terms_) order_term(*t, false, ast::nulls_order::unspecified, 0);
  } else if (!grouped()) {
    for (const auto& o : model_.ordering) {
      ast::node term;
      term.kind = ast::node_kind::literal;
      term.val = value(o);
      order_term(term, false, ast::nulls_order::unspecified, 0);
    }
  }
  if (reversed_ != flip)
    for (auto& o : sel_->order_by) {
      o.descending = !o.descending;
      if (o.nulls != ast::nulls_order::unspecified)
        o.nulls =
            o.nulls == ast::nulls_order::first ? ast::nulls_order::last : ast::nulls_order::first;
    }
  if (!sel_->distinct) return;
  // SELECT DISTINCT can only be ordered by what it selects: add missing terms as columns.
  for (const auto& o : sel_->order_by) {
    const bool present = std::any_of(sel_->items.begin(), sel_->items.end(),
                                     [&](const auto& i) { return same_expr(i.expr, o.expr); });
    if (!present) sel_->items.push_back({o.expr, {}, {}, {}});
  }
}

void query_resolver::finalize(const ast::step* terminal) {
  const auto kind = terminal ? terminal->kind : ast::step_kind::all;
  if (kind == ast::step_kind::get) {
    add_q(pointers(terminal->args), false);
    if (!sliced_) {
      explicit_order_ = true;
      order_terms_.clear();
      sel_->limit = 21;  // Django's MAX_GET_RESULTS: room to detect MultipleObjectsReturned
    }
  }
  if (kind == ast::step_kind::aggregate) return aggregate_terminal(*terminal);
  if (none_) where_.assign(1, truth(false));
  build_select_list();
  // Conditions on aggregates go to HAVING.
  small<ir::node*> where, having;
  for (auto* w : where_) (w->has_aggregate ? having : where).push_back(w);
  sel_->where = where.empty()       ? nullptr
                : where.size() == 1 ? where[0]
                                    : junction(ir::kind::and_, where);
  sel_->having = having.empty()       ? nullptr
                 : having.size() == 1 ? having[0]
                                      : junction(ir::kind::and_, having);

  const bool no_order = kind == ast::step_kind::count || kind == ast::step_kind::exists;
  if ((kind == ast::step_kind::first || kind == ast::step_kind::last) && !terminal->args.empty()) {
    // earliest(*fields) / latest(*fields): ordered by those fields.
    explicit_order_ = true;
    order_terms_.clear();
    for (const auto& a : terminal->args) order_terms_.push_back(a.get());
  }
  if (kind == ast::step_kind::first || kind == ast::step_kind::last) {
    const bool ordered = explicit_order_ ? !order_terms_.empty() : !model_.ordering.empty();
    if (kind == ast::step_kind::last && sliced_)
      fail(error_code::bad_argument, "cannot call last() once a slice has been taken",
           terminal->span);
    if (!ordered) {
      explicit_order_ = true;
      order_terms_.clear();
      static const ast::expr pk = ast::make_literal(value("pk"));
      order_terms_.push_back(pk.get());
    }
    sel_->limit = sel_->limit < 0 ? 1 : std::min<std::int64_t>(sel_->limit, 1);
  }
  if (!no_order) build_order_by(kind == ast::step_kind::last);
  build_group_by();

  if (kind == ast::step_kind::count) {
    if (sel_->distinct || grouped() || sliced_) {
      sel_->wrap_count = true;
    } else {
      sel_->items.clear();
      sel_->count_star = true;
    }
  }
  if (kind == ast::step_kind::exists) {
    if (!sel_->distinct && !sliced_) {
      sel_->items.clear();
      sel_->exists_probe = true;
      if (!outer_) sel_->limit = 1;
    } else if (!outer_) {
      sel_->limit = sel_->limit < 0 ? 1 : std::min<std::int64_t>(sel_->limit, 1);
    }
  }
}

void query_resolver::aggregate_terminal(const ast::step& st) {
  // aggregate() over a plain queryset is one SELECT of aggregates; over a grouped, distinct or
  // sliced one, the aggregates run over that query as a derived table.
  if (none_) where_.assign(1, truth(false));
  const bool derived = sel_->distinct || sliced_ ||
                       std::any_of(annotations_.begin(), annotations_.end(),
                                   [](const auto& a) { return a.expr->has_aggregate; });
  std::vector<ir::select_item> aggregates;
  summarizing_ = derived;
  auto add = [&](std::string_view name, const ast::node& e, source_span span) {
    check_alias(name, span);
    ir::node* x = literal_annotation(e);
    if (!x->has_aggregate)
      fail(error_code::bad_argument, fmt::format("'{}' is not an aggregate expression", name),
           span);
    aggregates.push_back({x, name, {}, {}});
  };
  for (const auto& a : st.args) add(default_alias(*a), *a, a->span);
  for (const auto& kw : st.kwargs) add(kw.name, *kw.value, kw.span);
  if (aggregates.empty())
    fail(error_code::bad_argument, "aggregate() needs at least one aggregate", st.span);
  if (!derived) {
    sel_->items.assign(aggregates.begin(), aggregates.end());
    sel_->where = where_.empty()       ? nullptr
                  : where_.size() == 1 ? where_[0]
                                       : junction(ir::kind::and_, where_);
    return;
  }
  // This level becomes the inner query; the aggregates read its columns by alias.
  explicit_order_ = explicit_order_ || !sliced_;
  if (!sliced_) order_terms_.clear();
  finalize(nullptr);
  ir::select* inner = sel_;
  for (std::size_t i = 0; i < inner->items.size(); ++i)
    if (inner->items[i].alias.empty())
      inner->items[i].alias = arena_text(fmt::format("col{}", i + 1));
  auto* mem = cx_.arena->allocate(sizeof(ir::select), alignof(ir::select));
  sel_ = new (mem) ir::select(cx_.arena);
  ir::table_ref from;
  from.alias = "subquery";
  from.derived = inner;
  auto* t = static_cast<ir::table_ref*>(
      cx_.arena->allocate(sizeof(ir::table_ref), alignof(ir::table_ref)));
  sel_->tables.push_back(new (t) ir::table_ref(from));
  for (auto& a : aggregates) sel_->items.push_back({lift(a.expr, *inner, t), a.alias, {}, {}});
}

ir::node* query_resolver::lift(ir::node* n, ir::select& inner, const ir::table_ref* derived) {
  // Rewrites an expression over this level's tables into one over the derived table `inner`:
  // what `inner` selects is read by alias; other columns are added to its SELECT list.
  auto derived_column = [&](std::string_view alias, const ir::node* like) {
    ir::node* c = make(ir::kind::column);
    c->table = derived;
    c->column = alias;
    c->typed = like->typed;
    c->type = like->type;
    return c;
  };
  for (const auto& item : inner.items)
    if (same_expr(item.expr, n)) return derived_column(item.alias, n);
  if (n->kind == ir::kind::column) {
    const auto alias = arena_text(fmt::format("col{}", inner.items.size() + 1));
    inner.items.push_back({n, alias, {}, {}});
    return derived_column(alias, n);
  }
  ir::node* copy = make(n->kind);
  *copy = *n;
  if (n->a) copy->a = lift(n->a, inner, derived);
  if (n->b) copy->b = lift(n->b, inner, derived);
  if (n->c) copy->c = lift(n->c, inner, derived);
  if (n->items) {
    copy->items = make_list();
    for (auto* i : *n->items) copy->items->push_back(lift(i, inner, derived));
  }
  return copy;
}

std::string_view query_resolver::arena_text(std::string_view text) {
  auto* mem = static_cast<char*>(cx_.arena->allocate(text.size(), 1));
  std::copy(text.begin(), text.end(), mem);
  return {mem, text.size()};
}

void check_alias(std::string_view name, source_span span) {
  // Aliases are the one identifier a user names freely: one strict rule keeps quotes, spaces,
  // semicolons, comment markers and control characters out of the SQL text.
  const bool valid = !name.empty() && name.size() <= 128 &&
                     (std::isalpha(static_cast<unsigned char>(name[0])) || name[0] == '_') &&
                     std::all_of(name.begin(), name.end(), [](char c) {
                       return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
                     });
  if (!valid)
    fail(error_code::bad_argument,
         fmt::format(
             "invalid alias '{}': use letters, digits and underscores, not starting with a digit",
             name),
         span);
}

resolved resolve_query(context& cx, const ast::query& q) {
  const int index = cx.s.model_index(q.model, q.model_span);
  query_resolver r(cx, cx.s.at(index), index, nullptr);
  return r.run(q);
}

}  // namespace sqlweave::resolve
