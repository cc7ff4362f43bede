// SPDX-License-Identifier: MIT
// Work grows linearly with the input (counted in allocations, not time), and compiling is
// deterministic: the same input gives byte-identical SQL and parameters, whatever ran before.
#include <catch2/catch.hpp>

#include "sqlweave/compile.hpp"
#include "sqlweave/parse.hpp"
#include "support/fixture.hpp"
#include "tools/allocations.hpp"

using namespace sqlweave;

namespace {

std::string or_chain(int n) {
  std::string text = "Product.objects.filter(Q(stock=0)";
  for (int i = 1; i < n; ++i) text += " | Q(name__icontains=\"x" + std::to_string(i) + "\")";
  return text + ")";
}

std::size_t allocations_for(const std::string& text) {
  const std::size_t before = tools::allocations();
  const auto c = compile(testing::shop_models(), parse_query(text), dialect_id::postgresql);
  CHECK(!c.statements.at(0).sql.empty());
  return tools::allocations() - before;
}

}  // namespace

TEST_CASE("parse and compile work grows linearly with the query", "[limits]") {
  const auto small = allocations_for(or_chain(500));
  const auto large = allocations_for(or_chain(2000));
  INFO(small << " allocations for 500 conditions, " << large << " for 2000");
  CHECK(large < small * 5);  // 4x the input: about 4x the work, never quadratic
}

TEST_CASE("limits have clear errors", "[limits]") {
  std::string long_in = "Product.objects.filter(id__in=[0";
  for (int i = 1; i <= 10000; ++i) {
    long_in += ',';
    long_in += std::to_string(i);
  }
  try {
    compile(testing::shop_models(), parse_query(long_in + "])"), dialect_id::sqlite);
    FAIL("expected limit_exceeded");
  } catch (const error& e) {
    CHECK(e.code() == error_code::limit_exceeded);
    CHECK(std::string(e.what()) == "an in list holds at most 10000 values, not 10001");
  }
}

TEST_CASE("compiling is deterministic across runs and dialect order", "[determinism]") {
  const std::string text =
      R"(Customer.objects.filter(Q(orders__total__gt=100) | ~Q(country__in=["DE", "FR"])).annotate(n=Count("orders")).order_by("-n", "id")[:5])";
  std::vector<std::string> first;
  for (auto d : all_dialects)
    first.push_back(compile(testing::shop_models(), parse_query(text), d).statements.at(0).sql);
  std::vector<std::string> reversed;
  for (auto d : {dialect_id::oracle, dialect_id::mysql, dialect_id::postgresql, dialect_id::sqlite})
    reversed.insert(reversed.begin(),
                    compile(testing::shop_models(), parse_query(text), d).statements.at(0).sql);
  CHECK(first == reversed);
}
