// SPDX-License-Identifier: MIT
// parse_query(): limits, the call into the query grammar, and what may follow a complete query.
#include "sqlweave/parse.hpp"

#include <fmt/format.h>

#include "grammar/config.hpp"
#include "grammar/error_handler.hpp"
#include "grammar/query.hpp"
#include "support/errors.hpp"

namespace sqlweave {

ast::query parse_query(std::string_view text) {
  if (text.size() > max_query_length)
    fail(error_code::limit_exceeded, fmt::format("query text is {} bytes; at most {} are accepted",
                                                 text.size(), max_query_length));
  namespace x3 = boost::spirit::x3;
  grammar::parse_state state(text);
  grammar::iterator_type first = text.data();
  const grammar::iterator_type last = first + text.size();
  ast::query out;
  if (!x3::phrase_parse(first, last, x3::with<grammar::state_tag>(state)[grammar::query()],
                        grammar::python_space, out))
    grammar::throw_expected(state, first, "a model name");
  if (first != last) grammar::throw_unexpected(state, first, "after the query");
  return out;
}

}  // namespace sqlweave
