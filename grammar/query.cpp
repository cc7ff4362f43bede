// SPDX-License-Identifier: MIT
// The one translation unit that compiles the queryset grammar.
#include "grammar/query_def.hpp"

namespace sqlweave::grammar {
namespace parser {

BOOST_SPIRIT_INSTANTIATE(query_type, iterator_type, context_type)

}  // namespace parser

parser::query_type const& query() {
  return parser::query;
}

}  // namespace sqlweave::grammar
