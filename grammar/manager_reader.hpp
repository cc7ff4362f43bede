// SPDX-License-Identifier: MIT
// What a manager of a models.py does to querysets, read from its classes' Python: the chain
// its get_queryset() returns and the methods a queryset may call (Django's
// BaseManager._get_queryset_methods() rules for the QuerySet class's ones).
#pragma once

#include <string>
#include <vector>

#include "grammar/py_eval.hpp"
#include "sqlweave/schema.hpp"

namespace sqlweave::grammar {

/// The classes of the trees a manager is made of: `PersonManager()` (its class),
/// `BookQuerySet.as_manager()` (a QuerySet class), `BaseManager.from_queryset(BookQuerySet)()`
/// (both). Either may be null (Django's own Manager or QuerySet).
struct manager_classes {
  std::vector<const py_class*> managers;  // the manager's class, then classes it is built on
  const py_class* queryset = nullptr;
  std::string queryset_unread;  // why from_queryset()'s class is not known (a warning)
};

/// `chain`/`unreadable` as manager holds them, and the methods.
struct manager_reading {
  std::string chain;
  std::string unreadable;
  std::vector<manager_method> methods;
};

manager_reading read_manager_classes(const interpreter& py, const manager_classes& classes);

}  // namespace sqlweave::grammar
