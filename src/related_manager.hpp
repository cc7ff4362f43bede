// SPDX-License-Identifier: MIT
// A related manager on a model instance, `Tournament.objects.get(pk=1).pool_set.filter(...)`,
// compiled as the related queryset it is.
#pragma once

#include <optional>
#include <string_view>

#include "compile_trace.hpp"
#include "sqlweave/ast.hpp"
#include "sqlweave/compile.hpp"
#include "sqlweave/schema.hpp"

namespace sqlweave::detail {

/// The plain queryset a query whose `instance` is set stands for, `Pool.objects.filter(
/// tournament=1)` for `Tournament.objects.get(pk=1).pool_set.all()`.
ast::query related_queryset(const schema& s, const ast::query& q);

/// A model instance used as a value, `Category.objects.get(pk=2)` or first(), last(),
/// earliest(), latest(), `[i]` (Django compares its primary key), or a field of one
/// (`.get(pk=1).price`, `.first().category`): the queryset of its one row with values() of
/// `field` (empty: the primary key); null for a query that is neither.
std::optional<ast::query> instance_value(const schema& s, const ast::query& q,
                                         std::string_view field = {});

/// The model of a model instance written as a value (`Tag.objects.get(id=1)`, first(), ...,
/// `[i]`), or -1 for any other node.
int instance_model(const schema& s, const ast::node& v);

/// The related queryset of a query whose `instance` is set: the related model's default manager
/// filtered to the rows of that instance, then the query's own steps.
compiled_query compile_related_manager(const schema& s, const ast::query& q, dialect_id d,
                                       const compile_options& options, compile_trace* trace);

}  // namespace sqlweave::detail
