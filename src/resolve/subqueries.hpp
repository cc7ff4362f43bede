// SPDX-License-Identifier: MIT
// Querysets inside expressions: Subquery(), Exists(), `__in=<queryset>`, and the NOT EXISTS
// form of negated conditions over multi-valued relations.
#pragma once

#include "resolve/level.hpp"

namespace sqlweave::resolve {

/// The queryset a subquery stands for: `q`, or the plain queryset of a related manager
/// (`Board.objects.get(pk=1).topics.values("id")`), kept in `cx` for the compile.
const ast::query& plain_queryset(context& cx, const ast::query& q);

/// Subquery(qs) (one column) or Exists(qs), as a value of `lv`. A queryset written as a value
/// (`filter(author=Author.objects.all()[:1])`) is `bare`: a model's rows sliced to one row
/// stand for their primary key, as Django's Exact.process_rhs() selects it.
ir::expr* subquery_value(level& lv, const ast::query& q, bool exists, source_span span,
                         bool bare = false);

/// The SELECT of `lhs__in=qs`: its values() column, else the field `target` names (a relation's
/// key) or the primary key. A relation's queryset must be of the related model.
const ir::select* in_subquery_select(level& lv, const ast::query& q, const field* target,
                                     int target_model, bool relation, source_span span);

/// `Book.RENTED`, `Book.Status.RENTED` (parsed as a queryset without steps): the model's
/// constant as a literal (or a list of them), or null when `n` is no such name (managers.cpp).
const ast::node* class_constant(context& cx, const ast::node& n);

/// `exclude(rel__x=1)` over a multi-valued relation: NOT EXISTS (a row of `rel` with x = 1),
/// correlated on the primary key (Django's split_exclude).
ir::expr* exclude_multi_valued(level& lv, const ast::node& lookup);

}  // namespace sqlweave::resolve
