// SPDX-License-Identifier: MIT
// The queryset grammar (Boost.Spirit X3): Django's syntax as a Python programmer types it,
// `Model.objects.filter(Q(a__gt=1) | ~Q(b=F("c") * 2))[:10]`. Semantic actions build
// sqlweave::ast nodes directly (with spans), so there is no second tree to keep in step; the
// calls with a meaning of their own are lowered in lower.cpp. Expectation points (`>`) make
// errors say what was expected where; recursion happens only on brackets and `**`, which
// check_nesting() bounds before parsing.
#include <fmt/format.h>

#include <boost/spirit/home/x3.hpp>

#include "grammar/lower.hpp"
#include "grammar/tokens.hpp"
#include "sqlweave/parse.hpp"

namespace sqlweave::grammar {
namespace {

using x3::_attr;
using x3::_val;
using x3::lit;

// Rule IDs: every rule tags what it produces with the span it matched.
class name_class : public tagged {};
class expression_class : public tagged {};
class and_class : public tagged {};
class sum_class : public tagged {};
class product_class : public tagged {};
class unary_class : public tagged {};
class power_class : public tagged {};
class postfix_class : public tagged {};
class primary_class : public tagged {};
class literal_class : public tagged {};
class parameter_class : public tagged {};
class sequence_class : public tagged {};
class call_class : public tagged {};
class nested_query_class : public tagged {};
class arguments_class : public tagged {};
class keyword_argument_class {};  // keeps the span of its name, set by its action
class query_class : public tagged {};
class bracket_items_class : public tagged {};
class slice_class : public tagged {};

// ---------------------------------------------------------------- lexical

auto const ident_start = x3::alpha | x3::char_('_');
auto const ident_char = x3::alnum | x3::char_('_');
auto const keyword = [](char const* word) { return x3::lexeme[lit(word) >> !ident_char]; };

// `#` comments and line continuations count as white space, with spaces and line breaks.
auto const skipper = x3::space | x3::lexeme['#' >> *(x3::char_ - x3::eol)] | lit("\\\n");

x3::rule<class name_class, name_token> const name = "name";
auto const make_name = [](auto& ctx) {
  const auto range = _attr(ctx);
  _val(ctx) = name_token{std::string(range.begin(), range.end()),
                         span_between(ctx, range.begin(), range.end())};
};
auto const name_def = x3::raw[x3::lexeme[ident_start >> *ident_char]][make_name];

// ---------------------------------------------------------------- expressions

x3::rule<class expression_class, ast::expr> const expression = "expression";
x3::rule<class and_class, ast::expr> const and_expression = "expression";
x3::rule<class sum_class, ast::expr> const sum = "expression";
x3::rule<class product_class, ast::expr> const product = "expression";
x3::rule<class unary_class, ast::expr> const unary = "expression";
x3::rule<class power_class, ast::expr> const power = "expression";
x3::rule<class postfix_class, ast::expr> const postfix = "expression";
x3::rule<class primary_class, ast::expr> const primary = "expression";
x3::rule<class literal_class, ast::expr> const literal = "literal";
x3::rule<class parameter_class, ast::expr> const parameter = "named parameter";
x3::rule<class sequence_class, ast::expr> const sequence = "list or tuple";
x3::rule<class call_class, ast::expr> const call = "call";
x3::rule<class nested_query_class, ast::expr> const nested_query = "queryset";
x3::rule<class arguments_class, call_args> const arguments = "arguments";
x3::rule<class keyword_argument_class, ast::kwarg> const keyword_argument = "keyword argument";
x3::rule<class query_class, ast::query> const query = "queryset";

auto const set = [](auto& ctx) { _val(ctx) = _attr(ctx); };

// The span from the start of the left operand to the end of the right one.
source_span joined(const ast::expr& left, const ast::expr& right) {
  return {left->span.offset, right->span.offset + right->span.length - left->span.offset};
}

// a | b | c is one OR of three, not nested pairs: long chains cost no depth.
auto binary_q = [](ast::node_kind kind) {
  return [kind](auto& ctx) {
    ast::node n;
    n.kind = kind;
    n.span = joined(_val(ctx), _attr(ctx));
    if (_val(ctx)->kind == kind && _val(ctx)->span.offset == n.span.offset)
      n.args = _val(ctx)->args;
    else
      n.args = {_val(ctx)};
    n.args.push_back(_attr(ctx));
    _val(ctx) = ast::make_node(std::move(n));
  };
};

auto const arithmetic = [](auto& ctx) {
  ast::node n;
  n.kind = ast::node_kind::binary;
  switch (boost::fusion::at_c<0>(_attr(ctx))) {
    case '+': n.op = ast::arith::add; break;
    case '-': n.op = ast::arith::sub; break;
    case '*': n.op = ast::arith::mul; break;
    case '/': n.op = ast::arith::div; break;
    default: n.op = ast::arith::mod; break;
  }
  n.span = joined(_val(ctx), boost::fusion::at_c<1>(_attr(ctx)));
  n.args = {_val(ctx), boost::fusion::at_c<1>(_attr(ctx))};
  _val(ctx) = ast::make_node(std::move(n));
};

auto const expression_def = and_expression[set] >>
                            *(('|' > and_expression)[binary_q(ast::node_kind::q_or)]);
auto const and_expression_def = sum[set] >> *(('&' > sum)[binary_q(ast::node_kind::q_and)]);
auto const sum_def = product[set] >> *((x3::char_("+-") > product)[arithmetic]);
// `//` is integer division in Python; on integers `/` is that already here.
auto const product_op = !lit("**") >> x3::char_("*/%") >> -lit('/');
auto const product_def = unary[set] >> *((product_op > unary)[arithmetic]);

// Prefix operators fold right to left without recursion: ~-~x. A minus on a number literal
// is part of the number.
auto const apply_prefix = [](auto& ctx) {
  const auto& ops = boost::fusion::at_c<0>(_attr(ctx));
  ast::expr e = boost::fusion::at_c<1>(_attr(ctx));
  const source_span span{};  // the unary rule tags the result
  for (auto op = ops.rbegin(); op != ops.rend(); ++op) {
    if (*op == '+') continue;
    const bool number = e->kind == ast::node_kind::literal &&
                        (e->val.kind() == value_kind::integer || e->val.kind() == value_kind::real);
    if (*op == '-' && number) {
      e = ast::make_literal(
          e->val.kind() == value_kind::integer ? value(-e->val.as_int()) : value(-e->val.as_real()),
          span);
      continue;
    }
    ast::node n;
    n.kind = *op == '~' ? ast::node_kind::q_not : ast::node_kind::negate;
    n.args = {e};
    n.span = span;
    e = ast::make_node(std::move(n));
  }
  _val(ctx) = e;
};
auto const unary_def = (*x3::char_("-+~") >> power)[apply_prefix];

auto const make_power = [](auto& ctx) {
  ast::node n;
  n.kind = ast::node_kind::binary;
  n.op = ast::arith::pow;
  n.span = joined(_val(ctx), _attr(ctx));
  n.args = {_val(ctx), _attr(ctx)};
  _val(ctx) = ast::make_node(std::move(n));
};
// Python's ** binds tighter than a unary minus on its left and takes a unary on its right.
auto const power_def = postfix[set] >> -(("**" > unary)[make_power]);

auto const expression_method = [](auto& ctx) {
  auto& parts = _attr(ctx);
  _val(ctx) = lower_expression_method(_val(ctx), boost::fusion::at_c<0>(parts),
                                      std::move(boost::fusion::at_c<1>(parts)), {});
};
auto const postfix_def = primary[set] >>
                         *(((('.' >> name) >> '(') > arguments > ')')[expression_method]);

auto const make_param = [](auto& ctx) {
  ast::node n;
  n.kind = ast::node_kind::param;
  n.name = _attr(ctx).text;
  n.span = source_span{};
  _val(ctx) = ast::make_node(std::move(n));
};

auto const parameter_def = (':' > x3::no_skip[name])[make_param];
// No actions here: the alternative that matches passes its node up as it is.
auto const primary_def = nested_query | call | literal | sequence | parameter;

// ---------------------------------------------------------------- literals

auto const make_literal = [](auto v) {
  return [v](auto& ctx) { _val(ctx) = ast::make_literal(value(v), source_span{}); };
};
auto const make_attr_literal = [](auto& ctx) {
  _val(ctx) = ast::make_literal(value(_attr(ctx)), source_span{});
};

x3::real_parser<double, x3::strict_real_policies<double>> const strict_double;
x3::int_parser<std::int64_t> const integer;

auto const literal_def =
    keyword("True")[make_literal(true)] | keyword("False")[make_literal(false)] |
    keyword("None")[make_literal(nullptr)] |
    x3::lexeme[strict_double >> !ident_char][make_attr_literal] |
    x3::lexeme[integer >> !ident_char][make_attr_literal] | string_literal[make_attr_literal];

// [a, b] is a list; (a, b), (a,) and () are tuples; (a) is just a. The parenthesis is parsed
// once and classified after, so nested parentheses cost linear time.
struct bracket_items {
  std::vector<ast::expr> items;
  bool tuple = false;
};
x3::rule<class bracket_items_class, bracket_items> const bracket_items_rule = "expression";
auto const push_item = [](auto& ctx) { _val(ctx).items.push_back(_attr(ctx)); };
auto const mark_tuple = [](auto& ctx) { _val(ctx).tuple = true; };
auto const bracket_items_rule_def = x3::eps[([](auto& ctx) { _val(ctx) = bracket_items{}; })] >>
                                    -(expression[push_item] % ',') >> -lit(',')[mark_tuple];

auto const make_sequence = [](bool parenthesis) {
  return [parenthesis](auto& ctx) {
    auto& b = _attr(ctx);
    if (parenthesis && !b.tuple && b.items.size() == 1) {
      _val(ctx) = b.items.front();
      return;
    }
    ast::node n;
    n.kind = ast::node_kind::list;
    n.args = std::move(b.items);
    n.span = source_span{};
    _val(ctx) = ast::make_node(std::move(n));
  };
};
auto const sequence_def = ('[' > bracket_items_rule > ']')[make_sequence(false)] |
                          ('(' > bracket_items_rule > ')')[make_sequence(true)];

// ---------------------------------------------------------------- calls

auto const make_keyword = [](auto& ctx) {
  auto& parts = _attr(ctx);
  const name_token& key = boost::fusion::at_c<0>(parts);
  _val(ctx) = ast::kwarg{key.text, boost::fusion::at_c<1>(parts), key.span};
};
auto const keyword_argument_def = ((name >> '=' >> !lit('=')) > expression)[make_keyword];

auto const add_keyword = [](auto& ctx) {
  auto& args = _val(ctx);
  for (const auto& k : args.keywords)
    if (k.name == _attr(ctx).name)
      throw error(diagnostic{error_code::syntax,
                             fmt::format("keyword argument '{}' repeated", k.name),
                             _attr(ctx).span,
                             {}});
  args.keywords.push_back(_attr(ctx));
};
auto const add_positional = [](auto& ctx) {
  if (!_val(ctx).keywords.empty())
    throw error(diagnostic{
        error_code::syntax, "positional argument follows keyword argument", _attr(ctx)->span, {}});
  _val(ctx).positional.push_back(_attr(ctx));
};
auto const argument = keyword_argument[add_keyword] | expression[add_positional];
auto const arguments_def = x3::eps[([](auto& ctx) { _val(ctx) = call_args{}; })] >>
                           -(argument % ',') >> -lit(',');

auto const make_call = [](auto& ctx) {
  auto& parts = _attr(ctx);
  _val(ctx) = lower_call(boost::fusion::at_c<0>(parts), std::move(boost::fusion::at_c<1>(parts)),
                         source_span{});
};
auto const call_def = (((name % '.') >> '(') > arguments > ')')[make_call];

auto const make_nested = [](auto& ctx) {
  ast::node n;
  n.kind = ast::node_kind::subquery;
  n.sub = std::make_shared<const ast::query>(std::move(_attr(ctx)));
  n.span = source_span{};
  _val(ctx) = ast::make_node(std::move(n));
};
// A queryset used as a value is always spelled Model.objects...
auto const nested_query_def = (&(name >> '.' >> keyword("objects")) >> query)[make_nested];

// ---------------------------------------------------------------- querysets

auto const set_model = [](auto& ctx) {
  _val(ctx).model = _attr(ctx).text;
  _val(ctx).model_span = _attr(ctx).span;
};
auto const add_method = [](auto& ctx) {
  auto& parts = _attr(ctx);
  _val(ctx).steps.push_back(
      lower_method(boost::fusion::at_c<0>(parts), std::move(boost::fusion::at_c<1>(parts))));
};
// [i], [a:b], [:b], [a:] and [:]
struct slice_parts {
  std::optional<std::int64_t> start, stop;
  bool colon = false;
  source_span span;
};
x3::rule<class slice_class, slice_parts> const slice = "index or slice";
auto const slice_def = x3::eps[([](auto& ctx) { _val(ctx) = slice_parts{}; })] >>
                       -integer[([](auto& ctx) { _val(ctx).start = _attr(ctx); })] >>
                       -(lit(':')[([](auto& ctx) { _val(ctx).colon = true; })] >>
                         -integer[([](auto& ctx) { _val(ctx).stop = _attr(ctx); })]);
auto const add_subscript = [](auto& ctx) {
  const slice_parts& p = _attr(ctx);
  _val(ctx).steps.push_back(lower_subscript(p.start, p.colon, p.stop, p.span));
};
auto const method = ('.' > name > '(' > arguments > ')')[add_method];
auto const subscript = ('[' > slice > ']')[add_subscript];
auto const query_def = name[set_model] >> -('.' >> keyword("objects")) >> *(method | subscript);

BOOST_SPIRIT_DEFINE(name, expression, and_expression, sum, product, unary, power, postfix, primary,
                    literal, parameter, bracket_items_rule, sequence, call, nested_query, arguments,
                    keyword_argument, slice, query)

}  // namespace

ast::query parse_query(std::string_view text) {
  check_nesting(text);
  const iterator begin = text.data(), end = text.data() + text.size();
  iterator it = begin;
  ast::query out;
  try {
    const auto parser = x3::with<source_tag>(begin)[query];
    const bool ok = x3::phrase_parse(it, end, parser, skipper, out);
    if (!ok) syntax_error(text, it, "a queryset such as Model.objects.filter(...)");
    if (it != end) syntax_error(text, it, "'.', '[' or the end of the query");
  } catch (const x3::expectation_failure<iterator>& e) {
    syntax_error(text, e.where(), e.which());
  }
  return out;
}

}  // namespace sqlweave::grammar

namespace sqlweave {
ast::query parse_query(std::string_view text) {
  return grammar::parse_query(text);
}
}  // namespace sqlweave
