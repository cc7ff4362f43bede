// SPDX-License-Identifier: MIT
// `--schema PATH`: finding the apps of project trees and the files of their modules. A
// directory is an entry of Python's path; every package under it with a models.py or a models/
// package is an app, labelled by its apps.py AppConfig's `label` or its last module component.
// A lone models.py is the one app of its folder, whose siblings it may import.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include "contrib/contrib.hpp"
#include "grammar/models.hpp"
#include "grammar/python.hpp"
#include "installed_apps.hpp"
#include "sqlweave/schema.hpp"
#include "sqlweave/schema_json.hpp"
#include "support/errors.hpp"

namespace sqlweave {
namespace {

namespace fs = std::filesystem;
using grammar::source_file;

/// Largest file read: the whole of a models.py is held and cut into lines.
constexpr std::uintmax_t max_file_size = 64u << 20;

std::string read_text(const fs::path& p) {
  std::error_code ec;
  const auto size = fs::file_size(p, ec);
  if (ec)
    fail(error_code::bad_schema, fmt::format("cannot read '{}': {}", p.string(), ec.message()));
  if (size > max_file_size)
    fail(error_code::limit_exceeded,
         fmt::format("'{}' is larger than {} MB", p.string(), max_file_size >> 20));
  std::ifstream in(p, std::ios::binary);
  if (!in) fail(error_code::bad_schema, fmt::format("cannot read '{}'", p.string()));
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Rethrows `e`, keeping the warnings given before it in a source_error, which renders alike when
// `e` has no place in a file.
[[noreturn]] void keep_warnings(const error& e, std::vector<std::string> warnings) {
  if (warnings.empty() || !e.span().empty()) throw;
  throw source_error(e, {}, {}, std::move(warnings));
}

bool skipped_directory(const fs::path& dir) {
  const std::string name = dir.filename().string();
  if (name.empty() || name.starts_with(".") || name == "__pycache__" || name == "node_modules" ||
      name == "migrations")
    return true;
  std::error_code ec;
  return fs::exists(dir / "pyvenv.cfg", ec);  // a virtualenv is not the project's source
}

bool is_identifier(const std::string& s) {
  if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  });
}

class module_files {
 public:
  void add_root(fs::path root) { roots_.push_back(std::move(root)); }
  /// A package read from a folder of any name (a lone models.py's).
  void add_package(std::string name, fs::path dir) {
    packages_.emplace(std::move(name), std::move(dir));
  }

  /// The file of `dotted` under the first root that has it: a/b.py or a/b/__init__.py.
  const source_file* find(std::string_view dotted) {
    if (auto it = cache_.find(std::string(dotted)); it != cache_.end()) return it->second.get();
    std::unique_ptr<source_file> found;
    fs::path rel;
    std::string_view rest = dotted;
    while (true) {
      const auto dot = rest.find('.');
      const std::string part(rest.substr(0, dot));
      if (!is_identifier(part)) return remember(dotted, nullptr);
      rel /= part;
      if (dot == std::string_view::npos) break;
      rest.remove_prefix(dot + 1);
    }
    std::vector<fs::path> bases = roots_;
    if (auto it = packages_.find(rel.begin()->string()); it != packages_.end()) {
      fs::path inner;
      for (auto part = std::next(rel.begin()); part != rel.end(); ++part) inner /= *part;
      bases = {it->second};
      rel = inner;
    }
    for (const auto& root : bases) {
      std::error_code ec;
      const fs::path module = rel.empty() ? root : root / rel;
      fs::path file = module;
      file += ".py";
      bool package = false;
      if (!fs::is_regular_file(file, ec)) {
        file = module / "__init__.py";
        package = true;
        if (!fs::is_regular_file(file, ec)) continue;
      }
      found = std::make_unique<source_file>();
      found->module = std::string(dotted);
      found->path = file.lexically_normal().string();
      found->text = read_text(file);
      found->package = package;
      break;
    }
    return remember(dotted, std::move(found));
  }

 private:
  const source_file* remember(std::string_view dotted, std::unique_ptr<source_file> f) {
    auto& slot = cache_[std::string(dotted)];
    slot = std::move(f);
    return slot.get();
  }

  std::vector<fs::path> roots_;
  std::map<std::string, fs::path> packages_;
  std::map<std::string, std::unique_ptr<source_file>> cache_;
};

// `label`, `name` and `default_auto_field` of the AppConfig in an apps.py.
struct app_config {
  std::string label;
  std::string default_auto_field;
};

app_config read_app_config(module_files& files, const std::string& package) {
  app_config out;
  const source_file* apps = files.find(package + ".apps");
  if (!apps || apps->package) return out;
  try {
    const grammar::parse_state state(apps->text);
    for (const auto& b : grammar::python::blocks_of(state)) {
      const auto st = grammar::python::parse_statement(state, b.head);
      if (st.what != grammar::python::statement::kind::class_def) continue;
      app_config found;
      std::string name;
      for (const auto& line : b.body) {
        const auto a = grammar::python::parse_statement(state, line.head);
        if (a.what != grammar::python::statement::kind::assign || a.targets.size() != 1 ||
            !a.targets.front().is(grammar::python::expr::kind::name) ||
            !a.value.is(grammar::python::expr::kind::literal) ||
            a.value.val.kind() != value_kind::text)
          continue;
        const std::string_view key = a.targets.front().text;
        if (key == "label") found.label = a.value.val.as_text();
        if (key == "name") name = a.value.val.as_text();
        if (key == "default_auto_field") found.default_auto_field = a.value.val.as_text();
      }
      // The AppConfig of this package (its name is the package, or ends with it).
      if (name == package || (name.ends_with("." + package)) || name.empty()) return found;
    }
  } catch (const error& e) {
    throw source_error(e, apps->path, apps->text);
  }
  return out;
}

void find_apps(const fs::path& root, const fs::path& dir, std::vector<std::string>& out) {
  std::vector<fs::path> children;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_directory(ec) && !skipped_directory(entry.path()))
      children.push_back(entry.path());
  std::sort(children.begin(), children.end());
  // An app's models/ package is its models module, not an app of its own, even when a file
  // in it is called models.py.
  if (dir != root && dir.filename() == "models" && fs::is_regular_file(dir / "__init__.py", ec))
    return;
  if (dir != root) {
    const bool models = fs::is_regular_file(dir / "models.py", ec) ||
                        fs::is_regular_file(dir / "models" / "__init__.py", ec);
    if (models) {
      std::string dotted;
      for (const auto& part : fs::relative(dir, root, ec)) {
        if (!is_identifier(part.string())) return;
        dotted += (dotted.empty() ? "" : ".") + part.string();
      }
      out.push_back(dotted);
    }
  }
  for (const auto& c : children)
    if (is_identifier(c.filename().string())) find_apps(root, c, out);
}

}  // namespace

schema schema::load(const std::vector<std::string>& paths, const models_options& options) {
  if (paths.empty() && options.contrib.empty())
    fail(error_code::bad_argument, "no --schema or --contrib given");
  for (const auto& p : paths)
    if (fs::path(p).extension() == ".json") {
      if (paths.size() != 1)
        fail(error_code::bad_argument,
             fmt::format("--schema {}: a schema JSON is a whole schema, given alone", p));
      if (!options.settings.empty() || !options.field_types.empty() || !options.contrib.empty())
        fail(error_code::bad_argument,
             fmt::format("--schema {}: --setting, --field-type and --contrib apply to models.py "
                         "files, not to a schema JSON",
                         p));
      schema s = schema_from_json(read_text(p), p);
      s.prefer_app(options.app);
      return s;
    }
  module_files files;
  std::vector<grammar::app_entry> apps;
  std::vector<fs::path> roots;
  for (const auto& p : paths) {
    const fs::path path(p);
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      // A package (an app, or a reusable package of apps) is imported by its name from the
      // folder above it, as Python would; only its own apps are loaded.
      const fs::path absolute = fs::absolute(path, ec).lexically_normal();
      const bool package = fs::is_regular_file(path / "__init__.py", ec) &&
                           is_identifier(absolute.filename().string()) &&
                           absolute.has_parent_path();
      const fs::path root = package ? absolute.parent_path() : path;
      files.add_root(root);
      roots.push_back(root);
      std::vector<std::string> packages;
      find_apps(root, package ? absolute : path, packages);
      for (const auto& package : packages) {
        const app_config config = read_app_config(files, package);
        std::string label =
            config.label.empty() ? package.substr(package.rfind('.') + 1) : config.label;
        apps.push_back({std::move(label), package, package + ".models", config.default_auto_field});
      }
      continue;
    }
    if (!fs::is_regular_file(path, ec))
      fail(error_code::bad_schema, fmt::format("--schema {}: no such file or directory", p));
    if (path.extension() != ".py")
      fail(error_code::bad_schema,
           fmt::format("--schema {}: expected a models.py, a schema .json or a directory of apps",
                       p));
    // A lone file: its folder is the package, the folder above it the root.
    const fs::path absolute = fs::absolute(path, ec).lexically_normal();
    const fs::path folder = absolute.parent_path();
    std::string package = folder.filename().string();
    if (!is_identifier(package)) package = "app";
    files.add_package(package, folder);
    const std::string module = package + "." + path.stem().string();
    const std::string label = !options.app.empty() ? options.app : package;
    apps.push_back({label, package, module, {}});
  }
  // Trees may only hold bases for another tree's apps, but some tree must have an app.
  if (apps.empty() && options.contrib.empty())
    fail(error_code::bad_schema,
         fmt::format("--schema {}: no app found (no package with a models.py or a models/ "
                     "package)",
                     fmt::join(paths, ", --schema ")));
  keep_installed(apps, options.settings);
  if (apps.empty() && options.contrib.empty())
    fail(error_code::bad_schema,
         fmt::format("--schema {}: no app of the trees is in --setting INSTALLED_APPS",
                     fmt::join(paths, ", --schema ")));
  order_apps(apps, installed_apps(options.settings, roots, read_text));
  contrib::add_apps(apps, options);
  schema s;
  std::vector<std::string> warnings;
  try {
    grammar::read_apps(
        apps,
        [&](std::string_view dotted) {
          const source_file* f = files.find(dotted);
          return f ? f : contrib::find(dotted);
        },
        options, s, warnings);
  } catch (const grammar::file_error& e) {
    throw source_error(e.err, e.file->path, e.file->text, std::move(warnings));
  } catch (const error& e) {
    keep_warnings(e, warnings);
  }
  for (const auto& w : warnings) s.add_warning(w);
  s.prefer_app(options.app);
  try {
    s.finalize();
  } catch (const error& e) {
    keep_warnings(e, warnings);
  }
  return s;
}

}  // namespace sqlweave
