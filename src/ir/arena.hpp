// SPDX-License-Identifier: MIT
// The per-compile arena: IR nodes, lists and derived text live in one bump region and go away
// together. Values the resolver derives (year bounds, coerced literals) hold strings, so they
// are kept apart and destroyed properly.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory_resource>
#include <new>
#include <span>
#include <string_view>
#include <utility>

#include "ir/ir.hpp"

namespace sqlweave::ir {

/// Also the memory_resource of the IR's pmr containers, so that both carve the same region;
/// the nodes take the inline path, without a virtual call per allocation.
class arena final : public std::pmr::memory_resource {
 public:
  /// Carves `initial` (usually on the caller's stack) first, then blocks from the heap.
  explicit arena(std::span<std::byte> initial)
      : next_(initial.data()), end_(initial.data() + initial.size()), values_(this) {}
  arena(const arena&) = delete;
  arena& operator=(const arena&) = delete;

  std::pmr::memory_resource* resource() { return this; }

  /// `bytes` aligned to `align` (a power of two).
  void* bump(std::size_t bytes, std::size_t align) {
    const auto at = (reinterpret_cast<std::uintptr_t>(next_) + align - 1) & ~(align - 1);
    if (at + bytes > reinterpret_cast<std::uintptr_t>(end_)) return grow(bytes, align);
    next_ = reinterpret_cast<std::byte*>(at + bytes);
    return reinterpret_cast<void*>(at);
  }

  /// A new object in the arena; it must be trivially destructible or never need destroying.
  template <class T, class... Args>
  T* make(Args&&... args) {
    return new (bump(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
  }

  /// A new expression of one form.
  template <class Form>
  expr* node(Form f, source_span span = {}) {
    // Built in place: a value-initialized expr would first zero the whole variant.
    return make<expr>(expr{
        .form = form(std::in_place_type<Form>, std::move(f)), .type = std::nullopt, .span = span});
  }

  /// A copy of `items` in the arena.
  template <class T>
  std::span<const T> copy(std::span<const T> items) {
    if (items.empty()) return {};
    T* out = static_cast<T*>(bump(sizeof(T) * items.size(), alignof(T)));
    std::uninitialized_copy(items.begin(), items.end(), out);
    return {out, items.size()};
  }
  template <class Range>
  auto list(const Range& items) {
    using T = std::remove_cv_t<std::remove_reference_t<decltype(*std::begin(items))>>;
    return copy(std::span<const T>(std::data(items), std::size(items)));
  }

  std::string_view text(std::string_view s) {
    if (s.empty()) return {};
    char* out = static_cast<char*>(bump(s.size(), 1));
    std::copy(s.begin(), s.end(), out);
    return {out, s.size()};
  }

  /// A value that must outlive the resolver, with a stable address.
  const value* keep(value v) { return &values_.emplace_back(std::move(v)); }

 private:
  /// A fresh heap block big enough for `bytes`, which the next allocations carve too; each
  /// twice the last, so a large query costs a logarithmic number of heap allocations.
  void* grow(std::size_t bytes, std::size_t align) {
    block_ *= 2;
    const std::size_t size = std::max(bytes + align, block_);
    next_ = static_cast<std::byte*>(blocks_.allocate(size, alignof(std::max_align_t)));
    end_ = next_ + size;
    return bump(bytes, align);
  }

  void* do_allocate(std::size_t bytes, std::size_t align) override { return bump(bytes, align); }
  void do_deallocate(void*, std::size_t, std::size_t) override {}
  bool do_is_equal(const std::pmr::memory_resource& o) const noexcept override {
    return this == &o;
  }

  // Declared first, so destroyed last: the values and their deque live in its blocks.
  std::pmr::monotonic_buffer_resource blocks_;
  std::byte* next_;
  std::byte* end_;
  std::size_t block_ = 8192;  // the size of the last heap block asked for
  std::pmr::deque<value> values_;
};

}  // namespace sqlweave::ir
