// SPDX-License-Identifier: MIT
// The hash combiner behind ast::node::shape and ast::shape_of().
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "sqlweave/ast.hpp"

namespace sqlweave::ast {

/// Order-sensitive 128-bit combination of words in two independent 64-bit lanes that share no
/// arithmetic: an FxHash step (rotate, xor, multiply) and a folded 64x64→128-bit multiply,
/// which is not linear, so words chosen to cancel in one lane do not cancel in the other.
/// statement_cache trusts the combination without comparing trees, and hashes a query on every
/// lookup.
class shape_hasher {
  __extension__ typedef unsigned __int128 wide;  // GCC and Clang; -Wpedantic asks for the mark

 public:
  void add(std::uint64_t word) {
    add_a(word);
    add_b(word);
  }
  /// A child's hash: each lane takes its own lane of it, so each is a whole hash of the tree.
  void add(const shape_key& k) {
    add_a(k.lo);
    add_b(k.hi);
  }
  /// The length first, so that no text is a prefix of another's words.
  void add(std::string_view s) {
    add(s.size());
    add_words(s);
  }
  /// The text's words without its length, for a caller that hashed the length already.
  void add_words(std::string_view s) {
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) add(load(s.data() + i, 8));
    if (i < s.size()) add(load(s.data() + i, s.size() - i));
  }
  /// Both lanes, each through a splitmix64 finaliser.
  shape_key value() const { return {mix(a_), mix(b_)}; }

  /// The `n` (1 to 8) bytes at `p` as a little-endian word, zero above: what a memcpy into a
  /// zeroed word gives, read with fixed-size loads (overlapping where n is not a power of two)
  /// so that the short names a query is made of cost no call to memcpy.
  static std::uint64_t load(const char* p, std::size_t n) {
    static_assert(std::endian::native == std::endian::little, "the overlapping loads assume it");
    if (n == 8) return fixed<std::uint64_t>(p);
    if (n >= 4)
      return fixed<std::uint32_t>(p) | std::uint64_t{fixed<std::uint32_t>(p + n - 4)}
                                           << 8 * (n - 4);
    const auto byte = [p](std::size_t k) {
      return std::uint64_t{static_cast<unsigned char>(p[k])} << 8 * k;
    };
    return byte(0) | byte(n / 2) | byte(n - 1);
  }

 private:
  template <class Word>
  static Word fixed(const char* p) {
    Word w;
    std::memcpy(&w, p, sizeof w);
    return w;
  }

  void add_a(std::uint64_t word) { a_ = (std::rotl(a_, 5) ^ word) * 0x517cc1b727220a95ULL; }
  void add_b(std::uint64_t word) {
    const wide p = static_cast<wide>(b_ ^ word) * 0x9e3779b97f4a7c15ULL;
    b_ = static_cast<std::uint64_t>(p) ^ static_cast<std::uint64_t>(p >> 64) ^ word;
  }

  static std::uint64_t mix(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

  std::uint64_t a_ = 0x243f6a8885a308d3ULL;
  std::uint64_t b_ = 0x13198a2e03707344ULL;
};

/// The shape of `n` from its own fields and its children's `shape` (make_node() stores it).
shape_key node_shape(const node& n);

/// Feeds what shape_of(q) hashes to `h`, so a key can put more beside it in one pass. Returns
/// the number of literal nodes under q's steps and its instance's (read from each argument's
/// node::literals on the way), so a walk for the literals need not count them first.
std::size_t add_shape(shape_hasher& h, const query& q);

}  // namespace sqlweave::ast
