// SPDX-License-Identifier: MIT
// Compile throughput: BM_<mode>/<dialect>/<shape> for the modes compile (a pre-built query),
// build_compile (C++ builder, then compile), parse_compile (Django text, then compile), rebind
// (new values into a compiled statement) and floor (the handwritten SQL of floor.cpp). Prints
// `ratio <shape> <dialect> <mode> <sqlweave/floor>` lines after the run.
#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <cstdio>
#include <map>
#include <string>

#include "alloc_counter.hpp"
#include "floor.hpp"
#include "shapes.hpp"
#include "sqlweave/parse.hpp"

namespace sqlweave::bench {
namespace {

std::size_t sql_bytes(const compiled_query& c) {
  std::size_t n = 0;
  for (const auto& st : c.statements) n += st.sql.size();
  return n;
}

// Runs `body` in the benchmark loop, reporting queries/s, SQL bytes/s and allocations/query.
template <class Body>
void measure(benchmark::State& state, std::size_t bytes, Body&& body) {
  const std::size_t before = allocations();
  for (auto _ : state) body();
  const auto iterations = static_cast<double>(state.iterations());
  state.counters["allocs"] = static_cast<double>(allocations() - before) / iterations;
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}

void bench_compile(benchmark::State& state, const shape& s, dialect_id d) {
  const auto q = s.build();
  const std::size_t bytes = sql_bytes(q.compile(shop_schema(), d));
  measure(state, bytes, [&] { benchmark::DoNotOptimize(compile(shop_schema(), q.ast(), d)); });
}

void bench_build_compile(benchmark::State& state, const shape& s, dialect_id d) {
  const std::size_t bytes = sql_bytes(s.build().compile(shop_schema(), d));
  measure(state, bytes, [&] { benchmark::DoNotOptimize(s.build().compile(shop_schema(), d)); });
}

void bench_parse_compile(benchmark::State& state, const shape& s, dialect_id d) {
  const std::size_t bytes = sql_bytes(compile(shop_schema(), parse_query(s.text), d));
  measure(state, bytes, [&] { benchmark::DoNotOptimize(compile(shop_schema(), parse_query(s.text), d)); });
}

void bench_rebind(benchmark::State& state, const shape& s, dialect_id d) {
  const auto c = s.build_with_params().compile(shop_schema(), d);
  measure(state, sql_bytes(c), [&] { benchmark::DoNotOptimize(c.bind(s.rebind_values)); });
}

void run_floor(const shape& s, dialect_id d, floor_output& out) {
  if (s.name == "S1") floor_s1(d, "Wid", out);
  if (s.name == "S2") floor_s2(d, out);
  if (s.name == "S6") floor_s6(d, out);
}

void bench_floor(benchmark::State& state, const shape& s, dialect_id d) {
  floor_output out;
  run_floor(s, d, out);
  measure(state, out.sql.size(), [&] {
    run_floor(s, d, out);
    benchmark::DoNotOptimize(out.sql.data());
  });
}

bool has_floor(const shape& s) { return s.name == "S1" || s.name == "S2" || s.name == "S6"; }

// The floor must produce sqlweave's exact output, or the ratios mean nothing.
void check_floors() {
  for (const auto& s : shapes()) {
    if (!has_floor(s)) continue;
    for (auto d : dialects) {
      floor_output out;
      run_floor(s, d, out);
      const auto c = s.build().compile(shop_schema(), d);
      if (c.statements.size() != 1 || c.statements[0].sql != out.sql || c.statements[0].params != out.params) {
        std::fprintf(stderr, "floor for %s/%s differs from sqlweave's output:\n  sqlweave: %s\n  floor:    %s\n",
                     s.name.c_str(), std::string(to_string(d)).c_str(), c.statements[0].sql.c_str(), out.sql.c_str());
        std::exit(1);
      }
    }
  }
}

// Keeps the console output and remembers each benchmark's time per iteration.
class ratio_reporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const auto& r : runs)
      if (r.run_type == Run::RT_Iteration && !r.error_occurred) times_[r.benchmark_name()] = r.GetAdjustedRealTime();
  }
  void print_ratios() const {
    for (const auto& s : shapes()) {
      if (!has_floor(s)) continue;
      for (auto d : dialects) {
        const auto floor = times_.find(fmt::format("BM_floor/{}/{}", to_string(d), s.name));
        if (floor == times_.end() || floor->second <= 0) continue;
        for (const char* mode : {"compile", "build_compile", "parse_compile", "rebind"}) {
          const auto t = times_.find(fmt::format("BM_{}/{}/{}", mode, to_string(d), s.name));
          if (t != times_.end()) std::printf("ratio %s %s %s %.2f\n", s.name.c_str(), std::string(to_string(d)).c_str(), mode,
                                             t->second / floor->second);
        }
      }
    }
  }

 private:
  std::map<std::string, double> times_;
};

void register_all() {
  using fn = void (*)(benchmark::State&, const shape&, dialect_id);
  const std::pair<const char*, fn> modes[] = {{"compile", bench_compile},
                                              {"build_compile", bench_build_compile},
                                              {"parse_compile", bench_parse_compile}};
  for (const auto& s : shapes())
    for (auto d : dialects) {
      const std::string tail = fmt::format("{}/{}", to_string(d), s.name);
      for (const auto& [mode, f] : modes)
        benchmark::RegisterBenchmark(fmt::format("BM_{}/{}", mode, tail).c_str(), f, s, d);
      if (!s.param_text.empty())
        benchmark::RegisterBenchmark(fmt::format("BM_rebind/{}", tail).c_str(), bench_rebind, s, d);
      if (has_floor(s)) benchmark::RegisterBenchmark(fmt::format("BM_floor/{}", tail).c_str(), bench_floor, s, d);
    }
}

}  // namespace
}  // namespace sqlweave::bench

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  sqlweave::bench::check_floors();
  sqlweave::bench::register_all();
  sqlweave::bench::ratio_reporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  reporter.print_ratios();
  benchmark::Shutdown();
  return 0;
}
