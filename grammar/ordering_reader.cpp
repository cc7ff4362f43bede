// SPDX-License-Identifier: MIT
#include "grammar/ordering_reader.hpp"

#include <fmt/format.h>

#include <optional>

#include "sqlweave/parse.hpp"

namespace sqlweave::grammar {
namespace {

using python::expr;

// Writes an expression of Django's own classes as query text; anything else leaves `why`.
class writer {
 public:
  writer(interpreter& py, const scope& where) : py_(py), where_(where), state_(where.file->text) {}

  std::optional<std::string> term(const expr& e) {
    switch (e.what) {
      case expr::kind::literal: return literal(e.val, e);
      case expr::kind::name:
      case expr::kind::attribute: {
        const ref v = py_.eval(e, where_);
        if (v->what == object::kind::constant) return literal(v->val, e);
        return refuse(e, "a value sqlweave cannot write as query text");
      }
      case expr::kind::call: return call(e);
      case expr::kind::subscript:
      case expr::kind::tuple:
      case expr::kind::list:
      case expr::kind::unary:
      case expr::kind::binary:
      case expr::kind::boolean:
      case expr::kind::conditional:
      case expr::kind::starred:
      case expr::kind::opaque: return refuse(e, "not an expression sqlweave writes as query text");
    }
    return std::nullopt;
  }

  std::string why;

 private:
  std::optional<std::string> refuse(const expr& e, std::string_view reason) {
    if (why.empty())
      why = fmt::format("{} ({}:{})", reason,
                        std::string_view(python::text_of(state_, e.span)).substr(0, 80),
                        where_.file->path);
    return std::nullopt;
  }

  std::optional<std::string> literal(const value& v, const expr& at) {
    switch (v.kind()) {
      case value_kind::text: {
        std::string q = quoted_name(v.as_text());
        if (q.empty()) return refuse(at, "a string with quotes or backslashes");
        return q;
      }
      case value_kind::integer: return std::to_string(v.as_int());
      case value_kind::boolean: return std::string(v.as_bool() ? "True" : "False");
      case value_kind::null: return std::string("None");
      case value_kind::real:
      case value_kind::decimal:
      case value_kind::date:
      case value_kind::datetime:
      case value_kind::time:
      case value_kind::duration:
      case value_kind::bytes: return refuse(at, "a value sqlweave does not write in Meta.ordering");
    }
    return std::nullopt;
  }

  // Positional arguments, then keywords: "F(\"x\"), output_field=None".
  std::optional<std::string> arguments(const expr& call, std::size_t first) {
    std::string out;
    for (std::size_t i = first; i < call.items.size(); ++i) {
      const auto a = term(call.items[i]);
      if (!a) return std::nullopt;
      out += (out.empty() ? "" : ", ") + *a;
    }
    for (const auto& kw : call.keywords) {
      if (kw.name.empty()) return refuse(call, "a call with **arguments");
      const auto a = term(kw.value);
      if (!a) return std::nullopt;
      out += fmt::format("{}{}={}", out.empty() ? "" : ", ", kw.name, *a);
    }
    return out;
  }

  std::optional<std::string> call(const expr& e) {
    const expr& callee = e.items.front();
    // expression.asc(...) / .desc(...): a method of the expression, not a class.
    if (callee.is(expr::kind::attribute) && (callee.text == "asc" || callee.text == "desc")) {
      const auto of = term(callee.items.front());
      if (!of) return std::nullopt;
      const auto args = arguments(e, 1);
      if (!args) return std::nullopt;
      return fmt::format("{}.{}({})", *of, callee.text, *args);
    }
    const ref c = py_.eval(callee, where_);
    if (c->what != object::kind::named || !c->path.starts_with("django.db.models."))
      return refuse(callee, "not a class of django.db.models");
    const std::string_view name = std::string_view(c->path).substr(c->path.rfind('.') + 1);
    if (name == "OrderBy") return order_by(e);
    const auto args = arguments(e, 1);
    if (!args) return std::nullopt;
    return fmt::format("{}({})", name, *args);
  }

  // OrderBy(expression, descending=False, nulls_first=False, nulls_last=False) is what
  // expression.asc()/.desc() make.
  std::optional<std::string> order_by(const expr& e) {
    if (e.items.size() != 2) return refuse(e, "OrderBy() with other than one expression");
    const auto of = term(e.items[1]);
    if (!of) return std::nullopt;
    bool descending = false;
    std::string nulls;
    for (const auto& kw : e.keywords) {
      const ref v = py_.eval(kw.value, where_);
      if (v->what != object::kind::constant || v->val.kind() != value_kind::boolean)
        return refuse(kw.value, "an OrderBy() flag that is not True or False");
      if (kw.name == "descending")
        descending = v->val.as_bool();
      else if ((kw.name == "nulls_first" || kw.name == "nulls_last") && v->val.as_bool())
        nulls = fmt::format("{}=True", kw.name);
      else if (kw.name != "nulls_first" && kw.name != "nulls_last")
        return refuse(kw.value,
                      "an OrderBy() argument other than descending=, nulls_first=, "
                      "nulls_last=");
    }
    return fmt::format("{}.{}({})", *of, descending ? "desc" : "asc", nulls);
  }

  interpreter& py_;
  const scope& where_;
  parse_state state_;
};

}  // namespace

std::string quoted_name(std::string_view name) {
  if (name.find_first_of("\"\\\n\r") != std::string_view::npos) return {};
  return fmt::format("\"{}\"", name);
}

ordering_reading read_ordering(interpreter& py, const std::vector<ref>& items) {
  ordering_reading out;
  for (const ref& item : items) {
    if (item->what == object::kind::constant && item->val.kind() == value_kind::text) {
      out.terms.push_back(item->val.as_text());
      continue;
    }
    if (item->what != object::kind::instance || !item->call || !item->where) {
      out.terms.clear();
      out.unreadable = "an item of Meta.ordering is neither a field name nor an expression";
      return out;
    }
    writer w(py, *item->where);
    const auto text = w.term(*item->call);
    if (!text) {
      out.terms.clear();
      out.unreadable = fmt::format("an item of Meta.ordering is {}", w.why);
      return out;
    }
    out.terms.push_back(*text);
  }
  // The query grammar reads every expression term, as the resolver will.
  std::string text = "Model.objects.order_by(";
  for (const auto& t : out.terms) {
    const bool expression = t.find('(') != std::string::npos;
    text += (text.ends_with("(") ? "" : ", ") + (expression ? t : quoted_name(t));
  }
  try {
    (void)parse_query(text + ")");
  } catch (const error& e) {
    out.unreadable = fmt::format(
        "Meta.ordering is ({}), which sqlweave does not read as "
        "query text: {}",
        text.substr(23), e.what());
    out.terms.clear();
  }
  return out;
}

}  // namespace sqlweave::grammar
