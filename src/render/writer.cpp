// SPDX-License-Identifier: MIT
#include "render/writer.hpp"

#include <fmt/format.h>
#include <md5.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstring>

namespace sqlweave::render {
namespace {

std::string_view compare_text(ir::compare_op op) {
  switch (op) {
    case ir::compare_op::eq: return " = ";
    case ir::compare_op::ne: return " <> ";
    case ir::compare_op::lt: return " < ";
    case ir::compare_op::le: return " <= ";
    case ir::compare_op::gt: return " > ";
    case ir::compare_op::ge: return " >= ";
  }
  return " = ";
}

std::string_view aggregate_name(ir::agg_fn f) {
  switch (f) {
    case ir::agg_fn::count: return "COUNT";
    case ir::agg_fn::sum: return "SUM";
    case ir::agg_fn::avg: return "AVG";
    case ir::agg_fn::min: return "MIN";
    case ir::agg_fn::max: return "MAX";
    case ir::agg_fn::stddev_samp: return "STDDEV_SAMP";
    case ir::agg_fn::stddev_pop: return "STDDEV_POP";
    case ir::agg_fn::var_samp: return "VAR_SAMP";
    case ir::agg_fn::var_pop: return "VAR_POP";
  }
  return "COUNT";
}

std::string_view function_name(ir::fn f) {
  switch (f) {
    case ir::fn::coalesce: return "COALESCE";
    case ir::fn::greatest: return "GREATEST";
    case ir::fn::least: return "LEAST";
    case ir::fn::nullif: return "NULLIF";
    case ir::fn::concat: return "CONCAT";
    case ir::fn::lower: return "LOWER";
    case ir::fn::upper: return "UPPER";
    case ir::fn::length: return "LENGTH";
    case ir::fn::trim: return "TRIM";
    case ir::fn::ltrim: return "LTRIM";
    case ir::fn::rtrim: return "RTRIM";
    case ir::fn::substr: return "SUBSTR";
    case ir::fn::replace: return "REPLACE";
    case ir::fn::abs: return "ABS";
    case ir::fn::round: return "ROUND";
    case ir::fn::ceil: return "CEIL";
    case ir::fn::floor: return "FLOOR";
    case ir::fn::mod: return "MOD";
    case ir::fn::power: return "POWER";
    case ir::fn::sqrt: return "SQRT";
    case ir::fn::sign: return "SIGN";
    case ir::fn::now: return "CURRENT_TIMESTAMP";
    case ir::fn::left: return "LEFT";
    case ir::fn::right: return "RIGHT";
    case ir::fn::strindex: return "STRPOS";
    case ir::fn::repeat: return "REPEAT";
    case ir::fn::lpad: return "LPAD";
    case ir::fn::rpad: return "RPAD";
    case ir::fn::reverse: return "REVERSE";
    case ir::fn::random: return "RANDOM";
  }
  return "";
}

}  // namespace

std::string identifier_text(const dialect_traits& t, std::string_view name) {
  std::string out(name);
  if (t.max_identifier != 0 && out.size() > t.max_identifier) {
    // Django's truncate_name: keep the head, add 4 hex digits of the name's MD5, so the same
    // long name always maps to the same short one (and to the tables Django created).
    char digest[MD5_DIGEST_STRING_LENGTH];
    MD5Data(reinterpret_cast<const std::uint8_t*>(out.data()), out.size(), digest);
    out = out.substr(0, t.max_identifier - 4) + std::string(digest, 4);
  }
  if (t.upper_identifiers)
    for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

writer::writer(const dialect_traits& t, paramstyle style, statement& out)
    : t_(t),
      style_(style),
      out_(out),
      double_percent_(style == paramstyle::format || style == paramstyle::pyformat) {}

void writer::sql(std::string_view text) {
  if (!double_percent_ || text.find('%') == std::string_view::npos) {
    out_.sql.append(text);
    return;
  }
  for (char c : text) {
    out_.sql.push_back(c);
    if (c == '%') out_.sql.push_back('%');
  }
}

void writer::sql(char c) {
  sql(std::string_view(&c, 1));
}

void writer::ident(std::string_view name) {
  const bool shorten = t_.max_identifier != 0 && name.size() > t_.max_identifier;
  const std::string shortened = shorten ? identifier_text(t_, name) : std::string();
  const std::string_view shown = shorten ? std::string_view(shortened) : name;
  const bool plain = shown.find(t_.quote_close) == std::string_view::npos &&
                     (!double_percent_ || shown.find('%') == std::string_view::npos);
  if (plain && !t_.upper_identifiers) {
    // The common case: one copy. Identifiers come from the schema, so this is nearly always it.
    const std::size_t at = out_.sql.size();
    out_.sql.resize(at + shown.size() + 2);
    char* p = out_.sql.data() + at;
    *p++ = t_.quote_open;
    std::memcpy(p, shown.data(), shown.size());
    p[shown.size()] = t_.quote_close;
    return;
  }
  out_.sql.push_back(t_.quote_open);
  for (char c : shown) {
    if (t_.upper_identifiers) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    out_.sql.push_back(c);
    if (c == t_.quote_close) out_.sql.push_back(c);  // a quote inside is doubled, never closes
    if (c == '%' && double_percent_) out_.sql.push_back('%');
  }
  out_.sql.push_back(t_.quote_close);
}

void writer::number(std::int64_t n) {
  fmt::format_to(std::back_inserter(out_.sql), "{}", n);
}

void writer::placeholder(std::size_t n) {
  // n counts from 1: the parameter just pushed.
  char digits[24];
  const auto number = std::string_view(
      digits,
      static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, n).ptr - digits));
  switch (style_) {
    case paramstyle::qmark: out_.sql.push_back('?'); return;
    case paramstyle::format: out_.sql.append("%s"); return;
    case paramstyle::numeric: out_.sql.push_back(':'); break;
    case paramstyle::dollar: out_.sql.push_back('$'); break;
    case paramstyle::named: out_.sql.append(":p"); break;
    case paramstyle::pyformat: out_.sql.append("%(p"); break;
  }
  out_.sql.append(number);
  if (style_ == paramstyle::pyformat) out_.sql.append(")s");
}

void writer::bind(const ir::node& p, param_transform t) {
  const bool decimal_cast =
      t_.decimal_params_need_cast && p.val && p.val->kind() == value_kind::decimal;
  if (decimal_cast) sql("CAST(");
  if (!p.param_name.empty()) {
    out_.slots.push_back({out_.params.size(), std::string(p.param_name), t});
    out_.params.emplace_back();
  } else if (t != param_transform::none) {
    out_.params.emplace_back(apply_transform(
        t, p.val->kind() == value_kind::text ? p.val->as_text() : p.val->to_string()));
  } else if (t_.bind_booleans_as_int && p.val->kind() == value_kind::boolean) {
    out_.params.emplace_back(p.val->as_bool() ? 1 : 0);
  } else {
    out_.params.push_back(*p.val);
  }
  placeholder(out_.params.size());
  if (decimal_cast) sql(" AS NUMERIC)");
}

void writer::list(const ir::list<ir::node*>& items, std::size_t from) {
  for (std::size_t i = from; i < items.size(); ++i) {
    if (i > from) sql(", ");
    expr(*items[i]);
  }
}

void writer::escaped_pattern(const ir::node& rhs, bool leading, bool trailing, bool upper) {
  // The value of an expression is escaped in SQL, as a parameter's would be in C++.
  const bool function = t_.concat_function;
  if (function) sql("CONCAT(");
  auto sep = [&] { sql(function ? ", " : " || "); };
  if (leading) {
    sql("'%'");
    sep();
  }
  if (upper) sql("UPPER(");
  sql("REPLACE(REPLACE(REPLACE(");
  expr(rhs);
  sql(t_.backslash_literals ? ", '\\\\', '\\\\\\\\'), '%', '\\\\%'), '_', '\\\\_')"
                            : ", '\\', '\\\\'), '%', '\\%'), '_', '\\_')");
  if (upper) sql(')');
  if (trailing) {
    sep();
    sql("'%'");
  }
  if (function) sql(')');
}

void writer::compare(const ir::node& n) {
  const auto op = static_cast<ir::compare_op>(n.op);
  const ir::node& rhs = *n.b;
  // Oracle stores '' as NULL, so = '' can never match: Django asks IS NULL instead.
  if (t_.empty_string_is_null && op == ir::compare_op::eq && rhs.kind == ir::kind::param &&
      rhs.val && rhs.val->kind() == value_kind::text && rhs.val->as_text().empty()) {
    expr(*n.a);
    sql(" IS NULL");
    return;
  }
  expr(*n.a);
  sql(compare_text(op));
  const bool text = n.a->typed && n.a->type == type_class::text;
  if (text && op == ir::compare_op::eq && t_.case_sensitive_operand)
    t_.case_sensitive_operand(*this, rhs);
  else
    expr(rhs);
}

void writer::in_list(const ir::node& n) {
  const auto& items = *n.items;
  const std::size_t chunk = t_.max_in_list == 0 ? items.size() : t_.max_in_list;
  const bool text = n.a->typed && n.a->type == type_class::text;
  const bool split = items.size() > chunk;
  if (split) sql('(');
  for (std::size_t start = 0; start < items.size(); start += chunk) {
    if (start > 0) sql(" OR ");
    expr(*n.a);
    sql(" IN (");
    for (std::size_t i = start; i < std::min(items.size(), start + chunk); ++i) {
      if (i > start) sql(", ");
      if (text && t_.case_sensitive_operand)
        t_.case_sensitive_operand(*this, *items[i]);
      else
        expr(*items[i]);
    }
    sql(')');
  }
  if (split) sql(')');
}

void writer::aggregate(const ir::node& n) {
  const auto f = static_cast<ir::agg_fn>(n.op);
  if (t_.stddev_variance && f >= ir::agg_fn::stddev_samp) return t_.stddev_variance(*this, n);
  sql(aggregate_name(f));
  sql('(');
  if (n.flag) sql("DISTINCT ");
  if (n.b && !t_.filter_clause) {
    // No FILTER clause: aggregate a CASE that is NULL for the rows the filter leaves out.
    sql("CASE WHEN ");
    expr(*n.b);
    sql(" THEN ");
    if (n.a->kind == ir::kind::star)
      sql('1');
    else
      expr(*n.a);
    sql(" ELSE NULL END)");
    return;
  }
  expr(*n.a);
  sql(')');
  if (n.b) {
    sql(" FILTER (WHERE ");
    expr(*n.b);
    sql(')');
  }
}

void writer::function(const ir::node& n) {
  const auto f = static_cast<ir::fn>(n.op);
  if (t_.function) {
    const std::size_t before = out_.sql.size();
    t_.function(*this, n);
    if (out_.sql.size() != before) return;  // the dialect rendered it
  }
  switch (f) {
    case ir::fn::now: sql("CURRENT_TIMESTAMP"); return;
    case ir::fn::concat: {
      // NULL-safe as Django's Concat: a NULL part counts as ''.
      for (std::size_t i = 0; i < n.items->size(); ++i) {
        if (i > 0) sql(" || ");
        sql("COALESCE(");
        expr(*(*n.items)[i]);
        sql(", '')");
      }
      return;
    }
    default: break;
  }
  sql(function_name(f));
  sql('(');
  list(*n.items);
  sql(')');
}

void writer::arith(const ir::node& n) {
  const auto op = static_cast<ast::arith>(n.op);
  const bool integers = n.a->typed && n.b->typed &&
                        (n.a->type == type_class::integer || n.a->type == type_class::boolean) &&
                        (n.b->type == type_class::integer || n.b->type == type_class::boolean);
  if (op == ast::arith::div && t_.division) {
    const std::size_t before = out_.sql.size();
    t_.division(*this, *n.a, *n.b, integers);
    if (out_.sql.size() != before) return;  // the dialect rendered it
  }
  if (op == ast::arith::pow || (op == ast::arith::mod && t_.mod_function)) {
    sql(op == ast::arith::pow ? "POWER(" : "MOD(");
    expr(*n.a);
    sql(", ");
    expr(*n.b);
    sql(')');
    return;
  }
  static constexpr std::string_view ops[] = {" + ", " - ", " * ", " / ", " % ", ""};
  sql('(');
  expr(*n.a);
  sql(ops[static_cast<std::size_t>(op)]);
  expr(*n.b);
  sql(')');
}

void writer::expr(const ir::node& n) {
  switch (n.kind) {
    case ir::kind::column:
      if (!n.table->alias.empty())
        ident(n.table->alias);
      else
        ident(n.table->table);
      sql('.');
      ident(n.column);
      return;
    case ir::kind::param: return bind(n);
    case ir::kind::null: sql("NULL"); return;
    case ir::kind::star: sql('*'); return;
    case ir::kind::truth: sql(n.flag ? "1 = 1" : "1 = 0"); return;
    case ir::kind::key_list: out_.sql.push_back(key_list_marker); return;
    case ir::kind::arith: return arith(n);
    case ir::kind::negate:
      sql("(-");
      expr(*n.a);
      sql(')');
      return;
    case ir::kind::func: return function(n);
    case ir::kind::aggregate: return aggregate(n);
    case ir::kind::case_when: {
      sql("CASE");
      const auto& items = *n.items;
      for (std::size_t i = 0; i + 1 < items.size(); i += 2) {
        sql(" WHEN ");
        expr(*items[i]);
        sql(" THEN ");
        if (n.flag && t_.cast_case_values && items[i + 1]->kind == ir::kind::param) {
          ir::node cast;  // bulk_update: the column's type, which the parameter cannot give
          cast.kind = ir::kind::cast;
          cast.op = n.op;
          cast.a = items[i + 1];
          t_.cast(*this, cast);
        } else {
          expr(*items[i + 1]);
        }
      }
      if (n.flag && !n.c) {
        sql(" END");
        return;
      }
      sql(" ELSE ");
      if (n.c)
        expr(*n.c);
      else
        sql("NULL");
      sql(" END");
      return;
    }
    case ir::kind::compare: return compare(n);
    case ir::kind::pattern: return t_.pattern(*this, n);
    case ir::kind::regex: return t_.regex(*this, n);
    case ir::kind::in_list: return in_list(n);
    case ir::kind::in_subquery: {
      // MySQL cannot read the table a statement writes, except through a derived table.
      const bool wrap = n.flag && t_.wrap_self_subquery;
      expr(*n.a);
      sql(wrap ? " IN (SELECT * FROM (" : " IN (");
      select(*n.sub);
      sql(wrap ? ") subquery)" : ")");
      return;
    }
    case ir::kind::between:
      expr(*n.a);
      sql(" BETWEEN ");
      expr(*n.b);
      sql(" AND ");
      expr(*n.c);
      return;
    case ir::kind::is_null:
      expr(*n.a);
      sql(n.flag ? " IS NOT NULL" : " IS NULL");
      return;
    case ir::kind::and_:
    case ir::kind::or_: {
      const auto& items = *n.items;
      if (items.size() > 1) sql('(');
      for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) sql(n.kind == ir::kind::and_ ? " AND " : " OR ");
        expr(*items[i]);
      }
      if (items.size() > 1) sql(')');
      return;
    }
    case ir::kind::not_:
      sql("NOT (");
      expr(*n.a);
      sql(')');
      return;
    case ir::kind::exists:
      sql("EXISTS(");
      select(*n.sub);
      sql(')');
      return;
    case ir::kind::subquery:
      sql('(');
      select(*n.sub);
      sql(')');
      return;
    case ir::kind::extract: return t_.extract(*this, static_cast<ir::date_part>(n.op), *n.a);
    case ir::kind::trunc: return t_.trunc(*this, static_cast<ir::date_part>(n.op), *n.a, n.type);
    case ir::kind::cast: return t_.cast(*this, n);
  }
}

void writer::table_name(const ir::table_ref& t) {
  if (t.derived) {
    sql('(');
    select(*t.derived);
    sql(") ");
    ident(t.alias);
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
    table_name(t);
    sql(" ON (");
    const auto& p = *s.tables[static_cast<std::size_t>(t.parent)];
    ident(p.alias.empty() ? p.table : p.alias);
    sql('.');
    ident(t.parent_column);
    sql(" = ");
    ident(t.alias.empty() ? t.table : t.alias);
    sql('.');
    ident(t.column);
    sql(')');
  }
}

void writer::select_item(const ir::select_item& item, std::size_t index, bool alias_columns) {
  const ir::node& e = *item.expr;
  if (e.conditional && !t_.select_booleans) {
    sql("CASE WHEN ");
    expr(e);
    sql(" THEN 1 ELSE 0 END");
  } else {
    expr(e);
  }
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
  for (std::size_t i = 0; i < s.order_by.size(); ++i) {
    const auto& o = s.order_by[i];
    if (i > 0) sql(", ");
    const auto fn =
        o.expr->kind == ir::kind::func ? static_cast<ir::fn>(o.expr->op) : ir::fn::coalesce;
    if (o.expr->kind == ir::kind::func && fn == ir::fn::random) {
      function(*o.expr);
      continue;
    }
    const bool emulate_nulls = o.nulls != ast::nulls_order::unspecified && !t_.nulls_modifier;
    if (emulate_nulls) {
      // No NULLS FIRST/LAST: sort on IS NULL first (false before true).
      expr(*o.expr);
      sql(o.nulls == ast::nulls_order::last ? " IS NULL, " : " IS NOT NULL, ");
    }
    if (o.expr->conditional && !t_.select_booleans) {
      sql("CASE WHEN ");
      expr(*o.expr);
      sql(" THEN 1 ELSE 0 END");
    } else {
      expr(*o.expr);
    }
    sql(o.descending ? " DESC" : " ASC");
    if (!emulate_nulls && o.nulls != ast::nulls_order::unspecified)
      sql(o.nulls == ast::nulls_order::first ? " NULLS FIRST" : " NULLS LAST");
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

void writer::select_body(const ir::select& s, bool alias_columns) {
  sql("SELECT ");
  if (s.distinct) sql("DISTINCT ");
  if (s.count_star) {
    sql("COUNT(*) AS ");
    ident("__count");
  } else if (s.exists_probe) {
    sql("1 AS ");
    ident("a");
  } else {
    for (std::size_t i = 0; i < s.items.size(); ++i) {
      if (i > 0) sql(", ");
      select_item(s.items[i], i, alias_columns);
    }
  }
  from(s);
  if (s.where) {
    sql(" WHERE ");
    expr(*s.where);
  }
  if (!s.group_by.empty()) {
    sql(" GROUP BY ");
    for (std::size_t i = 0; i < s.group_by.size(); ++i) {
      if (i > 0) sql(", ");
      expr(*s.group_by[i]);
    }
  }
  if (s.having) {
    sql(" HAVING ");
    expr(*s.having);
  }
  order_by(s);
  limit(s);
}

void writer::select(const ir::select& s) {
  if (!s.wrap_count) return select_body(s, false);
  // count() of a distinct, grouped or sliced query counts the rows of that query.
  sql("SELECT COUNT(*) AS ");
  ident("__count");
  sql(" FROM (");
  select_body(s, true);
  sql(") subquery");
}

}  // namespace sqlweave::render

namespace sqlweave::render {

void writer::standard_cast(const ir::node& n, std::string_view type) {
  sql("CAST(");
  expr(*n.a);
  sql(" AS ");
  sql(type);
  sql(')');
}

void writer::sized_cast(const ir::node& n, std::string_view type, std::string_view unsized) {
  if (n.number <= 0) return standard_cast(n, unsized);
  sql("CAST(");
  expr(*n.a);
  sql(" AS ");
  sql(type);
  sql('(');
  if (static_cast<field_type>(n.op) == field_type::decimal_field) {
    // n.number packs max_digits * 1000 + decimal_places (see ir::node::number).
    number(n.number / 1000);
    sql(", ");
    number(n.number % 1000);
  } else {
    number(n.number);
  }
  sql("))");
}

void writer::pattern_rhs(const ir::node& n, param_transform transform, bool upper) {
  const ir::node& rhs = *n.b;
  if (rhs.kind == ir::kind::param) {
    if (upper) sql("UPPER(");
    bind(rhs, transform);
    if (upper) sql(')');
    return;
  }
  const auto op = static_cast<ir::pattern_op>(n.op);
  const bool leading = op == ir::pattern_op::contains || op == ir::pattern_op::icontains ||
                       op == ir::pattern_op::endswith || op == ir::pattern_op::iendswith;
  const bool trailing = op == ir::pattern_op::contains || op == ir::pattern_op::icontains ||
                        op == ir::pattern_op::startswith || op == ir::pattern_op::istartswith;
  escaped_pattern(rhs, leading, trailing, upper);
}

void writer::write(const ir::write& w) {
  switch (w.what) {
    case ir::write::kind::insert:
      if (t_.insert) return t_.insert(*this, w);
      insert_into(w, "INSERT INTO");
      values_rows(w);
      on_conflict(w);
      returning(w);
      return;
    case ir::write::kind::update:
      sql("UPDATE ");
      ident(w.table);
      sql(" SET ");
      for (std::size_t i = 0; i < w.sets.size(); ++i) {
        if (i > 0) sql(", ");
        ident(w.sets[i].column);
        sql(" = ");
        expr(*w.sets[i].value);
      }
      break;
    case ir::write::kind::delete_rows:
      sql("DELETE FROM ");
      ident(w.table);
      break;
  }
  if (w.where) {
    sql(" WHERE ");
    expr(*w.where);
  }
}

void writer::insert_into(const ir::write& w, std::string_view verb) {
  sql(verb);
  sql(' ');
  ident(w.table);
  sql(" (");
  for (std::size_t i = 0; i < w.columns.size(); ++i) {
    if (i > 0) sql(", ");
    ident(w.columns[i]);
  }
  sql(')');
}

void writer::values_rows(const ir::write& w) {
  sql(" VALUES ");
  for (std::size_t r = 0; r < w.rows.size(); ++r) {
    if (r > 0) sql(", ");
    sql('(');
    list(*w.rows[r]);
    sql(')');
  }
}

void writer::on_conflict(const ir::write& w) {
  if (w.conflict == ir::conflict_action::none) return;
  sql(" ON CONFLICT");
  if (!w.unique_columns.empty()) {
    sql(" (");
    for (std::size_t i = 0; i < w.unique_columns.size(); ++i) {
      if (i > 0) sql(", ");
      ident(w.unique_columns[i]);
    }
    sql(')');
  } else if (w.conflict == ir::conflict_action::update) {
    fail(error_code::bad_argument,
         fmt::format("{} needs unique_fields with update_conflicts=True", t_.name));
  }
  if (w.conflict == ir::conflict_action::ignore) {
    sql(" DO NOTHING");
    return;
  }
  sql(" DO UPDATE SET ");
  for (std::size_t i = 0; i < w.update_columns.size(); ++i) {
    if (i > 0) sql(", ");
    ident(w.update_columns[i]);
    sql(" = EXCLUDED.");
    ident(w.update_columns[i]);
  }
}

void writer::returning(const ir::write& w) {
  if (w.returning.empty() || !t_.returning) return;
  sql(" RETURNING ");
  ident(w.returning);
}

}  // namespace sqlweave::render
