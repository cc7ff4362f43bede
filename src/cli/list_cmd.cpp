// SPDX-License-Identifier: MIT
// `sqlweave list lookups|transforms|functions|methods`: the reference, made from the catalogs
// (and from the dialect traits for what a database lacks), as text or as the README's tables.
#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "catalog/catalog.hpp"
#include "cli/common.hpp"
#include "render/dialect.hpp"

namespace sqlweave::cli {
namespace {

struct row {
  std::string name;
  std::string summary;
  std::string missing;  // dialects that lack it
};

std::string missing_where(bool (*supported)(const render::dialect_traits&, const void*),
                          const void* what) {
  std::string out;
  for (auto d : all_dialects) {
    const auto& t = render::traits_of(d);
    if (supported(t, what)) continue;
    if (!out.empty()) out += ", ";
    out += t.name;
  }
  return out;
}

bool function_supported(const render::dialect_traits& t, const void* what) {
  const auto& f = *static_cast<const catalog::function_entry*>(what);
  if (f.kind == catalog::function_kind::scalar)
    return t.functions[static_cast<std::size_t>(f.scalar)].supported();
  if (f.kind == catalog::function_kind::extract && f.part)
    return t.extracts[static_cast<std::size_t>(*f.part)].supported();
  return true;
}

bool transform_supported(const render::dialect_traits& t, const void* what) {
  const auto& e = *static_cast<const catalog::transform_entry*>(what);
  return !e.part || t.extracts[static_cast<std::size_t>(*e.part)].supported();
}

// A Markdown table cell: `|` would end it.
std::string cell(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

std::vector<row> rows_of(const std::string& kind) {
  std::vector<row> out;
  if (kind == "lookups")
    for (const auto& l : catalog::lookups())
      out.push_back({std::string(l.name), std::string(l.summary), {}});
  if (kind == "transforms")
    for (const auto& t : catalog::transforms())
      out.push_back(
          {std::string(t.name), std::string(t.summary), missing_where(transform_supported, &t)});
  if (kind == "functions")
    for (const auto& f : catalog::functions())
      out.push_back(
          {std::string(f.name), std::string(f.summary), missing_where(function_supported, &f)});
  if (kind == "methods")
    for (const auto& m : catalog::methods())
      out.push_back(
          {m.step == ast::step_kind::slice ? std::string("[a:b], [i]") : std::string(m.name),
           std::string(m.summary),
           {}});
  return out;
}

}  // namespace

command add_list_command(CLI::App& app) {
  struct options {
    std::string kind;
    bool markdown = false;
  };
  auto o = std::make_shared<options>();
  auto* cmd = app.add_subcommand("list", "list the lookups, transforms, functions or methods");
  cmd->add_option("KIND", o->kind, "lookups, transforms, functions or methods")
      ->required()
      ->check(CLI::IsMember({"lookups", "transforms", "functions", "methods"}));
  cmd->add_flag("--markdown", o->markdown, "print a Markdown table (the README's)");
  return [cmd, o] {
    if (!cmd->parsed()) return -1;
    const auto rows = rows_of(o->kind);
    bool any_missing = false;
    std::size_t width = 0;
    for (const auto& r : rows) {
      any_missing = any_missing || !r.missing.empty();
      width = std::max(width, r.name.size());
    }
    if (o->markdown) {
      std::cout << (any_missing ? "| name | what | not on |\n|---|---|---|\n"
                                : "| name | what |\n|---|---|\n");
      for (const auto& r : rows) {
        std::cout << fmt::format("| `{}` | {} |", cell(r.name), cell(r.summary));
        if (any_missing) std::cout << ' ' << r.missing << " |";
        std::cout << '\n';
      }
      return 0;
    }
    for (const auto& r : rows) {
      std::cout << fmt::format("{:<{}}  {}", r.name, width, r.summary);
      if (!r.missing.empty()) std::cout << " (not on " << r.missing << ')';
      std::cout << '\n';
    }
    return 0;
  };
}

}  // namespace sqlweave::cli
