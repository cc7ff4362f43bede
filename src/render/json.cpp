// SPDX-License-Identifier: MIT
// JSONField's shared shape, SQLite's JSON1 functions as Django 3.2 uses them: a key is
// JSON_EXTRACT(doc, '$."a"'), a key's presence JSON_TYPE(doc, path) IS NOT NULL, and a value
// compared with a key is parsed with JSON_EXTRACT(%s, '$') so that 1 and "1" stay apart.
#include "render/dialect.hpp"
#include "render/writer.hpp"

namespace sqlweave::render {
namespace {

void json_type_of(writer& w, const ir::json_test& t, const ir::expr& path) {
  w.sql("JSON_TYPE(");
  w.expr(*t.base);
  w.sql(", ");
  w.expr(path);
  w.sql(')');
}

void type_not_null(writer& w, const ir::json_test& t, const ir::expr& path) {
  json_type_of(w, t, path);
  w.sql(" IS NOT NULL");
}

}  // namespace

void json_extract(writer& w, const ir::json_key& k) {
  w.sql("JSON_EXTRACT(");
  w.expr(*k.base);
  w.sql(", ");
  w.expr(*k.path);
  w.sql(')');
}

void json_parsed_for_keys(writer& w, const ir::json_value& v) {
  if (!v.against_key) return w.expr(*v.text);
  w.sql("JSON_EXTRACT(");
  w.expr(*v.text);
  w.sql(", '$')");
}

void json_as_is(writer& w, const ir::json_unquote& u) {
  w.expr(*u.operand);
}

void each_path(writer& w, const ir::json_test& t,
               void (*one)(writer&, const ir::json_test&, const ir::expr& path)) {
  if (t.paths.size() == 1) return one(w, t, *t.paths[0]);
  w.sql('(');
  for (std::size_t i = 0; i < t.paths.size(); ++i) {
    if (i > 0) w.sql(t.op == ir::json_op::has_any_keys ? " OR " : " AND ");
    one(w, t, *t.paths[i]);
  }
  w.sql(')');
}

void json_type_test(writer& w, const ir::json_test& t) {
  const auto* key = t.lhs->as<ir::json_key>();
  switch (t.op) {
    case ir::json_op::contains:
    case ir::json_op::contained_by: {
      const bool contains = t.op == ir::json_op::contains;
      w.sql("JSON_CONTAINS(");
      w.expr(contains ? *t.lhs : *t.value);
      w.sql(", ");
      w.expr(contains ? *t.value : *t.lhs);
      w.sql(')');
      return;
    }
    case ir::json_op::has_key:
    case ir::json_op::has_all_keys:
    case ir::json_op::has_any_keys: return each_path(w, t, type_not_null);
    case ir::json_op::key_missing:
    case ir::json_op::key_present:
      json_type_of(w, t, *key->path);
      w.sql(t.op == ir::json_op::key_missing ? " IS NULL" : " IS NOT NULL");
      return;
    case ir::json_op::json_null:
      // JSON_EXTRACT gives SQL NULL for the JSON null; JSON_TYPE tells them apart.
      w.sql("JSON_TYPE(");
      w.expr(*t.base);
      if (key) {
        w.sql(", ");
        w.expr(*key->path);
        w.sql(") = ");
      } else {
        w.sql(", '$') = ");
      }
      w.expr(*t.value);
      return;
  }
}

}  // namespace sqlweave::render
