// SPDX-License-Identifier: MIT
// statement_cache: on a miss, compile() traced (which literal each parameter came from); on a
// hit, the kept statements with the new queryset's values put where those literals went.
#include "sqlweave/statement_cache.hpp"

#include <list>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>

#include "ast/shape.hpp"
#include "cache/literals.hpp"
#include "compile_trace.hpp"
#include "support/spin_lock.hpp"

namespace sqlweave {

namespace cache {

/// A parameter of the kept statements that takes the value of one of the queryset's literals
/// (outside an anonymous namespace: statement_cache::entry holds them).
struct fill {
  std::size_t statement = 0;
  std::size_t flat_index = 0;  // among all statements' parameters, as bound_query keeps them
  std::size_t literal = 0;     // ordinal in collect_literals() order
  render::param_origin how;
};

}  // namespace cache

namespace {

/// The key of `q` under these options; `literals` is set to q's number of literal nodes.
ast::shape_key key_of(const ast::query& q, dialect_id d, paramstyle s, const compile_options& o,
                      std::size_t& literals) {
  ast::shape_hasher h;
  h.add(static_cast<std::uint64_t>(d) | static_cast<std::uint64_t>(s) << 8 |
        std::uint64_t{o.trusted_sql} << 16);
  h.add(reinterpret_cast<std::uintptr_t>(o.ext));
  literals = ast::add_shape(h, q);
  return h.value();
}

struct key_hash {
  std::size_t operator()(const ast::shape_key& k) const { return k.lo; }
};

}  // namespace

struct statement_cache::entry {
  ast::shape_key key;
  dialect_id dialect = dialect_id::sqlite;
  paramstyle style = paramstyle::qmark;
  bool trusted_sql = true;
  const extensions* ext = nullptr;
  /// The literals compile() wrote into the SQL or decided by (ordinal, value): the key holds
  /// only their kind and shape_class, so a queryset of this key matches when these are equal.
  std::vector<std::pair<std::size_t, value>> inlined;
  std::vector<cache::fill> fills;
  std::size_t literal_count = 0;  // so that even a key collision reads no literal out of range
  std::shared_ptr<const compiled_query> result;
  bool named_parameters = false;  // bind() may have changed values compile() leaves empty

  /// The key is trusted for the structure (no walk of the trees); what it leaves out is checked.
  bool matches(dialect_id d, paramstyle s, const compile_options& o,
               const std::vector<const value*>& literals) const {
    if (dialect != d || style != s || trusted_sql != o.trusted_sql || ext != o.ext ||
        literals.size() != literal_count)
      return false;
    for (const auto& [ordinal, v] : inlined)
      if (!same(*literals[ordinal], v)) return false;
    return true;
  }

  // Most inlined literals are short names (order_by, values), integers and booleans, compared
  // without std::variant's visit; a name of up to 8 bytes as one word instead of through memcmp.
  static bool same(const value& a, const value& b) {
    if (a.kind() != b.kind()) return false;
    if (const auto* x = std::get_if<std::string>(&a.get())) {
      const auto& y = *std::get_if<std::string>(&b.get());
      if (x->size() != y.size()) return false;
      if (x->empty()) return true;
      if (x->size() > 8) return *x == y;
      return ast::shape_hasher::load(x->data(), x->size()) ==
             ast::shape_hasher::load(y.data(), y.size());
    }
    if (const auto* i = std::get_if<std::int64_t>(&a.get()))
      return *i == *std::get_if<std::int64_t>(&b.get());
    if (const auto* t = std::get_if<bool>(&a.get())) return *t == *std::get_if<bool>(&b.get());
    return a == b;
  }
};

namespace {

/// The entry for `q`, from a traced compile: every parameter whose value points into one of
/// `literals` (q's, in collect_literals() order) marks that literal as bound; the others are
/// kept by value.
template <class Entry>
std::shared_ptr<const Entry> make_entry(const schema& db, const ast::query& q, dialect_id d,
                                        paramstyle style, const compile_options& options,
                                        const ast::shape_key& key,
                                        const std::vector<const value*>& literals) {
  detail::compile_trace trace;
  auto e = std::make_shared<Entry>();
  e->result =
      std::make_shared<const compiled_query>(detail::compile_traced(db, q, d, options, &trace));
  e->key = key;
  e->dialect = d;
  e->style = style;
  e->trusted_sql = options.trusted_sql;
  e->ext = options.ext;
  e->literal_count = literals.size();
  std::unordered_map<const value*, std::size_t> ordinal;
  ordinal.reserve(literals.size());
  for (std::size_t i = 0; i < literals.size(); ++i) ordinal.emplace(literals[i], i);
  std::vector<bool> bound(literals.size(), false);  // by ordinal: a parameter, not structure
  for (const auto& st : e->result->statements) e->named_parameters |= !st.slots.empty();
  std::size_t offset = 0;
  for (std::size_t st = 0; st < trace.statements.size(); ++st) {
    for (const auto& origin : trace.statements[st]) {
      // Values the resolver made itself (defaults, coerced copies) stay as compiled.
      const auto it = ordinal.find(origin.source);
      if (it == ordinal.end()) continue;
      e->fills.push_back({st, offset + origin.index, it->second, origin});
      bound[it->second] = true;
    }
    offset += e->result->statements[st].params.size();
  }
  // A null's kind is in the key already.
  for (std::size_t i = 0; i < literals.size(); ++i)
    if (!bound[i] && !literals[i]->is_null()) e->inlined.emplace_back(i, *literals[i]);
  return e;
}

}  // namespace

struct statement_cache::impl {
  using lru_list = std::list<std::shared_ptr<const entry>>;

  impl(const schema& s, std::size_t c) : db(s), capacity(c) {}

  const schema& db;
  std::size_t capacity;
  mutable support::spin_lock mutex;  // held for lookups and inserts, never for a compile
  lru_list lru;                      // most recently used first
  std::unordered_multimap<ast::shape_key, lru_list::iterator, key_hash> by_key;
  std::uint64_t hits = 0;
  std::uint64_t misses = 0;

  /// The kept entry of `key` that a queryset with `literals` matches (moved to the front), or
  /// null.
  std::shared_ptr<const entry> find(const ast::shape_key& key, dialect_id d, paramstyle style,
                                    const compile_options& o,
                                    const std::vector<const value*>& literals) {
    const auto [first, last] = by_key.equal_range(key);
    for (auto it = first; it != last; ++it) {
      if (!(*it->second)->matches(d, style, o, literals)) continue;
      lru.splice(lru.begin(), lru, it->second);
      return *it->second;
    }
    return nullptr;
  }

  void insert(std::shared_ptr<const entry> e) {
    lru.push_front(std::move(e));
    by_key.emplace(lru.front()->key, lru.begin());
    if (lru.size() <= capacity) return;
    const auto victim = std::prev(lru.end());
    const auto [first, last] = by_key.equal_range((*victim)->key);
    for (auto it = first; it != last; ++it)
      if (it->second == victim) {
        by_key.erase(it);
        break;
      }
    lru.erase(victim);
  }
};

statement_cache::statement_cache(const schema& s, std::size_t capacity)
    : impl_(std::make_unique<impl>(s, capacity < 1 ? 1 : capacity)) {}

statement_cache::~statement_cache() = default;

std::shared_ptr<const statement_cache::entry> statement_cache::entry_for(
    const ast::query& q, dialect_id d, const compile_options& options,
    std::vector<const value*>& literals) {
  const paramstyle style = options.style.value_or(default_paramstyle(d));
  std::size_t count = 0;
  const ast::shape_key key = key_of(q, d, style, options, count);
  cache::collect_literals(q, count, literals);
  {
    std::lock_guard lock(impl_->mutex);
    auto hit = impl_->find(key, d, style, options, literals);
    ++(hit ? impl_->hits : impl_->misses);
    if (hit) return hit;
  }
  // Compiled outside the lock; entries are immutable once made.
  auto e = make_entry<entry>(impl_->db, q, d, style, options, key, literals);
  std::lock_guard lock(impl_->mutex);
  // Another thread may have compiled the same shape meanwhile: keep the first.
  if (!impl_->find(key, d, style, options, literals)) impl_->insert(e);
  return e;
}

compiled_query statement_cache::compile(const ast::query& q, dialect_id d,
                                        const compile_options& options) {
  std::vector<const value*> literals;
  const auto e = entry_for(q, d, options, literals);
  compiled_query out = *e->result;
  for (const cache::fill& f : e->fills)
    out.statements[f.statement].params[f.how.index] =
        render::parameter_value(f.how, *literals[f.literal]);
  return out;
}

void statement_cache::compile_into(const ast::query& q, dialect_id d,
                                   const compile_options& options, bound_query& out) {
  // Reused across calls on one thread, so a hit allocates nothing.
  thread_local std::vector<const value*> literals;
  const auto e = entry_for(q, d, options, literals);
  if (out.compiled_ != e->result || e->named_parameters) out.reset(e->result);
  for (const cache::fill& f : e->fills) {
    const value& v = *literals[f.literal];
    value& target = out.params_[f.flat_index];
    // Most values go in as they are: assigned in place, without a temporary.
    if (!f.how.adapts())
      target.assign(v);
    else
      target = render::parameter_value(f.how, v);
  }
}

statement_cache::counters statement_cache::stats() const {
  std::lock_guard lock(impl_->mutex);
  return {impl_->hits, impl_->misses, impl_->lru.size()};
}

void statement_cache::clear() {
  std::lock_guard lock(impl_->mutex);
  impl_->lru.clear();
  impl_->by_key.clear();
}

}  // namespace sqlweave
