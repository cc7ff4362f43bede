// SPDX-License-Identifier: MIT
#include "checks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

#include "floor.hpp"
#include "shapes.hpp"
#include "sqlweave/bound_query.hpp"
#include "sqlweave/parse.hpp"
#include "sqlweave/statement_cache.hpp"

namespace sqlweave::bench {
namespace {

struct output {
  std::string sql;
  std::vector<value> params;
  friend bool operator==(const output&, const output&) = default;
};

std::vector<output> outputs_of(const compiled_query& c) {
  std::vector<output> out;
  for (const auto& st : c.statements) out.push_back({st.sql, st.params});
  return out;
}

std::string show(const value& v) {
  switch (v.kind()) {
    case value_kind::null: return "None";
    case value_kind::boolean: return v.as_bool() ? "True" : "False";
    case value_kind::text: return fmt::format("\"{}\"", v.as_text());
    default: return v.to_string();
  }
}

std::string show(const std::vector<output>& outs) {
  std::string s;
  for (const auto& o : outs) {
    s += fmt::format("\n    {}\n    params:", o.sql);
    for (const auto& p : o.params) {
      s += ' ';
      s += show(p);
    }
  }
  return s;
}

// Where two outputs part, so a difference in a long statement is easy to find.
std::string difference(const std::vector<output>& a, const std::vector<output>& b) {
  if (a.size() != b.size()) return fmt::format("{} statements, not {}", b.size(), a.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].sql == b[i].sql) continue;
    const auto at =
        std::mismatch(a[i].sql.begin(), a[i].sql.end(), b[i].sql.begin(), b[i].sql.end()).first;
    return fmt::format("SQL of statement {} from byte {}", i + 1, at - a[i].sql.begin());
  }
  return "params";
}

void expect_same(const std::vector<output>& want, const std::vector<output>& got,
                 const std::string& what) {
  if (want == got) return;
  fmt::print(stderr,
             "sqlweave_bench: {} differs from the builder's compiled output ({}).\n  builder:{}\n  "
             "{}:{}\n",
             what, difference(want, got), show(want), what, show(got));
  std::exit(1);
}

}  // namespace

std::set<std::string_view> parsable_shapes() {
  std::set<std::string_view> ok;
  for (const auto& s : shapes()) {
    try {
      (void)parse_query(s.text);
      if (!s.param_text.empty()) (void)parse_query(s.param_text);
      ok.insert(s.name);
    } catch (const std::exception& e) {
      fmt::print(stderr, "sqlweave_bench: parse_compile skipped for {}: parse_query failed: {}\n",
                 s.name, e.what());
    }
  }
  return ok;
}

void check_outputs(const std::set<std::string_view>& parsable) {
  const schema& db = shop_schema();
  for (const auto& s : shapes())
    for (const auto d : all_dialects) {
      const auto where = fmt::format("{} on {}", s.name, to_string(d));
      const auto want = outputs_of(compile(db, s.build(), d));
      statement_cache cache(db);
      bound_query shared;
      for (int round = 0; round < 2; ++round) {  // a miss, then a hit
        cache.compile_into(s.build(), d, {}, shared);
        expect_same(want, outputs_of(shared.to_compiled()), "the cached form of " + where);
      }
      if (const auto floor = floor_for(s.name)) {
        floor_output out;
        floor(d, out);
        expect_same(want, {{out.sql, out.params}}, "the floor of " + where);
      }
      if (parsable.contains(s.name))
        expect_same(want, outputs_of(compile(db, parse_query(s.text), d)),
                    "the text form of " + where);
      if (!s.build_with_params) continue;
      const auto with_params = compile(db, s.build_with_params(), d);
      expect_same(want, outputs_of(with_params.bind(s.rebind_values)),
                  "the re-bound form of " + where);
      bound_query rebound(with_params);
      rebound.bind(s.rebind_values);
      expect_same(want, outputs_of(rebound.to_compiled()), "the bound_query form of " + where);
      if (parsable.contains(s.name))
        expect_same(outputs_of(with_params), outputs_of(compile(db, parse_query(s.param_text), d)),
                    "the parameterised text form of " + where);
    }
}

}  // namespace sqlweave::bench
