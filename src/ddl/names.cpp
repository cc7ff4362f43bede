// SPDX-License-Identifier: MIT
#include "ddl/names.hpp"

#include <fmt/format.h>
#include <md5.h>

#include <cctype>
#include <vector>

#include "support/ascii.hpp"

namespace sqlweave::ddl_detail {
namespace {

bool needs_letter_first(const std::string& name) {
  return !name.empty() &&
         (name.front() == '_' || std::isdigit(static_cast<unsigned char>(name.front())));
}

}  // namespace

std::string names_digest(std::span<const std::string> parts, std::size_t length) {
  MD5_CTX ctx;
  MD5Init(&ctx);
  for (const auto& p : parts)
    MD5Update(&ctx, reinterpret_cast<const std::uint8_t*>(p.data()), p.size());
  char hex[MD5_DIGEST_STRING_LENGTH];
  MD5End(&ctx, hex);
  return std::string(hex, length);
}

std::size_t max_name_length(dialect_id d) {
  switch (d) {
    case dialect_id::sqlite: return 200;  // no limit: Django's fallback
    case dialect_id::postgresql: return 63;
    case dialect_id::mysql: return 64;
    case dialect_id::oracle: return 30;
  }
  return 200;
}

std::string table_name(const model& m, dialect_id d) {
  const std::string_view db_table = m.db_table;
  const std::size_t limit = max_name_length(d);
  // Django shortens only the name it makes itself, `<app>_<model>`, not a Meta.db_table.
  const bool generated = db_table == fmt::format("{}_{}", m.app_label, ascii_lower(m.name));
  if (db_table.size() <= limit || d == dialect_id::sqlite || !generated)
    return std::string(db_table);
  const std::string whole(db_table);
  return whole.substr(0, limit - 4) + names_digest({&whole, 1}, 4);
}

std::string index_name(const model& m, std::span<const std::string> columns,
                       std::string_view suffix, dialect_id d) {
  const std::string table = table_name(m, d);
  std::vector<std::string> parts{table};
  parts.insert(parts.end(), columns.begin(), columns.end());
  std::string hash_suffix = names_digest(parts, 8) + std::string(suffix);
  const std::string joined = fmt::format("{}", fmt::join(columns, "_"));
  const std::size_t limit = max_name_length(d);
  std::string name = fmt::format("{}_{}_{}", table, joined, hash_suffix);
  if (name.size() <= limit) return name;
  if (hash_suffix.size() * 3 > limit) hash_suffix.resize(limit / 3);
  const std::size_t other = (limit - hash_suffix.size()) / 2 - 1;
  name = fmt::format("{}_{}_{}", std::string_view(table).substr(0, other),
                     std::string_view(joined).substr(0, other), hash_suffix);
  if (needs_letter_first(name)) name = "D" + name.substr(0, name.size() - 1);
  return name;
}

std::string meta_index_name(const model& m, std::span<const std::string> columns,
                            std::string_view suffix, dialect_id d) {
  const std::string table = table_name(m, d);
  std::vector<std::string> parts{table};
  parts.insert(parts.end(), columns.begin(), columns.end());
  parts.emplace_back(suffix);
  std::string_view first = columns.empty() ? std::string_view() : std::string_view(columns[0]);
  if (!first.empty() && first.front() == '-') first.remove_prefix(1);
  std::string name = fmt::format("{}_{}_{}_{}", std::string_view(table).substr(0, 11),
                                 first.substr(0, 7), names_digest(parts, 6), suffix);
  if (needs_letter_first(name)) name = "D" + name.substr(1);
  return name;
}

}  // namespace sqlweave::ddl_detail
