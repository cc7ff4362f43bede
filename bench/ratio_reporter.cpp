// SPDX-License-Identifier: MIT
#include "ratio_reporter.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <string_view>

#include "floor.hpp"
#include "shapes.hpp"

namespace sqlweave::bench {
namespace {

std::string_view format_flag(int argc, char** argv) {
  constexpr std::string_view flag = "--benchmark_format=";
  std::string_view format = "console";
  for (int i = 1; i < argc; ++i)
    if (std::string_view arg = argv[i]; arg.starts_with(flag)) format = arg.substr(flag.size());
  return format;
}

}  // namespace

ratio_reporter::ratio_reporter(int argc, char** argv) {
  const auto format = format_flag(argc, argv);
  if (format == "json") {
    shown_ = std::make_unique<benchmark::JSONReporter>();
  } else if (format == "csv") {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    shown_ = std::make_unique<benchmark::CSVReporter>();
#pragma GCC diagnostic pop
  } else {
    // Colour only on a terminal, as the library's own default does.
    shown_ = std::make_unique<benchmark::ConsoleReporter>(
        isatty(STDOUT_FILENO) ? benchmark::ConsoleReporter::OO_Color
                              : benchmark::ConsoleReporter::OO_None);
  }
  if (format == "json" || format == "csv") ratio_stream_ = stderr;
}

bool ratio_reporter::ReportContext(const Context& context) {
  return shown_->ReportContext(context);
}

void ratio_reporter::ReportRuns(const std::vector<Run>& runs) {
  shown_->ReportRuns(runs);
  for (const auto& r : runs) {
    if (r.error_occurred) continue;
    const bool mean = r.run_type == Run::RT_Aggregate && r.aggregate_name == "mean";
    if (r.run_type != Run::RT_Iteration && !mean) continue;
    auto& t = (mean ? means_ : totals_)[r.run_name.str()];
    t.seconds += r.real_accumulated_time;
    t.iterations += static_cast<double>(r.iterations);
  }
}

void ratio_reporter::Finalize() {
  shown_->Finalize();
}

std::optional<double> ratio_reporter::seconds(const std::string& name) const {
  for (const auto* totals : {&totals_, &means_})
    if (const auto it = totals->find(name); it != totals->end() && it->second.iterations > 0)
      return it->second.seconds / it->second.iterations;
  return std::nullopt;
}

void ratio_reporter::print_ratios() const {
  for (const auto& s : shapes()) {
    if (!floor_for(s.name)) continue;
    for (const auto d : all_dialects) {
      const auto tail = fmt::format("{}/{}", to_string(d), s.name);
      const auto floor = seconds("BM_floor/" + tail);
      if (!floor || *floor <= 0) continue;
      for (const std::string_view mode :
           {"compile", "cached", "build_compile", "parse_compile", "rebind"})
        if (const auto t = seconds(fmt::format("BM_{}/{}", mode, tail)))
          fmt::print(ratio_stream_, "ratio {} {} {} {:.2f}\n", s.name, to_string(d), mode,
                     *t / *floor);
    }
  }
  for (const std::string_view mode : {"compile", "cached"})
    for (const std::string_view series : {"S8", "S9"}) {
      const auto per_term = [&](int n) {
        const auto t = seconds(fmt::format("BM_scaling_{}/postgresql/{}/{}", mode, series, n));
        return t ? std::optional<double>(*t / n) : std::nullopt;
      };
      const auto at16 = per_term(16);
      for (const int n : scaling_sizes)
        if (const auto t = per_term(n); t && at16)
          fmt::print(ratio_stream_, "scaling {} postgresql {} {} {:.1f} {:.2f}\n", series, mode, n,
                     *t * 1e9, *t / *at16);
    }
  std::fflush(ratio_stream_);
}

}  // namespace sqlweave::bench
