// SPDX-License-Identifier: MIT
// The syntax pieces X3 fills by itself from a sequence of parsers (spans come from on_success).
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammar/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(sqlweave::grammar::syntax::call, callee, args)
BOOST_FUSION_ADAPT_STRUCT(sqlweave::grammar::syntax::method, name, args)
