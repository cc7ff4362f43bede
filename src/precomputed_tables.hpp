// SPDX-License-Identifier: MIT
// Per dialect, each model's quoted table name and the join text of each hop a relation makes, as
// ready text the renderer appends whole while the tables it names have no alias.
#pragma once

#include <array>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sqlweave/schema.hpp"

namespace sqlweave::render {
struct dialect_traits;
}

namespace sqlweave::detail {

class table_texts {
 public:
  table_texts() = default;
  table_texts(const render::dialect_traits& t, std::span<const model> models,
              std::span<const relation> relations);

  /// Model `index`'s `"db_table"`; empty when the text holds a % (the `format` styles double it).
  std::string_view table(int index) const { return at(tables_, index); }
  /// What writer::from() writes for hop `hop` (0; 1: an M2M's join of its target) of relation
  /// `index` after the JOIN keyword, up to the ON clause's closing parenthesis:
  /// `"shop_order" ON ("shop_orderline"."order_id" = "shop_order"."id"`. Empty as table().
  std::string_view join(int index, int hop) const {
    const std::string_view* hops = index >= 0 && static_cast<std::size_t>(index) < joins_.size()
                                       ? joins_[static_cast<std::size_t>(index)].data()
                                       : nullptr;
    return hops && (hop == 0 || hop == 1) ? hops[hop] : std::string_view();
  }

 private:
  static std::string_view at(const std::vector<std::string_view>& v, int index) {
    return index >= 0 && static_cast<std::size_t>(index) < v.size()
               ? v[static_cast<std::size_t>(index)]
               : std::string_view();
  }

  // The views point into text_, which does not move once it is complete.
  std::unique_ptr<const std::string> text_;
  std::vector<std::string_view> tables_;
  std::vector<std::array<std::string_view, 2>> joins_;
};

}  // namespace sqlweave::detail
