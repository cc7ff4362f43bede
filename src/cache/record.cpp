// SPDX-License-Identifier: MIT
#include "cache/record.hpp"

namespace sqlweave::cache {
namespace {

std::uint32_t head_of(const ast::node& n) {
  return static_cast<std::uint32_t>(n.kind) | static_cast<std::uint32_t>(n.op) << 8 |
         std::uint32_t{n.descending} << 16 | static_cast<std::uint32_t>(n.nulls) << 17 |
         static_cast<std::uint32_t>(n.val.kind()) << 20 | std::uint32_t{n.sub != nullptr} << 28;
}

std::uint32_t head_of(const ast::step& s) {
  return static_cast<std::uint32_t>(s.kind) | std::uint32_t{s.start.has_value()} << 8 |
         std::uint32_t{s.stop.has_value()} << 9 | std::uint32_t{s.index} << 10;
}

std::uint32_t count(std::size_t n) {
  // A count beyond 32 bits never matches, rather than matching a shorter list.
  return n > UINT32_MAX ? UINT32_MAX : static_cast<std::uint32_t>(n);
}

// Appends the kept tree's items in the order matcher visits the new one.
class flattener {
 public:
  flattener(const std::vector<bool>& bound, std::vector<record::item>& out)
      : bound_(bound), out_(out) {}

  void query(const ast::query& q) {
    out_.push_back(
        {.name = q.model, .key = q.manager, .through = q.through, .args = count(q.steps.size())});
    for (const auto& s : q.steps) {
      out_.push_back({.shape = static_cast<std::uint64_t>(s.start.value_or(0)),
                      .stop = s.stop.value_or(0),
                      .head = head_of(s),
                      .args = count(s.args.size()),
                      .kwargs = count(s.kwargs.size())});
      children(s.args, s.kwargs);
    }
  }

 private:
  void node(const ast::node& n, std::string_view key) {
    record::item it{.shape = n.shape,
                    .name = n.name,
                    .key = key,
                    .head = head_of(n),
                    .args = count(n.args.size()),
                    .kwargs = count(n.kwargs.size())};
    if (n.kind == ast::node_kind::literal) {
      const std::size_t ordinal = literals_++;
      it.bound = ordinal < bound_.size() && bound_[ordinal];
      it.klass = ast::shape_class(n.val);
    }
    if (!it.bound && !n.val.is_null()) it.fixed = &n.val;
    out_.push_back(it);
    children(n.args, n.kwargs);
    if (n.sub) query(*n.sub);
  }

  void children(const std::vector<ast::expr>& args, const std::vector<ast::kwarg>& kwargs) {
    for (const auto& a : args) node(*a, {});
    for (const auto& k : kwargs) node(*k.value, k.name);
  }

  const std::vector<bool>& bound_;
  std::vector<record::item>& out_;
  std::size_t literals_ = 0;
};

// Walks the new tree once, each query, step and node against the next item.
class matcher {
 public:
  matcher(const std::vector<record::item>& items, std::vector<const value*>& literals)
      : at_(items.data()), end_(items.data() + items.size()), literals_(literals) {}

  bool query(const ast::query& q) {
    if (at_ == end_) return false;
    const record::item& r = *at_++;
    if (r.args != count(q.steps.size()) || r.name != q.model || r.key != q.manager ||
        r.through != q.through)
      return false;
    for (const auto& s : q.steps) {
      if (at_ == end_) return false;
      const record::item& t = *at_++;
      if (t.head != head_of(s) || t.args != count(s.args.size()) ||
          t.kwargs != count(s.kwargs.size()) ||
          t.shape != static_cast<std::uint64_t>(s.start.value_or(0)) ||
          t.stop != s.stop.value_or(0) || !children(s.args, s.kwargs))
        return false;
    }
    return true;
  }

  bool done() const { return at_ == end_; }

 private:
  bool node(const ast::node& n, std::string_view key) {
    if (at_ == end_) return false;
    const record::item& r = *at_++;
    if (r.shape != n.shape || r.head != head_of(n) || r.args != count(n.args.size()) ||
        r.kwargs != count(n.kwargs.size()) || r.key != key || r.name != n.name)
      return false;
    if (n.kind == ast::node_kind::literal) {
      literals_.push_back(&n.val);
      if (r.bound ? r.klass != ast::shape_class(n.val) : !same_value(r, n.val)) return false;
    } else if (!same_value(r, n.val)) {
      return false;
    }
    if (!children(n.args, n.kwargs)) return false;
    return !n.sub || query(*n.sub);
  }

  // The value kinds are equal already (in head), so a null settles it without a visit.
  static bool same_value(const record::item& r, const value& v) {
    return r.fixed ? *r.fixed == v : v.is_null();
  }

  bool children(const std::vector<ast::expr>& args, const std::vector<ast::kwarg>& kwargs) {
    for (const auto& a : args)
      if (!node(*a, {})) return false;
    for (const auto& k : kwargs)
      if (!node(*k.value, k.name)) return false;
    return true;
  }

  const record::item* at_;
  const record::item* end_;
  std::vector<const value*>& literals_;
};

}  // namespace

record::record(const ast::query& kept, const std::vector<bool>& bound) {
  flattener(bound, items_).query(kept);
}

bool record::matches(const ast::query& q, std::vector<const value*>& literals) const {
  literals.clear();
  matcher m(items_, literals);
  return m.query(q) && m.done();
}

}  // namespace sqlweave::cache
