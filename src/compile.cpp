// SPDX-License-Identifier: MIT
// compile(): resolve into the arena, render with the dialect's traits, describe the result.
#include "sqlweave/compile.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <span>
#include <vector>

#include "compile_trace.hpp"
#include "get_or_create.hpp"
#include "precomputed.hpp"
#include "related_manager.hpp"
#include "render/dialect.hpp"
#include "render/writer.hpp"
#include "resolve/query.hpp"
#include "support/errors.hpp"

namespace sqlweave {
namespace render {

const dialect_traits& traits_of(dialect_id d) {
  switch (d) {
    case dialect_id::sqlite: return sqlite_dialect();
    case dialect_id::postgresql: return postgres_dialect();
    case dialect_id::mysql: return mysql_dialect();
    case dialect_id::oracle: return oracle_dialect();
  }
  return sqlite_dialect();
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

std::string_view to_string(run_rule r) {
  switch (r) {
    case run_rule::always: return "always";
    case run_rule::if_none_found: return "if_none_found";
    case run_rule::if_insert_failed: return "if_insert_failed";
    case run_rule::if_found: return "if_found";
  }
  return "always";
}

std::optional<dialect_id> dialect_from_name(std::string_view name) {
  if (name == "mariadb") return dialect_id::mysql;
  for (auto d : all_dialects)
    if (render::traits_of(d).name == name) return d;
  return std::nullopt;
}

std::optional<paramstyle> paramstyle_from_name(std::string_view name) {
  for (std::size_t i = 0; i < style_names.size(); ++i)
    if (style_names[i] == name) return static_cast<paramstyle>(i);
  return std::nullopt;
}

paramstyle default_paramstyle(dialect_id d) {
  return render::traits_of(d).default_style;
}

std::size_t max_parameters(dialect_id d) {
  return render::traits_of(d).max_parameters;
}

std::string placeholder_name(std::size_t i) {
  return fmt::format("p{}", i + 1);
}

namespace {

/// The scale of a DecimalField column, so executors print `31.00` where SQLite stores 31.
int decimal_places_of(const model& m, std::string_view field_name) {
  if (field_name.empty()) return -1;
  for (const auto& f : m.fields)
    // The type first: it rules out nearly every field without comparing names.
    if (f.type == field_type::decimal_field && f.name == field_name) return f.decimal_places;
  return -1;
}

/// The schema's shared description when the select list is exactly a model's default columns
/// (add_model_columns() of its own table, nothing deferred or added), else null.
const result_columns* default_columns(const schema& sch, const ir::select& s) {
  const auto* ready = sch.precomputed();
  if (!ready || s.items.empty()) return nullptr;
  // The first column's table names its model by index, which saves the lookup by name.
  const auto& front = s.items.front();
  const auto* first = front.value->as<ir::column>();
  const int by_table = first ? first->table->model : -1;
  const int index = by_table >= 0 && sch.at(by_table).name.data() == front.model.data()
                        ? by_table
                        : sch.find_model(front.model);
  if (index < 0) return nullptr;
  const model& m = sch.at(index);
  if (s.items.size() != m.columns.size()) return nullptr;
  for (std::size_t i = 0; i < s.items.size(); ++i) {
    const auto& item = s.items[i];
    const field& f = m.fields[static_cast<std::size_t>(m.columns[i])];
    const auto* c = item.value->as<ir::column>();
    // The list views the schema's own strings, so a field is recognised by address; a column
    // name is compared by content only when it views another string.
    const bool same_column =
        c && ((c->name.data() == f.column.data() && c->name.size() == f.column.size()) ||
              c->name == f.column);
    if (!same_column || !item.alias.empty() || !item.label.empty() ||
        item.model.data() != m.name.data() || item.field.data() != f.name.data() ||
        item.value->type != f.type)
      return nullptr;
  }
  return &ready->default_columns[static_cast<std::size_t>(index)];
}

result_columns one_column(std::string_view label) {
  auto list = std::make_shared<result_column[]>(1);
  list[0] = {std::string(label), {}, {}, type_class::integer};
  return {std::move(list), 1};
}

void describe(const schema& sch, const ir::select& s, statement& st) {
  if (s.explain) return;  // the database's plan: its columns are the database's own
  switch (s.shape) {
    case ir::select_shape::count:
    case ir::select_shape::wrapped_count: st.columns = one_column("__count"); return;
    case ir::select_shape::exists_probe: st.columns = one_column("a"); return;
    case ir::select_shape::rows: break;
  }
  if (const auto* shared = default_columns(sch, s)) {
    st.columns = *shared;
    return;
  }
  // Viewed first, so that a list described before is shared instead of made again. A model's
  // columns come together, so its fields are looked up once per run of them.
  // A compound's hidden ORDER BY columns come last and are left out.
  const auto shown = static_cast<std::size_t>(
      std::find_if(s.items.begin(), s.items.end(), [](const auto& i) { return i.hidden; }) -
      s.items.begin());
  std::array<cache::column_view, 32> few;
  std::vector<cache::column_view> many(shown > few.size() ? shown : 0);
  const std::span<cache::column_view> views =
      many.empty() ? std::span(few).first(shown) : std::span(many);
  std::string_view model_name;
  const model* m = nullptr;
  for (std::size_t i = 0; i < shown; ++i) {
    const auto& item = s.items[i];
    if (item.model != model_name) {
      model_name = item.model;
      const int index = model_name.empty() ? -1 : sch.find_model(model_name);
      m = index < 0 ? nullptr : &sch.at(index);
    }
    const auto* c = item.value->as<ir::column>();
    const std::string_view label = !item.label.empty()   ? item.label
                                   : !item.alias.empty() ? item.alias
                                   : c                   ? c->name
                                                         : std::string_view();
    views[i] = {label, item.model, item.field, item.value->value_class(),
                m ? decimal_places_of(*m, item.field) : -1};
  }
  const auto* ready = sch.precomputed();
  st.columns = ready ? ready->computed->get(views) : cache::make_description(views);
}

void check_size(const render::dialect_traits& t, const statement& st) {
  if (st.params.size() > t.max_parameters)
    fail(error_code::limit_exceeded, fmt::format("the statement needs {} parameters; {} allows {}",
                                                 st.params.size(), t.name, t.max_parameters));
}

std::size_t row_values(const ir::write& w) {
  const auto* ins = std::get_if<ir::insert>(&w);
  if (!ins) return 0;
  std::size_t values = 0;
  for (const auto& row : ins->rows) values += row.size();
  return values;
}

}  // namespace

compiled_query compile(const schema& s, const ast::query& q, dialect_id d,
                       const compile_options& options) {
  return detail::compile_traced(s, q, d, options, nullptr);
}

compiled_query detail::compile_traced(const schema& s, const ast::query& q, dialect_id d,
                                      const compile_options& options, compile_trace* trace) {
  if (q.instance) return compile_related_manager(s, q, d, options, trace);
  if (is_get_or_create(q)) return compile_get_or_create(s, q, d, options, trace);
  // The origins of one statement's parameters, when traced.
  auto origins_of_next = [&]() -> std::vector<render::param_origin>* {
    return trace ? &trace->statements.emplace_back() : nullptr;
  };
  // One arena per compile: the IR is built and rendered without touching the global heap
  // until it outgrows the buffer.
  std::array<std::byte, 16384> buffer;
  ir::arena arena(buffer);
  const auto& traits = render::traits_of(d);
  resolve::context cx{s, traits, arena, options};
  const resolve::resolved r = resolve::resolve_query(cx, q);

  compiled_query out;
  out.dialect = d;
  out.style = options.style.value_or(traits.default_style);
  out.returns_bool = r.returns_bool;
  out.single_row = r.single_row;
  out.keyed_by = r.keyed_by;
  out.is_write = r.is_write;
  // A write plan; or no statement at all, where Django runs none (aggregate() of nothing).
  if (r.is_write || !r.select) {
    out.statements.reserve(r.writes.size());
    for (const ir::write& wr : r.writes) {
      statement& st = out.statements.emplace_back();
      st.role = statement_role::write;
      // A multi-row insert needs room for each row's placeholders and values.
      const std::size_t values = row_values(wr);
      st.params.reserve(values + 8);
      st.sql.reserve(256 + 8 * values);
      render::writer w(traits, out.style, st, origins_of_next());
      w.write(wr);
      check_size(traits, st);
      if (const auto* up = std::get_if<ir::update>(&wr)) st.counted = up->counted;
      const auto* ins = std::get_if<ir::insert>(&wr);
      if (ins && !ins->returning.empty() && !traits.returning)
        st.note =
            fmt::format("{} cannot return the generated keys of a multi-row insert", traits.name);
    }
    return out;
  }
  out.statements.reserve(1);
  statement& st = out.statements.emplace_back();
  // Sized from the select list, whose quoted columns are most of the text, so that a wide
  // model's SELECT does not grow the string halfway.
  st.sql.reserve(256 + 48 * r.select->items.size());
  st.params.reserve(16);
  render::writer w(traits, out.style, st, origins_of_next());
  w.select(*r.select);
  check_size(traits, st);
  describe(s, *r.select, st);
  if (r.select->explain) st.role = statement_role::plan;
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
    const auto split =
        scratch.params.begin() + static_cast<std::ptrdiff_t>(pw.params_before_keys());
    plan.head_params.assign(scratch.params.begin(), split);
    plan.tail_params.assign(split, scratch.params.end());
    if (!scratch.slots.empty())
      fail(error_code::unsupported,
           fmt::format("named parameters in the queryset of the prefetch '{}'", p.path));
    // A numbered placeholder after the keys would need the keys' count.
    const bool numbered = out.style == paramstyle::numeric || out.style == paramstyle::dollar ||
                          out.style == paramstyle::named || out.style == paramstyle::pyformat;
    if (numbered && !plan.tail_params.empty())
      fail(error_code::unsupported,
           fmt::format("the prefetch '{}' binds values after its key list (ordering or HAVING of "
                       "its queryset), which the {} paramstyle numbers before the keys are known",
                       p.path, to_string(out.style)));
    plan.dialect = d;
    plan.style = out.style;
    describe(s, *p.select, scratch);
    plan.columns = std::move(scratch.columns);
  }
  return out;
}

std::vector<statement> prefetch_plan::statements(const std::vector<value>& keys) const {
  const auto& t = render::traits_of(dialect);
  const std::size_t batch = t.max_in_list > 0 ? t.max_in_list : t.max_parameters;
  std::vector<statement> out;
  for (std::size_t start = 0; start < keys.size(); start += batch) {
    statement& st = out.emplace_back();
    st.role = statement_role::prefetch;
    st.note = path;
    st.columns = columns;
    st.sql = sql_head;
    st.params = head_params;
    const std::size_t end = std::min(keys.size(), start + batch);
    for (std::size_t i = start; i < end; ++i) {
      if (i > start) st.sql += ", ";
      const std::size_t n = head_params.size() + i - start + 1;
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
    st.params.insert(st.params.end(), tail_params.begin(), tail_params.end());
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
      st.params[slot.index] = render::wrapped_value(slot.wrap, it->second);
    }
    // Bound: an executor refuses a statement whose slots are still open.
    st.slots.clear();
  }
  return out;
}

std::vector<std::string> compiled_query::unbound_parameters() const {
  std::vector<std::string> names;
  for (const auto& st : statements)
    for (const auto& slot : st.slots)
      if (std::find(names.begin(), names.end(), slot.name) == names.end())
        names.push_back(slot.name);
  return names;
}

}  // namespace sqlweave
