// SPDX-License-Identifier: MIT
// The queryset rule, declared for the types in config.hpp; its definition is in query_def.hpp
// and is compiled once, in query.cpp.
#pragma once

#include "grammar/config.hpp"
#include "sqlweave/ast.hpp"

namespace sqlweave::grammar {
namespace parser {

struct query_class;
using query_type = x3::rule<query_class, ast::query>;
BOOST_SPIRIT_DECLARE(query_type)

}  // namespace parser

/// `Model.objects.filter(...)...[a:b]`; parse it with x3::with<state_tag>(state)[query()] and
/// python_space as the skipper.
parser::query_type const& query();

}  // namespace sqlweave::grammar
