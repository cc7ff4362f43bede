// SPDX-License-Identifier: MIT
// Compile throughput, BM_<mode>/<dialect>/<shape>, for the modes
//   compile        compile a pre-built ast::query
//   build_compile  build with the C++ builder, then compile
//   parse_compile  parse the Django text, then compile
//   rebind         bind new values into a compiled statement with named parameters
//   floor          the handwritten SQL of floor.cpp (S1, S2, S6)
// each reporting queries/s (items), SQL bytes/s and heap allocations per query (`allocs`).
#include "compile_bench.hpp"

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include "floor.hpp"
#include "shapes.hpp"
#include "sqlweave/parse.hpp"
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

void bench_build_compile(benchmark::State& state, const shape& s, dialect_id d) {
  measure(state, sql_bytes(compile(shop_schema(), s.build(), d)),
          [&] { benchmark::DoNotOptimize(compile(shop_schema(), s.build(), d)); });
}

void bench_parse_compile(benchmark::State& state, const shape& s, dialect_id d) {
  measure(state, sql_bytes(compile(shop_schema(), s.build(), d)),
          [&] { benchmark::DoNotOptimize(compile(shop_schema(), parse_query(s.text), d)); });
}

void bench_rebind(benchmark::State& state, const shape& s, dialect_id d) {
  const auto compiled = compile(shop_schema(), s.build_with_params(), d);
  measure(state, sql_bytes(compiled),
          [&] { benchmark::DoNotOptimize(compiled.bind(s.rebind_values)); });
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
      add("build_compile", bench_build_compile, s, d);
      if (parsable.contains(s.name)) add("parse_compile", bench_parse_compile, s, d);
      if (s.build_with_params) add("rebind", bench_rebind, s, d);
      if (floor_for(s.name)) add("floor", bench_floor, s, d);
    }
}

}  // namespace sqlweave::bench
