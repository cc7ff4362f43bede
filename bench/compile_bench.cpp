// SPDX-License-Identifier: MIT
// Compile throughput, BM_<mode>/<dialect>/<shape>, for the modes
//   compile        compile a pre-built ast::query
//   cached         the same through a warm statement_cache (a hit every time), into a reused
//                  bound_query: the kept text shared, the values written
//   build_compile  build with the C++ builder, then compile
//   parse_compile  parse the Django text, then compile
//   rebind         bound_query::bind() of new values into a statement with named parameters
//   floor          the handwritten SQL of floor.cpp
// each reporting queries/s (items), SQL bytes/s and heap allocations per query (`allocs`);
// and the scaling series BM_scaling_<mode>/postgresql/S8|S9/<n>, with `terms` = n.
#include "compile_bench.hpp"

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include "floor.hpp"
#include "shapes.hpp"
#include "sqlweave/parse.hpp"
#include "sqlweave/statement_cache.hpp"
#include "tools/allocations.hpp"

namespace sqlweave::bench {
namespace {

std::size_t sql_bytes(const compiled_query& c) {
  std::size_t n = 0;
  for (const auto& st : c.statements) n += st.sql.size();
  return n;
}

// Runs `body` once per iteration; `bytes` is the SQL one query produces.
template <class Body>
void measure(benchmark::State& state, std::size_t bytes, Body&& body) {
  const std::size_t before = tools::allocations();
  for (auto _ : state) body();
  const auto iterations = state.iterations();
  state.counters["allocs"] =
      static_cast<double>(tools::allocations() - before) / static_cast<double>(iterations);
  state.SetItemsProcessed(iterations);
  state.SetBytesProcessed(iterations * static_cast<std::int64_t>(bytes));
}

void bench_compile(benchmark::State& state, const shape& s, dialect_id d) {
  const ast::query q = s.build();
  measure(state, sql_bytes(compile(shop_schema(), q, d)),
          [&] { benchmark::DoNotOptimize(compile(shop_schema(), q, d)); });
}

void bench_cached(benchmark::State& state, const shape& s, dialect_id d) {
  const ast::query q = s.build();
  statement_cache cache(shop_schema(), 16);
  bound_query out;  // reused, as a caller running one statement after another would
  measure(state, sql_bytes(cache.compile(q, d)), [&] {
    cache.compile_into(q, d, {}, out);
    benchmark::DoNotOptimize(out.params().data());
  });
}

void bench_build_compile(benchmark::State& state, const shape& s, dialect_id d) {
  measure(state, sql_bytes(compile(shop_schema(), s.build(), d)),
          [&] { benchmark::DoNotOptimize(compile(shop_schema(), s.build(), d)); });
}

void bench_parse_compile(benchmark::State& state, const shape& s, dialect_id d) {
  measure(state, sql_bytes(compile(shop_schema(), s.build(), d)),
          [&] { benchmark::DoNotOptimize(compile(shop_schema(), parse_query(s.text), d)); });
}

void bench_rebind(benchmark::State& state, const shape& s, dialect_id d) {
  bound_query b(compile(shop_schema(), s.build_with_params(), d));
  measure(state, b.sql().size(), [&] {
    b.bind(s.rebind_values);
    benchmark::DoNotOptimize(b.params().data());
  });
}

void bench_floor(benchmark::State& state, const shape& s, dialect_id d) {
  const auto floor = floor_for(s.name);
  floor_output out;  // reused, as a handwritten caller would
  floor(d, out);
  measure(state, out.sql.size(), [&] {
    floor(d, out);
    benchmark::DoNotOptimize(out.sql.data());
    benchmark::DoNotOptimize(out.params.data());
  });
}

// One query of the series S8 or S9 with n terms, compiled afresh or through a warm cache.
void bench_scaling(benchmark::State& state, ast::query (*series)(int), bool cached) {
  const int n = static_cast<int>(state.range(0));
  const ast::query q = series(n);
  const dialect_id d = dialect_id::postgresql;
  statement_cache cache(shop_schema(), 16);
  bound_query out;
  measure(state, sql_bytes(compile(shop_schema(), q, d)), [&] {
    if (cached) {
      cache.compile_into(q, d, {}, out);
      benchmark::DoNotOptimize(out.params().data());
    } else {
      benchmark::DoNotOptimize(compile(shop_schema(), q, d));
    }
  });
  state.counters["terms"] = n;
}

}  // namespace

void register_benchmarks(const std::set<std::string_view>& parsable) {
  using bench_fn = void (*)(benchmark::State&, const shape&, dialect_id);
  const auto add = [](std::string_view mode, bench_fn f, const shape& s, dialect_id d) {
    benchmark::RegisterBenchmark(fmt::format("BM_{}/{}/{}", mode, to_string(d), s.name).c_str(), f,
                                 s, d);
  };
  for (const auto d : all_dialects)
    for (const auto& s : shapes()) {
      add("compile", bench_compile, s, d);
      add("cached", bench_cached, s, d);
      add("build_compile", bench_build_compile, s, d);
      if (parsable.contains(s.name)) add("parse_compile", bench_parse_compile, s, d);
      if (s.build_with_params) add("rebind", bench_rebind, s, d);
      if (floor_for(s.name)) add("floor", bench_floor, s, d);
    }
  for (const bool cached : {false, true})
    for (const auto& [name, series] : {std::pair{"S8", &s8}, std::pair{"S9", &s9}}) {
      auto* b = benchmark::RegisterBenchmark(
          fmt::format("BM_scaling_{}/postgresql/{}", cached ? "cached" : "compile", name).c_str(),
          bench_scaling, series, cached);
      for (const int n : scaling_sizes) b->Arg(n);
    }
}

}  // namespace sqlweave::bench
