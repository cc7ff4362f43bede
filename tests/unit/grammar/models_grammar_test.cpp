// SPDX-License-Identifier: MIT
// The models.py reader: the reference schema, what it skips, Meta options, abstract models, and
// its errors with the line they are on.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "sqlweave/parse.hpp"

using namespace sqlweave;

namespace {

std::string reference_models() {
  std::ifstream in(SQLWEAVE_SOURCE_DIR "/tests/fixtures/shop/models.py", std::ios::binary);
  REQUIRE(in);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// By name, before finalize() too (find_model() needs it).
const model& model_of(const schema& s, std::string_view name) {
  for (const auto& m : s.models())
    if (m.name == name) return m;
  FAIL("no model " << name);
  return s.models().front();
}

const field& field_of(const schema& s, std::string_view model_name, std::string_view name) {
  const model& m = model_of(s, model_name);
  for (const auto& f : m.fields)
    if (f.name == name) return f;
  FAIL("no field " << name << " on " << model_name);
  return m.fields.front();
}

const relation& relation_of(const schema& s, std::string_view model_name, std::string_view name) {
  const member* m = model_of(s, model_name).find(name);
  REQUIRE(m != nullptr);
  REQUIRE(m->what == member::kind::relation);
  return s.rel(m->index);
}

std::string rendered(const std::string& text) {
  try {
    schema s;
    parse_models(text, {"app"}, s);
  } catch (const error& e) {
    return e.render(text);
  }
  return "no error";
}

std::string message(const std::string& text) {
  try {
    schema s;
    parse_models(text, {"app"}, s);
  } catch (const error& e) {
    return std::string(to_string(e.code())) + ": " + e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("the reference models.py", "[grammar][models]") {
  schema s;
  parse_models(reference_models(), {"shop"}, s);
  REQUIRE(s.models().size() == 8);
  CHECK(model_of(s, "Customer").app_label == "shop");
  CHECK(model_of(s, "Customer").db_table.empty());  // finalize() names tables
  const field& credit = field_of(s, "Customer", "credit");
  CHECK(credit.type == field_type::decimal_field);
  CHECK(credit.max_digits == 10);
  CHECK(credit.decimal_places == 2);
  CHECK(field_of(s, "Customer", "email").null);
  CHECK(field_of(s, "Customer", "email").max_length == 200);
  CHECK(field_of(s, "Customer", "vip").default_value == value(false));
  CHECK(field_of(s, "Tag", "name").unique);
  CHECK(field_of(s, "Tag", "weight").default_value == value(1));
  CHECK(!field_of(s, "Customer", "joined").default_value);
  const field& customer = field_of(s, "Profile", "customer");
  CHECK(customer.type == field_type::one_to_one);
  CHECK(customer.target == "shop.Customer");  // a bare name means the same app
  CHECK(customer.related_name == "profile");
  CHECK(customer.on_delete == on_delete::cascade);
  CHECK(field_of(s, "Profile", "nickname").db_column == "nick");
  CHECK(field_of(s, "Category", "parent").target == "self");
  CHECK(field_of(s, "Review", "author").on_delete == on_delete::set_null);
  CHECK(field_of(s, "Product", "tags").type == field_type::many_to_many);
  CHECK(model_of(s, "Category").db_table == "shop_categories");
  CHECK(model_of(s, "Order").ordering == std::vector<std::string>{"-placed", "id"});

  s.finalize();
  CHECK(model_of(s, "Customer").db_table == "shop_customer");
  CHECK(model_of(s, "Category").db_table == "shop_categories");
  CHECK(model_of(s, "OrderLine").db_table == "shop_orderline");
  CHECK(field_of(s, "Product", "category").column == "category_id");
  CHECK(field_of(s, "Profile", "nickname").column == "nick");
  CHECK(model_of(s, "Customer").find("orders") != nullptr);
  CHECK(model_of(s, "Customer").find("profile") != nullptr);
  CHECK(model_of(s, "Category").find("children") != nullptr);
  CHECK(model_of(s, "Tag").find("products") != nullptr);
  const relation& tags = relation_of(s, "Product", "tags");
  CHECK(tags.link_table == "shop_product_tags");
  CHECK(tags.link_from_column == "product_id");
  CHECK(tags.link_to_column == "tag_id");
}

TEST_CASE("through models, self relations, Meta, and everything that is skipped",
          "[grammar][models]") {
  const std::string text = R"py("""Module docstring.

class NotAModel(models.Model):
    data = models.JSONField()
"""
import datetime
from django.db import models
from django.db.models import (
    Model,
    CharField,
)


def helper():
    return models.JSONField()


@decorated
class PersonManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset()


class Person(models.Model):
    """A person.

    class Meta: not a Meta
    """
    STATUS = [("a", "A"), ("b", "B")]
    name = models.CharField("full name", max_length=50, help_text='as "printed"',
                            choices=[("a", "A"), ("b", "B")],
                            validators=[lambda v: v, Check(bar={"x": [1, (2,)]})])
    nick = CharField(max_length=10, default="", blank=True)  # a bare type
    friends = models.ManyToManyField("self", blank=True)
    groups = models.ManyToManyField("app.Group", through="app.Membership", related_name="members")
    score = models.FloatField(default=-1.5, editable=False)
    level = models.IntegerField(default=-3, null=True, verbose_name=_("level"))
    maybe = models.IntegerField(default=None, null=True)
    when = models.DateField(default=datetime.date.today)
    objects = PersonManager()

    class Meta:
        app_label = "club"
        unique_together = (("name", "nick"),)
        verbose_name = "person"
        indexes = [models.Index(fields=["name"])]

    def __str__(self):
        return self.name

    @property
    def shout(self):
        data = models.JSONField()
        return self.name.upper()


class Group(Model):
    title = models.CharField(max_length=30, db_index=True)  # a comment
    tags = models.ManyToManyField("Tag", db_table="group_tag_links", related_query_name="group")

    class Meta:
        db_table = 'the_groups'
        unique_together = ("title",)
        ordering = ("title",)


class Tag(models.Model):
    label = models.SlugField(max_length=20, primary_key=True)


class Membership(models.Model):
    person = models.ForeignKey(Person, models.PROTECT)
    group = models.ForeignKey(to="app.Group", on_delete=models.CASCADE, db_column="grp", related_name="+",
                              limit_choices_to={"title__startswith": "A"}, to_field="id")
    since = models.DateField(default=datetime.date.today)
    code = models.UUIDField(unique=True)
    rank = models.SmallIntegerField(default=0x10, \
                                    help_text="""many
lines""")
)py";
  schema s;
  parse_models(text, {"app"}, s);
  REQUIRE(s.models().size() == 4);
  const model& person = model_of(s, "Person");
  CHECK(person.app_label == "club");
  CHECK(person.unique_together == std::vector<std::vector<std::string>>{{"name", "nick"}});
  CHECK(person.fields.size() == 9);  // the implicit id first
  CHECK(field_of(s, "Person", "name").max_length == 50);
  CHECK(field_of(s, "Person", "nick").default_value == value(""));
  CHECK(field_of(s, "Person", "score").default_value == value(-1.5));
  CHECK(field_of(s, "Person", "level").default_value == value(-3));
  CHECK(field_of(s, "Person", "maybe").default_value == value());
  CHECK(!field_of(s, "Person", "when").default_value);  // a callable is no value
  CHECK(field_of(s, "Person", "groups").through == "app.Membership");
  CHECK(field_of(s, "Group", "tags").m2m_table == "group_tag_links");
  CHECK(field_of(s, "Tag", "label").primary_key);
  CHECK(field_of(s, "Membership", "person").on_delete == on_delete::protect);
  CHECK(field_of(s, "Membership", "group").target == "app.Group");
  CHECK(field_of(s, "Membership", "group").related_name == "+");
  CHECK(field_of(s, "Membership", "rank").default_value == value(16));
  CHECK(model_of(s, "Group").app_label == "app");
  CHECK(model_of(s, "Group").db_table == "the_groups");
  CHECK(model_of(s, "Group").ordering == std::vector<std::string>{"title"});
  CHECK(model_of(s, "Group").unique_together == std::vector<std::vector<std::string>>{{"title"}});

  s.finalize();
  CHECK(model_of(s, "Person").db_table == "club_person");
  CHECK(model_of(s, "Membership").db_table == "app_membership");
  const relation& friends = relation_of(s, "Person", "friends");
  CHECK(friends.link_table == "club_person_friends");
  CHECK(friends.link_from_column == "from_person_id");
  CHECK(friends.link_to_column == "to_person_id");
  const relation& groups = relation_of(s, "Person", "groups");
  CHECK(groups.link_table == "app_membership");
  CHECK(groups.link_to_column == "grp");
  CHECK(model_of(s, "Group").find("members") != nullptr);
  CHECK(relation_of(s, "Group", "tags").link_table == "group_tag_links");
}

TEST_CASE("abstract models are not tables; their fields go to their subclasses",
          "[grammar][models]") {
  schema s;
  parse_models(R"py(
from django.db import models

class Stamped(models.Model):
    created = models.DateTimeField()
    note = models.TextField()

    class Meta:
        abstract = True
        ordering = ["-created"]

class Post(Stamped):
    note = models.CharField(max_length=10)
    title = models.CharField(max_length=100)
)py",
               {"blog"}, s);
  REQUIRE(s.models().size() == 1);
  const model& post = model_of(s, "Post");
  REQUIRE(post.fields.size() == 4);
  CHECK(post.fields[0].name == "id");
  CHECK(post.fields[1].name == "created");
  CHECK(post.fields[2].type == field_type::char_field);  // overridden
  CHECK(post.fields[3].name == "title");
  CHECK(post.ordering == std::vector<std::string>{"-created"});
}

TEST_CASE("models.py errors name the problem and its line", "[grammar][models][errors]") {
  CHECK(rendered("from django.db import models\n\nclass A(models.Model):\n    data = "
                 "models.PickledField()\n") ==
        "error[bad_schema]: unknown field type 'PickledField' (line 4)\n"
        " --> line 4, column 19\n"
        "  |     data = models.PickledField()\n"
        "  |                   ^^^^^^^^^^^^");
  CHECK(rendered("class A(models.Model):\n    x = models.CharField(max_length=10\n\nclass "
                 "B(models.Model):\n    pass\n") ==
        "error[syntax]: '(' was never closed\n"
        " --> line 2, column 25\n"
        "  |     x = models.CharField(max_length=10\n"
        "  |                         ^");
  CHECK(rendered("class A(models.Model)\n    x = 1\n") ==
        "error[syntax]: expected ':', found end of input\n"
        " --> line 1, column 22\n"
        "  | class A(models.Model)\n"
        "  |                      ^");
  CHECK(
      message(
          "class A(models.Model):\n    b = models.ForeignKey('B', on_delete=models.WHATEVER)\n") ==
      "bad_schema: on_delete= takes models.CASCADE, PROTECT, RESTRICT, SET_NULL, SET_DEFAULT, "
      "DO_NOTHING or SET(value), or an instance of a class whose __call__ passes the call on to "
      "one of them (line 2)");
  CHECK(message("class A(models.Model):\n    b = models.CharField()\n") ==
        "bad_schema: CharField 'b' needs max_length=: sqlweave follows Django 3.2, whose check "
        "fields.E120 requires it; give max_length=, use a TextField, or pass "
        "--unlimited-charfield for Django 4.2's unlimited varchar (PostgreSQL only) (line 2)");
  CHECK(message("class A(models.Model):\n    b = models.ForeignKey(on_delete=models.CASCADE)\n") ==
        "bad_schema: ForeignKey 'b' names no model: pass it first or as to= (line 2)");
  CHECK(message(
            "class A(models.Model):\n    b = models.ForeignKey(42, on_delete=models.CASCADE)\n") ==
        "bad_schema: ForeignKey takes a model class or its name as a string (line 2)");
  CHECK(message("class A(models.Model):\n    b = models.CharField(max_length='10')\n") ==
        "bad_schema: max_length= takes a whole number (line 2)");
  CHECK(message("class A(models.Model):\n    b = models.CharField(null=1)\n") ==
        "bad_schema: null= takes True or False (line 2)");
  CHECK(message("class A(models.Model):\n    b = models.CharField(db_column=name)\n") ==
        "bad_schema: db_column= must be known to write SQL, but name 'name' is not defined "
        "(line 2)");
  CHECK(message("class A(models.Model):\n    class Meta:\n        ordering = ('name')\n") ==
        "bad_schema: Meta.ordering takes a list or tuple of field names and expressions (line 3)");
  CHECK(message("class A(models.Model):\n    class Meta:\n        db_table = 42\n") ==
        "bad_schema: Meta.db_table takes a string (line 3)");
  CHECK(message("class A(models.Model):\n    b = models.CharField(max_length=10])\n") ==
        "syntax: closing ']' does not match opening '('");
  CHECK(message("class A(models.Model):\n    b = 1)\n") == "syntax: unmatched ')'");
  CHECK(message("class A(models.Model):\n    b = models.CharField(help_text='abc)\n") ==
        "syntax: unterminated string literal");
  CHECK(message("class A(models.Model):\n    \"\"\"never closed\n") ==
        "syntax: unterminated triple-quoted string literal");
  CHECK(message("class A(models.Model):\n    b = models.CharField(max_length=)\n") ==
        "syntax: expected value, found ')'");
  CHECK(message("class (models.Model):\n    pass\n") == "syntax: expected class name, found '('");
  CHECK(message("class A(models.Model):\n    b = models.CharField(help_text='\\x4')\n") ==
        "syntax: truncated \\xXX escape");
  const std::string deep =
      "class A(models.Model):\n    b = models.CharField(choices=" + std::string(10000, '[') +
      std::string(10000, ']') + ")\n";
  CHECK(message(deep) ==
        "limit_exceeded: brackets, calls and operators nest deeper than 64 levels");
}

TEST_CASE("a models.py without models is an empty schema", "[grammar][models]") {
  schema s;
  parse_models("", {}, s);
  parse_models("\xEF\xBB\xBF# just a comment\n\nimport os\n", {}, s);
  CHECK(s.models().empty());
}
