// SPDX-License-Identifier: MIT
#include "support/tree.hpp"

#include <chrono>
#include <fstream>

#include "sqlweave/schema.hpp"

namespace sqlweave::testing {

namespace fs = std::filesystem;

tree::tree(const std::vector<std::pair<std::string, std::string>>& files) {
  root = fs::temp_directory_path() /
         ("sqlweave-tree-" +
          std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
  for (const auto& [path, text] : files) {
    fs::create_directories((root / path).parent_path());
    std::ofstream(root / path) << text;
  }
}

tree::~tree() {
  fs::remove_all(root);
}

std::string load_error(const tree& t, const models_options& o) {
  try {
    schema::load({t.root.string()}, o);
  } catch (const source_error& e) {
    std::string out = e.render();
    const std::string prefix = t.root.string() + "/";
    for (auto at = out.find(prefix); at != std::string::npos; at = out.find(prefix))
      out.erase(at, prefix.size());
    return out;
  } catch (const error& e) {
    return std::string("error[") + std::string(to_string(e.code())) + "]: " + e.what();
  }
  return "no error";
}

}  // namespace sqlweave::testing
