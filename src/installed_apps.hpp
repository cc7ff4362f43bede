// SPDX-License-Identifier: MIT
// The order of settings.INSTALLED_APPS, in which Django imports the apps' models: where
// modules import each other in a cycle, which name is defined yet depends on who came first.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "grammar/models.hpp"

namespace sqlweave {

/// The entries of INSTALLED_APPS from `--setting INSTALLED_APPS=[...]`, else from the first
/// settings module of the trees (settings.py or settings/__init__.py at a root or one package
/// below it) that assigns it a list or tuple of strings; empty when neither says.
std::vector<std::string> installed_apps(
    const std::vector<std::string>& settings, const std::vector<std::filesystem::path>& roots,
    const std::function<std::string(const std::filesystem::path&)>& read_text);

/// With `--setting INSTALLED_APPS=[...]`, leaves out the apps of the trees it does not name, as
/// Django installs only those (a tree's test apps, a second custom user model).
void keep_installed(std::vector<grammar::app_entry>& apps,
                    const std::vector<std::string>& settings);

/// Moves the apps `installed` names (as a package or its `package.apps.Config`) to the front in
/// that order; the others follow in the order they were found.
void order_apps(std::vector<grammar::app_entry>& apps, const std::vector<std::string>& installed);

}  // namespace sqlweave
