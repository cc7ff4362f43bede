// SPDX-License-Identifier: MIT
// Shared shapes: the default hooks of dialect_traits and the helpers several dialects reuse.
#include "render/writer.hpp"

namespace sqlweave::render {
namespace {

bool case_insensitive(ir::pattern_op op) {
  return op == ir::pattern_op::iexact || op == ir::pattern_op::icontains ||
         op == ir::pattern_op::istartswith || op == ir::pattern_op::iendswith;
}

std::string_view aggregate_name(ir::aggregate_fn f) {
  switch (f) {
    case ir::aggregate_fn::count: return "COUNT";
    case ir::aggregate_fn::sum: return "SUM";
    case ir::aggregate_fn::avg: return "AVG";
    case ir::aggregate_fn::min: return "MIN";
    case ir::aggregate_fn::max: return "MAX";
    case ir::aggregate_fn::stddev_samp: return "STDDEV_SAMP";
    case ir::aggregate_fn::stddev_pop: return "STDDEV_POP";
    case ir::aggregate_fn::var_samp: return "VAR_SAMP";
    case ir::aggregate_fn::var_pop: return "VAR_POP";
  }
  return "COUNT";
}

std::string_view trunc_name(ir::trunc_kind k) {
  switch (k) {
    case ir::trunc_kind::year: return "year";
    case ir::trunc_kind::quarter: return "quarter";
    case ir::trunc_kind::month: return "month";
    case ir::trunc_kind::week: return "week";
    case ir::trunc_kind::day: return "day";
    case ir::trunc_kind::hour: return "hour";
    case ir::trunc_kind::minute: return "minute";
    case ir::trunc_kind::second: return "second";
    case ir::trunc_kind::date: return "date";
    case ir::trunc_kind::time: return "time";
  }
  return "";
}

}  // namespace

ir::pattern_wrap like_wrap(ir::pattern_op op) {
  switch (op) {
    case ir::pattern_op::iexact: return ir::pattern_wrap::like_exact;
    case ir::pattern_op::contains:
    case ir::pattern_op::icontains: return ir::pattern_wrap::like_contains;
    case ir::pattern_op::startswith:
    case ir::pattern_op::istartswith: return ir::pattern_wrap::like_startswith;
    case ir::pattern_op::endswith:
    case ir::pattern_op::iendswith: return ir::pattern_wrap::like_endswith;
  }
  return ir::pattern_wrap::none;
}

void interval_arithmetic(writer& w, const ir::temporal& t) {
  const bool days = t.op == ir::temporal_op::difference && t.lhs->is_class(type_class::date);
  if (days) w.sql("(interval '1 day' * ");
  w.sql('(');
  w.expr(*t.lhs);
  w.sql(t.op == ir::temporal_op::difference || t.subtract ? " - " : " + ");
  w.expr(*t.rhs);
  w.sql(')');
  if (days) w.sql(')');
}

void like_pattern(writer& w, const ir::expr&, const ir::pattern& p) {
  const auto& t = w.traits();
  const bool upper = case_insensitive(p.op) && !t.like_folds_case;
  if (upper) w.sql("UPPER(");
  w.text_operand(*p.lhs);
  if (upper) w.sql(')');
  if (p.op == ir::pattern_op::iexact && upper) {
    // Both sides upper-cased: an equality, so nothing to escape.
    w.sql(" = ");
    w.pattern_rhs(p, ir::pattern_wrap::none, true);
    return;
  }
  w.sql(case_insensitive(p.op) ? std::string_view(" LIKE ") : t.like_case_sensitive);
  w.pattern_rhs(p, like_wrap(p.op), upper);
  w.sql(t.like_escape);
}

void regexp_operator(writer& w, const ir::expr&, const ir::regex& r) {
  w.text_operand(*r.lhs);
  w.sql(r.insensitive ? w.traits().iregex_operator : w.traits().regex_operator);
  w.expr(*r.rhs);
}

void standard_aggregate(writer& w, const ir::aggregate& a) {
  w.sql(aggregate_name(a.fn));
  w.sql('(');
  if (a.distinct) w.sql("DISTINCT ");
  if (a.filter && !w.traits().filter_clause) {
    // No FILTER clause: aggregate a CASE that is NULL for the rows the filter leaves out.
    w.sql("CASE WHEN ");
    w.expr(*a.filter);
    w.sql(" THEN ");
    if (a.arg->is<ir::star>())
      w.sql('1');
    else
      w.expr(*a.arg);
    w.sql(" ELSE NULL END)");
    return;
  }
  w.expr(*a.arg);
  w.sql(')');
  if (a.filter) {
    w.sql(" FILTER (WHERE ");
    w.expr(*a.filter);
    w.sql(')');
  }
}

void date_trunc(writer& w, const ir::expr& node, const ir::trunc& t) {
  if (t.kind == ir::trunc_kind::date || t.kind == ir::trunc_kind::time)
    return w.standard_cast(*t.operand, trunc_name(t.kind));
  // DATE_TRUNC of a date gives a timestamp, and of a time an interval.
  const bool to_date = node.is_class(type_class::date);
  const bool to_time = node.is_class(type_class::time);
  if (to_date || to_time) w.sql("CAST(");
  w.sql("DATE_TRUNC('");
  w.sql(trunc_name(t.kind));
  w.sql("', ");
  w.expr(*t.operand);
  w.sql(')');
  if (to_date || to_time) w.sql(to_date ? " AS date)" : " AS time)");
}

void values_insert(writer& w, const ir::insert& ins) {
  w.insert_into(ins, "INSERT INTO");
  w.values_rows(ins);
  w.on_conflict(ins);
  w.returning(ins);
}

void concat_coalesced(writer& w, const ir::call& c) {
  for (std::size_t i = 0; i < c.args.size(); ++i) {
    if (i > 0) w.sql(" || ");
    w.sql("COALESCE(");
    w.expr(*c.args[i]);
    w.sql(", '')");
  }
}

void cot_via_tan(writer& w, const ir::call& c) {
  w.sql("(1 / TAN(");
  w.expr(*c.args[0]);
  w.sql("))");
}

void left_via_substr(writer& w, const ir::call& c) {
  w.sql("SUBSTR(");
  w.expr(*c.args[0]);
  w.sql(", 1, ");
  w.expr(*c.args[1]);
  w.sql(')');
}

void right_via_substr(writer& w, const ir::call& c) {
  w.sql("SUBSTR(");
  w.expr(*c.args[0]);
  w.sql(", -(");
  w.expr(*c.args[1]);
  w.sql("))");
}

namespace {
void binary_function(writer& w, std::string_view name, const ir::arithmetic& a) {
  w.sql(name);
  w.expr(*a.lhs);
  w.sql(", ");
  w.expr(*a.rhs);
  w.sql(')');
}
}  // namespace

void power_function(writer& w, const ir::arithmetic& a) {
  binary_function(w, "POWER(", a);
}

void mod_function(writer& w, const ir::arithmetic& a) {
  binary_function(w, "MOD(", a);
}

void power_shift(writer& w, const ir::arithmetic& a) {
  const bool left = a.op == ir::arith_op::bit_left_shift;
  w.sql(left ? "(" : "FLOOR(");
  w.expr(*a.lhs);
  w.sql(left ? " * POWER(2, " : " / POWER(2, ");
  w.expr(*a.rhs);
  w.sql("))");
}

// Toward zero, as Django's int() of the fraction: a negative interval's -29.75 s is -29.
void whole_seconds(writer& w, const ir::expr& operand) {
  w.sql("TRUNC(EXTRACT(SECOND FROM ");
  w.expr(operand);
  w.sql("))");
}

namespace {

// Rows as `SELECT :1 "A", :2 "B" FROM DUAL UNION ALL ...`: no multi-row VALUES.
void dual_rows(writer& w, const ir::insert& ins, bool named) {
  for (std::size_t r = 0; r < ins.rows.size(); ++r) {
    w.sql(r == 0 ? "SELECT " : " UNION ALL SELECT ");
    const auto& row = ins.rows[r];
    if (row.empty()) {
      w.row_values(row);
      if (named) {
        w.sql(' ');
        w.ident(ins.columns[0]);
      }
    }
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) w.sql(", ");
      w.expr(*row[i]);
      if (named) {
        w.sql(' ');
        w.ident(ins.columns[i]);
      }
    }
    w.sql(" FROM DUAL");
  }
}

}  // namespace

void merge_upsert(writer& w, const ir::insert& ins) {
  if (ins.conflict == ir::conflict_action::none) {
    w.insert_into(ins, "INSERT INTO");
    if (ins.rows.size() == 1) return w.values_rows(ins);
    w.sql(' ');
    return dual_rows(w, ins, false);
  }
  auto qualified = [&](std::string_view table, std::string_view column) {
    w.ident(table);
    w.sql('.');
    w.ident(column);
  };
  w.sql("MERGE INTO ");
  w.ident(ins.table);
  w.sql(" USING (");
  dual_rows(w, ins, true);
  w.sql(") ");
  w.ident("s");
  w.sql(" ON (");
  for (std::size_t i = 0; i < ins.unique_columns.size(); ++i) {
    if (i > 0) w.sql(" AND ");
    qualified(ins.table, ins.unique_columns[i]);
    w.sql(" = ");
    qualified("s", ins.unique_columns[i]);
  }
  w.sql(')');
  if (ins.conflict == ir::conflict_action::update) {
    w.sql(" WHEN MATCHED THEN UPDATE SET ");
    for (std::size_t i = 0; i < ins.update_columns.size(); ++i) {
      if (i > 0) w.sql(", ");
      qualified(ins.table, ins.update_columns[i]);
      w.sql(" = ");
      qualified("s", ins.update_columns[i]);
    }
  }
  w.sql(" WHEN NOT MATCHED THEN INSERT (");
  for (std::size_t i = 0; i < ins.columns.size(); ++i) {
    if (i > 0) w.sql(", ");
    w.ident(ins.columns[i]);
  }
  w.sql(") VALUES (");
  for (std::size_t i = 0; i < ins.columns.size(); ++i) {
    if (i > 0) w.sql(", ");
    qualified("s", ins.columns[i]);
  }
  w.sql(')');
}

}  // namespace sqlweave::render
