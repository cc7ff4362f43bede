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
  std::vector<std::string_view> left_out;  // labels a tree's app has, and the apps needing them
  for (const auto& info : infos) {
    // Named, not a structured binding: clang 14 refuses a binding captured by a lambda.
    const auto& label = info.label;
    const auto& needs = info.needs;
    const bool named =
        std::find(options.contrib.begin(), options.contrib.end(), label) != options.contrib.end();
    const auto taken = std::find_if(apps.begin(), apps.begin() + static_cast<std::ptrdiff_t>(own),
                                    [&](const auto& a) { return a.label == label; });
    const bool lacking = std::any_of(std::begin(needs), std::end(needs), [&](std::string_view n) {
      return std::find(left_out.begin(), left_out.end(), n) != left_out.end();
    });
    if (taken != apps.begin() + static_cast<std::ptrdiff_t>(own) || lacking) {
      if (named)
        fail(error_code::bad_schema,
             fmt::format("--contrib {}: an app of the trees already has the label '{}'", label,
                         taken != apps.begin() + static_cast<std::ptrdiff_t>(own)
                             ? label
                             : std::string_view(needs[0])));
      left_out.push_back(label);
      continue;
    }
    grammar::app_entry app;
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
