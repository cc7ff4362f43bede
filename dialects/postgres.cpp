// SPDX-License-Identifier: MIT
// PostgreSQL: what differs from the shared renderer. LIKE's default escape is `\`, ILIKE-style
// matching is UPPER() on both sides (as Django), and DATE_TRUNC of a date is cast back to date.
#include <fmt/format.h>

#include "render/dialect.hpp"
#include "render/writer.hpp"

namespace sqlweave::render {
namespace {

// Pattern and regex operators need text; non-text columns are cast (int_field__contains=4).
void text_operand(writer& w, const ir::node& a) {
  w.expr(a);
  if (a.typed && a.type != type_class::text) w.sql("::text");
}

void pattern(writer& w, const ir::node& n) {
  const auto op = static_cast<ir::pattern_op>(n.op);
  const bool ci = case_insensitive(op);
  if (ci) w.sql("UPPER(");
  text_operand(w, *n.a);
  if (ci) w.sql(')');
  if (op == ir::pattern_op::exact_ci) {
    w.sql(" = ");
    w.pattern_rhs(n, param_transform::none, true);
    return;
  }
  w.sql(" LIKE ");
  w.pattern_rhs(n, like_transform(op), ci);
}

void regex(writer& w, const ir::node& n) {
  text_operand(w, *n.a);
  w.sql(n.flag ? " ~* " : " ~ ");
  w.expr(*n.b);
}

void extract(writer& w, ir::date_part part, const ir::node& a) {
  auto ext = [&](std::string_view field, std::string_view suffix = {}) {
    w.sql("EXTRACT(");
    w.sql(field);
    w.sql(" FROM ");
    w.expr(a);
    w.sql(')');
    w.sql(suffix);
  };
  switch (part) {
    case ir::date_part::second:
      // EXTRACT(SECOND) keeps the fraction; Django's second is whole seconds.
      w.sql("FLOOR(");
      ext("SECOND", ")");
      return;
    case ir::date_part::week_day:
      w.sql('(');
      ext("DOW", " + 1)");
      return;
    case ir::date_part::iso_week_day: return ext("ISODOW");
    case ir::date_part::iso_year: return ext("ISOYEAR");
    case ir::date_part::date:
      w.sql("CAST(");
      w.expr(a);
      w.sql(" AS date)");
      return;
    case ir::date_part::time:
      w.sql("CAST(");
      w.expr(a);
      w.sql(" AS time)");
      return;
    default: return ext(extract_field(part));
  }
}

void trunc(writer& w, ir::date_part part, const ir::node& a, type_class result) {
  if (part == ir::date_part::date || part == ir::date_part::time) return extract(w, part, a);
  static constexpr std::string_view kinds[] = {"year", "",    "quarter", "month",  "week",  "",
                                               "",     "day", "hour",    "minute", "second"};
  const bool to_date = result == type_class::date;
  if (to_date) w.sql("CAST(");
  w.sql("DATE_TRUNC('");
  w.sql(kinds[static_cast<std::size_t>(part)]);
  w.sql("', ");
  w.expr(a);
  w.sql(')');
  if (to_date) w.sql(" AS date)");  // DATE_TRUNC of a date gives a timestamp
}

void cast(writer& w, const ir::node& n) {
  switch (static_cast<field_type>(n.op)) {
    case field_type::char_field:
    case field_type::email_field:
    case field_type::slug_field:
    case field_type::url_field: return w.sized_cast(n, "varchar", "varchar");
    case field_type::text_field: return w.standard_cast(n, "text");
    case field_type::decimal_field: return w.sized_cast(n, "numeric", "numeric");
    case field_type::float_field: return w.standard_cast(n, "double precision");
    case field_type::boolean_field: return w.standard_cast(n, "boolean");
    case field_type::date_field: return w.standard_cast(n, "date");
    case field_type::datetime_field: return w.standard_cast(n, "timestamp");
    case field_type::time_field: return w.standard_cast(n, "time");
    case field_type::uuid_field: return w.standard_cast(n, "uuid");
    case field_type::big_integer_field:
    case field_type::big_auto_field: return w.standard_cast(n, "bigint");
    case field_type::small_integer_field: return w.standard_cast(n, "smallint");
    default: return w.standard_cast(n, "integer");
  }
}

std::string column_type(const field& f) {
  switch (f.type) {
    case field_type::auto_field: return "serial NOT NULL PRIMARY KEY";
    case field_type::big_auto_field: return "bigserial NOT NULL PRIMARY KEY";
    case field_type::char_field:
    case field_type::email_field:
    case field_type::slug_field:
    case field_type::url_field:
      return fmt::format("varchar({})", f.max_length > 0 ? f.max_length : 255);
    case field_type::text_field: return "text";
    case field_type::big_integer_field: return "bigint";
    case field_type::small_integer_field: return "smallint";
    case field_type::positive_integer_field:
      return fmt::format("integer CHECK (\"{}\" >= 0)", f.column);
    case field_type::float_field: return "double precision";
    case field_type::decimal_field:
      return fmt::format("numeric({}, {})", f.max_digits > 0 ? f.max_digits : 65, f.decimal_places);
    case field_type::boolean_field: return "boolean";
    case field_type::date_field: return "date";
    case field_type::datetime_field: return "timestamp";
    case field_type::time_field: return "time";
    case field_type::uuid_field: return "uuid";
    default: return "integer";
  }
}

}  // namespace

extern const dialect_traits postgres_traits{
    .id = dialect_id::postgresql,
    .name = "postgresql",
    .quote_open = '"',
    .quote_close = '"',
    .upper_identifiers = false,
    .max_identifier = 63,
    .limit = limit_style::limit_offset,
    .no_limit = {},  // OFFSET stands alone
    .empty_string_is_null = false,
    .select_booleans = true,
    .bind_booleans_as_int = false,
    .filter_clause = true,
    .nulls_modifier = true,
    .decimal_params_need_cast = false,
    .max_in_list = 0,
    .concat_function = false,
    .backslash_literals = false,
    .mod_function = false,
    .wrap_self_subquery = false,
    .cast_case_values = true,
    .returning = true,
    .pattern = pattern,
    .regex = regex,
    .extract = extract,
    .trunc = trunc,
    .function = nullptr,
    .cast = cast,
    .division = nullptr,  // integer / integer truncates, numeric / integer keeps the fraction
    .stddev_variance = nullptr,
    .case_sensitive_operand = nullptr,
    .column_type = column_type,
    .insert = nullptr,
};

}  // namespace sqlweave::render
