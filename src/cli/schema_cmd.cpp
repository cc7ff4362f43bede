// SPDX-License-Identifier: MIT
// `sqlweave schema [--json]`: the loaded schema, as the sqlweave-schema/1 JSON or as text read
// from that JSON, so both forms always say the same.
#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/common.hpp"
#include "sqlweave/schema_json.hpp"

namespace sqlweave::cli {
namespace {

using json = nlohmann::ordered_json;

std::string scalar_text(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  return v.dump();
}

// `key=value` for each entry but those named in `skip`.
std::string options_text(const json& object, std::initializer_list<std::string_view> skip) {
  std::string out;
  for (const auto& [key, v] : object.items()) {
    if (std::find(skip.begin(), skip.end(), key) != skip.end()) continue;
    out += fmt::format(" {}={}", key, scalar_text(v));
  }
  return out;
}

void print_model(std::ostream& out, const json& m) {
  const std::string label = m["app"].get<std::string>().empty()
                                ? m["name"].get<std::string>()
                                : m["app"].get<std::string>() + "." + m["name"].get<std::string>();
  out << label;
  if (m.contains("table")) out << "  table " << m["table"].get<std::string>();
  if (m.contains("proxy_for")) out << "  proxy of " << m["proxy_for"].get<std::string>();
  out << '\n';
  if (m.contains("fields"))
    for (const auto& f : m["fields"]) {
      out << fmt::format("  {} {}{}", f["name"].get<std::string>(), f["class"].get<std::string>(),
                         options_text(f, {"name", "class", "to", "column", "types"}));
      if (f.contains("to")) out << " -> " << f["to"].get<std::string>();
      if (f.contains("column")) {
        out << "\n    column " << f["column"].get<std::string>() << ':';
        for (const auto& [dialect, type] : f["types"].items())
          out << fmt::format(" {} {};", dialect, type.get<std::string>());
      }
      out << '\n';
    }
  for (const auto& [key, v] : m.items()) {
    if (key == "app" || key == "name" || key == "table" || key == "proxy_for" || key == "fields")
      continue;
    if (key == "generic_relations") {
      for (const auto& g : v)
        out << fmt::format("  {} GenericRelation{} -> {}\n", g["name"].get<std::string>(),
                           options_text(g, {"name", "to"}), g["to"].get<std::string>());
      continue;
    }
    if (key == "indexes" || key == "constraints") {
      for (const auto& x : v)
        out << fmt::format("  {}{}\n", key == "indexes" ? "index" : "constraint",
                           options_text(x, {}));
      continue;
    }
    out << fmt::format("  {} {}\n", key, scalar_text(v));
  }
}

}  // namespace

command add_schema_command(CLI::App& app) {
  struct options {
    schema_args schema;
    bool json = false;
  };
  auto o = std::make_shared<options>();
  auto* cmd = app.add_subcommand(
      "schema",
      "print the loaded schema: models, tables, fields, column types per dialect, "
      "indexes and constraints");
  add_schema_options(*cmd, o->schema);
  cmd->add_flag("--json", o->json,
                "the sqlweave-schema/1 JSON (docs/schema-json.md), which --schema FILE.json loads");
  return [cmd, o] {
    if (!cmd->parsed()) return -1;
    const schema s = load_schema(o->schema);
    const std::string text = to_json(s);
    if (o->json) {
      std::cout << text;
      return 0;
    }
    const json document = json::parse(text);
    for (const auto& m : document["models"]) print_model(std::cout, m);
    return 0;
  };
}

}  // namespace sqlweave::cli
