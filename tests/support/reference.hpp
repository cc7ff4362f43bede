// SPDX-License-Identifier: MIT
// Django's own results for the reference querysets (tests/fixtures/shop/django-results.json):
// what Django 3.2 returned on SQLite, PostgreSQL and MariaDB for each queryset.
#pragma once

#include <string>
#include <vector>

#include "support/databases.hpp"

namespace sqlweave::testing {

struct reference_case {
  std::string id;
  std::string category;
  std::string query;
  bool ordered = false;
  bool boolean = false;  // exists(): compare the truth of the first row
  // Accepted row sets per database: Django's ORM rows and its raw-SQL rows.
  std::vector<rows> accepted(dialect_id d) const;
  std::vector<rows> sqlite, postgresql, mysql;
  bool truth_sqlite = false, truth_postgresql = false, truth_mysql = false;
};

const std::vector<reference_case>& reference_cases();

/// Rows match a reference case on database `d`: Django's rows there, or — on SQLite and MariaDB,
/// where sqlweave keeps the documented meaning that a Django backend breaks — its PostgreSQL rows.
bool matches_reference(const reference_case& c, dialect_id d, const rows& got);

}  // namespace sqlweave::testing
