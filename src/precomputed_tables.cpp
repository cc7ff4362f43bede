// SPDX-License-Identifier: MIT
#include "precomputed_tables.hpp"

#include <utility>

#include "render/writer.hpp"

namespace sqlweave::detail {
namespace {

// Where a piece starts in the text being built and how long it is; npos: no ready text.
using piece = std::pair<std::size_t, std::size_t>;
constexpr piece no_piece{std::string::npos, 0};

// Appends to `text` what `write` writes, exactly as the renderer writes it with a writer, or
// nothing when it holds a % (which the `format` styles would double).
template <class Write>
piece add(std::string& text, const render::dialect_traits& t, Write&& write) {
  statement scratch;
  render::writer w(t, paramstyle::qmark, scratch);
  std::forward<Write>(write)(w);
  if (scratch.sql.find('%') != std::string::npos) return no_piece;
  const piece at{text.size(), scratch.sql.size()};
  text.append(scratch.sql);
  return at;
}

// `"table" ON ("parent"."parent_column" = "table"."column"`, as writer::from() writes a join
// whose tables have no alias.
piece add_join(std::string& text, const render::dialect_traits& t, std::string_view parent,
               std::string_view parent_column, std::string_view table, std::string_view column) {
  return add(text, t, [&](render::writer& w) {
    w.ident(table);
    w.sql(" ON (");
    w.ident(parent);
    w.sql('.');
    w.ident(parent_column);
    w.sql(" = ");
    w.ident(table);
    w.sql('.');
    w.ident(column);
  });
}

bool is_model(std::span<const model> models, int index) {
  return index >= 0 && static_cast<std::size_t>(index) < models.size();
}

}  // namespace

table_texts::table_texts(const render::dialect_traits& t, std::span<const model> models,
                         std::span<const relation> relations) {
  auto text = std::make_unique<std::string>();
  std::vector<piece> tables;
  tables.reserve(models.size());
  for (const model& m : models)
    tables.push_back(add(*text, t, [&](render::writer& w) { w.ident(m.db_table); }));
  std::vector<std::array<piece, 2>> joins;
  joins.reserve(relations.size());
  for (const relation& r : relations) {
    auto& hops = joins.emplace_back(std::array<piece, 2>{no_piece, no_piece});
    if (!is_model(models, r.from_model) || !is_model(models, r.to_model)) continue;
    const std::string_view from = models[static_cast<std::size_t>(r.from_model)].db_table;
    const std::string_view to = models[static_cast<std::size_t>(r.to_model)].db_table;
    if (r.how != relation::kind::m2m) {
      hops[0] = add_join(*text, t, from, r.from_column, to, r.to_column);
      continue;
    }
    hops[0] = add_join(*text, t, from, r.from_column, r.link_table, r.link_from_column);
    hops[1] = add_join(*text, t, r.link_table, r.link_to_column, to, r.to_column);
  }
  const std::string_view all = *text;
  auto view = [&](piece p) {
    return p.first == std::string::npos ? std::string_view() : all.substr(p.first, p.second);
  };
  tables_.reserve(tables.size());
  for (const piece& p : tables) tables_.push_back(view(p));
  joins_.reserve(joins.size());
  for (const auto& [first, second] : joins) joins_.push_back({view(first), view(second)});
  text_ = std::move(text);
}

}  // namespace sqlweave::detail
