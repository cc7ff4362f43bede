// SPDX-License-Identifier: MIT
#include "grammar/model_constants.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sqlweave::grammar {
namespace {

// A value as Python (and so the query syntax) writes it.
std::optional<std::string> python_literal(const value& v) {
  switch (v.kind()) {
    case value_kind::integer: return std::to_string(v.as_int());
    case value_kind::boolean: return std::string(v.as_bool() ? "True" : "False");
    case value_kind::real: {
      std::string t = fmt::format("{}", v.as_real());
      if (t.find_first_of(".eEn") == std::string::npos) t += ".0";  // nan, inf have no literal
      if (t.find_first_of("n") != std::string::npos) return std::nullopt;
      return t;
    }
    case value_kind::text: {
      std::string t = "'";
      for (const char c : v.as_text()) {
        if (c == '\\' || c == '\'') t += '\\';
        if (c == '\n') {
          t += "\\n";
          continue;
        }
        if (c == '\r') {
          t += "\\r";
          continue;
        }
        t += c;
      }
      return t + "'";
    }
    case value_kind::bytes: {
      std::string t = "b'";
      for (const char c : v.as_bytes().data)
        t += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
      return t + "'";
    }
    case value_kind::null:
    case value_kind::date:
    case value_kind::datetime:
    case value_kind::decimal:
    case value_kind::duration:
    case value_kind::time: return std::nullopt;
  }
  return std::nullopt;
}

std::optional<std::string> literal_of(const object& o) {
  if (o.what == object::kind::constant) return python_literal(o.val);
  if (o.what != object::kind::sequence) return std::nullopt;
  std::string t = "(";
  for (const auto& item : o.items) {
    if (item->what != object::kind::constant) return std::nullopt;
    const auto one = python_literal(item->val);
    if (!one) return std::nullopt;
    t += *one + ", ";
  }
  return t + ")";
}

void add(std::vector<model_constant>& out, std::string name, std::string text) {
  if (std::any_of(out.begin(), out.end(), [&](const auto& c) { return c.name == name; })) return;
  out.push_back({std::move(name), std::move(text), nullptr});
}

}  // namespace

std::vector<model_constant> class_constants(const py_class& cls) {
  std::vector<model_constant> out;
  for (const py_class* c : cls.mro) {
    for (const auto& name : c->order)
      if (const auto text = literal_of(*c->body.names.at(name))) add(out, name, *text);
    // Nested classes are bound without a place in `order`: by name, for a stable order.
    std::vector<std::pair<std::string, const py_class*>> choices;
    for (const auto& [name, v] : c->body.names)
      if (v->what == object::kind::klass && is_choices(*v->cls)) choices.emplace_back(name, v->cls);
    std::sort(choices.begin(), choices.end());
    for (const auto& [name, inner] : choices)
      for (const auto& member : inner->order) {
        const ref& m = inner->body.names.at(member);
        // `RENTED = "r", "Rented"`: the member's value is its first item.
        const ref value =
            m->what == object::kind::sequence && m->items.size() >= 2 ? m->items.front() : m;
        if (const auto text = literal_of(*value)) add(out, name + "." + member, *text);
      }
  }
  return out;
}

}  // namespace sqlweave::grammar
