// SPDX-License-Identifier: MIT
// sqlweave_bench: checks that every mode and the floor agree, runs the benchmarks with the usual
// Google Benchmark flags, then prints `ratio <shape> <dialect> <mode> <sqlweave/floor>` lines.
#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <exception>

#include "checks.hpp"
#include "compile_bench.hpp"
#include "parse_bench.hpp"
#include "ratio_reporter.hpp"
#include "sql_dump.hpp"

int main(int argc, char** argv) try {
  using namespace sqlweave::bench;
  ratio_reporter reporter(argc, argv);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  const auto parsable = parsable_shapes();
  check_outputs(parsable);
  // bench/run asks for the SQL the peers must match.
  if (const char* path = std::getenv("SQLWEAVE_BENCH_SQL")) write_sql_dump(path);
  register_benchmarks(parsable);
  register_parse_benchmarks(parsable);
  benchmark::RunSpecifiedBenchmarks(&reporter);
  reporter.print_ratios();
  benchmark::Shutdown();
  return 0;
} catch (const std::exception& e) {
  fmt::print(stderr, "sqlweave_bench: {}\n", e.what());
  return 1;
}
