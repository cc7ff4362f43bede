// SPDX-License-Identifier: MIT
// The shop fixture (tests/fixtures/shop) as data, so tests compute expected rows in C++,
// independently of the compiler, and as a loaded SQLite database to run compiled SQL on.
#pragma once

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "sqlweave/schema.hpp"
#include "support/databases.hpp"

namespace sqlweave::testing {

/// One fixture row: column name -> JSON value (null, number, string).
using record = nlohmann::json;

/// Path of a file under tests/fixtures/shop.
std::string shop_file(const std::string& name);

/// The rows of one table of the fixture, in file order.
const std::vector<record>& fixture_rows(const std::string& table);

/// The ids of the rows of `table` for which `keep` is true, ascending.
std::vector<std::int64_t> ids_where(const std::string& table,
                                    const std::function<bool(const record&)>& keep);

/// An in-memory SQLite database with the shop tables and fixture, and sqlweave's regexp.
sqlite_db& shop_sqlite();

/// The shop schema read from tests/fixtures/shop/models.py (app "shop").
const schema& shop_models();

}  // namespace sqlweave::testing
