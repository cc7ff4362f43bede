// SPDX-License-Identifier: MIT
// Rejects: every bad name or value is a typed error that names it and suggests the nearest one.
#include <catch2/catch.hpp>

#include "sqlweave/query.hpp"
#include "support/shop_schema.hpp"

using namespace sqlweave;

namespace {

error compile_error(const queryset& q) {
  static const schema s = testing::shop_schema();
  try {
    q.compile(s, dialect_id::sqlite);
  } catch (const error& e) {
    return e;
  }
  FAIL("expected an error");
  throw;
}

}  // namespace

TEST_CASE("unknown model", "[resolve][errors]") {
  const auto e = compile_error(objects("Prodcut"));
  CHECK(e.code() == error_code::unknown_model);
  CHECK(std::string(e.what()) == "unknown model 'Prodcut'; did you mean 'Product'?");
}

TEST_CASE("unknown field with a suggestion", "[resolve][errors]") {
  const auto e = compile_error(objects("Product").filter("nmae", "x"));
  CHECK(e.code() == error_code::unknown_field);
  CHECK(std::string(e.what()) == "unknown field 'nmae' on Product; did you mean 'name'?");
}

TEST_CASE("unknown field across a relation names the related model", "[resolve][errors]") {
  const auto e = compile_error(objects("Product").filter("category__titel", "x"));
  CHECK(e.code() == error_code::unknown_field);
  CHECK(std::string(e.what()) == "unknown field 'titel' on Category");
}

TEST_CASE("unknown lookup", "[resolve][errors]") {
  const auto e = compile_error(objects("Product").filter("name__startwith", "x"));
  CHECK(e.code() == error_code::unknown_lookup);
  CHECK(std::string(e.what()) ==
        "unknown lookup or transform 'startwith' on name; did you mean 'startswith'?");
}

TEST_CASE("a transform that does not fit the field type", "[resolve][errors]") {
  const auto e = compile_error(objects("Product").filter("name__year", 2020));
  CHECK(e.code() == error_code::bad_lookup);
}

TEST_CASE("a value of the wrong type", "[resolve][errors]") {
  const auto e = compile_error(objects("Product").filter("stock", "many"));
  CHECK(e.code() == error_code::bad_value);
  CHECK(std::string(e.what()) == "field 'stock' expected a number, got 'many'");
  CHECK(compile_error(objects("Customer").filter("joined__gt", "yesterday")).code() ==
        error_code::bad_value);
}

TEST_CASE("None only with exact and isnull", "[resolve][errors]") {
  CHECK(compile_error(objects("Product").filter("stock__gt", nullptr)).code() ==
        error_code::bad_value);
}

TEST_CASE("unknown function", "[resolve][errors]") {
  const auto e = compile_error(objects("Product").annotate("n", func("Cout", {"id"})));
  CHECK(e.code() == error_code::unknown_function);
  CHECK(std::string(e.what()) == "unknown function 'Cout'; did you mean 'Count'?");
}
