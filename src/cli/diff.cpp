// SPDX-License-Identifier: MIT
#include "cli/diff.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace sqlweave::cli {
namespace {

struct line {
  std::string_view text;
  bool terminated;  // ends in '\n'
  friend bool operator==(const line&, const line&) = default;
};

std::vector<line> lines_of(std::string_view text) {
  std::vector<line> out;
  while (!text.empty()) {
    const auto nl = text.find('\n');
    if (nl == std::string_view::npos) {
      out.push_back({text, false});
      break;
    }
    out.push_back({text.substr(0, nl), true});
    text.remove_prefix(nl + 1);
  }
  return out;
}

enum class op : char { keep = ' ', remove = '-', add = '+' };
struct edit {
  op kind;
  std::size_t old_line;  // index into the old lines (for keep and remove)
  std::size_t new_line;  // index into the new lines (for keep and add)
};

// A shortest edit script by longest common subsequence (snapshot files are small), with the
// removals of each run of changes before its additions.
std::vector<edit> edit_script(const std::vector<line>& a, const std::vector<line>& b) {
  std::vector<std::vector<std::size_t>> lcs(a.size() + 1,
                                            std::vector<std::size_t>(b.size() + 1, 0));
  for (std::size_t i = a.size(); i-- > 0;)
    for (std::size_t j = b.size(); j-- > 0;)
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  std::vector<edit> out;
  std::vector<edit> added;  // held back until the run of changes ends
  auto flush = [&] {
    out.insert(out.end(), added.begin(), added.end());
    added.clear();
  };
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && a[i] == b[j]) {
      flush();
      out.push_back({op::keep, i++, j++});
    } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
      out.push_back({op::remove, i++, j});
    } else {
      added.push_back({op::add, i, j++});
    }
  }
  flush();
  return out;
}

// `-3,2`: a hunk's first line (from 1) and length; an empty range names the line before it.
std::string range(std::size_t first, std::size_t count) {
  if (count == 1) return fmt::format("{}", first + 1);
  return fmt::format("{},{}", count == 0 ? first : first + 1, count);
}

}  // namespace

std::string unified_diff(std::string_view old_text, std::string_view new_text,
                         std::string_view old_name, std::string_view new_name,
                         std::size_t context) {
  if (old_text == new_text) return {};
  const auto a = lines_of(old_text), b = lines_of(new_text);
  const auto script = edit_script(a, b);
  std::string out = fmt::format("--- {}\n+++ {}\n", old_name, new_name);
  std::size_t at = 0;
  while (at < script.size()) {
    // The next change, and the hunk around it: changes at most 2 * context apart share one.
    while (at < script.size() && script[at].kind == op::keep) ++at;
    if (at == script.size()) break;
    const std::size_t begin = at >= context ? at - context : 0;
    std::size_t last = at;  // the hunk's last change
    for (std::size_t k = at + 1; k < script.size(); ++k) {
      if (script[k].kind != op::keep)
        last = k;
      else if (k - last > 2 * context)
        break;
    }
    const std::size_t end = std::min(script.size(), last + 1 + context);
    std::size_t old_count = 0, new_count = 0;
    for (std::size_t k = begin; k < end; ++k) {
      if (script[k].kind != op::add) ++old_count;
      if (script[k].kind != op::remove) ++new_count;
    }
    out += fmt::format("@@ -{} +{} @@\n", range(script[begin].old_line, old_count),
                       range(script[begin].new_line, new_count));
    for (std::size_t k = begin; k < end; ++k) {
      const edit& e = script[k];
      const line& l = e.kind == op::add ? b[e.new_line] : a[e.old_line];
      out += static_cast<char>(e.kind);
      out += l.text;
      out += '\n';
      if (!l.terminated) out += "\\ No newline at end of file\n";
    }
    at = end;
  }
  return out;
}

}  // namespace sqlweave::cli
