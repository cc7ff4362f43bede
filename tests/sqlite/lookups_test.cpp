// SPDX-License-Identifier: MIT
// Every lookup and transform executed on SQLite over the shop fixture. The expected ids are
// computed here in C++ from the fixture data, never from the compiler's output.
#include <catch2/catch.hpp>
#include <chrono>
#include <optional>
#include <regex>

#include "sqlweave/query.hpp"
#include "support/fixture.hpp"
#include "support/shop_schema.hpp"

using namespace sqlweave;
using testing::record;

namespace {

std::vector<std::int64_t> run_ids(const queryset& q) {
  static const schema s = testing::shop_schema();
  const auto c = q.compile(s, dialect_id::sqlite);
  std::vector<std::int64_t> ids;
  for (const auto& r : testing::shop_sqlite().query(c.statements.at(0)))
    ids.push_back(r.at(0).as_int());
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::optional<std::string> text(const record& r, const char* column) {
  const auto& v = r.at(column);
  if (v.is_null()) return std::nullopt;
  if (v.is_string()) return v.get<std::string>();
  return v.dump();
}

double number(const record& r, const char* column) {
  const auto& v = r.at(column);
  return v.is_string() ? std::stod(v.get<std::string>()) : v.get<double>();
}

// SQLite's LIKE folds ASCII letters only; the i-lookups on SQLite mean exactly that.
std::string ascii_lower(std::string s) {
  for (auto& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

bool starts(const std::string& s, const std::string& p) {
  return s.compare(0, p.size(), p) == 0;
}
bool ends(const std::string& s, const std::string& p) {
  return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

std::chrono::year_month_day ymd(const std::string& iso) {
  return std::chrono::year_month_day{
      std::chrono::year{std::stoi(iso.substr(0, 4))},
      std::chrono::month{static_cast<unsigned>(std::stoi(iso.substr(5, 2)))},
      std::chrono::day{static_cast<unsigned>(std::stoi(iso.substr(8, 2)))}};
}

// ISO 8601: the week (and its year) of the Thursday in the same Monday-based week.
std::pair<int, int> iso_week(const std::string& iso) {
  using namespace std::chrono;
  const sys_days d{ymd(iso)};
  const int monday_based = static_cast<int>(weekday{d}.iso_encoding()) - 1;
  const sys_days thursday = d + days{3 - monday_based};
  const year_month_day t{thursday};
  const sys_days jan1{t.year() / January / 1};
  return {static_cast<int>(t.year()), static_cast<int>((thursday - jan1).count() / 7 + 1)};
}

int field_int(const std::string& iso, std::size_t pos) {
  return std::stoi(iso.substr(pos, 2));
}

using keep_fn = std::function<bool(const record&)>;

void check(const queryset& q, const std::string& table, const keep_fn& keep) {
  INFO(table);
  CHECK(run_ids(q) == testing::ids_where(table, keep));
}

keep_fn on_text(const char* column, std::function<bool(const std::string&)> test) {
  return [=](const record& r) {
    auto v = text(r, column);
    return v && test(*v);
  };
}

}  // namespace

TEST_CASE("text lookups run on SQLite with their documented meaning", "[sqlite][lookups]") {
  const auto customers = objects("Customer");
  SECTION("exact is case-sensitive") {
    check(customers.filter("name", "alice smith"), "shop_customer",
          on_text("name", [](const auto& v) { return v == "alice smith"; }));
  }
  SECTION("exact with an empty string") {
    check(customers.filter("name__exact", ""), "shop_customer",
          on_text("name", [](const auto& v) { return v.empty(); }));
  }
  SECTION("exact None is IS NULL") {
    check(customers.filter("email", nullptr), "shop_customer",
          [](const record& r) { return r.at("email").is_null(); });
  }
  SECTION("iexact") {
    check(customers.filter("name__iexact", "ALICE SMITH"), "shop_customer",
          on_text("name", [](const auto& v) { return ascii_lower(v) == "alice smith"; }));
  }
  SECTION("iexact escapes LIKE wildcards") {
    check(customers.filter("name__iexact", "under_scor_"), "shop_customer",
          [](const record&) { return false; });
  }
  SECTION("contains is case-sensitive") {
    check(objects("Product").filter("name__contains", "Widget"), "shop_product",
          on_text("name", [](const auto& v) { return v.find("Widget") != std::string::npos; }));
  }
  SECTION("contains with % _ and backslash matches them literally") {
    for (const char* needle : {"%", "_", "\\", "50% O", "o_X"}) {
      INFO(needle);
      check(objects("Product").filter("name__contains", needle), "shop_product",
            on_text("name", [=](const auto& v) { return v.find(needle) != std::string::npos; }));
    }
  }
  SECTION("contains with GLOB characters matches them literally") {
    check(objects("Product").filter("name__contains", "*"), "shop_product",
          on_text("name", [](const auto& v) { return v.find('*') != std::string::npos; }));
    check(objects("Product").filter("name__contains", "[a]"), "shop_product",
          on_text("name", [](const auto& v) { return v.find("[a]") != std::string::npos; }));
  }
  SECTION("icontains") {
    check(objects("Product").filter("name__icontains", "widget"), "shop_product",
          on_text("name", [](const auto& v) {
            return ascii_lower(v).find("widget") != std::string::npos;
          }));
  }
  SECTION("startswith / istartswith") {
    check(customers.filter("name__startswith", "Al"), "shop_customer",
          on_text("name", [](const auto& v) { return starts(v, "Al"); }));
    check(customers.filter("name__istartswith", "al"), "shop_customer",
          on_text("name", [](const auto& v) { return starts(ascii_lower(v), "al"); }));
  }
  SECTION("endswith / iendswith") {
    check(customers.filter("name__endswith", "h"), "shop_customer",
          on_text("name", [](const auto& v) { return ends(v, "h"); }));
    check(customers.filter("name__iendswith", "SMITH"), "shop_customer",
          on_text("name", [](const auto& v) { return ends(ascii_lower(v), "smith"); }));
    check(customers.filter("name__endswith", " "), "shop_customer",
          on_text("name", [](const auto& v) { return ends(v, " "); }));
  }
  SECTION("regex / iregex") {
    check(customers.filter("name__regex", "^[A-Z][a-z]+$"), "shop_customer",
          on_text("name",
                  [](const auto& v) { return std::regex_search(v, std::regex("^[A-Z][a-z]+$")); }));
    check(customers.filter("name__iregex", "^alice"), "shop_customer",
          on_text("name", [](const auto& v) { return starts(ascii_lower(v), "alice"); }));
  }
}

TEST_CASE("comparison, membership and null lookups run on SQLite", "[sqlite][lookups]") {
  const auto products = objects("Product");
  SECTION("gt / gte / lt / lte on integers") {
    check(products.filter("stock__gt", 10), "shop_product",
          [](const record& r) { return r.at("stock").get<int>() > 10; });
    check(products.filter("stock__gte", 10), "shop_product",
          [](const record& r) { return r.at("stock").get<int>() >= 10; });
    check(products.filter("stock__lt", 0), "shop_product",
          [](const record& r) { return r.at("stock").get<int>() < 0; });
    check(products.filter("stock__lte", 0), "shop_product",
          [](const record& r) { return r.at("stock").get<int>() <= 0; });
  }
  SECTION("decimals and floats") {
    check(products.filter("price__lt", decimal{"100.50"}), "shop_product",
          [](const record& r) { return number(r, "price") < 100.5; });
    check(products.filter("weight__lte", 2.5), "shop_product",
          [](const record& r) { return !r.at("weight").is_null() && number(r, "weight") <= 2.5; });
  }
  SECTION("in, with None dropped and an empty list matching nothing") {
    check(objects("Customer").filter("country__in", expression{"DE", "CH", ""}), "shop_customer",
          on_text("country", [](const auto& v) { return v == "DE" || v == "CH" || v.empty(); }));
    check(objects("Customer").filter("email__in", expression{nullptr, "user1@example.com"}),
          "shop_customer",
          on_text("email", [](const auto& v) { return v == "user1@example.com"; }));
    check(objects("Customer").filter("country__in", expression{}), "shop_customer",
          [](const record&) { return false; });
    check(objects("Customer").exclude("country__in", expression{}), "shop_customer",
          [](const record&) { return true; });
  }
  SECTION("range is inclusive") {
    check(products.filter("stock__range", expression{0, 10}), "shop_product", [](const record& r) {
      const int s = r.at("stock").get<int>();
      return s >= 0 && s <= 10;
    });
  }
  SECTION("isnull") {
    check(products.filter("cost__isnull", true), "shop_product",
          [](const record& r) { return r.at("cost").is_null(); });
    check(products.filter("cost__isnull", false), "shop_product",
          [](const record& r) { return !r.at("cost").is_null(); });
  }
  SECTION("exclude keeps NULL rows of a nullable column") {
    check(objects("Customer").exclude("email", "user1@example.com"), "shop_customer",
          [](const record& r) {
            return r.at("email").is_null() ||
                   r.at("email").get<std::string>() != "user1@example.com";
          });
  }
  SECTION("F() comparisons") {
    check(products.filter("stock__gt", F("id")), "shop_product",
          [](const record& r) { return r.at("stock").get<int>() > r.at("id").get<int>(); });
    check(products.filter("price__gt", F("cost") * 2), "shop_product", [](const record& r) {
      return !r.at("cost").is_null() && number(r, "price") > number(r, "cost") * 2;
    });
  }
  SECTION("Q algebra") {
    check(products.filter((Q("stock", 0) | Q("stock__lt", 0)) & ~Q("active", false)),
          "shop_product", [](const record& r) {
            return r.at("stock").get<int>() <= 0 && r.at("active").get<bool>();
          });
  }
}

TEST_CASE("date and datetime transforms run on SQLite", "[sqlite][transforms]") {
  auto date_of = [](const record& r, const char* c) { return r.at(c).get<std::string>(); };
  const auto customers = objects("Customer");
  SECTION("year, with the bounds form for exact and comparisons") {
    check(customers.filter("joined__year", 2020), "shop_customer",
          [&](const record& r) { return date_of(r, "joined").substr(0, 4) == "2020"; });
    check(customers.filter("joined__year__lt", 2020), "shop_customer",
          [&](const record& r) { return std::stoi(date_of(r, "joined").substr(0, 4)) < 2020; });
    check(customers.filter("joined__year__gte", 2022), "shop_customer",
          [&](const record& r) { return std::stoi(date_of(r, "joined").substr(0, 4)) >= 2022; });
  }
  SECTION("month, day, quarter") {
    check(customers.filter("joined__month", 2), "shop_customer",
          [&](const record& r) { return field_int(date_of(r, "joined"), 5) == 2; });
    check(customers.filter("joined__day__lte", 10), "shop_customer",
          [&](const record& r) { return field_int(date_of(r, "joined"), 8) <= 10; });
    check(customers.filter("joined__quarter", 3), "shop_customer",
          [&](const record& r) { return (field_int(date_of(r, "joined"), 5) + 2) / 3 == 3; });
  }
  SECTION("week, iso_year, week_day, iso_week_day") {
    for (int week : {1, 9, 52, 53}) {
      INFO(week);
      check(customers.filter("joined__week", week), "shop_customer",
            [&](const record& r) { return iso_week(date_of(r, "joined")).second == week; });
    }
    check(customers.filter("joined__iso_year", 2020), "shop_customer",
          [&](const record& r) { return iso_week(date_of(r, "joined")).first == 2020; });
    for (int day = 1; day <= 7; ++day) {
      INFO(day);
      auto weekday = [&](const record& r) {
        return std::chrono::weekday{std::chrono::sys_days{ymd(date_of(r, "joined"))}};
      };
      check(customers.filter("joined__week_day", day), "shop_customer",
            [&](const record& r) { return static_cast<int>(weekday(r).c_encoding()) + 1 == day; });
      check(customers.filter("joined__iso_week_day", day), "shop_customer",
            [&](const record& r) { return static_cast<int>(weekday(r).iso_encoding()) == day; });
    }
  }
  SECTION("hour, minute, second, date on datetimes") {
    const auto orders = objects("Order");
    auto placed = [&](const record& r) { return date_of(r, "placed"); };
    check(orders.filter("placed__hour", 17), "shop_order",
          [&](const record& r) { return field_int(placed(r), 11) == 17; });
    check(orders.filter("placed__minute__lt", 5), "shop_order",
          [&](const record& r) { return field_int(placed(r), 14) < 5; });
    check(orders.filter("placed__second", 0), "shop_order",
          [&](const record& r) { return field_int(placed(r), 17) == 0; });
    check(orders.filter("placed__date", date{2019, 10, 24}), "shop_order",
          [&](const record& r) { return placed(r).substr(0, 10) == "2019-10-24"; });
    check(orders.filter("placed__date__range", expression{date{2020, 1, 1}, date{2020, 3, 31}}),
          "shop_order", [&](const record& r) {
            const auto d = placed(r).substr(0, 10);
            return d >= "2020-01-01" && d <= "2020-03-31";
          });
    check(orders.filter("placed__year", 2024).filter("placed__month__in", expression{1, 2}),
          "shop_order", [&](const record& r) {
            return placed(r).substr(0, 4) == "2024" &&
                   (field_int(placed(r), 5) == 1 || field_int(placed(r), 5) == 2);
          });
  }
}
