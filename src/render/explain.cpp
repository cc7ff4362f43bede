// SPDX-License-Identifier: MIT
// explain(): the prefix that asks the database for a SELECT's plan, in its default form.
#include "render/writer.hpp"

namespace sqlweave::render {

void parenthesized_explain(writer& w, const ir::explain& e) {
  w.sql(w.traits().explain_prefix);
  if (e.options.empty() && e.format.empty()) return;
  // Django's PostgreSQL backend: the options in its order, then FORMAT.
  const char* sep = " (";
  for (const auto& o : e.options) {
    w.sql(sep);
    w.sql(o.name);
    w.sql(o.on ? " true" : " false");
    sep = ", ";
  }
  if (!e.format.empty()) {
    w.sql(sep);
    w.sql("FORMAT ");
    w.sql(e.format);
  }
  w.sql(')');
}

}  // namespace sqlweave::render
