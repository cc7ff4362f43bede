// SPDX-License-Identifier: MIT
// Typed errors with positions: every failure names what is wrong and, for text input, where.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace sqlweave {

/// A byte range of the text a node came from; `length == 0` for synthesized nodes.
struct source_span {
  std::uint32_t offset = 0;
  std::uint32_t length = 0;
  bool empty() const { return length == 0; }
};

enum class error_code : std::uint8_t {
  syntax,              // text that is not a query or a models.py
  unknown_model,       // Book.objects on a schema without Book
  unknown_field,       // titel on Book
  unknown_lookup,      // title__startwith
  unknown_function,    // Cout("id")
  bad_lookup,          // a lookup or transform that does not fit the field type
  bad_value,           // a value of the wrong type, None where none is allowed
  bad_argument,        // wrong arguments to a method or function
  bad_schema,          // a models.py or C++ schema that does not hold together
  unsupported,         // a construct the dialect cannot express
  limit_exceeded,      // nesting depth, list length, parameter count
  unbound_parameter,   // bind() without a value for :name
  protected_relation,  // delete() blocked by on_delete=PROTECT/RESTRICT
  bad_url,             // a database URL that names no database sqlweave can open
  database,            // the database refused: connection, login, SQL error (its message)
  integrity,           // the database refused a write breaking a constraint (IntegrityError)
  needs_default,       // a migration adds or makes NOT NULL a field with no value for old rows
};

/// Stable, lower-case name of an error code: `unknown_field`.
std::string_view to_string(error_code code);

/// One problem found in a query or schema.
struct diagnostic {
  error_code code;
  std::string message;
  source_span span;
  std::vector<std::string> candidates;  // "did you mean" names, nearest first
};

/// The one exception type sqlweave throws. `what()` is the message alone; `render(source)`
/// adds `line:column`, the source line and a caret run under the span.
class error : public std::runtime_error {
 public:
  explicit error(diagnostic d);
  const diagnostic& info() const { return d_; }
  error_code code() const { return d_.code; }
  const source_span& span() const { return d_.span; }
  /// `error: unknown field 'titel' on Book; did you mean 'title'?\n  at 1:24\n  <line>\n  ^^^^^`
  /// With a `path`, the position reads `--> path:line:column`.
  std::string render(std::string_view source, std::string_view path = {}) const;

 private:
  diagnostic d_;
};

/// The names among `candidates` closest to `name` by edit distance (at most three).
std::vector<std::string> nearest_names(std::string_view name,
                                       const std::vector<std::string_view>& candidates);

}  // namespace sqlweave
