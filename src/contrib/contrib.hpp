// SPDX-License-Identifier: MIT
// django.contrib's apps built in: their models.py sources (sources.cpp), served to the reader as
// modules of the trees, and their app entries, whose models join a schema when it names the
// app (--contrib) or relates to one of its models.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "grammar/models.hpp"
#include "grammar/py_eval.hpp"
#include "sqlweave/schema.hpp"

namespace sqlweave::contrib {

/// One module of a contrib app: `django.contrib.auth.models` and its source.
struct module_source {
  std::string_view dotted;
  std::string_view text;
};

/// Every built-in module (sources.cpp).
std::span<const module_source> modules();

/// The built-in module `dotted` as a file of the trees, or null.
const grammar::source_file* find(std::string_view dotted);

/// Appends the contrib apps to `apps`, marked built_in, except those whose label an app of the
/// trees already has (then --contrib naming it is an error). Throws error(bad_argument) for a
/// --contrib name that is no built-in app.
void add_apps(std::vector<grammar::app_entry>& apps, const models_options& options);

}  // namespace sqlweave::contrib
