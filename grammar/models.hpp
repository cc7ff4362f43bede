// SPDX-License-Identifier: MIT
// From executed Python to sqlweave models: which classes are models, their fields with Django's
// defaults, Meta with Django's inheritance rules, abstract bases in MRO order, multi-table
// parents, proxies and default managers.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/py_eval.hpp"
#include "sqlweave/schema.hpp"

namespace sqlweave::grammar {

/// An installed app: its label and the package its models module lives in.
struct app_entry {
  std::string label;
  std::string package;               // "shop"; empty for a lone models.py, which holds every class
  std::string models_module;         // "shop.models"
  std::string default_auto_field{};  // its AppConfig's, else settings.DEFAULT_AUTO_FIELD
  /// A django.contrib app sqlweave holds: its models join the schema when `installed` or when
  /// a model that does relates to them.
  bool built_in = false;
  bool installed = false;
  /// A built-in app whose label (or that of an app it needs) a tree's app also has: it is left
  /// out when that app declares a model, and used as usual when it declares none.
  std::string shadowed_by{};
};

/// Runs each app's models module (following its imports through `find_module`) and adds the
/// models they declare to `out`, unfinalized. Throws file_error.
void read_apps(const std::vector<app_entry>& apps,
               const std::function<const source_file*(std::string_view)>& find_module,
               const models_options& options, schema& out, std::vector<std::string>& warnings);

}  // namespace sqlweave::grammar
