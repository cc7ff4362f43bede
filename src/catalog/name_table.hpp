// SPDX-License-Identifier: MIT
// A catalog table's names indexed at compile time: open addressing on a hash of the name's
// length and first, middle and last bytes, so that finding a lookup, transform, function or
// method by name hashes no whole string and compares one name, not every row's.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sqlweave::catalog {

template <class Entry, std::size_t N>
class name_table {
 public:
  /// Indexes `entries` by their `name`; of rows sharing a name the first is found, as a
  /// search from the top finds it.
  explicit constexpr name_table(const std::array<Entry, N>& entries) : entries_(entries) {
    for (std::size_t e = 0; e < N; ++e) {
      std::size_t i = hash(entries[e].name) & mask;
      bool known = false;
      for (; slots_[i] != 0; i = (i + 1) & mask)
        known = known || entries[slots_[i] - 1].name == entries[e].name;
      if (!known) slots_[i] = static_cast<std::uint16_t>(e + 1);
    }
  }

  /// The row named `name`; null when there is none.
  constexpr const Entry* find(std::string_view name) const {
    for (std::size_t i = hash(name) & mask; slots_[i] != 0; i = (i + 1) & mask) {
      const Entry& e = entries_[slots_[i] - 1];
      if (e.name == name) return &e;
    }
    return nullptr;
  }

 private:
  static constexpr std::size_t slot_count = std::bit_ceil(2 * N);  // at most half full
  static constexpr std::size_t mask = slot_count - 1;
  static_assert(N < 0xffff, "slots hold a row's index + 1 in 16 bits");

  static constexpr std::size_t hash(std::string_view name) {
    if (name.empty()) return 0;
    const auto byte = [&](std::size_t i) {
      return static_cast<std::size_t>(static_cast<unsigned char>(name[i]));
    };
    const std::size_t h = name.size() ^ (byte(0) << 5) ^ (byte(name.size() / 2) << 10) ^
                          (byte(name.size() - 1) << 15);
    return h ^ (h >> 7) ^ (h >> 13);
  }

  const std::array<Entry, N>& entries_;
  std::array<std::uint16_t, slot_count> slots_{};  // a row's index + 1; 0: unused
};

}  // namespace sqlweave::catalog
