// SPDX-License-Identifier: MIT
// compile(): resolve into the arena, render with the dialect's traits, describe the result.
#include "sqlweave/compile.hpp"

#include <fmt/format.h>

#include <array>

#include "render/dialect.hpp"
#include "render/writer.hpp"
#include "resolve/resolver.hpp"

namespace sqlweave {
namespace render {
extern const dialect_traits sqlite_traits;
extern const dialect_traits postgres_traits;
extern const dialect_traits mysql_traits;
extern const dialect_traits oracle_traits;

const dialect_traits& traits_of(dialect_id d) {
  switch (d) {
    case dialect_id::sqlite: return sqlite_traits;
    case dialect_id::postgresql: return postgres_traits;
    case dialect_id::mysql: return mysql_traits;
    case dialect_id::oracle: return oracle_traits;
  }
  return sqlite_traits;
}
}  // namespace render

namespace {
constexpr std::array<std::string_view, 6> style_names{"qmark",  "numeric",  "named",
                                                      "format", "pyformat", "dollar"};
}  // namespace

std::string_view to_string(dialect_id d) {
  return render::traits_of(d).name;
}
std::string_view to_string(paramstyle p) {
  return style_names[static_cast<std::size_t>(p)];
}

std::optional<dialect_id> dialect_from_name(std::string_view name) {
  if (name == "sqlite") return dialect_id::sqlite;
  if (name == "postgresql") return dialect_id::postgresql;
  if (name == "mysql" || name == "mariadb") return dialect_id::mysql;
  if (name == "oracle") return dialect_id::oracle;
  return std::nullopt;
}

std::optional<paramstyle> paramstyle_from_name(std::string_view name) {
  for (std::size_t i = 0; i < style_names.size(); ++i)
    if (style_names[i] == name) return static_cast<paramstyle>(i);
  return std::nullopt;
}

paramstyle default_paramstyle(dialect_id d) {
  switch (d) {
    case dialect_id::postgresql: return paramstyle::dollar;
    case dialect_id::oracle: return paramstyle::numeric;
    default: return paramstyle::qmark;
  }
}

std::size_t max_parameters(dialect_id d) {
  return d == dialect_id::sqlite ? 32766 : 65535;
}

std::string placeholder_name(std::size_t i) {
  return fmt::format("p{}", i + 1);
}

std::string apply_transform(param_transform t, std::string_view text) {
  std::string out;
  out.reserve(text.size() + 4);
  const bool glob = t >= param_transform::glob_contains;
  const bool leading = t == param_transform::like_contains || t == param_transform::like_endswith ||
                       t == param_transform::glob_contains || t == param_transform::glob_endswith;
  const bool trailing =
      t == param_transform::like_contains || t == param_transform::like_startswith ||
      t == param_transform::glob_contains || t == param_transform::glob_startswith;
  if (t == param_transform::none) return std::string(text);
  if (leading) out.push_back(glob ? '*' : '%');
  for (char c : text) {
    if (glob && (c == '*' || c == '?' || c == '[')) {
      // GLOB has no escape character: a bracket class of one matches the character itself.
      out.push_back('[');
      out.push_back(c);
      out.push_back(']');
      continue;
    }
    if (!glob && (c == '\\' || c == '%' || c == '_')) out.push_back('\\');
    out.push_back(c);
  }
  if (trailing) out.push_back(glob ? '*' : '%');
  return out;
}

namespace {

void describe(const resolve::context&, const ir::select& s, statement& st) {
  st.columns.reserve(s.items.size() + 1);
  if (s.count_star || s.wrap_count) {
    st.columns.push_back({"__count", {}, {}});
    return;
  }
  if (s.exists_probe) {
    st.columns.push_back({"a", {}, {}});
    return;
  }
  for (const auto& item : s.items) {
    std::string label = !item.alias.empty()                   ? std::string(item.alias)
                        : item.expr->kind == ir::kind::column ? std::string(item.expr->column)
                                                              : std::string();
    st.columns.push_back({std::move(label), std::string(item.model), std::string(item.field)});
  }
}

}  // namespace

compiled_query compile(const schema& s, const ast::query& q, dialect_id d,
                       const compile_options& options) {
  // One arena per compile: the IR is built and rendered without touching the global heap
  // until it outgrows the buffer.
  std::array<std::byte, 16384> buffer;
  std::pmr::monotonic_buffer_resource arena(buffer.data(), buffer.size());
  resolve::context cx{s, d, &arena, {}, 0};
  const resolve::resolved r = resolve::resolve_query(cx, q);

  compiled_query out;
  out.dialect = d;
  out.style = options.style.value_or(default_paramstyle(d));
  out.returns_bool = r.returns_bool;
  out.single_row = r.single_row;
  const auto& traits = render::traits_of(d);
  auto check_size = [&](const statement& st) {
    if (st.params.size() > max_parameters(d))
      fail(error_code::limit_exceeded,
           fmt::format("the statement needs {} parameters; {} allows {}", st.params.size(),
                       to_string(d), max_parameters(d)));
  };
  if (!r.writes.empty()) {
    out.statements.reserve(r.writes.size());
    for (const ir::write* wr : r.writes) {
      statement& st = out.statements.emplace_back();
      st.role = statement_role::write;
      // A multi-row insert needs room for each row's placeholders and values.
      std::size_t values = 0;
      for (const auto* row : wr->rows) values += row->size();
      st.params.reserve(values + 8);
      st.sql.reserve(256 + 8 * values);
      render::writer w(traits, out.style, st);
      w.write(*wr);
      check_size(st);
      if (wr->what == ir::write::kind::insert && !wr->returning.empty() && !traits.returning)
        st.note =
            fmt::format("{} cannot return the generated keys of a multi-row insert", to_string(d));
    }
    return out;
  }
  out.statements.reserve(1);
  statement& st = out.statements.emplace_back();
  st.sql.reserve(512);
  st.params.reserve(16);
  render::writer w(traits, out.style, st);
  w.select(*r.select);
  check_size(st);
  describe(cx, *r.select, st);
  for (const auto& p : r.prefetches) {
    statement scratch;
    render::writer pw(traits, out.style, scratch);
    pw.select(*p.select);
    const auto at = scratch.sql.find(render::key_list_marker);
    prefetch_plan& plan = out.prefetches.emplace_back();
    plan.path = p.path;
    plan.source = p.source;
    plan.key_column = p.key_column;
    plan.match_column = p.match_column;
    plan.sql_head = scratch.sql.substr(0, at);
    plan.sql_tail = scratch.sql.substr(at + 1);
    plan.dialect = d;
    plan.style = out.style;
    describe(cx, *p.select, scratch);
    plan.columns = std::move(scratch.columns);
  }
  return out;
}

std::vector<statement> prefetch_plan::statements(const std::vector<value>& keys) const {
  // Oracle also caps an IN list at 1000 items.
  const std::size_t batch = dialect == dialect_id::oracle ? 1000 : max_parameters(dialect);
  std::vector<statement> out;
  for (std::size_t start = 0; start < keys.size(); start += batch) {
    statement& st = out.emplace_back();
    st.role = statement_role::prefetch;
    st.note = path;
    st.columns = columns;
    st.sql = sql_head;
    const std::size_t end = std::min(keys.size(), start + batch);
    for (std::size_t i = start; i < end; ++i) {
      if (i > start) st.sql += ", ";
      const std::size_t n = i - start + 1;
      switch (style) {
        case paramstyle::qmark: st.sql += '?'; break;
        case paramstyle::numeric: st.sql += fmt::format(":{}", n); break;
        case paramstyle::dollar: st.sql += fmt::format("${}", n); break;
        case paramstyle::format: st.sql += "%s"; break;
        case paramstyle::named: st.sql += fmt::format(":p{}", n); break;
        case paramstyle::pyformat: st.sql += fmt::format("%(p{})s", n); break;
      }
      st.params.push_back(keys[i]);
    }
    st.sql += sql_tail;
  }
  return out;
}

compiled_query compiled_query::bind(const std::map<std::string, value, std::less<>>& values) const {
  compiled_query out = *this;
  for (auto& st : out.statements) {
    for (const auto& slot : st.slots) {
      const auto it = values.find(slot.name);
      if (it == values.end())
        fail(error_code::unbound_parameter,
             fmt::format("no value for the parameter :{}", slot.name));
      if (slot.transform == param_transform::none)
        st.params[slot.index] = it->second;
      else
        st.params[slot.index] = value(apply_transform(
            slot.transform,
            it->second.kind() == value_kind::text ? it->second.as_text() : it->second.to_string()));
    }
  }
  return out;
}

}  // namespace sqlweave
