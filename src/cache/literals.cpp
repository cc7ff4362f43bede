// SPDX-License-Identifier: MIT
#include "cache/literals.hpp"

namespace sqlweave::cache {
namespace {

void collect(const ast::node& n, std::vector<const value*>& out);

void collect(const std::vector<ast::expr>& args, const std::vector<ast::kwarg>& kwargs,
             std::vector<const value*>& out) {
  for (const auto& a : args) collect(*a, out);
  for (const auto& k : kwargs) collect(*k.value, out);
}

void collect(const ast::node& n, std::vector<const value*>& out) {
  if (n.kind == ast::node_kind::literal) out.push_back(&n.val);
  collect(n.args, n.kwargs, out);
  if (n.sub) collect_literals(*n.sub, out);
}

// Walks two trees in step; `literals` receives b's literals, in the order collect() gives.
class comparer {
 public:
  comparer(const std::vector<bool>& bound, std::vector<const value*>& literals)
      : bound_(bound), literals_(literals) {}

  bool query(const ast::query& a, const ast::query& b) {
    if (a.model != b.model || a.manager != b.manager || a.through != b.through ||
        a.steps.size() != b.steps.size())
      return false;
    for (std::size_t i = 0; i < a.steps.size(); ++i) {
      const ast::step& x = a.steps[i];
      const ast::step& y = b.steps[i];
      if (x.kind != y.kind || x.start != y.start || x.stop != y.stop || x.index != y.index ||
          !children(x.args, x.kwargs, y.args, y.kwargs))
        return false;
    }
    return true;
  }

 private:
  bool node(const ast::node& a, const ast::node& b) {
    if (a.shape != b.shape || a.kind != b.kind || a.op != b.op || a.descending != b.descending ||
        a.nulls != b.nulls || a.val.kind() != b.val.kind() || a.name != b.name)
      return false;
    if (a.kind == ast::node_kind::literal) {
      const std::size_t ordinal = literals_.size();
      literals_.push_back(&b.val);
      const bool is_bound = ordinal < bound_.size() && bound_[ordinal];
      if (is_bound ? ast::shape_class(a.val) != ast::shape_class(b.val) : a.val != b.val)
        return false;
    } else if (!a.val.is_null() && a.val != b.val) {
      // Of the other nodes nearly all hold no value: equal kinds settle it without a visit.
      return false;
    }
    if (!children(a.args, a.kwargs, b.args, b.kwargs)) return false;
    if (!a.sub != !b.sub) return false;
    return !a.sub || query(*a.sub, *b.sub);
  }

  bool children(const std::vector<ast::expr>& aa, const std::vector<ast::kwarg>& ak,
                const std::vector<ast::expr>& ba, const std::vector<ast::kwarg>& bk) {
    if (aa.size() != ba.size() || ak.size() != bk.size()) return false;
    for (std::size_t i = 0; i < aa.size(); ++i)
      if (!node(*aa[i], *ba[i])) return false;
    for (std::size_t i = 0; i < ak.size(); ++i)
      if (ak[i].name != bk[i].name || !node(*ak[i].value, *bk[i].value)) return false;
    return true;
  }

  const std::vector<bool>& bound_;
  std::vector<const value*>& literals_;
};

}  // namespace

void collect_literals(const ast::query& q, std::vector<const value*>& out) {
  for (const auto& st : q.steps) collect(st.args, st.kwargs, out);
}

bool same_structure(const ast::query& a, const ast::query& b, const std::vector<bool>& bound,
                    std::vector<const value*>& literals) {
  literals.clear();
  return comparer(bound, literals).query(a, b);
}

}  // namespace sqlweave::cache
