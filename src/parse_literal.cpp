// SPDX-License-Identifier: MIT
// parse_literal(): the literal read where a queryset argument stands, so `--param` and
// `--default` values mean what they would in a query.
#include <fmt/format.h>

#include "sqlweave/parse.hpp"
#include "support/errors.hpp"

namespace sqlweave {

value parse_literal(std::string_view text) {
  const std::string query = fmt::format("M.objects.filter(v={})", text);
  ast::query q;
  try {
    q = parse_query(query);
  } catch (const error&) {
    fail(error_code::syntax, fmt::format("'{}' is not a Python literal", text));
  }
  const auto& step = q.steps.at(0);
  const ast::node* rhs = step.args.size() == 1 && step.args[0]->args.size() == 1
                             ? step.args[0]->args[0].get()
                             : nullptr;
  if (rhs == nullptr || rhs->kind != ast::node_kind::literal)
    fail(error_code::syntax, fmt::format("'{}' is not a single literal value", text));
  return rhs->val;
}

}  // namespace sqlweave
