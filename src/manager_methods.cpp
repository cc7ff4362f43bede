// SPDX-License-Identifier: MIT
#include "manager_methods.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "sqlweave/parse.hpp"
#include "support/errors.hpp"

namespace sqlweave::detail {
namespace {

method_parameter read_parameter(const model& m, const manager& mg, const manager_method& f,
                                const std::string& text) {
  method_parameter p;
  std::string_view t = text;
  while (p.stars < 2 && t.starts_with('*')) {
    ++p.stars;
    t.remove_prefix(1);
  }
  const auto eq = t.find('=');
  p.name = std::string(t.substr(0, eq));
  const bool identifier =
      !p.name.empty() && !std::isdigit(static_cast<unsigned char>(p.name.front())) &&
      std::all_of(p.name.begin(), p.name.end(),
                  [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
  if (!identifier || (eq != std::string_view::npos && p.stars > 0))
    fail(error_code::bad_schema,
         fmt::format("the method {}.{}.{}() has the parameter '{}', which is not a name, "
                     "name=default, *name or **name",
                     m.name, mg.name, f.name, text));
  if (eq == std::string_view::npos) return p;
  try {
    p.default_value = parse_literal(t.substr(eq + 1));
  } catch (const error& e) {
    fail(error_code::bad_schema,
         fmt::format("the method {}.{}.{}() has the default '{}', which is not a literal: {}",
                     m.name, mg.name, f.name, text, e.what()));
  }
  return p;
}

}  // namespace

void parse_manager_methods(const model& m, manager& mg) {
  for (auto& f : mg.methods) {
    f.parsed_parameters.clear();
    for (const auto& text : f.parameters)
      f.parsed_parameters.push_back(read_parameter(m, mg, f, text));
    if (!f.unreadable.empty()) continue;
    ast::query q;
    try {
      q = parse_query(m.name + "." + mg.name + f.chain);
    } catch (const error& e) {
      fail(error_code::bad_schema,
           fmt::format("the method {}.{}.{}() has the chain '{}', which is not a queryset: {}",
                       m.name, mg.name, f.name, f.chain, e.what()));
    }
    for (const auto& st : q.steps)
      if (st.kind >= ast::step_kind::aggregate)
        fail(error_code::bad_schema,
             fmt::format("the method {}.{}.{}() has the chain '{}', which does not leave a "
                         "queryset",
                         m.name, mg.name, f.name, f.chain));
    f.steps = std::make_shared<const ast::query>(std::move(q));
  }
}

void parse_ordering(model& m) {
  m.ordering_terms.reset();
  if (m.ordering.empty()) return;
  std::string text = m.name + ".objects.order_by(";
  for (std::size_t i = 0; i < m.ordering.size(); ++i) {
    const std::string& o = m.ordering[i];
    if (i > 0) text += ", ";
    if (o.find('(') != std::string::npos) {
      text += o;
      continue;
    }
    if (o.find_first_of("\"'\\\n\r") != std::string::npos)
      fail(error_code::bad_schema,
           fmt::format("Meta.ordering of {} has '{}', which is no field name", m.name, o));
    text += '"' + o + '"';
  }
  ast::query q;
  try {
    q = parse_query(text + ")");
  } catch (const error& e) {
    fail(error_code::bad_schema,
         fmt::format("Meta.ordering of {} is '{}', which is not query text: {}", m.name,
                     text.substr(m.name.size() + 18), e.what()));
  }
  m.ordering_terms = std::make_shared<const ast::query>(std::move(q));
}

void parse_constants(model& m) {
  for (auto& c : m.constants) {
    ast::query q;
    try {
      q = parse_query("Model.objects.filter(x=" + c.text + ")");
    } catch (const error& e) {
      fail(error_code::bad_schema, fmt::format("the constant {}.{} has the value '{}', which is "
                                               "not a literal: {}",
                                               m.name, c.name, c.text, e.what()));
    }
    const ast::expr v = q.steps.size() == 1 && q.steps[0].args.size() == 1
                            ? q.steps[0].args[0]->args.front()
                            : nullptr;
    auto literal = [](const ast::expr& e) { return e->kind == ast::node_kind::literal; };
    const bool ok = v && (literal(v) || (v->kind == ast::node_kind::list &&
                                         std::all_of(v->args.begin(), v->args.end(), literal)));
    if (!ok)
      fail(error_code::bad_schema,
           fmt::format("the constant {}.{} has the value '{}', which is not a literal or a tuple "
                       "of literals",
                       m.name, c.name, c.text));
    c.value = v;
  }
}

}  // namespace sqlweave::detail
