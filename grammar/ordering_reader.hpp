// SPDX-License-Identifier: MIT
// Meta.ordering as a models.py writes it: field names ("-placed", "?", "author__name") and
// expressions (`F("x").asc(nulls_last=True)`, `Lower("name")`, `OrderBy(F("x"),
// descending=True)`), the latter kept as the query text that writes the same term.
#pragma once

#include <string>
#include <vector>

#include "grammar/py_eval.hpp"

namespace sqlweave::grammar {

/// `terms` as model::ordering holds them; `unreadable` says why an item cannot be written as
/// query text (a Func subclass of the project, a value only Python computes), `terms` then
/// empty.
struct ordering_reading {
  std::vector<std::string> terms;
  std::string unreadable;
};

/// Reads `items`, the evaluated items of a Meta.ordering list or tuple.
ordering_reading read_ordering(interpreter& py, const std::vector<ref>& items);

/// `name` as query text writes a string: "\"-placed\""; empty when it holds a quote, a
/// backslash or a line break, which field names never do.
std::string quoted_name(std::string_view name);

}  // namespace sqlweave::grammar
