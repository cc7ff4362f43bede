// SPDX-License-Identifier: MIT
#include "contrib/contrib.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>

#include "support/errors.hpp"

namespace sqlweave::contrib {
namespace {

// The apps, each with the label Django gives it and the apps its models import (listed
// before it); their AppConfigs all set AutoField.
struct app_info {
  std::string_view label;
  std::string_view needs[2];
};
constexpr app_info infos[] = {
    {"contenttypes", {}},
    {"auth", {"contenttypes"}},
    {"sessions", {}},
    {"sites", {}},
    {"admin", {"auth", "contenttypes"}},
    {"flatpages", {"sites"}},
    {"redirects", {"sites"}},
};

}  // namespace

const grammar::source_file* find(std::string_view dotted) {
  static const auto files = [] {
    std::map<std::string, std::unique_ptr<grammar::source_file>, std::less<>> out;
    for (const auto& m : modules()) {
      auto f = std::make_unique<grammar::source_file>();
      f->module = std::string(m.dotted);
      f->path = fmt::format("<built-in {}>", m.dotted);
      f->text = std::string(m.text);
      out.emplace(f->module, std::move(f));
    }
    return out;
  }();
  const auto it = files.find(dotted);
  return it == files.end() ? nullptr : it->second.get();
}

void add_apps(std::vector<grammar::app_entry>& apps, const models_options& options) {
  for (const auto& name : options.contrib)
    if (std::none_of(std::begin(infos), std::end(infos),
                     [&](const app_info& i) { return i.label == name; }))
      fail(error_code::bad_argument,
           fmt::format("--contrib {}: no such django.contrib app (auth, contenttypes, sessions, "
                       "sites, admin, flatpages, redirects)",
                       name));
  const std::size_t own = apps.size();
  // Apps a tree's app of the same label may replace, each with that label: its own, or the one
  // that shadows an app it needs.
  std::map<std::string_view, std::string_view> shadowed;
  for (const auto& info : infos) {
    const auto& label = info.label;
    const bool named =
        std::find(options.contrib.begin(), options.contrib.end(), label) != options.contrib.end();
    const auto trees_end = apps.begin() + static_cast<std::ptrdiff_t>(own);
    const bool taken =
        std::any_of(apps.begin(), trees_end, [&](const auto& a) { return a.label == label; });
    std::string_view by = taken ? label : std::string_view{};
    for (std::string_view need : info.needs)
      if (auto it = shadowed.find(need); by.empty() && it != shadowed.end()) by = it->second;
    grammar::app_entry app;
    if (!by.empty()) {
      if (named)
        fail(
            error_code::bad_schema,
            fmt::format("--contrib {}: an app of the trees already has the label '{}'", label, by));
      shadowed.emplace(label, by);
      app.shadowed_by = std::string(by);
    }
    app.label = std::string(label);
    app.package = fmt::format("django.contrib.{}", label);
    app.models_module = app.package + ".models";
    app.default_auto_field = "django.db.models.AutoField";
    app.built_in = true;
    app.installed = named;
    apps.push_back(std::move(app));
  }
}

}  // namespace sqlweave::contrib
