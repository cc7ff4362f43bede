// SPDX-License-Identifier: MIT
// Constructs of real project trees outside Django 3.2's subset, in trees written here: a
// GenericRelation subclass that picks its model in __init__ (mapped with --field-type), a
// CharField without max_length (Django 4.2, --unlimited-charfield), hidden reverse relations,
// a max_length from a dict of defaults, and later Djangos' constraint arguments.
#include <catch2/catch.hpp>
#include <fstream>
#include <string>

#include "sqlweave/ddl.hpp"
#include "sqlweave/error.hpp"
#include "sqlweave/schema.hpp"
#include "sqlweave/schema_json.hpp"
#include "support/schema_lookup.hpp"
#include "support/tree.hpp"

using namespace sqlweave;
using sqlweave::testing::field_named;
using sqlweave::testing::load_error;
using sqlweave::testing::model_named;
using sqlweave::testing::tree;

namespace {

const std::string django_import = "from django.db import models\n\n";

bool has_statement(const std::vector<std::string>& ddl, std::string_view text) {
  for (const auto& st : ddl)
    if (st.find(text) != std::string::npos) return true;
  return false;
}

// A relation class of the trees whose __init__ names its model, as comment and placeholder
// apps do: sqlweave cannot run it.
const std::vector<std::pair<std::string, std::string>> remarks_files{
    {"remarks/__init__.py", ""},
    {"remarks/fields.py",
     "from django.contrib.contenttypes.fields import GenericRelation\n\n"
     "class RemarksRelation(GenericRelation):\n"
     "    def __init__(self, *args, **kwargs):\n"
     "        kwargs.setdefault('object_id_field', 'object_pk')\n"
     "        target = getattr(self, 'remark_model', None)\n"
     "        super().__init__(target, *args, **kwargs)\n\n"
     "class CountedRemarks(RemarksRelation):\n"
     "    def contribute_to_class(self, cls, name):\n"
     "        super().contribute_to_class(cls, name)\n"},
    {"remarks/models.py",
     django_import + "from django.contrib.contenttypes.fields import GenericForeignKey\n"
                     "from django.contrib.contenttypes.models import ContentType\n"
                     "from remarks.fields import RemarksRelation, CountedRemarks\n\n"
                     "class Remark(models.Model):\n"
                     "    content_type = models.ForeignKey(ContentType, models.CASCADE)\n"
                     "    object_pk = models.CharField(max_length=40)\n"
                     "    item = GenericForeignKey('content_type', 'object_pk')\n"
                     "    text = models.TextField()\n\n"
                     "class Essay(models.Model):\n"
                     "    title = models.CharField(max_length=30)\n"
                     "    remarks = RemarksRelation(related_query_name='essay', checks=())\n\n"
                     "class Poem(models.Model):\n"
                     "    remarks = CountedRemarks()\n"}};

}  // namespace

TEST_CASE("a GenericRelation subclass choosing its model in __init__ maps with --field-type",
          "[models][tree][generic]") {
  tree t(remarks_files);
  CHECK(load_error(t) ==
        "error[bad_schema]: GenericRelation 'remarks' names no model: its class "
        "remarks.fields.RemarksRelation may choose one in its __init__, which sqlweave does not "
        "run; map it with --field-type remarks.fields.RemarksRelation=GenericRelation("
        "to=\"app.Model\", object_id_field=...) (line 15)\n"
        " --> remarks/models.py:15:15\n"
        "  |     remarks = RemarksRelation(related_query_name='essay', checks=())\n"
        "  |               ^^^^^^^^^^^^^^^");

  models_options o;
  const std::string mapped =
      "=GenericRelation(to=\"remarks.Remark\", object_id_field=\"object_pk\")";
  o.field_types = {"remarks.fields.RemarksRelation" + mapped, "CountedRemarks" + mapped};
  const schema s = schema::load({t.root.string()}, o);
  const model& essay = model_named(s, "Essay");
  REQUIRE(essay.generic_relations.size() == 1);
  const generic_relation& g = essay.generic_relations.front();
  CHECK(g.target == "remarks.Remark");
  CHECK(g.object_id_field == "object_pk");
  CHECK(g.content_type_field == "content_type");
  CHECK(g.related_query_name == "essay");  // the model's own arguments are read after the map's
  REQUIRE(model_named(s, "Poem").generic_relations.size() == 1);
  // A class with its own contribute_to_class() may add fields sqlweave never sees.
  REQUIRE(s.warnings().size() == 1);
  CHECK(s.warnings()[0] ==
        "warning: 'remarks' on Poem: CountedRemarks.contribute_to_class() is not run, so any "
        "field it adds to the model is not in the schema (" +
            t.root.string() + "/remarks/models.py:18:15)");
}

TEST_CASE("--field-type X=GenericRelation needs a model, as GenericRelation does",
          "[models][tree][generic]") {
  tree t(remarks_files);
  models_options o;
  o.field_types = {"RemarksRelation=GenericRelation(object_id_field=\"object_pk\")",
                   "CountedRemarks=GenericRelation(\"remarks.Remark\")"};
  CHECK(load_error(t, o).starts_with(
      "error[bad_schema]: GenericRelation 'remarks' names no model: pass it first or as to="));
  o.field_types = {"RemarksRelation=GenericRelation(\"remarks.Remark\", bogus=1)",
                   "CountedRemarks=GenericRelation(\"remarks.Remark\")"};
  CHECK(load_error(t, o).starts_with("error[bad_schema]: GenericRelation(bogus=) is not read"));
}

TEST_CASE("a CharField without max_length is Django 4.2's varchar with --unlimited-charfield",
          "[models][tree][ddl]") {
  tree t({{"labels/__init__.py", ""},
          {"labels/models.py", django_import + "class Label(models.Model):\n"
                                               "    code = models.CharField(unique=True)\n"
                                               "    note = models.CharField(max_length=None, "
                                               "null=True)\n"
                                               "    name = models.CharField(max_length=20)\n"}});
  CHECK(load_error(t) ==
        "error[bad_schema]: CharField 'code' needs max_length=: sqlweave follows Django 3.2, "
        "whose check fields.E120 requires it; give max_length=, use a TextField, or pass "
        "--unlimited-charfield for Django 4.2's unlimited varchar (PostgreSQL only) (line 4)\n"
        " --> labels/models.py:4:12\n"
        "  |     code = models.CharField(unique=True)\n"
        "  |            ^^^^^^^^^^^^^^^^");

  models_options o;
  o.unlimited_charfield = true;
  const schema s = schema::load({t.root.string()}, o);
  const model& label = model_named(s, "Label");
  CHECK(field_named(label, "code").unlimited_length);
  CHECK(field_named(label, "note").unlimited_length);
  CHECK_FALSE(field_named(label, "name").unlimited_length);
  const auto pg = ddl(s, dialect_id::postgresql);
  CHECK(has_statement(pg, "\"code\" varchar NOT NULL UNIQUE"));
  CHECK(has_statement(pg, "\"note\" varchar NULL"));
  CHECK(has_statement(pg, "\"name\" varchar(20) NOT NULL"));
  // Django's _like index for a unique varchar column, as for one with a length.
  CHECK(has_statement(pg, "(\"code\" varchar_pattern_ops)"));
  for (const dialect_id d : {dialect_id::sqlite, dialect_id::mysql, dialect_id::oracle}) {
    try {
      (void)ddl(s, d);
      FAIL("ddl for " << to_string(d) << " made a column without a length");
    } catch (const error& e) {
      CHECK(e.code() == error_code::unsupported);
      CHECK(std::string(e.what()).find("CharField 'code' (" + t.root.string() +
                                       "/labels/models.py:4:12) has no max_length "
                                       "(--unlimited-charfield): Django 4.2 creates such a column "
                                       "on PostgreSQL only; " +
                                       std::string(to_string(d)) + " needs a length") !=
            std::string::npos);
    }
  }

  // schema --json says "max_length": null and loads back to the same DDL.
  const std::string json = to_json(s);
  CHECK(json.find("\"max_length\": null") != std::string::npos);
  const schema again = schema_from_json(json, "labels.json");
  CHECK(field_named(model_named(again, "Label"), "code").unlimited_length);
  CHECK(ddl(again, dialect_id::postgresql) == pg);
  CHECK(to_json(again) == json);
}

TEST_CASE("reverse names ending in '+' are hidden and never clash", "[models][tree][generic]") {
  // Two models relate to the same targets with hidden reverse sides: Django gives them no
  // reverse accessor or query name, so its checks (fields.E302-E305) find nothing to clash.
  tree t({{"net/__init__.py", ""},
          {"net/models.py",
           django_import +
               "from django.contrib.contenttypes.fields import GenericForeignKey, "
               "GenericRelation\n"
               "from django.contrib.contenttypes.models import ContentType\n\n"
               "class Assignment(models.Model):\n"
               "    holder_type = models.ForeignKey(ContentType, models.CASCADE, "
               "related_name='+')\n"
               "    holder_id = models.PositiveIntegerField()\n"
               "    holder = GenericForeignKey('holder_type', 'holder_id')\n\n"
               "class Port(models.Model):\n"
               "    assignments = GenericRelation(Assignment, content_type_field='holder_type', "
               "object_id_field='holder_id', related_query_name='+')\n"
               "    peer = models.ForeignKey(Assignment, models.CASCADE, related_name='+', "
               "related_query_name='peer')\n\n"
               "class Link(models.Model):\n"
               "    assignments = GenericRelation(Assignment, content_type_field='holder_type', "
               "object_id_field='holder_id', related_query_name='+')\n"
               "    peer = models.ForeignKey(Assignment, models.CASCADE, related_name='+', "
               "related_query_name='peer')\n"
               "    tags = models.ManyToManyField(Assignment, related_name='+')\n"}});
  const schema s = schema::load({t.root.string()});
  const model& assignment = model_named(s, "Assignment");
  CHECK(assignment.find("peer") == nullptr);
  CHECK(assignment.find("+") == nullptr);
  CHECK(model_named(s, "Port").find("assignments") != nullptr);
}

TEST_CASE("a field class whose __init__ passes max_length in a dict points at --field-type",
          "[models][tree]") {
  tree t({{"venue/__init__.py", ""},
          {"venue/fields.py", django_import + "class ChoicesField(models.CharField):\n"
                                              "    pass\n\n"
                                              "class PlacesField(ChoicesField):\n"
                                              "    def __init__(self, *args, **kwargs):\n"
                                              "        options = {'max_length': 100}\n"
                                              "        options.update(kwargs)\n"
                                              "        super().__init__(*args, **options)\n"},
          {"venue/models.py", django_import + "from venue.fields import PlacesField\n\n"
                                              "class Item(models.Model):\n"
                                              "    places = PlacesField(blank=True)\n"}});
  const std::string expected =
      "error[bad_schema]: CharField 'places' is given no max_length= sqlweave can read: "
      "PlacesField.__init__ may set one in a way sqlweave does not run; map the class with "
      "--field-type venue.fields.PlacesField=CharField(max_length=N) (line 6)\n"
      " --> venue/models.py:6:14\n"
      "  |     places = PlacesField(blank=True)\n"
      "  |              ^^^^^^^^^^^";
  CHECK(load_error(t) == expected);
  models_options o;
  o.field_types = {"venue.fields.PlacesField=CharField(max_length=100)"};
  const schema s = schema::load({t.root.string()}, o);
  CHECK(field_named(model_named(s, "Item"), "places").max_length == 100);
}

TEST_CASE("Django 5.0's UniqueConstraint(nulls_distinct=) is an error naming it",
          "[models][tree]") {
  tree t({{"carts/__init__.py", ""},
          {"carts/models.py", django_import + "class Cart(models.Model):\n"
                                              "    token = models.CharField(max_length=20, "
                                              "null=True)\n\n"
                                              "    class Meta:\n"
                                              "        constraints = [models.UniqueConstraint(\n"
                                              "            fields=['token'], name='one_token',\n"
                                              "            nulls_distinct=False)]\n"}});
  CHECK(load_error(t).starts_with(
      "error[bad_schema]: UniqueConstraint(nulls_distinct=) is not read (line 9)"));
}

TEST_CASE("swapper.set_app_prefix() names the setting that swaps a model out", "[models][tree]") {
  tree t({{"core/__init__.py", ""},
          {"core/models.py", django_import + "import swapper\n\n"
                                             "swapper.set_app_prefix('core', 'web')\n\n"
                                             "class AbstractPage(models.Model):\n"
                                             "    title = models.CharField(max_length=20)\n"
                                             "    class Meta:\n        abstract = True\n\n"
                                             "class Page(AbstractPage):\n"
                                             "    class Meta:\n"
                                             "        swappable = swapper.swappable_setting("
                                             "'core', 'Page')\n\n"
                                             "class Link(models.Model):\n"
                                             "    page = models.ForeignKey(swapper.get_model_name("
                                             "'core', 'Page'), models.CASCADE)\n"},
          {"custom/__init__.py", ""},
          {"custom/models.py", django_import + "from core.models import AbstractPage\n\n"
                                               "class Page(AbstractPage):\n"
                                               "    extra = models.IntegerField()\n"}});
  std::ofstream(t.root / "core/models.py", std::ios::app)
      << "\nif swapper.is_swapped('core', 'Page'):\n"
         "    from custom.models import Page as Chosen\n"
         "else:\n"
         "    Chosen = Page\n\n"
         "class Note(models.Model):\n"
         "    page = models.ForeignKey(Chosen, models.CASCADE)\n";
  models_options o;
  o.settings = {"WEB_PAGE_MODEL=custom.Page"};
  const schema s = schema::load({t.root.string()}, o);
  CHECK(s.find_model("core.Page") < 0);
  CHECK(field_named(model_named(s, "Link"), "page").target == "custom.Page");
  CHECK(field_named(model_named(s, "Note"), "page").target_model == s.find_model("custom.Page"));
  const schema unswapped = schema::load({t.root.string()});
  CHECK(field_named(model_named(unswapped, "Note"), "page").target_model ==
        unswapped.find_model("core.Page"));
  CHECK(unswapped.warnings().empty());  // is_swapped() is evaluated, no branch is guessed
}

TEST_CASE("a Field subclass whose get_internal_type() returns a class name has that column",
          "[models][tree]") {
  tree t({{"pages/__init__.py", ""},
          {"pages/fields.py", django_import + "class BlocksField(models.Field):\n"
                                              "    def __init__(self, blocks, **kwargs):\n"
                                              "        self.blocks = blocks\n"
                                              "        super().__init__(**kwargs)\n\n"
                                              "    def get_internal_type(self):\n"
                                              "        \"\"\"Stored as JSON.\"\"\"\n"
                                              "        return 'JSONField'\n"},
          {"pages/models.py", django_import + "from pages.fields import BlocksField\n\n"
                                              "class Article(models.Model):\n"
                                              "    body = BlocksField([('text', None)], "
                                              "blank=True, null=True)\n"}});
  const schema s = schema::load({t.root.string()});
  const field& body = field_named(model_named(s, "Article"), "body");
  CHECK(body.type == field_type::json_field);
  CHECK(body.null);
  CHECK(has_statement(ddl(s, dialect_id::postgresql), "\"body\" jsonb NULL"));

  // A body that decides in Python stays Python's: the class must be mapped.
  tree guessed({{"pages/__init__.py", ""},
                {"pages/fields.py",
                 "from django.db import models\n\n"
                 "class GuessedField(models.Field):\n"
                 "    def get_internal_type(self):\n"
                 "        return 'JSONField' if self.x else 'TextField'\n"},
                {"pages/models.py", django_import + "from pages.fields import GuessedField\n\n"
                                                    "class Article(models.Model):\n"
                                                    "    body = GuessedField()\n"}});
  CHECK(load_error(guessed).find("takes its column type from GuessedField.get_internal_type()") !=
        std::string::npos);
}

TEST_CASE("--setting INSTALLED_APPS leaves out the apps of the trees it does not name",
          "[models][tree]") {
  // A tree's test project may hold several custom user models, only one installed at a time.
  const std::string user =
      "from django.contrib.auth.models import AbstractUser\n\n"
      "class User(AbstractUser):\n    pass\n";
  tree t({{"accounts/__init__.py", ""},
          {"accounts/models.py", user},
          {"testing/__init__.py", ""},
          {"testing/mailusers/__init__.py", ""},
          {"testing/mailusers/models.py", user}});
  CHECK(load_error(t).find("clashes with") != std::string::npos);
  models_options o;
  o.settings = {"INSTALLED_APPS=['django.contrib.auth', 'accounts']",
                "AUTH_USER_MODEL=accounts.User"};
  const schema s = schema::load({t.root.string()}, o);
  CHECK(s.find_model("accounts.User") >= 0);
  CHECK(s.find_model("mailusers.User") < 0);
  o.settings = {"INSTALLED_APPS=['django.contrib.auth']"};
  CHECK(load_error(t, o).find("no app of the trees is in --setting INSTALLED_APPS") !=
        std::string::npos);
}

TEST_CASE("two reverse relations sharing a query name load when their accessors differ",
          "[models][tree]") {
  // As a project's own Group beside django.contrib.auth's: Django's fields.E305 compares a
  // query name with the other relation's accessor only.
  const std::string files = django_import +
                            "class Right(models.Model):\n    pass\n\n"
                            "class Team(models.Model):\n"
                            "    rights = models.ManyToManyField(Right)\n\n"
                            "class Crew(models.Model):\n"
                            "    rights = models.ManyToManyField(Right, "
                            "related_name='crews', related_query_name='team')\n";
  tree t({{"org/__init__.py", ""}, {"org/models.py", files}});
  const schema s = schema::load({t.root.string()});
  const model& right = model_named(s, "Right");
  const member* team = right.find("team");
  REQUIRE(team != nullptr);
  CHECK(s.at(s.relations()[static_cast<std::size_t>(team->index)].to_model).name == "Crew");
  REQUIRE(s.warnings().size() == 1);
  CHECK(
      s.warnings()[0].starts_with("warning: 'team' on org.Right is the reverse query name of "
                                  "both org.Team.rights and org.Crew.rights"));

  // Accessor against query name is Django's clash too.
  tree clash({{"org/__init__.py", ""},
              {"org/models.py", django_import + "class Right(models.Model):\n    pass\n\n"
                                                "class Team(models.Model):\n"
                                                "    rights = models.ManyToManyField(Right, "
                                                "related_name='team')\n\n"
                                                "class Crew(models.Model):\n"
                                                "    rights = models.ManyToManyField(Right, "
                                                "related_name='crews', "
                                                "related_query_name='team')\n"}});
  CHECK(load_error(clash).find("Django's fields.E305") != std::string::npos);
}

TEST_CASE("Django 4.0's UniqueConstraint expressions are an error, never dropped",
          "[models][tree]") {
  tree t({{"units/__init__.py", ""},
          {"units/models.py", django_import + "from django.db.models.functions import Lower\n\n"
                                              "class Unit(models.Model):\n"
                                              "    name = models.CharField(max_length=20)\n\n"
                                              "    class Meta:\n"
                                              "        constraints = [models.UniqueConstraint(\n"
                                              "            Lower('name'), name='unit_name')]\n"}});
  CHECK(load_error(t).starts_with(
      "error[bad_schema]: UniqueConstraint() takes keyword arguments only in Django 3.2; "
      "positional expressions are Django 4.0's and are not read (line 10)"));
}

TEST_CASE("two GenericRelations with one related_query_name load, the last one answering",
          "[models][tree][generic]") {
  tree t({{"flow/__init__.py", ""},
          {"flow/models.py",
           django_import + "from django.contrib.contenttypes.fields import GenericForeignKey, "
                           "GenericRelation\n"
                           "from django.contrib.contenttypes.models import ContentType\n\n"
                           "class State(models.Model):\n"
                           "    base_type = models.ForeignKey(ContentType, models.CASCADE, "
                           "related_name='+')\n"
                           "    own_type = models.ForeignKey(ContentType, models.CASCADE, "
                           "related_name='+')\n"
                           "    object_id = models.CharField(max_length=40)\n"
                           "    base = GenericForeignKey('base_type', 'object_id')\n"
                           "    own = GenericForeignKey('own_type', 'object_id')\n\n"
                           "class Doc(models.Model):\n"
                           "    states = GenericRelation(State, content_type_field='base_type', "
                           "related_query_name='doc')\n"
                           "    own_states = GenericRelation(State, content_type_field='own_type', "
                           "related_query_name='doc')\n"}});
  const schema s = schema::load({t.root.string()});
  const member* doc = model_named(s, "State").find("doc");
  REQUIRE(doc != nullptr);
  const relation& r = s.relations()[static_cast<std::size_t>(doc->index)];
  CHECK(model_named(s, "Doc").generic_relations[static_cast<std::size_t>(r.field_index)].name ==
        "own_states");
  REQUIRE(s.warnings().size() == 1);
  CHECK(
      s.warnings()[0].starts_with("warning: 'doc' on flow.State is the reverse query name of "
                                  "both flow.Doc.states and flow.Doc.own_states"));
}

TEST_CASE("an attribute of a settings object of the trees is given by its class with --setting",
          "[models][tree]") {
  tree t({{"forms/__init__.py", ""},
          {"forms/conf.py",
           "class Settings:\n"
           "    def __getattr__(self, name):\n"
           "        return registry[name]\n\n"
           "settings = Settings()\n"},
          {"forms/models.py", django_import + "from forms.conf import settings\n\n"
                                              "class Entry(models.Model):\n"
                                              "    value = models.CharField("
                                              "max_length=settings.VALUE_LENGTH)\n"}});
  CHECK(load_error(t).starts_with(
      "error[bad_schema]: max_length= must be known to write SQL, but attribute "
      "'VALUE_LENGTH' of a forms.conf.Settings instance is not evaluated: pass --setting "
      "forms.conf.Settings.VALUE_LENGTH=VALUE"));
  models_options o;
  o.settings = {"forms.conf.Settings.VALUE_LENGTH=500"};
  CHECK(field_named(model_named(schema::load({t.root.string()}, o), "Entry"), "value").max_length ==
        500);
}
