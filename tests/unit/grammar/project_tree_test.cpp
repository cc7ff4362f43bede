// SPDX-License-Identifier: MIT
// Project trees as --schema reads them: tests/projects/bookshop (apps with apps.py labels, a
// models/ package, abstract bases in a non-app package, constants, choices, settings, MTI, a
// proxy, managers, indexes and constraints), and trees written on the fly for the errors.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "sqlweave/compile.hpp"
#include "sqlweave/parse.hpp"
#include "support/schema_lookup.hpp"
#include "support/tree.hpp"

using namespace sqlweave;
using sqlweave::testing::field_named;
using sqlweave::testing::load_error;
using sqlweave::testing::model_named;
using sqlweave::testing::tree;
namespace fs = std::filesystem;

namespace {

const std::string bookshop = SQLWEAVE_SOURCE_DIR "/tests/projects/bookshop";

schema load_bookshop(std::vector<std::string> settings = {}) {
  settings.push_back("AUTH_USER_MODEL=members.Member");
  models_options o;
  o.settings = settings;
  return schema::load({bookshop}, o);
}

bool has_field(const model& m, std::string_view name) {
  for (const auto& f : m.fields)
    if (f.name == name) return true;
  return false;
}

const std::string django_import = "from django.db import models\n\n";

}  // namespace

TEST_CASE("a project tree: apps, labels, constants, choices, settings", "[models][tree]") {
  const schema s = load_bookshop();
  const model& member = model_named(s, "Member");
  CHECK(member.app_label == "members");  // accounts/apps.py sets the label
  CHECK(member.db_table == "members");
  CHECK(member.pk_field().type == field_type::big_auto_field);     // its default_auto_field
  CHECK(member.ordering == std::vector<std::string>{"-created"});  // Meta(TimeStamped.Meta)
  CHECK(field_named(member, "email").max_length == 254);
  CHECK(field_named(member, "email").unique);
  CHECK(field_named(member, "display_name").max_length == 240);
  CHECK(field_named(member, "status").max_length == 6);
  CHECK(field_named(member, "status").default_value == value("active"));
  CHECK(field_named(member, "level").default_value == value(1));
  CHECK(field_named(member, "address").max_length == 39);
  CHECK(field_named(member, "website").max_length == 200);
  CHECK(s.find_model("core.TimeStamped") < 0);  // abstract, and core is no app

  const model& book = model_named(s, "catalog.Book");
  CHECK(book.pk_field().type == field_type::auto_field);  // settings' DEFAULT_AUTO_FIELD
  std::vector<std::string> first;
  for (std::size_t i = 0; i < 7; ++i) first.push_back(book.fields[i].name);
  // Django's creation order: the bases' fields as their modules ran, then the class's own.
  CHECK(first ==
        std::vector<std::string>{"id", "created", "updated", "name", "slug", "owner", "code"});
  CHECK(field_named(book, "code").max_length == 32);
  CHECK(field_named(book, "slug").max_length == 50);
  CHECK(field_named(book, "slug").db_index);
  CHECK(field_named(book, "price").max_digits == 12);
  CHECK(field_named(book, "price").decimal_places == 2);
  CHECK(field_named(book, "owner").target == "members.Member");
  CHECK(field_named(book, "owner").related_name == "catalog_book_owned");
  CHECK(field_named(book, "cover").max_length == 100);
  CHECK(field_named(book, "reading_time").type == field_type::duration_field);
  CHECK(field_named(book, "data").type == field_type::json_field);
  REQUIRE(book.indexes.size() == 2);
  CHECK(book.indexes[0].fields == std::vector<std::string>{"code", "-price"});
  CHECK(book.indexes[1].condition == "Q(pages__gt=500)");
  REQUIRE(book.constraints.size() == 2);
  CHECK(book.constraints[0].name == "catalog_book_price");
  CHECK(book.constraints[0].condition == "Q(price__gte=0)");
  REQUIRE(book.managers.size() == 2);  // objects = models.Manager() comes first
  CHECK(book.managers[0].name == "objects");
  CHECK(book.managers[0].chain.empty());
  CHECK(book.managers[1].name == "in_print_books");

  const model& order = model_named(s, "Order");
  CHECK(!has_field(order, "notes"));       // getattr(settings, "ORDERS_USE_NOTES", False)
  CHECK(field_named(order, "paid").null);  // NullBooleanField
  CHECK(order.unique_together == std::vector<std::vector<std::string>>{{"member", "placed"}});
  CHECK(has_field(model_named(load_bookshop({"ORDERS_USE_NOTES=True"}), "Order"), "notes"));
  CHECK(field_named(model_named(s, "OrderLine"), "book").to_field == "isbn");
}

TEST_CASE("multi-table inheritance, proxies and default managers", "[models][tree]") {
  const schema s = load_bookshop();
  const model& ebook = model_named(s, "EBook");
  REQUIRE(ebook.parents.size() == 1);
  const field& ptr = ebook.fields[static_cast<std::size_t>(ebook.parents[0])];
  CHECK(ptr.name == "book_ptr");
  CHECK(ptr.primary_key);
  CHECK(ptr.column == "book_ptr_id");
  CHECK(ebook.ordering == std::vector<std::string>{"name"});  // the concrete parent's
  REQUIRE(ebook.find("name") != nullptr);
  CHECK(ebook.find("name")->what == member::kind::inherited);
  CHECK(model_named(s, "Book").find("ebook") != nullptr);

  const model& bargain = model_named(s, "Bargain");
  CHECK(bargain.proxy_for == "catalog.Book");
  CHECK(bargain.db_table == "catalog_book");
  CHECK(bargain.concrete == s.find_model("catalog.Book"));
  CHECK(bargain.ordering == std::vector<std::string>{"price"});
  REQUIRE(bargain.managers.size() == 2);  // its own objects hides the parent's
  CHECK(bargain.managers[0].name == "objects");
  CHECK(bargain.managers[0].chain == ".filter(in_print=True).exclude(price=0)");
  CHECK(bargain.managers[1].name == "in_print_books");
  CHECK(bargain.find("orders") != nullptr);  // the concrete model's reverse relations

  const auto sql = compile(s, parse_query(R"(EBook.objects.filter(url="u", author__name="a"))"),
                           dialect_id::sqlite);
  CHECK(
      sql.statements.front().sql.find(
          R"(FROM "catalog_ebook" INNER JOIN "catalog_book" ON ("catalog_ebook"."book_ptr_id" = "catalog_book"."id"))") !=
      std::string::npos);
}

TEST_CASE("names the trees cannot resolve are errors at their place", "[models][tree][errors]") {
  {
    tree t({{"shop/models.py", django_import + "from taggit.managers import TaggableField\n\n"
                                               "class Item(models.Model):\n"
                                               "    tags = TaggableField(blank=True)\n"}});
    CHECK(load_error(t) ==
          "error[bad_schema]: field class taggit.managers.TaggableField comes from outside the "
          "schema trees; map it with --field-type taggit.managers.TaggableField=<Django field "
          "call>, e.g. =CharField(max_length=100) (line 6)\n"
          " --> shop/models.py:6:12\n"
          "  |     tags = TaggableField(blank=True)\n"
          "  |            ^^^^^^^^^^^^^");
    models_options o;
    o.field_types = {"taggit.managers.TaggableField=CharField(max_length=40, null=True)"};
    const schema s = schema::load({t.root.string()}, o);
    const field& tags = field_named(model_named(s, "Item"), "tags");
    CHECK(tags.type == field_type::char_field);
    CHECK(tags.max_length == 40);
    CHECK(tags.null);
  }
  {
    // A base chosen at runtime: the error names what only Python runs.
    tree t({{"shop/models.py", django_import + "import os\n\n"
                                               "def base():\n"
                                               "    if os.environ.get('SHOP_BASE') == 'plain':\n"
                                               "        return object\n"
                                               "    return models.Model\n\n"
                                               "class Item(base()):\n"
                                               "    name = models.CharField(max_length=9)\n"}});
    CHECK(load_error(t).find("function base() does what sqlweave does not run: a comparison of "
                             "what os.environ.get() returns, which only Python runs") !=
          std::string::npos);
  }
  {
    // A cycle loads as in Python: the module still running lends the names it has bound so far.
    tree t({{"a/models.py", django_import + "from b.models import B\n\nclass A(models.Model):\n"
                                            "    b = models.ForeignKey(B, models.CASCADE)\n"},
            {"b/models.py", django_import + "from a.models import A\n\nclass B(A):\n    pass\n"}});
    CHECK(load_error(t) ==
          "error[bad_schema]: B is not a model: a base class of it cannot be read: cannot import "
          "name 'A' from 'a.models' (a circular import: it is not defined yet) (line 6)\n"
          " --> a/models.py:6:27\n"
          "  |     b = models.ForeignKey(B, models.CASCADE)\n"
          "  |                           ^");
  }
  {
    tree t({{"shop/models.py", django_import + "from vendor.base import Stamped\n\n"
                                               "class Item(Stamped):\n    pass\n"
                                               "class Other(models.Model, Stamped):\n    pass\n"}});
    CHECK(load_error(t).starts_with(
        "error[bad_schema]: model Other has the base class vendor.base.Stamped from outside the "
        "schema trees"));
  }
  {
    tree t(
        {{"shop/models.py",
          django_import + "LENGTH = compute()\n\nclass Item(models.Model):\n"
                          "    name = models.CharField(max_length=LENGTH, verbose_name=f())\n"}});
    CHECK(load_error(t) ==
          "error[bad_schema]: max_length= must be known to write SQL, but name 'compute' is not "
          "defined (line 3)\n"
          " --> shop/models.py:3:10\n"
          "  | LENGTH = compute()\n"
          "  |          ^^^^^^^");
  }
  {
    tree t({{"shop/models.py", django_import + "class Item(models.Model):\n    x = (1,\n"}});
    CHECK(load_error(t) ==
          "error[syntax]: '(' was never closed\n"
          " --> shop/models.py:4:9\n"
          "  |     x = (1,\n"
          "  |         ^");
  }
  {
    tree t({{"one/models.py", django_import + "class Tag(models.Model):\n    pass\n"},
            {"two/models.py", django_import + "class Tag(models.Model):\n    pass\n"}});
    const schema s = schema::load({t.root.string()});
    CHECK(s.find_model("one.Tag") >= 0);
    CHECK_THROWS_WITH(s.model_index("Tag", {}),
                      "model name 'Tag' is in several apps (one.Tag, two.Tag); pick one with "
                      "--app or write app_label.Tag");
    models_options o;
    o.app = "two";
    const schema picked = schema::load({t.root.string()}, o);
    CHECK(picked.at(picked.model_index("Tag", {})).app_label == "two");
  }
}

TEST_CASE("a condition the reader cannot tell is a warning; big files load", "[models][tree]") {
  tree t({{"shop/models.py", django_import + "import sys\n\nif sys.version_info > (3,):\n"
                                             "    class Item(models.Model):\n        pass\n"}});
  const schema s = schema::load({t.root.string()});
  CHECK(s.find_model("Item") >= 0);
  REQUIRE(s.warnings().size() == 1);
  CHECK(s.warnings()[0].starts_with("warning: cannot tell whether this condition holds"));

  std::string big = django_import;
  while (big.size() < (10u << 20)) big += "CONSTANT_" + std::to_string(big.size()) + " = 1 + 2\n";
  big += "class Item(models.Model):\n    name = models.CharField(max_length=CONSTANT_27)\n";
  tree large({{"shop/models.py", big}});
  // A 10 MB file loads to its error; ctest's timeout is what would catch a hang.
  CHECK(load_error(large).find("CONSTANT_27") != std::string::npos);  // not defined: an error
}

TEST_CASE("on_delete wrappers of the tree: instances whose __call__ passes the call on",
          "[models][tree]") {
  const schema s = schema::load({SQLWEAVE_SOURCE_DIR "/tests/projects/ledger"}, {});
  const model& entry = model_named(s, "Entry");
  CHECK(field_named(entry, "account").on_delete == on_delete::cascade);    // Logged(CASCADE)
  CHECK(field_named(entry, "reviewer").on_delete == on_delete::set_null);  // by keyword
  CHECK(field_named(entry, "ledger").on_delete == on_delete::protect);     // calls PROTECT itself
  const model& tag = model_named(s, "Tag");
  CHECK(field_named(tag, "entries").related_name == "tags");  // positional, as Django reads it
  CHECK(field_named(tag, "entries").related_query_name == "tag");
  CHECK(field_named(tag, "account").related_name == "tags");
  CHECK(field_named(tag, "account").related_query_name == "tag");
  tree t({{"shop/models.py", django_import +
                                 "class Quiet:\n    def __call__(self, *args):\n        pass\n\n"
                                 "class A(models.Model):\n"
                                 "    b = models.ForeignKey('A', on_delete=Quiet())\n"}});
  CHECK(load_error(t).find("an instance of a class whose __call__ passes the call on") !=
        std::string::npos);
}

TEST_CASE("what real projects do: relative imports, cycles, version checks, field classes",
          "[models][tree]") {
  const schema s = schema::load({SQLWEAVE_SOURCE_DIR "/tests/projects/studio"}, {});
  const model& person = model_named(s, "Person");
  CHECK(field_named(person, "role").max_length == 12);                // `from . import roles`
  CHECK(field_named(person, "nickname").default_value == value(""));  // Django 3.2's branch
  CHECK(s.find_model("people.Curator") >= 0);  // Meta.swappable names an unset setting
  CHECK(s.find_model("people.Studio") < 0);    // abstract unless studio.archive is installed
  const model& media = model_named(s, "Media");
  CHECK(field_named(media, "code").max_length == 12);  // CodeField.__init__'s default
  CHECK(field_named(media, "code").unique);            // and the value it forces
  CHECK(!has_field(media, "search"));                  // a bare Field subclass: no column
  const model& album = model_named(s, "Album");
  CHECK(field_named(album, "short_code").max_length == 6);
  CHECK(field_named(album, "short_code").unique);
  CHECK(field_named(album, "share_token").max_length == 40);  // kwargs.setdefault
  CHECK(!field_named(album, "share_token").db_index);         // __init__'s indexed=False
  CHECK(field_named(album, "embed_token").max_length == 16);
  CHECK(field_named(album, "embed_token").db_index);  // the caller's indexed=True

  {
    tree t(
        {{"shop/compat.py", "def with_metaclass(meta, *bases):\n    return meta('X', bases, {})\n"},
         {"shop/models.py", django_import +
                                "from django.db.models.fields.related import RelatedField\n"
                                "from .compat import with_metaclass\n\n"
                                "NAME_LENGTH = 1\nif 'shop' not in ('blog',):\n"
                                "    if (3, 2) < (3, 10):\n        NAME_LENGTH = 10\n\n"
                                "class Tags(RelatedField):\n    def get_internal_type(self):\n"
                                "        return 'ManyToManyField'\n\n"
                                "class Base(with_metaclass(type, models.Model)):\n"
                                "    name = models.CharField(max_length=NAME_LENGTH)\n"
                                "    tags = Tags()\n    class Meta:\n        abstract = True\n\n"
                                "class Item(Base):\n    pass\n"}});
    const schema loaded = schema::load({t.root.string()}, {});
    const model& item = model_named(loaded, "Item");
    CHECK(field_named(item, "name").max_length == 10);
    CHECK(!has_field(item, "tags"));  // RelatedField's db_type() is None whatever the type
  }
  {
    tree t({{"shop/models.py", django_import +
                                   "class Money(models.Field):\n"
                                   "    def db_type(self, connection):\n        return 'money'\n\n"
                                   "class Item(models.Model):\n    price = Money()\n"}});
    CHECK(load_error(t) ==
          "error[bad_schema]: field class shop.models.Money takes its column type from "
          "Money.db_type(), which sqlweave does not run; map it with --field-type "
          "shop.models.Money=<Django field call> (line 8)\n"
          " --> shop/models.py:8:13\n"
          "  |     price = Money()\n"
          "  |             ^^^^^");
    models_options o;
    o.field_types = {"shop.models.Money=DecimalField(max_digits=12, decimal_places=2)"};
    const schema loaded = schema::load({t.root.string()}, o);
    CHECK(field_named(model_named(loaded, "Item"), "price").type == field_type::decimal_field);
  }
}

TEST_CASE("a package given as --schema is imported by its name; a tree must hold an app",
          "[models][tree]") {
  tree t(
      {{"vendor/__init__.py", ""},
       {"vendor/search/__init__.py", ""},
       {"vendor/search/index.py", "from searchlib.index import *\n"},
       {"vendor/models/__init__.py", "from .files import *\n"},
       {"vendor/models/files.py", django_import + "from vendor.search import index\n\n"
                                                  "class File(index.Indexed, models.Model):\n"
                                                  "    name = models.CharField(max_length=20)\n"},
       {"empty/readme.txt", "no apps here\n"}});
  const std::string empty = (t.root / "empty").string();
  try {
    schema::load({empty}, {});
    FAIL("a tree without apps loaded");
  } catch (const error& e) {
    CHECK(std::string(e.what()) ==
          "--schema " + empty +
              ": no app found (no package with a models.py or a models/ package)");
  }
  // vendor is a package: its parent is the path entry, so `vendor.search` resolves.
  const std::string vendor = (t.root / "vendor").string();
  try {
    schema::load({vendor}, {});
    FAIL("a base class from a star import of outside the trees loaded");
  } catch (const source_error& e) {
    CHECK_THAT(e.what(), Catch::Contains("base class searchlib.index.Indexed from outside"));
  }
  models_options o;
  o.field_types = {"searchlib.index.Indexed=object"};
  const schema s = schema::load({vendor}, o);
  CHECK(s.at(s.find_model("vendor.File")).db_table == "vendor_file");
}

TEST_CASE("a package with a models.py but no model does not take a label from contrib or a tree",
          "[models][tree][contrib]") {
  tree t({{"site/auth/__init__.py", ""},
          {"site/auth/models.py", "from django.contrib.auth import models as auth_models\n"},
          {"site/loaders/__init__.py", ""},
          {"site/loaders/models.py", "LIMIT = 3\n"},
          {"site/notes/__init__.py", ""},
          {"site/notes/loaders/__init__.py", ""},
          {"site/notes/loaders/models.py", "LIMIT = 4\n"},
          {"site/notes/models.py", django_import +
                                       "from django.conf import settings\n\n"
                                       "class Note(models.Model):\n"
                                       "    author = models.ForeignKey(settings.AUTH_USER_MODEL, "
                                       "models.CASCADE)\n"}});
  const schema s = schema::load({(t.root / "site").string()}, {});
  CHECK(s.find_model("auth.User") >= 0);  // django.contrib.auth, not site.auth
  CHECK(s.at(s.find_model("notes.Note")).db_table == "notes_note");
}

TEST_CASE("a models/ package holding a models.py is its app's models, not an app 'models'",
          "[models][tree]") {
  tree t({{"perms/__init__.py", ""},
          {"perms/models/__init__.py", "from .models import Grant, Token\n"},
          {"perms/models/base.py", django_import + "class Stamped(models.Model):\n"
                                                   "    at = models.DateTimeField()\n\n"
                                                   "    class Meta:\n        abstract = True\n"},
          {"perms/models/models.py", django_import + "from .base import Stamped\n\n"
                                                     "class Grant(Stamped):\n"
                                                     "    code = models.CharField(max_length=9)\n\n"
                                                     "class Token(Stamped):\n"
                                                     "    grant = models.ForeignKey(Grant, "
                                                     "models.CASCADE)\n"}});
  const schema s = schema::load({(t.root / "perms").string()}, {});
  REQUIRE(s.find_model("perms.Grant") >= 0);
  CHECK(s.at(s.find_model("perms.Grant")).db_table == "perms_grant");
  CHECK(s.find_model("models.Grant") < 0);
  CHECK(s.at(s.model_index("Token", {})).app_label == "perms");
}

TEST_CASE("and, or, not, conditional expressions and identity tests evaluate where knowable",
          "[models][tree]") {
  tree t({{"shop/models.py",
           django_import + "from django.conf import settings\n\n"
                           "DEBUG = False\n"
                           "STRICT = getattr(settings, 'SHOP_STRICT', True)\n"
                           "LENGTH = 40 if not DEBUG else 10\n"
                           "WIDE = DEBUG or 120\n"
                           "PREFIX = getattr(settings, 'SHOP_PREFIX', None)\n"
                           "TABLE = PREFIX is None and 'shop_items' or PREFIX\n"
                           "if STRICT not in [True, False]:\n"
                           "    raise ValueError('SHOP_STRICT')\n"
                           "if LENGTH in (40, 50) and not DEBUG and PREFIX is not True:\n"
                           "    class Item(models.Model):\n"
                           "        name = models.CharField(max_length=LENGTH)\n"
                           "        code = models.CharField(max_length=WIDE, null=not STRICT)\n\n"
                           "        class Meta:\n"
                           "            db_table = TABLE\n"
                           "else:\n"
                           "    class Item(models.Model):\n        pass\n"}});
  const schema s = schema::load({t.root.string()});
  CHECK(s.warnings().empty());
  const model& item = model_named(s, "Item");
  CHECK(item.db_table == "shop_items");
  CHECK(field_named(item, "name").max_length == 40);
  CHECK(field_named(item, "code").max_length == 120);
  CHECK_FALSE(field_named(item, "code").null);
  models_options o;
  o.settings = {"SHOP_PREFIX='legacy_item'", "SHOP_STRICT=False"};
  const schema legacy = schema::load({t.root.string()}, o);
  CHECK(model_named(legacy, "Item").db_table == "legacy_item");
  CHECK(field_named(model_named(legacy, "Item"), "code").null);

  tree unknown(
      {{"shop/models.py", django_import + "LENGTH = 40 if compute() else 10\n\n"
                                          "class Item(models.Model):\n"
                                          "    name = models.CharField(max_length=LENGTH)\n"}});
  CHECK(load_error(unknown) ==
        "error[bad_schema]: max_length= must be known to write SQL, but name 'compute' is not "
        "defined (line 3)\n"
        " --> shop/models.py:3:16\n"
        "  | LENGTH = 40 if compute() else 10\n"
        "  |                ^^^^^^^");
}

TEST_CASE("a class with fields on a third-party model base is an error; =Model and =Manager map",
          "[models][tree][errors]") {
  tree t({{"media/__init__.py", ""},
          {"media/models.py", django_import +
                                  "from poly.models import PolyModel\n"
                                  "from poly.managers import PolyManager\n\n"
                                  "class AssetManager(PolyManager):\n    pass\n\n"
                                  "class Asset(PolyModel):\n"
                                  "    name = models.CharField(max_length=30)\n"
                                  "    objects = AssetManager()\n\n"
                                  "    class Meta:\n        base_manager_name = 'objects'\n\n"
                                  "class Clip(models.Model):\n"
                                  "    asset = models.ForeignKey('Asset', models.CASCADE)\n"}});
  CHECK(load_error(t) ==
        "error[bad_schema]: class Asset declares Django fields but its base class "
        "poly.models.PolyModel comes from outside the schema trees, so it is not read as a "
        "model: add the source tree of that package with another --schema, or pass "
        "--field-type poly.models.PolyModel=Model if it is a model that adds no fields (line 9)\n"
        " --> media/models.py:9:13\n"
        "  | class Asset(PolyModel):\n"
        "  |             ^^^^^^^^^");
  models_options o;
  o.field_types = {"poly.models.PolyModel=Model", "poly.managers.PolyManager=Manager"};
  const schema s = schema::load({t.root.string()}, o);
  CHECK(model_named(s, "Asset").db_table == "media_asset");
  CHECK(has_field(model_named(s, "Asset"), "name"));
  CHECK(field_named(model_named(s, "Clip"), "asset").target == "media.Asset");
}

TEST_CASE("helper functions of the trees and a module's __getattr__ are run where knowable",
          "[models][tree]") {
  tree t(
      {{"docs/__init__.py", ""},
       {"docs/conf.py",
        "from django.conf import settings\n\n"
        "DEFAULTS = {'TITLE_LENGTH': 80}\n\n"
        "def _setting(name, default):\n"
        "    return getattr(settings, 'DOCS_' + name, default)\n\n"
        "def __getattr__(name):\n"
        "    if name == 'TITLE_LENGTH':\n"
        "        return _setting(name, 80)\n"
        "    return DEFAULTS[name]\n"},
       {"docs/helpers.py",
        "def owner_model(app='docs', *, swappable=False):\n"
        "    \"\"\"The model pages belong to.\"\"\"\n"
        "    if swappable:\n"
        "        return 'auth.User'\n"
        "    return app + '.Folder'\n\n"
        "def guessed():\n"
        "    for x in range(3):\n"
        "        return x\n"},
       {"docs/models.py",
        django_import + "from docs import conf\nfrom docs.helpers import owner_model, guessed\n\n"
                        "class Folder(models.Model):\n"
                        "    pass\n\n"
                        "class Page(models.Model):\n"
                        "    title = models.CharField(max_length=conf.TITLE_LENGTH)\n"
                        "    folder = models.ForeignKey(owner_model(), models.CASCADE)\n"
                        "    user = models.ForeignKey(owner_model(swappable=True), "
                        "models.CASCADE)\n"}});
  const schema s = schema::load({(t.root / "docs").string()});
  const model& page = model_named(s, "Page");
  CHECK(field_named(page, "title").max_length == 80);
  CHECK(field_named(page, "folder").target == "docs.Folder");
  CHECK(field_named(page, "user").target == "auth.User");
  models_options o;
  o.settings = {"DOCS_TITLE_LENGTH=120"};
  CHECK(field_named(model_named(schema::load({(t.root / "docs").string()}, o), "Page"), "title")
            .max_length == 120);

  std::ofstream(t.root / "docs/models.py", std::ios::app)
      << "    code = models.CharField(max_length=guessed())\n";
  CHECK(load_error(t) ==
        "error[bad_schema]: max_length= must be known to write SQL, but function guessed() does "
        "what sqlweave does not run: a 'for' statement (line 8)\n"
        " --> docs/helpers.py:8:5\n"
        "  |     for x in range(3):\n"
        "  |     ^^^^^^^^^^^^^^^^^");
}

TEST_CASE("apps are imported in INSTALLED_APPS order, which decides what a cycle has defined",
          "[models][tree]") {
  // As in netbox: core.models defines ObjectType before importing a mixin whose module imports
  // ObjectType back. Imported first, core loads; imported after 'account', the mixin is not
  // defined yet when core asks for it, in Python as here.
  const std::vector<std::pair<std::string, std::string>> files{
      {"account/models.py", django_import + "from base.features import Synced\n\n"
                                            "class Account(Synced):\n    pass\n"},
      {"base/__init__.py", ""},
      {"base/features.py", django_import + "from core.models import ObjectType\n\n"
                                           "class Synced(models.Model):\n"
                                           "    synced = models.BooleanField(default=False)\n"
                                           "    class Meta:\n        abstract = True\n"},
      {"core/models.py", django_import + "class ObjectType(models.Model):\n    pass\n\n"
                                         "from base.features import Synced\n\n"
                                         "class File(Synced):\n    pass\n\n"
                                         "class Doc(models.Model):\n"
                                         "    file = models.ForeignKey(File, models.CASCADE)\n"}};
  {
    tree t(files);
    CHECK(load_error(t).find("cannot import name 'Synced' from 'base.features' (a circular "
                             "import: it is not defined yet)") != std::string::npos);
    models_options o;
    o.settings = {"INSTALLED_APPS=['django.contrib.auth', 'core.apps.CoreConfig', 'account']"};
    const schema s = schema::load({t.root.string()}, o);
    CHECK(has_field(model_named(s, "File"), "synced"));
    CHECK(has_field(model_named(s, "Account"), "synced"));
  }
  {
    auto with_settings = files;
    with_settings.emplace_back("proj/__init__.py", "");
    with_settings.emplace_back(
        "proj/settings.py", "DEBUG = True\nINSTALLED_APPS = [\n    'core',\n    'account',\n]\n");
    tree t(with_settings);
    const schema s = schema::load({t.root.string()}, {});
    CHECK(has_field(model_named(s, "File"), "synced"));
  }
}

TEST_CASE("a Meta.swappable computed outside the trees keeps the model, with a warning",
          "[models][tree]") {
  // As wagtail's `swapper.swappable_setting("wagtailcore", "Page")` was before sqlweave read it.
  tree t({{"pages/models.py", django_import + "import vendorswap\n\n"
                                              "class Page(models.Model):\n"
                                              "    title = models.CharField(max_length=20)\n"
                                              "    class Meta:\n"
                                              "        swappable = vendorswap.setting_name("
                                              "'pages', 'Page')\n"}});
  const schema s = schema::load({t.root.string()}, {});
  CHECK(has_field(model_named(s, "Page"), "title"));
  REQUIRE(s.warnings().size() == 1);
  CHECK(
      s.warnings()[0].starts_with("warning: Meta.swappable of Page cannot be evaluated (a call of "
                                  "vendorswap.setting_name); keeping the model installed"));
}

TEST_CASE("arguments of later Djangos that change no SQL are skipped", "[models][tree]") {
  tree t({{"roles/__init__.py", ""},
          {"roles/models.py", django_import + "class Role(models.Model):\n"
                                              "    name = models.CharField(max_length=20)\n\n"
                                              "    class Meta:\n"
                                              "        unique_together = None\n"
                                              "        constraints = [models.UniqueConstraint(\n"
                                              "            fields=['name'], name='role_name',\n"
                                              "            violation_error_message='taken',\n"
                                              "            violation_error_code='dup')]\n"}});
  const schema s = schema::load({t.root.string()});
  const model& role = model_named(s, "Role");
  CHECK(role.unique_together.empty());
  REQUIRE(role.constraints.size() == 1);
  CHECK(role.constraints[0].name == "role_name");
}
