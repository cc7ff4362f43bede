// SPDX-License-Identifier: MIT
// Project trees written on the fly for loader tests, and the rendered error of loading one.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "sqlweave/schema.hpp"

namespace sqlweave::testing {

/// A tree in a fresh temporary directory, removed again: `tree t({{"app/models.py", "..."}});`
struct tree {
  explicit tree(const std::vector<std::pair<std::string, std::string>>& files);
  tree(const tree&) = delete;
  tree& operator=(const tree&) = delete;
  ~tree();
  std::filesystem::path root;
};

/// The error loading `t` raises, rendered with the tree's own paths relative; "no error" if none.
std::string load_error(const tree& t, const models_options& o = {});

}  // namespace sqlweave::testing
