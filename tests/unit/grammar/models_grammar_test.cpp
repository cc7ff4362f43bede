// SPDX-License-Identifier: MIT
// The models.py reader: Django's naming rules, the arguments it keeps, what it skips.
#include <catch2/catch.hpp>

#include "sqlweave/parse.hpp"
#include "support/fixture.hpp"

using namespace sqlweave;

namespace {

const field& field_of(const schema& s, std::string_view model, std::string_view name) {
  const auto& m = s.at(s.find_model(model));
  const member* mem = m.find(name);
  const int index = mem->what == member::kind::column ? mem->index : s.rel(mem->index).field_index;
  return m.fields[static_cast<std::size_t>(index)];
}

}  // namespace

TEST_CASE("the reference models.py", "[grammar][models]") {
  const schema& s = testing::shop_models();
  CHECK(s.models().size() == 8);
  CHECK(s.at(s.find_model("Customer")).db_table == "shop_customer");
  CHECK(s.at(s.find_model("Category")).db_table == "shop_categories");
  CHECK(field_of(s, "Product", "category").column == "category_id");
  CHECK(field_of(s, "Profile", "nickname").column == "nick");
  CHECK(field_of(s, "Product", "price").max_digits == 8);
  CHECK(field_of(s, "Review", "author").on_delete == on_delete::set_null);
  CHECK(field_of(s, "Tag", "weight").default_value == value(1));
  CHECK(s.at(s.find_model("Order")).ordering == std::vector<std::string>{"-placed", "id"});
  const auto& customer = s.at(s.find_model("Customer"));
  CHECK(customer.find("orders")->what == member::kind::relation);
  CHECK(customer.find("profile")->what == member::kind::relation);
  const auto& tags = s.rel(s.at(s.find_model("Product")).find("tags")->index);
  CHECK(tags.link_table == "shop_product_tags");
  CHECK(tags.link_from_column == "product_id");
  CHECK(tags.link_to_column == "tag_id");
}

TEST_CASE("through models, self relations, Meta, and what is skipped", "[grammar][models]") {
  const auto s = schema::from_models_source(R"(
"""Module docstring."""
import datetime
from django.db import models


def helper():
    return 1


class Person(models.Model):
    """A person."""
    name = models.CharField("full name", max_length=50, help_text="as printed",
                            choices=[("a", "A"), ("b", "B")])
    friends = models.ManyToManyField("self", blank=True)
    groups = models.ManyToManyField("Group", through="Membership", related_name="members")
    objects = models.Manager()

    class Meta:
        app_label = "club"
        ordering = ("name",)
        unique_together = (("name",),)

    def __str__(self):
        return self.name

    @property
    def upper(self):
        return self.name.upper()


class Group(models.Model):
    title = models.CharField(max_length=30, db_index=True)  # a comment


class Membership(models.Model):
    person = models.ForeignKey(Person, on_delete=models.PROTECT)
    group = models.ForeignKey("club.Group", on_delete=models.CASCADE, db_column="grp")
    since = models.DateField(default=datetime.date.today)
)",
                                            {"app"});
  CHECK(s.at(s.find_model("Person")).db_table == "club_person");
  CHECK(s.at(s.find_model("Group")).db_table == "app_group");
  CHECK(s.at(s.find_model("Person")).fields.size() == 4);  // id, name and the two M2M
  const auto& friends = s.rel(s.at(s.find_model("Person")).find("friends")->index);
  CHECK(friends.link_table == "club_person_friends");
  CHECK(friends.link_from_column == "from_person_id");
  CHECK(friends.link_to_column == "to_person_id");
  const auto& groups = s.rel(s.at(s.find_model("Person")).find("groups")->index);
  CHECK(groups.link_table == "app_membership");
  CHECK(groups.link_to_column == "grp");
  CHECK(s.at(s.find_model("Group")).find("members") != nullptr);
  CHECK(s.at(s.find_model("Person")).ordering == std::vector<std::string>{"name"});
  CHECK(!field_of(s, "Membership", "since").default_value);  // a callable default is not a value
}

TEST_CASE("an unknown field type names its line", "[grammar][models][errors]") {
  const std::string text =
      "from django.db import models\n\nclass A(models.Model):\n    data = models.JSONField()\n";
  try {
    schema::from_models_source(text, {});
    FAIL("expected an error");
  } catch (const error& e) {
    CHECK(e.code() == error_code::bad_schema);
    CHECK(e.render(text) ==
          "error[bad_schema]: unknown field type 'JSONField' (line 4)\n --> line 4, column 5\n  |  "
          "   data = models.JSONField()\n  |     ^^^^^^^^^^^^^^^^^^^^^^^^^");
  }
}

TEST_CASE("a relation to an unknown model is a schema error", "[grammar][models][errors]") {
  CHECK_THROWS_AS(
      schema::from_models_source(
          "class A(models.Model):\n    b = models.ForeignKey('B', on_delete=models.CASCADE)\n", {}),
      error);
}
