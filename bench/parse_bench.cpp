// SPDX-License-Identifier: MIT
// The text front end alone, BM_parse/<shape>: parse_query() of a shape's Django text, no
// compile. Parsing is the same for every dialect, so there is one benchmark per shape.
#include "parse_bench.hpp"

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include "shapes.hpp"
#include "sqlweave/parse.hpp"
#include "tools/allocations.hpp"

namespace sqlweave::bench {
namespace {

void bench_parse(benchmark::State& state, const shape& s) {
  const std::size_t before = tools::allocations();
  for (auto _ : state) benchmark::DoNotOptimize(parse_query(s.text));
  const auto iterations = state.iterations();
  state.counters["allocs"] =
      static_cast<double>(tools::allocations() - before) / static_cast<double>(iterations);
  state.SetItemsProcessed(iterations);
  state.SetBytesProcessed(iterations * static_cast<std::int64_t>(s.text.size()));
}

}  // namespace

void register_parse_benchmarks(const std::set<std::string_view>& parsable) {
  for (const auto& s : shapes())
    if (parsable.contains(s.name))
      benchmark::RegisterBenchmark(fmt::format("BM_parse/{}", s.name).c_str(), bench_parse, s);
}

}  // namespace sqlweave::bench
