// SPDX-License-Identifier: MIT
// The shared renderer's statements: SELECT with its clauses, INSERT, UPDATE, DELETE.
#include <fmt/format.h>

#include "render/writer.hpp"

namespace sqlweave::render {

void writer::table_name(const ir::table_ref& t) {
  if (t.derived) {
    sql('(');
    select(*t.derived);
    sql(") ");
    ident(t.alias);
    return;
  }
  if (t.alias.empty() && !t.ready_table.empty()) {
    out_.sql.append(t.ready_table);
    return;
  }
  ident(t.table);
  if (!t.alias.empty()) {
    sql(' ');  // no AS: Oracle rejects it for table aliases
    ident(t.alias);
  }
}

void writer::from(const ir::select& s) {
  sql(" FROM ");
  table_name(*s.tables[0]);
  for (std::size_t i = 1; i < s.tables.size(); ++i) {
    const auto& t = *s.tables[i];
    sql(t.type == ir::join_type::left_outer ? " LEFT OUTER JOIN " : " INNER JOIN ");
    const auto& p = *s.tables[static_cast<std::size_t>(t.parent)];
    if (!t.ready_join.empty() && t.alias.empty() && p.alias.empty()) {
      out_.sql.append(t.ready_join);
    } else {
      table_name(t);
      sql(" ON (");
      ident(p.alias.empty() ? p.table : p.alias);
      sql('.');
      ident(t.parent_column);
      sql(" = ");
      ident(t.alias.empty() ? t.table : t.alias);
      sql('.');
      ident(t.column);
    }
    if (t.condition) {
      sql(" AND (");
      expr(*t.condition);
      sql(')');
    }
    sql(')');
  }
}

void writer::predicate_value(const ir::expr& e) {
  if (e.conditional && !t_.select_booleans) {
    sql("CASE WHEN ");
    expr(e);
    sql(" THEN 1 ELSE 0 END");
    return;
  }
  expr(e);
}

namespace {

// The schema's ready text of a column that is written exactly as it (its table has no alias),
// else empty.
std::string_view ready_text(const ir::expr& e) {
  const auto* c = e.as<ir::column>();
  return c && c->table->alias.empty() ? c->qualified : std::string_view();
}

// An item that is written as its column's ready text: no alias, no CASE WHEN around it.
std::string_view ready_text(const ir::select_item& item) {
  return item.alias.empty() && !item.value->conditional ? ready_text(*item.value)
                                                        : std::string_view();
}
std::string_view ready_text(const ir::expr* e) {
  return ready_text(*e);
}

}  // namespace

// The ready texts of precomputed::column_text are each followed by `, ` there, so columns that
// follow each other in that text too are written by one append of the text they span.
template <class Items>
std::size_t writer::ready_run(const Items& items, std::size_t first) {
  const std::string_view head = ready_text(items[first]);
  if (head.empty()) return 0;
  const char* end = head.data() + head.size();
  std::size_t n = 1;
  while (first + n < items.size()) {
    const std::string_view next = ready_text(items[first + n]);
    if (next.empty() || next.data() != end + 2) break;
    end = next.data() + next.size();
    ++n;
  }
  out_.sql.append(head.data(), end);
  return n;
}

void writer::select_item(const ir::select_item& item, std::size_t index, bool alias_columns) {
  predicate_value(*item.value);
  if (alias_columns) {
    sql(" AS ");
    ident(fmt::format("Col{}", index + 1));
  } else if (!item.alias.empty()) {
    sql(" AS ");
    ident(item.alias);
  }
}

void writer::order_by(const ir::select& s) {
  if (s.order_by.empty()) return;
  sql(" ORDER BY ");
  order_terms({s.order_by.data(), s.order_by.size()});
}

void writer::order_terms(std::span<const ir::order_item> terms) {
  for (std::size_t i = 0; i < terms.size(); ++i) {
    const auto& o = terms[i];
    if (i > 0) sql(", ");
    if (const auto* c = o.value->as<ir::call>(); c && c->fn == ir::function::random) {
      expr(*o.value);  // order_by("?") has no direction
      continue;
    }
    const bool emulate_nulls = o.nulls != ir::nulls_order::unspecified && !t_.nulls_modifier;
    if (emulate_nulls) {
      // No NULLS FIRST/LAST: sort on IS NULL first (false before true).
      expr(*o.value);
      sql(o.nulls == ir::nulls_order::last ? " IS NULL, " : " IS NOT NULL, ");
    }
    predicate_value(*o.value);
    if (o.bare) continue;
    sql(o.descending ? " DESC" : " ASC");
    if (!emulate_nulls && o.nulls != ir::nulls_order::unspecified)
      sql(o.nulls == ir::nulls_order::first ? " NULLS FIRST" : " NULLS LAST");
  }
}

void writer::limit(const ir::select& s) {
  if (s.limit < 0 && s.offset == 0) return;
  if (t_.limit == limit_style::offset_fetch) {
    if (s.offset > 0) {
      sql(" OFFSET ");
      number(s.offset);
      sql(" ROWS");
    }
    if (s.limit >= 0) {
      sql(" FETCH FIRST ");
      number(s.limit);
      sql(" ROWS ONLY");
    }
    return;
  }
  if (s.limit >= 0) {
    sql(" LIMIT ");
    number(s.limit);
  } else if (!t_.no_limit.empty()) {
    sql(" LIMIT ");
    sql(t_.no_limit);
  }
  if (s.offset > 0) {
    sql(" OFFSET ");
    number(s.offset);
  }
}

void writer::compound_body(const ir::compound& c) {
  const std::string_view op = c.op == ir::set_operation::union_
                                  ? (c.all ? " UNION ALL " : " UNION ")
                              : c.op == ir::set_operation::intersection ? " INTERSECT "
                                                                        : t_.except_operator;
  for (std::size_t i = 0; i < c.parts.size(); ++i) {
    if (i > 0) sql(op);
    const ir::select& part = *c.parts[i];
    const bool nested = part.compound != nullptr;
    if (t_.parenthesized_compound_parts) {
      sql('(');
      select(part);
      sql(')');
    } else if (nested && !t_.nested_compound_parens) {
      sql("SELECT * FROM (");
      select(part);
      sql(')');
    } else {
      select(part);
    }
  }
}

void writer::select_body(const ir::select& s, bool alias_columns) {
  if (s.compound) {
    compound_body(*s.compound);
    order_by(s);
    limit(s);
    return;
  }
  sql("SELECT ");
  if (!s.distinct_on.empty()) {
    sql("DISTINCT ON (");
    list(s.distinct_on);
    sql(") ");
  } else if (s.distinct) {
    sql("DISTINCT ");
  }
  switch (s.shape) {
    case ir::select_shape::count:
      sql("COUNT(*) AS ");
      ident("__count");
      break;
    case ir::select_shape::exists_probe:
      sql("1 AS ");
      ident("a");
      break;
    case ir::select_shape::rows:
    case ir::select_shape::wrapped_count:
      for (std::size_t i = 0; i < s.items.size();) {
        if (i > 0) sql(", ");
        const std::size_t run = alias_columns ? 0 : ready_run(s.items, i);
        if (run > 0) {
          i += run;
          continue;
        }
        select_item(s.items[i], i, alias_columns);
        ++i;
      }
      break;
  }
  from(s);
  if (s.where) {
    sql(" WHERE ");
    expr(*s.where);
  }
  if (!s.group_by.empty()) {
    sql(" GROUP BY ");
    for (std::size_t i = 0; i < s.group_by.size();) {
      if (i > 0) sql(", ");
      const std::size_t run = ready_run(s.group_by, i);
      if (run > 0) {
        i += run;
        continue;
      }
      expr(*s.group_by[i]);
      ++i;
    }
  }
  if (s.having) {
    sql(" HAVING ");
    expr(*s.having);
  }
  order_by(s);
  limit(s);
  lock(s);
}

void writer::lock(const ir::select& s) {
  if (!s.lock) return;
  const ir::row_lock& l = *s.lock;
  sql(l.no_key ? " FOR NO KEY UPDATE" : " FOR UPDATE");
  for (std::size_t i = 0; i < l.of.size(); ++i) {
    const ir::table_ref& t = *l.of[i].table;
    sql(i == 0 ? " OF " : ", ");
    ident(t.alias.empty() ? t.table : t.alias);
    if (t_.lock_of_columns) {
      sql('.');
      ident(l.of[i].column);
    }
  }
  if (l.nowait) sql(" NOWAIT");
  if (l.skip_locked) sql(" SKIP LOCKED");
}

void writer::with_tree(const ir::tree& t) {
  sql("WITH RECURSIVE ");
  ident(t.name);
  sql('(');
  ident(t.key);
  if (t.depth) {
    sql(", ");
    ident("depth");
  }
  sql(") AS (");
  select(*t.roots);
  sql(t_.recursive_union);
  sql("SELECT ");
  ident("below");
  sql('.');
  ident(t.key);
  if (t.depth) {
    sql(", ");
    ident(t.name);
    sql('.');
    ident("depth");
    sql(" + 1");
  }
  sql(" FROM ");
  ident(t.table);
  sql(' ');
  ident("below");
  sql(" INNER JOIN ");
  ident(t.name);
  sql(" ON (");
  for (std::size_t i = 0; i < t.links.size(); ++i) {
    if (i > 0) sql(" OR ");
    ident("below");
    sql('.');
    ident(t.links[i]);
    sql(" = ");
    ident(t.name);
    sql('.');
    ident(t.key);
  }
  sql(')');
  if (t.depth) {
    sql(" WHERE ");
    ident(t.name);
    sql('.');
    ident("depth");
    sql(" < (SELECT COUNT(*) FROM ");
    ident(t.table);
    sql(')');
  }
  sql(") ");
}

void writer::connect_by(const ir::tree& t) {
  sql("SELECT ");
  expr(*t.roots->items[0].value);
  from(*t.roots);
  sql(" START WITH ");
  if (t.roots->where)
    expr(*t.roots->where);
  else
    sql("1 = 1");
  // NOCYCLE: a cycle in the data ends the walk, as Django's collector stops at rows it has.
  sql(" CONNECT BY NOCYCLE ");
  for (std::size_t i = 0; i < t.links.size(); ++i) {
    if (i > 0) sql(" OR ");
    sql("PRIOR ");
    ident(t.key);
    sql(" = ");
    ident(t.links[i]);
  }
}

void writer::select(const ir::select& s) {
  if (s.explain) {
    t_.explain(*this, *s.explain);
    sql(' ');
  }
  if (s.with && t_.tree_connect_by) return connect_by(*s.with);
  if (s.with) with_tree(*s.with);
  if (s.shape != ir::select_shape::wrapped_count) return select_body(s, false);
  // count() of a distinct, grouped or sliced query counts the rows of that query.
  sql("SELECT COUNT(*) AS ");
  ident("__count");
  sql(" FROM (");
  select_body(s, true);
  sql(") subquery");
}

void writer::write(const ir::write& w) {
  std::visit([&](const auto& statement) { write_one(statement); }, w);
}

void writer::write_one(const ir::insert& ins) {
  t_.insert(*this, ins);
}

void writer::write_one(const ir::update& u) {
  sql("UPDATE ");
  ident(u.table);
  sql(" SET ");
  for (std::size_t i = 0; i < u.sets.size(); ++i) {
    if (i > 0) sql(", ");
    ident(u.sets[i].column);
    sql(" = ");
    expr(*u.sets[i].value);
  }
  if (u.where) {
    sql(" WHERE ");
    expr(*u.where);
  }
}

void writer::write_one(const ir::delete_rows& d) {
  sql("DELETE ");
  if (!d.parents.empty()) {
    ident(d.table);
    for (const ir::parent_join& p : d.parents) {
      sql(", ");
      ident(p.table);
    }
    sql(' ');
  }
  sql("FROM ");
  ident(d.table);
  for (const ir::parent_join& p : d.parents) {
    sql(' ');
    sql(t_.parent_delete_join);
    sql(' ');
    ident(p.table);
    sql(" ON (");
    ident(p.from_table);
    sql('.');
    ident(p.from_column);
    sql(" = ");
    ident(p.table);
    sql('.');
    ident(p.key);
    sql(')');
  }
  if (d.where) {
    sql(" WHERE ");
    expr(*d.where);
  }
  if (const ir::tree* t = d.deepest_first) {
    sql(" ORDER BY (");
    with_tree(*t);
    sql("SELECT MAX(");
    ident(t->name);
    sql('.');
    ident("depth");
    sql(") FROM ");
    ident(t->name);
    sql(" WHERE ");
    ident(t->name);
    sql('.');
    ident(t->key);
    sql(" = ");
    ident(d.table);
    sql('.');
    ident(t->key);
    sql(") DESC");
  }
}

void writer::insert_into(const ir::insert& ins, std::string_view verb) {
  sql(verb);
  sql(' ');
  ident(ins.table);
  sql(" (");
  for (std::size_t i = 0; i < ins.columns.size(); ++i) {
    if (i > 0) sql(", ");
    ident(ins.columns[i]);
  }
  sql(')');
}

void writer::values_rows(const ir::insert& ins) {
  sql(" VALUES ");
  for (std::size_t r = 0; r < ins.rows.size(); ++r) {
    if (r > 0) sql(", ");
    sql('(');
    row_values(ins.rows[r]);
    sql(')');
  }
}

void writer::row_values(ir::exprs row) {
  if (row.empty()) return sql(t_.pk_default_value);
  list(row);
}

void writer::on_conflict(const ir::insert& ins) {
  if (ins.conflict == ir::conflict_action::none) return;
  sql(" ON CONFLICT");
  if (!ins.unique_columns.empty()) {
    sql(" (");
    for (std::size_t i = 0; i < ins.unique_columns.size(); ++i) {
      if (i > 0) sql(", ");
      ident(ins.unique_columns[i]);
    }
    sql(')');
  }
  if (ins.conflict == ir::conflict_action::ignore) {
    sql(" DO NOTHING");
    return;
  }
  sql(" DO UPDATE SET ");
  for (std::size_t i = 0; i < ins.update_columns.size(); ++i) {
    if (i > 0) sql(", ");
    ident(ins.update_columns[i]);
    sql(" = EXCLUDED.");
    ident(ins.update_columns[i]);
  }
}

void writer::returning(const ir::insert& ins) {
  if (ins.returning.empty() || !t_.returning) return;
  sql(" RETURNING ");
  ident(ins.returning);
}

}  // namespace sqlweave::render
