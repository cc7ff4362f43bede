// SPDX-License-Identifier: MIT
// The class-level constants of a model that query text may name (`Book.RENTED`,
// `Book.Status.RENTED`): numbers, strings, booleans, tuples of them, and the members of a
// TextChoices/IntegerChoices class nested in the model.
#pragma once

#include <vector>

#include "grammar/py_eval.hpp"
#include "sqlweave/schema.hpp"

namespace sqlweave::grammar {

/// The constants of `cls` and of its bases of the trees, nearest first by name, in
/// declaration order.
std::vector<model_constant> class_constants(const py_class& cls);

}  // namespace sqlweave::grammar
