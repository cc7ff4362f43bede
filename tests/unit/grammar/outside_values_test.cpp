// SPDX-License-Identifier: MIT
// Values the trees take from outside them: a name imported from a package that is not loaded,
// a module __getattr__ sqlweave cannot run (both given with --setting dotted.path.NAME=VALUE),
// the swapper package's setting names, and errors in a --field-type text.
#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/schema.hpp"
#include "support/tree.hpp"

using namespace sqlweave;
using sqlweave::testing::load_error;
using sqlweave::testing::tree;

namespace {

const field& field_of(const schema& s, std::string_view model_name, std::string_view name) {
  const int i = s.find_model(model_name);
  REQUIRE(i >= 0);
  for (const auto& f : s.at(i).fields)
    if (f.name == name) return f;
  FAIL("no field " << name << " on " << model_name);
  return s.at(i).fields.front();
}

const std::string django_import = "from django.db import models\n\n";

}  // namespace

TEST_CASE("a name from outside the trees is an error naming the --setting that gives it",
          "[models][tree][errors]") {
  tree t({{"search/__init__.py", ""},
          {"search/utils.py", "from vendorsearch.utils import *\n"},
          {"search/models.py", django_import +
                                   "from search.utils import QUERY_LENGTH\n"
                                   "from vendorsearch.conf import CODE_LENGTH\n\n"
                                   "class Query(models.Model):\n"
                                   "    text = models.CharField(max_length=QUERY_LENGTH)\n"
                                   "    code = models.CharField(max_length=CODE_LENGTH)\n"}});
  CHECK(load_error(t) ==
        "error[bad_schema]: max_length= must be known to write SQL, but "
        "vendorsearch.utils.QUERY_LENGTH comes from outside the trees: pass --setting "
        "vendorsearch.utils.QUERY_LENGTH=VALUE (line 7)\n"
        " --> search/models.py:7:40\n"
        "  |     text = models.CharField(max_length=QUERY_LENGTH)\n"
        "  |                                        ^^^^^^^^^^^^");
  models_options o;
  o.settings = {"vendorsearch.utils.QUERY_LENGTH=255", "vendorsearch.conf.CODE_LENGTH=12"};
  const schema s = schema::load({t.root.string()}, o);
  CHECK(field_of(s, "Query", "text").max_length == 255);
  CHECK(field_of(s, "Query", "code").max_length == 12);
}

TEST_CASE("a module __getattr__ sqlweave cannot run takes the value --setting gives",
          "[models][tree]") {
  tree t(
      {{"accounts/__init__.py", ""},
       {"accounts/app_settings.py",
        "class _Settings:\n"
        "    def __init__(self, prefix):\n"
        "        self.prefix = prefix\n\n"
        "    @property\n"
        "    def EMAIL_LENGTH(self):\n"
        "        return 254\n\n"
        "_settings = _Settings('ACCOUNTS_')\n\n"
        "def __getattr__(name):\n"
        "    return getattr(_settings, name)\n"},
       {"accounts/models.py", django_import + "from accounts import app_settings\n\n"
                                              "class Address(models.Model):\n"
                                              "    email = models.EmailField(\n"
                                              "        max_length=app_settings.EMAIL_LENGTH)\n"}});
  CHECK(load_error(t).find("module 'accounts.app_settings' has no attribute 'EMAIL_LENGTH' and "
                           "its __getattr__ cannot be evaluated (a getattr() sqlweave does not "
                           "evaluate): pass --setting accounts.app_settings.EMAIL_LENGTH=VALUE") !=
        std::string::npos);
  models_options o;
  o.settings = {"accounts.app_settings.EMAIL_LENGTH=254"};
  CHECK(field_of(schema::load({t.root.string()}, o), "Address", "email").max_length == 254);
}

TEST_CASE("swapper's setting names and model names are evaluated as swapper does",
          "[models][tree]") {
  tree t({{"shop/__init__.py", ""},
          {"shop/models.py",
           django_import + "import swapper\n\n"
                           "class Product(models.Model):\n"
                           "    class Meta:\n"
                           "        swappable = swapper.swappable_setting('shop', 'Product')\n\n"
                           "class Special(models.Model):\n"
                           "    pass\n\n"
                           "class Line(models.Model):\n"
                           "    product = models.ForeignKey(\n"
                           "        swapper.get_model_name('shop', 'Product'), "
                           "models.CASCADE)\n"}});
  CHECK(field_of(schema::load({t.root.string()}), "Line", "product").target == "shop.Product");
  models_options o;
  o.settings = {"SHOP_PRODUCT_MODEL=shop.Special"};
  const schema swapped = schema::load({t.root.string()}, o);
  CHECK(field_of(swapped, "Line", "product").target == "shop.Special");
  CHECK(swapped.find_model("Product") < 0);
}

TEST_CASE("an error in a --field-type text shows that text", "[models][tree][errors]") {
  tree t({{"notes/__init__.py", ""},
          {"notes/models.py", django_import + "from vendor.fields import Tags\n\n"
                                              "class Note(models.Model):\n"
                                              "    tags = Tags()\n"}});
  models_options o;
  o.field_types = {"vendor.fields.Tags=TagField()"};
  const std::string e = load_error(t, o);
  CHECK(e.find(" --> --field-type vendor.fields.Tags=TagField():1:") != std::string::npos);
  CHECK(e.find("  | x = TagField()") != std::string::npos);
}

TEST_CASE("a relation to a class on a base from outside the trees names that base",
          "[models][tree][errors]") {
  tree t({{"idx/__init__.py", ""},
          {"idx/models.py", django_import +
                                "from vendorsearch.models import AbstractEntry\n\n"
                                "class Entry(AbstractEntry):\n"
                                "    class Meta(AbstractEntry.Meta):\n"
                                "        abstract = False\n\n"
                                "class Hit(models.Model):\n"
                                "    entry = models.ForeignKey(Entry, models.CASCADE)\n"}});
  CHECK(load_error(t).starts_with(
      "error[bad_schema]: Entry is not read as a model: its base class "
      "vendorsearch.models.AbstractEntry comes from outside the schema trees: add the source tree "
      "of that package with another --schema, or pass --field-type "
      "vendorsearch.models.AbstractEntry=Model if it is a model that adds no fields (line 10)"));
  models_options o;
  o.field_types = {"vendorsearch.models.AbstractEntry=Model"};
  CHECK(field_of(schema::load({t.root.string()}, o), "Hit", "entry").target == "idx.Entry");
}
