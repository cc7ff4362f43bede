// SPDX-License-Identifier: MIT
// Oracle: what differs from the shared renderer. Identifiers are upper case and at most 30
// characters, '' is NULL, there is no boolean type (predicates in SELECT become CASE WHEN, values
// bind as 1/0), IN lists hold at most 1000 items, and date parts come from TO_CHAR/TRUNC.
#include <fmt/format.h>

#include "render/dialect.hpp"
#include "render/writer.hpp"
#include "sqlweave/error.hpp"

namespace sqlweave::render {
extern const dialect_traits oracle_traits;

namespace {

void pattern(writer& w, const ir::node& n) {
  const auto op = static_cast<ir::pattern_op>(n.op);
  const bool ci = case_insensitive(op);
  if (ci) w.sql("UPPER(");
  w.expr(*n.a);
  if (ci) w.sql(')');
  if (op == ir::pattern_op::exact_ci) {
    w.sql(" = ");
    w.pattern_rhs(n, param_transform::none, true);
    return;
  }
  w.sql(" LIKE ");
  w.pattern_rhs(n, like_transform(op), ci);
  w.sql(" ESCAPE '\\'");  // Oracle's LIKE has no default escape character
}

void regex(writer& w, const ir::node& n) {
  w.sql("REGEXP_LIKE(");
  w.expr(*n.a);
  w.sql(", ");
  w.expr(*n.b);
  w.sql(n.flag ? ", 'i')" : ", 'c')");
}

void to_char_number(writer& w, const ir::node& a, std::string_view format) {
  w.sql("TO_NUMBER(TO_CHAR(");
  w.expr(a);
  w.sql(", '");
  w.sql(format);
  w.sql("'))");
}

// Days since the Monday of the ISO week (0..6), independent of NLS_TERRITORY.
void days_since_monday(writer& w, const ir::node& a) {
  w.sql("(TRUNC(");
  w.expr(a);
  w.sql(") - TRUNC(");
  w.expr(a);
  w.sql(", 'IW'))");
}

void extract(writer& w, ir::date_part part, const ir::node& a) {
  switch (part) {
    case ir::date_part::week: return to_char_number(w, a, "IW");
    case ir::date_part::quarter: return to_char_number(w, a, "Q");
    case ir::date_part::iso_year: return to_char_number(w, a, "IYYY");
    case ir::date_part::week_day:
      w.sql("(MOD(");
      days_since_monday(w, a);
      w.sql(" + 1, 7) + 1)");
      return;
    case ir::date_part::iso_week_day:
      w.sql('(');
      days_since_monday(w, a);
      w.sql(" + 1)");
      return;
    case ir::date_part::date:
      w.sql("TRUNC(");
      w.expr(a);
      w.sql(')');
      return;
    case ir::date_part::time:
      w.sql("TO_CHAR(");
      w.expr(a);
      w.sql(", 'HH24:MI:SS')");
      return;
    case ir::date_part::second:
      w.sql("FLOOR(EXTRACT(SECOND FROM ");
      w.expr(a);
      w.sql("))");
      return;
    default:
      w.sql("EXTRACT(");
      w.sql(extract_field(part));
      w.sql(" FROM ");
      w.expr(a);
      w.sql(')');
  }
}

void trunc(writer& w, ir::date_part part, const ir::node& a, type_class) {
  static constexpr std::string_view formats[] = {"YYYY", "",   "Q",    "MM", "IW", "",
                                                 "",     "DD", "HH24", "MI", ""};
  if (part == ir::date_part::date || part == ir::date_part::time) return extract(w, part, a);
  if (part == ir::date_part::second) {
    w.sql("CAST(");
    w.expr(a);
    w.sql(" AS DATE)");
    return;
  }
  w.sql("TRUNC(");
  w.expr(a);
  w.sql(", '");
  w.sql(formats[static_cast<std::size_t>(part)]);
  w.sql("')");
}

void function(writer& w, const ir::node& n) {
  const auto& args = *n.items;
  switch (static_cast<ir::fn>(n.op)) {
    case ir::fn::strindex:
      w.sql("INSTR(");
      w.list(args);
      w.sql(')');
      return;
    case ir::fn::left:
    case ir::fn::right:
      w.sql("SUBSTR(");
      w.expr(*args[0]);
      w.sql(static_cast<ir::fn>(n.op) == ir::fn::left ? ", 1, " : ", -(");
      w.expr(*args[1]);
      w.sql(static_cast<ir::fn>(n.op) == ir::fn::left ? ")" : "))");
      return;
    case ir::fn::random: w.sql("DBMS_RANDOM.VALUE"); return;
    default: return;
  }
}

void cast(writer& w, const ir::node& n) {
  switch (static_cast<field_type>(n.op)) {
    case field_type::char_field:
    case field_type::email_field:
    case field_type::slug_field:
    case field_type::url_field: return w.sized_cast(n, "NVARCHAR2", "NVARCHAR2(2000)");
    case field_type::text_field:
    case field_type::uuid_field: return w.standard_cast(n, "NVARCHAR2(2000)");
    case field_type::decimal_field: return w.sized_cast(n, "NUMBER", "NUMBER");
    case field_type::float_field: return w.standard_cast(n, "DOUBLE PRECISION");
    case field_type::boolean_field: return w.standard_cast(n, "NUMBER(1)");
    case field_type::date_field: return w.standard_cast(n, "DATE");
    case field_type::datetime_field: return w.standard_cast(n, "TIMESTAMP");
    case field_type::time_field: return w.standard_cast(n, "TIMESTAMP");
    case field_type::big_integer_field:
    case field_type::big_auto_field: return w.standard_cast(n, "NUMBER(19)");
    default: return w.standard_cast(n, "NUMBER(11)");
  }
}

void division(writer& w, const ir::node& a, const ir::node& b, bool integers) {
  if (!integers) return;
  // NUMBER division keeps the fraction; integer operands truncate as on the other databases.
  w.sql("TRUNC(");
  w.expr(a);
  w.sql(" / ");
  w.expr(b);
  w.sql(')');
}

std::string column_type(const field& f) {
  switch (f.type) {
    case field_type::auto_field:
      return "NUMBER(11) GENERATED BY DEFAULT ON NULL AS IDENTITY NOT NULL PRIMARY KEY";
    case field_type::big_auto_field:
      return "NUMBER(19) GENERATED BY DEFAULT ON NULL AS IDENTITY NOT NULL PRIMARY KEY";
    case field_type::char_field:
    case field_type::email_field:
    case field_type::slug_field:
    case field_type::url_field:
      return fmt::format("NVARCHAR2({})", f.max_length > 0 ? f.max_length : 255);
    case field_type::text_field: return "NCLOB";
    case field_type::big_integer_field: return "NUMBER(19)";
    case field_type::small_integer_field: return "NUMBER(11)";
    case field_type::positive_integer_field:
      return fmt::format("NUMBER(11) CHECK (\"{}\" >= 0)",
                         render::identifier_text(oracle_traits, f.column));
    case field_type::float_field: return "DOUBLE PRECISION";
    case field_type::decimal_field:
      return fmt::format("NUMBER({}, {})", f.max_digits > 0 ? f.max_digits : 38, f.decimal_places);
    case field_type::boolean_field:
      return fmt::format("NUMBER(1) CHECK (\"{}\" IN (0, 1))",
                         render::identifier_text(oracle_traits, f.column));
    case field_type::date_field: return "DATE";
    case field_type::datetime_field:
    case field_type::time_field: return "TIMESTAMP";
    case field_type::uuid_field: return "VARCHAR2(32)";
    default: return "NUMBER(11)";
  }
}

// Rows as `SELECT :1 "A", :2 "B" FROM DUAL UNION ALL ...`: Oracle has no multi-row VALUES.
void dual_rows(writer& w, const ir::write& ins, bool named) {
  for (std::size_t r = 0; r < ins.rows.size(); ++r) {
    w.sql(r == 0 ? "SELECT " : " UNION ALL SELECT ");
    const auto& row = *ins.rows[r];
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

void insert(writer& w, const ir::write& ins) {
  if (ins.conflict == ir::conflict_action::none) {
    w.insert_into(ins, "INSERT INTO");
    if (ins.rows.size() == 1) return w.values_rows(ins);
    w.sql(' ');
    return dual_rows(w, ins, false);
  }
  // Oracle has no ON CONFLICT: MERGE on the unique fields does the same.
  if (ins.unique_columns.empty())
    fail(error_code::bad_argument, "oracle needs unique_fields to handle conflicts (MERGE ... ON)");
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

}  // namespace

extern const dialect_traits oracle_traits{
    .id = dialect_id::oracle,
    .name = "oracle",
    .quote_open = '"',
    .quote_close = '"',
    .upper_identifiers = true,
    .max_identifier = 30,  // Django's limit, kept for tables it created before 12.2
    .limit = limit_style::offset_fetch,
    .no_limit = {},
    .empty_string_is_null = true,
    .select_booleans = false,
    .bind_booleans_as_int = true,
    .filter_clause = false,
    .nulls_modifier = true,
    .decimal_params_need_cast = false,
    .max_in_list = 1000,  // ORA-01795
    .concat_function = false,
    .backslash_literals = false,
    .mod_function = true,
    .wrap_self_subquery = false,
    .cast_case_values = false,
    .returning = false,
    .pattern = pattern,
    .regex = regex,
    .extract = extract,
    .trunc = trunc,
    .function = function,
    .cast = cast,
    .division = division,
    .stddev_variance = nullptr,
    .case_sensitive_operand = nullptr,
    .column_type = column_type,
    .insert = insert,
};

}  // namespace sqlweave::render
