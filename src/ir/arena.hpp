// SPDX-License-Identifier: MIT
// The per-compile arena: IR nodes, lists and derived text live in one monotonic buffer and go
// away together. Values the resolver derives (year bounds, coerced literals) hold strings, so
// they are kept apart and destroyed properly.
#pragma once

#include <algorithm>
#include <deque>
#include <memory_resource>
#include <new>
#include <span>
#include <string_view>
#include <utility>

#include "ir/ir.hpp"

namespace sqlweave::ir {

class arena {
 public:
  explicit arena(std::pmr::memory_resource* r) : r_(r), values_(r) {}
  arena(const arena&) = delete;
  arena& operator=(const arena&) = delete;

  std::pmr::memory_resource* resource() const { return r_; }

  /// A new object in the arena; it must be trivially destructible or never need destroying.
  template <class T, class... Args>
  T* make(Args&&... args) {
    return new (r_->allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
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
    T* out = static_cast<T*>(r_->allocate(sizeof(T) * items.size(), alignof(T)));
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
    char* out = static_cast<char*>(r_->allocate(s.size(), 1));
    std::copy(s.begin(), s.end(), out);
    return {out, s.size()};
  }

  /// A value that must outlive the resolver, with a stable address.
  const value* keep(value v) { return &values_.emplace_back(std::move(v)); }

 private:
  std::pmr::memory_resource* r_;
  std::pmr::deque<value> values_;
};

}  // namespace sqlweave::ir
