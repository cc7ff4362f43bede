// SPDX-License-Identifier: MIT
// The hash combiner behind ast::node::shape and ast::shape_of().
#pragma once

#include <bit>
#include <cstdint>

namespace sqlweave::ast {

struct node;

/// Order-sensitive 64-bit combination of words: one rotate, xor and multiply per word (as
/// FxHash), mixed once at the end, since statement_cache hashes a query on every lookup and
/// confirms every hit by comparing the trees, so speed matters more than strength.
class shape_hasher {
 public:
  void add(std::uint64_t word) { h_ = (std::rotl(h_, 5) ^ word) * 0x517cc1b727220a95ULL; }
  /// The combination, through a splitmix64 finaliser.
  std::uint64_t value() const {
    std::uint64_t z = h_;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

 private:
  std::uint64_t h_ = 0x243f6a8885a308d3ULL;
};

/// The shape of `n` from its own fields and its children's `shape` (make_node() stores it).
std::uint64_t node_shape(const node& n);

}  // namespace sqlweave::ast
