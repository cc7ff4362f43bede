// SPDX-License-Identifier: MIT
// Names Python reads on an instance: prefetch_related() follows accessors (a reverse FK's
// `<model>_set`, related_name or Meta.default_related_name, a one-to-one's `<model>`), not the
// names lookups use; and
// earliest()/latest() without fields order by Meta.get_latest_by, inherited as Django does.
#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/compile.hpp"
#include "sqlweave/error.hpp"
#include "sqlweave/parse.hpp"
#include "sqlweave/statement_cache.hpp"

using namespace sqlweave;

namespace {

constexpr const char* models_py = R"(from django.db import models


class Kennel(models.Model):
    town = models.CharField(max_length=20)
    opened = models.DateField()

    class Meta:
        get_latest_by = "opened"


class Breed(models.Model):
    label = models.CharField(max_length=20)


class Dog(models.Model):
    name = models.CharField(max_length=20)
    kennel = models.ForeignKey(Kennel, models.CASCADE)
    breeds = models.ManyToManyField(Breed)
    rival = models.ForeignKey("self", models.SET_NULL, null=True, related_name="+")

    class Meta:
        get_latest_by = ["kennel__opened", "-name"]


class Licence(models.Model):
    dog = models.OneToOneField(Dog, models.CASCADE)
    number = models.IntegerField()


class ShowDog(Dog):
    ribbons = models.IntegerField()


class Stamped(models.Model):
    stamp = models.DateField()

    class Meta:
        abstract = True
        get_latest_by = "stamp"


class Visit(Stamped):
    dog = models.ForeignKey(Dog, models.CASCADE, related_name="visits")


class Unordered(models.Model):
    n = models.IntegerField()


class Collar(models.Model):
    dog = models.ForeignKey(Dog, models.CASCADE)
    colour = models.CharField(max_length=10)
    spare_for = models.ForeignKey(Dog, models.CASCADE, null=True, related_name="spares")

    class Meta:
        default_related_name = "collars"
)";

const schema& kennels() {
  static const schema s = schema::from_models_source(models_py, {.app = "k"});
  return s;
}

compiled_query compiled(std::string_view text) {
  return compile(kennels(), parse_query(text), dialect_id::sqlite);
}

std::string order_of(std::string_view text) {
  const auto sql = compiled(text).statements.at(0).sql;
  const auto at = sql.find(" ORDER BY ");
  return at == std::string::npos ? std::string() : sql.substr(at + 10);
}

std::string message_of(std::string_view text) {
  try {
    compiled(text);
  } catch (const error& e) {
    return e.what();
  }
  return {};
}

}  // namespace

TEST_CASE("prefetch_related follows accessor names", "[resolve][prefetch]") {
  CHECK(compiled(R"(Kennel.objects.prefetch_related("dog_set"))").prefetches.at(0).path ==
        "dog_set");
  CHECK(compiled(R"(Breed.objects.prefetch_related("dog_set__licence"))").prefetches.size() == 2);
  CHECK(compiled(R"(Dog.objects.prefetch_related("licence", "visits", "breeds"))")
            .prefetches.size() == 3);
  // A proxy or an MTI child reads its own relations; forward ones are field names.
  CHECK(compiled(R"(Licence.objects.prefetch_related("dog__kennel"))").prefetches.size() == 2);
  // The query names Django refuses here ("Cannot find 'dog' on Kennel object").
  CHECK(message_of(R"(Kennel.objects.prefetch_related("dog"))") ==
        "Cannot find 'dog' on Kennel object, 'dog' is an invalid parameter to prefetch_related(); "
        "its relations: dog_set");
  CHECK(
      message_of(R"(Breed.objects.prefetch_related("dog_set__licences"))")
          .starts_with("Cannot find 'licences' on Dog object, 'dog_set__licences' is an invalid"));
  CHECK(message_of(R"(Dog.objects.prefetch_related("name"))") ==
        "'name' does not resolve to an item that supports prefetching - this is an invalid "
        "parameter to prefetch_related()");
  // related_name='+' has no accessor.
  CHECK(message_of(R"(Dog.objects.prefetch_related("dog_set"))").starts_with("Cannot find"));
}

TEST_CASE("Meta.default_related_name names the reverse side where related_name does not",
          "[resolve][prefetch]") {
  // Django gives it to the field as its related_name: the accessor and the lookup name.
  CHECK(compiled(R"(Dog.objects.filter(collars__colour="red"))")
            .statements.at(0)
            .sql.find(R"(INNER JOIN "k_collar" ON ("k_dog"."id" = "k_collar"."dog_id"))") !=
        std::string::npos);
  CHECK(compiled(R"(Dog.objects.prefetch_related("collars", "spares"))").prefetches.size() == 2);
  CHECK(message_of(R"(Dog.objects.filter(collar__colour="red"))")
            .starts_with("unknown field 'collar' on Dog; did you mean 'collars'?"));
  CHECK(message_of(R"(Dog.objects.prefetch_related("collar_set"))").starts_with("Cannot find"));
}

TEST_CASE("an MTI child has its parents' accessors", "[resolve][prefetch]") {
  const auto c = compiled(R"(ShowDog.objects.prefetch_related("visits", "breeds", "licence"))");
  REQUIRE(c.prefetches.size() == 3);
  // The keys are the parent's, which a child's rows hold (its primary key's values).
  CHECK(c.prefetches.at(0).key_column == "id");
  CHECK(c.prefetches.at(0).sql_head.find(R"(WHERE "k_visit"."dog_id" IN ()") != std::string::npos);
  CHECK(c.prefetches.at(1).key_column == "id");
  CHECK(message_of(R"(ShowDog.objects.prefetch_related("visit_set"))") ==
        "Cannot find 'visit_set' on ShowDog object, 'visit_set' is an invalid parameter to "
        "prefetch_related(); its relations: dog_ptr, kennel, breeds, rival, licence, showdog, "
        "visits, collars, spares");
}

TEST_CASE("earliest() and latest() without fields use Meta.get_latest_by", "[resolve][terminals]") {
  CHECK(order_of("Kennel.objects.earliest()") == R"("k_kennel"."opened" ASC LIMIT 1)");
  CHECK(order_of("Kennel.objects.latest()") == R"("k_kennel"."opened" DESC LIMIT 1)");
  CHECK(order_of("Kennel.objects.latest('town')") == R"("k_kennel"."town" DESC LIMIT 1)");
  CHECK(order_of("Dog.objects.latest()") ==
        R"("k_kennel"."opened" DESC, "k_dog"."name" ASC LIMIT 1)");
  // A multi-table child inherits it from its concrete parent, a model from its abstract base.
  CHECK(order_of("ShowDog.objects.earliest()") ==
        R"("k_kennel"."opened" ASC, "k_dog"."name" DESC LIMIT 1)");
  CHECK(order_of("Visit.objects.earliest()") == R"("k_visit"."stamp" ASC LIMIT 1)");
  CHECK(message_of("Unordered.objects.earliest()") ==
        "earliest() and latest() require either fields as positional arguments or "
        "'get_latest_by' in the model's Meta.");
}

namespace {

std::string where_of(std::string_view text) {
  const auto sql = compiled(text).statements.at(0).sql;
  const auto at = sql.find(" WHERE ");
  return at == std::string::npos ? std::string() : sql.substr(at + 7);
}

}  // namespace

TEST_CASE("a related manager on get()'s instance is the related queryset", "[resolve][related]") {
  // get(pk=<value>): filtered by the value, as Django's second query is.
  CHECK(where_of("Kennel.objects.get(pk=1).dog_set.all()") == R"("k_dog"."kennel_id" = ?)");
  CHECK(compiled("Kennel.objects.get(id=1).dog_set.filter(name='Rex')").statements.at(0).params ==
        std::vector<value>{value(1), value("Rex")});
  // Other conditions: a subquery of get()'s queryset.
  CHECK(where_of("Kennel.objects.get(town='Ely').dog_set.count()") ==
        R"("k_dog"."kennel_id" IN (SELECT "U0"."id" FROM "k_kennel" "U0" WHERE "U0"."town" = ?))");
  // Many-to-many, from either side, and a chain of instances.
  CHECK(compiled("Dog.objects.get(pk=3).breeds.all()")
            .statements.at(0)
            .sql.find(R"(WHERE "k_dog_breeds"."dog_id" = ?)") != std::string::npos);
  CHECK(compiled("Breed.objects.get(pk=2).dog_set.all()")
            .statements.at(0)
            .sql.find(R"(WHERE "k_dog_breeds"."breed_id" = ?)") != std::string::npos);
  CHECK(where_of("Kennel.objects.get(pk=1).dog_set.get(name='Rex').visits.all()") ==
        R"("k_visit"."dog_id" IN (SELECT "U0"."id" FROM "k_dog" "U0" WHERE ("U0"."kennel_id" = ? )"
        R"(AND "U0"."name" = ?)))");
  // Writes through it are the related queryset's.
  CHECK(compiled("Kennel.objects.get(pk=1).dog_set.update(name='x')").statements.at(0).sql ==
        R"(UPDATE "k_dog" SET "name" = ? WHERE "k_dog"."kennel_id" = ?)");
}

TEST_CASE("a related manager on another instance is filtered by its one row",
          "[resolve][related]") {
  // first()/last() order an unordered queryset by the primary key, and keep another ordering
  // (last() reversed); earliest()/latest() by their fields or Meta.get_latest_by; qs[i] as is.
  CHECK(where_of("Kennel.objects.first().dog_set.all()") ==
        R"("k_dog"."kennel_id" = (SELECT "U0"."id" FROM "k_kennel" "U0" ORDER BY "U0"."id" ASC )"
        R"(LIMIT 1))");
  CHECK(where_of("Kennel.objects.order_by('town').last().dog_set.all()") ==
        R"("k_dog"."kennel_id" = (SELECT "U0"."id" FROM "k_kennel" "U0" ORDER BY "U0"."town" )"
        R"(DESC LIMIT 1))");
  CHECK(where_of("Kennel.objects.latest().dog_set.all()") ==
        R"("k_dog"."kennel_id" = (SELECT "U0"."id" FROM "k_kennel" "U0" ORDER BY )"
        R"("U0"."opened" DESC LIMIT 1))");
  CHECK(where_of("Kennel.objects.filter(town='Ely')[2].dog_set.all()") ==
        R"("k_dog"."kennel_id" = (SELECT "U0"."id" FROM "k_kennel" "U0" WHERE "U0"."town" = ? )"
        R"(LIMIT 1 OFFSET 2))");
  CHECK(compiled("Breed.objects.last().dog_set.all()")
            .statements.at(0)
            .sql.find(R"(WHERE "k_dog_breeds"."breed_id" = (SELECT "U0"."id" FROM "k_breed" "U0" )"
                      R"(ORDER BY "U0"."id" DESC LIMIT 1))") != std::string::npos);
  // A multi-table child's instance has its parent's managers, keyed by the shared key.
  CHECK(where_of("ShowDog.objects.get(pk=4).visits.all()") == R"("k_visit"."dog_id" = ?)");
}

TEST_CASE("an instance or its field as a value is its one row's key or value",
          "[resolve][related]") {
  // Django evaluates the instance first, then compares its primary key (or the field).
  CHECK(where_of("Dog.objects.filter(kennel=Kennel.objects.get(town='Ely'))") ==
        R"("k_dog"."kennel_id" = (SELECT "U0"."id" FROM "k_kennel" "U0" WHERE "U0"."town" = ?))");
  CHECK(where_of("Dog.objects.filter(kennel=Kennel.objects.first())") ==
        R"("k_dog"."kennel_id" = (SELECT "U0"."id" FROM "k_kennel" "U0" ORDER BY "U0"."id" ASC )"
        R"(LIMIT 1))");
  CHECK(where_of("Dog.objects.filter(name=Dog.objects.get(pk=3).name)") ==
        R"("k_dog"."name" = (SELECT "U0"."name" FROM "k_dog" "U0" WHERE "U0"."id" = ?))");
  CHECK(where_of("Dog.objects.filter(kennel=Dog.objects.latest().kennel)") ==
        R"("k_dog"."kennel_id" = (SELECT "U0"."kennel_id" FROM "k_dog" "U0" INNER JOIN )"
        R"("k_kennel" "U1" ON ("U0"."kennel_id" = "U1"."id") ORDER BY "U1"."opened" DESC, )"
        R"("U0"."name" ASC LIMIT 1))");
  CHECK(where_of("Visit.objects.filter(dog_id=Dog.objects.all()[2].pk)") ==
        R"("k_visit"."dog_id" = (SELECT "U0"."id" FROM "k_dog" "U0" LIMIT 1 OFFSET 2))");
}

TEST_CASE("a related manager in a subquery is its related queryset", "[resolve][related]") {
  CHECK(where_of("Breed.objects.filter(dog__in=Kennel.objects.get(pk=1).dog_set.all())") ==
        R"("k_dog_breeds"."dog_id" IN (SELECT "U0"."id" FROM "k_dog" "U0" WHERE )"
        R"("U0"."kennel_id" = ?))");
  CHECK(where_of("Kennel.objects.filter(Exists(Kennel.objects.first().dog_set.filter("
                 "kennel=OuterRef('pk'))))")
            .starts_with(
                R"(EXISTS(SELECT 1 AS "a" FROM "k_dog" "U0" WHERE ("U0"."kennel_id" = )"
                R"((SELECT "V0"."id" FROM "k_kennel" "V0" ORDER BY "V0"."id" ASC LIMIT 1) AND )"
                R"("U0"."kennel_id" = "k_kennel"."id"))"));
  statement_cache cache(kennels(), 8);
  const auto a = cache.compile(
      parse_query(
          "Breed.objects.filter(dog__in=Kennel.objects.get(pk=1).dog_set.filter(name='a'))"),
      dialect_id::sqlite);
  const auto b = cache.compile(
      parse_query(
          "Breed.objects.filter(dog__in=Kennel.objects.get(pk=5).dog_set.filter(name='b'))"),
      dialect_id::sqlite);
  CHECK(a.statements.at(0).params == std::vector<value>{value(1), value("a")});
  CHECK(b.statements.at(0).params == std::vector<value>{value(5), value("b")});
}

TEST_CASE("what is not a related manager of an instance is refused", "[resolve][related]") {
  CHECK(message_of("Dog.objects.get(pk=1).kennel") ==
        "'kennel' of a Dog instance is a Kennel object, not a related manager");
  CHECK(message_of("Dog.objects.get(pk=1).name") ==
        "'name' of a Dog instance is a value, not a queryset: it can stand where a value does "
        "(filter(x=...), F() arithmetic)");
  CHECK(message_of("Dog.objects.get(pk=1).licence.all()") ==
        "'licence' of a Dog instance is a Licence object, not a related manager");
  CHECK(message_of("Kennel.objects.get(pk=1).dog.all()") ==
        "'Kennel' object has no attribute 'dog'; its relations: dog_set");
  CHECK(message_of("Kennel.objects.filter(pk=1).dog_set.all()") ==
        "'dog_set' is read on a model instance: the queryset before it must end with get(), "
        "first(), last(), earliest(), latest() or an index [i]");
  // first() orders an unordered queryset, which a slice cannot be.
  CHECK(message_of("Kennel.objects.all()[1:3].first().dog_set.all()") ==
        "cannot use order_by() once a slice has been taken");
  CHECK(message_of("Breed.objects.earliest().dog_set.all()") ==
        "earliest() and latest() require either fields as positional arguments or "
        "'get_latest_by' in the model's Meta.");
  CHECK(message_of("Kennel.objects.get(pk=1).dog_set.create(name='x')") ==
        "create() through a related manager is not supported (Django sets the relation on the "
        "new rows)");
}

TEST_CASE("the statement cache rebinds the instance's values", "[resolve][related]") {
  statement_cache cache(kennels(), 8);
  const auto first = cache.compile(parse_query("Kennel.objects.get(pk=1).dog_set.filter(name='a')"),
                                   dialect_id::sqlite);
  const auto second = cache.compile(
      parse_query("Kennel.objects.get(pk=7).dog_set.filter(name='b')"), dialect_id::sqlite);
  CHECK(first.statements.at(0).params == std::vector<value>{value(1), value("a")});
  CHECK(second.statements.at(0).params == std::vector<value>{value(7), value("b")});
  // Another accessor is another statement.
  const auto third = cache.compile(parse_query("Breed.objects.get(pk=7).dog_set.filter(name='b')"),
                                   dialect_id::sqlite);
  CHECK(third.statements.at(0).sql != second.statements.at(0).sql);
}
