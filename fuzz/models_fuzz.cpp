// SPDX-License-Identifier: MIT
// libFuzzer target: the models.py reader, through schema::finalize.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "sqlweave/ddl.hpp"
#include "sqlweave/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const auto s = sqlweave::schema::from_models_source(
        std::string_view(reinterpret_cast<const char*>(data), size), {"app"});
    for (auto d : sqlweave::all_dialects) sqlweave::ddl(s, d);
  } catch (const sqlweave::error&) {
  }
  return 0;
}
