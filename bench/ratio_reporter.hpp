// SPDX-License-Identifier: MIT
// A reporter that passes every run on to the usual one (console, json or csv, as
// --benchmark_format asks) and remembers each benchmark's time, for the floor ratios.
#pragma once

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace sqlweave::bench {

class ratio_reporter : public benchmark::BenchmarkReporter {
 public:
  /// Reads --benchmark_format from the arguments (call before benchmark::Initialize removes it).
  ratio_reporter(int argc, char** argv);

  bool ReportContext(const Context& context) override;
  void ReportRuns(const std::vector<Run>& runs) override;
  void Finalize() override;

  /// `ratio <shape> <dialect> <mode> <sqlweave/floor>` for every benchmark with a floor that
  /// ran, then `scaling <S8|S9> postgresql <mode> <n> <ns per term> <per term / per term at
  /// n=16>`: to stdout beside the console table, to stderr when stdout carries json or csv.
  void print_ratios() const;

 private:
  /// Mean real seconds per iteration over all repetitions of `name`, or its `mean` aggregate
  /// when only aggregates were reported (--benchmark_*_aggregates_only).
  std::optional<double> seconds(const std::string& name) const;

  struct total {
    double seconds = 0;
    double iterations = 0;
  };
  std::unique_ptr<benchmark::BenchmarkReporter> shown_;
  std::FILE* ratio_stream_ = stdout;
  std::map<std::string, total, std::less<>> totals_;  // of the iteration runs
  std::map<std::string, total, std::less<>> means_;   // of the `mean` aggregates
};

}  // namespace sqlweave::bench
