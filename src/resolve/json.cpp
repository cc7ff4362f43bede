// SPDX-License-Identifier: MIT
#include "resolve/json.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>

#include "render/dialect.hpp"
#include "resolve/expressions.hpp"
#include "resolve/types.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

using catalog::lookup;

void dump_string(std::string_view s, std::string& out) {
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::uint32_t cp = c;
    std::size_t n = 1;
    if (c >= 0xF0 && i + 3 < s.size()) {
      cp = ((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) |
           (s[i + 3] & 0x3Fu);
      n = 4;
    } else if (c >= 0xE0 && i + 2 < s.size()) {
      cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
      n = 3;
    } else if (c >= 0xC0 && i + 1 < s.size()) {
      cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
      n = 2;
    }
    i += n;
    switch (cp) {
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      case '\b': out += "\\b"; continue;
      case '\f': out += "\\f"; continue;
      default: break;
    }
    if (cp >= 0x20 && cp < 0x7F) {
      out += static_cast<char>(cp);
    } else if (cp < 0x10000) {
      out += fmt::format("\\u{:04x}", cp);
    } else {  // ensure_ascii writes a UTF-16 surrogate pair
      const std::uint32_t v = cp - 0x10000;
      out += fmt::format("\\u{:04x}\\u{:04x}", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF));
    }
  }
  out += '"';
}

// Python's repr() of a float: the shortest text that reads back, always with a point or an
// exponent; json.dumps() spells the non-finite values as JavaScript does.
void dump_real(double d, std::string& out) {
  if (std::isnan(d)) {
    out += "NaN";
    return;
  }
  if (std::isinf(d)) {
    out += d < 0 ? "-Infinity" : "Infinity";
    return;
  }
  std::string text = fmt::format("{}", d);
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  out += text;
}

void dump(const ast::node& n, std::string& out) {
  switch (n.kind) {
    case ast::node_kind::literal: {
      const value& v = n.val;
      switch (v.kind()) {
        case value_kind::null: out += "null"; return;
        case value_kind::boolean: out += v.as_bool() ? "true" : "false"; return;
        case value_kind::integer: out += std::to_string(v.as_int()); return;
        case value_kind::real: dump_real(v.as_real(), out); return;
        case value_kind::text: dump_string(v.as_text(), out); return;
        case value_kind::date:
        case value_kind::datetime:
        case value_kind::decimal:
        case value_kind::duration:
        case value_kind::time:
        case value_kind::bytes: break;
      }
      fail(error_code::bad_value,
           fmt::format("Object of type {} is not JSON serializable",
                       v.kind() == value_kind::decimal    ? "Decimal"
                       : v.kind() == value_kind::date     ? "date"
                       : v.kind() == value_kind::duration ? "timedelta"
                       : v.kind() == value_kind::time     ? "time"
                       : v.kind() == value_kind::bytes    ? "bytes"
                                                          : "datetime"),
           n.span);
    }
    case ast::node_kind::list: {
      out += '[';
      for (std::size_t i = 0; i < n.args.size(); ++i) {
        if (i > 0) out += ", ";
        dump(*n.args[i], out);
      }
      out += ']';
      return;
    }
    case ast::node_kind::dict: {
      out += '{';
      for (std::size_t i = 0; i < n.kwargs.size(); ++i) {
        if (i > 0) out += ", ";
        dump_string(n.kwargs[i].name, out);
        out += ": ";
        dump(*n.kwargs[i].value, out);
      }
      out += '}';
      return;
    }
    default:
      fail(error_code::bad_value, "a JSON value is a literal, a list or a dict of them", n.span);
  }
}

bool is_value(const ast::node& n) {
  return n.kind == ast::node_kind::literal || n.kind == ast::node_kind::list ||
         n.kind == ast::node_kind::dict;
}

/// A key that Python's int() reads is an array index, as Django's compile_json_path decides.
std::optional<std::int64_t> index_of(std::string_view key) {
  std::string_view digits = key;
  if (!digits.empty() && (digits.front() == '-' || digits.front() == '+')) digits.remove_prefix(1);
  if (digits.empty()) return std::nullopt;
  for (char c : digits)
    if (c < '0' || c > '9') return std::nullopt;
  std::int64_t n = 0;
  const char* first = key.data() + (key.front() == '+' ? 1 : 0);
  const auto [end, ec] = std::from_chars(first, key.data() + key.size(), n);
  if (ec != std::errc{} || end != key.data() + key.size()) return std::nullopt;
  return n;
}

/// `$."a"[0]`: the JSON path of keys, from the document's root.
std::string json_path(std::span<const std::string_view> keys) {
  std::string out = "$";
  for (auto k : keys) {
    if (auto i = index_of(k)) {
      out += fmt::format("[{}]", *i);
    } else {
      out += '.';
      dump_string(k, out);
    }
  }
  return out;
}

/// `{"a","0"}`: a PostgreSQL text array literal of the keys.
std::string pg_text_array(std::span<const std::string_view> keys) {
  std::string out = "{";
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (i > 0) out += ',';
    out += '"';
    for (char c : keys[i]) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  out += '}';
  return out;
}

ir::expr* text_param(level& lv, std::string text, source_span span = {}) {
  return lv.kept_param(value(std::move(text)), field_type::text_field, span);
}

/// The JSON text of `v`, bound: the right side of a comparison with a JSON operand.
ir::expr* json_param(level& lv, const ast::node& v) {
  std::string text;
  dump(v, text);
  return lv.kept_param(value(std::move(text)), field_type::json_field, v.span);
}

ir::expr* json_value(level& lv, const ast::node& v, bool against_key) {
  const bool compound = v.kind == ast::node_kind::list || v.kind == ast::node_kind::dict;
  ir::expr* x = lv.cx.mem.node(ir::json_value{json_param(lv, v), against_key, compound}, v.span);
  x->type = field_type::json_field;
  return x;
}

ir::expr* unquoted(level& lv, ir::expr* operand, bool fold_case = false) {
  ir::expr* x = lv.cx.mem.node(ir::json_unquote{operand, fold_case}, operand->span);
  x->type = operand->type;
  absorb(*x, *operand);
  return x;
}

std::span<const std::string_view> keys_of(const ir::expr& e) {
  const auto* k = e.as<ir::json_key>();
  return k ? k->keys : std::span<const std::string_view>{};
}

ir::expr* base_of(ir::expr* e) {
  const auto* k = e->as<ir::json_key>();
  return k ? k->base : e;
}

/// The key names of has_key / has_keys / has_any_keys: a name, or a list of names.
small<std::string_view, 8> key_names(level& lv, const catalog::lookup_entry& lk,
                                     const ast::node& rhs) {
  auto name_of = [&](const ast::node& n) -> std::string_view {
    if (n.kind == ast::node_kind::literal && n.val.kind() == value_kind::text)
      return lv.text(n.val.as_text());
    if (n.kind == ast::node_kind::literal && n.val.kind() == value_kind::integer)
      return lv.text(std::to_string(n.val.as_int()));
    fail(error_code::bad_value, fmt::format("the {} lookup takes key names", lk.name), n.span);
  };
  small<std::string_view, 8> names;
  if (lk.id == lookup::has_key) {
    names.push_back(name_of(rhs));
    return names;
  }
  if (rhs.kind != ast::node_kind::list || rhs.args.empty())
    fail(error_code::bad_value, fmt::format("the {} lookup takes a list of key names", lk.name),
         rhs.span);
  for (const auto& a : rhs.args) names.push_back(name_of(*a));
  return names;
}

ir::expr* test(level& lv, ir::json_test t, source_span span) {
  return predicate(lv, t, {t.lhs, t.value}, span);
}

ir::expr* has_keys(level& lv, ir::expr* lhs, const catalog::lookup_entry& lk,
                   const ast::node& rhs) {
  const auto names = key_names(lv, lk, rhs);
  const auto prefix = keys_of(*lhs);
  small<ir::expr*, 8> paths;
  for (auto name : names) {
    small<std::string_view, 8> keys(prefix.begin(), prefix.end());
    keys.push_back(name);
    paths.push_back(text_param(lv, json_path({keys.data(), keys.size()})));
  }
  const std::span<const std::string_view> given(names.data(), names.size());
  ir::json_test t;
  t.op = lk.id == lookup::has_key    ? ir::json_op::has_key
         : lk.id == lookup::has_keys ? ir::json_op::has_all_keys
                                     : ir::json_op::has_any_keys;
  t.lhs = lhs;
  t.base = base_of(lhs);
  t.paths = lv.cx.mem.list(paths);
  t.pg_keys =
      text_param(lv, lk.id == lookup::has_key ? std::string(names[0]) : pg_text_array(given));
  return test(lv, t, rhs.span);
}

}  // namespace

std::string json_text(const ast::node& n) {
  std::string out;
  dump(n, out);
  return out;
}

ir::expr* key_transform(level& lv, ir::expr* lhs, std::string_view key, bool text,
                        source_span span) {
  small<std::string_view, 8> keys;
  const auto prefix = keys_of(*lhs);
  keys.insert(keys.end(), prefix.begin(), prefix.end());
  keys.push_back(lv.text(key));
  ir::json_key k;
  k.base = base_of(lhs);
  k.keys = lv.cx.mem.list(keys);
  k.path = text_param(lv, json_path(k.keys));
  k.nested = keys.size() > 1;
  const auto index = index_of(key);
  if (k.nested)
    k.pg_key = text_param(lv, pg_text_array(k.keys));
  else if (index)
    k.pg_key = lv.kept_param(value(*index), field_type::integer_field);
  else
    k.pg_key = text_param(lv, std::string(key));
  k.text = text;
  ir::expr* x = lv.cx.mem.node(k, span);
  x->type = field_type::json_field;
  absorb(*x, *lhs);
  return x;
}

ir::expr* json_lookup(level& lv, ir::expr*& lhs, const catalog::lookup_entry& lk,
                      const ast::node& rhs, const use_site& site, alias_list* votes) {
  const bool key = lhs->is<ir::json_key>();
  const bool rhs_null = rhs.kind == ast::node_kind::literal && rhs.val.is_null();
  auto operand = [&]() -> ir::expr* { return expression(lv, rhs, site, votes); };
  // A JSON type compares only with JSON: `jsonb = integer` is PostgreSQL's error, which Django
  // leaves to the database.
  auto compared = [&](ir::expr* r) -> ir::expr* {
    if (lv.cx.dialect.json_type && r->type && !r->is_class(type_class::json))
      unsupported(lv.cx.dialect.name,
                  fmt::format("comparing a JSONField with a non-JSON {}", type_name(*r->type)),
                  rhs.span);
    return r;
  };
  switch (lk.id) {
    case lookup::has_key:
    case lookup::has_keys:
    case lookup::has_any_keys: return has_keys(lv, lhs, lk, rhs);
    case lookup::contains:
    case lookup::contained_by: {
      if (!lv.cx.dialect.json_contains)
        unsupported(lv.cx.dialect.name, fmt::format("the {} lookup on a JSONField", lk.name),
                    rhs.span);
      ir::json_test t;
      t.op = lk.id == lookup::contains ? ir::json_op::contains : ir::json_op::contained_by;
      t.lhs = lhs;
      t.value = is_value(rhs) ? json_param(lv, rhs) : operand();
      return test(lv, t, rhs.span);
    }
    case lookup::isnull: {
      if (!key) return nullptr;
      if (rhs.kind != ast::node_kind::literal || rhs.val.kind() != value_kind::boolean)
        fail(error_code::bad_value, "the isnull lookup takes True or False", rhs.span);
      ir::json_test t;
      t.op = rhs.val.as_bool() ? ir::json_op::key_missing : ir::json_op::key_present;
      t.lhs = lhs;
      t.base = base_of(lhs);
      return test(lv, t, rhs.span);
    }
    case lookup::exact: {
      if (rhs_null) {  // the JSON null, not SQL NULL (Django's JSONExact)
        ir::json_test t;
        t.op = ir::json_op::json_null;
        t.lhs = lhs;
        t.base = base_of(lhs);
        t.value = text_param(lv, "null");
        return test(lv, t, rhs.span);
      }
      ir::expr* r = is_value(rhs) ? json_value(lv, rhs, key) : compared(operand());
      return lv.compare(ir::compare_op::eq, unquoted(lv, lhs), r);
    }
    case lookup::in: {
      if (rhs.kind != ast::node_kind::list) return nullptr;  // a queryset: the standard lookup
      small<ir::expr*, 16> items;
      for (const auto& item : rhs.args) {
        if (!is_value(*item))
          items.push_back(expression(lv, *item, site, votes));
        else if (key)
          items.push_back(unquoted(lv, json_value(lv, *item, true)));
        else
          items.push_back(json_param(lv, *item));
      }
      if (items.empty()) return lv.truth(false);
      ir::expr* l = unquoted(lv, lhs);
      ir::expr* n = predicate(lv, ir::in_list{l, lv.cx.mem.list(items)}, {l});
      for (const ir::expr* i : items) absorb(*n, *i);
      return n;
    }
    case lookup::gt:
    case lookup::gte:
    case lookup::lt:
    case lookup::lte: {
      // A key's value compares with the plain number where the database has no JSON type.
      const bool raw = key && !lv.cx.dialect.json_type && rhs.kind == ast::node_kind::literal;
      ir::expr* r = raw             ? lv.param(&rhs.val, std::nullopt, rhs.span)
                    : is_value(rhs) ? json_param(lv, rhs)
                                    : compared(operand());
      const auto op = lk.id == lookup::gt    ? ir::compare_op::gt
                      : lk.id == lookup::gte ? ir::compare_op::ge
                      : lk.id == lookup::lt  ? ir::compare_op::lt
                                             : ir::compare_op::le;
      return lv.compare(op, unquoted(lv, lhs), r);
    }
    case lookup::iexact:
    case lookup::icontains:
    case lookup::startswith:
    case lookup::istartswith:
    case lookup::endswith:
    case lookup::iendswith:
    case lookup::regex:
    case lookup::iregex: {
      // On a key, the text lookups read the key as text (KeyTextTransform) and, on MariaDB,
      // fold case themselves (JSON text has a binary collation).
      if (key) {
        const auto& k = *lhs->as<ir::json_key>();
        ir::expr* text = lv.cx.mem.node(
            ir::json_key{k.base, k.keys, k.path, k.pg_key, k.nested, true}, lhs->span);
        text->type = field_type::json_field;
        absorb(*text, *lhs);
        const bool insensitive = lk.id == lookup::iexact || lk.id == lookup::icontains ||
                                 lk.id == lookup::istartswith || lk.id == lookup::iendswith ||
                                 lk.id == lookup::iregex;
        lhs = unquoted(lv, text, insensitive);
      } else {
        lhs = unquoted(lv, lhs);
      }
      return nullptr;
    }
    case lookup::range: {
      // No KeyTransform range: Django's Range binds each bound as JSONField.get_prep_value
      // makes it, JSON text (None stays NULL), whatever the database compares it with.
      if (rhs.kind != ast::node_kind::list || rhs.args.size() != 2) return nullptr;
      auto bound = [&](const ast::node& b) -> ir::expr* {
        if (b.kind == ast::node_kind::literal && b.val.is_null())
          return lv.param(&b.val, std::nullopt, b.span);
        return is_value(b) ? json_param(lv, b) : expression(lv, b, site, votes);
      };
      ir::expr* l = unquoted(lv, lhs);
      ir::expr* low = bound(*rhs.args[0]);
      ir::expr* high = bound(*rhs.args[1]);
      return predicate(lv, ir::between{l, low, high}, {l, low, high});
    }
  }
  return nullptr;
}

}  // namespace sqlweave::resolve
