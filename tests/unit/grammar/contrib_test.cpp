// SPDX-License-Identifier: MIT
// django.contrib built in: its models join a schema that relates to them or names them with
// --contrib (models_options::contrib); Meta.swappable follows AUTH_USER_MODEL.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/compile.hpp"
#include "sqlweave/ddl.hpp"
#include "sqlweave/parse.hpp"
#include "support/schema_lookup.hpp"

using namespace sqlweave;
using sqlweave::testing::field_named;

namespace {

std::vector<std::string> labels_of(const schema& s) {
  std::vector<std::string> out;
  for (const auto& m : s.models()) out.push_back(m.app_label + "." + m.name);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> field_names(const model& m) {
  std::vector<std::string> out;
  for (const auto& f : m.fields) out.push_back(f.name);
  return out;
}

bool has_table(const std::vector<std::string>& ddl, std::string_view table) {
  const std::string create = "CREATE TABLE \"" + std::string(table) + "\" (";
  return std::any_of(ddl.begin(), ddl.end(),
                     [&](const std::string& s) { return s.starts_with(create); });
}

}  // namespace

TEST_CASE("a relation to settings.AUTH_USER_MODEL brings auth and contenttypes",
          "[models][contrib]") {
  const schema s = schema::from_models_source(R"(from django.conf import settings
from django.db import models


class Note(models.Model):
    author = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name="notes")
    text = models.TextField()
)",
                                              {.app = "notes"});
  CHECK(labels_of(s) == std::vector<std::string>{"auth.Group", "auth.Permission", "auth.User",
                                                 "contenttypes.ContentType", "notes.Note"});
  const model& user = s.at(s.find_model("auth.User"));
  CHECK(user.db_table == "auth_user");
  CHECK(field_names(user) ==
        std::vector<std::string>{"id", "password", "last_login", "is_superuser", "groups",
                                 "user_permissions", "username", "first_name", "last_name", "email",
                                 "is_staff", "is_active", "date_joined"});
  CHECK(field_named(user, "email").max_length == 254);
  CHECK(field_named(user, "last_login").null);
  const auto sql = compile(s, parse_query(R"(Note.objects.filter(author__groups__name="staff"))"),
                           dialect_id::postgresql)
                       .statements.at(0)
                       .sql;
  CHECK(
      sql.find(
          R"(INNER JOIN "auth_user_groups" ON ("auth_user"."id" = "auth_user_groups"."user_id") INNER JOIN "auth_group" ON ("auth_user_groups"."group_id" = "auth_group"."id"))") !=
      std::string::npos);
  // Group's reverse names: user_set as an accessor, `user` in lookups.
  CHECK_NOTHROW(
      compile(s, parse_query(R"(Group.objects.filter(user__username="a"))"), dialect_id::sqlite));
  const auto tables = ddl(s, dialect_id::sqlite);
  CHECK(has_table(tables, "auth_user_groups"));
  CHECK(has_table(tables, "django_content_type"));
  CHECK(!has_table(tables, "django_session"));
}

TEST_CASE("a custom user model swaps auth.User out", "[models][contrib]") {
  models_options o;
  o.app = "accounts";
  o.settings = {"AUTH_USER_MODEL=accounts.Member"};
  const schema s = schema::from_models_source(R"(from django.contrib.auth.models import AbstractUser
from django.db import models


class Member(AbstractUser):
    nickname = models.CharField(max_length=30, blank=True)
)",
                                              o);
  CHECK(labels_of(s) == std::vector<std::string>{"accounts.Member", "auth.Group", "auth.Permission",
                                                 "contenttypes.ContentType"});
  const model& member = s.at(s.find_model("Member"));
  CHECK(field_named(member, "password").max_length == 128);
  CHECK(field_named(member, "username").unique);
  CHECK(field_named(member, "groups").target == "auth.Group");
  const auto tables = ddl(s, dialect_id::sqlite);
  CHECK(has_table(tables, "accounts_member_groups"));
  CHECK(!has_table(tables, "auth_user"));
  CHECK(compile(s, parse_query(R"(Group.objects.filter(user__nickname="x"))"), dialect_id::sqlite)
            .statements.at(0)
            .sql.find(R"("accounts_member")") != std::string::npos);
}

TEST_CASE("--contrib installs apps no model relates to", "[models][contrib]") {
  models_options o;
  o.contrib = {"sessions", "redirects"};
  const schema s = schema::load({}, o);
  CHECK(labels_of(s) ==
        std::vector<std::string>{"redirects.Redirect", "sessions.Session", "sites.Site"});
  const model& session = s.at(s.find_model("Session"));
  CHECK(session.db_table == "django_session");
  CHECK(session.pk_field().name == "session_key");
  CHECK(field_named(session, "expire_date").db_index);
  o.contrib = {"polls"};
  CHECK_THROWS_WITH(schema::load({}, o),
                    Catch::Contains("--contrib polls: no such django.contrib app"));
}

TEST_CASE("a GenericForeignKey's columns relate to contenttypes", "[models][contrib]") {
  const schema s =
      schema::from_models_source(R"(from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models


class Tag(models.Model):
    label = models.SlugField()
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
)",
                                 {.app = "tags"});
  CHECK(labels_of(s) == std::vector<std::string>{"contenttypes.ContentType", "tags.Tag"});
  const auto sql =
      compile(s, parse_query(R"(Tag.objects.filter(content_type__app_label="shop", object_id=3))"),
              dialect_id::sqlite)
          .statements.at(0)
          .sql;
  CHECK(
      sql.find(
          R"(INNER JOIN "django_content_type" ON ("tags_tag"."content_type_id" = "django_content_type"."id"))") !=
      std::string::npos);
}

TEST_CASE("a tree's own app with a contrib label keeps it", "[models][contrib]") {
  const schema s = schema::from_models_source(R"(from django.db import models


class Site(models.Model):
    domain = models.CharField(max_length=60)
)",
                                              {.app = "sites"});
  CHECK(labels_of(s) == std::vector<std::string>{"sites.Site"});
  CHECK(s.at(s.find_model("Site")).db_table == "sites_site");
}

TEST_CASE("auto-created link tables take their app's auto field", "[models][contrib][ddl]") {
  models_options o;
  o.app = "shop";
  o.settings = {"DEFAULT_AUTO_FIELD=django.db.models.BigAutoField"};
  const schema s = schema::from_models_source(R"(from django.conf import settings
from django.db import models


class Tag(models.Model):
    name = models.CharField(max_length=20)
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL)
)",
                                              o);
  const auto tables = ddl(s, dialect_id::postgresql);
  auto create = [&](std::string_view table) {
    const std::string head = "CREATE TABLE \"" + std::string(table) + "\" (";
    const auto it = std::find_if(tables.begin(), tables.end(),
                                 [&](const std::string& t) { return t.starts_with(head); });
    REQUIRE(it != tables.end());
    return *it;
  };
  // The project's DEFAULT_AUTO_FIELD for its own; auth's AppConfig says AutoField for its own.
  CHECK(create("shop_tag")
            .starts_with(R"(CREATE TABLE "shop_tag" ("id" bigserial NOT NULL PRIMARY KEY)"));
  CHECK(create("shop_tag_fans")
            .starts_with(R"(CREATE TABLE "shop_tag_fans" ("id" bigserial NOT NULL PRIMARY KEY)"));
  CHECK(create("auth_user_groups")
            .starts_with(R"(CREATE TABLE "auth_user_groups" ("id" serial NOT NULL PRIMARY KEY)"));
}
