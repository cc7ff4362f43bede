// SPDX-License-Identifier: MIT
// earliest()/latest() without fields order by Meta.get_latest_by, inherited as Django does.
#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/compile.hpp"
#include "sqlweave/error.hpp"
#include "sqlweave/parse.hpp"

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
