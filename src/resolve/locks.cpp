// SPDX-License-Identifier: MIT
// select_for_update(nowait=, skip_locked=, of=, no_key=): the row lock a SELECT asks for, and
// the tables its OF clause names, found among those select_related() and multi-table
// inheritance follow (Django's get_select_for_update_of_arguments()).
#include <fmt/format.h>

#include <algorithm>

#include "resolve/expressions.hpp"
#include "resolve/query.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

bool flag(const ast::step& st, std::string_view name) {
  for (const auto& kw : st.kwargs) {
    if (kw.name != name) continue;
    if (kw.value->kind != ast::node_kind::literal || kw.value->val.kind() != value_kind::boolean)
      fail(error_code::bad_argument,
           fmt::format("select_for_update({}=) takes True or False", name), kw.value->span);
    return kw.value->val.as_bool();
  }
  return false;
}

// Django's _get_field_choices(): 'self', then the followed paths breadth-first.
std::string choices(const query_state& q) {
  std::vector<const followed_table*> order;
  for (const auto& f : q.followed) order.push_back(&f);
  std::stable_sort(order.begin(), order.end(),
                   [](const auto* a, const auto* b) { return a->depth < b->depth; });
  std::string out = "self";
  for (const auto* f : order) out += ", " + f->path;
  return out;
}

// PostgreSQL: a table joined by LEFT OUTER JOIN, or reached through one, may have no row.
bool outer_side(const ir::select& s, const ir::table_ref* t) {
  for (; t; t = t->parent >= 0 ? s.tables[static_cast<std::size_t>(t->parent)] : nullptr)
    if (t->type == ir::join_type::left_outer) return true;
  return false;
}

// The first column the SELECT list reads from `t`; empty when it reads none (Django then
// leaves the table out of OF).
std::string_view first_column(const ir::select& s, const ir::table_ref* t) {
  for (const auto& item : s.items)
    if (const auto* c = item.value->as<ir::column>(); c && c->table == t) return c->name;
  return {};
}

}  // namespace

// Django 3.2 raises NotSupportedError for what the database's FOR UPDATE cannot say, except
// where it locks nothing at all (SQLite), where the options are not looked at.
void set_lock(query_state& q, const ast::step& st) {
  ir::row_lock lock;
  lock.nowait = flag(st, "nowait");
  lock.skip_locked = flag(st, "skip_locked");
  lock.no_key = flag(st, "no_key");
  if (lock.nowait && lock.skip_locked)
    fail(error_code::bad_argument, "the nowait option cannot be used with skip_locked", st.span);
  q.lock_of.clear();
  for (const auto& kw : st.kwargs) {
    if (kw.name != "of") continue;
    const ast::node& of = *kw.value;
    if (of.kind != ast::node_kind::list)
      fail(error_code::bad_argument, "select_for_update(of=) takes a tuple of names", of.span);
    for (const auto& name : of.args) {
      if (!is_text_literal(*name))
        fail(error_code::bad_argument, "select_for_update(of=) takes names as strings", name->span);
      q.lock_of.push_back(name.get());
    }
  }
  const auto& d = q.lv.cx.dialect;
  if (d.row_locks) {
    if (lock.nowait && !d.lock_nowait)
      unsupported(d.name, "select_for_update(nowait=True)", st.span);
    if (lock.skip_locked && !d.lock_skip_locked)
      unsupported(d.name, "select_for_update(skip_locked=True)", st.span);
    if (!q.lock_of.empty() && !d.lock_of) unsupported(d.name, "select_for_update(of=...)", st.span);
    if (lock.no_key && !d.lock_no_key)
      unsupported(d.name, "select_for_update(no_key=True)", st.span);
  }
  q.lock = lock;
  q.lock_span = st.span;
}

void follow(query_state& q, int table, int from, std::string_view name) {
  for (const auto& f : q.followed)
    if (f.table == table) return;
  std::string path;
  int depth = 1;
  for (const auto& f : q.followed)
    if (f.table == from) {
      path = f.path + "__";
      depth = f.depth + 1;
    }
  q.followed.push_back({table, depth, path + std::string(name)});
}

void finish_lock(query_state& q) {
  const auto& d = q.lv.cx.dialect;
  if (!q.lock || !d.row_locks) return;
  ir::select& s = *q.lv.sel;
  small<ir::lock_target> targets;
  std::vector<std::string> invalid;
  for (const ast::node* name : q.lock_of) {
    const auto path = name->val.as_text();
    const ir::table_ref* t = path == "self" ? s.tables[0] : nullptr;
    for (const auto& f : q.followed)
      if (f.path == path) t = s.tables[static_cast<std::size_t>(f.table)];
    if (!t) {
      invalid.emplace_back(path);
      continue;
    }
    const auto column = first_column(s, t);
    if (!column.empty()) targets.push_back({t, column});
  }
  if (!invalid.empty())
    fail(error_code::unknown_field,
         fmt::format("invalid field name(s) given in select_for_update(of=(...)): {}; only "
                     "relational fields followed in the query are allowed; choices are: {}",
                     fmt::join(invalid, ", "), choices(q)),
         q.lock_of.front()->span);
  if (!d.lock_outer_side) {
    bool outer = false;
    if (q.lock_of.empty())
      outer = std::any_of(s.tables.begin(), s.tables.end(),
                          [&](const ir::table_ref* t) { return outer_side(s, t); });
    for (const auto& t : targets) outer = outer || outer_side(s, t.table);
    if (outer)
      unsupported(d.name, "select_for_update() of the nullable side of an outer join", q.lock_span);
  }
  ir::row_lock lock = *q.lock;
  lock.of = q.lv.cx.mem.list(targets);
  s.lock = lock;
}

}  // namespace sqlweave::resolve
