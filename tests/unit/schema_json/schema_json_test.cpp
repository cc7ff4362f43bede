// SPDX-License-Identifier: MIT
// The schema JSON form: a C++ schema written and read back is the same schema (same DDL, same
// JSON), and every kind of bad file is an error at its line and column saying what was expected.
#include "sqlweave/schema_json.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/ddl.hpp"

using namespace sqlweave;

namespace {

schema sample() {
  schema s;
  s.add_model("Author", "library").add(fields::char_field("name", 100)).add([] {
    auto f = fields::make("born", field_type::date_field);
    f.null = true;
    f.default_value = value{date{1970, 1, 2}};
    return f;
  }());
  auto book = s.add_model("Book", "library");
  book.add(fields::char_field("title", 200))
      .add(fields::decimal_field("price", 8, 2))
      .add(fields::foreign_key("author", "Author", on_delete::set_null))
      .add(fields::many_to_many("fans", "Author"));
  book.get().fields[2].null = true;
  book.get().fields[2].related_name = "books";
  book.get().fields[1].default_value = value{decimal{"9.50"}};
  book.get().ordering = {"-title"};
  index_def by_title;
  by_title.fields = {"title"};
  by_title.condition = "Q(price__gt=0)";
  book.get().indexes.push_back(by_title);
  constraint_def positive;
  positive.what = constraint_def::kind::check;
  positive.name = "price_positive";
  positive.condition = "Q(price__gte=0)";
  book.get().constraints.push_back(positive);
  s.add_model("Novel", "library").get().proxy_for = "Book";
  s.finalize();
  return s;
}

// The rendered error of loading `text` as "s.json".
std::string error_of(const std::string& text) {
  try {
    schema_from_json(text, "s.json");
  } catch (const source_error& e) {
    return e.render();
  }
  return "(no error)";
}

const std::string head = R"({"format": "sqlweave-schema/1", "models": [)";

}  // namespace

TEST_CASE("a schema written as JSON reads back to the same schema", "[schema_json]") {
  const schema s = sample();
  const std::string text = to_json(s);
  const schema again = schema_from_json(text, "s.json");
  CHECK(to_json(again) == text);
  for (const dialect_id d : all_dialects) CHECK(ddl(again, d) == ddl(s, d));
  const model& book = again.at(again.find_model("Book"));
  CHECK(book.fields[2].default_value == value{decimal{"9.50"}});
  CHECK(book.fields[3].on_delete == on_delete::set_null);
  CHECK(again.at(again.find_model("Novel")).is_proxy());
  CHECK(again.at(again.find_model("Author")).fields[2].default_value == value{date{1970, 1, 2}});
}

TEST_CASE("the JSON names columns, their types on every dialect and relations as app.Model",
          "[schema_json]") {
  const std::string text = to_json(sample());
  CHECK(text.find(R"("format": "sqlweave-schema/1")") != std::string::npos);
  CHECK(text.find(R"("to": "library.Author")") != std::string::npos);
  CHECK(text.find(R"("column": "author_id")") != std::string::npos);
  CHECK(text.find(R"j("postgresql": "varchar(200)")j") != std::string::npos);
  CHECK(text.find(R"("db_table": "library_book_fans")") != std::string::npos);
  CHECK(text.find(R"("default": {)") != std::string::npos);
}

TEST_CASE("schema JSON errors point at the offending text", "[schema_json]") {
  SECTION("not JSON") {
    const auto e = error_of("{\"format\": \"sqlweave-schema/1\",\n \"models\": [}");
    CHECK(e.find(" --> s.json:2:13") != std::string::npos);
    CHECK(e.find("not JSON") != std::string::npos);
  }
  SECTION("another format version") {
    const auto e = error_of(R"({"format": "sqlweave-schema/9", "models": []})");
    CHECK(e.find(" --> s.json:1:12") != std::string::npos);
    CHECK(e.find("reads \"format\": \"sqlweave-schema/1\"") != std::string::npos);
  }
  SECTION("an unknown key, with the nearest known one") {
    const auto e = error_of(head + R"({"name": "A", "fields": [],
  "ordrering": []}]})");
    CHECK(e.find(" --> s.json:2:3") != std::string::npos);
    CHECK(e.find("unknown key \"ordrering\" in a model; did you mean \"ordering\"?") !=
          std::string::npos);
    CHECK(e.find("^^^^^^^^^^^") != std::string::npos);  // the quoted key, 11 characters
  }
  SECTION("a duplicate key") {
    const auto e = error_of(head + R"({"name": "A", "name": "B", "fields": []}]})");
    CHECK(e.find("key \"name\" appears twice") != std::string::npos);
    CHECK(e.find("s.json:1:58") != std::string::npos);
  }
  SECTION("a value of the wrong type") {
    const auto e = error_of(head + "\n" + R"({"name": "A", "fields": [{"name": "n",
  "class": "CharField", "max_length": "100"}]}]})");
    CHECK(e.find(" --> s.json:3:39") != std::string::npos);
    CHECK(e.find("\"max_length\" of a field takes an integer, not a string") != std::string::npos);
  }
  SECTION("a number where a string is expected") {
    const auto e = error_of(head + R"({"name": 12, "fields": []}]})");
    CHECK(e.find("s.json:1:53") != std::string::npos);
    CHECK(e.ends_with(" ^^"));  // under the two digits
  }
  SECTION("a missing key") {
    const auto e = error_of(head + R"({"name": "A", "fields": [{"class": "TextField"}]}]})");
    CHECK(e.find("a field needs \"name\"") != std::string::npos);
    CHECK(e.find("s.json:1:69") != std::string::npos);
  }
  SECTION("an unknown field class and on_delete rule") {
    CHECK(error_of(head + R"({"name": "A", "fields": [{"name": "n", "class": "CharFeld"}]}]})")
              .find("\"CharFeld\" is not a field class of Django 3.2") != std::string::npos);
    CHECK(error_of(head + R"({"name": "A", "fields": [{"name": "p", "class": "ForeignKey",
      "to": "A", "on_delete": "CASCADES"}]}]})")
              .find("s.json:2:31") != std::string::npos);
  }
  SECTION("a relation to a model the file does not have") {
    const auto e = error_of(head + R"({"app": "x", "name": "A", "fields": [{"name": "p",
  "class": "ForeignKey", "to": "x.B", "on_delete": "CASCADE"}]}]})");
    CHECK(e.find("no model \"x.B\" in this schema") != std::string::npos);
    CHECK(e.find("s.json:2:32") != std::string::npos);
  }
  SECTION("relation keys on a plain field") {
    CHECK(error_of(head + R"({"name": "A", "fields": [{"name": "n", "class": "TextField",
      "on_delete": "CASCADE"}]}]})")
              .find("\"on_delete\" belongs to relations, not to a TextField") != std::string::npos);
  }
  SECTION("a column or type that is not what the schema makes") {
    const auto e = error_of(head + R"j({"name": "A", "fields": [{"name": "n", "class": "CharField",
      "max_length": 10, "column": "n", "types": {"postgresql": "varchar(20)"}}]}]})j");
    CHECK(e.find("A.n is varchar(10) on postgresql, not varchar(20)") != std::string::npos);
    CHECK(e.find("s.json:2:64") != std::string::npos);
    CHECK(error_of(head + R"({"name": "A", "fields": [{"name": "n", "class": "TextField",
      "column": "m"}]}]})")
              .find("A.n has the column \"n\", not \"m\"") != std::string::npos);
  }
  SECTION("a bad typed default") {
    const auto e = error_of(head + R"({"name": "A", "fields": [{"name": "d", "class": "DateField",
      "default": {"date": "2023-02-29"}}]}]})");
    CHECK(e.find("expected a date as \"YYYY-MM-DD\"") != std::string::npos);
    CHECK(e.find("s.json:2:27") != std::string::npos);
  }
  SECTION("a proxy with fields of its own") {
    CHECK(error_of(head + R"({"name": "A", "fields": []},
      {"name": "P", "proxy_for": "A", "fields": []}]})")
              .find("a proxy model has no \"fields\" of its own") != std::string::npos);
  }
  SECTION("what finalize refuses is an error in the file") {
    const auto e = error_of(head + R"({"name": "A", "fields": []}, {"name": "A", "fields": []}]})");
    CHECK(e.find("declared twice") != std::string::npos);
    CHECK(e.find(" --> s.json:1:") != std::string::npos);
  }
}

TEST_CASE("--schema takes a schema JSON alone", "[schema_json]") {
  CHECK_THROWS_WITH(schema::load({"a.json", "b.py"}),
                    Catch::Contains("a schema JSON is a whole schema, given alone"));
  models_options o;
  o.settings = {"AUTH_USER_MODEL=a.B"};
  CHECK_THROWS_WITH(
      schema::load({"a.json"}, o),
      Catch::Contains("--setting, --field-type and --contrib apply to models.py files"));
}
