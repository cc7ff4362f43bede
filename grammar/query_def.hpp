// SPDX-License-Identifier: MIT
// The queryset grammar: Django's syntax as a Python programmer types it,
// `Model.objects.filter(Q(a__gt=1) | ~Q(b=F("c") * 2))[:10]`.
//
// Semantic actions build sqlweave::ast nodes as soon as a construct is complete, through the
// lower*() functions, instead of filling an X3 attribute tree that a second pass would walk:
// there is one tree, no large attribute variant to compile, and nothing to keep in step. Only a
// call, a method, a bracketed sequence and a subscript are first collected as syntax pieces
// (grammar/ast.hpp), because their meaning depends on all of their parts; expressions travel
// as syntax::operand, a node with the text it covers, so operators get their true spans.
//
// Operators are parsed by precedence climbing in query_expression.hpp. Recursion only happens
// through brackets, calls, prefix operators and `**`, and each of those is one nesting level,
// bounded by max_nesting_depth.
#pragma once

#include <boost/fusion/include/at_c.hpp>
#include <string>
#include <utility>

#include "grammar/ast.hpp"
#include "grammar/ast_adapted.hpp"
#include "grammar/config.hpp"
#include "grammar/error_handler.hpp"
#include "grammar/lexical.hpp"
#include "grammar/lower.hpp"
#include "grammar/query.hpp"
#include "grammar/query_expression.hpp"
#include "support/errors.hpp"

namespace sqlweave::grammar::parser {

using boost::fusion::at_c;
using x3::_attr;
using x3::_val;
using x3::lit;

struct query_class : error_handler {};
struct expression_class;
struct call_class : annotate_span {};
struct call_arguments_class;
struct argument_class;
struct method_class : annotate_span {};
struct sequence_class;
struct mapping_class;
struct parameter_class;
struct and_operator_class;
struct or_operator_class;
struct chain_class;
struct conjunction_class;
struct operand_class;
struct subquery_class;
struct constant_class;
struct subscript_class;
struct bound_class;

query_type const query = "queryset";
x3::rule<expression_class, syntax::operand> const expression = "expression";
x3::rule<call_class, syntax::call> const call = "call";
x3::rule<call_arguments_class, syntax::arguments> const call_arguments = "'('";
x3::rule<argument_class, syntax::argument> const argument = "argument";
x3::rule<method_class, syntax::method> const method = "method name";
x3::rule<sequence_class, syntax::sequence> const sequence = "list or tuple";
x3::rule<mapping_class, syntax::mapping> const mapping = "dict";
x3::rule<parameter_class, syntax::parameter> const parameter = "named parameter";
x3::rule<and_operator_class, source_span> const and_operator = "'&'";
x3::rule<or_operator_class, source_span> const or_operator = "'|'";
x3::rule<chain_class, ast::query> const chain = "queryset";
x3::rule<conjunction_class, ast::query> const conjunction = "queryset";
x3::rule<operand_class, ast::query> const operand = "queryset";
x3::rule<subquery_class, syntax::subquery> const subquery = "queryset";
x3::rule<constant_class, ast::query> const constant = "constant";
x3::rule<subscript_class, syntax::subscript> const subscript = "index or slice";
x3::rule<bound_class, std::int64_t> const bound = "index";

// ---------------------------------------------------------------- actions

auto const assign = [](auto& ctx) { _val(ctx) = std::move(_attr(ctx)); };
auto const lowered = [](auto& ctx) { _val(ctx) = lower(std::move(_attr(ctx))); };

// The span of what x3::raw matched, as the rule's value ...
auto const assign_span = [](auto& ctx) {
  _val(ctx) = x3::get<state_tag>(ctx).span(_attr(ctx).begin(), _attr(ctx).end());
};
// ... or as its `span`.
auto const set_span = [](auto& ctx) {
  _val(ctx).span = x3::get<state_tag>(ctx).span(_attr(ctx).begin(), _attr(ctx).end());
};

auto const keyword_argument = [](auto& ctx) {
  auto& parts = _attr(ctx);
  _val(ctx).keyword = at_c<0>(parts);
  _val(ctx).value = std::move(at_c<1>(parts).node);
};
auto const positional_argument = [](auto& ctx) { _val(ctx).value = std::move(_attr(ctx).node); };

auto const push_item = [](auto& ctx) { _val(ctx).items.push_back(std::move(_attr(ctx).node)); };
auto const mark_brackets = [](auto& ctx) { _val(ctx).brackets = true; };
auto const mark_trailing_comma = [](auto& ctx) { _val(ctx).trailing_comma = true; };

// JSON object keys are strings, as json.dumps() writes every key.
void add_entry(syntax::mapping& m, const ast::node& key, source_span span, ast::expr value) {
  if (key.kind != ast::node_kind::literal || key.val.kind() != value_kind::text)
    fail(error_code::syntax, "a dict key must be a string", span);
  m.entries.push_back({key.val.as_text(), std::move(value), span});
}
auto const push_entry = [](auto& ctx) {
  const syntax::literal& key = at_c<0>(_attr(ctx));
  if (key.val.kind() != value_kind::text)
    fail(error_code::syntax, "a dict key must be a string", key.span);
  _val(ctx).entries.push_back({key.val.as_text(), std::move(at_c<1>(_attr(ctx)).node), key.span});
};
// `{first: value`: the expression read first was a dict's key.
auto const first_entry = [](auto& ctx) {
  syntax::mapping& m = _val(ctx);
  ast::expr key = std::move(m.items.front());
  m.items.clear();
  add_entry(m, *key, key->span, std::move(_attr(ctx).node));
};
auto const mark_set = [](auto& ctx) { _val(ctx).set = true; };

auto const set_parameter = [](auto& ctx) { _val(ctx).name = _attr(ctx); };
auto const set_query = [](auto& ctx) { _val(ctx).query = std::move(_attr(ctx)); };
auto const set_model = [](auto& ctx) {
  _val(ctx).model = std::string(_attr(ctx).text);
  _val(ctx).model_span = _attr(ctx).span;
  _val(ctx).steps.reserve(4);  // a chain is rarely longer; saves the vector's regrowth
};
auto const set_through = [](auto& ctx) {
  _val(ctx).through = std::string(_attr(ctx).text);
  _val(ctx).through_span = _attr(ctx).span;
};
auto const set_manager = [](auto& ctx) {
  _val(ctx).manager = std::string(_attr(ctx).text);
  _val(ctx).manager_span = _attr(ctx).span;
};
// `Book.Status.RENTED`: the dotted name after the model, for the resolver to look up.
auto const extend_manager = [](auto& ctx) {
  ast::query& q = _val(ctx);
  q.manager += '.';
  q.manager += _attr(ctx).text;
  q.manager_span.length = _attr(ctx).span.offset + _attr(ctx).span.length - q.manager_span.offset;
};
auto const add_step = [](auto& ctx) {
  _val(ctx).steps.push_back(lower_step(std::move(_attr(ctx))));
};

// `| other` and `& other`: a step holding the other queryset, spanning the operator.
auto const combine_with = [](ast::step_kind kind) {
  return [kind](auto& ctx) {
    auto& parts = _attr(ctx);
    ast::query& other = at_c<1>(parts);
    ast::node n;
    n.kind = ast::node_kind::subquery;
    n.span = other.model_span;
    n.sub = std::make_shared<const ast::query>(std::move(other));
    ast::step st;
    st.kind = kind;
    st.args.push_back(ast::make_node(std::move(n)));
    st.span = at_c<0>(parts);
    _val(ctx).steps.push_back(std::move(st));
  };
};

auto const set_start = [](auto& ctx) { _val(ctx).start = _attr(ctx); };
auto const set_stop = [](auto& ctx) { _val(ctx).stop = _attr(ctx); };
auto const mark_colon = [](auto& ctx) { _val(ctx).colon = true; };
auto const integer_index = [](auto& ctx) {
  const syntax::literal& index = _attr(ctx);
  if (index.val.kind() != value_kind::integer)
    fail(error_code::syntax, "slice indices must be integers", index.span);
  _val(ctx) = index.val.as_int();
};
// Django refuses qs[-1] (it cannot know the count up front) and so does the grammar.
auto const negative_index = [](auto& ctx) {
  fail(error_code::syntax, "negative indexing is not supported",
       x3::get<state_tag>(ctx).span(_attr(ctx).begin(), _attr(ctx).end()));
};

// qs[a:b:step] is a list in Django (QuerySet.__getitem__ evaluates it), not a queryset.
auto const refuse_step = [](auto& ctx) {
  fail(error_code::unsupported,
       "a slice step (qs[a:b:step]) is not supported: Django evaluates such a slice into a list",
       x3::get<state_tag>(ctx).span(_attr(ctx).begin(), _attr(ctx).end()));
};

// ---------------------------------------------------------------- expressions

auto const expression_def =
    operators_over(literal[lowered], subquery[lowered] | call[lowered],
                   parameter[lowered] | sequence[lowered] | mapping[lowered], method);

// ---------------------------------------------------------------- calls

auto const call_def = (identifier % '.') >> call_arguments;
auto const argument_end = named("')' or ',' after argument")[lit(')')];
auto const argument_list =
    named("argument or ')'")[lit(')') | (argument % ',' >> -lit(',') > argument_end)];
auto const call_arguments_def = &lit('(') >> nest[lit('(') > argument_list];
// `name=` commits to a keyword argument (no expression holds a lone `=`).
auto const argument_def = (identifier >> '=' >> !lit('=') > expression)[keyword_argument] |
                          expression[positional_argument];
auto const method_def = identifier > call_arguments;

// [a, b], and (a, b), (a,), () or the parenthesized (a).
auto const list_end = named("']' or ',' after list element")[lit(']')];
auto const list_items =
    named("expression or ']'")[lit(']') | (expression[push_item] % ',' >> -lit(',') > list_end)];
auto const tuple_end = named("')' or ',' after expression")[lit(')')];
auto const tuple_items =
    named("expression or ')'")[lit(')') | (expression[push_item] % ',' >>
                                           -lit(',')[mark_trailing_comma] > tuple_end)];
auto const sequence_def = x3::raw[(&lit('[') >> nest[lit('[')[mark_brackets] > list_items]) |
                                  (&lit('(') >> nest[lit('(') > tuple_items])][set_span];

// {"key": value, ...}, {} (a dict) or {a, b, ...} (a set): the first item decides, once read.
auto const mapping_end = named("'}' or ','")[lit('}')];
auto const mapping_entry = literal >> named("':' after dict key")[lit(':')] > expression;
auto const dict_rest = (lit(':') > expression)[first_entry] >> *(',' >> mapping_entry[push_entry]);
auto const set_rest = (*(',' >> expression[push_item]))[mark_set];
auto const mapping_items =
    named("expression or '}'")[lit('}') | (expression[push_item] >> (dict_rest | set_rest) >>
                                           -lit(',') > mapping_end)];
auto const mapping_def = x3::raw[&lit('{') >> nest[lit('{') > mapping_items]][set_span];

auto const parameter_def =
    x3::lexeme[lit(':') > named("parameter name right after ':'")[identifier]][set_parameter];

// ---------------------------------------------------------------- querysets

// `Model.<manager>`: a name after the model that no '(' follows (a method call has one).
auto const manager_name = lit('.') >> identifier >> !lit('(');
// `Model.<m2m>.through`: the relation's through model, whose manager follows.
auto const through_name = lit('.') >> identifier >>
                          lit('.') >> x3::lexeme[lit("through") >> !x3::char_("a-zA-Z0-9_")] >>
                          !lit('(');
auto const module_prefix = x3::lexeme[lit("models") >> !x3::char_("a-zA-Z0-9_")] >> '.';
// A queryset used as a value is always spelled Model.<manager>... (models.functions.Lower(...)
// is a call).
// `Book.Status.RENTED` as a value: a constant of a class nested in the model (never a queryset:
// no manager has a dot in its name); `Book.RENTED` is a chain without steps either way.
auto const nested_constant = identifier[set_model] >> !through_name >> manager_name[set_manager] >>
                             +manager_name[extend_manager] >> !lit('.') >> !lit('[');
// `qs.query` as a value (`pk__in=qs.values("pk").query`): Django's Query, the same subquery.
auto const query_attribute =
    lit('.') >> x3::lexeme[lit("query") >> !x3::char_("a-zA-Z0-9_")] >> !lit('(');
auto const subquery_def =
    x3::raw[&(!module_prefix >> identifier >> manager_name) >>
            (constant[set_query] | (chain[set_query] >> -query_attribute))][set_span];

auto const bound_def = x3::raw[lit('-') >> literal][negative_index] | literal[integer_index];
auto const slice_end =
    lit(':')[mark_colon] >> -bound[set_stop] >> -x3::raw[lit(':') >> -bound][refuse_step];
auto const slice = named("index or slice")[(bound[set_start] >> -slice_end) | slice_end];
auto const subscript_def = x3::raw[lit('[') > slice > lit(']')][set_span];

// `.pool_set` with no '(' after it, after a call: a related manager of the instance the queryset
// so far returns (its get(), which the resolver checks); that queryset becomes the instance's and
// the steps after it are the related queryset's. Right after the manager it is no name but a
// method missing its '(' (`Model.objects.filter`).
auto const related_manager = [](auto& ctx) {
  ast::query& q = _val(ctx);
  if (q.steps.empty()) {
    _pass(ctx) = false;
    return;
  }
  auto instance = std::make_shared<const ast::query>(std::move(q));
  q = ast::query{};
  q.instance = std::move(instance);
  q.accessor = std::string(_attr(ctx).text);
  q.accessor_span = _attr(ctx).span;
};
// Neither takes `.query`, which ends the chain (query_attribute).
auto const accessor_name = !query_attribute >> lit('.') >> identifier >> !lit('(');
auto const steps = *(accessor_name[related_manager] |
                     (!query_attribute >> lit('.') > method)[add_step] | subscript[add_step]);
auto const constant_def = nested_constant;
auto const chain_def =
    identifier[set_model] >> -through_name[set_through] >> -manager_name[set_manager] >> steps;

// Querysets combined with `&` and `|`, `&` binding tighter as in Python; a parenthesized
// combination may go on with more calls: `(qs1 | qs2).order_by("x")[:5]`.
auto const operand_def =
    chain[assign] | (&lit('(') >> nest[lit('(') > query[assign] > lit(')')] >> steps);
auto const and_operator_def = x3::raw[lit('&')][assign_span];
auto const or_operator_def = x3::raw[lit('|')][assign_span];
auto const conjunction_def = operand[assign] >>
                             *((and_operator > operand)[combine_with(ast::step_kind::combine_and)]);
auto const query_def = conjunction[assign] >>
                       *((or_operator > conjunction)[combine_with(ast::step_kind::combine_or)]);

BOOST_SPIRIT_DEFINE(query, and_operator, or_operator, chain, conjunction, operand, expression, call,
                    call_arguments, argument, method, sequence, mapping, parameter, subquery,
                    constant, subscript, bound)

}  // namespace sqlweave::grammar::parser
