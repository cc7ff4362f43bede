// SPDX-License-Identifier: MIT
// libFuzzer target: parse -> resolve -> render for all four dialects on the shop schema. Any
// input either compiles or throws sqlweave::error; the SQL never contains a parameter's text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "sqlweave/compile.hpp"
#include "sqlweave/parse.hpp"

namespace {
const sqlweave::schema& shop() {
  static const sqlweave::schema s =
      sqlweave::schema::from_models_file(SQLWEAVE_SHOP_MODELS, {"shop"});
  return s;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const auto q =
        sqlweave::parse_query(std::string_view(reinterpret_cast<const char*>(data), size));
    for (auto d : sqlweave::all_dialects) sqlweave::compile(shop(), q, d);
  } catch (const sqlweave::error&) {
  }
  return 0;
}
