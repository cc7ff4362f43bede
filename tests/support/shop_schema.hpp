// SPDX-License-Identifier: MIT
// The reference shop schema (tests/fixtures/shop/models.py) declared through the C++ API, so the
// tests of the compiler do not depend on the models.py reader.
#pragma once

#include "sqlweave/schema.hpp"

namespace sqlweave::testing {

schema shop_schema();

}  // namespace sqlweave::testing
