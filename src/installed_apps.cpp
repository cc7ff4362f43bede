// SPDX-License-Identifier: MIT
#include "installed_apps.hpp"

#include <algorithm>
#include <optional>

#include "grammar/python.hpp"

namespace sqlweave {
namespace {

namespace fs = std::filesystem;
namespace py = grammar::python;

/// The strings of a list or tuple literal; nothing when an item is anything else (a name, a
/// concatenation), since then the order is not known.
std::optional<std::vector<std::string>> strings_of(const py::expr& e) {
  if (!e.is(py::expr::kind::list) && !e.is(py::expr::kind::tuple)) return std::nullopt;
  std::vector<std::string> out;
  for (const auto& item : e.items) {
    if (!item.is(py::expr::kind::literal) || item.val.kind() != value_kind::text)
      return std::nullopt;
    out.push_back(item.val.as_text());
  }
  return out;
}

std::optional<std::vector<std::string>> assigned_in(const std::string& text) {
  const grammar::parse_state state(text);
  for (const auto& b : py::blocks_of(state)) {
    if (!b.head.text.starts_with("INSTALLED_APPS")) continue;
    const py::statement st = py::parse_statement(state, b.head);
    if (st.what == py::statement::kind::assign && st.op.empty() && st.targets.size() == 1 &&
        st.targets.front().is(py::expr::kind::name) && st.targets.front().text == "INSTALLED_APPS")
      return strings_of(st.value);
  }
  return std::nullopt;
}

std::vector<fs::path> settings_modules(const fs::path& root) {
  std::vector<fs::path> dirs{root};
  std::error_code ec;
  std::vector<fs::path> packages;
  for (const auto& entry : fs::directory_iterator(root, ec))
    if (entry.is_directory(ec) && fs::is_regular_file(entry.path() / "__init__.py", ec))
      packages.push_back(entry.path());
  std::sort(packages.begin(), packages.end());
  dirs.insert(dirs.end(), packages.begin(), packages.end());
  std::vector<fs::path> out;
  for (const auto& dir : dirs)
    for (const fs::path& p : {dir / "settings.py", dir / "settings" / "__init__.py"})
      if (fs::is_regular_file(p, ec)) out.push_back(p);
  return out;
}

}  // namespace

std::vector<std::string> installed_apps(
    const std::vector<std::string>& settings, const std::vector<fs::path>& roots,
    const std::function<std::string(const fs::path&)>& read_text) {
  for (const auto& kv : settings) {
    if (!kv.starts_with("INSTALLED_APPS=")) continue;
    if (auto apps = assigned_in(kv)) return *apps;  // NAME=VALUE is itself the assignment
    return {};
  }
  for (const auto& root : roots)
    for (const auto& module : settings_modules(root)) {
      // A settings module that does not parse only leaves the order unknown: the schema is
      // read from the models, not from it.
      try {
        if (auto apps = assigned_in(read_text(module))) return *apps;
      } catch (const error&) {
      }
    }
  return {};
}

namespace {

std::size_t rank_of(const grammar::app_entry& app, const std::vector<std::string>& installed) {
  for (std::size_t i = 0; i < installed.size(); ++i)
    if (!app.package.empty() &&
        (installed[i] == app.package || installed[i].starts_with(app.package + ".apps.")))
      return i;
  return installed.size();
}

}  // namespace

void keep_installed(std::vector<grammar::app_entry>& apps,
                    const std::vector<std::string>& settings) {
  const bool given = std::any_of(settings.begin(), settings.end(), [](const std::string& kv) {
    return kv.starts_with("INSTALLED_APPS=");
  });
  if (!given) return;
  const std::vector<std::string> installed = installed_apps(settings, {}, {});
  if (installed.empty()) return;  // not a list of strings: only the order stays unknown
  std::erase_if(apps, [&](const grammar::app_entry& app) {
    return rank_of(app, installed) == installed.size();
  });
}

void order_apps(std::vector<grammar::app_entry>& apps, const std::vector<std::string>& installed) {
  const auto rank = [&](const grammar::app_entry& app) { return rank_of(app, installed); };
  std::stable_sort(apps.begin(), apps.end(),
                   [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
}

}  // namespace sqlweave
