// SPDX-License-Identifier: MIT
// tests/ddl/press/models.py declared in C++ (the models.py reader does not read Meta.indexes,
// constraints, index_together or MTI yet), printing its DDL for one database, a statement a
// line: `ddl_press postgresql`. ddl_django.py compares it with what Django 3.2 creates.
#include <iostream>

#include "sqlweave/ddl.hpp"
#include "sqlweave/error.hpp"

namespace {

using namespace sqlweave;

field make(std::string name, field_type type, bool null = false) {
  field f = fields::make(std::move(name), type);
  f.null = null;
  return f;
}

field chars(std::string name, int max_length) {
  return fields::char_field(std::move(name), max_length);
}

field unique(field f) {
  f.unique = true;
  return f;
}

field indexed(field f) {
  f.db_index = true;
  return f;
}

field primary(field f) {
  f.primary_key = true;
  return f;
}

field fk(std::string name, std::string target, on_delete action, bool null = false) {
  field f = fields::foreign_key(std::move(name), std::move(target), action);
  f.null = null;
  return f;
}

index_def index_on(std::vector<std::string> fields, std::string name = {}) {
  index_def i;
  i.name = std::move(name);
  i.fields = std::move(fields);
  return i;
}

constraint_def check(std::string name, std::string condition) {
  constraint_def c;
  c.what = constraint_def::kind::check;
  c.name = std::move(name);
  c.condition = std::move(condition);
  return c;
}

constraint_def unique_on(std::string name, std::vector<std::string> fields,
                         std::string condition = {}) {
  constraint_def c;
  c.name = std::move(name);
  c.fields = std::move(fields);
  c.condition = std::move(condition);
  return c;
}

schema press() {
  schema s;
  s.add_model("Genre", "press")
      .add(primary(make("id", field_type::small_auto_field)))
      .add(unique(chars("name", 30)));

  auto publisher = s.add_model("Publisher", "press");
  publisher.add(unique(chars("name", 100)))
      .add(make("slug", field_type::slug_field))
      .add(make("website", field_type::url_field))
      .add(make("email", field_type::email_field))
      .add(indexed(chars("country", 2)))
      .add(make("founded", field_type::integer_field, true))
      .add([] {
        field f = fk("flagship", "Book", on_delete::set_null, true);
        f.related_name = "+";
        return f;
      }());
  publisher.get().indexes.push_back(index_on({"country", "-founded"}));
  publisher.get().constraints.push_back(
      check("publisher_founded_after_press", "Q(founded__gte=1450)"));

  field ptr = primary(fields::one_to_one("publisher_ptr", "Publisher", on_delete::cascade));
  ptr.parent_link = true;
  s.add_model("Imprint", "press").add(ptr).add(chars("label", 40));

  auto author = s.add_model("Author", "press");
  author.add(primary(make("id", field_type::big_auto_field)))
      .add(chars("first_name", 60))
      .add(chars("last_name", 60))
      .add(make("born", field_type::small_integer_field, true))
      .add(make("bio", field_type::text_field))
      .add(make("rating", field_type::float_field))
      .add(make("ip", field_type::generic_ip_address_field, true))
      .add(unique(make("uid", field_type::uuid_field)))
      .add(fields::many_to_many("friends", "self"));
  author.get().unique_together = {{"first_name", "last_name"}};
  author.get().index_together = {{"last_name", "born"}};

  auto contract = s.add_model("Contract", "press");
  contract.add(fields::one_to_one("author", "Author", on_delete::cascade))
      .add(make("signed", field_type::date_field))
      .add(fields::decimal_field("royalty", 5, 3));
  constraint_def once_a_day = unique_on("contract_once_a_day", {"author", "signed"});
  once_a_day.deferrable = constraint_def::deferral::deferred;
  constraint_def covering = unique_on("contract_signed_covering", {"signed"});
  covering.include = {"royalty"};
  constraint_def opclass = unique_on("contract_royalty_opclass", {"royalty"});
  opclass.opclasses = {"numeric_ops"};
  contract.get().constraints = {once_a_day, covering, opclass};

  auto book = s.add_model("Book", "press");
  book.add(primary(chars("isbn", 13)))
      .add(chars("title", 200))
      .add(fk("publisher", "Publisher", on_delete::cascade))
      .add(fk("genre", "Genre", on_delete::set_null, true))
      .add([] {
        field f = fk("editor", "Author", on_delete::protect, true);
        f.related_name = "edited";
        f.db_constraint = false;
        return f;
      }())
      .add([] {
        field f = fields::many_to_many("authors", "Author");
        f.related_name = "books";
        return f;
      }())
      .add(make("pages", field_type::positive_integer_field))
      .add(make("edition", field_type::positive_small_integer_field))
      .add(make("copies_sold", field_type::positive_big_integer_field))
      .add(fields::decimal_field("price", 8, 2))
      .add(make("published", field_type::datetime_field, true))
      .add(make("launch_time", field_type::time_field, true))
      .add(make("reading_time", field_type::duration_field, true))
      .add(make("cover", field_type::image_field))
      .add(make("manuscript", field_type::file_field, true))
      .add(make("source", field_type::file_path_field, true))
      .add(make("extra", field_type::json_field))
      .add(make("scan", field_type::binary_field, true))
      .add(make("in_print", field_type::boolean_field))
      .add(make("reviewed", field_type::null_boolean_field, true));
  index_def title_pattern = index_on({"title"}, "book_title_pattern");
  title_pattern.opclasses = {"varchar_pattern_ops"};
  index_def long_recent = index_on({"-published"}, "book_long_recent");
  long_recent.condition = "Q(pages__gt=300) & ~Q(in_print=True)";
  index_def lower_title = index_on({}, "book_lower_title");
  lower_title.expressions = {"Lower(\"title\")"};
  index_def upper_title_pages = index_on({}, "book_upper_title_pages");
  upper_title_pages.expressions = {"Upper(\"title\").desc()", "F(\"pages\")"};
  book.get().indexes = {title_pattern, long_recent, lower_title, upper_title_pages};
  book.get().constraints = {
      check("book_sane_counts", "Q(pages__gte=1) & Q(edition__lte=50)"),
      unique_on("book_title_per_publisher", {"publisher", "title"}),
      unique_on("book_first_edition_title", {"title"}, "Q(edition=1)"),
      check("book_titled_in_print", "Q(in_print=False) | ~Q(title=\"\") & Q(pages__gte=1)"),
  };

  auto chapter = s.add_model("Chapter", "press");
  chapter.add(fk("book", "Book", on_delete::cascade))
      .add(make("number", field_type::positive_small_integer_field))
      .add([] {
        field f = chars("heading", 120);
        f.db_column = "title_text";
        return f;
      }())
      .add(indexed(make("body", field_type::text_field)))
      .add([] {
        field f = fk("reviewer", "Author", on_delete::set_null, true);
        f.to_field = "uid";
        f.related_name = "reviewed_chapters";
        return f;
      }());
  chapter.get().unique_together = {{"book", "number"}};

  s.add_model("TranslationRightsGrantedBetweenPublishersAndForeignPublishingHouses", "press")
      .add(fk("publisher", "Publisher", on_delete::cascade))
      .add(indexed(chars("language", 8)));

  s.add_model("BestSeller", "press").get().proxy_for = "Book";
  auto legacy = s.add_model("LegacyRoyalty", "press");
  legacy.add(fields::integer_field("amount"));
  legacy.get().managed = false;

  s.finalize();
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  const auto d = argc == 2 ? dialect_from_name(argv[1]) : std::nullopt;
  if (!d) {
    std::cerr << "usage: ddl_press sqlite|postgresql|mysql|oracle\n";
    return 2;
  }
  try {
    for (const auto& stmt : ddl(press(), *d)) std::cout << stmt << '\n';
  } catch (const error& e) {
    std::cerr << e.what() << '\n';
    return 1;
  }
  return 0;
}
