// SPDX-License-Identifier: MIT
// explain(format=None, **options): the SELECT's plan, with the formats and options Django's
// explain_query_prefix() accepts on each backend and its refusals (ValueError, and
// NotSupportedError where the backend cannot explain).
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "resolve/query.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

std::string upper(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

const std::string_view* find(std::span<const std::string_view> names, std::string_view name) {
  const auto it = std::find(names.begin(), names.end(), name);
  return it == names.end() ? nullptr : &*it;
}

}  // namespace

const ir::explain* plan_explain(context& cx, const ast::step& st) {
  const auto& d = cx.dialect;
  if (d.explain_prefix.empty()) unsupported(d.name, "explain()", st.span);
  auto* e = cx.mem.make<ir::explain>();
  small<ir::explain_option> options;
  std::vector<std::string> unknown;
  for (const auto& kw : st.kwargs) {
    const ast::node& v = *kw.value;
    if (kw.name == "format") {
      if (v.kind == ast::node_kind::literal && v.val.kind() == value_kind::null) continue;
      if (v.kind != ast::node_kind::literal || v.val.kind() != value_kind::text)
        fail(error_code::bad_argument, "explain(format=) takes a string", v.span);
      const std::string name = upper(v.val.as_text());
      const auto* known = find(d.explain_formats, name);
      if (!known)
        fail(error_code::bad_argument,
             d.explain_formats.empty()
                 ? fmt::format("{} is not a recognized format", name)
                 : fmt::format("{} is not a recognized format; allowed formats: {}", name,
                               fmt::join(d.explain_formats, ", ")),
             v.span);
      e->format = *known;
      continue;
    }
    if (v.kind != ast::node_kind::literal || v.val.kind() != value_kind::boolean)
      fail(error_code::bad_argument, fmt::format("explain({}=) takes True or False", kw.name),
           v.span);
    const auto* known = find(d.explain_options, upper(kw.name));
    if (!known) {
      unknown.emplace_back(kw.name);
      continue;
    }
    options.push_back({*known, v.val.as_bool()});
  }
  if (!unknown.empty()) {
    std::sort(unknown.begin(), unknown.end());
    fail(error_code::bad_argument, fmt::format("unknown options: {}", fmt::join(unknown, ", ")),
         st.span);
  }
  // In the order of the backend's list (Django iterates a set: any order means the same).
  std::sort(options.begin(), options.end(), [&](const auto& a, const auto& b) {
    return find(d.explain_options, a.name) < find(d.explain_options, b.name);
  });
  e->options = cx.mem.list(options);
  return e;
}

}  // namespace sqlweave::resolve
