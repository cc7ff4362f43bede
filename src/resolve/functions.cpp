// SPDX-License-Identifier: MIT
// Function calls by their catalog entry: aggregates, scalar functions, Extract/Trunc, and the
// special forms (Value, Case/When, Cast, ExpressionWrapper, Subquery, Exists).
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "resolve/conditions.hpp"
#include "resolve/expressions.hpp"
#include "resolve/json.hpp"
#include "resolve/subqueries.hpp"
#include "resolve/trusted.hpp"
#include "resolve/types.hpp"
#include "sqlweave/extensions.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

bool flag(const ast::node& n, std::string_view name) {
  const ast::node* v = keyword_value(n.kwargs, name);
  if (!v) return false;
  if (v->kind != ast::node_kind::literal || v->val.kind() != value_kind::boolean)
    fail(error_code::bad_argument, fmt::format("{}= takes True or False", name), v->span);
  return v->val.as_bool();
}

/// A call's positional arguments, with the keywords that name positional parameters put in
/// their places (`Substr("name", 2, length=3)`); a parameter left out in the middle is null.
using arguments = small<const ast::node*, 4>;

arguments bind_call(const catalog::function_entry& f, const ast::node& n) {
  arguments args;
  for (const auto& a : n.args) args.push_back(a.get());
  for (const auto& kw : n.kwargs) {
    const auto param = std::find(f.parameters.begin(), f.parameters.end(), kw.name);
    if (param != f.parameters.end()) {
      const auto at = static_cast<std::size_t>(param - f.parameters.begin());
      if (at < n.args.size())
        fail(error_code::bad_argument,
             fmt::format("{}() got multiple values for argument '{}'", f.name, kw.name), kw.span);
      if (args.size() <= at) args.resize(at + 1, nullptr);
      args[at] = kw.value.get();
      continue;
    }
    if (!f.any_keywords &&
        std::find(f.keywords.begin(), f.keywords.end(), kw.name) == f.keywords.end())
      fail(error_code::bad_argument,
           fmt::format("{}() got an unexpected keyword argument '{}'", f.name, kw.name), kw.span);
  }
  const auto count = args.size();
  if (count < f.min_args || count > f.max_args)
    fail(error_code::bad_argument,
         f.min_args == f.max_args ? fmt::format("{}() takes {} argument{}, got {}", f.name,
                                                f.min_args, f.min_args == 1 ? "" : "s", count)
                                  : fmt::format("{}() takes {} to {} arguments, got {}", f.name,
                                                f.min_args, f.max_args, count),
         n.span);
  for (std::size_t i = 0; i < f.min_args; ++i)
    if (!args[i])
      fail(error_code::bad_argument,
           fmt::format("{}() is missing its argument '{}'", f.name,
                       i < f.parameters.size() ? f.parameters[i] : std::string_view("?")),
           n.span);
  if (f.bound && f.bound->index < count && args[f.bound->index]) {
    const ast::node& a = *args[f.bound->index];
    if (a.kind == ast::node_kind::literal && a.val.kind() == value_kind::integer &&
        a.val.as_int() < f.bound->least)
      fail(error_code::bad_argument,
           fmt::format("{}(): '{}' must be at least {}", f.name, f.bound->name, f.bound->least),
           a.span);
  }
  return args;
}

/// output_field= states the type, which settles sources of mixed types.
void settle_type(ir::expr& e, field_type t) {
  e.type = t;
  e.conflict = nullptr;
}

/// output_field=models.XField(...): the field class and its size, for Cast.
struct output_field {
  field_type type;
  ir::cast_target target;
};

std::optional<output_field> output_field_of(const ast::node* of) {
  if (!of) return std::nullopt;
  const auto type =
      of->kind == ast::node_kind::call ? field_type_from_name(of->name) : std::nullopt;
  if (!type || *type >= field_type::foreign_key)
    fail(error_code::bad_argument, "output_field= takes a field such as models.IntegerField()",
         of->span);
  output_field out{*type, {*type}};
  auto number = [&](std::string_view name) -> int {
    const ast::node* v = keyword_value(of->kwargs, name);
    if (!v) return 0;
    if (v->kind != ast::node_kind::literal || v->val.kind() != value_kind::integer ||
        v->val.as_int() < 0 || v->val.as_int() > 1'000'000)
      fail(error_code::bad_argument, fmt::format("{}= takes a non-negative integer", name),
           v->span);
    return static_cast<int>(v->val.as_int());
  };
  out.target.max_length = number("max_length");
  out.target.max_digits = number("max_digits");
  out.target.decimal_places = number("decimal_places");
  return out;
}

void check_dialect_function(level& lv, ir::function fn, const catalog::function_entry& f,
                            source_span span) {
  if (!lv.cx.dialect.functions[static_cast<std::size_t>(fn)].supported())
    unsupported(lv.cx.dialect.name, fmt::format("{}()", f.name), span);
}

ir::expr* aggregate(level& lv, const catalog::function_entry& f, const ast::node& n,
                    const arguments& args, const use_site& site) {
  const ast::node& arg = *args[0];
  ir::expr* a = is_text_literal(arg) && arg.val.as_text() == "*"
                    ? lv.cx.mem.node(ir::star{}, arg.span)
                    : field_or_expression(lv, arg, site, nullptr);
  if (a->is<ir::star>() && f.aggregate != ir::aggregate_fn::count)
    fail(error_code::bad_argument, fmt::format("{}('*') is not allowed; only Count('*')", f.name),
         arg.span);
  // aggregate() over an annotated query may aggregate its aggregates (read from the derived
  // table), never an aggregate call of its own.
  if (a->has_aggregate && (!lv.summarizing || calls_aggregate(arg)))
    fail(error_code::bad_argument,
         fmt::format("cannot compute {}() over an aggregate: the argument is already aggregated",
                     f.name),
         arg.span);
  ir::aggregate agg{f.aggregate, a, nullptr, flag(n, "distinct")};
  if (agg.distinct && a->is<ir::star>())
    fail(error_code::bad_argument, "Count('*', distinct=True) is not allowed", n.span);
  if (a->is<ir::star>() && keyword_value(n.kwargs, "filter"))
    fail(error_code::bad_argument, "Count('*') cannot take filter=: name a field to count", n.span);
  if (flag(n, "sample")) {
    if (agg.fn == ir::aggregate_fn::stddev_pop) agg.fn = ir::aggregate_fn::stddev_samp;
    if (agg.fn == ir::aggregate_fn::var_pop) agg.fn = ir::aggregate_fn::var_samp;
  }
  if (const ast::node* filter = keyword_value(n.kwargs, "filter")) {
    if (calls_aggregate(*filter))
      fail(error_code::bad_argument, "an aggregate's filter= cannot contain an aggregate",
           filter->span);
    agg.filter = condition(lv, *filter, site, nullptr);
  }
  ir::expr* x = lv.cx.mem.node(agg, n.span);
  x->has_aggregate = true;
  switch (f.rule) {
    case catalog::result_rule::fixed: x->type = f.result; break;
    case catalog::result_rule::numeric:
      require_type(*a);  // NumericOutputFieldMixin reads the source's class
      x->type = numeric_type(a->type);
      break;
    default: inherit_type(*x, *a);
  }
  if (auto of = output_field_of(keyword_value(n.kwargs, "output_field"))) settle_type(*x, of->type);
  const ast::node* def = keyword_value(n.kwargs, "default");
  if (!def) return x;
  // default= is COALESCE over the aggregate, so empty groups give the default, not NULL.
  ir::expr* fallback = expression(lv, *def, site, nullptr);
  ir::expr* parts[] = {x, fallback};
  ir::expr* c = lv.cx.mem.node(ir::call{ir::function::coalesce, lv.cx.mem.list(parts)}, n.span);
  absorb(*c, *x);
  absorb(*c, *fallback);
  inherit_type(*c, *x);
  return c;
}

// The arguments as expressions: a parameter left out in the middle takes Django's default.
small<ir::expr*> bound_arguments(level& lv, const catalog::function_entry& f,
                                 const arguments& given, const use_site& site, alias_list* votes) {
  small<ir::expr*> out;
  for (std::size_t i = 0; i < given.size(); ++i) {
    if (given[i]) {
      out.push_back(field_or_expression(lv, *given[i], site, votes));
      continue;
    }
    // Only Lag/Lead's offset can be left out before a later argument: its default is 1.
    static const value one{1};
    if (f.kind != catalog::function_kind::window || i != 1)
      fail(error_code::bad_argument,
           fmt::format("{}() needs its argument '{}'", f.name, f.parameters[i]));
    out.push_back(lv.param(&one, field_type::integer_field));
  }
  return out;
}

/// None or Value(None): what Django's Func holds as Value(None).
bool is_none_value(const ast::node& n) {
  if (n.kind == ast::node_kind::call && n.name == "Value" && !n.args.empty())
    return is_none_value(*n.args[0]);
  return n.kind == ast::node_kind::literal && n.val.is_null();
}

/// NumericOutputFieldMixin: Decimal when a source is a decimal, else Float when one is an
/// integer (or there is none), else the sources' common class.
void numeric_result(level& lv, ir::expr& x, const small<ir::expr*>& args) {
  auto any = [&](field_type base) {
    return std::any_of(args.begin(), args.end(), [&](const ir::expr* a) {
      return a->type && catalog::derives_from(*a->type, base);
    });
  };
  if (any(field_type::decimal_field))
    x.type = field_type::decimal_field;
  else if (args.empty() || any(field_type::integer_field))
    x.type = field_type::float_field;
  else
    set_common_type(lv.cx.mem, x, view(args));
}

ir::expr* scalar(level& lv, const catalog::function_entry& f, const ast::node& n,
                 const arguments& given, const use_site& site, alias_list* votes) {
  check_dialect_function(lv, f.scalar, f, n.span);
  if (f.scalar == ir::function::nullif && !lv.cx.dialect.nullif_null_first && !given.empty() &&
      given[0] && is_none_value(*given[0]))
    unsupported(lv.cx.dialect.name, "Value(None) for expression1 of NullIf()", given[0]->span);
  small<ir::expr*> args = bound_arguments(lv, f, given, site, votes);
  // The defaults Django's constructors give a left-out last argument, bound as it binds them.
  if (f.scalar == ir::function::replace && args.size() == 2) {
    static const value empty{""};
    args.push_back(lv.param(&empty, field_type::char_field));
  }
  const bool pad = f.scalar == ir::function::lpad || f.scalar == ir::function::rpad;
  if (pad && args.size() == 2) {
    static const value space{" "};
    args.push_back(lv.param(&space, field_type::char_field));
  }
  ir::expr* x = lv.cx.mem.node(ir::call{f.scalar, lv.cx.mem.list(args)}, n.span);
  for (const ir::expr* a : args) absorb(*x, *a);
  const auto of = output_field_of(keyword_value(n.kwargs, "output_field"));
  if (of) {
    settle_type(*x, of->type);
    return x;
  }
  switch (f.rule) {
    case catalog::result_rule::fixed: x->type = f.result; break;
    case catalog::result_rule::sources: set_common_type(lv.cx.mem, *x, view(args)); break;
    case catalog::result_rule::numeric: numeric_result(lv, *x, args); break;
    case catalog::result_rule::first:
    default:
      if (!args.empty()) inherit_type(*x, *args.front());
  }
  return x;
}

ir::expr* value_call(level& lv, const ast::node& n, const arguments& args, const use_site& site,
                     alias_list* votes) {
  const ast::node& v = *args[0];
  if (v.kind != ast::node_kind::literal) return expression(lv, v, site, votes);
  ir::expr* p = lv.param(&v.val, type_of(v.val), n.span);
  // Value(value, output_field=None): the field may come second, positionally.
  const ast::node* of_node = keyword_value(n.kwargs, "output_field");
  if (!of_node && args.size() > 1) of_node = args[1];
  if (auto of = output_field_of(of_node)) settle_type(*p, of->type);
  return p;
}

ir::expr* case_call(level& lv, const ast::node& n, const use_site& site, alias_list* votes) {
  small<ir::when_clause> whens;
  small<ir::expr*> results;
  for (const auto& w : n.args) {
    if (w->kind != ast::node_kind::call || w->name != "When")
      fail(error_code::bad_argument, "Case() takes When(...) arguments", w->span);
    small<ir::expr*> conds;
    for (const auto& cond : w->args) {
      if (cond->kind == ast::node_kind::q_and && cond->args.empty())
        fail(error_code::bad_argument, "an empty Q() cannot be a When() condition", cond->span);
      conds.push_back(condition(lv, *cond, site, votes));
    }
    for (const auto& kw : w->kwargs) {
      if (kw.name == "then") continue;
      ast::node look;
      look.kind = ast::node_kind::lookup;
      look.name = kw.name;
      look.args.push_back(kw.value);
      look.span = kw.span;
      conds.push_back(condition(lv, look, site, votes));
    }
    if (conds.empty()) fail(error_code::bad_argument, "When() needs a condition", w->span);
    // When(condition) without then= gives NULL, as Django's then=None.
    const ast::node* then = keyword_value(w->kwargs, "then");
    ir::expr* result = then ? field_or_expression(lv, *then, site, votes) : lv.null();
    results.push_back(result);
    // Django leaves out a When it cannot compile: its rows get the default.
    if (result->over_empty) continue;
    whens.push_back({conds.size() == 1 ? conds[0] : lv.junction(false, view(conds)), result});
  }
  ir::expr* otherwise = nullptr;
  if (const ast::node* def = keyword_value(n.kwargs, "default")) {
    otherwise = field_or_expression(lv, *def, site, votes);
    results.push_back(otherwise);
  }
  ir::expr* c =
      whens.empty()
          ? lv.cx.mem.make<ir::expr>(otherwise ? *otherwise : *lv.null())
          : lv.cx.mem.node(ir::case_when{lv.cx.mem.list(whens), otherwise, nullptr}, n.span);
  for (const auto& w : whens) absorb(*c, *w.condition);
  if (otherwise) absorb(*c, *otherwise);
  for (const auto& w : whens) absorb(*c, *w.result);
  if (auto of = output_field_of(keyword_value(n.kwargs, "output_field")))
    settle_type(*c, of->type);
  else
    set_common_type(lv.cx.mem, *c, view(results));
  return c;
}

ir::expr* cast_call(level& lv, const catalog::function_entry& f, const ast::node& n,
                    const arguments& args, const use_site& site, alias_list* votes) {
  const ast::node* of_node = keyword_value(n.kwargs, "output_field");
  if (!of_node && args.size() > 1) of_node = args[1];
  if (!of_node)
    fail(error_code::bad_argument, fmt::format("{}() needs output_field=", f.name), n.span);
  const auto of = output_field_of(of_node);
  ir::expr* e = field_or_expression(lv, *args[0], site, votes);
  if (f.special == catalog::special_function::expression_wrapper) {
    ir::expr* wrapped = lv.cx.mem.make<ir::expr>(*e);  // e may be an annotation used elsewhere
    settle_type(*wrapped, of->type);
    return wrapped;
  }
  if (!lv.cx.dialect.casts[static_cast<std::size_t>(of->type)].supported())
    unsupported(lv.cx.dialect.name, fmt::format("Cast to {}", to_string(of->type)), n.span);
  ir::expr* c = lv.cx.mem.node(ir::cast{of->target, e}, n.span);
  settle_type(*c, of->type);
  absorb(*c, *e);
  return c;
}

std::optional<ir::trunc_kind> trunc_of(const catalog::transform_entry& t) {
  if (t.trunc) return t.trunc;
  if (!t.part) return std::nullopt;
  switch (*t.part) {
    case ir::date_part::year: return ir::trunc_kind::year;
    case ir::date_part::quarter: return ir::trunc_kind::quarter;
    case ir::date_part::month: return ir::trunc_kind::month;
    case ir::date_part::week: return ir::trunc_kind::week;
    case ir::date_part::day: return ir::trunc_kind::day;
    case ir::date_part::hour: return ir::trunc_kind::hour;
    case ir::date_part::minute: return ir::trunc_kind::minute;
    case ir::date_part::second: return ir::trunc_kind::second;
    default: return std::nullopt;
  }
}

// The kind argument of Extract(x, "year") and Trunc(x, "month"), checked against the catalog:
// it never reaches the SQL text as given.
const catalog::transform_entry& kind_argument(const catalog::function_entry& f,
                                              const arguments& args) {
  const ast::node& kind = *args[1];
  if (!is_text_literal(kind))
    fail(error_code::bad_argument,
         fmt::format("{}() takes an expression and a kind such as 'year'", f.name), kind.span);
  const auto& text = kind.val.as_text();
  const auto* t = catalog::find_transform(text);
  const bool extract = f.kind == catalog::function_kind::extract;
  std::vector<std::string_view> kinds;
  for (const auto& e : catalog::transforms())
    if (e.part && (extract || trunc_of(e))) kinds.push_back(e.name);
  const bool valid = t && t->part && (extract || trunc_of(*t));
  if (!valid)
    throw_unknown(error_code::bad_argument, "kind", text, f.name, nearest_names(text, kinds),
                  kind.span);
  return *t;
}

ir::expr* extract_call(level& lv, const catalog::function_entry& f, const ast::node& n,
                       const arguments& args, const use_site& site, alias_list* votes) {
  const ir::date_part part = f.part ? *f.part : *kind_argument(f, args).part;
  ir::expr* a = field_or_expression(lv, *args[0], site, votes);
  require_type(*a);
  const bool time_part =
      part == ir::date_part::hour || part == ir::date_part::minute || part == ir::date_part::second;
  if (a->is_class(type_class::duration)) {
    // Django extracts from an interval only: days, hours, minutes and seconds.
    if (!lv.cx.dialect.native_duration)
      unsupported(lv.cx.dialect.name, fmt::format("{}() of a DurationField", f.name), n.span);
    if (!time_part && part != ir::date_part::day)
      fail(error_code::bad_lookup,
           fmt::format("{}() cannot extract a date component from a DurationField", f.name),
           args[0]->span);
  } else if (a->type) {
    const auto t = catalog::temporal_of(*a->type);
    if (t == 0)
      fail(error_code::bad_lookup,
           fmt::format("{}() needs a DateField, DateTimeField, TimeField or DurationField, not {}",
                       f.name, to_string(*a->type)),
           args[0]->span);
    if (t == static_cast<std::uint8_t>(catalog::temporal::date) && time_part)
      fail(error_code::bad_lookup,
           fmt::format("{}() cannot extract a time component from a DateField", f.name),
           args[0]->span);
    if (t == static_cast<std::uint8_t>(catalog::temporal::time) && !time_part)
      fail(error_code::bad_lookup,
           fmt::format("{}() cannot extract a date component from a TimeField", f.name),
           args[0]->span);
  }
  if (!lv.cx.dialect.extracts[static_cast<std::size_t>(part)].supported())
    unsupported(lv.cx.dialect.name, fmt::format("{}()", f.name), n.span);
  ir::expr* x = lv.cx.mem.node(ir::extract{part, a}, n.span);
  x->type = field_type::integer_field;
  absorb(*x, *a);
  return x;
}

ir::expr* trunc_call(level& lv, const catalog::function_entry& f, const ast::node& n,
                     const arguments& args, const use_site& site, alias_list* votes) {
  const ir::trunc_kind kind = f.trunc ? *f.trunc : *trunc_of(kind_argument(f, args));
  ir::expr* a = field_or_expression(lv, *args[0], site, votes);
  require_type(*a);
  const auto of = output_field_of(keyword_value(n.kwargs, "output_field"));
  if (of && catalog::temporal_of(of->type) == 0)
    fail(error_code::bad_argument, "output_field must be a DateField, DateTimeField or TimeField",
         n.span);
  const bool time_kind = kind == ir::trunc_kind::hour || kind == ir::trunc_kind::minute ||
                         kind == ir::trunc_kind::second || kind == ir::trunc_kind::time;
  if (a->type) {
    const auto t = catalog::temporal_of(*a->type);
    if (t == 0)
      fail(error_code::bad_lookup,
           fmt::format("{}() needs a DateField, DateTimeField or TimeField, not {}", f.name,
                       to_string(*a->type)),
           args[0]->span);
    const bool to_datetime = of && of->type == field_type::datetime_field;
    if (t == static_cast<std::uint8_t>(catalog::temporal::date) && (time_kind || to_datetime))
      fail(error_code::bad_lookup,
           fmt::format("{}() cannot truncate a DateField to a time or a DateTimeField", f.name),
           args[0]->span);
    // A time of day truncates to its hour, minute or second only, as a TimeField.
    if (t == static_cast<std::uint8_t>(catalog::temporal::time) && (!time_kind || to_datetime))
      fail(error_code::bad_lookup,
           fmt::format("{}() cannot truncate a TimeField to a date or a DateTimeField", f.name),
           args[0]->span);
  }
  ir::expr* x = lv.cx.mem.node(ir::trunc{kind, a}, n.span);
  absorb(*x, *a);
  if (kind == ir::trunc_kind::date)
    x->type = field_type::date_field;
  else if (kind == ir::trunc_kind::time)
    x->type = field_type::time_field;
  else
    x->type = of ? std::optional(of->type) : a->type ? a->type : field_type::datetime_field;
  return x;
}

// ---------------------------------------------------------------- windows

// RowRange(start, end) / ValueRange(start, end) as Django's window_frame_start_end reads them.
ir::window_frame frame_of(level& lv, const ast::node& n) {
  const auto* f = n.kind == ast::node_kind::call ? catalog::find_function(n.name) : nullptr;
  if (!f || (f->special != catalog::special_function::row_range &&
             f->special != catalog::special_function::value_range))
    fail(error_code::bad_argument, "frame= takes RowRange(...) or ValueRange(...)", n.span);
  const arguments args = bind_call(*f, n);
  ir::window_frame frame;
  frame.rows = f->special == catalog::special_function::row_range;
  auto bound = [&](std::size_t i, bool start) -> std::optional<std::int64_t> {
    if (i >= args.size() || !args[i]) return std::nullopt;
    const ast::node& v = *args[i];
    if (v.kind == ast::node_kind::literal && v.val.is_null()) return std::nullopt;
    const bool integer = v.kind == ast::node_kind::literal && v.val.kind() == value_kind::integer;
    if (!integer || (start ? v.val.as_int() > 0 : v.val.as_int() < 0))
      fail(error_code::bad_argument,
           start ? "a frame's start must be a negative integer, zero, or None"
                 : "a frame's end must be a positive integer, zero, or None",
           v.span);
    return v.val.as_int();
  };
  frame.start = bound(0, true);
  frame.end = bound(1, false);
  const bool offsets = (frame.start && *frame.start < 0) || (frame.end && *frame.end > 0);
  if (!frame.rows && offsets && !lv.cx.dialect.range_frame_offsets)
    unsupported(lv.cx.dialect.name,
                "ValueRange() with offsets (only UNBOUNDED together with PRECEDING and FOLLOWING)",
                n.span);
  return frame;
}

ir::order_item window_order_term(level& lv, const ast::node& n, const use_site& site) {
  if (n.kind == ast::node_kind::order) {
    ir::order_item o = window_order_term(lv, *n.args[0], site);
    o.bare = false;
    o.descending = n.descending;
    o.nulls = n.nulls == ast::nulls_order::first  ? ir::nulls_order::first
              : n.nulls == ast::nulls_order::last ? ir::nulls_order::last
                                                  : ir::nulls_order::unspecified;
    return o;
  }
  ir::order_item o;
  o.value = field_or_expression(lv, n, site, nullptr);
  o.bare = true;
  return o;
}

ir::expr* window_call(level& lv, const ast::node& n, const arguments& args, const use_site& site,
                      alias_list* votes) {
  const ast::node& source = *args[0];
  const auto* f =
      source.kind == ast::node_kind::call ? catalog::find_function(source.name) : nullptr;
  if (!f ||
      (f->kind != catalog::function_kind::aggregate && f->kind != catalog::function_kind::window))
    fail(error_code::bad_argument,
         "Window() takes an aggregate or a window function (RowNumber(), Rank(), Lag(), ...)",
         source.span);
  ir::window w;
  if (f->kind == catalog::function_kind::aggregate) {
    if ((f->aggregate >= ir::aggregate_fn::stddev_samp) && !lv.cx.dialect.window_spread)
      unsupported(lv.cx.dialect.name, fmt::format("{}() in a window", f->name), source.span);
    w.function = aggregate(lv, *f, source, bind_call(*f, source), site);
    const auto* agg = w.function->as<ir::aggregate>();
    const bool sum = agg && (agg->fn == ir::aggregate_fn::sum || agg->fn == ir::aggregate_fn::avg);
    if (sum && agg->arg->is_class(type_class::duration) && !lv.cx.dialect.window_duration_sum)
      unsupported(lv.cx.dialect.name, fmt::format("{}() of a duration in a window", f->name),
                  source.span);
  } else {
    const arguments given = bind_call(*f, source);
    const bool lag_or_lead = f->window == ir::window_fn::lag || f->window == ir::window_fn::lead;
    if (lag_or_lead && given.size() > 2 && !lv.cx.dialect.lag_default)
      unsupported(lv.cx.dialect.name, fmt::format("{}() with a default", f->name), source.span);
    small<ir::expr*> fargs = bound_arguments(lv, *f, given, site, votes);
    // Offsets, bucket counts and nth are literals in the SQL: MariaDB refuses placeholders there.
    const std::size_t count_arg = f->window == ir::window_fn::ntile ? 0 : 1;
    const bool counted = f->window == ir::window_fn::ntile || f->window == ir::window_fn::lag ||
                         f->window == ir::window_fn::lead || f->window == ir::window_fn::nth_value;
    if (counted && count_arg < fargs.size())
      if (const auto* p = fargs[count_arg]->as<ir::parameter>();
          p && p->val->kind() == value_kind::integer) {
        ir::expr* n = lv.cx.mem.node(ir::integer{p->val->as_int()}, fargs[count_arg]->span);
        n->type = field_type::integer_field;
        fargs[count_arg] = n;
      }
    ir::expr* call = lv.cx.mem.node(ir::window_call{f->window, lv.cx.mem.list(fargs)}, source.span);
    if (f->rule == catalog::result_rule::fixed)
      call->type = f->result;
    else if (!fargs.empty())
      inherit_type(*call, *fargs.front());
    w.function = call;
  }
  small<ir::expr*> partition;
  if (args.size() > 1 && args[1]) {
    const ast::node& p = *args[1];
    if (p.kind == ast::node_kind::list)
      for (const auto& e : p.args) partition.push_back(field_or_expression(lv, *e, site, votes));
    else
      partition.push_back(field_or_expression(lv, p, site, votes));
  }
  small<ir::order_item> order;
  if (args.size() > 2 && args[2]) {
    const ast::node& o = *args[2];
    if (o.kind == ast::node_kind::list) {
      for (const auto& e : o.args) order.push_back(window_order_term(lv, *e, site));
    } else {
      // Django 3.2 takes one expression or a list; a field name or F() alone is neither.
      if (is_text_literal(o) || o.kind == ast::node_kind::field)
        fail(error_code::bad_argument,
             "order_by= takes an expression such as F(\"x\").desc(), or a list", o.span);
      order.push_back(window_order_term(lv, o, site));
    }
  }
  if (args.size() > 3 && args[3]) w.frame = frame_of(lv, *args[3]);
  w.partition_by = lv.cx.mem.list(partition);
  w.order_by = lv.cx.mem.list(order);
  ir::expr* x = lv.cx.mem.node(w, n.span);
  inherit_type(*x, *w.function);
  if (auto of = output_field_of(keyword_value(n.kwargs, "output_field"))) settle_type(*x, of->type);
  // An OVER clause neither groups the query nor may be filtered on.
  x->has_window = true;
  return x;
}

// Collate(expression, collation): the name as Django's collation_re admits it, so that it is
// safe to quote as an identifier.
ir::expr* collate_call(level& lv, const ast::node& n, const arguments& args, const use_site& site,
                       alias_list* votes) {
  const ast::node& name = *args[1];
  const bool valid = is_text_literal(name) && !name.val.as_text().empty() &&
                     std::all_of(name.val.as_text().begin(), name.val.as_text().end(), [](char c) {
                       return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' ||
                              static_cast<unsigned char>(c) >= 0x80;  // \w admits Unicode letters
                     });
  if (!valid) fail(error_code::bad_argument, "Collate(): invalid collation name", name.span);
  ir::expr* e = field_or_expression(lv, *args[0], site, votes);
  ir::expr* x = lv.cx.mem.node(ir::collate{e, lv.text(name.val.as_text())}, n.span);
  absorb(*x, *e);
  inherit_type(*x, *e);
  return x;
}

// JSONObject(key=value, ...): each key bound as text before its value, in the order given.
ir::expr* json_object_call(level& lv, const ast::node& n, const use_site& site, alias_list* votes) {
  const catalog::function_entry& f = *catalog::find_function("JSONObject");
  check_dialect_function(lv, ir::function::json_object, f, n.span);
  small<ir::expr*> args;
  for (const auto& kw : n.kwargs) {
    args.push_back(lv.kept_param(value{std::string(kw.name)}, field_type::char_field, kw.span));
    args.push_back(field_or_expression(lv, *kw.value, site, votes));
  }
  ir::expr* x = lv.cx.mem.node(ir::call{ir::function::json_object, lv.cx.mem.list(args)}, n.span);
  for (const ir::expr* a : args) absorb(*x, *a);
  x->type = field_type::json_field;
  return x;
}

}  // namespace

ir::expr* call(level& lv, const ast::node& n, const use_site& site, alias_list* votes) {
  const catalog::function_entry* f = catalog::find_function(n.name);
  if (!f) {
    const extensions* ext = lv.cx.options.ext;
    if (const auto* own = ext ? ext->function(n.name) : nullptr)
      return registered_function(lv, *own, n, site, votes);
    auto names = catalog::function_names();
    if (ext)
      for (const auto& e : ext->functions()) names.push_back(e.name);
    throw_unknown(error_code::unknown_function, "function", n.name, {},
                  nearest_names(n.name, names), n.span);
  }
  const arguments args = bind_call(*f, n);
  switch (f->kind) {
    case catalog::function_kind::aggregate: return aggregate(lv, *f, n, args, site);
    case catalog::function_kind::scalar: return scalar(lv, *f, n, args, site, votes);
    case catalog::function_kind::extract: return extract_call(lv, *f, n, args, site, votes);
    case catalog::function_kind::trunc: return trunc_call(lv, *f, n, args, site, votes);
    case catalog::function_kind::window:
      fail(error_code::bad_argument,
           fmt::format("{}() is a window function: use it inside Window()", f->name), n.span);
    case catalog::function_kind::special: break;
  }
  switch (f->special) {
    case catalog::special_function::value: return value_call(lv, n, args, site, votes);
    case catalog::special_function::case_: return case_call(lv, n, site, votes);
    case catalog::special_function::when:
      fail(error_code::bad_argument, "When() is only allowed inside Case()", n.span);
    case catalog::special_function::cast:
    case catalog::special_function::expression_wrapper:
      return cast_call(lv, *f, n, args, site, votes);
    case catalog::special_function::window: return window_call(lv, n, args, site, votes);
    case catalog::special_function::raw_sql: {
      ir::expr* raw = raw_sql_call(lv, n, site, votes);
      if (auto of = output_field_of(keyword_value(n.kwargs, "output_field")))
        settle_type(*raw, of->type);
      return raw;
    }
    case catalog::special_function::func: {
      ir::expr* fn = func_call(lv, n, site, votes);
      if (auto of = output_field_of(keyword_value(n.kwargs, "output_field")))
        settle_type(*fn, of->type);
      return fn;
    }
    case catalog::special_function::row_range:
    case catalog::special_function::value_range:
      fail(error_code::bad_argument,
           fmt::format("{}() is only allowed as the frame= of a Window()", f->name), n.span);
    case catalog::special_function::subquery:
    case catalog::special_function::exists: {
      if (args[0]->kind != ast::node_kind::subquery)
        fail(error_code::bad_argument, fmt::format("{}() takes a queryset", f->name), n.span);
      const bool exists = f->special == catalog::special_function::exists;
      ir::expr* sub = subquery_value(lv, *args[0]->sub, exists, n.span);
      if (auto of = output_field_of(keyword_value(n.kwargs, "output_field")))
        settle_type(*sub, of->type);
      return sub;
    }
    case catalog::special_function::key_transform:
    case catalog::special_function::key_text_transform: {
      const ast::node& key = *args[0];
      if (key.kind != ast::node_kind::literal ||
          (key.val.kind() != value_kind::text && key.val.kind() != value_kind::integer))
        fail(error_code::bad_argument, fmt::format("{}() takes a key name first", f->name),
             key.span);
      ir::expr* json = field_or_expression(lv, *args[1], site, votes);
      if (!is_json(*json))
        fail(error_code::bad_argument, fmt::format("{}() reads a JSONField", f->name),
             args[1]->span);
      return key_transform(lv, json, lv.text(key.val.to_string()),
                           f->special == catalog::special_function::key_text_transform, n.span);
    }
    case catalog::special_function::filtered_relation:
      fail(error_code::bad_argument,
           "FilteredRelation() is only allowed as a named argument of annotate() or alias()",
           n.span);
    case catalog::special_function::collate: return collate_call(lv, n, args, site, votes);
    case catalog::special_function::json_object: return json_object_call(lv, n, site, votes);
    case catalog::special_function::none: break;
  }
  fail(error_code::unknown_function, fmt::format("function '{}' has no binder", n.name), n.span);
}

}  // namespace sqlweave::resolve
