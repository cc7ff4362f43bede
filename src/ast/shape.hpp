// SPDX-License-Identifier: MIT
// The hash combiner behind ast::node::shape and ast::shape_of().
#pragma once

#include <cstdint>

namespace sqlweave::ast {

struct node;

/// Order-sensitive 64-bit combination of words (a splitmix64 step per word).
class shape_hasher {
 public:
  void add(std::uint64_t word) {
    std::uint64_t z = h_ ^ (word + 0x9e3779b97f4a7c15ULL + (h_ << 6) + (h_ >> 2));
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    h_ = z ^ (z >> 31);
  }
  std::uint64_t value() const { return h_; }

 private:
  std::uint64_t h_ = 0x243f6a8885a308d3ULL;
};

/// The shape of `n` from its own fields and its children's `shape` (make_node() stores it).
std::uint64_t node_shape(const node& n);

}  // namespace sqlweave::ast
