// SPDX-License-Identifier: MIT
// Database functions and aggregates by their Django names. A bare string argument is a field
// name and any other literal a value, as Django's Func reads its arguments.
#include <array>

#include "catalog/catalog.hpp"
#include "catalog/name_table.hpp"

namespace sqlweave::catalog {
namespace {

using ir::aggregate_fn;
using ir::date_part;
using ir::function;
using ir::trunc_kind;
using kw = std::string_view;
constexpr std::span<const kw> no_keywords;

constexpr kw output_kw[] = {"output_field"};
constexpr kw count_kw[] = {"distinct", "filter", "default"};
constexpr kw sum_kw[] = {"distinct", "filter", "default", "output_field"};
constexpr kw min_max_kw[] = {"filter", "default", "output_field"};
constexpr kw spread_kw[] = {"sample", "filter", "default", "output_field"};
constexpr kw case_kw[] = {"default", "output_field"};
constexpr kw when_kw[] = {"then"};
constexpr kw filtered_relation_kw[] = {"condition"};

constexpr function_entry base(std::string_view name, function_kind kind, std::uint8_t min,
                              std::uint8_t max, std::span<const kw> keywords, result_rule rule,
                              std::optional<field_type> result) {
  function_entry e{};
  e.name = name;
  e.kind = kind;
  e.min_args = min;
  e.max_args = max;
  e.keywords = keywords;
  e.rule = rule;
  e.result = result;
  return e;
}

constexpr function_entry aggregate(std::string_view name, aggregate_fn f,
                                   std::span<const kw> keywords, result_rule rule,
                                   std::optional<field_type> result, std::string_view summary) {
  function_entry e = base(name, function_kind::aggregate, 1, 1, keywords, rule, result);
  e.aggregate = f;
  e.summary = summary;
  return e;
}

constexpr function_entry scalar(std::string_view name, function f, std::uint8_t min,
                                std::uint8_t max, result_rule rule,
                                std::optional<field_type> result, std::string_view summary) {
  function_entry e = base(name, function_kind::scalar, min, max, output_kw, rule, result);
  e.scalar = f;
  e.summary = summary;
  return e;
}

constexpr function_entry bounded(function_entry e, argument_bound b) {
  e.bound = b;
  return e;
}

constexpr function_entry named(function_entry e, std::span<const kw> parameters) {
  e.parameters = parameters;
  return e;
}

constexpr function_entry any_keyword(function_entry e) {
  e.any_keywords = true;
  return e;
}

constexpr function_entry windowed(std::string_view name, ir::window_fn fn, std::uint8_t min,
                                  std::uint8_t max, result_rule rule,
                                  std::optional<field_type> result, std::string_view summary) {
  function_entry e = base(name, function_kind::window, min, max, output_kw, rule, result);
  e.window = fn;
  e.summary = summary;
  return e;
}

constexpr kw substr_params[] = {"expression", "pos", "length"};
constexpr kw replace_params[] = {"expression", "text", "replacement"};
constexpr kw pad_params[] = {"expression", "length", "fill_text"};
constexpr kw lag_params[] = {"expression", "offset", "default"};
constexpr kw nth_params[] = {"expression", "nth"};
constexpr kw ntile_params[] = {"num_buckets"};
constexpr kw window_params[] = {"expression", "partition_by", "order_by", "frame"};
constexpr kw frame_params[] = {"start", "end"};
constexpr kw extract_params[] = {"expression", "lookup_name"};
constexpr kw trunc_params[] = {"expression", "kind"};
constexpr kw collate_params[] = {"expression", "collation"};
constexpr kw queryset_params[] = {"queryset"};

constexpr function_entry extractor(std::string_view name, std::optional<date_part> part,
                                   std::string_view summary) {
  const std::uint8_t args = part ? 1 : 2;
  function_entry e = base(name, function_kind::extract, args, args, no_keywords, result_rule::fixed,
                          field_type::integer_field);
  e.part = part;
  e.summary = summary;
  return e;
}

constexpr function_entry truncator(std::string_view name, std::optional<trunc_kind> kind,
                                   std::string_view summary) {
  const std::uint8_t args = kind ? 1 : 2;
  function_entry e =
      base(name, function_kind::trunc, args, args, output_kw, result_rule::operand, {});
  e.trunc = kind;
  e.summary = summary;
  return e;
}

constexpr function_entry special(std::string_view name, special_function s, std::uint8_t min,
                                 std::uint8_t max, std::span<const kw> keywords,
                                 std::string_view summary) {
  function_entry e =
      base(name, function_kind::special, min, max, keywords, result_rule::operand, {});
  e.special = s;
  e.summary = summary;
  return e;
}

constexpr auto integer = field_type::integer_field;
constexpr auto chars = field_type::char_field;
constexpr auto real = field_type::float_field;

const std::array table{
    aggregate("Count", aggregate_fn::count, count_kw, result_rule::fixed, integer,
              "number of rows or non-NULL values"),
    aggregate("Sum", aggregate_fn::sum, sum_kw, result_rule::first, {}, "sum of the values"),
    aggregate("Avg", aggregate_fn::avg, sum_kw, result_rule::numeric, {}, "mean of the values"),
    aggregate("Min", aggregate_fn::min, min_max_kw, result_rule::first, {}, "smallest value"),
    aggregate("Max", aggregate_fn::max, min_max_kw, result_rule::first, {}, "largest value"),
    aggregate("StdDev", aggregate_fn::stddev_pop, spread_kw, result_rule::numeric, {},
              "standard deviation (sample=True: of a sample)"),
    aggregate("Variance", aggregate_fn::var_pop, spread_kw, result_rule::numeric, {},
              "variance (sample=True: of a sample)"),
    scalar("Coalesce", function::coalesce, 2, 64, result_rule::sources, {},
           "first non-NULL argument"),
    scalar("Greatest", function::greatest, 2, 64, result_rule::sources, {}, "largest argument"),
    scalar("Least", function::least, 2, 64, result_rule::sources, {}, "smallest argument"),
    scalar("NullIf", function::nullif, 2, 2, result_rule::sources, {},
           "NULL when both arguments are equal, else the first"),
    scalar("Concat", function::concat, 2, 64, result_rule::sources, {},
           "the arguments joined as text; NULL counts as ''"),
    scalar("ConcatPair", function::concat, 2, 2, result_rule::sources, {},
           "two arguments joined as text, as Concat() pairs them"),
    scalar("Lower", function::lower, 1, 1, result_rule::first, {}, "lower case"),
    scalar("Upper", function::upper, 1, 1, result_rule::first, {}, "upper case"),
    scalar("Length", function::length, 1, 1, result_rule::fixed, integer, "number of characters"),
    scalar("Trim", function::trim, 1, 1, result_rule::first, {}, "without surrounding spaces"),
    scalar("LTrim", function::ltrim, 1, 1, result_rule::first, {}, "without leading spaces"),
    scalar("RTrim", function::rtrim, 1, 1, result_rule::first, {}, "without trailing spaces"),
    named(bounded(scalar("Substr", function::substr, 2, 3, result_rule::fixed, chars,
                         "substring from a position (from 1), of a length"),
                  {1, 1, "pos"}),
          substr_params),
    named(scalar("Replace", function::replace, 2, 3, result_rule::fixed, chars,
                 "every occurrence of a text replaced (by '' by default)"),
          replace_params),
    scalar("Abs", function::abs, 1, 1, result_rule::first, {}, "absolute value"),
    // Round(x, precision) is Django 4.0's; 3.2's Round is a Transform of one argument.
    scalar("Round", function::round, 1, 1, result_rule::first, {}, "rounded to an integer"),
    scalar("Ceil", function::ceil, 1, 1, result_rule::first, {}, "smallest integer not below"),
    scalar("Floor", function::floor, 1, 1, result_rule::first, {}, "largest integer not above"),
    // NumericOutputFieldMixin: Decimal over a decimal, Float over an integer or nothing.
    scalar("Mod", function::mod, 2, 2, result_rule::numeric, {}, "remainder of a division"),
    scalar("Power", function::power, 2, 2, result_rule::numeric, {}, "a number to a power"),
    scalar("Sqrt", function::sqrt, 1, 1, result_rule::numeric, {}, "square root"),
    scalar("Sign", function::sign, 1, 1, result_rule::first, {}, "-1, 0 or 1"),
    scalar("Exp", function::exp, 1, 1, result_rule::numeric, {}, "e to a power"),
    scalar("Ln", function::ln, 1, 1, result_rule::numeric, {}, "natural logarithm"),
    scalar("Log", function::log, 2, 2, result_rule::numeric, {},
           "logarithm of the second argument to the base of the first"),
    scalar("Pi", function::pi, 0, 0, result_rule::numeric, {}, "the number pi"),
    scalar("Sin", function::sin, 1, 1, result_rule::numeric, {}, "sine (radians)"),
    scalar("Cos", function::cos, 1, 1, result_rule::numeric, {}, "cosine (radians)"),
    scalar("Tan", function::tan, 1, 1, result_rule::numeric, {}, "tangent (radians)"),
    scalar("ASin", function::asin, 1, 1, result_rule::numeric, {}, "arcsine, in radians"),
    scalar("ACos", function::acos, 1, 1, result_rule::numeric, {}, "arccosine, in radians"),
    scalar("ATan", function::atan, 1, 1, result_rule::numeric, {}, "arctangent, in radians"),
    scalar("ATan2", function::atan2, 2, 2, result_rule::numeric, {},
           "arctangent of the first argument over the second, in radians"),
    scalar("Cot", function::cot, 1, 1, result_rule::numeric, {}, "cotangent (radians)"),
    scalar("Degrees", function::degrees, 1, 1, result_rule::numeric, {}, "radians as degrees"),
    scalar("Radians", function::radians, 1, 1, result_rule::numeric, {}, "degrees as radians"),
    scalar("Now", function::now, 0, 0, result_rule::fixed, field_type::datetime_field,
           "the current date and time"),
    bounded(
        scalar("Left", function::left, 2, 2, result_rule::fixed, chars, "the first n characters"),
        {1, 1, "length"}),
    bounded(
        scalar("Right", function::right, 2, 2, result_rule::fixed, chars, "the last n characters"),
        {1, 1, "length"}),
    scalar("StrIndex", function::strindex, 2, 2, result_rule::fixed, integer,
           "position (from 1) of a substring; 0 when absent"),
    bounded(scalar("Repeat", function::repeat, 2, 2, result_rule::fixed, chars,
                   "text repeated n times"),
            {1, 0, "number"}),
    named(bounded(scalar("LPad", function::lpad, 2, 3, result_rule::fixed, chars,
                         "padded on the left to a length"),
                  {1, 0, "length"}),
          pad_params),
    named(bounded(scalar("RPad", function::rpad, 2, 3, result_rule::fixed, chars,
                         "padded on the right to a length"),
                  {1, 0, "length"}),
          pad_params),
    scalar("Reverse", function::reverse, 1, 1, result_rule::first, {}, "characters reversed"),
    scalar("Ord", function::ord, 1, 1, result_rule::fixed, integer,
           "the code point of the first character"),
    scalar("Chr", function::chr, 1, 1, result_rule::first, {}, "the character of a code point"),
    scalar("MD5", function::md5, 1, 1, result_rule::first, {}, "MD5 digest, hexadecimal"),
    scalar("SHA1", function::sha1, 1, 1, result_rule::first, {}, "SHA-1 digest, hexadecimal"),
    scalar("SHA224", function::sha224, 1, 1, result_rule::first, {}, "SHA-224 digest, hexadecimal"),
    scalar("SHA256", function::sha256, 1, 1, result_rule::first, {}, "SHA-256 digest, hexadecimal"),
    scalar("SHA384", function::sha384, 1, 1, result_rule::first, {}, "SHA-384 digest, hexadecimal"),
    scalar("SHA512", function::sha512, 1, 1, result_rule::first, {}, "SHA-512 digest, hexadecimal"),
    scalar("Random", function::rand, 0, 0, result_rule::numeric, {}, "a random number in [0, 1)"),
    named(extractor("Extract", {}, "a date part named by its second argument"), extract_params),
    extractor("ExtractYear", date_part::year, "the year"),
    extractor("ExtractIsoYear", date_part::iso_year, "the ISO 8601 week-numbering year"),
    extractor("ExtractQuarter", date_part::quarter, "the quarter, 1-4"),
    extractor("ExtractMonth", date_part::month, "the month, 1-12"),
    extractor("ExtractWeek", date_part::week, "the ISO 8601 week, 1-53"),
    extractor("ExtractWeekDay", date_part::week_day, "the day of the week, 1 (Sunday) to 7"),
    extractor("ExtractIsoWeekDay", date_part::iso_week_day,
              "the ISO day of the week, 1 (Monday) to 7"),
    extractor("ExtractDay", date_part::day, "the day of the month"),
    extractor("ExtractHour", date_part::hour, "the hour"),
    extractor("ExtractMinute", date_part::minute, "the minute"),
    extractor("ExtractSecond", date_part::second, "the second"),
    named(truncator("Trunc", {}, "truncated to the kind named by its second argument"),
          trunc_params),
    truncator("TruncYear", trunc_kind::year, "the first day of the year"),
    truncator("TruncQuarter", trunc_kind::quarter, "the first day of the quarter"),
    truncator("TruncMonth", trunc_kind::month, "the first day of the month"),
    truncator("TruncWeek", trunc_kind::week, "the Monday of the week"),
    truncator("TruncDay", trunc_kind::day, "the day, at midnight"),
    truncator("TruncDate", trunc_kind::date, "the date of a datetime"),
    truncator("TruncTime", trunc_kind::time, "the time of a datetime"),
    truncator("TruncHour", trunc_kind::hour, "the hour"),
    truncator("TruncMinute", trunc_kind::minute, "the minute"),
    truncator("TruncSecond", trunc_kind::second, "the second"),
    windowed("RowNumber", ir::window_fn::row_number, 0, 0, result_rule::fixed, integer,
             "the row's number in its partition, from 1"),
    windowed("Rank", ir::window_fn::rank, 0, 0, result_rule::fixed, integer,
             "rank with gaps after ties"),
    windowed("DenseRank", ir::window_fn::dense_rank, 0, 0, result_rule::fixed, integer,
             "rank without gaps"),
    windowed("PercentRank", ir::window_fn::percent_rank, 0, 0, result_rule::fixed, real,
             "relative rank, 0 to 1"),
    windowed("CumeDist", ir::window_fn::cume_dist, 0, 0, result_rule::fixed, real,
             "cumulative distribution, 0 to 1"),
    named(bounded(windowed("Ntile", ir::window_fn::ntile, 0, 1, result_rule::fixed, integer,
                           "bucket number, 1 to num_buckets"),
                  {0, 1, "num_buckets"}),
          ntile_params),
    named(bounded(windowed("Lag", ir::window_fn::lag, 1, 3, result_rule::first, {},
                           "the value offset rows before"),
                  {1, 1, "offset"}),
          lag_params),
    named(bounded(windowed("Lead", ir::window_fn::lead, 1, 3, result_rule::first, {},
                           "the value offset rows after"),
                  {1, 1, "offset"}),
          lag_params),
    windowed("FirstValue", ir::window_fn::first_value, 1, 1, result_rule::first, {},
             "the value in the frame's first row"),
    windowed("LastValue", ir::window_fn::last_value, 1, 1, result_rule::first, {},
             "the value in the frame's last row"),
    named(bounded(windowed("NthValue", ir::window_fn::nth_value, 1, 2, result_rule::first, {},
                           "the value in the frame's nth row"),
                  {1, 1, "nth"}),
          nth_params),
    named(special("Window", special_function::window, 1, 4, output_kw,
                  "an aggregate or window function over a partition (OVER)"),
          window_params),
    named(special("RowRange", special_function::row_range, 0, 2, no_keywords,
                  "a window frame of rows: RowRange(start=-1, end=0)"),
          frame_params),
    named(special("ValueRange", special_function::value_range, 0, 2, no_keywords,
                  "a window frame of values: ValueRange(start=None, end=0)"),
          frame_params),
    special("RawSQL", special_function::raw_sql, 2, 2, output_kw,
            "trusted SQL text with %s placeholders and its parameters"),
    any_keyword(special("Func", special_function::func, 0, 64, output_kw,
                        "trusted SQL: function=, template= with %(expressions)s")),
    special("Value", special_function::value, 1, 2, output_kw, "a value, bound as a parameter"),
    special("Case", special_function::case_, 0, 64, case_kw,
            "the result of the first When() whose condition holds"),
    special("When", special_function::when, 0, 64, when_kw,
            "a condition and its result, inside Case()"),
    special("Cast", special_function::cast, 1, 2, output_kw, "converted to another field type"),
    named(special("Collate", special_function::collate, 2, 2, no_keywords,
                  "compared and sorted by a collation: Collate(\"name\", \"nocase\")"),
          collate_params),
    any_keyword(special("JSONObject", special_function::json_object, 0, 0, no_keywords,
                        "a JSON object of the named values: JSONObject(name=\"name\")")),
    special("ExpressionWrapper", special_function::expression_wrapper, 1, 2, output_kw,
            "an expression with its output field stated"),
    named(special("Subquery", special_function::subquery, 1, 1, output_kw,
                  "a queryset's single column as a value"),
          queryset_params),
    named(special("Exists", special_function::exists, 1, 1, no_keywords,
                  "whether a queryset has rows"),
          queryset_params),
    special(
        "FilteredRelation", special_function::filtered_relation, 1, 1, filtered_relation_kw,
        "a relation joined with condition= in its ON clause: annotate(x=FilteredRelation(...))"),
    special("KeyTransform", special_function::key_transform, 2, 2, no_keywords,
            "the value at a key of a JSONField: KeyTransform(\"a\", \"data\")"),
    special("KeyTextTransform", special_function::key_text_transform, 2, 2, no_keywords,
            "the value at a key of a JSONField, as text"),
};

}  // namespace

std::span<const function_entry> functions() {
  return table;
}

const function_entry* find_function(std::string_view name) {
  static const name_table by_name(table);  // the rows are made at startup, so is their index
  return by_name.find(name);
}

std::vector<std::string_view> function_names() {
  std::vector<std::string_view> names;
  names.reserve(table.size());
  for (const auto& e : table) names.push_back(e.name);
  return names;
}

}  // namespace sqlweave::catalog
